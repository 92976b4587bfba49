import { readFileSync } from 'node:fs';
import { syntheticCorpus } from './synthetic.js';
import { corpusSchema } from '../../src/schema/corpus.js';
import { runRules } from '../../src/rules/index.js';
const real = JSON.parse(readFileSync('src/generated/corpus.json', 'utf8'));
for (const k of [1, 3]) {
  const s = syntheticCorpus(real, k);
  const p = corpusSchema.safeParse(s);
  const issues = runRules(s as never, { completeness: false });
  console.log(k, s.articles.length, p.success, p.success ? '' : JSON.stringify(p.error.issues.slice(0, 3)), issues.length, issues.slice(0, 3).map((i) => i.message));
}
let t0 = performance.now(); const big = syntheticCorpus(real, 1000); console.log('1000x ms', performance.now() - t0, big.figures.length, process.memoryUsage().heapUsed / 1e6);
