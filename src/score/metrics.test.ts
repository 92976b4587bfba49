// Small hand-computed cases for each metric, checked against the definitions of the reference
// scorers (the expected numbers are worked out in the comments, not produced by the code).
import { describe, expect, it } from 'vitest';
import { bootstrap, percentile, seededRandom } from './bootstrap.js';
import { cell, macroF1, NONE } from './counts.js';
import { scoreRecords } from './evaluate.js';
import type { LayerScorer } from './layer.js';
import { averagePrecisionAt, reciprocalRank } from './layers/claim-mentions.js';
import { parseSpanTsv, ptcCounts, ptcScores } from './layers/ptc.js';
import type { Line, ParseContext } from './parse.js';
import { LAYERS } from './registry.js';
import { TECHNIQUES } from './labels.js';

const ctxFor = (text: string): Omit<ParseContext, 'line'> => ({
  texts: new Map([['a', text]]),
  ids: { entity: new Set(['xi', 'wang', 'kz', 'csto']), claim: new Set(['c1', 'c2', 'c3', 'c4']) },
  entityKinds: new Map([['xi', 'person'], ['wang', 'person'], ['kz', 'place'], ['csto', 'organization']]),
});

function score(layerName: string, text: string, gold: Line[], predicted: Line[]) {
  const layer = LAYERS[layerName] as LayerScorer;
  const ctx = ctxFor(text);
  const read = (lines: Line[]) => lines.map((l, i) => layer.parse({ article: 'a', ...l }, { ...ctx, line: i + 1 }));
  return scoreRecords(layer, read(gold), read(predicted), ctx.texts);
}
const sp = (start: number, end: number) => ({ start, end });

describe('nervaluate modes (entity mentions)', () => {
  // Gold: person 0-5, organization 10-20, place 30-35. Predicted: person 0-5 (exact, right type),
  // organization 12-20 (overlap, right type), person 30-35 (exact span, wrong type), place 40-45 (spurious).
  const text = 'x'.repeat(50);
  const gold = [{ span: sp(0, 5), kind: 'person' }, { span: sp(10, 20), kind: 'organization' }, { span: sp(30, 35), kind: 'place' }];
  const pred = [{ span: sp(0, 5), kind: 'person' }, { span: sp(12, 20), kind: 'organization' }, { span: sp(30, 35), kind: 'person' }, { span: sp(40, 45), kind: 'place' }];
  const { metrics: m } = score('entity-mentions', text, gold, pred);
  it('strict: COR 1, INC 2, SPU 1 -> P 1/4, R 1/3', () => {
    expect(m.strict_precision).toBe(1 / 4);
    expect(m.strict_recall).toBe(1 / 3);
  });
  it('exact: COR 2 (boundaries only), INC 1, SPU 1 -> P 2/4, R 2/3', () => {
    expect(m.exact_precision).toBe(2 / 4);
    expect(m.exact_recall).toBe(2 / 3);
  });
  it('partial: COR 2, PAR 1, SPU 1 -> P (2 + 0.5)/4, R 2.5/3', () => {
    expect(m.partial_precision).toBe(2.5 / 4);
    expect(m.partial_recall).toBe(2.5 / 3);
  });
  it('type: COR 2 (overlap and type), INC 1, SPU 1 -> P 2/4, R 2/3; F1 the harmonic mean', () => {
    expect(m.type_precision).toBe(0.5);
    expect(m.type_recall).toBe(2 / 3);
    expect(m.type_f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3), 12);
  });
  it('linking: correct entity on an exact span; accuracy over exactly found mentions', () => {
    const r = score('entity-mentions', text, [{ span: sp(0, 5), entity: 'xi' }, { span: sp(10, 20), entity: 'csto' }, { span: sp(30, 35), entity: 'kz' }],
      [{ span: sp(0, 5), entity: 'wang' }, { span: sp(10, 20), entity: 'csto' }, { span: sp(31, 35), entity: 'kz' }]).metrics;
    // Exactly found: 0-5 (wrong entity) and 10-20 (right): accuracy 1/2. Linking P = 1/3 predictions, R = 1/3 gold.
    expect(r.linking_accuracy).toBe(0.5);
    expect(r.linking_precision).toBe(1 / 3);
    expect(r.linking_recall).toBe(1 / 3);
    // Types come from the linked entities: 0-5 person/person is strict-correct although the entity is wrong.
    expect(r.strict_recall).toBe(2 / 3);
  });
});

