import type { OutletId } from './generated/ids.js';
import type { Outlet } from './generated/types.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/**
 * Returns the outlet with the given ID.
 *
 * @param id - outlet ID; a typo is a compile error in TypeScript.
 * @returns The outlet record (deeply frozen).
 * @throws {@link QantarCorpusError} with code `UNKNOWN_ID` (and the closest IDs) when no outlet has this ID, or `BAD_ARGUMENT` when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getOutlet } from 'qantar-corpus';
 * console.log(getOutlet('rt-de').parent); //=> 'rt'
 * ```
 */
export function getOutlet(id: OutletId): Outlet {
  return lookup('outlet', indexes().outlets, id, 'getOutlet');
}
