import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, bareCorpus, check, MINI_ARTICLE, miniCorpus, tile, where } from '../../test/support/mini-corpus.js';
import { findQuotations, joinAcrossGlosses, quotations } from './quotations.js';

/** Words with no quotation marks in them (letters, digits, spaces, apostrophe-free punctuation). */
const plain = fc.stringMatching(/^[A-Za-z0-9 ,.;:!?-]{1,20}$/);
const find = (text: string) => findQuotations(bareCorpus(text).articles[0]!);

describe('quotations', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(quotations, miniCorpus())).toEqual([]);
  });

  it('reports a quotation no citation covers, naming it with its offsets', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.content = [at('the riots were')];
    const q = at('“an attempt at a coup”');
    const issues = check(quotations, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where('articles', 0, MINI_ARTICLE, 'text'), rule: 'quotations' });
    expect(issues[0]!.message).toContain(`quotation "“an attempt at a coup”" at [${q.start}, ${q.end}) is not annotated`);
  });

  it('counts a content span holding the quoted words without their marks as cover, but not a part of them', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.content = [at('an attempt at a coup')];
    expect(check(quotations, corpus)).toEqual([]);
    corpus.citations[0]!.content = [at('an attempt at')];
    expect(check(quotations, corpus)).toHaveLength(1);
    corpus.exemptions = [{ article: MINI_ARTICLE, layer: 'quotation', span: at('“an attempt at a coup”'), reason: 'test' }];
    expect(check(quotations, corpus)).toEqual([]);
  });

  it('counts two content spans of one citation around the outlet\'s bracketed gloss as cover, and nothing looser', () => {
    const text = 'He vowed to "make sure that such an attack (on the Capitol) never happens again" and left.';
    const quote = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const corpus = bareCorpus(text);
    const cite = (content: { start: number; end: number }[]) => ({ ...miniCorpus().citations[0]!, article: corpus.articles[0]!.id, content: content.map((r) => ({ ...r, text: text.slice(r.start, r.end) })) });
    corpus.citations = [cite([quote('make sure that such an attack'), quote('never happens again')])];
    expect(check(quotations, corpus)).toEqual([]);
    // A gap holding anything but the bracketed gloss (here a word left out) is not joined.
    corpus.citations = [cite([quote('make sure that such an attack'), quote('happens again')])];
    expect(check(quotations, corpus)).toHaveLength(1);
    // Spans of two different citations are not joined.
    corpus.citations = [cite([quote('make sure that such an attack')]), cite([quote('never happens again')])];
    expect(check(quotations, corpus)).toHaveLength(1);
  });

  it('does not join across a gloss that holds a quotation, so that quotation is still reported', () => {
    const text = 'He said the plan would fail (the "reform" plan, RT notes) and cost jobs.';
    const part = (p: string) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length });
    const corpus = bareCorpus(text);
    corpus.citations = [{ ...miniCorpus().citations[0]!, article: corpus.articles[0]!.id, mode: 'indirect', content: [part('the plan would fail'), part('and cost jobs')].map((r) => ({ ...r, text: text.slice(r.start, r.end) })) }];
    const issues = check(quotations, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('"\\"reform\\""');
    expect(joinAcrossGlosses(text, corpus.citations[0]!.content)).toHaveLength(2);
  });

  it('joins spans only across a gap that is one bracketed gloss with optional spaces', () => {
    fc.assert(fc.property(plain, plain, plain, fc.constantFrom(['(', ')'], ['[', ']']), fc.boolean(), (a, gloss, b, [open, close], extraWord) => {
      const gap = extraWord ? ` ${open}${gloss}${close} and ` : ` ${open}${gloss}${close} `;
      const text = `${a}${gap}${b}`;
      const joined = joinAcrossGlosses(text, [{ start: a.length + gap.length, end: text.length }, { start: 0, end: a.length }]);
      return extraWord ? joined.length === 2 : joined.length === 1 && joined[0]!.start === 0 && joined[0]!.end === text.length;
    }));
  });

  it('finds a quotation in “curly”, "straight" or ‘single’ marks at its exact offsets', () => {
    fc.assert(fc.property(plain, plain, plain, fc.constantFrom(['“', '”'], ['"', '"'], ['‘', '’']), (before, inner, after, [open, close]) => {
      const text = `${before}${open}${inner}${close} ${after}`; // a ’ followed by a letter is an apostrophe
      const items = find(text);
      const start = before.length;
      return items.length === 1 && items[0]!.start === start && items[0]!.end === start + inner.length + 2 && items[0]!.text === `${open}${inner}${close}`;
    }));
  });

  it('does not close a single quotation at an apostrophe followed by a letter', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}$/), (a, b) => {
      const text = `He called it ‘${a}’s ${b}’ today, and it’s over.`;
      const items = find(text);
      return items.length === 1 && items[0]!.text === `‘${a}’s ${b}’`;
    }));
  });

  it('reports an opening mark that is never closed as an item of its own', () => {
    fc.assert(fc.property(plain, fc.constantFrom('“', '"', '‘'), plain, (before, open, after) => {
      const items = find(`${before}${open}${after}`);
      return items.length === 1 && items[0]!.text === open && items[0]!.start === before.length;
    }));
  });

  it('finds every one of several quotations, and none in non-content segments', () => {
    fc.assert(fc.property(fc.array(plain, { minLength: 1, maxLength: 5 }), (inners) => {
      const text = inners.map((s) => `x “${s}” y`).join(' ');
      if (find(text).map((i) => i.text).join('|') !== inners.map((s) => `“${s}”`).join('|')) return false;
      const segments = tile(text, []);
      segments[0] = { ...segments[0]!, kind: 'related-link', content: false };
      return findQuotations(bareCorpus(text, segments).articles[0]!).length === 0;
    }));
  });

  it('does not match a closing mark across segments: the opening mark is reported alone', () => {
    const text = 'He said “stop. Then he left” home.';
    expect(findQuotations(bareCorpus(text, tile(text, [14])).articles[0]!).map((i) => [i.text, i.start])).toEqual([['“', 8]]);
  });
});
