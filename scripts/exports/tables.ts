/**
 * The tables registry: one entry per table of the CSV/NDJSON exports, the Data Package and the
 * Hugging Face configs. An entry names the record kind and where its rows are; the columns, their
 * types, descriptions and foreign keys come from the record's JSON Schema (schema-columns.ts).
 * A new layer is one entry here.
 */
import type { Corpus } from '../../src/generated/types.js';
import { type Column, type CorpusJsonSchema, deriveColumns, type DeriveOptions, type ItemShape, type TableField } from './schema-columns.js';
import { SQL_KEYWORDS } from './sql-keywords.js';

/** A column computed from the record rather than read from one of its properties. */
export interface ExtraColumn {
  name: string;
  type: TableField['type'];
  description: string;
  required?: boolean;
  pattern?: string;
  value: (record: Record<string, unknown>, index: number) => unknown;
  references?: string;
  /** The published column this one follows; first when absent. */
  after?: string;
}

export interface TableSpec extends DeriveOptions {
  /** Resource and file name, kebab-case (`entity-mentions`). */
  name: string;
  title: string;
  description: string;
  /** The `$defs` name of the record kind in corpus.schema.json (`EntityMention`). */
  record: string;
  rows: (corpus: Corpus) => readonly object[];
  /** Default `['id']`. */
  primaryKey?: readonly string[];
  extra?: readonly ExtraColumn[];
}

