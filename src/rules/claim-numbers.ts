import { at, type CorpusIssue } from './issue.js';
import { byArticle, digitsWritten, numbersWritten } from './text-tools.js';
import type { CorpusRule } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A date as propositions write it: "7 January 2022", "January 2022", or a year alone ("the 1989 suppression"). */
const DATE = new RegExp(`\\b(?:(?:(\\d{1,2}) )?(${MONTHS.join('|')}) )?((?:19|20)\\d\\d)\\b`, 'g');

/**
 * A claim's proposition is normalised wording, but its numbers must come from the texts: every
 * number in it is written in the span of one of the claim's mentions, and every date in it is
 * resolved in an article that mentions the claim. A full date ("By the morning of 7 January 2022",
 * from RFA's "the morning of the 7th") needs a date mention of that day; a month or a year alone
 * ("the January 2022 unrest", "the Beijing 2022 Winter Olympic Games") needs a date mention or the
 * publication date in that month or year.
 */
export const claimNumbers: CorpusRule = {
  name: 'claim-numbers',
  description: "Every number in a claim's proposition is written in one of its mentions' spans, and every date in it is resolved by a date mention (a month or year also by the publication date) in an article that mentions the claim.",
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const mentionsOf = new Map<string, typeof corpus.claimMentions>();
    for (const m of corpus.claimMentions) mentionsOf.set(m.claim, [...(mentionsOf.get(m.claim) ?? []), m]);
    const datesIn = byArticle(corpus.dateMentions);
    const published = new Map(corpus.articles.map((a) => [a.id, a.published.date]));
    corpus.claims.forEach((claim, i) => {
      const mentions = mentionsOf.get(claim.id) ?? [];
      const articles = [...new Set(mentions.map((m) => m.article))];
      const push = (message: string, fix: string) => issues.push({ ...at('claims', i, claim.id, 'proposition'), rule: 'claim-numbers', message, fix });
      for (const [written, day, month, year] of claim.proposition.matchAll(DATE)) {
        const mm = month ? String(MONTHS.indexOf(month) + 1).padStart(2, '0') : null;
        const prefix = mm ? `${year}-${mm}` : (year as string);
        const iso = day && mm ? `${prefix}-${day.padStart(2, '0')}` : null;
        const resolved = articles.some((a) => {
          const dates = datesIn.get(a) ?? [];
          if (iso) return dates.some((d) => d.date === iso || (d.end !== null && d.date <= iso && iso <= d.end));
          return [...dates.flatMap((d) => [d.date, d.end ?? d.date]), published.get(a) ?? ''].some((date) => date.startsWith(prefix));
        });
        if (!resolved) {
          push(`proposition has the date "${written}" (${iso ?? prefix}), which no ${iso ? 'date mention' : 'date mention or publication date'} in ${articles.length > 0 ? articles.join(', ') : 'any article (the claim has no mentions)'} resolves to`,
            'add the date mention that gives this date, or reword the proposition to the date the texts give');
        }
      }
      const undated = claim.proposition.replace(DATE, (d) => ' '.repeat(d.length));
      for (const { value, text } of digitsWritten(undated)) {
        if (!mentions.some((m) => numbersWritten(m.span.text).includes(value))) {
          push(`proposition has the number ${text}, which no mention's span writes (mentions: ${mentions.length > 0 ? mentions.map((m) => JSON.stringify(m.span.text.slice(0, 40))).join(', ') : 'none'})`,
            'reword the proposition to the number the texts give, or widen the mention to the words that give it');
        }
      }
    });
    return issues;
  },
};
