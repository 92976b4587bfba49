import { at, type CorpusIssue } from './issue.js';
import type { CorpusRule } from './types.js';

/**
 * A figure's as-of date is the day the count describes, and it comes from the text or a source:
 * a date the text gives must be one of the article's date mentions, so a publication date copied
 * into `asOf` is caught unless the text itself names that day.
 */
export const figureAsOf: CorpusRule = {
  name: 'figure-as-of',
  description: 'A figure has `asOfBasis` exactly when it has `asOf`; a `stated` or `inferred` as-of date is a day one of the article\'s date mentions covers; an as-of date is not after an exact publication date.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const articles = new Map(corpus.articles.map((a) => [a.id, a]));
    const dates = new Map<string, { date: string; end: string | null }[]>();
    for (const m of corpus.dateMentions) {
      const list = dates.get(m.article) ?? [];
      list.push({ date: m.date, end: m.end });
      dates.set(m.article, list);
    }
    corpus.figures.forEach((f, i) => {
      const issue = (field: string, message: string, fix: string) => issues.push({ ...at('figures', i, f.id, field), rule: 'figure-as-of', message, fix });
      if (f.asOf === null) {
        if (f.asOfBasis !== null) issue('asOfBasis', `asOfBasis ${f.asOfBasis} is set but asOf is null`, 'remove asOfBasis, or give the as-of date');
        return;
      }
      if (f.asOfBasis === null) {
        issue('asOfBasis', `asOf ${f.asOf} has no asOfBasis`, 'add asOfBasis: stated or inferred (from a date in the text) or external (with asOfSources)');
        return;
      }
      const article = articles.get(f.article);
      if (article?.published.bound === 'exact' && f.asOf > article.published.date) issue('asOf', `asOf ${f.asOf} is after the article was published (${article.published.date})`, 'correct the as-of date');
      if (f.asOfBasis === 'external') return;
      const covered = (dates.get(f.article) ?? []).some((d) => d.date <= f.asOf! && f.asOf! <= (d.end ?? d.date));
      if (!covered) {
        issue('asOf', `asOf ${f.asOf} is ${f.asOfBasis} from the text, but no date mention in the article covers that day`, 'annotate the date expression the as-of date comes from, use asOfBasis: external with the source, or set asOf to null (the publication date is not an as-of date)');
      }
    });
    return issues;
  },
};
