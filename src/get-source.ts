import type { SourceId } from './generated/ids.js';
import type { Source } from './generated/types.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/**
 * Returns the source record (an outside document the annotation rests on) with the given ID.
 *
 * @param id - source ID; a typo is a compile error in TypeScript.
 * @returns The source record (deeply frozen): its URL, title, issuer, date, kind and the excerpt that is the evidence.
 * @throws {@link QantarCorpusError} with code `UNKNOWN_ID` (and the closest IDs) when no source has this ID, or `BAD_ARGUMENT` when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getCitation, getSource } from 'qantar-corpus';
 * const [first] = getCitation('cd-us-vowed').sources;
 * console.log(getSource(first!).excerpt);
 * //=> '“But they failed. They failed. And on this day of remembrance, we must make sure that such an attack never, never happens again.”'
 * ```
 */
export function getSource(id: SourceId): Source {
  return lookup('source', indexes().sources, id, 'getSource');
}
