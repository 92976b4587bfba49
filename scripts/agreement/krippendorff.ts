/**
 * Krippendorff's alpha for nominal data (Krippendorff, "Computing Krippendorff's Alpha-Reliability",
 * 2011): 1 - D_o / D_e over the coincidence matrix of the values coders gave the same unit. Units
 * with fewer than two values are not pairable and are left out, as the definition says.
 */

/** One unit's values, one per coder; `undefined` where a coder gave none. Values compare by JSON. */
export type UnitValues = readonly unknown[];

export interface AlphaResult {
  /** Alpha, or null when it is undefined: no pairable unit, or every value the same (no variation to agree on). */
  readonly alpha: number | null;
  /** Pairable units (two or more values). */
  readonly units: number;
  /** Pairable values (n in the definition). */
  readonly values: number;
  /** Share of pairable units on which all values agree. */
  readonly percent: number | null;
}

const key = (v: unknown) => JSON.stringify(v === undefined ? null : v);

export function nominalAlpha(units: readonly UnitValues[]): AlphaResult {
  // coincidence[c][k]: pairs of values c, k within units, each unit weighted by 1 / (m_u - 1).
  const coincidence = new Map<string, Map<string, number>>();
  let pairable = 0;
  let agreeing = 0;
  for (const unit of units) {
    const values = unit.filter((v) => v !== undefined).map(key);
    const m = values.length;
    if (m < 2) continue;
    pairable += 1;
    if (values.every((v) => v === values[0])) agreeing += 1;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const row = coincidence.get(values[i]!) ?? new Map<string, number>();
        row.set(values[j]!, (row.get(values[j]!) ?? 0) + 1 / (m - 1));
        coincidence.set(values[i]!, row);
      }
    }
  }
  const totals = new Map<string, number>();
  for (const [c, row] of coincidence) totals.set(c, [...row.values()].reduce((a, b) => a + b, 0));
  const n = [...totals.values()].reduce((a, b) => a + b, 0);
  let observed = 0;
  for (const [c, row] of coincidence) for (const [k, o] of row) if (c !== k) observed += o;
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  const percent = pairable === 0 ? null : agreeing / pairable;
  if (pairable === 0 || expected === 0) return { alpha: null, units: pairable, values: Math.round(n), percent };
  return { alpha: 1 - ((n - 1) * observed) / expected, units: pairable, values: Math.round(n), percent };
}
