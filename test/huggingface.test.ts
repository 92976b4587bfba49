// The Hugging Face folder read by real clients: DuckDB reads every Parquet and JSONL file with the
// types the card declares, Python's json module (and pandas, where installed) reads the JSONL, and
// all of them agree with corpus.json on row counts, IDs and span text sliced from the article text.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportFiles, type ExportFiles } from '../scripts/exports/index.js';
import { TABLES } from '../scripts/exports/tables.js';
import type { Corpus } from '../src/generated/types.js';
import { debianPythonWith, python, query, sqlString, writeTree } from './support/clients.js';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as unknown;
const corpus = readJson('src/generated/corpus.json') as Corpus;

interface Feature { name: string; dtype?: string; list?: string | Feature[]; struct?: Feature[] }
interface Card {
  license: string; license_name: string; language: string[]; task_categories: string[]; task_ids: string[]; size_categories: string[];
  annotations_creators: string[]; pretty_name: string;
  configs: { config_name: string; default?: boolean; data_files: { split: string; path: string }[] }[];
  dataset_info: { config_name: string; features: Feature[]; splits: { name: string; num_examples: number }[] }[];
}

let files: ExportFiles;
let dir = '';
let card: Card;
let cardText = '';
beforeAll(() => {
  files = exportFiles({ corpus, schema: readJson('src/generated/corpus.schema.json'), packageJson: readJson('package.json') as never });
  dir = path.join(writeTree(files, 'qantar-hf-'), 'hf');
  cardText = readFileSync(path.join(dir, 'README.md'), 'utf8');
  card = parse(/^---\n([\s\S]*?)\n---\n/.exec(cardText)?.[1] ?? '') as Card;
});
afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

/** Primary keys of a table straight from corpus.json. */
function keysOf(config: string): string[] {
  if (config === 'documents' || config === 'articles') return corpus.articles.map((a) => a.id);
  if (config === 'segments') return corpus.articles.flatMap((a) => a.segments.map((_, i) => `${a.id}|${i}`));
  if (config === 'framing') return corpus.framing.map((f) => f.article);
  if (config === 'narrative-links') return corpus.claims.flatMap((c) => c.narratives.map((_, i) => `${c.id}|${i}`));
  if (config === 'exemptions') return corpus.exemptions.map((e) => `${e.article}|${e.layer}|${e.span.start}|${e.span.end}`);
  return ((corpus as unknown as Record<string, { id: string }[]>)[config.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] ?? []).map((r) => r.id);
}
const keySql = (config: string) => (TABLES.find((t) => t.name === config)?.primaryKey ?? ['id']).map((k) => `CAST(${k} AS VARCHAR)`).join(` || '|' || `);

/** The DuckDB type of a feature as the card declares it, written the way DESCRIBE prints it. */
function duckType(f: Feature): string {
  if (f.dtype) return ({ string: 'VARCHAR', int64: 'BIGINT', float64: 'DOUBLE', bool: 'BOOLEAN', date32: 'DATE' } as Record<string, string>)[f.dtype] ?? `?${f.dtype}`;
  if (typeof f.list === 'string') return `${duckType({ name: '', dtype: f.list })}[]`;
  if (Array.isArray(f.list)) return `${duckType({ name: '', struct: f.list })}[]`;
  if (f.struct) return `STRUCT(${f.struct.map((s) => `${s.name} ${duckType(s)}`).join(', ')})`;
  return '?';
}

describe('the dataset card', () => {
  it('has the YAML header the Hub reads, with one test-split config per table and a default documents config', () => {
    expect(cardText.split('\n')[0]).toBe('---');
    expect(card.pretty_name.length).toBeGreaterThan(10);
    expect(card.license).toBe('other');
    expect(card.language).toEqual(['en']);
    expect(card.annotations_creators).toEqual(['expert-generated']);
    expect(card.task_categories).toEqual(['token-classification', 'text-classification']);
    const largest = Math.max(...TABLES.map((t) => keysOf(t.name).length));
    expect(card.size_categories).toEqual([largest < 1000 ? 'n<1K' : '1K<n<10K']);
    expect(card.configs.map((c) => c.config_name)).toEqual(['documents', ...TABLES.map((t) => t.name)]);
    expect(card.configs.filter((c) => c.default).map((c) => c.config_name)).toEqual(['documents']);
    for (const c of card.configs) {
      expect(c.data_files).toEqual([{ split: 'test', path: `data/${c.config_name}/test.parquet` }]);
      expect(existsSync(path.join(dir, c.data_files[0]!.path)), c.config_name).toBe(true);
    }
    for (const info of card.dataset_info) expect([info.config_name, info.splits]).toEqual([info.config_name, [{ name: 'test', num_examples: keysOf(info.config_name).length }]]);
  });

  it('lists the label vocabulary of every label column, the SemEval technique IDs among them', () => {
    expect(cardText).toContain('## Label vocabularies');
    const techniques = /\| `techniques` \| `technique` \| (.*) \|/.exec(cardText)?.[1] ?? '';
    expect(techniques.split(', ').length).toBe(23);
    expect(techniques).toContain('`Loaded_Language`');
    expect(cardText).toMatch(/\| `claim-mentions` \| `stance` \| `asserts`, `endorses`, `reports`, `questions`, `disputes` \|/);
  });
});

