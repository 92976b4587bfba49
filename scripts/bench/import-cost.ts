// Cold import cost, measured in fresh Node processes (scripts/bench/import-probe.mjs), through the
// package's exports map, with a tiny package imported first in each process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_IMPORT } from './package-build.js';
import { median } from './stats.js';

const PROBE = path.join(import.meta.dirname, 'import-probe.mjs');
const KINDS = ['library', 'query', 'json', 'floor', 'module', 'wrapper', 'parse', 'code', 'eager', 'unfrozen', 'embedded', 'split'] as const;
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
  /** Median ms: import the code alone inside a function that is never called: what V8 pre-parsing it costs, with none of it run. */
  parseMs: number;
  /** Median ms: import dist/index.js with every collection frozen at import instead of on first read, and call getOutlet() (the design before lazy freezing). */
  eagerMs: number;
  /** Median ms: import dist/index.js with no freezing at all, and call getOutlet(): what no freeze could save. */
  unfrozenMs: number;
  /** Median ms: import dist/index.js with the corpus embedded as `JSON.parse('<string literal>')` instead of the JSON module, and call getOutlet(). */
  embeddedMs: number;
  /** Median ms: the same with one string literal per collection, parsed when the collection is first read, and call getOutlet(). */
  splitMs: number;
  /** Median CPU ms (user + system, all threads) over the same interval, by kind: less disturbed by other load. */
  cpu: Record<Kind, number>;
  /** Median heap used (bytes) after the import, by kind. */
  heap: Record<Kind, number>;
  heapBefore: number;
}

/** The reference modules, written beside dist/index.js and added to the exports map of the bench's copy. */
const REFERENCE_MODULES = {
  module: 'bench-empty-module.js', wrapper: 'bench-json-wrapper.js', parse: 'bench-parse-only.js', code: 'bench-code-only.js', eager: 'bench-eager.js', unfrozen: 'bench-unfrozen.js', embedded: 'bench-embedded.js', split: 'bench-split.js',
} as const;

/** The corpus as the built main entry makes it (src/internal/data.ts): a frozen view whose collections freeze on first read. */
const CORPUS_VIEW = /^var (\w+) = lazilyFrozen\((\w+), CORPUS_FREEZE_PLAN\);$/m;

/** JSON text with every non-ASCII character as a JSON escape, so that a JavaScript literal of it is one-byte text. */
const asciiJson = (text: string) => text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** A single-quoted JavaScript string literal (JSON text has many double quotes and no line breaks). */
const singleQuoted = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;

/** dist/index.js with `replace` applied to its one matching line, or an error naming the pattern to update. */
function rewrite(distDir: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): string {
  const entry = readFileSync(path.join(distDir, 'index.js'), 'utf8');
  const match = pattern.exec(entry);
  if (!match) throw new Error(`bench: no line matching ${pattern} in ${path.join(distDir, 'index.js')}; update scripts/bench/import-cost.ts (or JSON_IMPORT in scripts/bench/package-build.ts)`);
  return entry.replace(pattern, () => replace(match));
}

/**
 * The reference entries, each dist/index.js with one line changed:
 *
 * - code: the JSON import replaced by a corpus whose collections are empty (the code without the data);
 * - parse: that code as the body of a function that is never called (pre-parsed, never run);
 * - eager: every collection frozen at import (`freezeWithPlan`) instead of through the lazy view;
 * - unfrozen: the JSON as it is, frozen nowhere (not a design the library could ship: the ceiling);
 * - embedded: the JSON import replaced by `JSON.parse('<the corpus as one string literal>')`;
 * - split: the JSON import replaced by an object with one getter per collection that parses that
 *   collection's own string literal when the view first reads it.
 */
