// Claim mentions: linking spans to normalised claims (ranked candidates), stance and voice.
import { cell, type Counts, get, macroF1, NONE, prf } from '../counts.js';
import { STANCES, VOICES } from '../labels.js';
import type { LayerScorer } from '../layer.js';
import { checkId, has, lineError, own, readArticle, readId, readLabel, readSpan } from '../parse.js';
import { mergeRanges, overlap, type Range } from '../spans.js';

export interface ClaimMentionPrediction {
  readonly article: string;
  readonly span: Range;
  /** Candidate claim IDs, best first (`candidates`, or `[claim]`). */
  readonly ranking: readonly string[];
  readonly stance: string | undefined;
  readonly voice: string | undefined;
}

/** The cutoff of MAP@k, as in CheckThat! claim retrieval. */
export const MAP_CUTOFF = 5;

/**
 * Average precision at k of one ranking, as trec_eval (which the CheckThat! scorers use) computes it:
 * the sum of precision@i at each relevant rank i ≤ k, divided by the number of relevant items.
 */
export function averagePrecisionAt(ranking: readonly string[], relevant: ReadonlySet<string>, k = MAP_CUTOFF): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  for (const [i, id] of ranking.slice(0, k).entries()) {
    if (relevant.has(id)) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / relevant.size;
}

/** Reciprocal rank of the first relevant item (0 when none is ranked). */
export function reciprocalRank(ranking: readonly string[], relevant: ReadonlySet<string>): number {
  const i = ranking.findIndex((id) => relevant.has(id));
  return i === -1 ? 0 : 1 / (i + 1);
}

const spanKey = (r: Range) => `${r.start}-${r.end}`;
const order = (a: ClaimMentionPrediction, b: ClaimMentionPrediction) =>
  a.span.start - b.span.start || a.span.end - b.span.end || JSON.stringify([a.ranking, a.stance, a.voice]).localeCompare(JSON.stringify([b.ranking, b.stance, b.voice]));

/** Predicted spans with their merged rankings: lines with the same span pool their candidates, each at its best rank (ties by claim ID). */
function rankedSpans(predicted: readonly ClaimMentionPrediction[]): { span: Range; ranking: string[] }[] {
  const bySpan = new Map<string, { span: Range; best: Map<string, number> }>();
  for (const p of predicted) {
    const k = spanKey(p.span);
    if (!bySpan.has(k)) bySpan.set(k, { span: p.span, best: new Map() });
    const best = (bySpan.get(k) as { best: Map<string, number> }).best;
    for (const [i, id] of p.ranking.entries()) best.set(id, Math.min(best.get(id) ?? Number.POSITIVE_INFINITY, i));
  }
  return [...bySpan.values()].map(({ span, best }) => ({ span, ranking: [...best].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id) }));
}

