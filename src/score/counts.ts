// Every metric is computed from per-article counts that add up: the bootstrap resamples articles
// and sums their counts, so a metric never has to be recomputed from records.

/** Additive sufficient statistics of one article (or of several, summed). */
export type Counts = Record<string, number>;

export function addCounts(into: Counts, more: Readonly<Counts>): Counts {
  for (const key of Object.keys(more)) into[key] = get(into, key) + (more[key] as number);
  return into;
}

export function sumCounts(list: readonly Readonly<Counts>[]): Counts {
  const total: Counts = Object.create(null) as Counts;
  for (const c of list) addCounts(total, c);
  return total;
}

/** Adds `by` (default 1) to `counts[key]`. */
export function bump(counts: Counts, key: string, by = 1): void {
  counts[key] = get(counts, key) + by;
}

/** A count, 0 when absent; own properties only, so that a polluted Object.prototype counts for nothing. */
export const get = (c: Readonly<Counts>, key: string): number => (Object.hasOwn(c, key) ? (c[key] as number) : 0);

/** `num / den`, or null when `den` is 0 (the metric is undefined: there was nothing to measure). */
export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/**
 * Precision, recall and F1 from matched amounts. Precision is null without predictions and recall
 * null without gold; F1 is 0 when one of them is defined and the other is null or both are 0.
 */
export function prf(matchedPredicted: number, predicted: number, matchedGold: number, gold: number): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = ratio(matchedPredicted, predicted);
  const recall = ratio(matchedGold, gold);
  if (precision === null && recall === null) return { precision, recall, f1: null };
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { precision, recall, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** The label that stands for "no counterpart" in a confusion matrix (a missed gold record, a spurious prediction). */
export const NONE = '(none)';

/** Counts key of one confusion-matrix cell. */
export const cell = (prefix: string, gold: string, predicted: string): string => `${prefix}|${gold}|${predicted}`;

/** The confusion matrix stored under `prefix`, as rows of gold labels and columns of predicted labels. */
export function confusion(c: Readonly<Counts>, prefix: string, labels: readonly string[]): { labels: string[]; matrix: number[][] } {
  const all = [...labels, NONE];
  return { labels: all, matrix: all.map((g) => all.map((p) => get(c, cell(prefix, g, p)))) };
}

/**
 * Macro-averaged F1 over the labels that occur in the gold or the predictions (as scikit-learn's
 * `f1_score(average="macro")` with the observed labels). A gold record with no prediction counts as a
 * false negative of its label, a prediction with no gold record as a false positive of its label.
 */
export function macroF1(c: Readonly<Counts>, prefix: string, labels: readonly string[]): { macroF1: number | null; accuracy: number | null; perLabel: Record<string, number> } {
  const all = [...labels, NONE];
  const perLabel: Record<string, number> = {};
  let correct = 0;
  let goldTotal = 0;
  for (const label of labels) {
    const tp = get(c, cell(prefix, label, label));
    let fp = 0;
    let fn = 0;
    for (const other of all) {
      if (other === label) continue;
      fp += get(c, cell(prefix, other, label));
      fn += get(c, cell(prefix, label, other));
    }
    correct += tp;
    goldTotal += tp + fn;
    if (tp + fp + fn > 0) perLabel[label] = (2 * tp) / (2 * tp + fp + fn);
  }
  const values = Object.values(perLabel);
  return { macroF1: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length, accuracy: ratio(correct, goldTotal), perLabel };
}