export const TABLES: readonly TableSpec[] = [
  {
    name: 'outlets',
    title: 'Outlets',
    description: 'News outlets: authors of article content and sites that republished it.',
    record: 'Outlet',
    rows: (c) => c.outlets,
  },
  {
    name: 'articles',
    title: 'Articles',
    description: 'Captured texts with their provenance. The `text` column holds the verbatim text (copyright of its publisher; see `rights`).',
    record: 'Article',
    rows: (c) => c.articles,
    omit: ['segments'],
    rename: { language: 'language_code', 'derivedFrom.date': 'story_date' },
  },
  {
    name: 'segments',
    title: 'Segments',
    description: 'The segments of every article, in text order; the segments of an article tile its text.',
    record: 'Segment',
    rows: (c) => c.articles.flatMap((a) => a.segments.map((s, index) => ({ ...s, article: a.id, index }))),
    primaryKey: ['article', 'segment_index'],
    extra: [
      { name: 'article', type: 'string', required: true, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'Article ID: the article the segment belongs to.', references: 'articles', value: (r) => r.article },
      { name: 'segment_index', type: 'integer', required: true, description: 'Position of the segment in its article, from 0, in text order.', after: 'article', value: (r) => r.index },
    ],
  },
  {
    name: 'entities',
    title: 'Entities',
    description: 'People, organizations, places, groups and concepts mentioned in the texts.',
    record: 'Entity',
    rows: (c) => c.entities,
  },
  {
    name: 'entity-mentions',
    title: 'Entity mentions',
    description: 'Places in the texts that name an entity.',
    record: 'EntityMention',
    rows: (c) => c.entityMentions,
  },
  {
    name: 'events',
    title: 'Events',
    description: 'Things that happened and that the texts refer to.',
    record: 'Event',
    rows: (c) => c.events,
    rename: { start: 'start_date', end: 'end_date' },
  },
  {
    name: 'date-mentions',
    title: 'Date mentions',
    description: 'Dates and days named in article content, resolved to calendar days.',
    record: 'DateMention',
    rows: (c) => c.dateMentions,
    rename: { date: 'resolved_date', end: 'resolved_date_end' },
  },
  {
    name: 'claims',
    title: 'Claims',
    description: 'Propositions made in the texts; the same proposition in several articles is one claim.',
    record: 'Claim',
    rows: (c) => c.claims,
    rename: { 'narratives.ref': 'narrative_ref' },
  },
  {
    name: 'claim-mentions',
    title: 'Claim mentions',
    description: 'Passages that make or report a claim, with the outlet\'s voice and stance.',
    record: 'ClaimMention',
    rows: (c) => c.claimMentions,
  },
  {
    name: 'figure-groups',
    title: 'Figure groups',
    description: 'Quantities that several figures report, lined up across articles.',
    record: 'FigureGroup',
    rows: (c) => c.figureGroups,
    rename: { measures: 'figure_measures' },
  },
  {
    name: 'figures',
    title: 'Figures',
    description: 'Numbers and counted quantities in article content, with qualifier, unit, date and source.',
    record: 'Figure',
    rows: (c) => c.figures,
    rename: { value: 'figure_value', group: 'figure_group' },
    describe: {
      source_kind: 'Who the figure is attributed to: `outlet` (the outlet, in its own voice), `entity` (see `source_entity`) or `citation` (see `source_citation`).',
    },
  },
  {
    name: 'citations',
    title: 'Citations',
    description: 'Passages that report what someone said: speaker, cue, content, mode, channel and relay chain.',
    record: 'Citation',
    rows: (c) => c.citations,
    extra: [
      {
        name: 'content_start', type: 'integer', after: 'cue_span_text', value: (r) => (r.content as { start: number }[])[0]?.start ?? null,
        description: 'Start of the first content span (offset in UTF-16 code units): with `content_end`, the extent of the content in the text.',
      },
      {
        name: 'content_end', type: 'integer', after: 'content_start', value: (r) => (r.content as { end: number }[]).at(-1)?.end ?? null,
        description: 'End of the last content span (exclusive).',
      },
    ],
  },
  {
    name: 'exemptions',
    title: 'Completeness exemptions',
    description: 'Explicit, reasoned exceptions to one completeness check of the data build.',
    record: 'Exemption',
    rows: (c) => c.exemptions,
    primaryKey: ['article', 'layer', 'span_start', 'span_end'],
  },
  {
    name: 'labels',
    title: 'Labels',
    description: 'Naming choices: noun phrases in content that name the unrest, its participants, the security forces, the CSTO deployment, the response or an actor, with the normalised label, voice and scare quotes.',
    record: 'Label',
    rows: (c) => c.labels,
    describe: { target_kind: 'What the phrase refers to: `event` (see `target_event`) or `entity` (see `target_entity`).' },
  },
  {
    name: 'techniques',
    title: 'Persuasion techniques',
    description: 'Spans that use one of the 23 persuasion techniques of SemEval-2023 Task 3, with the voice they are in: the outlet\'s own, or a quoted speaker\'s (with the citation).',
    record: 'Technique',
    rows: (c) => c.techniques,
  },
  {
    name: 'entity-roles',
    title: 'Entity roles',
    description: 'Entities an article casts as protagonist, antagonist or innocent (SemEval-2025 Task 10 subtask 1 roles), on the mention that casts them, with the voice that casts them.',
    record: 'EntityRole',
    rows: (c) => c.entityRoles,
  },
  {
    name: 'narrative-links',
    title: 'Narrative links',
    description: 'Links from claims to the EUvsDisinfo cases, DISARM techniques and SemEval-2025 narratives they match, each citing the source records of the pages where it was read (also nested in claims.narratives).',
    record: 'NarrativeLink',
    rows: (c) => c.claims.flatMap((claim) => claim.narratives.map((n, index) => ({ ...n, claim: claim.id, index }))),
    rename: { ref: 'narrative_ref' },
    primaryKey: ['claim', 'link_index'],
    extra: [
      { name: 'claim', type: 'string', required: true, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'Claim ID: the claim the link belongs to.', references: 'claims', value: (r) => r.claim },
      { name: 'link_index', type: 'integer', required: true, description: 'Position of the link in the claim\'s narratives, from 0.', after: 'claim', value: (r) => r.index },
    ],
  },
  {
    name: 'framing',
    title: 'Article framing',
    description: 'Per article: the SemEval-2023 genre with its reason, the Media Frames Corpus frames with the spans that carry them, and the technique review.',
    record: 'Framing',
    rows: (c) => c.framing,
    primaryKey: ['article'],
  },
  {
    name: 'sources',
    title: 'Sources',
    description: 'Outside documents the annotation rests on (readouts, transcripts, statements, wire copies, reference works), each found and read; the `sources` columns of the other tables cite them by ID.',
    record: 'Source',
    rows: (c) => c.sources,
    rename: { date: 'document_date', language: 'language_code' },
  },
];

