// Baseline for `segments`: every character of every article is content (no boilerplate removal).
//   node examples/baselines/all-content.mjs | node dist/cli.js score segments -    (in a clone, after npm run build)
import { printWhenRun } from './run.mjs';

/** @param {import('qantar-corpus').Corpus} corpus */
export function predict(corpus) {
  return corpus.articles.map((a) => ({ article: a.id, span: { start: 0, end: a.text.length }, content: true }));
}

await printWhenRun(import.meta.url, predict);
