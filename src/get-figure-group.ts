import type { FigureGroupId } from './generated/ids.js';
import type { FigureGroup } from './generated/types.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/**
 * Returns the figure group with the given ID.
 *
 * @param id - figure group ID; a typo is a compile error in TypeScript.
 * @returns The figure group record (deeply frozen).
 * @throws {@link QantarCorpusError} with code `UNKNOWN_ID` (and the closest IDs) when no figure group has this ID, or `BAD_ARGUMENT` when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getFigureGroup } from 'qantar-corpus';
 * console.log(getFigureGroup('qantar-arrests').label); //=> 'People arrested or detained in the unrest'
 * ```
 */
export function getFigureGroup(id: FigureGroupId): FigureGroup {
  return lookup('figure group', indexes().figureGroups, id, 'getFigureGroup');
}