/** A table with its columns and rows, derived once per export run. */
export interface TableData {
  readonly spec: TableSpec;
  readonly name: string;
  readonly fields: readonly TableField[];
  readonly columns: readonly Column[];
  /** One array of native values per record, in field order. */
  readonly rows: readonly (readonly unknown[])[];
  readonly primaryKey: readonly string[];
}

function columnsOf(schema: CorpusJsonSchema, spec: TableSpec): Column[] {
  const columns = deriveColumns(schema, spec.record, spec);
  for (const extra of spec.extra ?? []) {
    const at = extra.after === undefined ? 0 : columns.findIndex((c) => c.field.name === extra.after) + 1;
    if (at === 0 && extra.after !== undefined) throw new Error(`table ${spec.name}: extra column ${extra.name} follows ${extra.after}, which is not a column`);
    const field: TableField = { name: extra.name, type: extra.type, description: extra.description, ...(extra.required || extra.pattern ? { constraints: { ...(extra.required ? { required: true } : {}), ...(extra.pattern ? { pattern: extra.pattern } : {}) } } : {}) };
    columns.splice(at, 0, { field, path: [], value: extra.value, ...(extra.references ? { references: extra.references } : {}) });
  }
  const names = columns.map((c) => c.field.name);
  const keysOf = (shape: ItemShape | undefined, at: string): string[] => (shape?.keys ?? []).flatMap((k) => [`${at}[].${k.name}`, ...keysOf(k.items, `${at}[].${k.name}`)]);
  for (const name of [...names, ...columns.flatMap((c) => keysOf(c.items, c.field.name))]) {
    const last = name.split('.').at(-1) as string;
    if (!/^[a-z][a-z0-9_]*$/.test(last)) throw new Error(`table ${spec.name}: column ${JSON.stringify(name)} is not snake_case (a-z, 0-9, _); rename it in its TABLES entry`);
    if (SQL_KEYWORDS.has(last)) throw new Error(`table ${spec.name}: column ${JSON.stringify(name)} is an SQL keyword (DuckDB or standard SQL would need it quoted); rename it in its TABLES entry (rename: { '<record property>': '<name>' })`);
  }
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length > 0) throw new Error(`table ${spec.name}: column ${twice.map((t) => JSON.stringify(t)).join(', ')} appears twice; rename one in its TABLES entry`);
  for (const key of spec.primaryKey ?? ['id']) if (!names.includes(key)) throw new Error(`table ${spec.name}: primary key column ${key} is not a column; columns: ${names.join(', ')}`);
  return columns;
}

/**
 * Every table of the registry with its rows.
 *
 * @param schema - corpus.schema.json.
 * @param corpus - The built corpus.
 * @returns The tables in registry order.
 * @throws Error when an entry names a record kind, column or key the schema does not have.
 */
export function tableData(schema: CorpusJsonSchema, corpus: Corpus, specs: readonly TableSpec[] = TABLES): TableData[] {
  return specs.map((spec) => {
    const columns = columnsOf(schema, spec);
    const rows = spec.rows(corpus).map((record, index) => columns.map((c) => {
      const v = c.value(record as Record<string, unknown>, index);
      return v === undefined ? null : v;
    }));
    return { spec, name: spec.name, fields: columns.map((c) => c.field), columns, rows, primaryKey: spec.primaryKey ?? ['id'] };
  });
}
