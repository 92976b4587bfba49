// Segments: which characters are article content (the boilerplate-removal benchmark).
import { bump, type Counts, get, prf, ratio } from '../counts.js';
import type { LayerScorer } from '../layer.js';
import { has, lineError, own, readArticle, readSpan } from '../parse.js';
import { mergeRanges, type Range } from '../spans.js';

export interface SegmentPrediction {
  readonly article: string;
  readonly span: Range;
  readonly content: boolean;
}

/** Marks the characters covered by the ranges. */
function mask(length: number, ranges: readonly Range[]): Uint8Array {
  const m = new Uint8Array(length);
  for (const r of mergeRanges(ranges)) m.fill(1, r.start, r.end);
  return m;
}

export const segments: LayerScorer<SegmentPrediction> = {
  name: 'segments',
  title: 'Segments: article content vs page furniture (boilerplate removal)',
  reference: 'character-level precision/recall/F1 of the content class, as in boilerplate-removal evaluations (CleanEval; Kohlschütter et al. 2010), whitespace not scored',
  gold: (corpus) => corpus.articles.flatMap((a) => a.segments.map((s) => ({ article: a.id, span: s.span, content: s.content }))),
  parse(line, ctx) {
    const { article, text } = readArticle(line, ctx);
    const span = readSpan(line, 'span', 'span', article, text, ctx, true) as Range;
    if (!has(line, 'content') || typeof own(line, 'content') !== 'boolean') {
      throw lineError(ctx, 'content', `required: true (the span is article content) or false (page furniture), got ${JSON.stringify(own(line, 'content')) ?? 'nothing'}`, own(line, 'content'));
    }
    return { article, span, content: own(line, 'content') as boolean };
  },
  count(gold, predicted, text) {
    // A character is predicted content when a predicted segment marked content covers it; segments
    // marked `content: false`, and characters no segment covers, are predicted non-content.
    const g = mask(text.length, gold.filter((s) => s.content).map((s) => s.span));
    const p = mask(text.length, predicted.filter((s) => s.content).map((s) => s.span));
    const c: Counts = {};
    for (let i = 0; i < text.length; i++) {
      // Whitespace is not scored: where a paragraph break falls is not a content decision.
      if (/\s/u.test(text[i] as string)) continue;
      bump(c, `${g[i] ? 'g' : '-'}${p[i] ? 'p' : '-'}`);
    }
    return c;
  },
  metrics: [
    { id: 'precision', label: 'content precision (chars)' },
    { id: 'recall', label: 'content recall (chars)' },
    { id: 'f1', label: 'content F1 (chars)' },
    { id: 'accuracy', label: 'character accuracy' },
  ],
  compute(c) {
    const tp = get(c, 'gp');
    const { precision, recall, f1 } = prf(tp, tp + get(c, '-p'), tp, tp + get(c, 'g-'));
    return { precision, recall, f1, accuracy: ratio(tp + get(c, '--'), tp + get(c, '-p') + get(c, 'g-') + get(c, '--')) };
  },
};
