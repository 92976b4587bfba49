/**
 * Export format: a Hugging Face dataset folder (`hf/`), the static files the Hub's `datasets`
 * library and dataset viewer read (the Hub no longer runs loading scripts):
 *
 *   hf/README.md                       dataset card: the YAML header the Hub reads (licence, language,
 *                                      tasks, size, creators, `configs` with `data_files`, features),
 *                                      then the card itself, with the label vocabularies
 *   hf/data/<config>/test.parquet      one config per table of the tables registry, and `documents`:
 *   hf/data/<config>/test.jsonl        one row per article with the rows of every layer nested
 *
 * One split, `test`: the corpus is an evaluation set, not training data. Columns and types are the
 * tables' (snake_case, no SQL keyword; spans as `<name>_start/_end/_text` in code points). JSONL
 * carries no comment line (readers would take it for a row), so the card says these files are generated.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { stringify } from 'yaml';
import { numberText } from './csv-ndjson.js';
import type { ItemShape, TableField } from './schema-columns.js';
import type { TableData } from './tables.js';
import type { ExportContext, ExportFiles, ExportFormat } from './types.js';

/** A column type, as Parquet, the Hub's features and JSON see it. */
export type HfType =
  | { kind: 'string' | 'int64' | 'float64' | 'bool' | 'date32'; nullable: boolean }
  | { kind: 'list'; item: HfType; nullable: boolean }
  | { kind: 'struct'; fields: { name: string; type: HfType }[]; nullable: boolean };

export interface HfConfig {
  name: string;
  description: string;
  columns: { name: string; type: HfType; description: string; labels?: readonly unknown[] }[];
  /** Rows as objects keyed by column name. */
  rows: Record<string, unknown>[];
}

const SCALAR: Record<string, 'string' | 'int64' | 'float64' | 'bool' | 'date32'> = { string: 'string', integer: 'int64', number: 'float64', boolean: 'bool', date: 'date32' };

function itemType(shape: ItemShape): HfType {
  return {
    kind: 'struct',
    nullable: false,
    fields: shape.keys.map((k) => ({
      name: k.name,
      type: k.list ? { kind: 'list', item: { kind: 'string', nullable: false }, nullable: false }
        : k.type === 'array' ? { kind: 'list', item: k.items ? itemType(k.items) : { kind: 'string', nullable: false }, nullable: k.nullable }
        : { kind: SCALAR[k.type] ?? 'string', nullable: k.nullable },
    })),
  };
}

/** The type of a table column. */
export function fieldType(field: TableField, items: ItemShape | undefined): HfType {
  const nullable = !field.constraints?.required;
  if (field.type === 'list') return { kind: 'list', item: { kind: 'string', nullable: false }, nullable: false };
  if (field.type === 'array') {
    if (!items) throw new Error(`Hugging Face export: column ${field.name} is an array without an item shape`);
    return { kind: 'list', item: itemType(items), nullable: false };
  }
  const kind = SCALAR[field.type];
  if (!kind) throw new Error(`Hugging Face export: no Parquet type for column ${field.name} of type ${field.type}`);
  return { kind, nullable };
}

const tableConfig = (table: TableData): HfConfig => ({
  name: table.name,
  description: table.spec.description,
  columns: table.columns.map((c) => ({ name: c.field.name, type: fieldType(c.field, c.items), description: c.field.description, ...(c.field.constraints?.enum ? { labels: c.field.constraints.enum } : {}) })),
  rows: table.rows.map((row) => Object.fromEntries(table.fields.map((f, i) => [f.name, row[i]]))),
});

