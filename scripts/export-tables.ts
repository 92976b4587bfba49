/**
 * npm run build:exports — writes the corpus as flat tables and a Frictionless Data Package.
 *
 * Run after the data build and tsup (tsup empties dist/). Reads src/generated/corpus.json and
 * src/generated/corpus.schema.json, writes:
 *   dist/datapackage.json            Frictionless Data Package v2 describing every table
 *   dist/data/<table>.csv            one CSV per table (RFC 4180, UTF-8, header row, LF line ends)
 *   dist/data/<table>.ndjson         the same rows as newline-delimited JSON, with native JSON values
 *   dist/data/articles.bib           BibTeX entries of the articles (see src/cite.ts)
 *   dist/data/articles.csl.json      CSL-JSON items of the articles (type article-newspaper)
 *   dist/semeval2023/...             the framing layer in the SemEval-2023 Task 3 formats (export-semeval.ts)
 *
 *   --out <dir>   write there instead of dist/
 *
 * How records become rows:
 *   - nested objects are flattened into columns named `<field>_<subfield>` (`published_date`);
 *   - a record's own `span` becomes the columns `start`, `end`, `text`; any other span becomes
 *     `<field>_start`, `<field>_end`, `<field>_text` (`speakerSpan_start`);
 *   - arrays of strings (IDs, aliases, keywords, languages) are Table Schema `list` fields: joined
 *     with `;` in CSV (an empty cell is an empty list) and JSON arrays in NDJSON; the export fails
 *     if an item itself contains `;`;
 *   - arrays of objects (credits, derivations, relays, content spans, entity aliases) are `array`
 *     fields: a JSON array in the CSV cell, a native array in NDJSON;
 *   - null is an empty CSV cell and `null` in NDJSON.
 * Output is deterministic: same corpus, same bytes (no timestamps; rows in corpus order).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Corpus } from '../src/generated/types.js';
import { formatArticleCitation } from '../src/cite.js';
import { semevalFiles } from './export-semeval.js';

/** A JSON Schema node, as emitted by zod's `toJSONSchema` into corpus.schema.json. */
interface JsonSchemaNode {
  $ref?: string;
  type?: string | string[];
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  description?: string;
}

interface CorpusJsonSchema {
  $defs: Record<string, JsonSchemaNode>;
}

/** A Table Schema field (Frictionless Data v2). */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list' | 'array' | 'object';
  description: string;
  format?: string;
  itemType?: 'string';
  delimiter?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: unknown[]; pattern?: string };
}

interface ForeignKey {
  fields: string[];
  reference: { resource?: string; fields: string[] };
}

/** One column: its name, where its description and type come from, and how its value is read. */
interface Column {
  name: string;
  /** The JSON Schema `$defs` entry and the property path inside it that the column holds. */
  def: string;
  path: string[];
  get?: (row: Record<string, unknown>, index: number) => unknown;
  description?: string;
  references?: string;
}

interface Table {
  name: string;
  title: string;
  description: string;
  rows: (corpus: Corpus) => readonly Record<string, unknown>[];
  columns: Column[];
  primaryKey: string[];
}

const LIST_DELIMITER = ';';

/** The columns of a span field: `start`, `end`, `text` for the record's own span, else prefixed. */
const spanColumns = (def: string, field: string[], prefix: string | null): Column[] =>
  (['start', 'end', 'text'] as const).map((part) => ({ name: prefix ? `${prefix}_${part}` : part, def, path: [...field, part] }));

const col = (def: string, dotted: string, references?: string): Column => {
  const p = dotted.split('.');
  return { name: p.join('_'), def, path: p, ...(references ? { references } : {}) };
};

