// Cold import cost, measured in fresh Node processes (scripts/bench/import-probe.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median } from './stats.js';

const PROBE = path.join(import.meta.dirname, 'import-probe.mjs');
const KINDS = ['library', 'query', 'json', 'floor', 'module', 'wrapper', 'code'] as const;
type Kind = (typeof KINDS)[number];

export interface ImportCost {
  runs: number;
  /** Median ms: import dist/index.js and call getOutlet(). */
  libraryMs: number;
  /** Median ms: import dist/index.js and call citations({ speaker }). */
  queryMs: number;
  /** Median ms: import dist/corpus.json as a JSON module. */
  jsonMs: number;
  /** Median ms: readFileSync + JSON.parse of dist/corpus.json. */
  floorMs: number;
  /** Median ms: import an empty ES module from the same folder (the loader's fixed cost per module). */
  moduleMs: number;
  /** Median ms: import an ES module that only imports corpus.json and exports it. */
  wrapperMs: number;
  /** Median ms: import dist/index.js with an empty corpus in place of the JSON import (the code alone). */
  codeMs: number;
  /** Median CPU ms (user + system, all threads) over the same interval, by kind: less disturbed by other load. */
  cpu: Record<Kind, number>;
  /** Median heap used (bytes) after the import, by kind. */
  heap: Record<Kind, number>;
  heapBefore: number;
}

const TARGETS: Record<Kind, string> = {
  library: 'index.js',
  query: 'index.js',
  json: 'corpus.json',
  floor: 'corpus.json',
  module: 'bench-empty-module.js',
  wrapper: 'bench-json-wrapper.js',
  code: 'bench-code-only.js',
};

/** The import of the corpus in the built main entry (checked by package-build.ts). */
const JSON_IMPORT = /^import (\w+) from ["']\.\/corpus\.json["'] with \{ type: ["']json["'] \};$/m;

/** dist/index.js with its corpus replaced by one whose collections are empty: the code without the data. */
function codeOnlyEntry(distDir: string): string {
  const entry = readFileSync(path.join(distDir, 'index.js'), 'utf8');
  const match = JSON_IMPORT.exec(entry);
  if (!match) throw new Error(`bench: no line matching ${JSON_IMPORT} in ${path.join(distDir, 'index.js')}; update JSON_IMPORT in scripts/bench/import-cost.ts`);
  const corpus = JSON.parse(readFileSync(path.join(distDir, 'corpus.json'), 'utf8')) as Record<string, unknown>;
  const empty = Object.fromEntries(Object.entries(corpus).map(([key, value]) => [key, Array.isArray(value) ? [] : value]));
  return entry.replace(JSON_IMPORT, `const ${match[1]} = ${JSON.stringify(empty)};`);
}

function probe(kind: Kind, empty: string, distDir: string, args: { outlet: string; speaker: string }, nodeFlags: readonly string[]) {
  const target = path.join(distDir, TARGETS[kind]);
  const arg = kind === 'query' ? args.speaker : args.outlet;
  const run = spawnSync(process.execPath, [...nodeFlags, PROBE, kind, empty, target, arg], { encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) {
    throw new Error(`bench: import probe "${kind}" failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  }
  return JSON.parse(line) as { ms: number; cpuMs: number; heapUsed: number; heapBefore: number };
}

/**
 * Runs `runs` probes of each kind in fresh processes, interleaved (the order rotates each round so
 * that no kind always follows another), after two discarded warm-up rounds (file cache). `distDir`
 * must be a scratch build (the bench's own): the two reference modules are written into it, so that
 * they resolve exactly as dist/index.js does (same folder, same package.json). `nodeFlags` go to
 * every probe process (V8 options for the run without scavenges in the timed interval).
 */
export function measureImportCost(distDir: string, workDir: string, runs: number, args: { outlet: string; speaker: string }, nodeFlags: readonly string[] = []): ImportCost {
  const empty = path.join(workDir, 'empty.mjs');
  writeFileSync(empty, 'export {};\n');
  writeFileSync(path.join(distDir, TARGETS.module), 'export default 1;\n');
  writeFileSync(path.join(distDir, TARGETS.wrapper), "import corpus from './corpus.json' with { type: 'json' };\nexport default corpus;\n");
  writeFileSync(path.join(distDir, TARGETS.code), codeOnlyEntry(distDir));
  const samples: Record<Kind, { ms: number; cpuMs: number; heapUsed: number; heapBefore: number }[]> = { library: [], query: [], json: [], floor: [], module: [], wrapper: [], code: [] };
  for (let round = -2; round < runs; round++) {
    for (let i = 0; i < KINDS.length; i++) {
      const kind = KINDS[(i + Math.max(round, 0)) % KINDS.length] as Kind;
      const result = probe(kind, empty, distDir, args, nodeFlags);
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
    cpu: Object.fromEntries(KINDS.map((k) => [k, median(samples[k].map((s) => s.cpuMs))])) as Record<Kind, number>,
    heap,
    heapBefore: median(samples.json.map((s) => s.heapBefore)),
  };
}
