// Citations: Citron-style components anchored on the cue, plus speaker and mode.
import { cell, type Counts, get, macroF1, NONE, prf, ratio } from '../counts.js';
import { CITATION_MODES } from '../labels.js';
import type { LayerScorer } from '../layer.js';
import { has, lineError, own, readArticle, readId, readLabel, readSpan, checkSpan } from '../parse.js';
import { intersectionSize, overlap, overlapOfLists, type Range, sameRange, sameRanges, tokenSet } from '../spans.js';

export interface CitationPrediction {
  readonly article: string;
  /** The cue (reporting verb) span, or null when there is none. */
  readonly cue: Range | null;
  /** The speaker span as a list (empty when none), as Citron's source spans. */
  readonly source: readonly Range[];
  /** Content spans, in text order. */
  readonly content: readonly Range[];
  readonly speaker: string | null | undefined;
  readonly mode: string | undefined;
}

/** True when `a` is greater than `b` in lexicographic order. */
const lexGreater = (a: readonly number[], b: readonly number[]): boolean => {
  for (const [k, x] of a.entries()) if (x !== b[k]) return x > (b[k] as number);
  return false;
};

const sortRanges = (list: Range[]) => list.sort((a, b) => a.start - b.start || a.end - b.end);

/**
 * A prediction is anchored to a gold citation when their cues overlap (Citron); citations without a
 * cue (bare quotations, scare quotes) are anchored to each other when their contents overlap.
 */
export function anchored(p: CitationPrediction, g: CitationPrediction): boolean {
  if (p.cue && g.cue) return overlap(p.cue, g.cue) > 0;
  if (!p.cue && !g.cue) return overlapOfLists(p.content, g.content) > 0;
  return false;
}

const key = (c: CitationPrediction) => JSON.stringify([c.cue?.start ?? -1, c.cue?.end ?? -1, c.content.map((r) => [r.start, r.end]), c.source.map((r) => [r.start, r.end]), c.speaker ?? null, c.mode ?? null]);

