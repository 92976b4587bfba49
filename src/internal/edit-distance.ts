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

/** The valid IDs closest to a bad one: by edit distance (substrings count as closer), then alphabetically. */
export function closestIds(bad: string, valid: Iterable<string>, count = 3): string[] {
  return [...valid]
    .map((id) => ({ id, d: editDistance(bad, id) - (bad.length > 0 && (id.includes(bad) || bad.includes(id)) ? 2 : 0) }))
    .sort((x, y) => x.d - y.d || (x.id < y.id ? -1 : 1))
    .slice(0, count)
    .map((x) => x.id);
}