/** The `documents` config: one row per article, its columns, then the rows of every table that has an `article` column, nested. */
export function documentsConfig(tables: readonly TableData[]): HfConfig {
  const articles = tables.find((t) => t.name === 'articles');
  if (!articles) throw new Error('Hugging Face export: the tables registry has no articles table');
  const base = tableConfig(articles);
  const layers = tables.filter((t) => t !== articles && t.fields.some((f) => f.name === 'article')).map((t) => {
    const config = tableConfig(t);
    const inner = config.columns.filter((c) => c.name !== 'article');
    const struct: HfType = { kind: 'struct', fields: inner.map((c) => ({ name: c.name, type: c.type })), nullable: true };
    // A table keyed by article (framing) has at most one row per article: a struct, null when absent.
    const single = t.primaryKey.length === 1 && t.primaryKey[0] === 'article';
    const strip = (r: Record<string, unknown>) => Object.fromEntries(inner.map((c) => [c.name, r[c.name]]));
    return {
      column: t.name.replaceAll('-', '_'),
      type: single ? struct : ({ kind: 'list', item: { ...struct, nullable: false }, nullable: false } as HfType),
      description: single ? `${t.spec.title} of the article (null when it has none): ${t.spec.description}` : `${t.spec.title} in the article, in text order, as in the ${t.name} config without its article column: ${t.spec.description}`,
      rowsOf: (id: string) => {
        const mine = config.rows.filter((r) => r.article === id).map(strip);
        return single ? (mine[0] ?? null) : mine;
      },
    };
  });
  return {
    name: 'documents',
    description: 'One row per article: the article\'s columns (as in the articles config) and, nested, the rows of every layer that annotates it (segments, entity mentions, date mentions, claim mentions, figures, citations, labels, techniques, framing, exemptions).',
    columns: [...base.columns, ...layers.map((l) => ({ name: l.column, type: l.type, description: l.description }))],
    rows: base.rows.map((r) => ({ ...r, ...Object.fromEntries(layers.map((l) => [l.column, l.rowsOf(r.id as string)])) })),
  };
}

// --- Parquet -----------------------------------------------------------------------------------

type SchemaElement = Record<string, unknown>;

