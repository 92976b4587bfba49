import { at, type CorpusIssue } from './issue.js';
import type { CorpusRule } from './types.js';

/**
 * A citation's event is the occasion of the words, so it cannot begin after the article that reports
 * them, and the day the words were said falls within it. Dates are ISO strings, so they compare as text.
 */
export const citationOccasion: CorpusRule = {
  name: 'citation-occasion',
  description: 'A citation\'s event (the occasion of the words) does not start after the article\'s publication date; its `said` date is not after that date and falls within the event\'s dates; `channelBasis` is set exactly when the channel is known.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const articles = new Map(corpus.articles.map((a) => [a.id, a]));
    const events = new Map(corpus.events.map((e) => [e.id, e]));
    corpus.citations.forEach((c, i) => {
      const issue = (field: string, message: string, fix: string) => issues.push({ ...at('citations', i, c.id, field), rule: 'citation-occasion', message, fix });
      const article = articles.get(c.article);
      // Only an exact publication date bounds the occasion: `not-before` gives the earliest day.
      const published = article?.published.bound === 'exact' ? article.published.date : null;
      const event = c.event === null ? undefined : events.get(c.event);
      if (event && published !== null && event.start > published) {
        issue('event', `event ${event.id} starts ${event.start}, after the article was published (${published}); an event of a citation is the occasion of the words, not their topic`, 'set event to the occasion at which the words were said, or null');
      }
      if (c.said) {
        if (published !== null && c.said.date > published) issue('said.date', `said ${c.said.date}, after the article was published (${published})`, 'correct the date of the speech act');
        if (event) {
          const end = event.end ?? event.start;
          if (c.said.date < event.start || c.said.date > end) {
            issue('said.date', `said ${c.said.date}, outside its event ${event.id} (${event.start}${event.end ? ` to ${event.end}` : ''})`, 'correct the said date or the event');
          }
        }
      }
      const known = c.channel !== null && c.channel !== 'unspecified';
      if (known && c.channelBasis === null) issue('channelBasis', `channel ${c.channel} has no channelBasis`, 'add channelBasis: stated (the text says it), inferred, or external (with the sources that tie these words to the occasion)');
      if (!known && c.channelBasis !== null) issue('channelBasis', `channelBasis ${c.channelBasis} is set but the channel is ${c.channel === null ? 'null' : 'unspecified'}`, 'remove channelBasis, or set the channel the basis is for');
    });
    return issues;
  },
};
