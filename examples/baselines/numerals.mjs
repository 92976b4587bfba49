// Baseline for `figures`: numerals and quantifier words, nothing learned.
//   node examples/baselines/numerals.mjs | node dist/cli.js score figures -    (in a clone, after npm run build)
// A figure is a numeral ("7,939", "2.5") or a number word ("three", "thousands", "tens of
// thousands"), with a hedge word before it taken into the span and the qualifier ("about",
// "more than", "at least", "up to"). Four-digit years and day numbers after a month name are skipped.
// The unit is the next word when it is a unit the baseline knows, else "people".
import { printWhenRun } from './run.mjs';

const WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, dozen: 12, hundred: 100, thousand: 1000 };
const VAGUE = ['tens of thousands', 'hundreds of thousands', 'thousands', 'hundreds', 'dozens', 'several', 'many', 'few'];
const HEDGES = { about: 'approximately', around: 'approximately', nearly: 'approximately', almost: 'approximately', 'more than': 'more-than', over: 'more-than', 'at least': 'at-least', 'up to': 'up-to' };
const UNITS = { km: 'km', kilometers: 'km', kilometer: 'km', months: 'months', month: 'months', days: 'days', day: 'days', years: 'years', year: 'years' };
const MONTHS = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$/u;

const hedge = Object.keys(HEDGES).map((h) => h.replace(' ', '\\s+')).join('|');
const number = `\\d[\\d,]*(?:\\.\\d+)?|${[...VAGUE, ...Object.keys(WORDS)].map((w) => w.replace(/ /g, '\\s+')).join('|')}`;
const FIGURE = new RegExp(`\\b(?:(${hedge})\\s+)?(${number})\\b`, 'giu');

/** @param {import('qantar-corpus').Corpus} corpus */
export function predict(corpus) {
  const lines = [];
  for (const a of corpus.articles) {
    const text = a.text;
    for (const m of text.matchAll(FIGURE)) {
      const [whole, hedgeWord, num] = m;
      const numStart = m.index + whole.length - num.length;
      if (/^(?:19|20)\d\d$/u.test(num) || (/^\d{1,2}$/u.test(num) && MONTHS.test(text.slice(Math.max(0, numStart - 12), numStart)))) continue;
      const lower = num.toLowerCase().replace(/\s+/g, ' ');
      const vague = VAGUE.includes(lower);
      const value = vague ? null : /\d/u.test(num) ? Number(num.replace(/,/g, '')) : WORDS[lower];
      const next = /^[\s-]*([A-Za-z]+)/u.exec(text.slice(m.index + whole.length));
      const unit = next && UNITS[next[1].toLowerCase()] ? UNITS[next[1].toLowerCase()] : 'people';
      const qualifier = vague ? 'vague' : hedgeWord ? HEDGES[hedgeWord.toLowerCase().replace(/\s+/g, ' ')] : 'exact';
      lines.push({ article: a.id, span: { start: m.index, end: m.index + whole.length, text: whole }, value, unit, qualifier });
    }
  }
  return lines;
}

await printWhenRun(import.meta.url, predict);
