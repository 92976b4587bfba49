/**
 * npm run bench — the performance figures of docs/performance.md.
 *
 *   npm run bench                 full run (about 100 s on 2 vCPUs): prints the tables
 *   npm run bench -- --json       the same, then one line of JSON (the last line of stdout)
 *   npm run bench -- --smoke      tiny run counts and a 10x synthetic corpus (20 to 30 s), to check the bench itself
 *   npm run bench -- --hostile    only the bounds on hostile input (scripts/bench/hostile.ts); exits 1 if one fails
 *
 * Progress goes to stderr; the table and the JSON line go to stdout. Targets are printed beside the
 * figures but never enforced here (no exit code): speed is judged by people reading the table.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Corpus } from '../src/generated/types.js';
import { measureBuildGrowth } from './bench/build-growth.js';
import { measureFirstCalls, helperCalls } from './bench/first-calls.js';
import { hostileTable, runHostileBench } from './bench/hostile.js';
import { measureImportCost, prepareConsumer } from './bench/import-cost.js';
import { buildPackage, packageSizes } from './bench/package-build.js';
import { queryCases, runQueryBench } from './bench/queries.js';
import { buildVariant, loadVariant } from './bench/query-variant.js';
import { formatBytes, formatMs, table } from './bench/stats.js';
import { syntheticCorpus } from './bench/synthetic.js';
import { measureTsc } from './bench/tsc-cost.js';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, smoke: { type: 'boolean', default: false }, hostile: { type: 'boolean', default: false } } });
const smoke = values.smoke;
const root = path.resolve(import.meta.dirname, '..');
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

if (values.hostile) {
  const figures = await runHostileBench(root, { smoke, progress });
  console.log(hostileTable(figures));
  if (values.json) console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.name, f.value]))));
  process.exit(figures.every((f) => f.ok) ? 0 : 1);
}

/** Targets from DESIGN.md ("Performance design") and issue 8. */
const TARGETS = { importRatio: 1.3, firstCallMaxVsImport: 1, queryMinSpeedup: 50, queryScaling: 2, buildGrowthExponent: 1.15, tscRatio: 1.15 } as const;
/** V8 flags for the import probes that keep scavenges out of the timed interval (64 MB semi-spaces). */
const NO_SCAVENGE_FLAGS = ['--min-semi-space-size=64', '--max-semi-space-size=64'] as const;
const config = smoke
  ? { importRuns: 3, firstCallRuns: 1, replicas: 10, queryTime: 2, queryIterations: 3, buildReplicas: [1, 2, 4], buildRuns: () => 1, tscRuns: 1 }
  : { importRuns: 40, firstCallRuns: 7, replicas: 1000, queryTime: 200, queryIterations: 10, buildReplicas: [1, 10, 100], buildRuns: (k: number) => (k >= 100 ? 1 : k >= 10 ? 3 : 5), tscRuns: 11 };