describe('PTC partial credit (SemEval-2020 Task 11)', () => {
  const A = 'Loaded_Language';
  const B = 'Flag_Waving';
  it('C(s,t,h) = |s ∩ t| / h, summed and divided by |S| for precision and |T| for recall', () => {
    // Gold t = A[0,10). Predicted s1 = A[5,15): C(s1,t,|s1|) = 5/10, C(s1,t,|t|) = 5/10; s2 = B[20,25) spurious.
    const c = ptcCounts([{ article: 'a', technique: A, span: sp(0, 10) }], [{ article: 'a', technique: A, span: sp(5, 15) }, { article: 'a', technique: B, span: sp(20, 25) }]);
    const { micro, perTechnique } = ptcScores(c);
    expect(micro.precision).toBe(0.5 / 2);
    expect(micro.recall).toBe(0.5);
    expect(micro.f1).toBeCloseTo((2 * 0.25 * 0.5) / 0.75, 12);
    expect(perTechnique[A]).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(perTechnique[B]).toEqual({ precision: 0, recall: null, f1: 0 });
  });
  it('a prediction with the wrong technique earns nothing (the δ of the definition)', () => {
    const { micro } = ptcScores(ptcCounts([{ article: 'a', technique: A, span: sp(0, 10) }], [{ article: 'a', technique: B, span: sp(0, 10) }]));
    expect([micro.precision, micro.recall]).toEqual([0, 0]);
  });
  it('a predicted span covering two gold spans gets recall credit for each: s = A[0,20), t1 = A[0,5), t2 = A[10,20)', () => {
    const { micro } = ptcScores(ptcCounts([{ article: 'a', technique: A, span: sp(0, 5) }, { article: 'a', technique: A, span: sp(10, 20) }], [{ article: 'a', technique: A, span: sp(0, 20) }]));
    expect(micro.precision).toBe(15 / 20);
    expect(micro.recall).toBe((1 + 1) / 2);
  });
  it('the SemEval span TSV is read; a bad line names its number, field and the valid values', () => {
    const ctx = ctxFor('0123456789 abcdefghij');
    expect(parseSpanTsv(`a\t${A}\t0\t10\n\na\t${B}\t11\t21\n`, TECHNIQUES, ctx)).toEqual([
      { line: 1, record: { article: 'a', technique: A, span: { start: 0, end: 10 } } },
      { line: 3, record: { article: 'a', technique: B, span: { start: 11, end: 21 } } },
    ]);
    expect(parseSpanTsv('{"article":"a"}', TECHNIQUES, ctx)).toBeNull();
    expect(() => parseSpanTsv(`a\t${A}\t0\n`, TECHNIQUES, ctx)).toThrow(/^line 1: field "columns": expected 4 tab-separated columns/);
    expect(() => parseSpanTsv(`a\t${A}\t0\t5\na\tLoaded Language\t0\t5\n`, TECHNIQUES, ctx)).toThrow(/^line 2: field "technique": unknown label "Loaded Language"; valid: Name_Calling-Labeling/);
    expect(() => parseSpanTsv(`b\t${A}\t0\t5\n`, TECHNIQUES, ctx)).toThrow(/^line 1: field "article": "b" is not an article ID/);
    expect(() => parseSpanTsv(`a\t${A}\tx\t5\n`, TECHNIQUES, ctx)).toThrow(/^line 1: field "start": expected a whole number/);
  });
});

describe('MAP@5 and MRR (trec_eval, as the CheckThat! claim-retrieval scorers compute them)', () => {
  it('AP@5 sums precision at each relevant rank and divides by the number of relevant claims', () => {
    // Ranking x a y b, relevant {a, b}: (1/2 + 2/4) / 2 = 0.5.
    expect(averagePrecisionAt(['x', 'a', 'y', 'b'], new Set(['a', 'b']))).toBe(0.5);
    // A relevant claim never ranked still counts in the denominator: (1/2 + 2/4) / 3.
    expect(averagePrecisionAt(['x', 'a', 'y', 'b'], new Set(['a', 'b', 'c']))).toBeCloseTo(1 / 3, 12);
    // Ranks beyond 5 earn nothing.
    expect(averagePrecisionAt(['1', '2', '3', '4', '5', 'a'], new Set(['a']))).toBe(0);
    expect(reciprocalRank(['x', 'y', 'a'], new Set(['a']))).toBe(1 / 3);
    expect(reciprocalRank(['x'], new Set(['a']))).toBe(0);
  });
  it('per gold span, the ranking of the predicted span overlapping it most; lines with one span pool their candidates', () => {
    const text = 'x'.repeat(100);
    const gold = [{ span: sp(0, 10), claim: 'c1' }, { span: sp(0, 10), claim: 'c2' }, { span: sp(50, 60), claim: 'c3' }];
    // Span 0-10: candidates c3, c1 (line 1) and c2 (line 2, rank 1) pool to c2, c3 tied at rank 1
    // (c2 first by ID), then c1 -> relevant {c1, c2} at ranks 1 and 3: AP = (1 + 2/3) / 2, RR = 1.
    // Span 50-60: the prediction 52-58 ranks c4 then c3: AP = (1/2) / 1, RR = 1/2.
    const { metrics } = score('claim-mentions', text, gold, [
      { span: sp(0, 10), candidates: ['c3', 'c1'] }, { span: sp(0, 10), claim: 'c2' }, { span: sp(52, 58), candidates: ['c4', 'c3'] },
    ]);
    expect(metrics.map_at_5).toBeCloseTo(((1 + 2 / 3) / 2 + 0.5) / 2, 12);
    expect(metrics.mrr).toBeCloseTo((1 + 0.5) / 2, 12);
  });
});

