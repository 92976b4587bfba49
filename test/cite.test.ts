import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatArticleCitation } from '../src/cite.js';
import { cite, corpus, getArticle, QantarCorpusError } from '../src/index.js';

const { outlets, articles } = corpus;

// Expected strings are written by hand from the article records in data/articles/*/article.yaml.
const RFA = 'rfa-2022-01-07-xi-praises-measures';
const CD = 'chinadaily-2022-01-10-editorial';
const GT = 'globaltimes-2022-01-10-wang-yi-call';
const TDI = 'tdi-2022-01-11-wang-yi-call';
const RT = 'rt-2022-04-27-color-revolution-warning';

describe('cite(…, "apa")', () => {
  it('cites a machine-translated republication with its reporter, original outlet and republisher', () => {
    expect(cite(RFA, 'apa')).toBe(
      'Cai Ling. (2022, January 7). Kazakhstan shoots to suppress people Xi Jinping praises: powerful measures [Machine-translated from Chinese]. Radio Free Asia Mandarin service; republished by breakinglatest.news. https://breakinglatest.news/world/kazakhstan-shoots-to-suppress-people-xi-jinping-praises-powerful-measures-mandarin-homepage/',
    );
  });

  it('puts a bracketed description first for an unsigned, untitled text', () => {
    expect(cite(CD, 'apa')).toBe('[Untitled editorial]. (2022, January 10). China Daily. https://www.chinadailyhk.com/article/255323');
    expect(cite(TDI, 'apa')).toBe('[Untitled news article]. (2022, January 11). The Diplomatic Insight. https://thediplomaticinsight.com/');
  });

  it('omits the site name when the group author is the site', () => {
    expect(cite(GT, 'apa')).toBe(
      'Global Times. (2022, January 10). Firm support from China to Kazakhstan to end violence and unrest: Chinese FM to counterpart. https://www.globaltimes.cn/page/202201/1245514.shtml',
    );
  });

  it('starts with the title when no author is credited', () => {
    expect(cite(RT, 'apa')).toBe(
      'China warns of color revolution in Kazakhstan [Translated from German]. (2022, April 27). RT DE; republished by detv.us. https://detv.us/2022/04/27/china-warns-of-color-revolution-in-kazakhstan-rt-en/',
    );
  });
});

describe('cite(…, "bibtex")', () => {
  it('writes an @article entry keyed by the article ID, with notes on translation, republication and date', () => {
    expect(cite(RFA, 'bibtex')).toBe(
      [
        `@article{${RFA},`,
        '  author = {{Cai Ling}},',
        '  title = {{Kazakhstan shoots to suppress people Xi Jinping praises: powerful measures}},',
        '  journal = {Radio Free Asia Mandarin service},',
        '  entrysubtype = {newspaper},',
        '  year = {2022},',
        '  month = jan,',
        '  date = {2022-01-07},',
        '  url = {https://breakinglatest.news/world/kazakhstan-shoots-to-suppress-people-xi-jinping-praises-powerful-measures-mandarin-homepage/},',
        '  note = {Machine-translated from Chinese. Republished by breakinglatest.news. Published on or after 2022-01-07.},',
        '}',
      ].join('\n'),
    );
  });

  it('has no author and no note where there is nothing to say', () => {
    expect(cite(TDI, 'bibtex')).toBe(
      [
        `@article{${TDI},`,
        '  title = {{[Untitled news article]}},',
        '  journal = {The Diplomatic Insight},',
        '  entrysubtype = {newspaper},',
        '  year = {2022},',
        '  month = jan,',
        '  date = {2022-01-11},',
        '  url = {https://thediplomaticinsight.com/},',
        '}',
      ].join('\n'),
    );
  });

  it('escapes TeX special characters in any title, keeping braces balanced', () => {
    const base = getArticle(GT);
    const names = new Map(outlets.map((o) => [o.id as string, o.name]));
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
  it('writes one article-newspaper item', () => {
    expect(JSON.parse(cite(RT, 'csl-json'))).toEqual({
      id: RT,
      type: 'article-newspaper',
      title: 'China warns of color revolution in Kazakhstan',
      'container-title': 'RT DE',
      issued: { 'date-parts': [[2022, 4, 27]] },
      URL: 'https://detv.us/2022/04/27/china-warns-of-color-revolution-in-kazakhstan-rt-en/',
      language: 'en',
      genre: 'republication',
      note: 'Translated from German. Republished by detv.us.',
    });
    expect(JSON.parse(cite(GT, 'csl-json'))).toEqual({
      id: GT,
      type: 'article-newspaper',
      title: 'Firm support from China to Kazakhstan to end violence and unrest: Chinese FM to counterpart',
      'container-title': 'Global Times',
      author: [{ literal: 'Global Times' }],
      issued: { 'date-parts': [[2022, 1, 10]] },
      URL: 'https://www.globaltimes.cn/page/202201/1245514.shtml',
      language: 'en',
      genre: 'news',
    });
  });

  it('leaves out the title of an untitled text rather than invent one', () => {
    const item = JSON.parse(cite(CD, 'csl-json')) as Record<string, unknown>;
    expect(item).not.toHaveProperty('title');
    expect(item).toMatchObject({ genre: 'editorial', note: 'Published on or after 2022-01-10.' });
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
