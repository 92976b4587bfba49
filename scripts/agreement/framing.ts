/**
 * The blind second reading of the framing layer (labels, techniques, genre and frames, entity
 * roles), measured: reads data/agreement/framing/<article>.yaml and reports agreement between the
 * first annotation and the blind reader, and every disagreement whose adjudication is missing or
 * contradicted by the built corpus.
 *
 * Labels are given to the reader as units (spans without labels), so they are compared field by
 * field (percent and Krippendorff's alpha). Techniques and roles are found by the reader, so they
 * are compared as sets: a technique matches when the technique is the same and the spans overlap
 * (one to one, as in the SemEval-2020 Task 11 span scorer's partial credit), a role when the
 * entity, main role, voice and citation are the same; agreement is the F1 of the two sets.
 */
import { z } from 'zod';
import type { Corpus } from '../../src/generated/types.js';
import { nominalAlpha } from './krippendorff.js';
import { num, pct, readArticleYamlFiles } from './report.js';

const note = z.string().min(1);
const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string().min(1) }).strict();
const labelValues = z.object({
  category: z.string(), label: z.string(), target: z.string(), voice: z.string(), citation: z.string().nullable(), scareQuoted: z.boolean(),
}).strict();
const roleValues = z.object({
  entity: z.string(), main: z.string(), fine: z.array(z.string()).min(1), voice: z.string(), citation: z.string().nullable(), span,
}).strict();
const techniqueValues = z.object({ technique: z.string(), voice: z.string(), citation: z.string().nullable(), span }).strict();

/** A decision on an item that only one side has: kept or removed (first annotation), added or rejected (reader). */
const onlyFirst = z.object({ decision: z.enum(['kept', 'removed', 'changed']), record: z.string().min(1).optional(), note }).strict();
const onlySecond = z.object({ decision: z.enum(['added', 'rejected', 'merged']), record: z.string().min(1).optional(), note }).strict();

export const framingAgreementSchema = z.object({
  article: z.string().min(1),
  reading: z.object({ reader: note, date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), given: note }).strict(),
  genre: z.object({ first: z.string(), second: z.string(), secondNote: note.optional(), adjudication: note.optional() }).strict(),
  frames: z.object({
    first: z.array(z.string()),
    second: z.array(z.string()),
    adjudication: z.record(z.string(), note).default({}),
  }).strict(),
  labels: z.array(z.object({
    unit: z.string().min(1),
    record: z.string().min(1),
    span,
    first: labelValues,
    second: labelValues.extend({ isLabel: z.boolean() }),
    secondNote: note.optional(),
    adjudication: z.object({ record: z.string().min(1).optional(), note: note.optional(), fields: z.record(z.string(), note).optional() }).strict().optional(),
  }).strict()),
  labelsMissing: z.array(z.object({ at: z.string().min(1), why: note, decision: z.enum(['added', 'rejected']), records: z.array(z.string().min(1)), note }).strict()),
  techniques: z.object({
    matched: z.array(z.object({ first: z.string().min(1), second: techniqueValues, secondNote: note.optional(), adjudication: z.object({ fields: z.record(z.string(), note) }).strict().optional() }).strict()),
    firstOnly: z.array(z.object({ record: z.string().min(1), first: techniqueValues, adjudication: onlyFirst.optional() }).strict()),
    secondOnly: z.array(z.object({ second: techniqueValues, secondNote: note.optional(), adjudication: onlySecond.optional() }).strict()),
  }).strict(),
  roles: z.object({
    matched: z.array(z.object({ first: z.string().min(1), second: roleValues, secondNote: note.optional(), adjudication: z.object({ fields: z.record(z.string(), note) }).strict().optional() }).strict()),
    firstOnly: z.array(z.object({ record: z.string().min(1), first: roleValues, adjudication: onlyFirst.optional() }).strict()),
    secondOnly: z.array(z.object({ second: roleValues, secondNote: note.optional(), adjudication: onlySecond.optional() }).strict()),
  }).strict(),
}).strict();
export type FramingAgreementFile = z.infer<typeof framingAgreementSchema>;

export const LABEL_FIELDS = ['category', 'label', 'target', 'voice', 'scareQuoted'] as const;

export interface SetAgreement {
  readonly first: number;
  readonly second: number;
  readonly matched: number;
  /** 2 * matched / (first + second): the F1 of either reading against the other. */
  readonly f1: number | null;
}

export interface FramingAgreementReport {
  readonly articles: readonly string[];
  readonly genre: { readonly agree: number; readonly of: number };
  /** Frames as 14 yes/no decisions per article. */
  readonly frames: { readonly percent: number | null; readonly alpha: number | null; readonly units: number };
  readonly labels: readonly { readonly field: string; readonly units: number; readonly percent: number | null; readonly alpha: number | null }[];
  readonly labelsNotLabels: number;
  readonly techniques: SetAgreement & { readonly voiceAgreeOnMatched: number | null };
  readonly roles: SetAgreement & { readonly fineExactOnMatched: number | null };
  readonly problems: readonly string[];
}

