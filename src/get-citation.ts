import type { CitationId } from './generated/ids.js';
import type { Citation } from './generated/types.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/**
 * Returns the citation with the given ID.
 *
 * @param id - citation ID; a typo is a compile error in TypeScript.
 * @returns The citation record (deeply frozen).
 * @throws {@link QantarCorpusError} with code `UNKNOWN_ID` (and the closest IDs) when no citation has this ID, or `BAD_ARGUMENT` when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getCitation } from 'qantar-corpus';
 * console.log(getCitation('rt-wei-defense-ministry-quotes').speaker); //=> 'wei-fenghe'
 * ```
 */
export function getCitation(id: CitationId): Citation {
  return lookup('citation', indexes().citations, id, 'getCitation');
}
