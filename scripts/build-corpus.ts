/**
 * npm run build:data — builds the corpus from data/ into src/generated/.
 *
 *   --data <dir>     read another data folder (test fixtures)
 *   --out <dir>      write the generated files there (default src/generated)
 *   --check          check only; write nothing
 *   --coverage       print only the coverage report (npm run coverage:corpus)
 *   --force          write the generated files even when checks fail (local work only)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, type CoverageRow, writeOutputs } from './build/build.js';
import { channelShare, channelShareTable } from './build/channel-share.js';
import { escapeForLog } from './build/load.js';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
    coverage: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});

const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const result = buildCorpus({ root, dataDir: values.data ? path.resolve(values.data) : undefined, corpusVersion: version });

function printCoverage(rows: CoverageRow[]) {
  const articles = [...new Set(rows.map((r) => r.article))];
  const layers = [...new Set(rows.map((r) => r.layer))];
  const cell = (r: CoverageRow | undefined) => (r ? `${r.covered}/${r.total}${r.covered === r.total ? '' : ' !'}` : '-');
  const header = ['article', ...layers];
  const body = articles.map((a) => [a, ...layers.map((l) => cell(rows.find((r) => r.article === a && r.layer === l)))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log('Coverage (covered/total; "!" marks a gap):');
  console.log(line(header));
  for (const row of body) console.log(line(row));
  const total = rows.reduce((n, r) => n + r.total, 0);
  const covered = rows.reduce((n, r) => n + r.covered, 0);
  console.log(`All layers: ${covered}/${total} (${total === 0 ? 100 : ((100 * covered) / total).toFixed(1)}%)`);
}

if (result.issues.length > 0 && !values.coverage) {
  const byFile = new Map<string, typeof result.issues>();
  // Grouped by pushing onto each file's list: copying the list per issue made this quadratic.
  for (const issue of result.issues) {
    const list = byFile.get(issue.file);
    if (list) list.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  for (const [file, issues] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    console.error(`\n${escapeForLog(file, 300)}`);
    // Every line is escaped and cut: a message may quote data (an anchor, a span), and the log is read in CI.
    for (const i of issues) console.error(`  ${escapeForLog(i.record, 200)}${i.field ? ` [${escapeForLog(i.field, 200)}]` : ''}: ${escapeForLog(i.message, 500)}\n    fix: ${escapeForLog(i.fix, 500)}  (rule ${i.rule})`);
  }
  console.error(`\n${result.issues.length} problem(s) in ${byFile.size} file(s).\n`);
}
printCoverage(result.coverage);
if (result.corpus && !values.coverage) {
  // Codebook rule 1: the same search for every speaker. This shows whether any group lags.
  console.log('\nChannel known, by speaker country (scare quotes left out):');
  for (const line of channelShareTable(channelShare(result.corpus as never))) console.log(line);
}

if (values.coverage) process.exit(result.coverage.every((r) => r.covered === r.total) ? 0 : 1);
const write = !values.check && (result.issues.length === 0 || values.force) && Object.keys(result.files).length > 0;
if (write) {
  const out = path.resolve(values.out ?? path.join(root, 'src', 'generated'));
  writeOutputs(out, result.files);
  console.log(`Wrote ${Object.keys(result.files).join(', ')} to ${path.relative(root, out) || '.'}${result.issues.length > 0 ? ' (forced, despite problems)' : ''}.`);
}
process.exit(result.issues.length === 0 ? 0 : 1);
