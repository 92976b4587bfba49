import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAnchor } from './anchors.js';

/** All start offsets of `quote` in `text` (overlapping matches included). */
const all = (text: string, quote: string) => {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
};
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '“', '”', '’', '\u00a0', '\n'), minLength: 1, maxLength: 40 });
const textAndRange = text.chain((t) =>
  fc.tuple(fc.constant(t), fc.nat({ max: t.length - 1 }), fc.integer({ min: 1, max: t.length })).map(([tt, a, len]) => [tt, a, Math.min(tt.length, a + len)] as const),
);

describe('resolveAnchor', () => {
  it('resolves any substring that occurs exactly once to its offsets', () => {
    fc.assert(fc.property(textAndRange, ([t, start, end]) => {
      const quote = t.slice(start, end);
      fc.pre(all(t, quote).length === 1);
      expect(resolveAnchor(t, quote)).toEqual({ ok: true, span: { start, end } });
      expect(resolveAnchor(t, { quote })).toEqual({ ok: true, span: { start, end } });
    }));
  });

  it('rejects any substring that occurs more than once, naming the quote, the count and the offsets', () => {
    fc.assert(fc.property(textAndRange, ([t, start, end]) => {
      const quote = t.slice(start, end);
      const hits = all(t, quote);
      fc.pre(hits.length > 1);
      const result = resolveAnchor(t, quote);
      return !result.ok && result.message === `quote ${JSON.stringify(quote)} occurs ${hits.length} times (at offsets ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', ...' : ''})`
        && result.fix.includes('occurrence');
    }));
  });

  it('picks the n-th occurrence (1-based), and rejects an occurrence past the last naming the count', () => {
    fc.assert(fc.property(textAndRange, fc.integer({ min: 1, max: 6 }), ([t, start, end], n) => {
      const quote = t.slice(start, end);
      const hits = all(t, quote);
      const result = resolveAnchor(t, { quote, occurrence: n });
      if (n <= hits.length) return result.ok && result.span.start === hits[n - 1] && result.span.end === hits[n - 1]! + quote.length;
      return !result.ok && result.message === `occurrence ${n} of ${JSON.stringify(quote)} asked for, but it occurs ${hits.length} time(s)`;
    }));
  });

  it('with a prefix or suffix, keeps exactly the matches preceded or followed by it', () => {
    fc.assert(fc.property(textAndRange, fc.integer({ min: 1, max: 4 }), fc.boolean(), ([t, start, end], width, usePrefix) => {
      const quote = t.slice(start, end);
      const context = usePrefix ? t.slice(Math.max(0, start - width), start) : t.slice(end, end + width);
      fc.pre(context.length > 0);
      const anchor = usePrefix ? { quote, prefix: context } : { quote, suffix: context };
      const matching = all(t, quote).filter((i) => (usePrefix ? t.slice(Math.max(0, i - context.length), i) === context : t.slice(i + quote.length, i + quote.length + context.length) === context));
      const result = resolveAnchor(t, anchor);
      if (matching.length === 1) return result.ok && result.span.start === start && result.span.end === end;
      return !result.ok && result.message.includes(`occurs ${matching.length} times`);
    }));
  });

  it('combines a prefix with an occurrence counted among the matches that have the prefix', () => {
    const t = 'Wang said; Minister Wang met; Minister Wang left; Wang spoke';
    const second = t.indexOf('Wang left');
    const last = t.lastIndexOf('Wang');
    expect(resolveAnchor(t, { quote: 'Wang', prefix: 'Minister ', occurrence: 2 })).toEqual({ ok: true, span: { start: second, end: second + 4 } });
    expect(resolveAnchor(t, { quote: 'Wang', suffix: ' spoke' })).toEqual({ ok: true, span: { start: last, end: last + 4 } });
  });

  it('reports a prefix or suffix that no occurrence has, naming quote and context', () => {
    const result = resolveAnchor('Xi said; Xi wrote', { quote: 'Xi', prefix: 'President ' });
    expect(result).toMatchObject({ ok: false, message: 'no occurrence of "Xi" has the given prefix "President "' });
    expect(resolveAnchor('Xi said', { quote: 'Xi', prefix: 'A', suffix: 'B' })).toMatchObject({ ok: false, message: 'no occurrence of "Xi" has the given prefix "A" and suffix "B"' });
  });

  it('rejects any quote that is not in the text, naming it', () => {
    fc.assert(fc.property(text, fc.string({ minLength: 1, maxLength: 50 }), (t, quote) => {
      fc.pre(!t.includes(quote));
      const result = resolveAnchor(t, quote);
      return !result.ok && result.message.startsWith(`quote ${JSON.stringify(quote)} is not in the text`);
    }));
  });

  it('points to a match that differs only in letter case, and never matches it', () => {
    const result = resolveAnchor('China firmly supports Kazakhstan', 'china firmly');
    expect(result).toEqual({
      ok: false,
      message: 'quote "china firmly" is not in the text (a match differing in letter case is at offset 0: "China firmly")',
      fix: expect.stringContaining('character for character'),
    });
  });

  it('does not match straight quotes for curly ones or a space for a non-breaking space', () => {
    expect(resolveAnchor('He said “stop”.', 'said "stop"').ok).toBe(false);
    expect(resolveAnchor('3,000\u00a0people', '3,000 people').ok).toBe(false);
  });

  it('shortens a long quote in the message', () => {
    const quote = 'x'.repeat(100);
    const result = resolveAnchor('abc', quote);
    expect(result).toMatchObject({ ok: false, message: `quote ${JSON.stringify(`${'x'.repeat(57)}...`)} is not in the text` });
  });

  describe('ranges', () => {
    const t = 'China supports Kazakhstan. China opposes interference. China hopes for calm.';

    it('runs from the start of `from` to the end of the first `to` at or after it', () => {
      expect(resolveAnchor(t, { from: 'China opposes', to: '.' })).toEqual({ ok: true, span: { start: 27, end: 54 } });
      expect(resolveAnchor(t, { from: { quote: 'China', occurrence: 3 }, to: 'calm.' })).toEqual({ ok: true, span: { start: 55, end: t.length } });
    });

    it('resolves any range whose start quote occurs once', () => {
      fc.assert(fc.property(textAndRange, fc.integer({ min: 1, max: 5 }), ([s, start, end], toLength) => {
        const from = s.slice(start, end);
        fc.pre(all(s, from).length === 1 && end < s.length);
        const to = s.slice(end, Math.min(s.length, end + toLength));
        const toStart = s.indexOf(to, start);
        expect(resolveAnchor(s, { from, to })).toEqual({ ok: true, span: { start, end: toStart + to.length } });
      }));
    });

    it('says which end of the range failed', () => {
      expect(resolveAnchor(t, { from: 'China', to: 'calm.' })).toMatchObject({ ok: false, message: expect.stringMatching(/^range start: quote "China" occurs 3 times/) });
      expect(resolveAnchor(t, { from: 'China hopes', to: 'interference' })).toMatchObject({
        ok: false, message: 'range end: quote "interference" is not in the text at or after offset 55',
      });
    });
  });
});
