import { buildCorpus } from '../build/build.js';
for (let i = 0; i < 3; i++) { const t0 = performance.now(); const r = buildCorpus({ root: process.cwd(), corpusVersion: '0.1.0' }); console.log(performance.now() - t0, r.issues.length, !!r.corpus); }