export const citations: LayerScorer<CitationPrediction> = {
  name: 'citations',
  title: 'Citations: who said what (cue, source, content, speaker, mode)',
  reference: 'BBC Citron (citron/metrics.py): cue exact and token-overlap P/R/F1; source and content exact and overlap P/R/F1 counted only for predictions whose cue overlaps a gold cue; speaker-entity accuracy and mode macro-F1 on anchored pairs',
  gold: (corpus) => corpus.citations.map((c) => ({ article: c.article, cue: c.cue, speakerSpan: c.speakerSpan, content: c.content, speaker: c.speaker, mode: c.mode })),
  parse(line, ctx) {
    const { article, text } = readArticle(line, ctx);
    // The cue: nested as {verb, span} (corpus.json) or flat cue_span_start/cue_span_end/cue_span_text (the table exports).
    let cue: Range | null = null;
    if (has(line, 'cue') && (has(line, 'cue_span_start') || has(line, 'cue_span_end'))) throw lineError(ctx, 'cue', 'give the cue once: either "cue": {"verb", "span"} or "cue_span_start"/"cue_span_end"/"cue_span_text", not both', own(line, 'cue'));
    if (has(line, 'cue')) {
      const v = own(line, 'cue');
      if (v !== null) {
        if (typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, 'span')) throw lineError(ctx, 'cue', `expected {"verb": <string>, "span": {"start", "end", "text"}} or null, got ${JSON.stringify(v)}`, v);
        cue = checkSpan((v as Record<string, unknown>).span, 'cue.span', text, article, ctx);
      }
    } else {
      cue = (readSpan(line, 'cue_span', 'cue_span', article, text, ctx, false) as Range | null | undefined) ?? null;
    }
    const speakerSpan = readSpan(line, 'speakerSpan', 'speaker_span', article, text, ctx, false) ?? null;
    let content: Range[] = [];
    if (has(line, 'content')) {
      const v = own(line, 'content');
      if (!Array.isArray(v)) throw lineError(ctx, 'content', `expected an array of span objects [{"start", "end", "text"}, ...], got ${JSON.stringify(v)}`, v);
      content = sortRanges(v.map((s, i) => checkSpan(s, `content[${i}]`, text, article, ctx)));
    }
    if (!cue && content.length === 0) throw lineError(ctx, 'content', 'a citation needs a cue span or at least one content span (both are missing or empty)', own(line, 'content'));
    return {
      article, cue, content, source: speakerSpan ? [speakerSpan] : [],
      speaker: readId(line, 'speaker', 'entity', ctx, true),
      mode: readLabel(line, 'mode', CITATION_MODES, ctx) ?? undefined,
    };
  },
  count(goldIn, predictedIn, text) {
    const gold = [...goldIn].sort((a, b) => key(a).localeCompare(key(b)));
    const predicted = [...predictedIn].sort((a, b) => key(a).localeCompare(key(b)));
    const c: Counts = { gold: gold.length, predicted: predicted.length };
    const anchors = predicted.map((p) => gold.filter((g) => anchored(p, g)));
    const anchorsOfGold = gold.map((g) => predicted.filter((p) => anchored(p, g)));
    // Exact matches, Citron's way: a prediction is a true positive when some gold citation matches
    // it, a gold citation a false negative when no prediction does.
    const goldCues = gold.filter((g) => g.cue);
    const predCues = predicted.filter((p) => p.cue);
    c.cue_gold = goldCues.length;
    c.cue_predicted = predCues.length;
    c.cue_exact_p = predCues.filter((p) => goldCues.some((g) => sameRange(p.cue as Range, g.cue as Range))).length;
    c.cue_exact_g = goldCues.filter((g) => predCues.some((p) => sameRange(p.cue as Range, g.cue as Range))).length;
    const tCue = (list: readonly CitationPrediction[]) => tokenSet(text, list.flatMap((x) => (x.cue ? [x.cue] : [])));
    const gCueTokens = tCue(gold);
    const pCueTokens = tCue(predicted);
    c.cue_tok_p = pCueTokens.size;
    c.cue_tok_g = gCueTokens.size;
    c.cue_tok_both = intersectionSize(pCueTokens, gCueTokens);
    for (const part of ['source', 'content'] as const) {
      c[`${part}_exact_p`] = predicted.filter((p, j) => (anchors[j] as CitationPrediction[]).some((g) => sameRanges(p[part], g[part]))).length;
      c[`${part}_exact_g`] = gold.filter((g, i) => (anchorsOfGold[i] as CitationPrediction[]).some((p) => sameRanges(p[part], g[part]))).length;
      // Token overlap, counted only against anchored citations (each token once per citation).
      let tokP = 0;
      let hitP = 0;
      for (const [j, p] of predicted.entries()) {
        const mine = tokenSet(text, p[part]);
        const theirs = tokenSet(text, (anchors[j] as CitationPrediction[]).flatMap((g) => g[part]));
        tokP += mine.size;
        hitP += intersectionSize(mine, theirs);
      }
      let tokG = 0;
      let hitG = 0;
      for (const [i, g] of gold.entries()) {
        const mine = tokenSet(text, g[part]);
        const theirs = tokenSet(text, (anchorsOfGold[i] as CitationPrediction[]).flatMap((p) => p[part]));
        tokG += mine.size;
        hitG += intersectionSize(mine, theirs);
      }
      Object.assign(c, { [`${part}_tok_p`]: tokP, [`${part}_tok_hit_p`]: hitP, [`${part}_tok_g`]: tokG, [`${part}_tok_hit_g`]: hitG });
    }
    // Speaker and mode: each gold citation paired with its best anchored prediction (identical content
    // first, then most content overlap, then most cue overlap), one prediction per gold citation.
    const used = new Set<number>();
    let pairs = 0;
    let speakerCorrect = 0;
    for (const g of gold) {
      let pick = -1;
      let pickScore: number[] = [];
      for (const [j, p] of predicted.entries()) {
        if (used.has(j) || !anchored(p, g)) continue;
        const score = [sameRanges(p.content, g.content) ? 1 : 0, overlapOfLists(p.content, g.content), p.cue && g.cue ? overlap(p.cue, g.cue) : 0];
        const better = pick === -1 || lexGreater(score, pickScore);
        if (better) {
          pick = j;
          pickScore = score;
        }
      }
      if (pick === -1) {
        c[cell('mode', g.mode as string, NONE)] = get(c, cell('mode', g.mode as string, NONE)) + 1;
        continue;
      }
      used.add(pick);
      const p = predicted[pick] as CitationPrediction;
      pairs++;
      if (p.speaker !== undefined && p.speaker === g.speaker) speakerCorrect++;
      const k = cell('mode', g.mode as string, p.mode ?? NONE);
      c[k] = get(c, k) + 1;
    }
    for (const [j, p] of predicted.entries()) {
      if (used.has(j) || p.mode === undefined) continue;
      const k = cell('mode', NONE, p.mode);
      c[k] = get(c, k) + 1;
    }
    c.pairs = pairs;
    c.speaker_correct = speakerCorrect;
    return c;
  },
  metrics: [
    { id: 'cue_exact_precision', label: 'cue exact: precision' },
    { id: 'cue_exact_recall', label: 'cue exact: recall' },
    { id: 'cue_exact_f1', label: 'cue exact: F1' },
    { id: 'cue_overlap_precision', label: 'cue overlap: precision' },
    { id: 'cue_overlap_recall', label: 'cue overlap: recall' },
    { id: 'cue_overlap_f1', label: 'cue overlap: F1' },
    ...(['source', 'content'] as const).flatMap((part) => [
      { id: `${part}_exact_precision`, label: `${part} exact: precision` },
      { id: `${part}_exact_recall`, label: `${part} exact: recall` },
      { id: `${part}_exact_f1`, label: `${part} exact: F1` },
      { id: `${part}_overlap_precision`, label: `${part} overlap: precision` },
      { id: `${part}_overlap_recall`, label: `${part} overlap: recall` },
      { id: `${part}_overlap_f1`, label: `${part} overlap: F1` },
    ]),
    { id: 'speaker_accuracy', label: 'speaker entity accuracy (anchored pairs)' },
    { id: 'mode_macro_f1', label: 'mode macro-F1' },
    { id: 'mode_accuracy', label: 'mode accuracy' },
  ],
  compute(c) {
    const out: Record<string, number | null> = {};
    const put = (prefix: string, r: { precision: number | null; recall: number | null; f1: number | null }) => {
      out[`${prefix}_precision`] = r.precision;
      out[`${prefix}_recall`] = r.recall;
      out[`${prefix}_f1`] = r.f1;
    };
    put('cue_exact', prf(get(c, 'cue_exact_p'), get(c, 'cue_predicted'), get(c, 'cue_exact_g'), get(c, 'cue_gold')));
    put('cue_overlap', prf(get(c, 'cue_tok_both'), get(c, 'cue_tok_p'), get(c, 'cue_tok_both'), get(c, 'cue_tok_g')));
    for (const part of ['source', 'content']) {
      put(`${part}_exact`, prf(get(c, `${part}_exact_p`), get(c, 'predicted'), get(c, `${part}_exact_g`), get(c, 'gold')));
      put(`${part}_overlap`, prf(get(c, `${part}_tok_hit_p`), get(c, `${part}_tok_p`), get(c, `${part}_tok_hit_g`), get(c, `${part}_tok_g`)));
    }
    out.speaker_accuracy = ratio(get(c, 'speaker_correct'), get(c, 'pairs'));
    const m = macroF1(c, 'mode', CITATION_MODES);
    out.mode_macro_f1 = m.macroF1;
    out.mode_accuracy = m.accuracy;
    return out;
  },
  confusions: [{ prefix: 'mode', title: 'mode (rows gold, columns predicted)', labels: CITATION_MODES }],
};
