// Span arithmetic and the tokeniser shared by every layer's metrics.

/** A half-open character range `[start, end)` in an article text (UTF-16 code units). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Characters two ranges share (0 when they do not overlap). */
export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export const sameRange = (a: Range, b: Range): boolean => a.start === b.start && a.end === b.end;

export const sameRanges = (a: readonly Range[], b: readonly Range[]): boolean => a.length === b.length && a.every((r, i) => sameRange(r, b[i] as Range));

/** Characters shared by two lists of ranges, each list first merged so that no character counts twice. */
export function overlapOfLists(a: readonly Range[], b: readonly Range[]): number {
  let total = 0;
  for (const x of mergeRanges(a)) for (const y of mergeRanges(b)) total += overlap(x, y);
  return total;
}

/** The ranges merged where they overlap or touch, sorted by start. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

// A token is a run of letters, marks and digits, or any single other non-space character (a
// punctuation mark is a token, as in spaCy's tokenisation that Citron scores with).
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const tokenCache = new Map<string, Range[]>();

/** The tokens of a text, as ranges, cached per text. */
export function tokens(text: string): readonly Range[] {
  let found = tokenCache.get(text);
  if (!found) {
    found = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (tokenCache.size > 64) tokenCache.clear();
    tokenCache.set(text, found);
  }
  return found;
}

/** Indices of the tokens of `text` that a list of ranges touches (a token counts when any of its characters is covered). */
export function tokenSet(text: string, ranges: readonly Range[]): Set<number> {
  const all = tokens(text);
  const out = new Set<number>();
  for (const r of ranges) {
    // Binary search for the first token ending after r.start.
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((all[mid] as Range).end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < all.length && (all[i] as Range).start < r.end; i++) out.add(i);
  }
  return out;
}

export function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