describe('DuckDB reads every Parquet file', () => {
  it('with the column types the card declares, one row per record, and the corpus IDs', async () => {
    for (const info of card.dataset_info) {
      const file = sqlString(path.join(dir, 'data', info.config_name, 'test.parquet'));
      const described = await query(`DESCRIBE SELECT * FROM read_parquet(${file})`);
      // DuckDB prints struct keys that are (unreserved) keywords in quotes: `"role" VARCHAR`.
      expect(described.map((d) => [d.column_name, String(d.column_type).replaceAll('"', '')]), info.config_name).toEqual(info.features.map((f) => [f.name, duckType(f)]));
      const keys = await query(`SELECT ${info.config_name === 'documents' ? 'id' : keySql(info.config_name)} AS k FROM read_parquet(${file})`);
      expect(keys.map((k) => k.k), info.config_name).toEqual(keysOf(info.config_name));
    }
  });

  it('and every nested span of the documents config slices its article text (DuckDB counts code points)', async () => {
    const file = sqlString(path.join(dir, 'data', 'documents', 'test.parquet'));
    const documents = card.dataset_info.find((i) => i.config_name === 'documents') as Card['dataset_info'][number];
    let checked = 0;
    for (const f of documents.features.filter((x) => Array.isArray(x.list))) {
      const keys = (f.list as Feature[]).map((k) => k.name);
      for (const prefix of keys.filter((k) => k.endsWith('_start') && keys.includes(k.replace(/_start$/, '_text'))).map((k) => k.replace(/_start$/, ''))) {
        const [row] = await query(`SELECT count(*) FILTER (WHERE substring(text, r.${prefix}_start + 1, r.${prefix}_end - r.${prefix}_start) IS DISTINCT FROM r.${prefix}_text) AS wrong, count(*) AS n
          FROM (SELECT text, unnest(${f.name}) AS r FROM read_parquet(${file})) WHERE r.${prefix}_start IS NOT NULL`);
        expect(Number(row?.wrong), `${f.name}.${prefix}`).toBe(0);
        checked += Number(row?.n);
      }
    }
    const [counts] = await query(`SELECT sum(len(entity_mentions)) AS mentions, sum(len(figures)) AS figures, count(framing) AS framing FROM read_parquet(${file})`);
    expect([Number(counts?.mentions), Number(counts?.figures), Number(counts?.framing)]).toEqual([corpus.entityMentions.length, corpus.figures.length, corpus.framing.length]);
    expect(checked).toBeGreaterThan(corpus.entityMentions.length + corpus.figures.length);
  });
});

