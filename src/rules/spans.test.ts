import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, MINI_TEXT, miniCorpus, type MiniCorpus, type Span, where } from '../../test/support/mini-corpus.js';
import { spans } from './spans.js';

/** Every span field of the mini corpus: a getter/setter, and where an issue must point. */
const FIELDS: [string, (c: MiniCorpus) => Span, (c: MiniCorpus, s: Span) => void, string, number, string][] = [
  ['segment', (c) => c.articles[0]!.segments[0]!.span, (c, s) => { c.articles[0]!.segments[0]!.span = s; }, 'articles', 0, 'segments.0.span'],
  ['entity mention', (c) => c.entityMentions[0]!.span, (c, s) => { c.entityMentions[0]!.span = s; }, 'entityMentions', 0, 'span'],
  ['date mention', (c) => c.dateMentions[0]!.span, (c, s) => { c.dateMentions[0]!.span = s; }, 'dateMentions', 0, 'span'],
  ['claim mention', (c) => c.claimMentions[1]!.span, (c, s) => { c.claimMentions[1]!.span = s; }, 'claimMentions', 1, 'span'],
  ['figure', (c) => c.figures[0]!.span, (c, s) => { c.figures[0]!.span = s; }, 'figures', 0, 'span'],
  ['citation speaker', (c) => c.citations[0]!.speakerSpan!, (c, s) => { c.citations[0]!.speakerSpan = s; }, 'citations', 0, 'speakerSpan'],
  ['citation cue', (c) => c.citations[0]!.cue!.span, (c, s) => { c.citations[0]!.cue!.span = s; }, 'citations', 0, 'cue.span'],
  ['citation content', (c) => c.citations[0]!.content[0]!, (c, s) => { c.citations[0]!.content[0] = s; }, 'citations', 0, 'content.0'],
];

const idOf = (c: MiniCorpus, collection: string, index: number) => (c[collection as keyof MiniCorpus] as { id: string }[])[index]!.id;

describe('spans', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(spans, miniCorpus())).toEqual([]);
  });

  it.each(FIELDS)('reports a %s span whose text differs from the article text, quoting both', (_, get, set, collection, index, field) => {
    const corpus = miniCorpus();
    const span = get(corpus);
    set(corpus, { ...span, start: span.start + 1, end: span.end + 1 });
    const issues = check(spans, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where(collection, index, idOf(corpus, collection, index), field), rule: 'spans' });
    expect(issues[0]!.message).toContain(JSON.stringify(span.text));
    expect(issues[0]!.message).toContain(JSON.stringify(MINI_TEXT.slice(span.start + 1, span.end + 1)));
  });

  it.each([
    ['empty', 5, 5],
    ['reversed', 6, 5],
    ['negative', -1, 3],
    ['past the end', MINI_TEXT.length - 2, MINI_TEXT.length + 1],
    ['fractional', 1.5, 3],
  ])('reports a %s range with its offsets and the text length', (_, start, end) => {
    const corpus = miniCorpus();
    corpus.figures[0]!.span = { start, end, text: 'x' };
    const issues = check(spans, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe(`span [${start}, ${end}) is not a non-empty range inside the text (length ${MINI_TEXT.length})`);
  });

  it('checks relay, alternate and exemption spans too', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.relay = [{ entity: 'almaty', span: { start: 0, end: 4, text: 'Clam' }, note: null }];
    corpus.figures[0]!.alternate = { value: 3, unit: 'thousand', span: { start: 0, end: 4, text: 'calm' } };
    corpus.exemptions = [{ article: 'mini-article', layer: 'name', span: { start: 0, end: 4, text: 'CALM' }, reason: 'test' }];
    expect(check(spans, corpus).map((i) => `${i.collection}:${i.field}`)).toEqual(['exemptions:span', 'figures:alternate.span', 'citations:relay.0.span']);
  });

  it('accepts every span cut from the text and rejects every span whose text is not that slice', () => {
    const range = fc.tuple(fc.nat({ max: MINI_TEXT.length }), fc.nat({ max: MINI_TEXT.length })).filter(([a, b]) => a !== b).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(fc.property(range, fc.string({ maxLength: 8 }), ([start, end], other) => {
      const good = miniCorpus();
      good.figures[0]!.span = { start, end, text: MINI_TEXT.slice(start, end) };
      if (check(spans, good).length !== 0) return false;
      fc.pre(other !== MINI_TEXT.slice(start, end));
      const bad = miniCorpus();
      bad.figures[0]!.span = { start, end, text: other };
      return check(spans, bad).length === 1;
    }));
  });
});
