// The scoring run shared by the API and the command line: read the predictions, check every line,
// count per article, compute the metrics and their bootstrap intervals.
import { QantarCorpusError } from '../errors.js';
import type { Corpus } from '../generated/types.js';
import { closestIds } from '../internal/edit-distance.js';
import { bootstrap, BOOTSTRAP_SEED } from './bootstrap.js';
import { confusion, type Counts, sumCounts } from './counts.js';
import type { LayerScorer } from './layer.js';
import { type Line, type ParseContext, parseJsonl } from './parse.js';
import { LAYER_NAMES, LAYERS } from './registry.js';

/**
 * What every report (and the command's output) says about the data it was scored on.
 *
 * @example
 * ```ts
 * import { EVALUATION_SET_NOTE } from 'qantar-corpus/score';
 * console.log(EVALUATION_SET_NOTE.startsWith('This corpus is an evaluation set, not training data')); //=> true
 * ```
 */
export const EVALUATION_SET_NOTE =
  'This corpus is an evaluation set, not training data: five articles, hand-annotated. Do not train or tune on it; report n and the confidence intervals with any score.';

/** Options of {@link scorePredictions}. */
export interface ScoreOptions {
  /** Bootstrap resamples over articles for 95% confidence intervals (0: none). Default 1000. */
  readonly bootstrap?: number;
  /** Score only these articles (the evaluation set); prediction lines of other articles are counted and left out. Default: all. */
  readonly articles?: readonly string[];
}

/** One metric of a report, with its 95% bootstrap interval. */
export interface MetricResult {
  /** Stable key of the metric (`cue_exact_f1`, `map_at_5`): see docs/evaluate.md for each definition. */
  readonly id: string;
  /** What the metric is, for a table. */
  readonly label: string;
  /** The metric on the whole evaluation set, or null where it is undefined (e.g. precision without predictions). */
  readonly value: number | null;
  /** 2.5th and 97.5th percentile over bootstrap resamples of articles, or null (no bootstrap, or undefined in most resamples). */
  readonly ci: readonly [number, number] | null;
}

/** The result of scoring one prediction file. */
export interface ScoreReport {
  /** The layer scored (one of `LAYER_NAMES`). */
  readonly layer: string;
  /** What the layer is. */
  readonly title: string;
  /** The reference scorer(s) whose definitions the metrics follow. */
  readonly reference: string;
  /** The corpus release scored against. */
  readonly corpusVersion: string;
  /** {@link EVALUATION_SET_NOTE}: an evaluation set, not training data. */
  readonly note: string;
  /** False when the corpus has no gold annotations for the layer: `metrics` is then empty and `message` says so. */
  readonly hasGold: boolean;
  /** Why there are no metrics (no gold annotations for the layer), or null. */
  readonly message: string | null;
  /** How much was scored: the numbers to report with any score. */
  readonly n: {
    /** Articles in the evaluation set. */
    readonly articles: number;
    readonly gold: number;
    readonly predicted: number;
    /** Well-formed prediction lines about articles outside `options.articles`, not scored. */
    readonly outsideEvaluationSet: number;
  };
  /** How the confidence intervals were computed (resampling articles with a fixed seed), or null without them. */
  readonly bootstrap: { readonly resamples: number; readonly seed: number; readonly unit: 'article' } | null;
  /** Every metric of the layer, in a fixed order. */
  readonly metrics: readonly MetricResult[];
  /** Confusion matrices (stance, voice, mode): rows are gold labels, columns predicted ones, `(none)` last for no counterpart. */
  readonly confusions: readonly { readonly name: string; readonly title: string; readonly labels: readonly string[]; readonly matrix: readonly (readonly number[])[] }[];
}

/** The corpus facts a layer's line reader checks against. */
export function parseContextOf(corpus: Corpus): Omit<ParseContext, 'line'> {
  return {
    texts: new Map(corpus.articles.map((a) => [a.id, a.text])),
    ids: { entity: new Set(corpus.entities.map((e) => e.id)), claim: new Set(corpus.claims.map((c) => c.id)) },
    entityKinds: new Map(corpus.entities.map((e) => [e.id, e.kind])),
  };
}

/** Looks a layer up by name; an unknown name is an error listing the valid ones. */
export function layerNamed(name: unknown): LayerScorer {
  if (typeof name !== 'string' || !Object.hasOwn(LAYERS, name)) {
    throw new QantarCorpusError('BAD_ARGUMENT', `unknown layer ${JSON.stringify(name)}; valid: ${LAYER_NAMES.join(', ')}`, name, typeof name === 'string' ? closestIds(name, LAYER_NAMES) : []);
  }
  return LAYERS[name] as LayerScorer;
}

/** Reads prediction text (JSONL, or the layer's other format) into checked records. */
export function readPredictions(layer: LayerScorer, text: string, ctx: Omit<ParseContext, 'line'>): { article: string }[] {
  const lines = layer.parseOther?.(text, ctx) ?? parseJsonl(text);
  return lines.map(({ line, record }) => layer.parse(record, { ...ctx, line }));
}

