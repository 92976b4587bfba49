// Figures: MeasEval-style pinning, then each component scored on the pinned pairs.
import { type Counts, get, prf, ratio } from '../counts.js';
import { MEASURES, QUALIFIERS } from '../labels.js';
import type { LayerScorer } from '../layer.js';
import { has, lineError, own, readArticle, readLabel, readSpan } from '../parse.js';
import { intersectionSize, overlap, type Range, sameRange, tokenSet } from '../spans.js';

export interface FigurePrediction {
  readonly article: string;
  readonly span: Range;
  /** Each component is undefined when the system does not predict it (it then scores 0). */
  readonly value: number | null | undefined;
  readonly unit: string | undefined;
  readonly qualifier: string | undefined;
  readonly measure: string | undefined;
}

/** Components scored by exact match on pinned pairs. */
const COMPONENTS = ['value', 'unit', 'qualifier', 'measure'] as const;

/** SQuAD-style token F1 of two spans. */
function tokenF1(text: string, a: Range, b: Range): number {
  const ta = tokenSet(text, [a]);
  const tb = tokenSet(text, [b]);
  const common = intersectionSize(ta, tb);
  if (common === 0) return 0;
  const p = common / ta.size;
  const r = common / tb.size;
  return (2 * p * r) / (p + r);
}

/**
 * Pins predictions to gold figures: each prediction to the gold figure it overlaps most (ties: the
 * earlier gold figure); of several predictions pinned to one gold figure, the one with the largest
 * overlap (then the shorter, then the earlier) is its match and the others are spurious.
 */
export function pinFigures(gold: readonly { span: Range }[], predicted: readonly { span: Range }[]): Map<number, number> {
  const best = new Map<number, number>();
  for (const [j, p] of predicted.entries()) {
    let pick = -1;
    for (const [i, g] of gold.entries()) {
      const o = overlap(p.span, g.span);
      if (o > 0 && (pick === -1 || o > overlap(p.span, (gold[pick] as { span: Range }).span))) pick = i;
    }
    if (pick === -1) continue;
    const current = best.get(pick);
    if (current === undefined) {
      best.set(pick, j);
      continue;
    }
    const g = (gold[pick] as { span: Range }).span;
    const a = (predicted[current] as { span: Range }).span;
    const b = p.span;
    const better = overlap(b, g) - overlap(a, g) || (a.end - a.start) - (b.end - b.start) || a.start - b.start || a.end - b.end;
    if (better > 0) best.set(pick, j);
  }
  return best;
}

// A total order, so that the result never depends on the order of the lines.
const byPosition = (a: FigurePrediction, b: FigurePrediction) =>
  a.span.start - b.span.start || a.span.end - b.span.end || JSON.stringify([a.value, a.unit, a.qualifier, a.measure]).localeCompare(JSON.stringify([b.value, b.unit, b.qualifier, b.measure]));

export const figures: LayerScorer<FigurePrediction> = {
  name: 'figures',
  title: 'Figures: numbers and counted quantities',
  reference: 'MeasEval (SemEval-2021 Task 8): pin each prediction to a gold quantity by span overlap, score components on pinned pairs (exact match; span also token-overlap F1), unmatched gold and predictions as penalty rows of 0',
  gold: (corpus) => corpus.figures.map((f) => ({ article: f.article, span: f.span, value: f.value, unit: f.unit, qualifier: f.qualifier, measure: f.measure })),
  parse(line, ctx) {
    const { article, text } = readArticle(line, ctx);
    const span = readSpan(line, 'span', 'span', article, text, ctx, true) as Range;
    // `value` as in corpus.json, or `figure_value` as in the table exports (never both).
    let value: number | null | undefined;
    if (has(line, 'value') && has(line, 'figure_value')) throw lineError(ctx, 'value', 'give the value once: either "value" (as in corpus.json) or "figure_value" (as in the table exports), not both', own(line, 'value'));
    const valueField = has(line, 'figure_value') ? 'figure_value' : 'value';
    if (has(line, valueField)) {
      const v = own(line, valueField);
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) throw lineError(ctx, valueField, `expected a finite number, or null for a vague amount ("thousands"), got ${JSON.stringify(v)}`, v);
      value = v as number | null;
    }
    let unit: string | undefined;
    if (has(line, 'unit')) {
      const u = own(line, 'unit');
      if (typeof u !== 'string' || u === '') throw lineError(ctx, 'unit', `expected a non-empty string ("people", "km", "years"), got ${JSON.stringify(u)}`, u);
      unit = u;
    }
    return {
      article, span, value, unit,
      qualifier: readLabel(line, 'qualifier', QUALIFIERS, ctx) ?? undefined,
      measure: readLabel(line, 'measure', MEASURES, ctx) ?? undefined,
    };
  },
  count(goldIn, predictedIn, text) {
    const gold = [...goldIn].sort(byPosition);
    const predicted = [...predictedIn].sort(byPosition);
    const pins = pinFigures(gold, predicted);
    const c: Counts = { gold: gold.length, predicted: predicted.length, matched: pins.size };
    for (const [i, j] of pins) {
      const g = gold[i] as FigurePrediction;
      const p = predicted[j] as FigurePrediction;
      c.span_exact = get(c, 'span_exact') + (sameRange(p.span, g.span) ? 1 : 0);
      c.span_f1 = get(c, 'span_f1') + tokenF1(text, p.span, g.span);
      for (const k of COMPONENTS) c[k] = get(c, k) + (p[k] !== undefined && p[k] === g[k] ? 1 : 0);
    }
    return c;
  },
  metrics: [
    { id: 'precision', label: 'detection precision (pinned)' },
    { id: 'recall', label: 'detection recall (pinned)' },
    { id: 'f1', label: 'detection F1' },
    { id: 'span_exact', label: 'span exact match' },
    { id: 'span_f1', label: 'span token-overlap F1' },
    { id: 'value', label: 'value exact match' },
    { id: 'unit', label: 'unit exact match' },
    { id: 'qualifier', label: 'qualifier exact match' },
    { id: 'measure', label: 'measure exact match' },
    { id: 'overall', label: 'overall (mean of span F1, value, unit, qualifier rows)' },
  ],
  compute(c) {
    const matched = get(c, 'matched');
    // MeasEval's penalty rows: every unpinned gold figure and every unpinned prediction is a row scoring 0.
    const rows = matched + (get(c, 'gold') - matched) + (get(c, 'predicted') - matched);
    const d = prf(matched, get(c, 'predicted'), matched, get(c, 'gold'));
    const out: Record<string, number | null> = { precision: d.precision, recall: d.recall, f1: d.f1 };
    out.span_exact = ratio(get(c, 'span_exact'), rows);
    out.span_f1 = ratio(get(c, 'span_f1'), rows);
    for (const k of COMPONENTS) out[k] = ratio(get(c, k), rows);
    out.overall = ratio(get(c, 'span_f1') + get(c, 'value') + get(c, 'unit') + get(c, 'qualifier'), rows * 4);
    return out;
  },
};
