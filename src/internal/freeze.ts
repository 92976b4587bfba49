/**
 * Where the objects sit inside a value, so that freezing it visits only them (see `freezeWithPlan`).
 *
 * - `0`: array items that are primitives: nothing below to visit.
 * - `1`: shape not known (the schema allows any fields): freeze everything below, generically.
 * - `[item]`: an array; `item` is the plan of each of its items.
 * - `{ field: plan }`: an object; only the fields that can hold an object or array are listed.
 *
 * The plan of the corpus is generated from its JSON Schema (scripts/build/freeze-plan.ts), so it
 * comes from the same zod schemas as the data and the types.
 */
export type FreezePlan = 0 | 1 | readonly [FreezePlan] | { readonly [field: string]: FreezePlan };

// Both functions visit own properties only (Object.keys, Object.hasOwn), never `for...in`: an
// enumerable key added to Object.prototype must neither be walked into (it could recurse forever)
// nor frozen (it is not the library's object).

/** The value of an own property; an inherited one reads as undefined. */
const own = (value: object, key: string): unknown => (Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);

/** Freezes `value` and every object and array below it, visiting every own key. */
export function deepFreeze<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = own(value, String(i));
      if (item !== null && typeof item === 'object') deepFreeze(item);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const item: unknown = own(value, key);
      if (item !== null && typeof item === 'object') deepFreeze(item);
    }
  }
  return Object.freeze(value);
}

/**
 * Freezes `value` and every object and array below it, children first, visiting only the fields the
 * plan lists. This runs at import time over the whole corpus; going by the plan instead of by every
 * key (most fields are strings and numbers) is what makes it cheap (docs/performance.md).
 *
 * Complete for any value that matches the schema the plan was generated from: the build checks the
 * corpus against that schema before it writes either. Where a value has the other container kind than
 * the plan expects (an array for an object, or the reverse), that branch is frozen with `deepFreeze`.
 */
export function freezeWithPlan<T>(value: T, plan: FreezePlan): T {
  if (value === null || typeof value !== 'object') return value; // a primitive (a nullable field's null)
  if (plan === 1 || Array.isArray(plan) !== Array.isArray(value)) return deepFreeze(value);
  if (Array.isArray(plan)) {
    const item = plan[0] as FreezePlan;
    if (item !== 0) {
      const items = value as unknown as unknown[];
      for (let i = 0; i < items.length; i++) freezeWithPlan(items[i], item);
    }
  } else if (plan !== 0) {
    const fields = plan as { readonly [field: string]: FreezePlan };
    for (const key of Object.keys(fields)) freezeWithPlan(own(value as object, key), fields[key] as FreezePlan);
  }
  return Object.freeze(value);
}

/** A property descriptor with no prototype: a polluted `Object.prototype.set` or `.value` cannot leak into it. */
const descriptor = (fields: PropertyDescriptor): PropertyDescriptor => Object.setPrototypeOf(fields, null) as PropertyDescriptor;

/**
 * A frozen object with the fields of `value`, whose fields listed in `plan` (the collections of the
 * corpus) are getters: the first read of one takes that field's value from `value`, freezes it by
 * its plan and keeps it; every read returns that same frozen value. The other fields (primitives)
 * are plain values. Nothing below the object can be reached before it is frozen, so callers see the
 * same deeply frozen data as with `freezeWithPlan`, but the import pays only for the collections a
 * program reads (docs/performance.md).
 *
 * A `value` that is not a plain object, or a plan that is not an object plan, is frozen at once by
 * `freezeWithPlan` and returned as it is.
 */
export function lazilyFrozen<T>(value: T, plan: FreezePlan): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || plan === 0 || plan === 1 || Array.isArray(plan)) return freezeWithPlan(value, plan);
  const fields = plan as { readonly [field: string]: FreezePlan };
  const view = {};
  for (const key of Object.keys(value)) {
    const branch = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (branch === undefined) {
      Object.defineProperty(view, key, descriptor({ value: own(value, key), enumerable: true }));
      continue;
    }
    let read = false;
    let item: unknown;
    const get = () => {
      if (!read) {
        item = freezeWithPlan(own(value, key), branch);
        read = true;
      }
      return item;
    };
    Object.defineProperty(view, key, descriptor({ get, enumerable: true }));
  }
  return Object.freeze(view) as T;
}