const FRAME_COUNT = 14;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const f1 = (first: number, second: number, matched: number) => (first + second === 0 ? null : (2 * matched) / (first + second));

/** The label's values in the corpus, in the agreement file's terms. */
function corpusLabel(corpus: Corpus, id: string) {
  const l = corpus.labels.find((x) => x.id === id);
  return l && { category: l.category, label: l.label, target: l.target.kind === 'event' ? l.target.event : l.target.entity, voice: l.voice, citation: l.citation, scareQuoted: l.scareQuoted };
}

export function framingAgreementReport(files: readonly FramingAgreementFile[], corpus: Corpus): FramingAgreementReport {
  const problems: string[] = [];
  // Keyed by plain strings: the article IDs of the reading files are strings read from YAML.
  const framing = new Map<string, (typeof corpus.framing)[number]>(corpus.framing.map((f) => [f.article, f]));
  const techniqueIds = new Set(corpus.techniques.map((t) => t.id));
  const roleIds = new Set(corpus.entityRoles.map((r) => r.id));
  const labelPairs = new Map<string, unknown[][]>();
  const framePairs: unknown[][] = [];
  let genreAgree = 0;
  let notLabels = 0;
  const tech = { first: 0, second: 0, matched: 0, voice: 0 };
  const role = { first: 0, second: 0, matched: 0, fine: 0 };

  for (const file of files) {
    const a = file.article;
    const final = framing.get(a);
    if (!final) { problems.push(`${a}: no framing record in the corpus`); continue; }
    // Genre and frames.
    if (file.genre.first === file.genre.second) genreAgree += 1;
    if ((file.genre.first !== file.genre.second || final.genre !== file.genre.first) && !file.genre.adjudication) {
      problems.push(`${a}: genre is ${file.genre.first} first, ${file.genre.second} in the blind reading and ${final.genre} in the corpus, with no adjudication`);
    }
    const finalFrames = new Set<string>(final.frames.map((f) => f.frame));
    const first = new Set(file.frames.first);
    const second = new Set(file.frames.second);
    for (const frame of new Set([...first, ...second, ...finalFrames])) {
      const differs = first.has(frame) !== second.has(frame) || first.has(frame) !== finalFrames.has(frame);
      if (differs && !file.frames.adjudication[frame]) problems.push(`${a}: frame ${frame} is ${first.has(frame) ? 'in' : 'not in'} the first annotation, ${second.has(frame) ? 'in' : 'not in'} the blind reading and ${finalFrames.has(frame) ? 'in' : 'not in'} the corpus, with no adjudication`);
    }
    // 14 yes/no units per article; frames named by neither reading are agreed "no".
    const named = new Set([...first, ...second]);
    for (const frame of named) framePairs.push([first.has(frame), second.has(frame)]);
    for (let i = named.size; i < FRAME_COUNT; i++) framePairs.push([false, false]);

    // Labels, field by field.
    for (const u of file.labels) {
      const where = `${a} ${u.unit} (${u.record})`;
      const adj = u.adjudication;
      const removed = adj?.record === 'removed';
      const finalId = adj?.record && !removed ? adj.record : u.record;
      const now = removed ? undefined : corpusLabel(corpus, finalId);
      if (removed && corpusLabel(corpus, u.record)) problems.push(`${where}: adjudicated as removed, but the label is still in the corpus`);
      if (!removed && !now) { problems.push(`${where}: the label is not in the corpus; adjudicate it (record: removed, or its new ID)`); continue; }
      if (!u.second.isLabel) {
        notLabels += 1;
        if (!adj) problems.push(`${where}: the reader says this is not a label, with no adjudication`);
        continue;
      }
      for (const field of LABEL_FIELDS) {
        (labelPairs.get(field) ?? labelPairs.set(field, []).get(field)!).push([u.first[field], u.second[field]]);
        if (removed) continue;
        const differs = !same(u.first[field], u.second[field]) || !same(u.first[field], now![field]);
        if (differs && !adj?.fields?.[field]) problems.push(`${where}: ${field} is ${JSON.stringify(u.first[field])} first, ${JSON.stringify(u.second[field])} in the blind reading and ${JSON.stringify(now![field])} in the corpus, with no adjudication note`);
      }
    }
    for (const m of file.labelsMissing) {
      for (const id of m.records) if (!corpusLabel(corpus, id)) problems.push(`${a} missing label "${m.at}": ${id} is not in the corpus`);
      if (m.decision === 'added' && m.records.length === 0) problems.push(`${a} missing label "${m.at}": added, but names no record`);
    }

    // Techniques and roles: sets matched one to one.
    const sets = [
      { name: 'technique', part: file.techniques, ids: techniqueIds, count: tech },
      { name: 'role', part: file.roles, ids: roleIds, count: role },
    ] as const;
    for (const { name, part, ids, count } of sets) {
      count.first += part.matched.length + part.firstOnly.length;
      count.second += part.matched.length + part.secondOnly.length;
      count.matched += part.matched.length;
      for (const m of part.matched) {
        if (!ids.has(m.first)) problems.push(`${a} ${name} ${m.first}: matched by the reader but no longer in the corpus, with no decision`);
      }
      for (const f of part.firstOnly) {
        const where = `${a} ${name} ${f.record} (first annotation only)`;
        if (!f.adjudication) { problems.push(`${where}: not found by the reader, with no adjudication`); continue; }
        const { decision, record } = f.adjudication;
        if (decision === 'kept' && !ids.has(f.record)) problems.push(`${where}: adjudicated as kept, but it is not in the corpus`);
        if (decision === 'removed' && ids.has(f.record)) problems.push(`${where}: adjudicated as removed, but it is still in the corpus`);
        if (decision === 'changed' && (!record || !ids.has(record))) problems.push(`${where}: adjudicated as changed, but names no record in the corpus`);
      }
      for (const s of part.secondOnly) {
        const where = `${a} ${name} "${s.second.span.text}" (${'technique' in s.second ? s.second.technique : `${s.second.entity} ${s.second.main}`}, blind reading only)`;
        if (!s.adjudication) { problems.push(`${where}: not in the first annotation, with no adjudication`); continue; }
        const { decision, record } = s.adjudication;
        if ((decision === 'added' || decision === 'merged') && (!record || !ids.has(record))) problems.push(`${where}: adjudicated as ${decision}, but names no record in the corpus`);
      }
    }
    for (const m of file.techniques.matched) {
      if (m.second.voice === corpus.techniques.find((t) => t.id === m.first)?.voice) tech.voice += 1;
    }
    for (const m of file.roles.matched) {
      const r = corpus.entityRoles.find((x) => x.id === m.first);
      if (r && same([...r.fine].sort(), [...m.second.fine].sort())) role.fine += 1;
      else if (r && !m.adjudication?.fields?.fine) problems.push(`${a} role ${m.first}: fine roles ${JSON.stringify(r.fine)} in the corpus, ${JSON.stringify(m.second.fine)} in the blind reading, with no adjudication note`);
    }
  }
  const frameAlpha = nominalAlpha(framePairs);
  return {
    articles: files.map((f) => f.article),
    genre: { agree: genreAgree, of: files.length },
    frames: { percent: frameAlpha.percent, alpha: frameAlpha.alpha, units: frameAlpha.units },
    labels: LABEL_FIELDS.map((field) => { const r = nominalAlpha(labelPairs.get(field) ?? []); return { field, units: r.units, percent: r.percent, alpha: r.alpha }; }),
    labelsNotLabels: notLabels,
    techniques: { first: tech.first, second: tech.second, matched: tech.matched, f1: f1(tech.first, tech.second, tech.matched), voiceAgreeOnMatched: tech.matched === 0 ? null : tech.voice / tech.matched },
    roles: { first: role.first, second: role.second, matched: role.matched, f1: f1(role.first, role.second, role.matched), fineExactOnMatched: role.matched === 0 ? null : role.fine / role.matched },
    problems,
  };
}

