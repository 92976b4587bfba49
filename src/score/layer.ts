import type { Corpus } from '../generated/types.js';
import type { Counts } from './counts.js';
import type { Line, ParseContext } from './parse.js';

/** One metric a layer reports. */
export interface MetricSpec {
  /** Stable key in the JSON report (`cue_exact_f1`). */
  readonly id: string;
  /** What the table shows. */
  readonly label: string;
}

/** A confusion matrix a layer reports, stored in its counts under `prefix`. */
export interface ConfusionSpec {
  readonly prefix: string;
  readonly title: string;
  readonly labels: readonly string[];
}

/**
 * One annotation layer's scorer: how to read a prediction line, the additive counts of one article,
 * and the metrics computed from (summed) counts. Registered in `registry.ts`.
 */
export interface LayerScorer<R extends { readonly article: string } = { readonly article: string }> {
  /** The name used on the command line and in reports (the NDJSON export's file name). */
  readonly name: string;
  readonly title: string;
  /** The reference scorer(s) the metrics follow, for the report and docs. */
  readonly reference: string;
  /** The corpus's own records of this layer as prediction lines, or null when the corpus has no gold annotations for it. */
  gold(corpus: Corpus): readonly Line[] | null;
  /** Reads and checks one prediction line (throws a line error naming the field). */
  parse(line: Line, ctx: ParseContext): R;
  /** Additive counts of one article: gold and predicted records of that article only. */
  count(gold: readonly R[], predicted: readonly R[], text: string): Counts;
  readonly metrics: readonly MetricSpec[];
  /** Computes every metric of `metrics` from counts; null where a metric is undefined (nothing to measure). */
  compute(counts: Counts): Record<string, number | null>;
  readonly confusions?: readonly ConfusionSpec[];
  /** Reads a non-JSONL prediction file (the SemEval span TSV for techniques); null when the text is not in that format. */
  parseOther?(text: string, ctx: Omit<ParseContext, 'line'>): { line: number; record: Line }[] | null;
}