describe('macro-F1 with the confusion matrix', () => {
  it('per label F1 = 2TP / (2TP + FP + FN), averaged over the labels seen; a missed gold record is a false negative', () => {
    // gold asserts -> asserts x2, asserts -> reports x1, reports -> reports x1, disputes -> (none) x1.
    const c = { [cell('s', 'asserts', 'asserts')]: 2, [cell('s', 'asserts', 'reports')]: 1, [cell('s', 'reports', 'reports')]: 1, [cell('s', 'disputes', NONE)]: 1 };
    const r = macroF1(c, 's', ['asserts', 'reports', 'disputes', 'questions']);
    // asserts: 4/(4+0+1) = 0.8; reports: 2/(2+1+0) = 2/3; disputes: 0/(0+0+1) = 0; questions unseen.
    expect(r.perLabel).toEqual({ asserts: 0.8, reports: 2 / 3, disputes: 0 });
    expect(r.macroF1).toBeCloseTo((0.8 + 2 / 3 + 0) / 3, 12);
    expect(r.accuracy).toBe(3 / 5);
  });
  it('stance over claim mentions: a prediction pairs with the gold mention of the same claim it overlaps', () => {
    const text = 'x'.repeat(100);
    const { metrics } = score('claim-mentions', text,
      [{ span: sp(0, 10), claim: 'c1', stance: 'asserts' }, { span: sp(20, 30), claim: 'c2', stance: 'reports' }],
      [{ span: sp(0, 10), claim: 'c1', stance: 'asserts' }, { span: sp(20, 30), claim: 'c3', stance: 'reports' }]);
    // c1 paired (asserts/asserts); c2 missed (reports -> none); the c3 line is spurious (none -> reports).
    // asserts F1 1, reports F1 0 -> macro 0.5; accuracy 1/2.
    expect(metrics.stance_macro_f1).toBe(0.5);
    expect(metrics.stance_accuracy).toBe(0.5);
  });
});

describe('MeasEval-style figures', () => {
  const text = 'Police held about 2,500 people and 26 more on Friday.';
  // "about 2,500" = 12-23, "2,500" = 18-23, "26" = 35-37.
  it('pinned by overlap, then exact match and token F1 per component, with penalty rows for unmatched records', () => {
    const { metrics } = score('figures', text,
      [{ span: sp(12, 23), value: 2500, unit: 'people', qualifier: 'approximately' }, { span: sp(35, 37), value: 26, unit: 'people', qualifier: 'exact' }],
      [{ span: sp(18, 23), value: 2500, unit: 'people', qualifier: 'exact' }, { span: sp(0, 6), value: 1, unit: 'people', qualifier: 'exact' }]);
    // One pinned pair (2,500 -> about 2,500), one gold only (26), one prediction only (Police): 3 rows.
    // Token F1 of "2,500" (2 , 500) against "about 2,500" (about 2 , 500): P 1, R 3/4 -> 6/7.
    expect(metrics.precision).toBe(0.5);
    expect(metrics.recall).toBe(0.5);
    expect(metrics.span_exact).toBe(0);
    expect(metrics.span_f1).toBeCloseTo(6 / 7 / 3, 12);
    expect(metrics.value).toBeCloseTo(1 / 3, 12);
    expect(metrics.qualifier).toBe(0);
    expect(metrics.measure).toBe(0);
  });
  it('of two predictions on one gold figure, the larger overlap is the match and the other a penalty row', () => {
    const { metrics } = score('figures', text, [{ span: sp(12, 23), value: 2500 }], [{ span: sp(18, 23), value: 2500 }, { span: sp(12, 23), value: 2500 }]);
    expect(metrics.span_exact).toBe(1 / 2);
    expect(metrics.precision).toBe(1 / 2);
    expect(metrics.recall).toBe(1);
  });
});