/**
 * Scores checked gold and predicted records of one layer over the given articles. The core of
 * {@link scorePredictions}, usable with any gold (tests use hand-made gold).
 */
export function scoreRecords(
  layer: LayerScorer,
  gold: readonly { article: string }[],
  predicted: readonly { article: string }[],
  texts: ReadonlyMap<string, string>,
  resamples = 0,
): { metrics: Record<string, number | null>; ci: Record<string, [number, number] | null>; counts: Counts; perArticle: Counts[] } {
  const perArticle = [...texts].map(([id, text]) => layer.count(gold.filter((g) => g.article === id), predicted.filter((p) => p.article === id), text));
  const counts = sumCounts(perArticle);
  const metrics = layer.compute(counts);
  const ci = resamples > 0 ? bootstrap(perArticle, (c) => layer.compute(c), resamples) : {};
  return { metrics, ci, counts, perArticle };
}

function checkResamples(v: unknown): number {
  if (v === undefined) return 1000;
  if (!Number.isSafeInteger(v) || (v as number) < 0 || (v as number) > 100_000) throw new QantarCorpusError('BAD_ARGUMENT', `bootstrap must be a whole number of resamples from 0 (none) to 100000, got ${JSON.stringify(v)}`, v);
  return v as number;
}

/**
 * Scores a prediction file (its text) for one layer against the corpus.
 *
 * @param corpus - The corpus to score against (the package's own `corpus`).
 * @param layerName - `segments`, `entity-mentions`, `figures`, `citations`, `claim-mentions`, `labels` or `techniques`.
 * @param text - The predictions: JSONL in the corpus's record shape for the layer (or the SemEval span TSV for techniques).
 * @param options - Bootstrap resamples and the articles to score.
 * @returns The report: n, every metric with its 95% bootstrap interval, confusion matrices.
 */
export function scoreWithCorpus(corpus: Corpus, layerName: string, text: string, options: ScoreOptions = {}): ScoreReport {
  const layer = layerNamed(layerName);
  const resamples = checkResamples(Object.hasOwn(options, 'bootstrap') ? options.bootstrap : undefined);
  const ctx = parseContextOf(corpus);
  const requested = Object.hasOwn(options, 'articles') ? options.articles : undefined;
  if (requested !== undefined) {
    if (!Array.isArray(requested) || requested.length === 0) throw new QantarCorpusError('BAD_ARGUMENT', `articles must be a non-empty list of article IDs, got ${JSON.stringify(requested)}`, requested);
    for (const id of requested) {
      if (typeof id !== 'string' || !ctx.texts.has(id)) throw new QantarCorpusError('BAD_ARGUMENT', `unknown article ${JSON.stringify(id)}; valid: ${[...ctx.texts.keys()].join(', ')}`, id, typeof id === 'string' ? closestIds(id, ctx.texts.keys()) : []);
    }
  }
  const inSet = new Set<string>(requested ?? ctx.texts.keys());
  const texts = new Map([...ctx.texts].filter(([id]) => inSet.has(id)));
  // Every line is checked, whichever articles are scored.
  const predictedAll = readPredictions(layer, text, ctx);
  const predicted = predictedAll.filter((p) => inSet.has(p.article));
  const base = {
    layer: layer.name, title: layer.title, reference: layer.reference, corpusVersion: corpus.corpusVersion, note: EVALUATION_SET_NOTE,
  };
  const goldLines = layer.gold(corpus);
  if (goldLines === null) {
    return {
      ...base, hasGold: false,
      message: `no gold annotations for this layer in this corpus version (${corpus.corpusVersion}); the ${predictedAll.length} prediction lines are well-formed, but there is nothing to score them against yet`,
      n: { articles: texts.size, gold: 0, predicted: predicted.length, outsideEvaluationSet: predictedAll.length - predicted.length },
      bootstrap: null, metrics: [], confusions: [],
    };
  }
  const gold = goldLines.map((record: Line, i) => layer.parse(record, { ...ctx, line: i + 1 })).filter((g) => inSet.has(g.article));
  const { metrics, ci, counts } = scoreRecords(layer, gold, predicted, texts, resamples);
  return {
    ...base, hasGold: true, message: null,
    n: { articles: texts.size, gold: gold.length, predicted: predicted.length, outsideEvaluationSet: predictedAll.length - predicted.length },
    bootstrap: resamples > 0 ? { resamples, seed: BOOTSTRAP_SEED, unit: 'article' } : null,
    metrics: layer.metrics.map((m) => ({ id: m.id, label: m.label, value: Object.hasOwn(metrics, m.id) ? (metrics[m.id] as number | null) : null, ci: Object.hasOwn(ci, m.id) ? (ci[m.id] as [number, number] | null) : null })),
    confusions: (layer.confusions ?? []).map((c) => ({ name: c.prefix, title: c.title, ...confusion(counts, c.prefix, c.labels) })),
  };
}
