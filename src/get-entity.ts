import type { EntityId } from './generated/ids.js';
import type { Entity } from './generated/types.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/**
 * Returns the entity with the given ID.
 *
 * @param id - entity ID; a typo is a compile error in TypeScript.
 * @returns The entity record (deeply frozen).
 * @throws {@link QantarCorpusError} with code `UNKNOWN_ID` (and the closest IDs) when no entity has this ID, or `BAD_ARGUMENT` when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getEntity } from 'qantar-corpus';
 * console.log(getEntity('wang-yi').role); //=> 'State Councilor and Minister of Foreign Affairs of China'
 * ```
 */
export function getEntity(id: EntityId): Entity {
  return lookup('entity', indexes().entities, id, 'getEntity');
}