describe('Citron-style citations', () => {
  const text = 'Wang said that the unrest was organized. "It was a color revolution," Xi stressed.';
  // Wang 0-4, said 5-9, content 15-39; quote inner 42-68 (with its comma); Xi 70-72; stressed 73-81.
  const gold = [
    { cue: { verb: 'say', span: sp(5, 9) }, speakerSpan: sp(0, 4), content: [sp(15, 39)], speaker: 'wang', mode: 'indirect' },
    { cue: { verb: 'stress', span: sp(73, 81) }, speakerSpan: sp(70, 72), content: [sp(42, 68)], speaker: 'xi', mode: 'direct' },
  ];
  it('cue exact, source and content counted only with an overlapping cue', () => {
    const { metrics } = score('citations', text, gold, [
      // Right cue, content one token short ("the unrest was" 15-29 of "the unrest was organized" 15-39), right speaker.
      { cue: { verb: 'say', span: sp(5, 9) }, speakerSpan: sp(0, 4), content: [sp(15, 29)], speaker: 'wang', mode: 'indirect' },
      // The quote's exact content but a cue on "Xi" (70-72) that overlaps no gold cue: not anchored.
      { cue: { verb: 'x', span: sp(70, 72) }, content: [sp(42, 68)], mode: 'direct' },
    ]);
    // Cue exact: 1 of 2 predicted cues matches; 1 of 2 gold cues found.
    expect([metrics.cue_exact_precision, metrics.cue_exact_recall]).toEqual([0.5, 0.5]);
    // Content exact: the quote's content matches exactly but is not anchored, so it does not count: 0/2, 0/2.
    expect([metrics.content_exact_precision, metrics.content_exact_recall]).toEqual([0, 0]);
    // Content overlap tokens: prediction 1 has 3 tokens, all in its anchored gold; prediction 2 has 6
    // tokens (It was a color revolution ,), none anchored -> P 3/9. Gold 1 has 4 tokens, 3 found; gold 2 has 6, none -> R 3/10.
    expect(metrics.content_overlap_precision).toBeCloseTo(3 / 9, 12);
    expect(metrics.content_overlap_recall).toBeCloseTo(3 / 10, 12);
    // Source exact: prediction 1's speaker span matches its anchored gold: P 1/2, R 1/2.
    expect([metrics.source_exact_precision, metrics.source_exact_recall]).toEqual([0.5, 0.5]);
    expect(metrics.speaker_accuracy).toBe(1);
    // Mode: indirect paired correctly; direct gold missed; the unanchored direct prediction is spurious:
    // direct F1 0, indirect F1 1 -> 0.5.
    expect(metrics.mode_macro_f1).toBe(0.5);
  });
});

describe('segments (character level, whitespace not scored)', () => {
  it('everything predicted content: precision is the content share of the non-space characters', () => {
    const text = 'Home | Headline here\n\nBody text.';
    // Non-space characters: "Home|" 5 (not content), "Headline here" 12 and "Body text." 9 (content): 21 of 26.
    const { metrics } = score('segments', text, [{ span: sp(0, 7), content: false }, { span: sp(7, 20), content: true }, { span: sp(20, 22), content: false }, { span: sp(22, 32), content: true }], [{ span: sp(0, 32), content: true }]);
    expect(metrics.recall).toBe(1);
    expect(metrics.precision).toBe(21 / 26);
  });
});

describe('bootstrap machinery', () => {
  it('the PRNG is seeded: the same seed gives the same stream, a different seed another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
  it('percentiles interpolate linearly (NumPy default): the 25th of 1..5 is 2, the 2.5th is 1.1', () => {
    expect(percentile([1, 2, 3, 4, 5], 25)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5], 2.5)).toBeCloseTo(1.1, 12);
  });
  it('identical articles give a zero-width interval at the value', () => {
    const ci = bootstrap([{ tp: 1, n: 2 }, { tp: 1, n: 2 }, { tp: 1, n: 2 }], (c) => ({ r: (c.tp as number) / (c.n as number) }), 200);
    expect(ci.r).toEqual([0.5, 0.5]);
  });
});

describe('SemEval-2023 Task 3 paragraph-level micro-F1', () => {
  it('counts (paragraph, technique) pairs: TP 2, FP 1, FN 2 -> P 2/3, R 2/4', async () => {
    const { paragraphMicroF1 } = await import('./layers/paragraph-f1.js');
    const gold = [{ article: 'a', paragraph: 0, labels: ['Loaded_Language', 'Flag_Waving'] }, { article: 'a', paragraph: 1, labels: ['Doubt', 'Slogans'] }];
    const predicted = [{ article: 'a', paragraph: 0, labels: ['Loaded_Language', 'Loaded_Language', 'Slogans'] }, { article: 'a', paragraph: 1, labels: ['Doubt'] }];
    const r = paragraphMicroF1(gold, predicted);
    expect(r.precision).toBe(2 / 3);
    expect(r.recall).toBe(2 / 4);
    expect(r.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5), 12);
    // A paragraph index is the same paragraph whether written as a number or a string.
    expect(paragraphMicroF1(gold, gold.map((p) => ({ ...p, paragraph: String(p.paragraph) })))).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
