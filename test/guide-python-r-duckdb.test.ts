// docs/use-from-python-r-duckdb.md is part of the package's contract: its SQL runs in DuckDB (through
// @duckdb/node-api), its Python in python3 (the pandas block in Debian's python3 with python3-pandas),
// each against the export files laid out as an installed package would have them; each must print
// exactly the output the guide shows, and that output is computed here again from corpus.json.
// The R block is not run (no R in CI): the files and columns it names must exist.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks } from '../scripts/docs/code-blocks.js';
import { exportFiles } from '../scripts/exports/index.js';
import type { Corpus } from '../src/generated/types.js';
import { debianPythonWith, query, sqlString, writeTree } from './support/clients.js';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as unknown;
const corpus = readJson('src/generated/corpus.json') as Corpus;
const guide = readFileSync(path.join(root, 'docs/use-from-python-r-duckdb.md'), 'utf8');
const blocks = codeBlocks(guide);

let project = '';
beforeAll(async () => {
  // A consumer project: the export files where `npm install qantar-corpus` puts them.
  const files = exportFiles({ corpus, schema: readJson('src/generated/corpus.schema.json'), packageJson: readJson('package.json') as never });
  project = writeTree(Object.fromEntries(Object.entries(files).map(([k, v]) => [k === 'datapackage.json' ? `node_modules/qantar-corpus/${k}` : `node_modules/qantar-corpus/dist/${k}`, v])), 'qantar-guide-');
  mkdirSync(path.join(project, 'node_modules', 'qantar-corpus'), { recursive: true });
  await query(`SET file_search_path = ${sqlString(project)}`);
});
afterAll(async () => {
  await query("RESET file_search_path");
  rmSync(project, { recursive: true, force: true });
});

const cell = (v: unknown) => (v === null ? 'NULL' : typeof v === 'object' ? JSON.stringify(v) : String(v));
async function runSql(sql: string): Promise<string> {
  const rows = await query(sql);
  const header = Object.keys(rows[0] ?? {});
  return [header.join('\t'), ...rows.map((r) => header.map((h) => cell(r[h])).join('\t'))].join('\n');
}
const pandasPython = debianPythonWith('pandas') ?? '/usr/bin/python3';
const runPython = (code: string) => execFileSync(/import pandas/.test(code) ? pandasPython : 'python3', ['-c', code], { cwd: project, encoding: 'utf8' }).trimEnd();

const outletName = (id: string) => corpus.outlets.find((o) => o.id === id)?.name ?? id;
const articleOf = (id: string) => corpus.articles.find((a) => a.id === id)!;
const num = (v: number | null) => (v === null ? 'NULL' : String(v));

/** What each block must print, from corpus.json, in guide order. */
const EXPECTED: (() => string)[] = [
  () => {
    const groups = [...new Set(corpus.figures.map((f) => f.group).filter((g): g is NonNullable<typeof g> => g !== null))].sort();
    return ['figure_group\tfigures\tlargest', ...groups.map((g) => {
      const fs = corpus.figures.filter((f) => f.group === g);
      const values = fs.map((f) => f.value).filter((v): v is number => v !== null);
      return `${g}\t${fs.length}\t${values.length ? Math.max(...values) : 'NULL'}`;
    })].join('\n');
  },
  () => ['published_date\toutlet\tqualifier\tfigure_value\tspan_text', ...corpus.figures.filter((f) => f.group === 'qantar-arrests')
    .sort((a, b) => articleOf(a.article).published.date.localeCompare(articleOf(b.article).published.date) || a.span.start - b.span.start)
    .map((f) => `${articleOf(f.article).published.date}\t${outletName(articleOf(f.article).outlet)}\t${f.qualifier}\t${num(f.value)}\t${f.span.text}`)].join('\n'),
  () => `mentions\tmismatched\n${corpus.entityMentions.length}\t0`,
  () => {
    const counts = new Map<string, number>();
    for (const m of corpus.claimMentions) counts.set(`${m.voice} ${m.stance}`, (counts.get(`${m.voice} ${m.stance}`) ?? 0) + 1);
    // Counter.most_common keeps first-seen order among equal counts.
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${k} ${n}`).join('\n');
  },
  () => corpus.articles.map((a) => `${a.id} ${corpus.claimMentions.filter((m) => m.article === a.id).length} ${corpus.framing.find((f) => f.article === a.id)?.genre}`).join('\n'),
  () => {
    const measures = [...new Set(corpus.figures.map((f) => f.measure))].sort();
    return `{${measures.map((m) => `'${m}': ${corpus.figures.filter((f) => f.measure === m).length}`).join(', ')}}\nfloat64 int64`;
  },
];

describe('docs/use-from-python-r-duckdb.md', () => {
  const runnable = blocks.filter((b) => b.lang === 'sql' || b.lang === 'python');

  it('has the DuckDB, Python and pandas examples, each with its output shown', () => {
    expect(runnable.map((b) => b.lang)).toEqual(['sql', 'sql', 'sql', 'python', 'python', 'python']);
    expect(runnable.length).toBe(EXPECTED.length);
    for (const b of runnable) expect(b.output, b.code.slice(0, 60)).not.toBeNull();
  });

  it.each(runnable.map((b, i) => [i, b.section, b] as const))('example %i (%s) prints what the guide shows, which is what corpus.json says', async (i, _section, block) => {
    const printed = block.lang === 'sql' ? await runSql(block.code) : runPython(block.code);
    expect(printed).toBe(block.output?.trimEnd());
    expect(printed).toBe(EXPECTED[i]!());
  });

  it('names only files and columns that exist in its R example', () => {
    const [r] = blocks.filter((b) => b.lang === 'r');
    expect(r).toBeDefined();
    const reads = new Map([...r!.code.matchAll(/(\w+) <- read_(?:csv|parquet)\("([^"]+)"\)/g)].map((m) => [m[1] as string, m[2] as string]));
    expect(reads.size).toBe(3);
    for (const file of reads.values()) expect(existsSync(path.join(project, file)), file).toBe(true);
    const header = (file: string) => readFileSync(path.join(project, file), 'utf8').split('\n')[0]!.split(',');
    for (const [, table, column] of r!.code.matchAll(/(\w+)\$(\w+)/g)) expect(header(reads.get(table as string) as string), `${table}$${column}`).toContain(column);
  });
});
