import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { citationOccasion } from './citation-occasion.js';

const rule = citationOccasion;
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2022-01-${String(d).padStart(2, '0')}`);

describe('citation-occasion', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('rejects an occasion that starts after the article, as the topic-for-occasion mistake does', () => {
    fc.assert(fc.property(day, (start) => {
      const corpus = miniCorpus();
      Object.assign(corpus.events[0]!, { start, end: null });
      const issues = check(rule, corpus);
      return start > '2022-01-10'
        ? issues.length === 1 && issues[0]!.field === 'event' && issues[0]!.message.startsWith(`event qantar-unrest starts ${start}, after the article was published (2022-01-10)`)
        : issues.length === 0;
    }));
  });

  it('does not bound the occasion by a not-before publication date', () => {
    const corpus = miniCorpus();
    corpus.articles[0]!.published.bound = 'not-before';
    Object.assign(corpus.events[0]!, { start: '2022-01-20', end: null });
    expect(check(rule, corpus)).toEqual([]);
  });

  it('requires the said date within the event and not after the article', () => {
    fc.assert(fc.property(day, (date) => {
      const corpus = miniCorpus();
      Object.assign(corpus.events[0]!, { start: '2022-01-05', end: '2022-01-08' });
      corpus.citations[0]!.said = { date, basis: 'stated', sources: [], note: null };
      const messages = check(rule, corpus).map((i) => i.message);
      const expected: string[] = [];
      if (date > '2022-01-10') expected.push(`said ${date}, after the article was published (2022-01-10)`);
      if (date < '2022-01-05' || date > '2022-01-08') expected.push(`said ${date}, outside its event qantar-unrest (2022-01-05 to 2022-01-08)`);
      expect(messages).toEqual(expected);
    }));
  });

  it('requires channelBasis exactly when the channel is known', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.channel = 'phone-call';
    expect(check(rule, corpus)).toMatchObject([{ ...where('citations', 0, 'mini-xi-coup', 'channelBasis'), message: 'channel phone-call has no channelBasis' }]);
    corpus.citations[0]!.channelBasis = 'stated';
    expect(check(rule, corpus)).toEqual([]);
    corpus.citations[0]!.channel = 'unspecified';
    expect(check(rule, corpus)).toMatchObject([{ message: 'channelBasis stated is set but the channel is unspecified' }]);
  });
});
