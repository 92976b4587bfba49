import type { ArticleRecord, SegmentRecord } from '../schema/article.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export const contains = (outer: Range, inner: Range) => outer.start <= inner.start && inner.end <= outer.end;
export const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
export const showText = (s: string) => JSON.stringify(s.length > 70 ? `${s.slice(0, 67)}...` : s);

/** Content segments of an article, with their text. */
export const contentSegments = (article: ArticleRecord): SegmentRecord[] => article.segments.filter((s) => s.content);

/** Groups records by their `article` field. */
export function byArticle<T extends { readonly article: string }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of records) {
    const list = map.get(r.article);
    if (list) list.push(r);
    else map.set(r.article, [r]);
  }
  return map;
}

/** Finds every match of a global regex inside the content segments of an article. */
export function contentMatches(article: ArticleRecord, pattern: RegExp): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  for (const segment of contentSegments(article)) {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of segment.span.text.matchAll(re)) {
      const start = segment.span.start + (m.index ?? 0);
      found.push({ start, end: start + m[0].length, text: m[0] });
    }
  }
  return found;
}

/** The numbers a text writes in digits (thousands separated by commas, a decimal point allowed), with where each stands. */
export function digitsWritten(text: string): { value: number; text: string; index: number }[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => ({ value: Number(m[0].replace(/,/g, '')), text: m[0], index: m.index ?? 0 }));
}

/** The values English number words stand for, where a figure's value is written as a word ("three months"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000,
};

/**
 * The numbers a span writes: digit groups (thousands separated by commas, a decimal point allowed)
 * and number words. A figure's value must be one of them, so that every number in the corpus can be
 * read off its span.
 */
export function numbersWritten(text: string): number[] {
  const digits = digitsWritten(text).map((d) => d.value);
  const words = (text.toLowerCase().match(/\b[a-z]+\b/g) ?? []).flatMap((w) => (w in NUMBER_WORDS ? [NUMBER_WORDS[w] as number] : []));
  return [...digits, ...words];
}

export { closestIds as closest } from '../internal/edit-distance.js';