describe('DuckDB reads every JSONL file', () => {
  it('with the declared types (given them), the same rows as the Parquet file', async () => {
    for (const info of card.dataset_info) {
      const base = path.join(dir, 'data', info.config_name);
      const columns = `{${info.features.map((f) => `${sqlString(f.name)}: ${sqlString(duckType(f))}`).join(', ')}}`;
      const fromJson = await query(`SELECT * FROM read_json(${sqlString(path.join(base, 'test.jsonl'))}, columns = ${columns})`);
      const fromParquet = await query(`SELECT * FROM read_parquet(${sqlString(path.join(base, 'test.parquet'))})`);
      expect(fromJson, info.config_name).toEqual(fromParquet);
    }
  });

  it('inferring the declared type of every top-level column that holds a value', async () => {
    for (const info of card.dataset_info.filter((i) => i.config_name !== 'documents')) {
      const described = await query(`DESCRIBE SELECT * FROM read_json(${sqlString(path.join(dir, 'data', info.config_name, 'test.jsonl'))})`);
      const lines = readFileSync(path.join(dir, 'data', info.config_name, 'test.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      for (const [i, f] of info.features.entries()) {
        const empty = lines.every((l) => l[f.name] === null || (Array.isArray(l[f.name]) && (l[f.name] as unknown[]).length === 0));
        const got = String(described[i]?.column_type);
        if (empty || (f.dtype === 'string' && got === 'TIME')) continue;
        // Structs nested in arrays may hold all-null keys (JSON then); the top-level kind must match.
        expect(got.split('(')[0], `${info.config_name}.${f.name}`).toBe(duckType(f).split('(')[0]);
      }
    }
  });
});

const JSONL_READER = String.raw`
import json, os, sys
d, corpus_path = sys.argv[1], sys.argv[2]
corpus = json.load(open(corpus_path, encoding='utf-8'))
texts = {a['id']: a['text'] for a in corpus['articles']}
problems, rows, spans = [], {}, 0
def check_spans(row, text, where):
    global spans
    for k in row:
        if k.endswith('_start') and k[:-6] + '_text' in row and row[k] is not None:
            spans += 1
            if text[row[k]:row[k[:-6] + '_end']] != row[k[:-6] + '_text']: problems.append(where + ' ' + k)
for config in sorted(os.listdir(os.path.join(d, 'data'))):
    data = [json.loads(line) for line in open(os.path.join(d, 'data', config, 'test.jsonl'), encoding='utf-8')]
    rows[config] = [r.get('id') for r in data]
    for r in data:
        if config == 'documents':
            for key, value in r.items():
                for item in (value if isinstance(value, list) else [value] if isinstance(value, dict) else []):
                    if isinstance(item, dict): check_spans(item, r['text'], 'documents %s %s' % (r['id'], key))
        elif 'article' in r and config != 'articles':
            check_spans(r, texts[r['article']], '%s %s' % (config, r.get('id')))
print(json.dumps({'problems': problems, 'rows': rows, 'spans': spans}))
`;

describe('Python reads the JSONL', () => {
  it('with the standard library: one row per record, the corpus IDs, every span slicing its text by code points', () => {
    const result = python(JSONL_READER, [dir, path.join(root, 'src/generated/corpus.json')]) as { problems: string[]; rows: Record<string, (string | null)[]>; spans: number };
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.rows).sort()).toEqual(['documents', ...TABLES.map((t) => t.name)].sort());
    expect(result.rows.documents).toEqual(corpus.articles.map((a) => a.id));
    expect(result.rows['claim-mentions']).toEqual(corpus.claimMentions.map((m) => m.id));
    for (const t of TABLES) expect([t.name, result.rows[t.name]?.length]).toEqual([t.name, keysOf(t.name).length]);
    expect(result.spans).toBeGreaterThan(2 * corpus.entityMentions.length);
  });

  const pandas = debianPythonWith('pandas');
  it.runIf(pandas !== null || process.env.CI === 'true')('with pandas (Debian\'s python3-pandas): read_json(lines=True) gives the rows and IDs', () => {
    const script = 'import sys, json, pandas as pd\ndf = pd.read_json(sys.argv[1], lines=True)\nprint(json.dumps({"ids": list(df["id"]), "mentions": int(df["entity_mentions"].map(len).sum())}))';
    const result = python(script, [path.join(dir, 'data', 'documents', 'test.jsonl')], pandas ?? '/usr/bin/python3') as { ids: string[]; mentions: number };
    expect(result).toEqual({ ids: corpus.articles.map((a) => a.id), mentions: corpus.entityMentions.length });
  });
});

describe('the committed hf/ folder', () => {
  it('is exactly what the corpus gives (run `npm run build:hf` after changing data/)', () => {
    const committed = path.join(root, 'hf');
    const list = (d: string, prefix = ''): string[] => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? list(path.join(d, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
    const expected = Object.keys(files).filter((f) => f.startsWith('hf/')).map((f) => f.slice(3)).sort();
    expect(list(committed).sort(), 'files in hf/ (run npm run build:hf)').toEqual(expected);
    for (const f of expected) {
      const want = files[`hf/${f}`] as string | Uint8Array;
      expect(Buffer.compare(readFileSync(path.join(committed, f)), Buffer.from(want)), `hf/${f} is stale: run npm run build:hf`).toBe(0);
    }
  });
});