export const claimMentions: LayerScorer<ClaimMentionPrediction> = {
  name: 'claim-mentions',
  title: 'Claim mentions: claim linking, stance and voice',
  reference: 'CheckThat! claim retrieval (MAP@5 and MRR as trec_eval computes them); stance and voice macro-F1 as scikit-learn f1_score(average="macro"), with a confusion matrix',
  gold: (corpus) => corpus.claimMentions.map((m) => ({ article: m.article, span: m.span, claim: m.claim, stance: m.stance, voice: m.voice })),
  parse(line, ctx) {
    const { article, text } = readArticle(line, ctx);
    const span = readSpan(line, 'span', 'span', article, text, ctx, true) as Range;
    const claim = readId(line, 'claim', 'claim', ctx, false) ?? undefined;
    let ranking: string[] | undefined;
    if (has(line, 'candidates')) {
      const v = own(line, 'candidates');
      if (!Array.isArray(v) || v.length === 0) throw lineError(ctx, 'candidates', `expected a non-empty array of claim IDs, best first, got ${JSON.stringify(v)}`, v);
      ranking = v.map((id, i) => checkId(id, `candidates[${i}]`, 'claim', ctx));
      const dup = ranking.find((id, i) => ranking?.indexOf(id) !== i);
      if (dup) throw lineError(ctx, 'candidates', `claim ${JSON.stringify(dup)} is ranked twice; each candidate once`, v);
      if (claim !== undefined && claim !== ranking[0]) throw lineError(ctx, 'claim', `${JSON.stringify(claim)} is not the first of "candidates" (${JSON.stringify(ranking[0])}); give the top candidate as "claim", or leave "claim" out`, claim);
    }
    if (ranking === undefined && claim === undefined) throw lineError(ctx, 'claim', 'required: a claim ID ("claim") or a ranked list of claim IDs ("candidates")', undefined);
    return { article, span, ranking: ranking ?? [claim as string], stance: readLabel(line, 'stance', STANCES, ctx) ?? undefined, voice: readLabel(line, 'voice', VOICES, ctx) ?? undefined };
  },
  count(goldIn, predictedIn) {
    const gold = [...goldIn].sort(order);
    const predicted = [...predictedIn].sort(order);
    const c: Counts = { gold: gold.length, predicted: predicted.length };
    // Linking: one query per gold span, relevant = the claims mentioned at exactly that span; the
    // system's ranking is that of the predicted span overlapping it most (then the shorter, the earlier).
    const queries = new Map<string, { span: Range; relevant: Set<string> }>();
    for (const g of gold) {
      const k = spanKey(g.span);
      if (!queries.has(k)) queries.set(k, { span: g.span, relevant: new Set() });
      (queries.get(k) as { relevant: Set<string> }).relevant.add(g.ranking[0] as string);
    }
    const spans = rankedSpans(predicted);
    let ap = 0;
    let rr = 0;
    for (const q of queries.values()) {
      let pick: { span: Range; ranking: string[] } | undefined;
      for (const s of spans) {
        const o = overlap(s.span, q.span);
        if (o === 0) continue;
        if (!pick) { pick = s; continue; }
        const d = o - overlap(pick.span, q.span) || (pick.span.end - pick.span.start) - (s.span.end - s.span.start) || pick.span.start - s.span.start;
        if (d > 0) pick = s;
      }
      if (!pick) continue;
      ap += averagePrecisionAt(pick.ranking, q.relevant);
      rr += reciprocalRank(pick.ranking, q.relevant);
    }
    Object.assign(c, { queries: queries.size, ap_sum: ap, rr_sum: rr });
    // Detection: characters of claim-mention spans found.
    const g = mergeRanges(gold.map((x) => x.span));
    const p = mergeRanges(predicted.map((x) => x.span));
    let both = 0;
    for (const a of g) for (const b of p) both += overlap(a, b);
    Object.assign(c, { chars_gold: g.reduce((n, r) => n + r.end - r.start, 0), chars_predicted: p.reduce((n, r) => n + r.end - r.start, 0), chars_both: both });
    // Stance and voice: each gold mention paired with the free prediction whose top claim is the same
    // and whose span overlaps it most; unpaired gold counts against recall, unpaired predictions against precision.
    const used = new Set<number>();
    for (const m of gold) {
      let pick = -1;
      for (const [j, x] of predicted.entries()) {
        if (used.has(j) || x.ranking[0] !== m.ranking[0] || overlap(x.span, m.span) === 0) continue;
        const current = pick === -1 ? undefined : (predicted[pick] as ClaimMentionPrediction).span;
        const d = current === undefined ? 1 : overlap(x.span, m.span) - overlap(current, m.span) || (current.end - current.start) - (x.span.end - x.span.start);
        if (d > 0) pick = j;
      }
      if (pick !== -1) used.add(pick);
      const x = pick === -1 ? undefined : predicted[pick];
      for (const field of ['stance', 'voice'] as const) {
        const k = cell(field, m[field] as string, x?.[field] ?? NONE);
        c[k] = get(c, k) + 1;
      }
    }
    for (const [j, x] of predicted.entries()) {
      if (used.has(j)) continue;
      for (const field of ['stance', 'voice'] as const) {
        if (x[field] === undefined) continue;
        const k = cell(field, NONE, x[field] as string);
        c[k] = get(c, k) + 1;
      }
    }
    return c;
  },
  metrics: [
    { id: 'map_at_5', label: 'claim linking MAP@5' },
    { id: 'mrr', label: 'claim linking MRR' },
    { id: 'span_precision', label: 'mention spans: precision (chars)' },
    { id: 'span_recall', label: 'mention spans: recall (chars)' },
    { id: 'span_f1', label: 'mention spans: F1 (chars)' },
    { id: 'stance_macro_f1', label: 'stance macro-F1' },
    { id: 'stance_accuracy', label: 'stance accuracy' },
    { id: 'voice_macro_f1', label: 'voice macro-F1' },
    { id: 'voice_accuracy', label: 'voice accuracy' },
  ],
  compute(c) {
    const q = get(c, 'queries');
    const d = prf(get(c, 'chars_both'), get(c, 'chars_predicted'), get(c, 'chars_both'), get(c, 'chars_gold'));
    const stance = macroF1(c, 'stance', STANCES);
    const voice = macroF1(c, 'voice', VOICES);
    return {
      map_at_5: q === 0 ? null : get(c, 'ap_sum') / q,
      mrr: q === 0 ? null : get(c, 'rr_sum') / q,
      span_precision: d.precision, span_recall: d.recall, span_f1: d.f1,
      stance_macro_f1: stance.macroF1, stance_accuracy: stance.accuracy,
      voice_macro_f1: voice.macroF1, voice_accuracy: voice.accuracy,
    };
  },
  confusions: [
    { prefix: 'stance', title: 'stance (rows gold, columns predicted)', labels: STANCES },
    { prefix: 'voice', title: 'voice (rows gold, columns predicted)', labels: VOICES },
  ],
};
