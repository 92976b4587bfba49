/** Stable codes of {@link QantarCorpusError}. */
export type QantarCorpusErrorCode = 'UNKNOWN_ID' | 'BAD_ARGUMENT';

// A registered symbol is the same in every copy of the library (the ESM and the CJS build, two
// installed versions), so `instanceof` recognises an error thrown by any of them.
const BRAND: unique symbol = Symbol.for('qantar-corpus.QantarCorpusError') as never;

/**
 * The one error class the library throws, for unknown IDs and malformed arguments alike.
 *
 * `instanceof QantarCorpusError` is true for an error thrown by any copy of the library, so it works
 * in applications that load both the ESM and the CommonJS build: the check looks for a brand that
 * every copy sets, not for this particular class object.
 *
 * @example
 * ```ts
 * import { getOutlet, QantarCorpusError } from 'qantar-corpus';
 * try {
 *   getOutlet('global-time' as never);
 * } catch (error) {
 *   if (error instanceof QantarCorpusError) console.log(error.code, error.suggestions);
 *   //=> UNKNOWN_ID [ 'global-times', ... ]
 * }
 * ```
 */
export class QantarCorpusError extends Error {
  override readonly name = 'QantarCorpusError';
  /** `UNKNOWN_ID` (a well-formed ID that names no record) or `BAD_ARGUMENT` (a value of the wrong type or shape). */
  readonly code: QantarCorpusErrorCode;
  /** The value that was rejected. */
  readonly value: unknown;
  /** The closest valid IDs, for `UNKNOWN_ID`; empty otherwise. */
  readonly suggestions: readonly string[];

  constructor(code: QantarCorpusErrorCode, message: string, value: unknown, suggestions: readonly string[] = []) {
    // The library always passes a string and an array of strings; a caller constructing one with
    // other values gets an error all the same, not a TypeError from the constructor.
    super(typeof message === 'string' ? message : 'qantar-corpus error');
    this.code = code === 'UNKNOWN_ID' ? 'UNKNOWN_ID' : 'BAD_ARGUMENT';
    this.value = value;
    let copy: string[] = [];
    try {
      if (Array.isArray(suggestions)) copy = suggestions.slice(0, 100).filter((s): s is string => typeof s === 'string');
    } catch {
      copy = [];
    }
    this.suggestions = Object.freeze(copy);
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** True for an error thrown by any copy of the library (ESM or CJS build); never throws. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    try {
      // Own data property only: a proxy's traps or an inherited brand must not fake it.
      const own = Object.getOwnPropertyDescriptor(value, BRAND);
      return own !== undefined && own.value === true;
    } catch {
      return false;
    }
  }
}
