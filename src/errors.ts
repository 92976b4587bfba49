/** Stable codes of {@link QantarCorpusError}. */
export type QantarCorpusErrorCode = 'UNKNOWN_ID' | 'BAD_ARGUMENT';

/**
 * The one error class the library throws, for unknown IDs and malformed arguments alike.
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
    super(message);
    this.code = code;
    this.value = value;
    this.suggestions = Object.freeze([...suggestions]);
  }
}
