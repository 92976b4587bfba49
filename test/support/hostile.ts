/**
 * Hostile values for the property suites (test/hostile*.test.ts): everything a JavaScript caller
 * can pass that a typed caller cannot. Factories, not values, where a value has state (a getter
 * that answers differently on each read) or must be fresh (a revoked proxy).
 */
import fc from 'fast-check';

const thrower = () => {
  throw new Error('trap');
};
/** A proxy whose every trap throws. */
export const throwingProxy = (target: object = {}) =>
  new Proxy(target, {
    get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower, defineProperty: thrower,
    set: thrower, deleteProperty: thrower, apply: thrower, construct: thrower, isExtensible: thrower, preventExtensions: thrower, setPrototypeOf: thrower,
  });
export const revokedProxy = (target: object = {}) => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};
/** A function with no prototype at all, so `String(fn)` and `fn.name` lookups through the chain fail. */
export const nullPrototypeFunction = () => Object.setPrototypeOf(function hostile() {}, null) as object;
/** An object whose constructor's name is a symbol (template literals throw on it). */
export const symbolNamedInstance = () => {
  const ctor = function () {};
  Object.defineProperty(ctor, 'name', { value: Symbol('sneaky') });
  return Object.create(ctor.prototype) as object;
};
/** An object whose prototype's `constructor` getter throws. */
export const throwingConstructorGetter = () => Object.create(Object.defineProperty({}, 'constructor', { get: thrower })) as object;

export const HUGE = 'a'.repeat(1_000_000);

/** An object whose own getter answers `first` on the first read and `later` after. */
export function shiftyObject(key: string, first: unknown, later: unknown): object {
  let reads = 0;
  return Object.defineProperty({}, key, { enumerable: true, get: () => (reads++ === 0 ? first : later) });
}

/** Keys the helpers' options and filters use, and the record fields they read. */
export const OPTION_KEYS = [
  'article', 'outlet', 'speaker', 'mode', 'channel', 'group', 'source', 'stance', 'voice', 'role', 'includeServices', 'event', 'claim', 'claims',
  'segment', 'chars', 'measure', 'start', 'end', 'value', 'qualifier', 'low', 'high', 'completeness', 'notNames', 'maxProblems', 'assertion',
] as const;

const factories: (() => unknown)[] = [
  () => throwingProxy(), () => throwingProxy([]), () => throwingProxy(() => {}), () => revokedProxy(), () => revokedProxy([]), () => revokedProxy(() => {}),
  nullPrototypeFunction, symbolNamedInstance, throwingConstructorGetter,
  () => HUGE, () => `${HUGE}-rt`, () => 'rt\u0000', () => '\u001b[31mred', () => '\ud800', () => '',
  () => Object.create(null), () => new Date(NaN), () => new Map([['outlet', 'rt']]), () => /x/, () => new (class Custom {})(),
  () => [1, , 3], () => Object.assign([], { length: 2 ** 32 - 1 }), () => new Array(5),
  () => 10n ** 400n, () => -0, () => Number.NaN, () => Number.POSITIVE_INFINITY, () => Symbol('s'), () => Symbol.iterator,
];

/** Makes a value when called: fast-check itself probes generated values, which a throwing proxy would break. */
export type Maker = () => unknown;

/**
 * Makers of hostile values; the `valid` strings mix real IDs and labels in, so that calls get past
 * their first check too. Call the maker inside the property.
 */
export function hostile(valid: readonly string[]): fc.Arbitrary<Maker> {
  const value = <T>(arb: fc.Arbitrary<T>) => arb.map((v): Maker => () => v);
  const leaf: fc.Arbitrary<Maker> = fc.oneof(
    value(fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true })),
    fc.constantFrom(...factories),
    value(fc.constantFrom(...valid, '__proto__', 'constructor', 'toString', 'hasOwnProperty')),
    value(fc.bigInt()),
    fc.string().map((s): Maker => () => Symbol(s)),
    value(fc.sparseArray(fc.constantFrom(...valid), { maxLength: 8 })),
  );
  const entries = (arb: fc.Arbitrary<Maker>) => fc.array(fc.tuple(fc.constantFrom(...OPTION_KEYS, '__proto__', 'constructor'), arb), { maxLength: 4 });
  const build = (pairs: [string, Maker][]) => {
    const o: Record<string, unknown> = {};
    for (const [k, make] of pairs) Object.defineProperty(o, k, { value: make(), enumerable: true, writable: true, configurable: true });
    return o;
  };
  const validLeaf = value(fc.constantFrom(...valid));
  const options: fc.Arbitrary<Maker> = fc.oneof(
    entries(leaf).map((pairs): Maker => () => build(pairs)),
    entries(validLeaf).map((pairs): Maker => () => build(pairs)),
    fc.tuple(fc.constantFrom(...OPTION_KEYS), fc.constantFrom(...valid), leaf).map(([key, first, later]): Maker => () => shiftyObject(key, first, later())),
    entries(validLeaf).map((pairs): Maker => () => new Proxy(build(pairs), { get: thrower })),
    entries(validLeaf).map((pairs): Maker => () => new Proxy(build(pairs), { ownKeys: thrower })),
    entries(validLeaf).map((pairs): Maker => () => new Proxy(build(pairs), { getOwnPropertyDescriptor: thrower })),
  );
  return fc.oneof(leaf, options);
}

/** Values set on Object.prototype by the pollution suites: every option name, with a value that would filter if it leaked. */
export const POLLUTION: Record<string, unknown> = {
  article: 'rt-2022-04-27-color-revolution-warning', outlet: 'rt', speaker: 'xi-jinping', mode: 'direct', channel: 'phone-call', group: 'qantar-arrests',
  source: 'outlet', stance: 'disputes', voice: 'authorial', role: 'publisher', includeServices: false, event: 'xi-verbal-message', claim: 'unrest-was-coup',
  claims: ['unrest-was-coup'], segment: true, chars: 0, measure: 'killed', completeness: true, maxProblems: 1, notNames: ['China'], assertion: 'insinuated',
};

/** Pollutes Object.prototype (enumerable, as `obj[key] = value` does) and returns the undo. */
export function pollute(): () => void {
  const keys = [...Object.keys(POLLUTION), 'x'];
  for (const [key, value] of Object.entries(POLLUTION)) (Object.prototype as Record<string, unknown>)[key] = value;
  // An inherited object: a `for...in` walk into it recursed until the stack overflowed.
  (Object.prototype as Record<string, unknown>).x = {};
  return () => {
    for (const key of keys) delete (Object.prototype as Record<string, unknown>)[key];
  };
}
