// Entity mentions: nervaluate's four matching modes, plus entity linking.
import { type Counts, get, prf, ratio } from '../counts.js';
import { ENTITY_KINDS } from '../labels.js';
import type { LayerScorer } from '../layer.js';
import { lineError, readArticle, readId, readLabel, readSpan } from '../parse.js';
import { overlap, type Range, sameRange } from '../spans.js';

export interface EntityMentionPrediction {
  readonly article: string;
  readonly span: Range;
  /** The linked entity, null for a mention left unlinked, undefined when not predicted. */
  readonly entity: string | null | undefined;
  /** The entity kind (the mention's type): given, or the kind of the linked entity. */
  readonly type: string | undefined;
}

type Outcome = 'cor' | 'inc' | 'par';
type Mode = 'strict' | 'exact' | 'partial' | 'type';
const MODES: readonly Mode[] = ['strict', 'exact', 'partial', 'type'];

/** How a prediction fares against one gold mention in each mode, or null when they do not overlap. */
function outcome(mode: Mode, p: EntityMentionPrediction, g: EntityMentionPrediction): Outcome | null {
  if (overlap(p.span, g.span) === 0) return null;
  const exact = sameRange(p.span, g.span);
  const typed = p.type !== undefined && p.type === g.type;
  switch (mode) {
    case 'strict': return exact && typed ? 'cor' : 'inc';
    case 'exact': return exact ? 'cor' : 'inc';
    case 'partial': return exact ? 'cor' : 'par';
    case 'type': return typed ? 'cor' : 'inc';
  }
}

const RANK: Record<Outcome, number> = { cor: 0, par: 1, inc: 2 };
const byPosition = (a: EntityMentionPrediction, b: EntityMentionPrediction) =>
  a.span.start - b.span.start || a.span.end - b.span.end || String(a.type).localeCompare(String(b.type)) || String(a.entity).localeCompare(String(b.entity));

export const entityMentions: LayerScorer<EntityMentionPrediction> = {
  name: 'entity-mentions',
  title: 'Entity mentions: recognition (nervaluate modes) and linking',
  reference: 'nervaluate (Batista; SemEval-2013 Task 9.1 modes strict, exact, partial, type; one-to-one matching as in nervaluate 1.x); linking as GERBIL strong annotation match, plus disambiguation accuracy on exactly found mentions',
  gold: (corpus) => corpus.entityMentions.map((m) => ({ article: m.article, span: m.span, entity: m.entity })),
  parse(line, ctx) {
    const { article, text } = readArticle(line, ctx);
    const span = readSpan(line, 'span', 'span', article, text, ctx, true) as Range;
    const entity = readId(line, 'entity', 'entity', ctx, true);
    const kind = readLabel(line, 'kind', ENTITY_KINDS, ctx);
    const linkedKind = typeof entity === 'string' ? ctx.entityKinds.get(entity) : undefined;
    if (kind && linkedKind && kind !== linkedKind) {
      throw lineError(ctx, 'kind', `"${kind}" contradicts the entity "${entity}", which is a ${linkedKind}; give the entity's kind or leave "kind" out`, kind);
    }
    return { article, span, entity, type: kind ?? linkedKind };
  },
  count(gold, predicted) {
    const c: Counts = { gold: gold.length, predicted: predicted.length };
    const golds = [...gold].sort(byPosition);
    const preds = [...predicted].sort(byPosition);
    for (const mode of MODES) {
      // One-to-one, predictions in text order: each takes the free gold mention it matches best
      // (correct before partial before incorrect, then text order).
      const taken = new Set<number>();
      for (const p of preds) {
        let best = -1;
        let bestOutcome: Outcome | null = null;
        for (const [i, g] of golds.entries()) {
          if (taken.has(i)) continue;
          const o = outcome(mode, p, g);
          if (o !== null && (bestOutcome === null || RANK[o] < RANK[bestOutcome])) {
            best = i;
            bestOutcome = o;
          }
        }
        if (bestOutcome === null) c[`${mode}_spu`] = get(c, `${mode}_spu`) + 1;
        else {
          taken.add(best);
          c[`${mode}_${bestOutcome}`] = get(c, `${mode}_${bestOutcome}`) + 1;
        }
      }
      c[`${mode}_mis`] = golds.length - taken.size;
    }
    // Linking: a gold mention is linked correctly when a prediction with exactly its span names its entity.
    const usedPred = new Set<number>();
    let attempted = 0;
    let correct = 0;
    for (const g of golds) {
      let pick = -1;
      for (const [j, p] of preds.entries()) {
        if (usedPred.has(j) || !sameRange(p.span, g.span) || typeof p.entity !== 'string') continue;
        if (pick === -1 || (p.entity === g.entity && (preds[pick] as EntityMentionPrediction).entity !== g.entity)) pick = j;
      }
      if (pick === -1) continue;
      usedPred.add(pick);
      attempted++;
      if ((preds[pick] as EntityMentionPrediction).entity === g.entity) correct++;
    }
    c.link_attempted = attempted;
    c.link_correct = correct;
    c.link_predicted = preds.filter((p) => typeof p.entity === 'string').length;
    return c;
  },
  metrics: [
    ...MODES.flatMap((m) => [
      { id: `${m}_precision`, label: `${m}: precision` },
      { id: `${m}_recall`, label: `${m}: recall` },
      { id: `${m}_f1`, label: `${m}: F1` },
    ]),
    { id: 'linking_precision', label: 'linking: precision' },
    { id: 'linking_recall', label: 'linking: recall' },
    { id: 'linking_f1', label: 'linking: F1' },
    { id: 'linking_accuracy', label: 'linking accuracy (exactly found mentions)' },
  ],
  compute(c) {
    const out: Record<string, number | null> = {};
    for (const m of MODES) {
      const cor = get(c, `${m}_cor`);
      const par = get(c, `${m}_par`);
      const actual = cor + par + get(c, `${m}_inc`) + get(c, `${m}_spu`);
      const possible = cor + par + get(c, `${m}_inc`) + get(c, `${m}_mis`);
      // nervaluate: partial matches earn half credit (they only occur in the partial mode).
      const credit = cor + 0.5 * par;
      const r = prf(credit, actual, credit, possible);
      out[`${m}_precision`] = r.precision;
      out[`${m}_recall`] = r.recall;
      out[`${m}_f1`] = r.f1;
    }
    const l = prf(get(c, 'link_correct'), get(c, 'link_predicted'), get(c, 'link_correct'), get(c, 'gold'));
    out.linking_precision = l.precision;
    out.linking_recall = l.recall;
    out.linking_f1 = l.f1;
    out.linking_accuracy = ratio(get(c, 'link_correct'), get(c, 'link_attempted'));
    return out;
  },
};
