import { completenessRule } from './completeness.js';
import { byArticle, contentMatches } from './text-tools.js';

/** Digits, and the words English uses for numbers and counted amounts. */
export const NUMERAL_PATTERN =
  /\d+(?:[.,]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|tens|several|half|twice)\b/gi;

export const numerals = completenessRule({
  name: 'numerals',
  layer: 'figures',
  description: 'Every numeral and counted-amount word in article content is inside a figure, a date mention or a numeral exemption.',
  exemption: 'numeral',
  what: 'numeral',
  fix: 'add a figure (or a date mention if it is a date) whose span contains it',
  detect: (article) => contentMatches(article, NUMERAL_PATTERN),
  covers(corpus, article) {
    const figures = byArticle(corpus.figures).get(article.id) ?? [];
    const dates = byArticle(corpus.dateMentions).get(article.id) ?? [];
    return [...figures.flatMap((f) => (f.alternate ? [f.span, f.alternate.span] : [f.span])), ...dates.map((d) => d.span)];
  },
});
