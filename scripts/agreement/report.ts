/**
 * The blind second reading, measured: reads data/agreement/<article>.yaml, compares the first
 * annotation, the blind reader's labels and the built corpus, and reports per-field agreement
 * (percent and Krippendorff's alpha) and every disagreement without an adjudication.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Corpus } from '../../src/generated/types.js';
import { nominalAlpha } from './krippendorff.js';

const value = z.union([z.string(), z.number(), z.null()]);
const recordRef = z.object({ collection: z.enum(['citations', 'claimMentions', 'figures']), id: z.string().min(1) }).strict();
export const agreementFileSchema = z
  .object({
    article: z.string().min(1),
    reading: z.object({ reader: z.string().min(1), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), units: z.string().min(1) }).strict(),
    units: z.array(z.object({
      unit: z.string().min(1),
      collection: recordRef.shape.collection,
      record: z.string().min(1),
      first: z.record(z.string(), value),
      second: z.record(z.string(), value),
      flag: z.string().min(1).optional(),
      secondNote: z.string().min(1).optional(),
      adjudication: z.object({
        record: z.string().min(1).optional(),
        note: z.string().min(1).optional(),
        fields: z.record(z.string(), z.string().min(1)).optional(),
      }).strict().optional(),
    }).strict()),
    missing: z.array(z.object({
      layer: z.enum(['citation', 'claimMention', 'figure']),
      span: z.string().min(1),
      why: z.string().min(1),
      decision: z.enum(['added', 'rejected']),
      records: z.array(recordRef),
      note: z.string().min(1),
    }).strict()),
  })
  .strict();
export type AgreementFile = z.infer<typeof agreementFileSchema>;

/** The fields compared, by layer. `independent: false` marks fields the first annotation did not have. */
export const FIELDS = [
  { collection: 'citations', field: 'speaker', independent: true },
  { collection: 'citations', field: 'mode', independent: true, target: 0.8 },
  { collection: 'citations', field: 'channel', independent: true },
  { collection: 'citations', field: 'addressee', independent: false },
  { collection: 'claimMentions', field: 'voice', independent: true, target: 0.8 },
  { collection: 'claimMentions', field: 'stance', independent: true, target: 0.67 },
  { collection: 'claimMentions', field: 'assertion', independent: false },
  { collection: 'figures', field: 'value', independent: true },
  { collection: 'figures', field: 'qualifier', independent: true, target: 0.8 },
  { collection: 'figures', field: 'source', independent: true },
] as const;

type Labels = Record<string, string | number | null>;

/** A record's labels as the reader labelled them: the channel as the text states it, the figure's source kind. */
export function finalLabels(corpus: Corpus, collection: string, id: string): Labels | undefined {
  if (collection === 'citations') {
    const c = corpus.citations.find((x) => x.id === id);
    if (!c) return undefined;
    const inText = c.channelBasis === 'stated' || c.channelBasis === 'inferred';
    return { speaker: c.speaker, mode: c.mode, channel: inText ? c.channel : 'unspecified', addressee: c.addressee };
  }
  if (collection === 'claimMentions') {
    const m = corpus.claimMentions.find((x) => x.id === id);
    return m && { voice: m.voice, stance: m.stance, assertion: m.assertion };
  }
  const f = corpus.figures.find((x) => x.id === id);
  return f && { value: f.value, qualifier: f.qualifier, source: f.source.kind };
}

export interface FieldAgreement {
  readonly collection: string;
  readonly field: string;
  /** True when the first annotation had the field, so first and second are independent readings. */
  readonly independent: boolean;
  readonly target: number | null;
  /** Units with both labels. */
  readonly units: number;
  /** First vs second (or, for non-independent fields, second vs adjudicated). */
  readonly percent: number | null;
  readonly alpha: number | null;
  /** Share of the reader's labels that the adjudicated corpus keeps. */
  readonly secondKept: number | null;
}

