/**
 * The data build: load data/, check every rule, and produce the corpus and its generated files.
 * Pure apart from reading data/: writing is left to the caller (scripts/build-corpus.ts).
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { corpusSchema, type CorpusRecord } from '../../src/schema/corpus.js';
import { SCHEMA_VERSION } from '../../src/schema/corpus.js';
import { COMPLETENESS_RULES, STRUCTURE_RULES } from '../../src/rules/index.js';
import { SEMANTIC_RULES } from '../../src/schema/semantic-rules.js';
import type { CorpusIssue } from '../../src/rules/issue.js';
import { type BuildIssue, loadData, type LoadedData, originKey } from './load.js';
import { emitGuards, emitIds, emitTypes, type IdFieldTypes } from './emit-types.js';
import { emitFreezePlan } from './freeze-plan.js';

export interface CoverageRow {
  article: string;
  layer: string;
  total: number;
  covered: number;
}

export interface BuildResult {
  corpus: CorpusRecord | null;
  issues: BuildIssue[];
  coverage: CoverageRow[];
  files: Record<string, string>;
}

const RULE_FILES: Record<string, string> = {
  numerals: 'figures.yaml',
  quotations: 'citations.yaml',
  cues: 'citations.yaml',
  names: 'mentions.yaml',
  sentences: 'claims.yaml',
  labels: 'labels.yaml',
  'framing-complete': 'framing.yaml',
  'entity-roles': 'roles.yaml',
  'segments-tile': 'article.yaml',
  'text-hash': 'text.txt',
};

/** Turns a rule's record location into the data file and record a person edits. */
function locate(issue: CorpusIssue, data: LoadedData, root: string, dataDir: string): BuildIssue {
  const base = { rule: issue.rule, field: issue.field, message: issue.message, fix: issue.fix };
  const records = data[issue.collection as keyof LoadedData] as unknown;
  const record = Array.isArray(records) ? (records[issue.index] as { id?: string; article?: string; layer?: string; span?: { start: number; end: number } } | undefined) : undefined;
  const key = issue.collection === 'exemptions' && record?.span ? `${record.article}@${record.span.start}-${record.span.end}/${record.layer}` : issue.id;
  const origin = key ? data.origins.get(originKey(issue.collection, key)) : undefined;
  if (issue.collection === 'articles' && issue.id) {
    const file = path.relative(root, path.join(dataDir, 'articles', issue.id, RULE_FILES[issue.rule] ?? 'article.yaml')).split(path.sep).join('/');
    return { ...base, file, record: issue.id };
  }
  if (origin) return { ...base, ...origin };
  return { ...base, file: path.relative(root, dataDir).split(path.sep).join('/') || 'data', record: issue.id ?? `${issue.collection}[${issue.index}]` };
}

const byText = (a: { article: string; span: { start: number; end: number } }, b: typeof a) =>
  a.span.start - b.span.start || a.span.end - b.span.end;

/** Sorts every collection into its published order, so that the output does not depend on file-system order. */
export function sortCorpus(data: LoadedData, corpusVersion: string): CorpusRecord {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const articles = [...data.articles].sort((a, b) => (a.published.date < b.published.date ? -1 : a.published.date > b.published.date ? 1 : a.id < b.id ? -1 : 1));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const inText = <T extends { article: string; span: { start: number; end: number }; id?: string }>(xs: T[]) =>
    [...xs].sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || byText(a, b) || ((a.id ?? '') < (b.id ?? '') ? -1 : 1));
  const citations = [...data.citations].sort(
    (a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0) || (a.id < b.id ? -1 : 1),
  );
  return {
    corpusVersion,
    schemaVersion: SCHEMA_VERSION,
    outlets: byId(data.outlets),
    articles,
    entities: byId(data.entities),
    entityMentions: inText(data.entityMentions),
    events: [...data.events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1)),
    dateMentions: inText(data.dateMentions),
    claims: byId(data.claims),
    claimMentions: inText(data.claimMentions),
    figureGroups: byId(data.figureGroups),
    figures: inText(data.figures),
    citations,
    labels: inText(data.labels),
    techniques: inText(data.techniques),
    entityRoles: inText(data.entityRoles),
    framing: [...data.framing].sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0)),
    sources: byId(data.sources),
    exemptions: inText(data.exemptions.map((e) => ({ ...e }))).sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || byText(a, b) || (a.layer < b.layer ? -1 : 1)),
  };
}

