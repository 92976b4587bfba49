import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareCorpus, check, miniCorpus, tile, where } from '../../test/support/mini-corpus.js';
import { segmentsTile } from './segments-tile.js';

const text = fc.string({ minLength: 2, maxLength: 60 });
/** A text and a random partition of it into segments. */
const partitioned = text.chain((t) => fc.tuple(fc.constant(t), fc.uniqueArray(fc.integer({ min: 1, max: t.length - 1 }), { maxLength: 8 }).map((cuts) => tile(t, cuts))));

describe('segments-tile', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(segmentsTile, miniCorpus())).toEqual([]);
  });

  it('accepts any partition of any text into consecutive segments', () => {
    fc.assert(fc.property(partitioned, ([t, segments]) => check(segmentsTile, bareCorpus(t, segments)).length === 0));
  });

  it('rejects any partition with a gap, at the segment after the gap', () => {
    fc.assert(fc.property(partitioned, fc.nat(), fc.integer({ min: 1, max: 5 }), ([t, segments], pick, width) => {
      const j = pick % segments.length;
      const seg = segments[j]!;
      fc.pre(seg.span.end - seg.span.start > width);
      // Shrink the segment from its start: the characters before it belong to no segment.
      const start = seg.span.start + width;
      segments[j] = { ...seg, span: { start, end: seg.span.end, text: t.slice(start, seg.span.end) } };
      const issues = check(segmentsTile, bareCorpus(t, segments));
      return issues.length === 1 && issues[0]!.field === `segments.${j}` && issues[0]!.message.startsWith(`gap: characters [${seg.span.start}, ${start})`);
    }));
  });

  it('rejects any partition with an overlap, at the overlapping segment', () => {
    fc.assert(fc.property(partitioned, fc.nat(), fc.integer({ min: 1, max: 5 }), ([t, segments], pick, width) => {
      fc.pre(segments.length >= 2);
      const j = 1 + (pick % (segments.length - 1));
      const prev = segments[j - 1]!;
      const seg = segments[j]!;
      fc.pre(prev.span.end - prev.span.start > width);
      const start = seg.span.start - width;
      segments[j] = { ...seg, span: { start, end: seg.span.end, text: t.slice(start, seg.span.end) } };
      const issues = check(segmentsTile, bareCorpus(t, segments));
      return issues.length === 1 && issues[0]!.field === `segments.${j}` && issues[0]!.message.includes(`starts at ${start}`) && issues[0]!.message.includes(`ends at ${seg.span.start}`);
    }));
  });

  it('reports an uncovered end of the text with the missing characters', () => {
    const corpus = miniCorpus();
    const article = corpus.articles[0]!;
    const body = article.segments[2]!;
    body.span = { start: body.span.start, end: body.span.end - 8, text: article.text.slice(body.span.start, body.span.end - 8) };
    const issues = check(segmentsTile, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where('articles', 0, 'mini-article', 'segments'), rule: 'segments-tile' });
    expect(issues[0]!.message).toContain('" people."');
  });

  it('names the gap text and the segment after it in the mini corpus', () => {
    const corpus = miniCorpus();
    corpus.articles[0]!.segments.splice(1, 1); // drop the separator
    const issues = check(segmentsTile, corpus);
    expect(issues).toMatchObject([{ ...where('articles', 0, 'mini-article', 'segments.1'), message: expect.stringContaining('"\\n\\n" belong to no segment (before the body segment 1)') }]);
  });
});
