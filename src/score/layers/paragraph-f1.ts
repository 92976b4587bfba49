// SemEval-2023 Task 3 subtask 3 (persuasion techniques, paragraph level): micro-averaged F1 over
// (paragraph, technique) pairs. For the techniques layer once it has gold; tested on hand-made gold.
import { prf } from '../counts.js';

/** The techniques a system (or the gold) assigns to one paragraph. */
export interface ParagraphLabels {
  readonly article: string;
  /** Paragraph index (or ID) within the article. */
  readonly paragraph: string | number;
  readonly labels: readonly string[];
}

/**
 * Micro-averaged precision, recall and F1 of multi-label paragraph classification, as the
 * SemEval-2023 Task 3 scorer computes them (scikit-learn's `f1_score(average="micro")` over the
 * binarised labels): a true positive is a (paragraph, technique) pair in both gold and prediction.
 * A paragraph missing from the predictions predicts no technique; duplicate labels count once.
 */
export function paragraphMicroF1(gold: readonly ParagraphLabels[], predicted: readonly ParagraphLabels[]): ReturnType<typeof prf> {
  const pairs = (list: readonly ParagraphLabels[]) => new Set(list.flatMap((p) => p.labels.map((l) => JSON.stringify([p.article, String(p.paragraph), l]))));
  const g = pairs(gold);
  const p = pairs(predicted);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return prf(tp, p.size, tp, g.size);
}
