import { assertBoolean, assertOneOf, readOptions } from './args.js';
import { type Indexes, indexes } from './indexes.js';
import { lookup } from './lookup.js';
import { type Criterion, select } from './select.js';

/** How a filter value is checked: as an ID of a collection, as one of a list of labels, or as a boolean. */
export type FilterCheck =
  | { readonly id: keyof typeof COLLECTIONS }
  | { readonly oneOf: readonly string[]; readonly what: string }
  | { readonly boolean: true }
  /** Any other check; it throws the library's error for a bad value. */
  | { readonly custom: (value: unknown, where: string, ix: Indexes) => void };

/** One filter of a query helper: the option key, how its value is checked, the index that buckets records by it, and the record's value. */
export interface FilterSpec<T> {
  readonly key: string;
  readonly check: FilterCheck;
  readonly index: (ix: Indexes) => ReadonlyMap<unknown, readonly T[]>;
  readonly value: (record: T, ix: Indexes) => unknown;
  /** For a field that holds several values (a list of roles): whether the record has the filter's value. */
  readonly has?: (record: T, value: unknown) => boolean;
}

const COLLECTIONS = { article: 'articles', outlet: 'outlets', citation: 'citations', entity: 'entities', event: 'events', 'figure group': 'figureGroups' } as const;

/**
 * Runs a query helper from its declarative list of filters: reads the options (own properties only,
 * unknown keys rejected), checks each given value, and intersects the index buckets (select()).
 */
export function query<T>(name: string, filter: unknown, specs: readonly FilterSpec<T>[], all: readonly T[]): readonly T[] {
  const options = readOptions(filter, specs.map((s) => s.key), name);
  const ix = indexes();
  const criteria: Criterion<T>[] = [];
  for (const spec of specs) {
    const value = (options as Record<string, unknown>)[spec.key];
    if (value === undefined) continue;
    const where = `${name} filter.${spec.key}`;
    const check = spec.check;
    if ('id' in check) lookup(check.id, ix[COLLECTIONS[check.id]] as ReadonlyMap<string, unknown>, value, where);
    else if ('oneOf' in check) assertOneOf(check.what, value, check.oneOf, where);
    else if ('custom' in check) check.custom(value, where, ix);
    else assertBoolean(value, where);
    const has = spec.has;
    criteria.push({ bucket: spec.index(ix).get(value) ?? [], test: has ? (record) => has(record, value) : (record) => spec.value(record, ix) === value });
  }
  return select(criteria, all);
}
