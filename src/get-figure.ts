import type { FigureId } from './generated/ids.js';
import type { Figure } from './generated/types.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/**
 * Returns the figure with the given ID.
 *
 * @param id - figure ID; a typo is a compile error in TypeScript.
 * @returns The figure record (deeply frozen).
 * @throws {@link QantarCorpusError} with code `UNKNOWN_ID` (and the closest IDs) when no figure has this ID, or `BAD_ARGUMENT` when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getFigure } from 'qantar-corpus';
 * console.log(getFigure('gt-arrested-7939').value); //=> 7939
 * ```
 */
export function getFigure(id: FigureId): Figure {
  return lookup('figure', indexes().figures, id, 'getFigure');
}
