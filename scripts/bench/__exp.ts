import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPackage } from './package-build.js';
import { median } from './stats.js';
const variants = process.argv.slice(2);
const dists: Record<string, string> = {};
for (const v of variants) dists[v] = (await buildPackage(`/tmp/exp-${v}`, `/tmp/exp-${v}/out`)).distDir;
writeFileSync('/tmp/empty.mjs', 'export {};\n');
const probe = '/work/main/scripts/bench/import-probe.mjs';
const kinds = [...variants.flatMap((v) => [`${v}:library`, `${v}:query`]), 'json'];
const samples: Record<string, number[]> = {};
for (let round = 0; round < 25; round++) {
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[(i + round) % kinds.length] as string;
    const [v, kind] = k.includes(':') ? k.split(':') : [variants[0], 'json'];
    const dist = dists[v as string] as string;
    const r = spawnSync(process.execPath, [probe, kind as string, '/tmp/empty.mjs', path.join(dist, kind === 'json' ? 'corpus.json' : 'index.js'), kind === 'query' ? 'wang-yi' : 'rt'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    (samples[k] ??= []).push(JSON.parse(r.stdout).ms);
  }
}
const json = median(samples.json as number[]);
for (const k of kinds) console.log(k, median(samples[k] as number[]).toFixed(2), (median(samples[k] as number[]) / json).toFixed(2));
