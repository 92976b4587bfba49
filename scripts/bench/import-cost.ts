// Cold import cost, measured in fresh Node processes (scripts/bench/import-probe.mjs), through the
// package's exports map, with a tiny package imported first in each process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_IMPORT } from './package-build.js';
import { median } from './stats.js';

const PROBE = path.join(import.meta.dirname, 'import-probe.mjs');
const KINDS = ['library', 'query', 'json', 'floor', 'module', 'wrapper', 'code', 'unfrozen'] as const;
type Kind = (typeof KINDS)[number];

export interface ImportCost {
  runs: number;
  /** Median ms: import 'qantar-corpus' and call getOutlet(). */
  libraryMs: number;
  /** Median ms: import 'qantar-corpus' and call citations({ speaker }). */
  queryMs: number;
  /** Median ms: import 'qantar-corpus/corpus.json' as a JSON module. */
  jsonMs: number;
  /** Median ms: readFileSync + JSON.parse of dist/corpus.json. */
  floorMs: number;
  /** Median ms: import an empty ES module from the same folder (the loader's fixed cost per module). */
  moduleMs: number;
  /** Median ms: import an ES module that only imports corpus.json and exports it. */
  wrapperMs: number;
  /** Median ms: import dist/index.js with an empty corpus in place of the JSON import (the code alone). */
  codeMs: number;
  /** Median ms: import dist/index.js with the import-time freeze taken out, and call getOutlet(): what freezing costs. */
  unfrozenMs: number;
  /** Median CPU ms (user + system, all threads) over the same interval, by kind: less disturbed by other load. */
  cpu: Record<Kind, number>;
  /** Median heap used (bytes) after the import, by kind. */
  heap: Record<Kind, number>;
  heapBefore: number;
}

/** The reference modules, written beside dist/index.js and added to the exports map of the bench's copy. */
const REFERENCE_MODULES = { module: 'bench-empty-module.js', wrapper: 'bench-json-wrapper.js', code: 'bench-code-only.js', unfrozen: 'bench-unfrozen.js' } as const;

/** The import-time freeze in the built main entry (src/internal/data.ts). */
const FREEZE_CALL = /^var (\w+) = freezeWithPlan\((\w+), CORPUS_FREEZE_PLAN\);$/m;

/** dist/index.js with its corpus replaced by one whose collections are empty: the code without the data. */
function codeOnlyEntry(distDir: string): string {
  const entry = readFileSync(path.join(distDir, 'index.js'), 'utf8');
  const match = JSON_IMPORT.exec(entry);
  if (!match) throw new Error(`bench: no line matching ${JSON_IMPORT} in ${path.join(distDir, 'index.js')}; update JSON_IMPORT in scripts/bench/package-build.ts`);
  const corpus = JSON.parse(readFileSync(path.join(distDir, 'internal', 'corpus.json'), 'utf8')) as Record<string, unknown>;
  const empty = Object.fromEntries(Object.entries(corpus).map(([key, value]) => [key, Array.isArray(value) ? [] : value]));
  return entry.replace(JSON_IMPORT, `const ${match[1]} = ${JSON.stringify(empty)};`);
}

/**
 * A consumer folder for the probes: node_modules/qantar-corpus is the bench's build of the package
 * (a symlink), node_modules/tiny a one-line package imported first in every probe. The reference
 * modules are added to that build and to its exports map (`qantar-corpus/bench/<kind>`), so that
 * they resolve exactly as the library and its JSON do. Returns the folder (the probes' cwd).
 */