const TABLES: Table[] = [
  {
    name: 'outlets',
    title: 'Outlets',
    description: 'News outlets: authors of article content and sites that republished it.',
    rows: (c) => c.outlets as never,
    primaryKey: ['id'],
    columns: [
      col('Outlet', 'id'), col('Outlet', 'name'), col('Outlet', 'aliases'), col('Outlet', 'homepage'), col('Outlet', 'country'),
      col('Outlet', 'languages'), col('Outlet', 'kind'), col('Outlet', 'owner'), col('Outlet', 'parent', 'outlets'),
      col('Outlet', 'stateAffiliation.status'), col('Outlet', 'stateAffiliation.state'), col('Outlet', 'stateAffiliation.tie'),
      col('Outlet', 'stateAffiliation.basis'), col('Outlet', 'wikidata'), col('Outlet', 'notes'),
    ],
  },
  {
    name: 'articles',
    title: 'Articles',
    description: 'Captured texts with their provenance. The `text` column holds the verbatim text (copyright of its publisher; see `rights`).',
    rows: (c) => c.articles as never,
    primaryKey: ['id'],
    columns: [
      col('Article', 'id'), col('Article', 'seedFile'), col('Article', 'outlet', 'outlets'), col('Article', 'publisher', 'outlets'),
      col('Article', 'url'), col('Article', 'title'), col('Article', 'titleBasis'),
      col('Article', 'published.date'), col('Article', 'published.time'), col('Article', 'published.utcOffset'),
      col('Article', 'published.bound'), col('Article', 'published.basis'), col('Article', 'published.sources'), col('Article', 'published.note'),
      col('Article', 'language'), col('Article', 'translatedFrom.language'), col('Article', 'translatedFrom.machine'),
      col('Article', 'translatedFrom.basis'), { ...col('Article', 'translatedFrom.sources'), get: (r) => (r.translatedFrom as { sources: string[] } | null)?.sources ?? [] }, col('Article', 'translatedFrom.note'), col('Article', 'genre'), col('Article', 'byline'),
      col('Article', 'credits'), col('Article', 'derivedFrom'), col('Article', 'rights'), col('Article', 'sha256'), col('Article', 'notes'),
      col('Article', 'text'),
    ],
  },
  {
    name: 'segments',
    title: 'Segments',
    description: 'The segments of every article, in text order; the segments of an article tile its text.',
    rows: (c) => c.articles.flatMap((a) => a.segments.map((s, index) => ({ ...s, article: a.id, index }))) as never,
    primaryKey: ['article', 'index'],
    columns: [
      { name: 'article', def: 'Article', path: ['id'], get: (r) => r.article, description: 'Article ID: the article the segment belongs to.', references: 'articles' },
      { name: 'index', def: '', path: ['index'], description: 'Position of the segment in its article, from 0, in text order.' },
      col('Segment', 'kind'), ...spanColumns('Segment', ['span'], null), col('Segment', 'content'), col('Segment', 'origin'), col('Segment', 'note'),
    ],
  },
  {
    name: 'entities',
    title: 'Entities',
    description: 'People, organizations, places, groups and concepts mentioned in the texts.',
    rows: (c) => c.entities as never,
    primaryKey: ['id'],
    columns: [
      col('Entity', 'id'), col('Entity', 'kind'), col('Entity', 'name'), col('Entity', 'aliases'), col('Entity', 'role'),
      col('Entity', 'country'), col('Entity', 'wikidata'), col('Entity', 'description'), col('Entity', 'notes'),
    ],
  },
  {
    name: 'entity-mentions',
    title: 'Entity mentions',
    description: 'Places in the texts that name an entity.',
    rows: (c) => c.entityMentions as never,
    primaryKey: ['id'],
    columns: [
      col('EntityMention', 'id'), col('EntityMention', 'article', 'articles'), col('EntityMention', 'entity', 'entities'),
      ...spanColumns('EntityMention', ['span'], null), col('EntityMention', 'form'), col('EntityMention', 'sources'), col('EntityMention', 'note'),
    ],
  },
  {
    name: 'events',
    title: 'Events',
    description: 'Things that happened and that the texts refer to.',
    rows: (c) => c.events as never,
    primaryKey: ['id'],
    columns: [
      col('Event', 'id'), col('Event', 'label'), col('Event', 'start'), col('Event', 'end'), col('Event', 'place', 'entities'),
      col('Event', 'participants'), col('Event', 'parent', 'events'), col('Event', 'description'), col('Event', 'sources'), col('Event', 'notes'),
    ],
  },
  {
    name: 'date-mentions',
    title: 'Date mentions',
    description: 'Dates and days named in article content, resolved to calendar days.',
    rows: (c) => c.dateMentions as never,
    primaryKey: ['id'],
    columns: [
      col('DateMention', 'id'), col('DateMention', 'article', 'articles'), ...spanColumns('DateMention', ['span'], null),
      col('DateMention', 'date'), { name: 'date_end', def: 'DateMention', path: ['end'] }, col('DateMention', 'basis'), col('DateMention', 'sources'),
      col('DateMention', 'event', 'events'), col('DateMention', 'note'),
    ],
  },
  {
    name: 'claims',
    title: 'Claims',
    description: 'Propositions made in the texts; the same proposition in several articles is one claim.',
    rows: (c) => c.claims as never,
    primaryKey: ['id'],
    columns: [
      col('Claim', 'id'), col('Claim', 'proposition'), col('Claim', 'subjects'), col('Claim', 'event', 'events'), col('Claim', 'keywords'),
      col('Claim', 'notes'),
    ],
  },
  {
    name: 'claim-mentions',
    title: 'Claim mentions',
    description: 'Passages that make or report a claim, with the outlet\'s voice and stance.',
    rows: (c) => c.claimMentions as never,
    primaryKey: ['id'],
    columns: [
      col('ClaimMention', 'id'), col('ClaimMention', 'claim', 'claims'), col('ClaimMention', 'article', 'articles'),
      ...spanColumns('ClaimMention', ['span'], null), col('ClaimMention', 'voice'), col('ClaimMention', 'citation', 'citations'),
      col('ClaimMention', 'stance'), col('ClaimMention', 'assertion'), col('ClaimMention', 'note'),
    ],
  },
  {
    name: 'figure-groups',
    title: 'Figure groups',
    description: 'Quantities that several figures report, lined up across articles.',
    rows: (c) => c.figureGroups as never,
    primaryKey: ['id'],
    columns: [
      col('FigureGroup', 'id'), col('FigureGroup', 'label'), col('FigureGroup', 'measures'), col('FigureGroup', 'event', 'events'),
      col('FigureGroup', 'description'),
    ],
  },
  {
    name: 'figures',
    title: 'Figures',
    description: 'Numbers and counted quantities in article content, with qualifier, unit, date and source.',
    rows: (c) => c.figures as never,
    primaryKey: ['id'],
    columns: [
      col('Figure', 'id'), col('Figure', 'article', 'articles'), ...spanColumns('Figure', ['span'], null), col('Figure', 'measure'),
      col('Figure', 'counted'), col('Figure', 'value'), col('Figure', 'low'), col('Figure', 'high'), col('Figure', 'qualifier'),
      col('Figure', 'unit'), col('Figure', 'alternate.value'), col('Figure', 'alternate.unit'),
      ...spanColumns('Figure', ['alternate', 'span'], 'alternate'), col('Figure', 'asOf'), col('Figure', 'asOfBasis'), col('Figure', 'asOfSources'),
      col('Figure', 'place', 'entities'),
      {
        name: 'source_kind', def: 'Figure', path: ['source', 'kind'],
        description: 'Who the figure is attributed to: `outlet` (the outlet, in its own voice), `entity` (see `source_entity`) or `citation` (see `source_citation`).',
      },
      col('Figure', 'source.entity', 'entities'), col('Figure', 'source.citation', 'citations'), col('Figure', 'event', 'events'),
      col('Figure', 'group', 'figure-groups'), col('Figure', 'note'),
    ],
  },
  {
    name: 'citations',
    title: 'Citations',
    description: 'Passages that report what someone said: speaker, cue, content, mode, channel and relay chain.',
    rows: (c) => c.citations as never,
    primaryKey: ['id'],
    columns: [
      col('Citation', 'id'), col('Citation', 'article', 'articles'), col('Citation', 'speaker', 'entities'),
      ...spanColumns('Citation', ['speakerSpan'], 'speakerSpan'), col('Citation', 'cue.verb'), ...spanColumns('Citation', ['cue', 'span'], 'cue'),
      {
        name: 'start', def: 'Span', path: ['start'], get: (r) => (r.content as { start: number }[])[0]?.start,
        description: 'Start of the first content span (offset in UTF-16 code units): with `end`, the extent of the content in the text.',
      },
      {
        name: 'end', def: 'Span', path: ['end'], get: (r) => (r.content as { end: number }[]).at(-1)?.end,
        description: 'End of the last content span (exclusive).',
      },
      col('Citation', 'content'), col('Citation', 'mode'), col('Citation', 'channel'), col('Citation', 'channelBasis'), col('Citation', 'event', 'events'),
      col('Citation', 'said.date'), col('Citation', 'said.basis'), { ...col('Citation', 'said.sources'), get: (r) => (r.said as { sources: string[] } | null)?.sources ?? [] }, col('Citation', 'said.note'),
      col('Citation', 'addressee', 'entities'), col('Citation', 'sources'),
      col('Citation', 'relay'), col('Citation', 'claims'), col('Citation', 'note'),
    ],
  },
  {
    name: 'exemptions',
    title: 'Completeness exemptions',
    description: 'Explicit, reasoned exceptions to one completeness check of the data build.',
    rows: (c) => c.exemptions as never,
    primaryKey: ['article', 'layer', 'start', 'end'],
    columns: [
      col('Exemption', 'article', 'articles'), col('Exemption', 'layer'), ...spanColumns('Exemption', ['span'], null), col('Exemption', 'reason'),
    ],
  },
  {
    name: 'labels',
    title: 'Labels',
    description: 'Naming choices: noun phrases in content that name the unrest, its participants, the security forces, the CSTO deployment, the response or an actor, with the normalised label, voice and scare quotes.',
    rows: (c) => c.labels as never,
    primaryKey: ['id'],
    columns: [
      col('Label', 'id'), col('Label', 'article', 'articles'), ...spanColumns('Label', ['span'], null), col('Label', 'head'), col('Label', 'category'),
      col('Label', 'label'),
      { name: 'target_kind', def: 'Label', path: ['target', 'kind'], description: 'What the phrase refers to: `event` (see `target_event`) or `entity` (see `target_entity`).' },
      col('Label', 'target.event', 'events'), col('Label', 'target.entity', 'entities'),
      col('Label', 'voice'), col('Label', 'citation', 'citations'), col('Label', 'scareQuoted'), col('Label', 'note'),
    ],
  },
  {
    name: 'techniques',
    title: 'Persuasion techniques',
    description: 'Spans that use one of the 23 persuasion techniques of SemEval-2023 Task 3, with the voice they are in: the outlet\'s own, or a quoted speaker\'s (with the citation).',
    rows: (c) => c.techniques as never,
    primaryKey: ['id'],
    columns: [
      col('Technique', 'id'), col('Technique', 'article', 'articles'), ...spanColumns('Technique', ['span'], null), col('Technique', 'technique'),
      col('Technique', 'category'), col('Technique', 'voice'), col('Technique', 'citation', 'citations'), col('Technique', 'note'),
    ],
  },
  {
    name: 'framing',
    title: 'Article framing',
    description: 'Per article: the SemEval-2023 genre with its reason, the Media Frames Corpus frames with the spans that carry them, and the technique review.',
    rows: (c) => c.framing as never,
    primaryKey: ['article'],
    columns: [
      col('Framing', 'article', 'articles'), col('Framing', 'genre'), col('Framing', 'genreNote'), col('Framing', 'frames'),
      col('Framing', 'techniquesReviewed'), col('Framing', 'note'),
    ],
  },
  {
    name: 'sources',
    title: 'Sources',
    description: 'Outside documents the annotation rests on (readouts, transcripts, statements, wire copies, reference works), each found and read; the `sources` columns of the other tables cite them by ID.',
    rows: (c) => c.sources as never,
    primaryKey: ['id'],
    columns: [
      col('Source', 'id'), col('Source', 'url'), col('Source', 'title'), col('Source', 'issuer'), col('Source', 'publishedBy'), col('Source', 'date'),
      col('Source', 'language'), col('Source', 'kind'), col('Source', 'excerpt'), col('Source', 'notes'),
    ],
  },
];

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Follows `$ref`s and nullable `anyOf`s; returns the node and whether null is allowed. */
function resolveNode(schema: CorpusJsonSchema, node: JsonSchemaNode): { node: JsonSchemaNode; nullable: boolean } {
  let nullable = false;
  let current = node;
  for (let guard = 0; guard < 20; guard++) {
    if (current.$ref) {
      const name = current.$ref.replace('#/$defs/', '');
      const target = schema.$defs[name];
      if (!target) throw new Error(`corpus.schema.json: unresolved reference ${current.$ref}`);
      current = target;
      continue;
    }
    if (current.anyOf) {
      const others = current.anyOf.filter((n) => n.type !== 'null');
      if (others.length !== current.anyOf.length) nullable = true;
      if (others.length === 1 && others[0]) {
        current = others[0];
        continue;
      }
    }
    if (Array.isArray(current.type) && current.type.includes('null')) {
      nullable = true;
      const rest = current.type.filter((t) => t !== 'null');
      current = { ...current, type: rest.length === 1 ? rest[0] : rest };
    }
    return { node: current, nullable };
  }
  throw new Error('corpus.schema.json: reference cycle');
}

