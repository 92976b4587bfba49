/**
 * `npm run bench -- --hostile`: bounds on the work that invalid and hostile input can cause (issue
 * 16). Unlike the rest of the bench, these bounds are enforced: the run exits 1 when one fails.
 * They are ratios measured in one run (and one memory ceiling), never absolute times:
 *
 * - validateCorpus over N empty figures takes time linear in N while every problem is counted (time
 *   per figure at 10x the figures at most 3x), then bounded once the counting limit is reached (600,000
 *   figures at most 3x the time of 6,000), and 600,000 run in a child process whose V8 heap is capped
 *   at 256 MB (before the bound on collected problems it ran out of memory at several GB);
 * - validateRecord over an object with many unknown keys is linear (time per key at 100x the keys at
 *   most 3x), and over a huge string field bounded (10,000,000 characters at most 3x 100,000);
 * - an unknown ID of 1,000,000 characters costs at most 3x an ordinary typo (no suggestions past
 *   128 characters: it was 30 s);
 * - a CLI search for 1,000 characters costs at most 3x a one-word search;
 * - the data build's problem report is linear: time per bad record at 10x the records at most 3x
 *   (grouping by file copied each file's list per problem, quadratic).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface HostileFigure {
  name: string;
  value: number;
  bound: number;
  unit: string;
  ok: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Median time of `runs` calls of `f`, in ms, after one warm-up call. */
