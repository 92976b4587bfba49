import type { EventId } from './generated/ids.js';
import type { Event } from './generated/types.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/**
 * Returns the event with the given ID.
 *
 * @param id - event ID; a typo is a compile error in TypeScript.
 * @returns The event record (deeply frozen).
 * @throws {@link QantarCorpusError} with code `UNKNOWN_ID` (and the closest IDs) when no event has this ID, or `BAD_ARGUMENT` when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getEvent } from 'qantar-corpus';
 * console.log(getEvent('xi-verbal-message').start); //=> '2022-01-07'
 * ```
 */
export function getEvent(id: EventId): Event {
  return lookup('event', indexes().events, id, 'getEvent');
}