/** Finds the schema of a property path in a `$defs` entry, with the descriptions met on the way. */
function schemaAt(schema: CorpusJsonSchema, def: string, propertyPath: string[]) {
  const root = schema.$defs[def];
  if (!root) throw new Error(`corpus.schema.json has no $defs.${def}`);
  let { node, nullable } = resolveNode(schema, root);
  const descriptions: string[] = [];
  const enums = new Set<unknown>();
  for (const [i, key] of propertyPath.entries()) {
    const branches = node.oneOf ?? node.anyOf ?? [node];
    const holders = branches.map((b) => resolveNode(schema, b).node).filter((b) => b.properties?.[key]);
    if (holders.length === 0) throw new Error(`corpus.schema.json: $defs.${def} has no property ${propertyPath.slice(0, i + 1).join('.')}`);
    // A property present in only some branches of a union (figure source) is null in the others.
    if (holders.length < branches.length) nullable = true;
    const property = holders[0]?.properties?.[key] as JsonSchemaNode;
    for (const h of holders) {
      const p = h.properties?.[key] as JsonSchemaNode;
      if (p.const !== undefined) enums.add(p.const);
    }
    const resolved = resolveNode(schema, property);
    // Descriptions of the properties on the way down; a shared definition's own description
    // (such as Span's) only for the leaf, where it is the best there is.
    const description = property.description ?? (i === propertyPath.length - 1 ? resolved.node.description : undefined);
    if (description) descriptions.push(description);
    node = resolved.node;
    nullable ||= resolved.nullable;
  }
  if (enums.size > 0) node = { ...node, enum: [...enums] };
  return { node, nullable, descriptions };
}

