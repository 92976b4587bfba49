import { QantarCorpusError } from '../errors.js';
import { closestIds } from './edit-distance.js';

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;

/** Checks that `value` is one of `valid` IDs of a kind; throws the library's error naming the closest IDs. */
export function assertId<T extends string>(kind: string, value: unknown, valid: ReadonlyMap<string, unknown> | ReadonlySet<string>, where: string): asserts value is T {
  if (typeof value !== 'string') {
    throw new QantarCorpusError('BAD_ARGUMENT', `${where}: expected ${kind} ID (a string), got ${describe(value)}`, value);
  }
  if (!valid.has(value)) {
    const suggestions = closestIds(value, valid.keys());
    throw new QantarCorpusError(
      'UNKNOWN_ID',
      `${where}: unknown ${kind} ID ${JSON.stringify(value)}; closest valid ${kind} IDs: ${suggestions.join(', ')}`,
      value,
      suggestions,
    );
  }
}

/** Checks that `value` is one of a fixed set of labels. */
export function assertOneOf<T extends string>(what: string, value: unknown, valid: readonly T[], where: string): asserts value is T {
  if (typeof value === 'string' && (valid as readonly string[]).includes(value)) return;
  const suggestions = typeof value === 'string' ? closestIds(value, valid) : [];
  throw new QantarCorpusError(
    typeof value === 'string' ? 'UNKNOWN_ID' : 'BAD_ARGUMENT',
    `${where}: ${describe(value)} is not a valid ${what}; valid values: ${valid.join(', ')}`,
    value,
    suggestions,
  );
}

/** Checks that an option is a boolean. */
export function assertBoolean(value: unknown, where: string): asserts value is boolean {
  if (typeof value !== 'boolean') throw new QantarCorpusError('BAD_ARGUMENT', `${where}: expected true or false, got ${describe(value)}`, value);
}

/** Checks an options or filter argument: undefined, or a plain object with only the known keys. */
export function readOptions<K extends string>(value: unknown, keys: readonly K[], where: string): Partial<Record<K, unknown>> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new QantarCorpusError('BAD_ARGUMENT', `${where}: expected an options object or undefined, got ${describe(value)}`, value);
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new QantarCorpusError('BAD_ARGUMENT', `${where}: expected a plain object, got an instance of ${proto?.constructor?.name ?? 'another class'}`, value);
  }
  const result: Partial<Record<K, unknown>> = {};
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string' || !(keys as readonly string[]).includes(key)) {
      throw new QantarCorpusError(
        'BAD_ARGUMENT',
        `${where}: unknown option ${JSON.stringify(String(key))}; valid options: ${keys.join(', ')}`,
        key,
        typeof key === 'string' ? closestIds(key, keys) : [],
      );
    }
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) result[key as K] = v;
  }
  return result;
}
