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

export { closestIds as closest } from '../internal/edit-distance.js';
