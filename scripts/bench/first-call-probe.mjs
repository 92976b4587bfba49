// Child process of scripts/bench.ts (first-call latency). Plain JavaScript run by `node`, copied
// into the bench's consumer folder (see import-probe.mjs). In one fresh process: import `tiny`
// (the first package resolution, charged to nothing), time the import of 'qantar-corpus', time the
// first call of one helper (which builds the lazy indexes it needs), then its steady cost per call.
//
//   node first-call-probe.mjs <cases.json> <index> [specifier]   one case of the file: { name, fn, args }
//   node first-call-probe.mjs --list [specifier]                 prints the functions the entry exports
//
// specifier: the module to import, 'qantar-corpus' unless given (the bench also measures a
// reference entry, `qantar-corpus/bench/split`, whose collections are parsed on first read).
//
// Prints one line of JSON: { importMs, firstMs, steadyMs }.
import { readFileSync } from 'node:fs';

const [casesFile, index, specifier = 'qantar-corpus'] = process.argv.slice(2);
const entry = casesFile === '--list' ? (index ?? 'qantar-corpus') : specifier;
await import('tiny');
const t0 = performance.now();
const lib = await import(entry);
const importMs = performance.now() - t0;
if (casesFile === '--list') {
  // Classes (the error class) are not helpers.
  const names = Object.keys(lib).filter((k) => typeof lib[k] === 'function' && !/^class\b/.test(Function.prototype.toString.call(lib[k])));
  process.stdout.write(`${JSON.stringify(names)}\n`);
  process.exit(0);
}
const { fn, args } = JSON.parse(readFileSync(casesFile, 'utf8'))[Number(index)];
const call = () => lib[fn](...args);
const t1 = performance.now();
let keep = call();
const firstMs = performance.now() - t1;
for (let i = 0; i < 50; i++) keep = call();
// Steady state: batches long enough to be well above the timer's resolution; the median per call.
let n = 1;
for (;;) {
  const s = performance.now();
  for (let i = 0; i < n; i++) keep = call();
  if (performance.now() - s > 0.5 || n >= 1 << 20) break;
  n *= 2;
}
const perCall = [];
for (let b = 0; b < 9; b++) {
  const s = performance.now();
  for (let i = 0; i < n; i++) keep = call();
  perCall.push((performance.now() - s) / n);
}
perCall.sort((a, b) => a - b);
if (keep === undefined) throw new Error(`first-call-probe: ${fn} returned nothing`);
process.stdout.write(`${JSON.stringify({ importMs, firstMs, steadyMs: perCall[4] })}\n`);