/** The Table Schema field of a column, with type and description taken from corpus.schema.json. */
function fieldOf(schema: CorpusJsonSchema, column: Column): TableField {
  if (column.def === '') {
    return { name: column.name, type: 'integer', description: column.description ?? '', constraints: { required: true } };
  }
  const { node, nullable, descriptions } = schemaAt(schema, column.def, column.path);
  const description = column.description ?? descriptions.join(' — ');
  const field: TableField = { name: column.name, type: 'string', description };
  const constraints: NonNullable<TableField['constraints']> = {};
  if (!nullable) constraints.required = true;
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (type === 'string' || node.const !== undefined) {
    if (node.pattern === DATE_PATTERN) field.type = 'date';
    else if (node.format === 'uri') field.format = 'uri';
    else if (node.pattern) constraints.pattern = node.pattern;
    if (node.enum) constraints.enum = [...node.enum];
  } else if (type === 'integer' || type === 'number' || type === 'boolean') {
    field.type = type;
  } else if (type === 'array') {
    const items = node.items ? resolveNode(schema, node.items).node : {};
    if (items.type === 'string') {
      field.type = 'list';
      field.itemType = 'string';
      field.delimiter = LIST_DELIMITER;
    } else {
      field.type = 'array';
    }
  } else if (type === 'object') {
    field.type = 'object';
  } else {
    throw new Error(`corpus.schema.json: cannot map $defs.${column.def}.${column.path.join('.')} (type ${JSON.stringify(node.type)}) to a table field`);
  }
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

const valueAt = (record: Record<string, unknown>, propertyPath: string[]): unknown => {
  let current: unknown = record;
  for (const key of propertyPath) {
    if (current === null || current === undefined) return null;
    current = (current as Record<string, unknown>)[key];
  }
  return current === undefined ? null : current;
};

/** Quotes a CSV cell when it holds a comma, a quotation mark or a line break (RFC 4180). */
const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function csvValue(field: TableField, value: unknown, where: string): string {
  if (value === null) return '';
  if (field.type === 'list') {
    const items = value as string[];
    const bad = items.find((item) => item.includes(LIST_DELIMITER));
    if (bad !== undefined) throw new Error(`${where}: list item ${JSON.stringify(bad)} contains the list delimiter "${LIST_DELIMITER}"; make the field an array (JSON) field instead`);
    return items.join(LIST_DELIMITER);
  }
  if (field.type === 'array' || field.type === 'object') return JSON.stringify(value);
  return String(value);
}

/** A Frictionless license entry. */
interface License {
  name?: string;
  path?: string;
  title: string;
}

export const LICENSES: License[] = [
  { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0: the annotations (every record and column except the article texts and the span texts quoted from them)' },
  { name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License: the code of the qantar-corpus package that produced these files' },
  {
    name: 'LicenseRef-publishers-copyright',
    title: 'The article texts (articles.text and every span text, which quotes them) remain the copyright of their publishers; they are included unchanged for research, criticism and review, and each article\'s `rights` column says who holds the copyright',
  },
];

interface PackageJson {
  name: string;
  version: string;
  description?: string;
  homepage?: string;
  keywords?: string[];
  author?: string;
}

export interface ExportInput {
  corpus: Corpus;
  /** Parsed src/generated/corpus.schema.json. */
  schema: unknown;
  /** Parsed package.json (name, version, description, homepage, keywords, author). */
  packageJson: PackageJson;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Produces every export file in memory: CSV and NDJSON tables, `datapackage.json`, BibTeX and CSL-JSON.
 *
 * @param input - The corpus, its JSON Schema (for field types and descriptions) and package.json.
 * @returns File contents keyed by path relative to the output folder (`datapackage.json`, `data/articles.csv`…).
 * @throws Error when a column names a property the schema lacks, or a list item contains `;`.
 *
 * @example
 * ```ts
 * import { exportFiles } from './scripts/export-tables.js';
 * const files = exportFiles({ corpus, schema, packageJson });
 * console.log(Object.keys(files).includes('data/figures.csv')); //=> true
 * ```
 */
export function exportFiles(input: ExportInput): Record<string, string> {
  const { corpus, packageJson } = input;
  const schema = input.schema as CorpusJsonSchema;
  const files: Record<string, string> = {};
  const csvResources: Record<string, unknown>[] = [];
  const ndjsonResources: Record<string, unknown>[] = [];
  for (const table of TABLES) {
    const fields = table.columns.map((column) => fieldOf(schema, column));
    const rows = table.rows(corpus).map((record, index) =>
      table.columns.map((column) => {
        const value = column.get ? column.get(record, index) : valueAt(record, column.path);
        return value === undefined ? null : value;
      }),
    );
    const csvLines = [fields.map((f) => csvCell(f.name)).join(',')];
    for (const [r, row] of rows.entries()) {
      csvLines.push(row.map((value, i) => csvCell(csvValue(fields[i] as TableField, value, `${table.name} row ${r} column ${fields[i]?.name}`))).join(','));
    }
    const csv = `${csvLines.join('\n')}\n`;
    const ndjson = rows.map((row) => `${JSON.stringify(Object.fromEntries(fields.map((f, i) => [f.name, row[i]])))}\n`).join('');
    files[`data/${table.name}.csv`] = csv;
    files[`data/${table.name}.ndjson`] = ndjson;
    const foreignKeys = (suffix: string): ForeignKey[] =>
      table.columns
        .filter((c) => c.references)
        .map((c) => ({
          fields: [c.name],
          reference: c.references === table.name ? { fields: ['id'] } : { resource: `${c.references}${suffix}`, fields: ['id'] },
        }));
    const tableSchema = (suffix: string) => ({
      fields,
      primaryKey: table.primaryKey,
      ...(foreignKeys(suffix).length > 0 ? { foreignKeys: foreignKeys(suffix) } : {}),
      missingValues: [''],
    });
    csvResources.push({
      name: table.name,
      type: 'table',
      path: `data/${table.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: table.title,
      description: `${table.description} ${rows.length} rows. The same rows as NDJSON: resource \`${table.name}-ndjson\`.`,
      bytes: Buffer.byteLength(csv, 'utf8'),
      hash: `sha256:${sha256(csv)}`,
      dialect: { header: true, delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true },
      schema: tableSchema(''),
    });
    ndjsonResources.push({
      name: `${table.name}-ndjson`,
      type: 'table',
      path: `data/${table.name}.ndjson`,
      format: 'ndjson',
      mediatype: 'application/x-ndjson',
      encoding: 'utf-8',
      title: `${table.title} (NDJSON)`,
      description: `${table.description} ${rows.length} rows, one JSON object per line with the fields of the schema in order; lists and arrays are native JSON arrays, null is null.`,
      bytes: Buffer.byteLength(ndjson, 'utf8'),
      hash: `sha256:${sha256(ndjson)}`,
      schema: tableSchema('-ndjson'),
    });
  }

  const outletNames = new Map(corpus.outlets.map((o) => [o.id, o.name]));
  const bib = corpus.articles.map((a) => formatArticleCitation(a, outletNames, 'bibtex')).join('\n\n');
  files['data/articles.bib'] = `% Generated by scripts/export-tables.ts from the qantar-corpus ${corpus.corpusVersion} articles. Do not edit.\n\n${bib}\n`;
  const csl = corpus.articles.map((a) => JSON.parse(formatArticleCitation(a, outletNames, 'csl-json')) as unknown);
  files['data/articles.csl.json'] = `${JSON.stringify(csl, null, 2)}\n`;

  const datapackage = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: packageJson.name,
    title: 'Qantar corpus: news coverage of China\'s response to Kazakhstan\'s January 2022 unrest',
    description: `${packageJson.description ?? ''} Generated by scripts/export-tables.ts from corpus.json (schema version ${corpus.schemaVersion}); do not edit. Every table comes as CSV (resource <name>) and NDJSON (resource <name>-ndjson). Spans are flattened to start/end/text columns: offsets into the article text in UTF-16 code units (equal to code points), end exclusive. Arrays of strings are list fields joined with ";" in CSV; arrays of objects are JSON arrays. BibTeX and CSL-JSON records of the articles are in data/articles.bib and data/articles.csl.json.`.trim(),
    version: packageJson.version,
    ...(packageJson.homepage ? { homepage: packageJson.homepage } : {}),
    ...(packageJson.keywords ? { keywords: packageJson.keywords } : {}),
    ...(packageJson.author ? { contributors: [{ title: packageJson.author, roles: ['creator'] }] } : {}),
    licenses: LICENSES,
    sources: corpus.articles.map((a) => ({ title: `${outletNames.get(a.outlet) ?? a.outlet}: ${a.title ?? `untitled ${a.genre === 'news' ? 'news article' : a.genre}`} (${a.published.date})`, path: a.url })),
    resources: [...csvResources, ...ndjsonResources],
  };
  files['datapackage.json'] = `${JSON.stringify(datapackage, null, 2)}\n`;
  Object.assign(files, semevalFiles(corpus));
  return files;
}

/**
 * Reads the generated corpus and writes every export file under `outDir`.
 *
 * @param root - Repository root (where package.json and src/generated are).
 * @param outDir - Output folder (dist/ for the package).
 * @returns The paths written, relative to `outDir`.
 * @throws Error when the generated files are missing (run `npm run build:data` first) or {@link exportFiles} fails.
 *
 * @example
 * ```ts
 * import { writeExports } from './scripts/export-tables.js';
 * console.log(writeExports('.', 'dist').includes('datapackage.json')); //=> true
 * ```
 */
export function writeExports(root: string, outDir: string): string[] {
  const read = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as unknown;
  const files = exportFiles({
    corpus: read('src/generated/corpus.json') as Corpus,
    schema: read('src/generated/corpus.schema.json'),
    packageJson: read('package.json') as PackageJson,
  });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
    writeFileSync(path.join(outDir, name), content);
  }
  return Object.keys(files);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = path.resolve(values.out ?? path.join(root, 'dist'));
  const written = writeExports(root, out);
  console.log(`Wrote ${written.length} files to ${path.relative(root, out) || '.'}: ${written.join(', ')}`);
  if (!values.out) {
    // Frictionless tools look for datapackage.json at the root of a package: write a copy there whose
    // resource paths point into dist/ (generated, git-ignored, shipped through the `files` whitelist).
    const descriptor = JSON.parse(readFileSync(path.join(out, 'datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    for (const resource of descriptor.resources) resource.path = `dist/${resource.path}`;
    writeFileSync(path.join(root, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
    // One descriptor in the package: the copy in dist/ would describe the same tables a second time.
    rmSync(path.join(out, 'datapackage.json'));
    console.log('Wrote datapackage.json (package root, paths into dist/; none left in dist/)');
  }
}
