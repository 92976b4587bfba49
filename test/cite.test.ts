import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatArticleCitation } from '../src/cite.js';
import { cite, corpus, getArticle, QantarCorpusError } from '../src/index.js';
import { CD, EXPECTED_APA, GT, RFA, RT, TDI } from './support/expected-citations.js';

const { outlets, articles } = corpus;

describe('cite(…, "apa")', () => {
  it('cites a machine-translated republication with its reporter, the machine as translator, the site and the original outlet, and a lower-bound date as such', () => {
    expect(cite(RFA, 'apa')).toBe(EXPECTED_APA[RFA]);
  });

  it('puts a bracketed description first for an unsigned, untitled text, and never prints an "on or after" date as the day', () => {
    expect(cite(CD, 'apa')).toBe(EXPECTED_APA[CD]);
    expect(cite(TDI, 'apa')).toBe(EXPECTED_APA[TDI]);
    expect(cite(CD, 'apa')).not.toContain('(2022, January 10).');
  });

  it('names the site after the title, as citeproc\'s APA style does, also when the group author is the site', () => {
    expect(cite(GT, 'apa')).toBe(EXPECTED_APA[GT]);
  });

  it('starts with the title when no author is credited, and gives the translated original of a republished copy', () => {
    expect(cite(RT, 'apa')).toBe(EXPECTED_APA[RT]);
  });
});

describe('cite(…, "bibtex")', () => {
  it('writes a biblatex @online entry keyed by the article ID: translator, original publisher, the lower-bound date written out', () => {
    expect(cite(RFA, 'bibtex')).toBe(
      [
        `@online{${RFA},`,
        '  author = {{Cai Ling}},',
        '  title = {{Kazakhstan shoots to suppress people Xi Jinping praises: powerful measures}},',
        '  organization = {{breakinglatest.news}},',
        '  year = {2022, January 7 or later},',
        '  url = {https://breakinglatest.news/world/kazakhstan-shoots-to-suppress-people-xi-jinping-praises-powerful-measures-mandarin-homepage/},',
        '  translator = {{Machine translation}},',
        '  origpublisher = {{Radio Free Asia Mandarin service}},',
        '  note = {Machine-translated from Chinese. Republished by breakinglatest.news. Published on or after 2022-01-07.},',
        '}',
      ].join('\n'),
    );
  });

  it('has an exact date with year and month, no author and no note where there is nothing to say', () => {
    expect(cite(TDI, 'bibtex')).toBe(
      [
        `@online{${TDI},`,
        '  title = {{[Untitled news article]}},',
        '  organization = {{The Diplomatic Insight}},',
        '  date = {2022-01-11},',
        '  year = {2022},',
        '  month = jan,',
        '  url = {https://thediplomaticinsight.com/},',
        '}',
      ].join('\n'),
    );
  });

  it('escapes TeX special characters in any title, keeping braces balanced', () => {
    const base = getArticle(GT);
    const names = new Map(outlets.map((o) => [o.id as string, o]));
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (title) => {
        const entry = formatArticleCitation({ ...base, title }, names, 'bibtex');
        const line = entry.split('\n').find((l) => l.startsWith('  title = ')) as string;
        // BibTeX counts every brace, escaped or not: they must balance as plain characters.
        let depth = 0;
        for (const ch of line) {
          if (ch === '{') depth++;
          else if (ch === '}') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        const commands: Record<string, string> = { textbackslash: '\\', textasciitilde: '~', textasciicircum: '^', textbraceleft: '{', textbraceright: '}' };
        const unescaped = line.replace(/\\(textbackslash|textasciitilde|textasciicircum|textbraceleft|textbraceright)\{\}|\\([&%$#_])/g, (_m, name: string | undefined, c: string | undefined) =>
          c ?? commands[name as string] as string,
        );
        expect(unescaped).toBe(`  title = {{${title}}},`);
      }),
      { numRuns: 300, examples: [['\\{'], ['\\}'], ['~^\\'], ['{}'], ['50% & $5 #1 a_b']] },
    );
  });
});

describe('cite(…, "csl-json")', () => {
  it('writes a web page item for a copy on another site: the site, the original outlet and title, and the original date', () => {
    expect(JSON.parse(cite(RT, 'csl-json'))).toEqual({
      id: RT,
      type: 'webpage',
      title: 'China warns of color revolution in Kazakhstan',
      'container-title': '<span class="nocase">detv.us</span>',
      'original-publisher': 'RT DE',
      'original-title': 'China warnt vor einer Farbrevolution in Kasachstan',
      'original-date': { 'date-parts': [[2022, 4, 27]] },
      issued: { 'date-parts': [[2022, 4, 27]] },
      URL: 'https://detv.us/2022/04/27/china-warns-of-color-revolution-in-kazakhstan-rt-en/',
      language: 'en',
      note: 'Translated from German. Republished by detv.us.',
    });
    expect(JSON.parse(cite(GT, 'csl-json'))).toEqual({
      id: GT,
      type: 'article-newspaper',
      title: 'Firm support from China to Kazakhstan to end violence and unrest: Chinese FM to counterpart',
      'container-title': '<span class="nocase">Global Times</span>',
      author: [{ literal: 'Global Times' }],
      issued: { 'date-parts': [[2022, 1, 10]] },
      URL: 'https://www.globaltimes.cn/page/202201/1245514.shtml',
      language: 'en',
    });
  });

  it('describes an untitled text in its genre rather than invent a title, and keeps an "on or after" date a literal', () => {
    const item = JSON.parse(cite(CD, 'csl-json')) as Record<string, unknown>;
    expect(item).not.toHaveProperty('title');
    expect(item).toMatchObject({ type: 'article-newspaper', genre: 'Untitled editorial', issued: { literal: '2022, January 10 or later' }, note: 'Published on or after 2022-01-10.' });
    for (const a of articles) expect(['Editorial', 'Untitled editorial', 'Untitled news article', 'Untitled analysis', 'Untitled article', undefined]).toContain((JSON.parse(cite(a.id, 'csl-json')) as { genre?: string }).genre);
  });
});

describe('cite errors', () => {
  it('throws QantarCorpusError naming an unknown article and the closest IDs', () => {
    try {
      cite('globaltimes-2022-01-10-wang-yi-cal' as never, 'apa');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QantarCorpusError);
      const e = error as QantarCorpusError;
      expect(e.code).toBe('UNKNOWN_ID');
      expect(e.message).toContain('"globaltimes-2022-01-10-wang-yi-cal"');
      expect(e.suggestions[0]).toBe(GT);
    }
  });

  it('throws QantarCorpusError naming an unknown format and the valid ones', () => {
    expect(() => cite(GT, 'mla' as never)).toThrow(QantarCorpusError);
    expect(() => cite(GT, 'mla' as never)).toThrow(/"mla" is not a valid citation format; valid values: apa, bibtex, csl-json/);
    expect(() => cite(GT, 'bibtx' as never)).toThrow(expect.objectContaining({ suggestions: expect.arrayContaining(['bibtex']) }));
  });

  it('throws BAD_ARGUMENT for a value that is not a string', () => {
    expect(() => cite(42 as never, 'apa')).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENT' }));
    expect(() => cite(GT, undefined as never)).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENT' }));
  });

  it('cites every article in every format with its URL', () => {
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.constantFrom('apa' as const, 'bibtex' as const, 'csl-json' as const), (article, format) => {
        expect(cite(article.id, format)).toContain(article.url);
      }),
    );
  });
});