export interface AgreementReport {
  readonly articles: readonly string[];
  readonly fields: readonly FieldAgreement[];
  readonly disagreements: number;
  readonly missing: { readonly added: number; readonly rejected: number };
  readonly removed: number;
  /** Everything that is not adjudicated, or whose adjudication the corpus contradicts. */
  readonly problems: readonly string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function agreementReport(files: readonly AgreementFile[], corpus: Corpus): AgreementReport {
  const problems: string[] = [];
  const pairs = new Map<string, [unknown, unknown][]>();
  const kept = new Map<string, [number, number]>();
  let disagreements = 0;
  let removed = 0;
  const missing = { added: 0, rejected: 0 };
  const exists = (collection: string, id: string) => finalLabels(corpus, collection, id) !== undefined;
  for (const file of files) {
    for (const u of file.units) {
      const where = `${file.article} ${u.unit} (${u.record})`;
      const adj = u.adjudication;
      const recordId = adj?.record && adj.record !== 'removed' ? adj.record : u.record;
      const final = adj?.record === 'removed' ? undefined : finalLabels(corpus, u.collection, recordId);
      if (adj?.record === 'removed') {
        removed += 1;
        if (exists(u.collection, u.record)) problems.push(`${where}: adjudicated as removed, but the record is still in the corpus`);
        if (!adj.note) problems.push(`${where}: a removal needs a note`);
      } else if (final === undefined) {
        problems.push(`${where}: the record is not in the corpus; adjudicate it (record: removed, or the record's new ID) with a note`);
        continue;
      }
      if (u.flag && !adj) problems.push(`${where}: the reader's flag "${u.flag}" has no adjudication`);
      for (const { collection, field, independent } of FIELDS) {
        if (collection !== u.collection || !(field in u.second)) continue;
        const key = `${collection}.${field}`;
        const first = independent ? u.first[field] : final?.[field];
        const second = u.second[field];
        if (final !== undefined || independent) (pairs.get(key) ?? pairs.set(key, []).get(key)!).push([first, second]);
        if (final === undefined) continue;
        const k = kept.get(key) ?? [0, 0];
        kept.set(key, [k[0] + (same(second, final[field]) ? 1 : 0), k[1] + 1]);
        const firstValue = u.first[field];
        const differs = !same(second, final[field]) || (field in u.first && (!same(firstValue, second) || !same(firstValue, final[field])));
        if (independent && !same(firstValue, second)) disagreements += 1;
        if (differs && !adj?.fields?.[field]) {
          problems.push(`${where}: ${field} is ${JSON.stringify(firstValue)} in the first annotation, ${JSON.stringify(second)} in the blind reading and ${JSON.stringify(final[field])} in the corpus, with no adjudication note`);
        }
      }
    }
    for (const m of file.missing) {
      missing[m.decision] += 1;
      if (m.decision === 'added' && m.records.length === 0) problems.push(`${file.article} missing "${m.span}": added, but names no record`);
      for (const r of m.records) if (!exists(r.collection, r.id)) problems.push(`${file.article} missing "${m.span}": ${r.collection} ${r.id} is not in the corpus`);
    }
  }
  const fields = FIELDS.map(({ collection, field, independent, ...rest }) => {
    const key = `${collection}.${field}`;
    const result = nominalAlpha((pairs.get(key) ?? []).map(([a, b]) => [a, b]));
    const k = kept.get(key);
    return { collection, field, independent, target: 'target' in rest ? rest.target : null, units: result.units, percent: result.percent, alpha: result.alpha, secondKept: k && k[1] > 0 ? k[0] / k[1] : null };
  });
  return { articles: files.map((f) => f.article), fields, disagreements, missing, removed, problems };
}

/** Reads and validates every agreement file of a folder; throws with the file and the path of a bad value. */
export function readAgreementFiles(dir: string): AgreementFile[] {
  return readArticleYamlFiles(dir, agreementFileSchema);
}

/**
 * Reads every `<article>.yaml` of a folder against a schema, in name order; throws naming the file
 * and the path of the first bad value, or a file whose `article` is not its name.
 */
export function readArticleYamlFiles<T extends { article: string }>(dir: string, schema: z.ZodType<T>): T[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((name) => {
    const parsed = schema.safeParse(parse(readFileSync(path.join(dir, name), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${path.basename(dir)}/${name}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    if (`${parsed.data.article}.yaml` !== name) throw new Error(`${path.basename(dir)}/${name}: article is ${parsed.data.article}; the file name must be the article ID`);
    return parsed.data;
  });
}

/** A share as a percentage with one decimal, or n/a. */
export const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);
/** A coefficient with three decimals, or n/a. */
export const num = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

/** The agreement table in Markdown, as the data card and `npm run agreement` print it. */
export function agreementTable(report: AgreementReport): string[] {
  return [
    '| Layer | Field | Units | Agreement | Krippendorff\'s alpha | Target | Reader\'s labels kept |',
    '|---|---|---|---|---|---|---|',
    ...report.fields.map((f) => `| ${f.collection} | ${f.field}${f.independent ? '' : ' (new in v2, see below)'} | ${f.units} | ${pct(f.percent)} | ${num(f.alpha)} | ${f.target === null ? '' : `>= ${f.target}`} | ${pct(f.secondKept)} |`),
  ];
}
