import type { ClaimId } from './generated/ids.js';
import type { Claim } from './generated/types.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/**
 * Returns the claim with the given ID.
 *
 * @param id - claim ID; a typo is a compile error in TypeScript.
 * @returns The claim record (deeply frozen).
 * @throws {@link QantarCorpusError} with code `UNKNOWN_ID` (and the closest IDs) when no claim has this ID, or `BAD_ARGUMENT` when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getClaim } from 'qantar-corpus';
 * console.log(getClaim('external-forces-sought-color-revolution').event); //=> 'qantar-unrest'
 * ```
 */
export function getClaim(id: ClaimId): Claim {
  return lookup('claim', indexes().claims, id, 'getClaim');
}
