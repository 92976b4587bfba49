import { QantarCorpusError } from '../errors.js';
import { closestIds } from './edit-distance.js';

/** Characters of a string argument shown in a message; the rest is summarised by its length. */
const SHOWN = 60;

const shortString = (s: string) => (s.length <= SHOWN ? JSON.stringify(s) : `${JSON.stringify(s.slice(0, SHOWN))}… (${s.length} characters)`);

/** The name of a function, if it is an own string data property (reading it runs no user code). */
function functionName(fn: object): string {
  try {
    const name = Object.getOwnPropertyDescriptor(fn, 'name')?.value;
    return typeof name === 'string' && name !== '' ? ` ${shortString(name)}` : '';
  } catch {
    return '';
  }
}

/**
 * Describes any value for an error message. Never throws and runs no code of the value's own: no
 * getters, no `toString`, and proxies (even revoked ones) are only asked through traps inside `try`.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': return shortString(value);
    case 'number': return Object.is(value, -0) ? 'number -0' : `number ${String(value)}`;
    case 'bigint': { const s = String(value); return `bigint ${s.length <= SHOWN ? s : `${s.slice(0, SHOWN)}… (${s.length} digits)`}n`; }
    case 'boolean': return String(value);
    case 'undefined': return 'undefined';
    case 'symbol': { const d = value.description; return d === undefined ? 'a symbol' : `symbol ${shortString(d)}`; }
    case 'function': return `a function${functionName(value)}`;
    default: break;
  }
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'an array';
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null || proto === Object.prototype) return 'an object';
    const ctor: unknown = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
    return typeof ctor === 'function' ? `an instance of${functionName(ctor) || ' a class'}` : 'an object';
  } catch {
    return 'an object that cannot be inspected (a revoked proxy or one whose traps throw)';
  }
}

/** What a value threw, for a message: its own `message` string if it has one, read without running its code. */
function describeThrown(thrown: unknown): string {
  try {
    const message: unknown = thrown !== null && typeof thrown === 'object' ? Object.getOwnPropertyDescriptor(thrown, 'message')?.value : undefined;
    return typeof message === 'string' ? `: ${message.length > 200 ? `${message.slice(0, 200)}…` : message}` : '';
  } catch {
    return '';
  }
}

/** Runs `read` over a caller's value; whatever it throws (a proxy trap, a getter) becomes the library's error. */
export function guard<T>(where: string, what: string, value: unknown, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof QantarCorpusError) throw error;
    throw new QantarCorpusError('BAD_ARGUMENT', `${where}: reading ${what} threw an error${describeThrown(error)}`, value);
  }
}

/** Checks that `value` is one of `valid` IDs of a kind; throws the library's error naming the closest IDs. */
export function assertId<T extends string>(kind: string, value: unknown, valid: ReadonlyMap<string, unknown> | ReadonlySet<string>, where: string): asserts value is T {
  if (typeof value !== 'string') {
    throw new QantarCorpusError('BAD_ARGUMENT', `${where}: expected ${kind} ID (a string), got ${describeValue(value)}`, value);
  }
  if (!valid.has(value)) {
    const suggestions = closestIds(value, valid.keys());
    throw new QantarCorpusError(
      'UNKNOWN_ID',
      `${where}: unknown ${kind} ID ${describeValue(value)}; ${suggestions.length > 0 ? `closest valid ${kind} IDs: ${suggestions.join(', ')}` : `no ${kind} ID is close to it`}`,
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
    `${where}: ${describeValue(value)} is not a valid ${what}; valid values: ${valid.join(', ')}`,
    value,
    suggestions,
  );
}

/** Checks that an option is a boolean. */
export function assertBoolean(value: unknown, where: string): asserts value is boolean {
  if (typeof value !== 'boolean') throw new QantarCorpusError('BAD_ARGUMENT', `${where}: expected true or false, got ${describeValue(value)}`, value);
}

/** A plain object of any realm: its prototype is null, or an object whose own prototype is null (some realm's `Object.prototype`). */
const isPlain = (value: object) => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
};

/** The value of an own property, read once (a getter runs once); undefined when the property is absent. */
function ownValue(value: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  if (descriptor === undefined) return undefined;
  return 'value' in descriptor ? descriptor.value : descriptor.get?.call(value);
}

/**
 * Checks an options or filter argument: undefined, or a plain object with only the known keys.
 * Only own properties count (a polluted `Object.prototype` changes nothing); each is read once, so
 * a getter cannot answer differently to the check and to the use. The result has no prototype.
 */
export function readOptions<K extends string>(value: unknown, keys: readonly K[], where: string): { readonly [P in K]?: unknown } {
  const result = Object.create(null) as Partial<Record<K, unknown>>;
  if (value === undefined) return result;
  if (value === null || typeof value !== 'object') {
    throw new QantarCorpusError('BAD_ARGUMENT', `${where}: expected an options object or undefined, got ${describeValue(value)}`, value);
  }
  return guard(where, 'the options object', value, () => {
    if (Array.isArray(value) || !isPlain(value)) {
      throw new QantarCorpusError('BAD_ARGUMENT', `${where}: expected a plain options object or undefined, got ${describeValue(value)}`, value);
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string' || !(keys as readonly string[]).includes(key)) {
        throw new QantarCorpusError(
          'BAD_ARGUMENT',
          `${where}: unknown option ${typeof key === 'string' ? shortString(key) : describeValue(key)}; valid options: ${keys.join(', ')}`,
          key,
          typeof key === 'string' ? closestIds(key, keys) : [],
        );
      }
      const v = ownValue(value, key);
      if (v !== undefined) result[key as K] = v;
    }
    return result;
  });
}

/** An own property of a caller's record-like object (a span, a figure), read once. */
export function readField(value: object, key: string, where: string): unknown {
  return guard(where, `its field ${key}`, value, () => ownValue(value, key));
}

/** Most items an array argument may have; more is a mistake, and bounding it bounds the work. */
export const MAX_ARRAY_ARGUMENT = 100_000;

/** Copies an array argument item by item, rejecting holes, proxies that throw and absurd lengths. */
export function readArray(value: unknown, what: string, where: string): unknown[] {
  return guard(where, what, value, () => {
    if (!Array.isArray(value)) throw new QantarCorpusError('BAD_ARGUMENT', `${where}: expected an array of ${what}, got ${describeValue(value)}`, value);
    const length = ownValue(value, 'length') as number;
    if (length > MAX_ARRAY_ARGUMENT) throw new QantarCorpusError('BAD_ARGUMENT', `${where}: expected at most ${MAX_ARRAY_ARGUMENT} ${what}, got an array of length ${length}`, value);
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const descriptor = Object.getOwnPropertyDescriptor(value, String(i));
      if (descriptor === undefined) throw new QantarCorpusError('BAD_ARGUMENT', `${where}: item ${i} is missing (a sparse array)`, value);
      items.push('value' in descriptor ? descriptor.value : descriptor.get?.call(value));
    }
    return items;
  });
}
