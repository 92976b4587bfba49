/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/**
 * Longest bad value that is compared with the valid IDs. IDs are short (under 80 characters), so a
 * longer value is no near-miss of any, and comparing it would cost its length times every ID.
 */
export const MAX_SUGGESTION_INPUT = 128;

/**
 * The valid IDs closest to a bad one: by edit distance (substrings count as closer), then
 * alphabetically. A value longer than {@link MAX_SUGGESTION_INPUT} gets no suggestions, so the work
 * is bounded whatever the input.
 */
export function closestIds(bad: string, valid: Iterable<string>, count = 3): string[] {
  if (bad.length > MAX_SUGGESTION_INPUT) return [];
  return [...valid]
    .map((id) => ({ id, d: editDistance(bad, id) - (bad.length > 0 && (id.includes(bad) || bad.includes(id)) ? 2 : 0) }))
    .sort((x, y) => x.d - y.d || (x.id < y.id ? -1 : 1))
    .slice(0, count)
    .map((x) => x.id);
}