export const ID_FIELDS: IdFieldTypes = {
  Outlet: { id: 'OutletId', parent: 'OutletId' },
  Article: { id: 'ArticleId', outlet: 'OutletId', publisher: 'OutletId' },
  Derivation: { outlet: 'OutletId', source: 'SourceId', sources: 'SourceId' },
  PublicationDate: { sources: 'SourceId' },
  Translation: { sources: 'SourceId' },
  Source: { id: 'SourceId' },
  Label: { article: 'ArticleId', citation: 'CitationId' },
  Technique: { article: 'ArticleId', citation: 'CitationId' },
  Framing: { article: 'ArticleId' },
  EntityRole: { article: 'ArticleId', entity: 'EntityId', citation: 'CitationId' },
  UncastEntity: { entity: 'EntityId' },
  NarrativeLink: { sources: 'SourceId' },
  LabelTarget: { event: 'EventId', entity: 'EntityId' },
  Credit: { entity: 'EntityId' },
  Entity: { id: 'EntityId' },
  EntityMention: { article: 'ArticleId', entity: 'EntityId', sources: 'SourceId' },
  Event: { id: 'EventId', place: 'EntityId', participants: 'EntityId', parent: 'EventId', sources: 'SourceId' },
  DateMention: { article: 'ArticleId', event: 'EventId', sources: 'SourceId' },
  Claim: { id: 'ClaimId', subjects: 'EntityId', event: 'EventId' },
  ClaimMention: { claim: 'ClaimId', article: 'ArticleId', citation: 'CitationId' },
  FigureGroup: { id: 'FigureGroupId', event: 'EventId' },
  Figure: { id: 'FigureId', article: 'ArticleId', place: 'EntityId', event: 'EventId', group: 'FigureGroupId', asOfSources: 'SourceId' },
  FigureSource: { entity: 'EntityId', citation: 'CitationId' },
  Citation: { id: 'CitationId', article: 'ArticleId', speaker: 'EntityId', event: 'EventId', claims: 'ClaimId', addressee: 'EntityId', sources: 'SourceId' },
  Relay: { entity: 'EntityId' },
  Exemption: { article: 'ArticleId' },
};

const ISO_DATE_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;

/** The generated files: corpus JSON, ID unions and guards, record interfaces, the freeze plan and the JSON Schema. */
export function generatedFiles(corpus: CorpusRecord): Record<string, string> {
  // `format: date` says what the zod refinement checks (a real calendar day, not 2022-13-45), so
  // that a JSON Schema validator with formats (Ajv with ajv-formats) agrees with validateCorpus.
  const schema = z.toJSONSchema(corpusSchema, {
    target: 'draft-2020-12',
    override: (ctx) => {
      // isoDateSchema is the one schema with this pattern (its described copies are other objects).
      if (ctx.jsonSchema.pattern === ISO_DATE_PATTERN) ctx.jsonSchema.format = 'date';
    },
  }) as { $defs: Record<string, object> };
  const jsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    // The published file of this very release (unpkg serves every version of the tarball).
    $id: `https://unpkg.com/qantar-corpus@${corpus.corpusVersion}/dist/corpus.schema.json`,
    title: 'qantar-corpus',
    ...schema,
  };
  return {
    'corpus.json': `${JSON.stringify(corpus)}\n`,
    'ids.ts': emitIds(corpus),
    'guards.ts': emitGuards(corpus),
    'types.ts': emitTypes(schema.$defs as never, ID_FIELDS),
    'freeze-plan.ts': emitFreezePlan(schema.$defs as never),
    'corpus.schema.json': `${JSON.stringify(jsonSchema, null, 2)}\n`,
  };
}

export function buildCorpus(options: { root: string; dataDir?: string; corpusVersion: string }): BuildResult {
  const dataDir = options.dataDir ?? path.join(options.root, 'data');
  const { data, issues } = loadData(options.root, dataDir);
  const ruleOptions = { notNames: data.notNames };
  for (const rule of [...STRUCTURE_RULES, ...SEMANTIC_RULES, ...COMPLETENESS_RULES]) {
    for (const issue of rule.check(data, ruleOptions)) issues.push(locate(issue, data, options.root, dataDir));
  }
  const coverage: CoverageRow[] = [];
  for (const article of data.articles) {
    const chars = article.segments.reduce((n, s) => n + (s.span.end - s.span.start), 0);
    coverage.push({ article: article.id, layer: 'segments (characters)', total: article.text.length, covered: Math.min(chars, article.text.length) });
  }
  for (const rule of COMPLETENESS_RULES) {
    for (const [article, m] of rule.measure(data, ruleOptions)) coverage.push({ article, layer: `${rule.layer}: ${rule.name}`, total: m.total, covered: m.covered });
  }
  const corpus = sortCorpus(data, options.corpusVersion);
  const parsed = corpusSchema.safeParse(corpus);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 50)) {
      issues.push({ rule: 'schema', file: 'data', record: issue.path.slice(0, 2).join('.'), field: issue.path.slice(2).join('.') || null, message: `built corpus: ${issue.message}`, fix: 'fix the data record at this path' });
    }
  }
  // Files are produced whenever the corpus has the published shape, so a caller can inspect them;
  // the CLI refuses to write them while any issue remains (unless forced, for local work).
  return { corpus: parsed.success ? corpus : null, issues, coverage, files: parsed.success ? generatedFiles(corpus) : {} };
}

/**
 * Writes the generated files into `out` all or nothing: each is written to a temporary folder beside
 * `out` first and moved into place (a rename, atomic on one file system) only once all were
 * written, so a failure leaves the previous outputs as they were, never a mix of new and stale.
 */
export function writeOutputs(out: string, files: Record<string, string>): void {
  mkdirSync(path.dirname(out), { recursive: true });
  const staging = mkdtempSync(path.join(path.dirname(out), `.${path.basename(out)}-staging-`));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(staging, name), content);
    mkdirSync(out, { recursive: true });
    for (const name of Object.keys(files)) renameSync(path.join(staging, name), path.join(out, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
