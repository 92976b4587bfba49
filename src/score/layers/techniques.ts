// Persuasion techniques and labels: scored with the PTC measure once the corpus has gold
// annotations for them. Until then the layers are registered and report that there is no gold.
import { TECHNIQUES } from '../labels.js';
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
  // The corpus has no technique annotations in this version.
  gold: () => null,
  parse(line, ctx) {
    const { article, text } = readArticle(line, ctx);
    const span = readSpan(line, 'span', '', article, text, ctx, true) as Range;
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
  // The corpus has no label annotations (and so no label vocabulary) in this version.
  gold: () => null,
  parse(line, ctx) {
    const { article, text } = readArticle(line, ctx);
    const span = readSpan(line, 'span', '', article, text, ctx, true) as Range;
    const label = own(line, 'label');
    if (typeof label !== 'string' || label === '') throw lineError(ctx, 'label', `required: the normalised label, a non-empty string, got ${JSON.stringify(label)}`, label);
    return { article, span, technique: label };
  },
  count: (gold, predicted) => ptcCounts(gold, predicted),
  metrics,
  compute,
};
