import { corpus } from '../collections.js';
import { scoreWithCorpus, type ScoreOptions, type ScoreReport } from './evaluate.js';

/**
 * Scores a system's predictions for one annotation layer against the corpus, with the metrics of
 * the field's reference scorers and 95% bootstrap confidence intervals over articles (fixed seed,
 * so the same predictions always give the same report). The corpus is an evaluation set, not
 * training data.
 *
 * @param layer - `segments`, `entity-mentions`, `figures`, `citations`, `claim-mentions`, `labels` or `techniques`.
 * @param predictions - JSONL text: one JSON object per line in the corpus's record shape for the layer
 *   (as in `corpus.json` or the `dist/data/<layer>.ndjson` exports); only the fields a system predicts
 *   are needed. For `techniques`, the SemEval span TSV `article_id<TAB>technique<TAB>start<TAB>end` too.
 * @param options - `bootstrap` (resamples, default 1000; 0 for none) and `articles` (the articles to score).
 * @returns The report: `n`, each metric with `value` and `ci`, confusion matrices, the reference followed.
 * @throws {QantarCorpusError} A malformed line: the message names the line, the field and what is valid.
 *
 * @example
 * ```ts
 * import { scorePredictions } from 'qantar-corpus/score';
 * const lines = '{"article":"globaltimes-2022-01-10-wang-yi-call","span":{"start":0,"end":2906},"content":true}';
 * const report = scorePredictions('segments', lines, { articles: ['globaltimes-2022-01-10-wang-yi-call'], bootstrap: 0 });
 * console.log(report.metrics.find((m) => m.id === 'recall')?.value); //=> 1
 * ```
 */
export function scorePredictions(layer: string, predictions: string, options?: ScoreOptions): ScoreReport {
  if (typeof predictions !== 'string') throw new TypeError('predictions must be the text of the prediction file');
  return scoreWithCorpus(corpus, layer, predictions, options ?? {});
}
