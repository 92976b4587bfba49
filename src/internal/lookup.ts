import { assertId } from './args.js';

/** Looks a record up by ID, throwing the library's error (with the closest IDs) when there is none. */
export function lookup<T>(kind: string, map: ReadonlyMap<string, T>, id: unknown, where: string): T {
  assertId(kind, id, map, where);
  return map.get(id) as T;
}
