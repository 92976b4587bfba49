/** One filter of a query: the index bucket of records it allows, and the test for one record. */
export interface Criterion<T> {
  readonly bucket: readonly T[];
  readonly test: (record: T) => boolean;
}

/**
 * Applies filters through their indexes: scans the smallest bucket and tests the other filters on
 * each of its records, so a query costs in proportion to its result, not to the corpus. Buckets
 * are in corpus order, so the result is too.
 */
export function select<T>(criteria: readonly Criterion<T>[], all: readonly T[]): readonly T[] {
  if (criteria.length === 0) return all;
  const smallest = criteria.reduce((a, b) => (b.bucket.length < a.bucket.length ? b : a));
  return Object.freeze(smallest.bucket.filter((record) => criteria.every((c) => c === smallest || c.test(record))));
}
