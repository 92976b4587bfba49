// The ID guards (`isOutletId` and the others, generated from ID_COLLECTIONS) and the ID types of
// result fields: a guard is true for exactly the IDs of its collection, whatever it is given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_COLLECTIONS } from '../scripts/build/emit-types.js';
import * as lib from '../src/index.js';
import { corpus, figureSeries, getClaim, getOutlet, quoteVariants, stanceMatrix, type ClaimId, type OutletId } from '../src/index.js';

type Guard = (value: unknown) => boolean;
const guards = ID_COLLECTIONS.map(([typeName, collection]) => ({
  name: `is${typeName}`,
  guard: (lib as unknown as Record<string, Guard>)[`is${typeName}`] as Guard,
  ids: (corpus[collection] as readonly { id: string }[]).map((r) => r.id),
}));

// Values a guard must answer `false` for without throwing: not strings, or strings no record has.
const hostile = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.constantFrom('', ' ', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.constant(new Proxy({}, { get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } })),
  fc.constant(Symbol('id')),
  fc.bigInt(),
);

describe('ID guards', () => {
  it('there is one guard per ID collection, exported from the main entry', () => {
    for (const { name, guard } of guards) expect(typeof guard, name).toBe('function');
  });

  for (const { name, guard, ids } of guards) {
    it(`${name} is true for every ID of its collection and for nothing else`, () => {
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(guard(id)).toBe(true);
      fc.assert(fc.property(hostile, (value) => guard(value) === (typeof value === 'string' && ids.includes(value))));
      // Near misses of real IDs: other case, padding, a character dropped or added.
      const nearMiss = fc.tuple(fc.constantFrom(...ids), fc.integer({ min: 0, max: 3 })).map(([id, how]) =>
        [id.toUpperCase(), ` ${id}`, id.slice(0, -1), `${id}-`][how] as string);
      fc.assert(fc.property(nearMiss, (value) => guard(value) === ids.includes(value)));
    });
  }

  it('a guard for one kind says nothing about IDs of another kind', () => {
    const outletIds = new Set(corpus.outlets.map((o) => o.id as string));
    for (const claim of corpus.claims) expect(lib.isOutletId(claim.id)).toBe(outletIds.has(claim.id));
  });
});

describe('ID types in results', () => {
  it('results hold IDs that the lookups accept (checked by tsc; here: they resolve at run time too)', () => {
    const matrix = stanceMatrix();
    const outlets: readonly OutletId[] = matrix.outlets;
    const claims: readonly ClaimId[] = matrix.claims;
    for (const id of outlets) expect(getOutlet(id).id).toBe(id);
    for (const id of claims) expect(getClaim(id).id).toBe(id);
    for (const cell of matrix.cells) expect([getOutlet(cell.outlet).id, getClaim(cell.claim).id]).toEqual([cell.outlet, cell.claim]);
    const group = corpus.figureGroups[0]!.id;
    for (const point of figureSeries(group).points) expect(getOutlet(point.outlet).id).toBe(point.outlet);
    const speaker = corpus.citations.find((c) => c.speaker !== null)!.speaker!;
    for (const variant of quoteVariants({ speaker })) expect(getOutlet(variant.outlet).id).toBe(variant.article.outlet);
  });
});