function time(f: () => void, runs: number): number {
  f();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export async function runHostileBench(root: string, options: { smoke: boolean; progress: (m: string) => void }): Promise<HostileFigure[]> {
  const { smoke, progress } = options;
  const figures: HostileFigure[] = [];
  const add = (name: string, value: number, bound: number, unit = 'x') => figures.push({ name, value, bound, unit, ok: value <= bound });
  const schema = (await import(pathToFileURL(path.join(root, 'src/schema/index.ts')).href)) as typeof import('../../src/schema/index.js');
  const lib = (await import(pathToFileURL(path.join(root, 'src/index.ts')).href)) as typeof import('../../src/index.js');
  const real = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.json'), 'utf8')) as Record<string, unknown>;
  const runs = smoke ? 3 : 7;

  // An empty figure has about 20 problems: below 100,000 / 20 figures every one is checked (linear time),
  // above it checking stops at the counting limit (bounded time).
  const emptyFigures = (n: number) => ({ ...real, figures: Array.from({ length: n }, () => ({})) });
  const below = smoke ? [100, 1_000] : [500, 5_000];
  progress(`validateCorpus over ${below.join(' and ')} empty figures (every problem counted)`);
  const perFigure = below.map((n) => { const data = emptyFigures(n); return time(() => schema.validateCorpus(data), runs) / n; });
  add(`validateCorpus: time per empty figure, ${below[1]} vs ${below[0]} (linear)`, (perFigure[1] as number) / (perFigure[0] as number), 3);
  const past = smoke ? [10_000, 100_000] : [6_000, 600_000];
  progress(`validateCorpus over ${past.join(' and ')} empty figures (past the counting limit)`);
  const total = past.map((n) => { const data = emptyFigures(n); return time(() => schema.validateCorpus(data), Math.min(runs, 3)); });
  add(`validateCorpus: total time, ${past[1]} vs ${past[0]} empty figures (bounded)`, (total[1] as number) / (total[0] as number), 3);

  const largest = smoke ? 10_000 : 600_000;
  progress(`validateCorpus over ${largest} empty figures in a child with a 256 MB heap`);
  const child = spawnSync(process.execPath, [
    '--max-old-space-size=256', path.join(root, 'node_modules/tsx/dist/cli.mjs'), '-e',
    `import { validateCorpus } from ${JSON.stringify(pathToFileURL(path.join(root, 'src/schema/index.ts')).href)};
     import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
     const real = JSON.parse(readFileSync(${JSON.stringify(path.join(root, 'src/generated/corpus.json'))}, 'utf8'));
     const r = validateCorpus({ ...real, figures: Array.from({ length: ${largest} }, () => ({})) });
     console.log(JSON.stringify({ listed: r.problems.length, omitted: r.omitted, rssMB: process.memoryUsage().rss / 1e6 }));`,
  ], { encoding: 'utf8' });
  const report = child.status === 0 ? (JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as { rssMB: number }) : null;
  add('validateCorpus in a 256 MB heap: failed runs (out of memory or crash)', report ? 0 : 1, 0, '');
  if (report) add('validateCorpus in a 256 MB heap: resident memory at the end', report.rssMB, 1_000, 'MB');

  const keys = smoke ? [1_000, 10_000] : [1_000, 100_000];
  progress(`validateRecord over a figure with ${keys.join(', ')} unknown keys`);
  const perKey = keys.map((n) => {
    const figure: Record<string, unknown> = { ...(real.figures as Record<string, unknown>[])[0] };
    for (let i = 0; i < n; i++) figure[`k${i}`] = i;
    return time(() => schema.validateRecord('figure', figure), runs) / n;
  });
  add('validateRecord: time per unknown key, most vs fewest keys', (perKey.at(-1) as number) / (perKey[0] as number), 3);

  const lengths = smoke ? [10_000, 100_000] : [100_000, 1_000_000, 10_000_000];
  progress(`validateRecord over a figure whose counted field has ${lengths.join(', ')} characters (and a wrong type elsewhere)`);
  const byLength = lengths.map((n) => {
    const figure = { ...(real.figures as Record<string, unknown>[])[0], counted: 'x'.repeat(n), value: 'not a number' };
    return time(() => schema.validateRecord('figure', figure), runs);
  });
  // Strings are checked by type and length, never copied or scanned, so the time does not grow.
  add(`validateRecord: total time, a ${lengths.at(-1)}-character field vs ${lengths[0]}`, (byLength.at(-1) as number) / (byLength[0] as number), 3);

  progress('an unknown ID of 1,000,000 characters against an ordinary typo');
  const call = (id: string) => () => {
    try {
      lib.getClaim(id as never);
    } catch {
      // expected
    }
  };
  const typo = time(call('unrest-was-atempted-coup'), runs * 20);
  const huge = time(call('a'.repeat(1_000_000)), runs * 20);
  add('getClaim: 1,000,000-character ID vs a typo', huge / typo, 3);

  progress('CLI search: 1,000 characters against one word');
  const bin = path.join(root, 'dist/cli.js');
  if (!existsDist(bin)) execFileSync(process.execPath, [path.join(root, 'node_modules/tsup/dist/cli-default.js')], { cwd: root, stdio: 'ignore' });
  const search = (text: string) => () => { spawnSync(process.execPath, [bin, 'search', text, '--json'], { encoding: 'utf8' }); };
  const word = time(search('Kazakhstan'), runs);
  const long = time(search('Kazakhstan '.repeat(91).slice(0, 1000)), runs);
  add('CLI search: 1,000 characters vs one word (whole process)', long / word, 3);
  progress('data build reporting many problems: one figures.yaml of empty figures, two sizes');
  const work = mkdtempSync(path.join(os.tmpdir(), 'qantar-hostile-bench-'));
  try {
    const buildTime = (n: number) => {
      const data = path.join(work, `data-${n}`);
      cpSync(path.join(root, 'test/fixtures/valid'), data, { recursive: true });
      if (n > 0) writeFileSync(path.join(data, 'articles/mini-news-2022-01-10/figures.yaml'), Array.from({ length: n }, (_, i) => `f-${i}: {}\n`).join(''));
      return time(() => { spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-corpus.ts', '--data', data, '--check'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 }); }, smoke ? 1 : 3);
    };
    const [small, large] = smoke ? [1_000, 5_000] : [2_000, 20_000];
    const base = buildTime(0);
    const perProblem = [small, large].map((n) => Math.max(buildTime(n) - base, 1e-3) / n);
    add(`data build: time per bad record beyond a clean build, ${large} vs ${small} (linear reporter)`, (perProblem[1] as number) / (perProblem[0] as number), 3);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return figures;
}

function existsDist(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

/** The figures as a table with their bounds, one line each. */
export function hostileTable(figures: HostileFigure[]): string {
  const width = Math.max(...figures.map((f) => f.name.length));
  return figures
    .map((f) => `${f.name.padEnd(width)}  ${f.value.toFixed(f.unit === 'MB' ? 0 : 2).padStart(8)}${f.unit}  bound ${f.bound}${f.unit}  ${f.ok ? 'ok' : 'EXCEEDED'}`)
    .join('\n');
}