const loadAtStart = os.loadavg().map((l) => l.toFixed(1)).join(' ');
const work = mkdtempSync(path.join(os.tmpdir(), 'qantar-bench-'));
try {
  const realText = readFileSync(path.join(root, 'src/generated/corpus.json'), 'utf8');
  const real = JSON.parse(realText) as Corpus;
  const speaker = (real.citations.find((c) => c.speaker !== null)?.speaker ?? '') as string;

  progress('building the package with tsup into a temporary folder');
  const pkg = await buildPackage(root, work);
  const size = packageSizes(pkg);

  // The tarball's size is measured before the bench adds its reference modules to the build.
  const consumer = prepareConsumer(pkg.pkgDir, pkg.distDir, work);
  progress(`import cost: ${config.importRuns} fresh processes of each kind, interleaved`);
  const importArgs = { outlet: (real.outlets[0] as { id: string }).id, speaker };
  const imp = measureImportCost(consumer, config.importRuns, importArgs);
  // The same probes with a young generation large enough that no scavenge falls inside the timed
  // interval: whether one does depends on how close the JSON alone comes to filling new space, and
  // moves the figures by up to a millisecond either way (docs/performance.md, "Import cost").
  progress('import cost again, with no scavenge in the timed interval');
  const impSteady = measureImportCost(consumer, config.importRuns, importArgs, NO_SCAVENGE_FLAGS);

  const calls = helperCalls(real);
  progress(`first calls: ${calls.length} helpers, ${config.firstCallRuns} fresh processes each`);
  const { results: firstCalls, uncovered: firstCallUncovered } = measureFirstCalls(consumer, work, calls, config.firstCallRuns);
  // The same for the reference entry whose collections are parsed on first read: its import is the
  // cheapest of the designs measured, so its first calls are what it would cost users instead.
  progress(`first calls of the one-literal-per-collection reference entry: ${calls.length} helpers, ${config.firstCallRuns} fresh processes each`);
  const splitFirstCalls = measureFirstCalls(consumer, work, calls, config.firstCallRuns, 'qantar-corpus/bench/split').results;

  progress(`type-checking cost: ${config.tscRuns} tsc runs of each project`);
  const tsc = measureTsc(root, pkg.pkgDir, work, real, config.tscRuns);

  progress(`data build growth: buildCorpus on data/ replicated ${config.buildReplicas.join('x, ')}x`);
  const growth = measureBuildGrowth(root, work, config.buildReplicas, config.buildRuns);

  progress(`queries: synthetic corpus ${config.replicas}x`);
  const realFile = path.join(work, 'variant-real.mjs');
  const syntheticFile = path.join(work, 'variant-synthetic.mjs');
  await buildVariant(root, realFile);
  await buildVariant(root, syntheticFile);
  const realLib = await loadVariant(realFile, JSON.parse(realText) as Corpus);
  let t0 = performance.now();
  const synthetic = syntheticCorpus(JSON.parse(realText) as Corpus, config.replicas);
  const generateMs = performance.now() - t0;
  t0 = performance.now();
  const syntheticLib = await loadVariant(syntheticFile, synthetic);
  const syntheticLoadMs = performance.now() - t0; // the library's import-time work on the synthetic corpus (the lazy view; collections freeze on first read)
  const cases = queryCases(real);
  t0 = performance.now();
  for (const c of cases) c.indexed(syntheticLib); // first calls: freeze the collections they read and build the lazy indexes
  const firstQueriesMs = performance.now() - t0;
  const queries = runQueryBench(cases, realLib, syntheticLib, synthetic, { time: config.queryTime, iterations: config.queryIterations }, JSON.parse(realText) as Corpus);

  // ---- results ------------------------------------------------------------------------------------
  const importRatio = imp.libraryMs / imp.jsonMs;
  const queryMinSpeedup = Math.min(...queries.map((q) => q.speedup));
  const queryScaling = Math.max(...queries.map((q) => q.scaling));
  const queryMinSpeedupReal = Math.min(...queries.map((q) => q.realSpeedup));
  const queryMaxSpeedupReal = Math.max(...queries.map((q) => q.realSpeedup));
  const firstCallMaxVsImport = Math.max(...firstCalls.map((f) => f.firstMs / f.importMs));
  const slowestFirst = firstCalls.reduce((a, b) => (b.firstMs / b.importMs > a.firstMs / a.importMs ? b : a));
  const splitSlowestFirst = splitFirstCalls.reduce((a, b) => (b.firstMs / b.importMs > a.firstMs / a.importMs ? b : a));
  const tscRatio = tsc.consumerMs / tsc.emptyMs;
  const mb = (bytes: number) => bytes / 1024 / 1024;
  const json = {
    smoke: smoke ? 1 : 0,
    importRatio,
    importRatioVsFloor: imp.libraryMs / imp.floorMs,
    jsonImportVsFloor: imp.jsonMs / imp.floorMs,
    queryImportRatio: imp.queryMs / imp.jsonMs,
    importRatioCpu: imp.cpu.library / imp.cpu.json,
    cpuVsJson: Object.fromEntries(Object.entries(imp.cpu).map(([kind, ms]) => [kind, ms / imp.cpu.json])),
    importRatioNoScavenge: impSteady.libraryMs / impSteady.jsonMs,
    emptyModuleImportMs: imp.moduleMs,
    emptyModuleVsJson: imp.moduleMs / imp.jsonMs,
    jsonWrapperImportMs: imp.wrapperMs,
    jsonWrapperRatio: imp.wrapperMs / imp.jsonMs,
    jsonWrapperRatioNoScavenge: impSteady.wrapperMs / impSteady.jsonMs,
    importRatioVsJsonWrapper: imp.libraryMs / imp.wrapperMs,
    parseOnlyImportMs: imp.parseMs,
    parseOnlyVsJson: imp.parseMs / imp.jsonMs,
    codeOnlyImportMs: imp.codeMs,
    codeOnlyVsJson: imp.codeMs / imp.jsonMs,
    eagerImportMs: imp.eagerMs,
    eagerVsJson: imp.eagerMs / imp.jsonMs,
    eagerVsJsonNoScavenge: impSteady.eagerMs / impSteady.jsonMs,
    unfrozenImportMs: imp.unfrozenMs,
    unfrozenVsJson: imp.unfrozenMs / imp.jsonMs,
    lazyFreezeSavedVsJson: (imp.eagerMs - imp.libraryMs) / imp.jsonMs,
    freezeVsJson: (imp.libraryMs - imp.unfrozenMs) / imp.jsonMs,
    embeddedImportMs: imp.embeddedMs,
    embeddedVsJson: imp.embeddedMs / imp.jsonMs,
    embeddedVsJsonNoScavenge: impSteady.embeddedMs / impSteady.jsonMs,
    splitImportMs: imp.splitMs,
    splitVsJson: imp.splitMs / imp.jsonMs,
    splitVsJsonNoScavenge: impSteady.splitMs / impSteady.jsonMs,
    libraryImportMs: imp.libraryMs,
    queryImportMs: imp.queryMs,
    jsonImportMs: imp.jsonMs,
    floorMs: imp.floorMs,
    importRuns: imp.runs,
    heapAfterImportMB: mb(imp.heap.library),
    heapAfterJsonImportMB: mb(imp.heap.json),
    heapAfterQueryImportMB: mb(imp.heap.query),
    heapAfterFloorMB: mb(imp.heap.floor),
    heapBeforeImportMB: mb(imp.heapBefore),
    scaleReplicas: config.replicas,
    scaleArticles: synthetic.articles.length,
    scaleRecords: Object.values(synthetic).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0),
    syntheticGenerateMs: generateMs,
    syntheticLoadMs,
    syntheticFirstQueriesMs: firstQueriesMs,
    queryMinSpeedup,
    queryMinSpeedupReal,
    queryMaxSpeedupReal,
    queryScaling,
    firstCallMaxVsImport,
    firstCallSlowest: slowestFirst.name,
    firstCallMaxMs: Math.max(...firstCalls.map((f) => f.firstMs)),
    firstCallMaxVsSteady: Math.max(...firstCalls.map((f) => f.firstMs / f.steadyMs)),
    firstCallRuns: config.firstCallRuns,
    splitFirstCallMaxVsImport: splitSlowestFirst.firstMs / splitSlowestFirst.importMs,
    splitFirstCallSlowest: splitSlowestFirst.name,
    splitFirstCallImportMs: splitSlowestFirst.importMs,
    splitFirstCallMaxMs: splitSlowestFirst.firstMs,
    splitFirstCallsOverImport: splitFirstCalls.filter((f) => f.firstMs >= f.importMs).map((f) => f.name),
    firstCallUncovered,
    firstCalls: firstCalls.map((f) => ({ name: f.name, importMs: f.importMs, firstMs: f.firstMs, steadyMs: f.steadyMs })),
    buildGrowthExponent: growth.exponent,
    buildGrowthLastStepExponent: growth.lastStepExponent,
    tscRatio,
    tscRatioVsPlainFile: tsc.consumerMs / tsc.plainMs,
    tscPlainMs: tsc.plainMs,
    tscRatioLibCheck: tsc.consumerLibCheckMs / tsc.emptyLibCheckMs,
    tscRatioWithNodeTypes: tsc.consumerNodeMs / tsc.emptyNodeMs,
    tscConsumerMs: tsc.consumerMs,
    tscEmptyMs: tsc.emptyMs,
    tscConsumerLibCheckMs: tsc.consumerLibCheckMs,
    tscEmptyLibCheckMs: tsc.emptyLibCheckMs,
    tscConsumerNodeMs: tsc.consumerNodeMs,
    tscEmptyNodeMs: tsc.emptyNodeMs,
    tarballBytes: size.tarball,
    unpackedBytes: size.unpacked,
    packageFiles: size.files,
    indexJsBytes: size.indexJs.raw,
    indexJsGzipBytes: size.indexJs.gzip,
    corpusJsonBytes: size.corpusJson.raw,
    corpusJsonGzipBytes: size.corpusJson.gzip,
    queries: queries.map((q) => ({ name: q.name, results: q.results, realMs: q.realMs, syntheticMs: q.syntheticMs, naiveMs: q.naiveMs, naiveRealMs: q.naiveRealMs, speedup: q.speedup, realSpeedup: q.realSpeedup, scaling: q.scaling })),
    buildGrowth: growth.points,
  };

  const x = (v: number) => `${v.toFixed(2)}x`;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const out: string[] = [];
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  out.push(`qantar-corpus benchmarks${smoke ? ' (SMOKE RUN: tiny run counts, not for quoting)' : ''} — Node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()}, load average at the end ${load} (at the start ${loadAtStart})`, '');
  out.push(table(['Figure', 'Value', 'Target', ''], [
    ["importRatio: import 'qantar-corpus' + getOutlet() / import 'qantar-corpus/corpus.json' (JSON module)", x(importRatio), `<= ${TARGETS.importRatio}`, verdict(importRatio <= TARGETS.importRatio)],
    ['firstCallMaxVsImport: first call of a helper in a fresh process / the import, largest', x(firstCallMaxVsImport), `< ${TARGETS.firstCallMaxVsImport}`, verdict(firstCallMaxVsImport < TARGETS.firstCallMaxVsImport)],
    ['queryMinSpeedup: naive scan / indexed query, smallest (synthetic corpus)', x(queryMinSpeedup), `>= ${TARGETS.queryMinSpeedup}`, verdict(queryMinSpeedup >= TARGETS.queryMinSpeedup)],
    [`queryScaling: indexed query time ${config.replicas}x corpus / real corpus, largest`, x(queryScaling), `<= ${TARGETS.queryScaling}`, verdict(queryScaling <= TARGETS.queryScaling)],
    ['buildGrowthExponent: data build time ~ size^k', growth.exponent.toFixed(3), `<= ${TARGETS.buildGrowthExponent}`, verdict(growth.exponent <= TARGETS.buildGrowthExponent)],
    ['tscRatio: tsc --noEmit, consumer of every helper / empty file', x(tscRatio), `<= ${TARGETS.tscRatio}`, verdict(tscRatio <= TARGETS.tscRatio)],
  ]));
  out.push('', `Import cost (median of ${imp.runs} fresh processes each, through the exports map, a tiny package imported first in each)`);
  out.push(table(['What', 'Time', 'vs JSON module', 'vs floor', 'Heap after'], [
    ['readFileSync + JSON.parse of corpus.json (floor)', formatMs(imp.floorMs), x(imp.floorMs / imp.jsonMs), x(1), formatBytes(imp.heap.floor)],
    ["import corpus.json with { type: 'json' }", formatMs(imp.jsonMs), x(1), x(imp.jsonMs / imp.floorMs), formatBytes(imp.heap.json)],
    ["import 'qantar-corpus' + getOutlet()", formatMs(imp.libraryMs), x(importRatio), x(imp.libraryMs / imp.floorMs), formatBytes(imp.heap.library)],
    ["import 'qantar-corpus' + citations({ speaker })", formatMs(imp.queryMs), x(imp.queryMs / imp.jsonMs), x(imp.queryMs / imp.floorMs), formatBytes(imp.heap.query)],
    ['import an empty ES module of the package (loader cost per module)', formatMs(imp.moduleMs), x(imp.moduleMs / imp.jsonMs), x(imp.moduleMs / imp.floorMs), formatBytes(imp.heap.module)],
    ["import a module that only re-exports the library's corpus JSON", formatMs(imp.wrapperMs), x(imp.wrapperMs / imp.jsonMs), x(imp.wrapperMs / imp.floorMs), formatBytes(imp.heap.wrapper)],
    ['import the code alone in a function never called (pre-parse only)', formatMs(imp.parseMs), x(imp.parseMs / imp.jsonMs), x(imp.parseMs / imp.floorMs), formatBytes(imp.heap.parse)],
    ['import the main entry with an empty corpus (the code alone)', formatMs(imp.codeMs), x(imp.codeMs / imp.jsonMs), x(imp.codeMs / imp.floorMs), formatBytes(imp.heap.code)],
    ['import the main entry freezing every collection at import + getOutlet()', formatMs(imp.eagerMs), x(imp.eagerMs / imp.jsonMs), x(imp.eagerMs / imp.floorMs), formatBytes(imp.heap.eager)],
    ['import the main entry freezing nothing + getOutlet()', formatMs(imp.unfrozenMs), x(imp.unfrozenMs / imp.jsonMs), x(imp.unfrozenMs / imp.floorMs), formatBytes(imp.heap.unfrozen)],
    ["import the main entry with the corpus as JSON.parse('<literal>') + getOutlet()", formatMs(imp.embeddedMs), x(imp.embeddedMs / imp.jsonMs), x(imp.embeddedMs / imp.floorMs), formatBytes(imp.heap.embedded)],
    ['import the main entry with one literal per collection, parsed on first read + getOutlet()', formatMs(imp.splitMs), x(imp.splitMs / imp.jsonMs), x(imp.splitMs / imp.floorMs), formatBytes(imp.heap.split)],
  ]));
  out.push(`(heap used before the import: ${formatBytes(imp.heapBefore)}. CPU time instead of wall time, same intervals: library / JSON module ${x(json.importRatioCpu)}, floor ${formatMs(imp.cpu.floor)}, JSON module ${formatMs(imp.cpu.json)}, library ${formatMs(imp.cpu.library)})`);
  out.push(`(library + getOutlet() against the module that only re-exports corpus.json: ${x(json.importRatioVsJsonWrapper)})`);
  out.push(`(with no scavenge in the timed interval (${NO_SCAVENGE_FLAGS.join(' ')}): JSON module ${formatMs(impSteady.jsonMs)}, re-exporting module ${formatMs(impSteady.wrapperMs)} (${x(json.jsonWrapperRatioNoScavenge)}), library + getOutlet() ${formatMs(impSteady.libraryMs)} (${x(json.importRatioNoScavenge)}), eager freeze ${x(json.eagerVsJsonNoScavenge)}, embedded literal ${x(json.embeddedVsJsonNoScavenge)}, one literal per collection ${x(json.splitVsJsonNoScavenge)})`);
  out.push(`(CPU time, library / JSON module: ${x(json.importRatioCpu)}; eager freeze ${x(imp.cpu.eager / imp.cpu.json)}, freezing nothing ${x(imp.cpu.unfrozen / imp.cpu.json)}, embedded literal ${x(imp.cpu.embedded / imp.cpu.json)}, one literal per collection ${x(imp.cpu.split / imp.cpu.json)}, code alone ${x(imp.cpu.code / imp.cpu.json)}, pre-parse only ${x(imp.cpu.parse / imp.cpu.json)}, empty module ${x(imp.cpu.module / imp.cpu.json)})`);
  out.push('', `First call of each helper in a fresh process (median of ${config.firstCallRuns}; the import is timed in the same processes)`);
  out.push(table(['Call', 'Import', 'First call', 'Steady call', 'First / steady', 'First / import'], firstCalls.map((f) => [
    f.name, formatMs(f.importMs), formatMs(f.firstMs), formatMs(f.steadyMs), x(f.firstMs / f.steadyMs), x(f.firstMs / f.importMs),
  ])));
  out.push(`(the reference entry with one literal per collection, parsed on first read, in the same way: largest first call / import ${x(json.splitFirstCallMaxVsImport)}, ${splitSlowestFirst.name}, ${formatMs(splitSlowestFirst.firstMs)} after an import of ${formatMs(splitSlowestFirst.importMs)}; first calls at or above the import: ${json.splitFirstCallsOverImport.join(', ') || 'none'})`);
  if (firstCallUncovered.length > 0) out.push(`(exported functions with no first-call case yet, add one to helperCalls in scripts/bench/first-calls.ts: ${firstCallUncovered.join(', ')})`);
  out.push('', `Queries (median per call; synthetic corpus: ${config.replicas} replicas, ${json.scaleArticles} articles, ${json.scaleRecords} records; naive = linear scan of the same corpus)`);
  out.push(table(['Query', 'Results', 'Real', 'Naive real', 'Speedup real', 'Synthetic', 'Naive synthetic', 'Speedup synthetic', 'Scaling'], queries.map((q) => [
    q.name, String(q.results), formatMs(q.realMs), formatMs(q.naiveRealMs), x(q.realSpeedup), formatMs(q.syntheticMs), formatMs(q.naiveMs), x(q.speedup), x(q.scaling),
  ])));
  out.push(`(speedup at the real size: ${x(queryMinSpeedupReal)} to ${x(queryMaxSpeedupReal)}; at ${config.replicas}x: ${x(queryMinSpeedup)} and up)`);
  out.push(`(synthetic corpus: generated in ${formatMs(generateMs)}; library import work on it ${formatMs(syntheticLoadMs)}; first call of every query, freezing the collections it reads and building the indexes, ${formatMs(firstQueriesMs)})`);
  out.push('', 'Data build (buildCorpus on data/ replicated; median)');
  out.push(table(['Replicas', 'Records', 'Issues', 'Runs', 'Time', 'Per replica'], growth.points.map((p) => [
    `${p.replicas}x`, String(p.records), String(p.issues), String(p.runs), formatMs(p.ms), formatMs(p.ms / p.replicas),
  ])));
  out.push(`fitted exponent: ${growth.exponent.toFixed(3)} (between the two largest sizes alone: ${growth.lastStepExponent.toFixed(3)})`);
  out.push('', `Type checking (tsc --noEmit, median of ${tsc.runs} runs)`);
  out.push(table(['Project', 'lib ES2022 only (tscRatio)', 'skipLibCheck: false', 'with @types/node'], [
    ['empty file', formatMs(tsc.emptyMs), formatMs(tsc.emptyLibCheckMs), formatMs(tsc.emptyNodeMs)],
    ['consumer of every helper', formatMs(tsc.consumerMs), formatMs(tsc.consumerLibCheckMs), formatMs(tsc.consumerNodeMs)],
    ['ratio', x(tscRatio), x(json.tscRatioLibCheck), x(json.tscRatioWithNodeTypes)],
  ]));
  out.push(`(ordinary code of the same size importing nothing, same settings as tscRatio: ${formatMs(tsc.plainMs)}, ${x(tsc.plainMs / tsc.emptyMs)} the empty file; the consumer against it: ${x(json.tscRatioVsPlainFile)})`);
  if (tsc.uncovered.length > 0) out.push(`(functions in dist/index.d.ts the consumer file does not call yet: ${tsc.uncovered.join(', ')})`);
  out.push('', 'Sizes');
  out.push(table(['File', 'Raw', 'Gzipped'], [
    [`npm pack tarball (${size.files} files, ${formatBytes(size.unpacked)} unpacked)`, formatBytes(size.tarball), '(is gzip)'],
    ['dist/index.js', formatBytes(size.indexJs.raw), formatBytes(size.indexJs.gzip)],
    ['dist/corpus.json', formatBytes(size.corpusJson.raw), formatBytes(size.corpusJson.gzip)],
  ]));
  console.log(out.join('\n'));
  if (values.json) console.log(JSON.stringify(json));
} finally {
  rmSync(work, { recursive: true, force: true });
}