export function prepareConsumer(pkgDir: string, distDir: string, workDir: string): string {
  writeFileSync(path.join(distDir, REFERENCE_MODULES.module), 'export default 1;\n');
  writeFileSync(path.join(distDir, REFERENCE_MODULES.wrapper), "import corpus from './internal/corpus.json' with { type: 'json' };\nexport default corpus;\n");
  writeFileSync(path.join(distDir, REFERENCE_MODULES.code), codeOnlyEntry(distDir));
  // Not a design the library could ship (its records would be mutable): the measure of the freeze.
  const entry = readFileSync(path.join(distDir, 'index.js'), 'utf8');
  if (!FREEZE_CALL.test(entry)) throw new Error(`bench: no line matching ${FREEZE_CALL} in ${path.join(distDir, 'index.js')}; update FREEZE_CALL in scripts/bench/import-cost.ts`);
  writeFileSync(path.join(distDir, REFERENCE_MODULES.unfrozen), entry.replace(FREEZE_CALL, 'var $1 = $2;'));
  const manifestFile = path.join(pkgDir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { exports: Record<string, unknown> };
  for (const [kind, file] of Object.entries(REFERENCE_MODULES)) manifest.exports[`./bench/${kind}`] = `./dist/${file}`;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const consumer = path.join(workDir, 'import-consumer');
  const tiny = path.join(consumer, 'node_modules', 'tiny');
  mkdirSync(tiny, { recursive: true });
  writeFileSync(path.join(tiny, 'package.json'), JSON.stringify({ name: 'tiny', version: '1.0.0', type: 'module', exports: './index.js' }));
  writeFileSync(path.join(tiny, 'index.js'), 'export default 1;\n');
  rmSync(path.join(consumer, 'node_modules', 'qantar-corpus'), { force: true });
  symlinkSync(pkgDir, path.join(consumer, 'node_modules', 'qantar-corpus'), 'dir');
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'bench-consumer', private: true, type: 'module' }));
  copyFileSync(PROBE, path.join(consumer, 'import-probe.mjs'));
  return consumer;
}

function probe(kind: Kind, consumer: string, args: { outlet: string; speaker: string }, nodeFlags: readonly string[]) {
  const arg = kind === 'query' ? args.speaker : args.outlet;
  const run = spawnSync(process.execPath, [...nodeFlags, 'import-probe.mjs', kind, arg], { cwd: consumer, encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) {
    throw new Error(`bench: import probe "${kind}" failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  }
  return JSON.parse(line) as { ms: number; cpuMs: number; heapUsed: number; heapBefore: number };
}

/**
 * Runs `runs` probes of each kind in fresh processes, interleaved (the order rotates each round so
 * that no kind always follows another), after two discarded warm-up rounds (file cache), from the
 * consumer folder of `prepareConsumer`. `nodeFlags` go to every probe process (V8 options for the
 * run without scavenges in the timed interval).
 */
export function measureImportCost(consumer: string, runs: number, args: { outlet: string; speaker: string }, nodeFlags: readonly string[] = []): ImportCost {
  const samples: Record<Kind, { ms: number; cpuMs: number; heapUsed: number; heapBefore: number }[]> = { library: [], query: [], json: [], floor: [], module: [], wrapper: [], code: [], unfrozen: [] };
  for (let round = -2; round < runs; round++) {
    for (let i = 0; i < KINDS.length; i++) {
      const kind = KINDS[(i + Math.max(round, 0)) % KINDS.length] as Kind;
      const result = probe(kind, consumer, args, nodeFlags);
      if (round >= 0) samples[kind].push(result);
    }
  }
  const ms = (kind: Kind) => median(samples[kind].map((s) => s.ms));
  const heap = Object.fromEntries(KINDS.map((k) => [k, median(samples[k].map((s) => s.heapUsed))])) as Record<Kind, number>;
  return {
    runs,
    libraryMs: ms('library'),
    queryMs: ms('query'),
    jsonMs: ms('json'),
    floorMs: ms('floor'),
    moduleMs: ms('module'),
    wrapperMs: ms('wrapper'),
    codeMs: ms('code'),
    unfrozenMs: ms('unfrozen'),
    cpu: Object.fromEntries(KINDS.map((k) => [k, median(samples[k].map((s) => s.cpuMs))])) as Record<Kind, number>,
    heap,
    heapBefore: median(samples.json.map((s) => s.heapBefore)),
  };
}
