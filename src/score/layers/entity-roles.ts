// Entity roles (SemEval-2025 Task 10 subtask 1): for every gold entity mention that an article casts
// in a role, does the prediction give the same main role and the same fine-grained roles?
import { bump, get, prf, ratio, type Counts } from '../counts.js';
import { ENTITY_ROLE_TAXONOMY, FINE_ROLES, MAIN_ROLES } from '../labels.js';
import type { LayerScorer } from '../layer.js';
import { lineError, own, type Line, type ParseContext, readArticle, readLabel, readSpan } from '../parse.js';
import type { Range } from '../spans.js';

export interface RolePrediction {
  readonly article: string;
  readonly span: Range;
  readonly main: string;
  readonly fine: readonly string[];
}

const key = (r: { span: Range }) => `${r.span.start}-${r.span.end}`;

/** The main and fine roles given to each mention (one mention may be cast in two main roles, by two voices). */
function byMention(records: readonly RolePrediction[]): Map<string, { main: Set<string>; fine: Set<string> }> {
  const m = new Map<string, { main: Set<string>; fine: Set<string> }>();
  for (const r of records) {
    const k = key(r);
    if (!m.has(k)) m.set(k, { main: new Set(), fine: new Set() });
    const e = m.get(k)!;
    e.main.add(r.main);
    for (const f of r.fine) e.fine.add(f);
  }
  return m;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string> | undefined) => b !== undefined && a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Counts of one article, as the SemEval-2025 Task 10 subtask 1 scorer defines them: the exact match
 * ratio (EMR) over gold mentions (the fine-grained role set predicted for the mention equals the
 * gold set), main-role accuracy, and micro precision and recall over (mention, fine role) pairs.
 * A gold mention with no prediction counts as wrong; a prediction on a mention with no gold role
 * adds false positives.
 */
export function roleCounts(gold: readonly RolePrediction[], predicted: readonly RolePrediction[]): Counts {
  const c: Counts = {};
  const g = byMention(gold);
  const p = byMention(predicted);
  for (const [k, gm] of g) {
    bump(c, 'gold_mentions');
    const pm = p.get(k);
    if (sameSet(gm.fine, pm?.fine)) bump(c, 'fine_exact');
    if (sameSet(gm.main, pm?.main)) bump(c, 'main_exact');
    bump(c, 'fine_gold', gm.fine.size);
    for (const f of gm.fine) if (pm?.fine.has(f)) bump(c, 'fine_tp');
  }
  for (const pm of p.values()) bump(c, 'fine_predicted', pm.fine.size);
  return c;
}

const metrics = [
  { id: 'emr', label: 'Exact match ratio of fine-grained roles (the SemEval-2025 official metric)' },
  { id: 'main_accuracy', label: 'Main role accuracy (Protagonist, Antagonist, Innocent)' },
  { id: 'fine_micro_precision', label: 'Fine-grained roles, micro precision' },
  { id: 'fine_micro_recall', label: 'Fine-grained roles, micro recall' },
  { id: 'fine_micro_f1', label: 'Fine-grained roles, micro F1' },
] as const;

function compute(c: Counts): Record<string, number | null> {
  const fine = prf(get(c, 'fine_tp'), get(c, 'fine_predicted'), get(c, 'fine_tp'), get(c, 'fine_gold'));
  return {
    emr: ratio(get(c, 'fine_exact'), get(c, 'gold_mentions')),
    main_accuracy: ratio(get(c, 'main_exact'), get(c, 'gold_mentions')),
    fine_micro_precision: fine.precision,
    fine_micro_recall: fine.recall,
    fine_micro_f1: fine.f1,
  };
}

function readFine(line: Line, main: string, ctx: ParseContext): string[] {
  const v = own(line, 'fine');
  if (!Array.isArray(v) || v.length === 0) throw lineError(ctx, 'fine', `required: a non-empty array of fine-grained roles of ${main} (${ENTITY_ROLE_TAXONOMY[main as keyof typeof ENTITY_ROLE_TAXONOMY].join(', ')})`, v);
  const allowed: readonly string[] = ENTITY_ROLE_TAXONOMY[main as keyof typeof ENTITY_ROLE_TAXONOMY];
  return v.map((f, i) => {
    if (typeof f !== 'string' || !(FINE_ROLES as readonly string[]).includes(f)) throw lineError(ctx, `fine.${i}`, `unknown fine-grained role ${JSON.stringify(f)}; valid: ${FINE_ROLES.join(', ')}`, f);
    if (!allowed.includes(f)) throw lineError(ctx, `fine.${i}`, `${f} is not a ${main} role; the ${main} roles are ${allowed.join(', ')}`, f);
    return f;
  });
}

/**
 * The SemEval-2025 subtask 1 file: `article_id<TAB>entity_mention<TAB>start<TAB>end<TAB>main_role<TAB>fine_role...`,
 * end inclusive as in the task's data; `article_id` is a corpus article ID, with or without `.txt`.
 */
function parseRoleTsv(text: string, ctx: Omit<ParseContext, 'line'>): { line: number; record: Line }[] | null {
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined || first.trimStart().startsWith('{')) return null;
  const out: { line: number; record: Line }[] = [];
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '' || raw.startsWith('article_id\t')) continue;
    const here = { ...ctx, line: i + 1 };
    const cols = raw.split('\t');
    if (cols.length < 6) throw lineError(here, 'columns', `expected at least 6 tab-separated columns article_id<TAB>entity_mention<TAB>start<TAB>end<TAB>main_role<TAB>fine_role..., got ${cols.length}: ${JSON.stringify(raw.slice(0, 80))}`, raw);
    const [file, mention, start, end, main, ...fine] = cols as [string, string, string, string, string, ...string[]];
    for (const [name, v] of [['start', start], ['end', end]] as const) {
      if (!/^\d+$/.test(v)) throw lineError(here, name, `expected a whole number of characters, got ${JSON.stringify(v)}`, v);
    }
    // SemEval-2025 end offsets are inclusive; the corpus's are exclusive.
    const record: Line = { article: file.replace(/\.txt$/, ''), main, fine, span: { start: Number(start), end: Number(end) + 1, text: mention } };
    readArticle(record, here);
    out.push({ line: i + 1, record });
  }
  return out;
}

export const entityRoles: LayerScorer<RolePrediction> = {
  name: 'entity-roles',
  title: 'Entity roles (SemEval-2025 Task 10 subtask 1)',
  reference: 'SemEval-2025 Task 10 subtask 1 scorer: exact match ratio of the fine-grained role set per gold mention (official), main-role accuracy, micro P/R/F1 of fine roles',
  gold: (corpus) => corpus.entityRoles.map((r) => ({ article: r.article, span: r.span, main: r.main, fine: r.fine })),
  parse(line, ctx) {
    const { article, text } = readArticle(line, ctx);
    const span = readSpan(line, 'span', '', article, text, ctx, true) as Range;
    const main = readLabel(line, 'main', MAIN_ROLES, ctx);
    if (main === undefined || main === null) throw lineError(ctx, 'main', `required: one of ${MAIN_ROLES.join(', ')}`, own(line, 'main'));
    return { article, span, main, fine: readFine(line, main, ctx) };
  },
  parseOther: (text, ctx) => parseRoleTsv(text, ctx),
  count: (gold, predicted) => roleCounts(gold, predicted),
  metrics,
  compute,
};
