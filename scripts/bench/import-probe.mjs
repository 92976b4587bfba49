// Child process of scripts/bench.ts (import cost). Plain JavaScript, run by `node` itself, so that
// no loader (tsx) sits between the probe and what it measures. One probe = one cold import.
//
//   node import-probe.mjs <kind> <empty-module> <target> [helper-argument]
//
//   kind = library: import the built main entry (target = dist/index.js) and call getOutlet(arg)
//   kind = query:   the same, but call citations({ speaker: arg }) (a query that needs indexes)
//   kind = json:    import the corpus as a JSON module (target = dist/corpus.json)
//   kind = floor:   readFileSync + JSON.parse of the same file (target = dist/corpus.json)
//   kind = module:  import an empty ES module beside dist/index.js: the loader's fixed cost per module
//   kind = wrapper: import an ES module that only imports corpus.json and exports it: the least any
//                   JavaScript entry that loads the JSON module can cost
//   kind = code:    import a copy of dist/index.js whose corpus is empty (no JSON import): what the
//                   library's code costs to load on its own
//
// Prints one line of JSON: { kind, ms, cpuMs, heapUsed, heapBefore } (cpuMs: CPU time of the
// process, all threads, during the same interval; less disturbed than ms by other load on the machine).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [kind, empty, target, arg] = process.argv.slice(2);
// Warm the ESM loader (and the dynamic-import machinery) so that its one-off cost is not counted.
await import(pathToFileURL(empty).href);
const heapBefore = process.memoryUsage().heapUsed;
let keep;
const c0 = process.cpuUsage();
const t0 = performance.now();
if (kind === 'library') {
  const lib = await import(pathToFileURL(target).href);
  keep = lib.getOutlet(arg);
} else if (kind === 'query') {
  const lib = await import(pathToFileURL(target).href);
  keep = lib.citations({ speaker: arg });
} else if (kind === 'json') {
  keep = (await import(pathToFileURL(target).href, { with: { type: 'json' } })).default;
} else if (kind === 'module' || kind === 'wrapper' || kind === 'code') {
  const module = await import(pathToFileURL(target).href);
  keep = kind === 'code' ? module.CORPUS_VERSION : module.default;
} else if (kind === 'floor') {
  keep = JSON.parse(readFileSync(target, 'utf8'));
} else {
  throw new Error(`import-probe: unknown kind ${JSON.stringify(kind)}; valid kinds: library, query, json, floor, module, wrapper, code`);
}
const ms = performance.now() - t0;
const c1 = process.cpuUsage(c0);
const cpuMs = (c1.user + c1.system) / 1000;
const heapUsed = process.memoryUsage().heapUsed;
if (keep === undefined) throw new Error('import-probe: nothing was loaded');
process.stdout.write(`${JSON.stringify({ kind, ms, cpuMs, heapUsed, heapBefore })}\n`);
