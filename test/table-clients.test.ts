// The CSV and NDJSON tables read by real clients: DuckDB, Python's csv and json modules, and pandas
// (Debian's python3-pandas, installed by .ci/run). Each must agree with corpus.json on row counts,
// IDs and span text sliced from the article text, and read the columns with the declared types.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFiles } from '../scripts/exports/index.js';
import { SQL_KEYWORDS } from '../scripts/exports/sql-keywords.js';
import { TABLES } from '../scripts/exports/tables.js';
import type { Corpus } from '../src/generated/types.js';
import { debianPythonWith, python, query, sqlString, writeTree } from './support/clients.js';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as unknown;
const corpus = readJson('src/generated/corpus.json') as Corpus;
const corpusPath = path.join(root, 'src/generated/corpus.json');

interface Field { name: string; type: string; constraints?: { required?: boolean; pattern?: string } }
interface Resource { name: string; path: string; format: string; schema: { fields: Field[]; primaryKey: string[] } }

let dir = '';
let resources: Resource[] = [];
beforeAll(() => {
  dir = writeTree(exportFiles({ corpus, schema: readJson('src/generated/corpus.schema.json'), packageJson: readJson('package.json') as never }), 'qantar-tables-');
  resources = (JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as { resources: Resource[] }).resources;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Row keys of each table, from corpus.json directly (not through the exporter). */
function corpusKeys(table: string): string[] {
  const camel = table.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  if (table === 'segments') return corpus.articles.flatMap((a) => a.segments.map((_, i) => `${a.id}|${i}`));
  if (table === 'framing') return corpus.framing.map((f) => f.article);
  if (table === 'narrative-links') return corpus.claims.flatMap((c) => c.narratives.map((_, i) => `${c.id}|${i}`));
  if (table === 'exemptions') return corpus.exemptions.map((e) => `${e.article}|${e.layer}|${e.span.start}|${e.span.end}`);
  return ((corpus as unknown as Record<string, { id: string }[]>)[camel] ?? []).map((r) => r.id);
}
const keySql = (r: Resource) => r.schema.primaryKey.map((k) => `CAST(${k} AS VARCHAR)`).join(` || '|' || `);

/** The DuckDB type a declared Table Schema field should be read as. */
const duckType = (f: Field, format: string) =>
  ({ string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE', list: format === 'csv' ? 'VARCHAR' : 'VARCHAR[]', array: format === 'csv' ? 'VARCHAR' : 'STRUCT', object: 'STRUCT' })[f.type] ?? '?';

const reader = (r: Resource) => `${r.format === 'csv' ? 'read_csv' : 'read_json'}(${sqlString(path.join(dir, r.path))})`;

describe('DuckDB reads every table', () => {
  it('with one row per record and the corpus IDs, from CSV and NDJSON alike', async () => {
    for (const r of resources) {
      const table = r.name.replace(/-ndjson$/, '');
      const rows = await query(`SELECT ${keySql(r)} AS k FROM ${reader(r)}`);
      expect(rows.map((x) => x.k), r.name).toEqual(corpusKeys(table));
    }
  });

  it('and slices every span text out of the article text with its offsets (DuckDB counts code points)', async () => {
    const articles = resources.find((r) => r.name === 'articles') as Resource;
    let checked = 0;
    for (const r of resources) {
      const names = r.schema.fields.map((f) => f.name);
      if (!names.includes('article') || r.name.startsWith('articles')) continue;
      for (const prefix of names.filter((n) => n.endsWith('_start') && names.includes(n.replace(/_start$/, '_text'))).map((n) => n.replace(/_start$/, ''))) {
        const [row] = await query(`SELECT count(*) FILTER (WHERE substring(a.text, t.${prefix}_start + 1, t.${prefix}_end - t.${prefix}_start) IS DISTINCT FROM t.${prefix}_text) AS wrong, count(*) AS n
          FROM ${reader(r)} t JOIN ${reader(articles)} a ON a.id = t.article WHERE t.${prefix}_start IS NOT NULL`);
        expect(Number(row?.wrong), `${r.name}.${prefix}`).toBe(0);
        checked += Number(row?.n);
      }
    }
    expect(checked).toBeGreaterThan(2 * corpus.entityMentions.length);
  });

  it('infers the declared type of every column that holds a value; only columns null in every row arrive as JSON', async () => {
    const mismatches: string[] = [];
    const nullEverywhere: string[] = [];
    for (const r of resources) {
      const described = await query(`DESCRIBE SELECT * FROM ${reader(r)}`);
      expect(described.map((d) => d.column_name), r.name).toEqual(r.schema.fields.map((f) => f.name));
      const values = r.format === 'ndjson' ? readFileSync(path.join(dir, r.path), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) : [];
      for (const [i, f] of r.schema.fields.entries()) {
        const got = String(described[i]?.column_type);
        if (got.startsWith(duckType(f, r.format))) continue;
        // A string column of HH:MM times is read as TIME, which is what it holds.
        if (f.constraints?.pattern === '^\\d{2}:\\d{2}$' && got === 'TIME') continue;
        mismatches.push(`${r.name}.${f.name}: ${got}`);
      }
      if (r.format === 'ndjson') {
        for (const f of r.schema.fields) if (values.every((v) => v[f.name] === null || (Array.isArray(v[f.name]) && (v[f.name] as unknown[]).length === 0))) nullEverywhere.push(f.name);
      }
    }
    // JSON has no typed null: a column with no value in this release carries no type for DuckDB to infer.
    expect(mismatches.map((m) => m.split(': ')[0]?.split('.')[1]).sort()).toEqual(nullEverywhere.sort());
    for (const m of mismatches) expect(m).toMatch(/-ndjson\.[a-z_]+: JSON(\[\])?$/);
  });

  it('reads the NDJSON with the declared types when given them, every value parsing as its type', async () => {
    const sqlType = (f: Field) => ({ string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE', list: 'VARCHAR[]', array: 'JSON', object: 'JSON' })[f.type];
    for (const r of resources.filter((x) => x.format === 'ndjson')) {
      const columns = `{${r.schema.fields.map((f) => `${sqlString(f.name)}: ${sqlString(sqlType(f) as string)}`).join(', ')}}`;
      const [row] = await query(`SELECT count(*) AS n FROM read_json(${sqlString(path.join(dir, r.path))}, columns = ${columns})`);
      expect(Number(row?.n), r.name).toBe(corpusKeys(r.name.replace(/-ndjson$/, '')).length);
    }
  });

  it('has no keyword among the column names: every DuckDB keyword that is not unreserved is in the exporter\'s list', async () => {
    const keywords = await query("SELECT keyword_name AS k FROM duckdb_keywords() WHERE keyword_category <> 'unreserved'");
    expect(keywords.length).toBeGreaterThan(50);
    expect(keywords.map((k) => k.k).filter((k) => !SQL_KEYWORDS.has(k as string))).toEqual([]);
    // And the names work unquoted: a join across three tables on their foreign keys, no quoting, no casts.
    const figures = resources.find((r) => r.name === 'figures') as Resource;
    const articles = resources.find((r) => r.name === 'articles') as Resource;
    const groups = resources.find((r) => r.name === 'figure-groups') as Resource;
    const rows = await query(`SELECT f.id, f.as_of, f.figure_group, g.label, a.published_date FROM ${reader(figures)} f JOIN ${reader(articles)} a ON a.id = f.article
      JOIN ${reader(groups)} g ON g.id = f.figure_group WHERE f.figure_value IS NOT NULL ORDER BY f.id`);
    expect(rows.map((r) => r.id)).toEqual(corpus.figures.filter((f) => f.value !== null && f.group !== null).map((f) => f.id).sort());
  });
});

// An independent reader of the tables in Python's standard library: csv and json modules, the
// declared types from datapackage.json, code-point slicing of the article texts.
const STDLIB_READER = String.raw`
import csv, json, os, sys
d, corpus_path = sys.argv[1], sys.argv[2]
corpus = json.load(open(corpus_path, encoding='utf-8'))
texts = {a['id']: a['text'] for a in corpus['articles']}
pkg = json.load(open(os.path.join(d, 'datapackage.json'), encoding='utf-8'))
def typed(f, cell):
    if cell == '':
        return [] if f['type'] == 'list' else None
    t = f['type']
    if t == 'integer': return int(cell)
    if t == 'number': return float(cell)
    if t == 'boolean': return {'true': True, 'false': False}[cell]
    if t == 'list': return cell.split(f['delimiter'])
    if t in ('array', 'object'): return json.loads(cell)
    return cell
problems, tables, spans = [], {}, 0
for r in pkg['resources']:
    fields = r['schema']['fields']
    names = [f['name'] for f in fields]
    p = os.path.join(d, r['path'])
    if r['format'] == 'csv':
        with open(p, encoding='utf-8', newline='') as fh:
            rows = list(csv.reader(fh))
        if rows[0] != names: problems.append(r['name'] + ': header differs')
        data = [dict(zip(names, [typed(f, c) for f, c in zip(fields, row)])) for row in rows[1:]]
    else:
        data = [json.loads(line) for line in open(p, encoding='utf-8')]
        for row in data:
            if list(row) != names: problems.append(r['name'] + ': keys differ')
    tables[r['name']] = data
    for row in data:
        for k in names:
            base = k[:-6]
            if k.endswith('_start') and base + '_text' in row and row[k] is not None and 'article' in row and not r['name'].startswith('articles'):
                spans += 1
                if texts[row['article']][row[k]:row[base + '_end']] != row[base + '_text']:
                    problems.append('%s %s: %s' % (r['name'], row.get('id'), k))
for name in [r['name'] for r in pkg['resources'] if r['format'] == 'csv']:
    if tables[name] != tables[name + '-ndjson']: problems.append(name + ': CSV and NDJSON differ')
print(json.dumps({'problems': problems, 'spans': spans, 'rows': {k: len(v) for k, v in tables.items()}}))
`;

describe('Python\'s standard library reads every table', () => {
  it('with the csv and json modules: CSV and NDJSON hold the same typed rows, one per record, and every span slices the text', () => {
    const result = python(STDLIB_READER, [dir, corpusPath]) as { problems: string[]; spans: number; rows: Record<string, number> };
    expect(result.problems).toEqual([]);
    for (const t of TABLES) expect([t.name, result.rows[t.name], result.rows[`${t.name}-ndjson`]]).toEqual([t.name, corpusKeys(t.name).length, corpusKeys(t.name).length]);
    expect(result.spans).toBeGreaterThan(2 * corpus.entityMentions.length);
  });
});

// pandas with its defaults, as a data engineer would first try it.
const PANDAS_READER = String.raw`
import json, os, sys
import pandas as pd
d = sys.argv[1]
pkg = json.load(open(os.path.join(d, 'datapackage.json'), encoding='utf-8'))
problems, rows = [], {}
for r in [r for r in pkg['resources'] if r['format'] == 'csv']:
    df = pd.read_csv(os.path.join(d, r['path']))
    nd = [json.loads(line) for line in open(os.path.join(d, r['path'][:-4] + '.ndjson'), encoding='utf-8')]
    rows[r['name']] = len(df)
    for f in r['schema']['fields']:
        col = df[f['name']]
        if f['type'] == 'number' and str(col.dtype) != 'float64': problems.append('%s.%s: %s' % (r['name'], f['name'], col.dtype))
        if f['type'] == 'integer' and f.get('constraints', {}).get('required') and str(col.dtype) != 'int64': problems.append('%s.%s: %s' % (r['name'], f['name'], col.dtype))
        if f['type'] != 'string': continue
        for i, v in enumerate(nd):
            got, want = col.iloc[i], v[f['name']]
            if (want is None) != (not isinstance(got, str)) or (want is not None and got != want):
                problems.append('%s.%s row %d: %r != %r' % (r['name'], f['name'], i, got, want))
print(json.dumps({'problems': problems[:20], 'rows': rows}))
`;

describe('pandas reads every CSV table with its default options', () => {
  const interpreter = debianPythonWith('pandas');
  it.runIf(interpreter !== null || process.env.CI === 'true')('keeping every string (whitespace-only cells too), with float64 numbers and int64 offsets', () => {
    const result = python(PANDAS_READER, [dir], interpreter ?? '/usr/bin/python3') as { problems: string[]; rows: Record<string, number> };
    expect(result.problems).toEqual([]);
    for (const t of TABLES) expect([t.name, result.rows[t.name]]).toEqual([t.name, corpusKeys(t.name).length]);
  });
});
