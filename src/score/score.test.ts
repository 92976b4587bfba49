// Properties of the whole scorer on the real corpus: gold against itself, empty predictions, line
// order, shifted spans, dropped records. Predictions go through the same text path as a user's file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus, ndjsonExport, SCORED_LAYERS, shiftLine, toJsonl } from '../../test/support/score.js';
import { scoreWithCorpus } from './evaluate.js';
import { LAYERS } from './registry.js';
import { scorePredictions } from './score-predictions.js';

const goldLines = (layer: string) => (LAYERS[layer]?.gold(corpus) ?? []) as Record<string, unknown>[];
const values = (layer: string, lines: readonly unknown[], articles?: string[]) =>
  Object.fromEntries(scoreWithCorpus(corpus, layer, toJsonl(lines), { bootstrap: 0, ...(articles ? { articles } : {}) }).metrics.map((m) => [m.id, m.value]));
const textOf = (article: unknown) => corpus.articles.find((a) => a.id === article)?.text as string;
const articleIds = corpus.articles.map((a) => a.id);

describe('gold scored against itself', () => {
  for (const layer of SCORED_LAYERS) {
    it(`${layer}: every metric is 1, on any subset of articles`, () => {
      fc.assert(fc.property(fc.subarray(articleIds, { minLength: 1 }), (articles) => {
        const scores = values(layer, goldLines(layer), articles);
        for (const [id, v] of Object.entries(scores)) if (v !== null) expect([id, v]).toEqual([id, 1]);
        // The gold of every layer defines the headline metrics (the PTC layers have three: micro P, R, F1).
        expect(Object.values(scores).filter((v) => v !== null).length).toBeGreaterThanOrEqual(layer === 'labels' || layer === 'techniques' ? 3 : 4);
      }), { numRuns: 8 });
    });

    it(`${layer}: the NDJSON export (flat columns) scores 1 on every metric too`, async () => {
      const ndjson = await ndjsonExport(layer);
      const report = scoreWithCorpus(corpus, layer, ndjson, { bootstrap: 50 });
      for (const m of report.metrics) if (m.value !== null) expect([m.id, m.value, m.ci]).toEqual([m.id, 1, [1, 1]]);
      expect(report.n.predicted).toBe(report.n.gold);
    });
  }
});

describe('empty predictions', () => {
  for (const layer of SCORED_LAYERS) {
    it(`${layer}: every recall is 0 and no precision is claimed`, () => {
      const report = scorePredictions(layer, '\n', { bootstrap: 0 });
      const recalls = report.metrics.filter((m) => /recall/.test(m.id));
      expect(recalls.length).toBeGreaterThan(0);
      for (const m of recalls) expect([m.id, m.value]).toEqual([m.id, 0]);
      for (const m of report.metrics.filter((x) => /precision/.test(x.id))) expect([m.id, m.value]).toEqual([m.id, null]);
      expect(report.n.predicted).toBe(0);
    });
  }
});

/** Gold lines, some dropped and some shifted: a system's imperfect output. */
const imperfect = (layer: string) => fc.array(fc.constantFrom('keep', 'drop', 'shift'), { minLength: goldLines(layer).length, maxLength: goldLines(layer).length }).map((fate) =>
  goldLines(layer).flatMap((l, i) => (fate[i] === 'drop' ? [] : fate[i] === 'shift' ? [shiftLine(l, textOf(l.article), 1)] : [l])));

describe('scores do not depend on line order', () => {
  for (const layer of SCORED_LAYERS) {
    it(layer, () => {
      fc.assert(fc.property(imperfect(layer).chain((lines) => fc.tuple(fc.constant(lines), fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }))), ([lines, shuffled]) => {
        expect(values(layer, shuffled)).toEqual(values(layer, lines));
      }), { numRuns: 10 });
    });
  }
});

describe('shifting every span by one character', () => {
  // Metrics that need exact offsets fall; metrics that credit overlap stay high.
  const cases: Record<string, { exact: string[]; overlap: string[] }> = {
    segments: { exact: [], overlap: ['f1', 'precision', 'recall'] },
    'entity-mentions': { exact: ['strict_f1', 'exact_f1', 'linking_f1'], overlap: ['type_f1'] },
    figures: { exact: ['span_exact'], overlap: ['f1', 'span_f1', 'value', 'unit', 'qualifier'] },
    citations: { exact: ['cue_exact_f1', 'content_exact_f1', 'source_exact_f1'], overlap: ['cue_overlap_f1', 'content_overlap_f1', 'source_overlap_f1', 'speaker_accuracy'] },
    'claim-mentions': { exact: [], overlap: ['map_at_5', 'mrr', 'span_f1', 'stance_accuracy'] },
  };
  for (const layer of SCORED_LAYERS) {
    it(`${layer}: exact-match scores drop, overlap scores stay at 0.8 or more`, () => {
      const shifted = goldLines(layer).map((l) => shiftLine(l, textOf(l.article), 1));
      const scores = values(layer, shifted);
      for (const id of cases[layer]?.exact ?? []) expect(scores[id], id).toBeLessThan(0.5);
      for (const id of cases[layer]?.overlap ?? []) expect(scores[id], id).toBeGreaterThanOrEqual(0.8);
      // nervaluate's partial mode: every shifted mention is a partial match, worth half.
      if (layer === 'entity-mentions') expect(scores.partial_f1).toBe(0.5);
    });
  }
});

