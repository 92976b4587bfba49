import { type Counts, sumCounts } from './counts.js';

/** The seed of every bootstrap: the same predictions always give the same intervals. */
export const BOOTSTRAP_SEED = 20220105;

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The p-th percentile (0-100) of sorted values, by linear interpolation (NumPy's default). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 1) return sorted[0] as number;
  const at = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

/**
 * Percentile bootstrap over articles: `resamples` times, draw as many articles as there are, with
 * replacement, sum their counts and compute the metrics. Returns the 2.5th and 97.5th percentiles of
 * each metric over the resamples where it is defined (null when it is defined in fewer than half).
 */
export function bootstrap(
  perArticle: readonly Readonly<Counts>[],
  metrics: (c: Counts) => Record<string, number | null>,
  resamples: number,
  seed = BOOTSTRAP_SEED,
): Record<string, [number, number] | null> {
  const random = seededRandom(seed);
  const samples = new Map<string, number[]>();
  for (let b = 0; b < resamples; b++) {
    const drawn = Array.from({ length: perArticle.length }, () => perArticle[Math.floor(random() * perArticle.length)] as Counts);
    for (const [name, value] of Object.entries(metrics(sumCounts(drawn)))) {
      if (!samples.has(name)) samples.set(name, []);
      if (value !== null) (samples.get(name) as number[]).push(value);
    }
  }
  const out: Record<string, [number, number] | null> = {};
  for (const [name, values] of samples) {
    values.sort((a, b) => a - b);
    out[name] = values.length * 2 < resamples ? null : [percentile(values, 2.5), percentile(values, 97.5)];
  }
  return out;
}
