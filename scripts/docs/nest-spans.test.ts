import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestSpans, type Annotation } from './nest-spans.js';

/** An annotation that opens `<x data-i="n">` (or `<x data-c="n">` when continued). */
const tag = (i: number, start: number, end: number, layer = 0): Annotation => ({
  start, end, layer, close: '</x>', open: (continued) => (continued ? `<x data-c="${i}">` : `<x data-i="${i}">`),
});

/** Parses the output back: the plain text, and for each annotation index the text its fragments cover. */
function parse(html: string): { text: string; covered: Map<number, string>; primaries: number[]; balanced: boolean } {
  const covered = new Map<number, string>();
  const primaries: number[] = [];
  const stack: number[] = [];
  let text = '';
  let balanced = true;
  for (const token of html.match(/<x data-[ic]="\d+">|<\/x>|[^<]+/g) ?? []) {
    const open = /^<x data-([ic])="(\d+)">$/.exec(token);
    if (open) {
      const i = Number(open[2]);
      if (open[1] === 'i') primaries.push(i);
      stack.push(i);
    } else if (token === '</x>') {
      if (stack.pop() === undefined) balanced = false;
    } else {
      const plain = token.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      text += plain;
      for (const i of new Set(stack)) covered.set(i, (covered.get(i) ?? '') + plain);
    }
  }
  return { text, covered, primaries, balanced: balanced && stack.length === 0 };
}

const textAndSpans = fc.string({ minLength: 1, maxLength: 40 }).chain((text) =>
  fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.nat(4)), { maxLength: 12 })));

describe('nestSpans', () => {
  it('keeps the text, balances the tags, and gives each annotation one primary element covering exactly its text', () => {
    fc.assert(fc.property(textAndSpans, ([text, raw]) => {
      const annotations = raw.map(([a, b, layer], i) => tag(i, Math.min(a, b), Math.max(a, b), layer));
      const out = parse(nestSpans(text, annotations));
      expect(out.balanced).toBe(true);
      expect(out.text).toBe(text);
      const nonEmpty = annotations.map((a, i) => [a, i] as const).filter(([a]) => a.start < a.end);
      expect(out.primaries.sort((a, b) => a - b)).toEqual(nonEmpty.map(([, i]) => i));
      for (const [a, i] of nonEmpty) expect(out.covered.get(i)).toBe(text.slice(a.start, a.end));
    }));
  });

  it('nests contained annotations without splitting them, outer first', () => {
    const html = nestSpans('Xi Jinping said', [tag(1, 0, 2), tag(0, 0, 10)]);
    expect(html).toBe('<x data-i="0"><x data-i="1">Xi</x> Jinping</x> said');
  });

  it('continues a crossing annotation after the one it crosses', () => {
    expect(nestSpans('abcd', [tag(0, 0, 2), tag(1, 1, 4)])).toBe('<x data-i="0">a<x data-i="1">b</x></x><x data-c="1">cd</x>');
  });

  it('escapes the text', () => {
    expect(nestSpans('a<b & "c"', [])).toBe('a&lt;b &amp; &quot;c&quot;');
  });

  it('rejects offsets that are not integers, naming them', () => {
    expect(() => nestSpans('abc', [tag(0, 0.5, 2)])).toThrow('[0.5, 2)');
  });
});