describe('dropping a fraction of the gold records from the predictions', () => {
  const recalls: Record<string, { id: string; tolerance: number }> = {
    'entity-mentions': { id: 'strict_recall', tolerance: 0 },
    figures: { id: 'recall', tolerance: 0 },
    citations: { id: 'content_exact_recall', tolerance: 0.05 },
  };
  for (const [layer, { id, tolerance }] of Object.entries(recalls)) {
    it(`${layer}: ${id} falls to about the fraction kept`, () => {
      const all = goldLines(layer);
      fc.assert(fc.property(fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }), (keep) => {
        const kept = all.filter((_, i) => keep[i]);
        const recall = values(layer, kept)[id] as number;
        expect(Math.abs(recall - kept.length / all.length)).toBeLessThanOrEqual(tolerance + 1e-9);
      }), { numRuns: 15 });
    });
  }
});

describe('bootstrap', () => {
  it('is reproducible: the same predictions give the same intervals, which contain the point estimate', () => {
    const lines = goldLines('figures').filter((_, i) => i % 3 !== 0);
    const a = scoreWithCorpus(corpus, 'figures', toJsonl(lines), { bootstrap: 300 });
    const b = scoreWithCorpus(corpus, 'figures', toJsonl([...lines].reverse()), { bootstrap: 300 });
    expect(a.metrics).toEqual(b.metrics);
    const recall = a.metrics.find((m) => m.id === 'recall');
    expect(recall?.ci?.[0]).toBeLessThanOrEqual(recall?.value as number);
    expect(recall?.ci?.[1]).toBeGreaterThanOrEqual(recall?.value as number);
    expect(recall?.ci?.[0]).toBeLessThan(recall?.ci?.[1] as number);
    expect(a.bootstrap).toEqual({ resamples: 300, seed: 20220105, unit: 'article' });
  });

  it('the documented example: a whole-text segment of one article has content recall 1', () => {
    const lines = '{"article":"globaltimes-2022-01-10-wang-yi-call","span":{"start":0,"end":2906},"content":true}';
    const report = scorePredictions('segments', lines, { articles: ['globaltimes-2022-01-10-wang-yi-call'], bootstrap: 0 });
    expect(report.metrics.find((m) => m.id === 'recall')?.value).toBe(1);
    expect(report.n).toEqual({ articles: 1, gold: corpus.articles.find((a) => a.id === 'globaltimes-2022-01-10-wang-yi-call')?.segments.length, predicted: 1, outsideEvaluationSet: 0 });
  });
});

describe('the framing layers', () => {
  it('techniques: the SemEval span TSV of the gold scores 1, a shifted copy scores less, and a bad label names the line', () => {
    const tsv = corpus.techniques.map((t) => `${t.article}\t${t.technique}\t${t.span.start}\t${t.span.end}`).join('\n');
    const report = scorePredictions('techniques', tsv);
    expect(report.hasGold).toBe(true);
    expect(report.metrics.find((m) => m.id === 'micro_f1')?.value).toBe(1);
    // Every predicted span one technique off: partial credit is 0 wherever the labels differ.
    const wrong = corpus.techniques.map((t) => `${t.article}\t${t.technique === 'Loaded_Language' ? 'Doubt' : 'Loaded_Language'}\t${t.span.start}\t${t.span.end}`).join('\n');
    expect(scorePredictions('techniques', wrong).metrics.find((m) => m.id === 'micro_f1')?.value).toBeLessThan(0.2);
    expect(() => scorePredictions('techniques', 'rt-2022-04-27-color-revolution-warning\tLoaded_language\t0\t10\n')).toThrow(/line 1: field "technique": unknown label "Loaded_language"; valid: .*Loaded_Language/);
  });

  it('labels: the gold records score 1, and a label outside the vocabulary names the line', () => {
    const report = scorePredictions('labels', toJsonl(corpus.labels));
    expect(report.metrics.find((m) => m.id === 'micro_f1')?.value).toBe(1);
    expect(() => scorePredictions('labels', '{"article":"rt-2022-04-27-color-revolution-warning","span":{"start":0,"end":4},"label":"thugs"}')).toThrow(/line 1: field "label": unknown label "thugs"/);
  });
});
