import { corpus } from './data.js';

const idSets = new Map<string, ReadonlySet<string>>();

/**
 * Whether a record of `collection` has exactly the ID `value`. The set of IDs of a collection is built
 * on the first question about it (the generated guards call this), like the query indexes.
 */
export function hasRecordId(collection: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let ids = idSets.get(collection);
  if (!ids) {
    const records = (corpus as unknown as Record<string, readonly { readonly id: string }[]>)[collection] ?? [];
    ids = new Set(records.map((r) => r.id));
    idSets.set(collection, ids);
  }
  return ids.has(value);
}