/** Reads and validates every framing agreement file of a folder; throws naming the file and the bad value. */
export function readFramingAgreementFiles(dir: string): FramingAgreementFile[] {
  return readArticleYamlFiles(dir, framingAgreementSchema);
}

/** The framing agreement in Markdown, as the data card and `npm run agreement` print it. */
export function framingAgreementTable(r: FramingAgreementReport): string[] {
  return [
    '| Layer | Measure | Units | Agreement | Krippendorff\'s alpha |',
    '|---|---|---|---|---|',
    `| genre | same genre | ${r.genre.of} | ${pct(r.genre.of === 0 ? null : r.genre.agree / r.genre.of)} | |`,
    `| frames | frame used (14 yes/no per article) | ${r.frames.units} | ${pct(r.frames.percent)} | ${num(r.frames.alpha)} |`,
    ...r.labels.map((f) => `| labels | ${f.field} | ${f.units} | ${pct(f.percent)} | ${num(f.alpha)} |`),
    `| techniques | same technique, overlapping span (F1 of the two readings) | ${r.techniques.first} first, ${r.techniques.second} blind, ${r.techniques.matched} matched | ${pct(r.techniques.f1)} | |`,
    `| techniques | same voice, of matched spans | ${r.techniques.matched} | ${pct(r.techniques.voiceAgreeOnMatched)} | |`,
    `| roles | same entity, main role, voice and citation (F1) | ${r.roles.first} first, ${r.roles.second} blind, ${r.roles.matched} matched | ${pct(r.roles.f1)} | |`,
    `| roles | same fine-grained roles, of matched roles (SemEval-2025 EMR) | ${r.roles.matched} | ${pct(r.roles.fineExactOnMatched)} | |`,
  ];
}
