import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nominalAlpha } from './krippendorff.js';

describe('nominalAlpha', () => {
  it('reproduces the worked example of Krippendorff (2011): 4 coders, 12 units, nominal alpha 0.743', () => {
    const _ = undefined;
    const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _];
    const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3];
    const C = [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _];
    const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _];
    const units = A.map((_, u) => [A[u], B[u], C[u], D[u]]);
    const result = nominalAlpha(units);
    expect(result.units).toBe(11); // unit 12 has one value: not pairable
    expect(result.values).toBe(40);
    expect(result.alpha).toBeCloseTo(0.743, 3);
  });

  it('matches a two-coder case computed by hand', () => {
    // Pairs: (a,a) (a,a) (b,b) (a,b). Coincidences: o_aa = 4, o_bb = 2, o_ab = o_ba = 1; n_a = 5, n_b = 3, n = 8.
    // alpha = 1 - (n - 1) * (o_ab + o_ba) / (n_a n_b + n_b n_a) = 1 - 7 * 2 / 30 = 0.5333...
    const result = nominalAlpha([['a', 'a'], ['a', 'a'], ['b', 'b'], ['a', 'b']]);
    expect(result.alpha).toBeCloseTo(1 - 14 / 30, 10);
    expect(result.percent).toBe(0.75);
  });

  it('is 1 for perfect agreement with variation, and undefined without variation', () => {
    expect(nominalAlpha([['x', 'x'], ['y', 'y']]).alpha).toBe(1);
    expect(nominalAlpha([['x', 'x'], ['x', 'x']]).alpha).toBeNull();
    expect(nominalAlpha([['x', undefined]]).alpha).toBeNull();
  });

  it('treats null as a value (a vague figure has no number) and undefined as missing', () => {
    expect(nominalAlpha([[null, null], [1, 1]]).alpha).toBe(1);
    expect(nominalAlpha([[null, undefined], [1, 1], [2, 2]]).units).toBe(2);
  });

  it('does not depend on unit order or coder order, and never exceeds 1', () => {
    const value = fc.constantFrom('a', 'b', 'c');
    fc.assert(fc.property(fc.array(fc.tuple(value, value), { minLength: 2, maxLength: 30 }), (pairs) => {
      const a = nominalAlpha(pairs).alpha;
      const reversed = nominalAlpha([...pairs].reverse().map(([x, y]) => [y, x])).alpha;
      if (a === null) return reversed === null;
      return reversed !== null && Math.abs(a - reversed) < 1e-12 && a <= 1 + 1e-12;
    }));
  });

  it('falls as disagreements are added to an agreeing set', () => {
    const agree = Array.from({ length: 20 }, (_, i) => [i % 2 ? 'a' : 'b', i % 2 ? 'a' : 'b']);
    const one = nominalAlpha([...agree, ['a', 'b']]).alpha!;
    const two = nominalAlpha([...agree, ['a', 'b'], ['b', 'a']]).alpha!;
    expect(one).toBeLessThan(1);
    expect(two).toBeLessThan(one);
  });
});
