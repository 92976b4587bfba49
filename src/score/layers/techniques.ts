// Persuasion techniques and labels: scored with the PTC partial-credit span measure against the
// corpus's framing layer.
import { LABEL_NAMES, TECHNIQUES } from '../labels.js';
import type { LayerScorer } from '../layer.js';
import { lineError, own, readArticle, readLabel, readSpan } from '../parse.js';
import type { Range } from '../spans.js';
import { parseSpanTsv, ptcCounts, ptcScores, type TechniqueSpan } from './ptc.js';

const metrics = [
  { id: 'micro_precision', label: 'PTC micro precision (partial credit)' },
  { id: 'micro_recall', label: 'PTC micro recall (partial credit)' },
  { id: 'micro_f1', label: 'PTC micro F1' },
] as const;

function compute(c: Record<string, number>): Record<string, number | null> {
  const { micro, perTechnique } = ptcScores(c);
  const out: Record<string, number | null> = { micro_precision: micro.precision, micro_recall: micro.recall, micro_f1: micro.f1 };
  for (const [t, r] of Object.entries(perTechnique)) out[`f1|${t}`] = r.f1;
  return out;
}

export const techniques: LayerScorer<TechniqueSpan> = {
  name: 'techniques',
  title: 'Persuasion techniques (SemEval-2023 Task 3 labels)',
  reference: 'PTC / SemEval-2020 Task 11 span scorer: partial credit |s ∩ t| / |s| for precision and / |t| for recall, per technique and micro-averaged (Da San Martino et al. 2019)',
  gold: (corpus) => corpus.techniques.map((t) => ({ article: t.article, span: t.span, technique: t.technique })),
  parse(line, ctx) {
    const { article, text } = readArticle(line, ctx);
    const span = readSpan(line, 'span', 'span', article, text, ctx, true) as Range;
    const technique = readLabel(line, 'technique', TECHNIQUES, ctx);
    if (technique === undefined) throw lineError(ctx, 'technique', `required: one of ${TECHNIQUES.join(', ')}`, own(line, 'technique'));
    return { article, span, technique: technique as string };
  },
  parseOther: (text, ctx) => parseSpanTsv(text, TECHNIQUES, ctx),
  count: (gold, predicted) => ptcCounts(gold, predicted),
  metrics,
  compute,
};

export const labels: LayerScorer<TechniqueSpan> = {
  name: 'labels',
  title: 'Labels: noun phrases that name the unrest and its actors',
  reference: 'PTC partial-credit span measure per normalised label and micro-averaged, as for techniques',
  gold: (corpus) => corpus.labels.map((l) => ({ article: l.article, span: l.span, label: l.label })),
  parse(line, ctx) {
    const { article, text } = readArticle(line, ctx);
    const span = readSpan(line, 'span', 'span', article, text, ctx, true) as Range;
    const label = readLabel(line, 'label', LABEL_NAMES, ctx);
    if (label === undefined) throw lineError(ctx, 'label', `required: one of ${LABEL_NAMES.join(', ')}`, own(line, 'label'));
    return { article, span, technique: label as string };
  },
  count: (gold, predicted) => ptcCounts(gold, predicted),
  metrics,
  compute,
};