function referenceEntries(distDir: string): Record<'code' | 'parse' | 'eager' | 'unfrozen' | 'embedded' | 'split', string> {
  const text = readFileSync(path.join(distDir, 'internal', 'corpus.json'), 'utf8').trimEnd();
  const corpus = JSON.parse(text) as Record<string, unknown>;
  const empty = Object.fromEntries(Object.entries(corpus).map(([key, value]) => [key, Array.isArray(value) ? [] : value]));
  const split = Object.entries(corpus).map(([key, value]) => (Array.isArray(value)
    ? `  get ${JSON.stringify(key)}() { return JSON.parse(${singleQuoted(asciiJson(JSON.stringify(value)))}); },`
    : `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`));
  const code = rewrite(distDir, JSON_IMPORT, (m) => `const ${m[1]} = ${JSON.stringify(empty)};`);
  // esbuild writes one export list, at the end, and the code alone imports nothing.
  const exportList = code.lastIndexOf('\nexport {');
  if (exportList < 0 || /^(import|export) /m.test(code.slice(0, exportList))) throw new Error(`bench: ${path.join(distDir, 'index.js')} is not one body and a final export list; update referenceEntries in scripts/bench/import-cost.ts`);
  return {
    code,
    parse: `export default function neverCalled() {\n${code.slice(0, exportList)}\n}\n`,
    eager: rewrite(distDir, CORPUS_VIEW, (m) => `var ${m[1]} = freezeWithPlan(${m[2]}, CORPUS_FREEZE_PLAN);`),
    unfrozen: rewrite(distDir, CORPUS_VIEW, (m) => `var ${m[1]} = ${m[2]};`),
    embedded: rewrite(distDir, JSON_IMPORT, (m) => `const ${m[1]} = JSON.parse(${singleQuoted(asciiJson(text))});`),
    split: rewrite(distDir, JSON_IMPORT, (m) => `const ${m[1]} = {\n${split.join('\n')}\n};`),
  };
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
  for (const [kind, code] of Object.entries(referenceEntries(distDir))) writeFileSync(path.join(distDir, REFERENCE_MODULES[kind as keyof typeof REFERENCE_MODULES]), code);
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
  checkReferenceModules(consumer);
  return consumer;
}

/**
 * Each reference entry that keeps the data serves the library's records: the same `corpus` as the
 * JSON module, frozen (eager, embedded, split) or not (unfrozen), so that the rows compare designs
 * that give the same answers.
 */
function checkReferenceModules(consumer: string): void {
  const expected = { eager: [true, true], unfrozen: [true, false], embedded: [true, true], split: [true, true] };
  const seen: Record<string, unknown> = {};
  // One process per entry: they share the JSON module of the library's copy, which the eager one freezes.
  for (const kind of Object.keys(expected)) {
    const code = [
      "const data = JSON.parse(JSON.stringify((await import('qantar-corpus/corpus.json', { with: { type: 'json' } })).default));",
      `const lib = await import('qantar-corpus/bench/${kind}');`,
      'console.log(JSON.stringify([JSON.stringify(lib.corpus) === JSON.stringify(data), Object.isFrozen(lib.corpus.citations[0].content)]));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: consumer, encoding: 'utf8' });
    seen[kind] = run.status === 0 ? JSON.parse(run.stdout.trim()) : run.stderr.trim().split('\n').slice(-3).join(' | ');
  }
  if (JSON.stringify(seen) !== JSON.stringify(expected)) {
    throw new Error(`bench: the reference entries do not serve the library's data: expected ${JSON.stringify(expected)}, got ${JSON.stringify(seen)}`);
  }
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
  const samples = Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<Kind, { ms: number; cpuMs: number; heapUsed: number; heapBefore: number }[]>;
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
    parseMs: ms('parse'),
    eagerMs: ms('eager'),
    unfrozenMs: ms('unfrozen'),
    embeddedMs: ms('embedded'),
    splitMs: ms('split'),
    cpu: Object.fromEntries(KINDS.map((k) => [k, median(samples[k].map((s) => s.cpuMs))])) as Record<Kind, number>,
    heap,
    heapBefore: median(samples.json.map((s) => s.heapBefore)),
  };
}
