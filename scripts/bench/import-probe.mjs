// Child process of scripts/bench.ts (import cost). Plain JavaScript, run by `node` itself, so that
// no loader (tsx) sits between the probe and what it measures. One probe = one cold import. The
// bench copies this file into a consumer folder whose node_modules holds the built package (as
// `qantar-corpus`) and a tiny package (`tiny`), so every import below goes through package
// resolution and the exports map, as a user's does.
//
//   node import-probe.mjs <kind> [helper-argument]
//
//   kind = library: import 'qantar-corpus' and call getOutlet(arg)
//   kind = query:   the same, but call citations({ speaker: arg }) (a query that needs indexes)
//   kind = json:    import 'qantar-corpus/corpus.json' as a JSON module (the yardstick)
//   kind = floor:   readFileSync + JSON.parse of the file that specifier resolves to
//   kind = module:  import an empty ES module of the package: the loader's fixed cost per module
//   kind = wrapper: import a module of the package that only imports the library's corpus JSON and
//                   exports it: the least any JavaScript entry that loads the JSON module can cost
//   kind = code:    import a copy of the main entry whose corpus is empty (no JSON import): what the
//                   library's code costs to load on its own
//   kind = parse:   import that code as the body of a function that is never called: what V8's
//                   pre-parse of it costs, with none of it run
//   kind = eager:   import a copy of the main entry that freezes every collection at import (not on
//                   first read) and call getOutlet(arg): the design before lazy freezing
//   kind = unfrozen: import a copy of the main entry that freezes nothing and call getOutlet(arg):
//                   the library minus everything freezing costs
//   kind = embedded: import a copy of the main entry with the corpus embedded as
//                   JSON.parse('<string literal>') instead of the JSON module, and call getOutlet(arg)
//   kind = split:   the same with one string literal per collection, parsed on first read
//
// Before the timed interval, the probe imports `tiny`, so that the one-off cost of the first package
// resolution and of the ES module loader is charged to no kind. Prints one line of JSON:
// { kind, ms, cpuMs, heapUsed, heapBefore } (cpuMs: CPU time of the process, all threads, during the
// same interval; less disturbed than ms by other load on the machine).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [kind, arg] = process.argv.slice(2);
await import('tiny');
const floorFile = kind === 'floor' ? fileURLToPath(import.meta.resolve('qantar-corpus/corpus.json')) : '';
const heapBefore = process.memoryUsage().heapUsed;
let keep;
const c0 = process.cpuUsage();
const t0 = performance.now();
if (kind === 'library') {
  const lib = await import('qantar-corpus');
  keep = lib.getOutlet(arg);
} else if (kind === 'query') {
  const lib = await import('qantar-corpus');
  keep = lib.citations({ speaker: arg });
} else if (kind === 'json') {
  keep = (await import('qantar-corpus/corpus.json', { with: { type: 'json' } })).default;
} else if (kind === 'eager' || kind === 'unfrozen' || kind === 'embedded' || kind === 'split') {
  const lib = await import(`qantar-corpus/bench/${kind}`);
  keep = lib.getOutlet(arg);
} else if (kind === 'module' || kind === 'wrapper' || kind === 'code' || kind === 'parse') {
  const module = await import(`qantar-corpus/bench/${kind}`);
  keep = kind === 'code' ? module.CORPUS_VERSION : module.default;
} else if (kind === 'floor') {
  keep = JSON.parse(readFileSync(floorFile, 'utf8'));
} else {
  throw new Error(`import-probe: unknown kind ${JSON.stringify(kind)}; valid kinds: library, query, json, floor, module, wrapper, parse, code, eager, unfrozen, embedded, split`);
}
const ms = performance.now() - t0;
const c1 = process.cpuUsage(c0);
const cpuMs = (c1.user + c1.system) / 1000;
const heapUsed = process.memoryUsage().heapUsed;
if (keep === undefined) throw new Error('import-probe: nothing was loaded');
process.stdout.write(`${JSON.stringify({ kind, ms, cpuMs, heapUsed, heapBefore })}\n`);