/** The Parquet schema elements of a column (depth first, as the format lists them). */
function parquetElements(name: string, type: HfType): SchemaElement[] {
  const repetition_type = type.nullable ? 'OPTIONAL' : 'REQUIRED';
  switch (type.kind) {
    case 'string': return [{ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type }];
    case 'int64': return [{ name, type: 'INT64', repetition_type }];
    case 'float64': return [{ name, type: 'DOUBLE', repetition_type }];
    case 'bool': return [{ name, type: 'BOOLEAN', repetition_type }];
    case 'date32': return [{ name, type: 'INT32', converted_type: 'DATE', repetition_type }];
    case 'list': return [
      { name, repetition_type, converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      ...parquetElements('element', type.item),
    ];
    case 'struct': return [{ name, repetition_type, num_children: type.fields.length }, ...type.fields.flatMap((f) => parquetElements(f.name, f.type))];
  }
}

const DAY_MS = 86_400_000;

/** A JSON value as the Parquet writer wants it: BigInt for int64, days since 1970 for dates. */
function parquetValue(value: unknown, type: HfType): unknown {
  if (value === null || value === undefined) return null;
  switch (type.kind) {
    case 'int64': return BigInt(value as number);
    case 'date32': return Date.parse(`${value as string}T00:00:00Z`) / DAY_MS;
    case 'list': return (value as unknown[]).map((v) => parquetValue(v, type.item));
    case 'struct': return Object.fromEntries(type.fields.map((f) => [f.name, parquetValue((value as Record<string, unknown>)[f.name], f.type)]));
    default: return value;
  }
}

/**
 * A config as Parquet bytes.
 *
 * @param config - Columns with their types, and rows.
 * @returns The file, byte for byte the same for the same input.
 */
export function configParquet(config: HfConfig): Uint8Array {
  const schema = [{ name: 'root', num_children: config.columns.length }, ...config.columns.flatMap((c) => parquetElements(c.name, c.type))];
  const buffer = parquetWriteBuffer({
    columnData: config.columns.map((c) => ({ name: c.name, data: config.rows.map((r) => parquetValue(r[c.name], c.type)) as never })),
    schema: schema as never,
    createdBy: 'qantar-corpus scripts/exports/huggingface.ts (hyparquet-writer)',
  });
  return new Uint8Array(buffer);
}

// --- JSONL -------------------------------------------------------------------------------------

/** JSON text of a value with its type: float64 numbers keep a fraction part, as in the NDJSON tables. */
function typedJson(value: unknown, type: HfType): string {
  if (value === null || value === undefined) return 'null';
  if (type.kind === 'float64' && typeof value === 'number') return numberText(value);
  if (type.kind === 'list') return `[${(value as unknown[]).map((v) => typedJson(v, type.item)).join(',')}]`;
  if (type.kind === 'struct') return `{${type.fields.map((f) => `${JSON.stringify(f.name)}:${typedJson((value as Record<string, unknown>)[f.name], f.type)}`).join(',')}}`;
  return JSON.stringify(value);
}

export const configJsonl = (config: HfConfig): string =>
  config.rows.map((r) => `{${config.columns.map((c) => `${JSON.stringify(c.name)}:${typedJson(r[c.name], c.type)}`).join(',')}}\n`).join('');

// --- The card ----------------------------------------------------------------------------------

/** The Hub's YAML for a feature type (datasets 4: `dtype`, `list`, `struct`). */
function featureYaml(name: string, type: HfType): Record<string, unknown> {
  return { name, ...featureBody(type) };
}
function featureBody(type: HfType): Record<string, unknown> {
  if (type.kind === 'list') return { list: type.item.kind === 'struct' ? type.item.fields.map((f) => featureYaml(f.name, f.type)) : featureBody(type.item).dtype ?? featureBody(type.item) };
  if (type.kind === 'struct') return { struct: type.fields.map((f) => featureYaml(f.name, f.type)) };
  return { dtype: type.kind };
}

/** The Hub's size category for the number of rows of the largest config. */
export function sizeCategory(rows: number): string {
  const bounds: [number, string][] = [[1e3, 'n<1K'], [1e4, '1K<n<10K'], [1e5, '10K<n<100K'], [1e6, '100K<n<1M']];
  return bounds.find(([limit]) => rows < limit)?.[1] ?? '1M<n<10M';
}

const typeName = (t: HfType): string =>
  t.kind === 'list' ? `list of ${typeName(t.item)}` : t.kind === 'struct' ? `struct(${t.fields.map((f) => f.name).join(', ')})` : t.kind;

function card(ctx: ExportContext, configs: HfConfig[]): string {
  const { corpus, packageJson } = ctx;
  const repository = (packageJson.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
  const largest = Math.max(...configs.map((c) => c.rows.length));
  const header = {
    pretty_name: 'Qantar corpus: news coverage of China\'s response to Kazakhstan\'s January 2022 unrest',
    license: 'other',
    license_name: 'qantar-corpus-annotations-cc-by-4.0-texts-publishers-copyright',
    license_link: `${repository}/blob/main/LICENSE`,
    language: [...new Set(corpus.articles.map((a) => a.language.split('-')[0] as string))].sort(),
    language_creators: ['found'],
    annotations_creators: ['expert-generated'],
    multilinguality: ['monolingual'],
    source_datasets: ['original'],
    size_categories: [sizeCategory(largest)],
    task_categories: ['token-classification', 'text-classification'],
    task_ids: ['named-entity-recognition', 'fact-checking', 'multi-label-classification'],
    tags: ['media-research', 'disinformation', 'propaganda', 'quotation-attribution', 'claims', 'stance', 'kazakhstan', 'china', 'semeval-2023-task-3'],
    configs: configs.map((c, i) => ({ config_name: c.name, ...(i === 0 ? { default: true } : {}), data_files: [{ split: 'test', path: `data/${c.name}/test.parquet` }] })),
    dataset_info: configs.map((c) => ({ config_name: c.name, features: c.columns.map((col) => featureYaml(col.name, col.type)), splits: [{ name: 'test', num_examples: c.rows.length }] })),
  };
  const vocabularies = configs.filter((c) => c.name !== 'documents').flatMap((c) => c.columns.filter((col) => col.labels).map((col) => `| \`${c.name}\` | \`${col.name}\` | ${(col.labels as unknown[]).map((l) => `\`${String(l)}\``).join(', ')} |`));
  const lines = [
    '---',
    `# Generated by scripts/exports/huggingface.ts from the qantar-corpus ${corpus.corpusVersion} corpus. Do not edit: change data/ and run \`npm run build:hf\`.`,
    stringify(header, { lineWidth: 0 }).trimEnd(),
    '---',
    '',
    `# ${header.pretty_name}`,
    '',
    `A small, densely hand-annotated corpus (release ${corpus.corpusVersion}, schema ${corpus.schemaVersion}): ${corpus.articles.length} news texts about China's response to the unrest in Kazakhstan of January 2022, with every figure, quotation, claim, name, label and persuasion technique tied to an exact span of the verbatim text. It is an **evaluation set**, not training data: there is one split, \`test\`.`,
    '',
    `This folder is generated from the [qantar-corpus](${repository}) npm package (\`qantar-corpus/hf/*\`); the package's README, data card (docs/data-card.md) and annotation guide explain every field.`,
    '',
    '## Load it',
    '',
    '```python',
    'from datasets import load_dataset',
    '# from a local copy of this folder (or pass the Hub repository ID instead of "parquet")',
    'docs = load_dataset("parquet", data_files={"test": "data/documents/test.parquet"}, split="test")',
    'figures = load_dataset("parquet", data_files={"test": "data/figures/test.parquet"}, split="test")',
    '```',
    '',
    'Without any library, every config is also JSON Lines with the same columns:',
    '',
    '```python',
    'import json',
    'docs = [json.loads(line) for line in open("data/documents/test.jsonl", encoding="utf-8")]',
    'article = docs[0]',
    'for m in article["entity_mentions"]:',
    '    assert article["text"][m["span_start"]:m["span_end"]] == m["span_text"]',
    '```',
    '',
    'Offsets count Unicode code points (what Python indexes), `span_end` exclusive: `text[span_start:span_end] == span_text` for every span. The texts have no characters outside the Basic Multilingual Plane, so the offsets are also UTF-16 code units (what JavaScript indexes).',
    '',
    '## Configs',
    '',
    '| Config | Rows | What a row is |',
    '|---|---|---|',
    ...configs.map((c) => `| \`${c.name}\` | ${c.rows.length} | ${c.description.replaceAll('|', '\\|')} |`),
    '',
    'Column types (as Parquet stores them; JSONL has the same values, numbers of float columns with a fraction part):',
    '',
    ...configs.map((c) => `- \`${c.name}\`: ${c.columns.map((col) => `\`${col.name}\` ${typeName(col.type)}${col.type.nullable ? ' (nullable)' : ''}`).join(', ')}`),
    '',
    '## Label vocabularies',
    '',
    'Every label column holds one of these values (null where the column is nullable):',
    '',
    '| Config | Column | Labels |',
    '|---|---|---|',
    ...vocabularies,
    '',
    '## Licence',
    '',
    'The annotations (every column except the article texts and the span texts quoted from them) are under CC BY 4.0; the code that produced these files under MIT. The article texts remain the copyright of their publishers; they are included unchanged for research, criticism and review, and each article\'s `rights` column says who holds the copyright.',
    '',
    '## Citation',
    '',
    `Cite the corpus with the package's CITATION.cff (${repository}/blob/main/CITATION.cff); cite an article with the CSL-JSON or BibTeX files of the package (\`qantar-corpus/data/articles.csl.json\`, \`qantar-corpus/data/articles.bib\`).`,
    '',
  ];
  return lines.join('\n');
}

/** Every config: the tables, then documents first (the default config). */
export function hfConfigs(ctx: ExportContext): HfConfig[] {
  return [documentsConfig(ctx.tables), ...ctx.tables.map(tableConfig)];
}

export const huggingFace: ExportFormat = {
  id: 'huggingface',
  title: 'Hugging Face dataset folder (Parquet and JSONL, one test split)',
  audience: 'Python NLP users and the Hugging Face Hub: `datasets.load_dataset` reads it, one config per layer and a `documents` config with one row per article and its spans nested.',
  paths: ['qantar-corpus/hf/README.md', 'qantar-corpus/hf/data/<config>/test.parquet', 'qantar-corpus/hf/data/<config>/test.jsonl'],
  files(ctx): ExportFiles {
    const configs = hfConfigs(ctx);
    const files: ExportFiles = { 'hf/README.md': card(ctx, configs) };
    for (const c of configs) {
      files[`hf/data/${c.name}/test.parquet`] = configParquet(c);
      files[`hf/data/${c.name}/test.jsonl`] = configJsonl(c);
    }
    return files;
  },
};
