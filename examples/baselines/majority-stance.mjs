// Baseline for the stance and voice of `claim-mentions`: the majority class, given the gold spans
// and claims (so that only stance and voice are predicted; its claim-linking scores are those of an
// oracle and mean nothing).
//   node examples/baselines/majority-stance.mjs | node dist/cli.js score claim-mentions -    (in a clone, after npm run build)
// The majority is taken from the corpus itself: with no training data, it is the best constant
// predictor in hindsight, an upper bound for any constant guess.
import { printWhenRun } from './run.mjs';

const majority = (values) => {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
};

/** @param {import('qantar-corpus').Corpus} corpus */
export function predict(corpus) {
  const stance = majority(corpus.claimMentions.map((m) => m.stance));
  const voice = majority(corpus.claimMentions.map((m) => m.voice));
  return corpus.claimMentions.map((m) => ({ article: m.article, span: m.span, claim: m.claim, stance, voice }));
}

await printWhenRun(import.meta.url, predict);
