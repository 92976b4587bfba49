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
