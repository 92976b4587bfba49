import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { datesAndHierarchy } from './dates-and-hierarchy.js';

const rule = datesAndHierarchy;
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('dates-and-hierarchy', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('accepts an event range exactly when it does not end before it starts', () => {
    fc.assert(fc.property(isoDate, isoDate, (start, end) => {
      const corpus = miniCorpus();
      Object.assign(corpus.events[0]!, { start, end });
      const issues = check(rule, corpus);
      return end < start
        ? issues.length === 1 && issues[0]!.field === 'end' && issues[0]!.id === 'qantar-unrest' && issues[0]!.message === `event ends ${end}, before it starts ${start}`
        : issues.length === 0;
    }));
  });

  it('accepts a date-mention range exactly when it does not end before its date', () => {
    fc.assert(fc.property(isoDate, isoDate, (date, end) => {
      const corpus = miniCorpus();
      Object.assign(corpus.dateMentions[0]!, { date, end });
      const issues = check(rule, corpus);
      return end < date ? issues.length === 1 && issues[0]!.collection === 'dateMentions' && issues[0]!.message === `date range ends ${end}, before ${date}` : issues.length === 0;
    }));
  });

  it('reports a cycle of event parents at every event on it', () => {
    const corpus = miniCorpus();
    corpus.events.push({ ...corpus.events[0]!, id: 'sub-event', parent: 'qantar-unrest' });
    expect(check(rule, corpus)).toEqual([]);
    corpus.events[0]!.parent = 'sub-event';
    const issues = check(rule, corpus);
    expect(issues).toMatchObject([
      { ...where('events', 0, 'qantar-unrest', 'parent'), message: 'parent chain of qantar-unrest loops back to qantar-unrest' },
      { ...where('events', 1, 'sub-event', 'parent'), message: 'parent chain of sub-event loops back to sub-event' },
    ]);
  });

  it('reports an outlet that is its own parent', () => {
    const corpus = miniCorpus();
    corpus.outlets[0]!.parent = 'mini-news';
    expect(check(rule, corpus)).toMatchObject([where('outlets', 0, 'mini-news', 'parent')]);
  });

  it('does not loop on a parent chain that ends at a missing record', () => {
    const corpus = miniCorpus();
    corpus.events[0]!.parent = 'missing-event';
    expect(check(rule, corpus)).toEqual([]);
  });

  it('reports a publisher that is the outlet itself', () => {
    const corpus = miniCorpus();
    corpus.articles[0]!.publisher = 'mini-news';
    expect(check(rule, corpus)).toMatchObject([{ ...where('articles', 0, 'mini-article', 'publisher'), message: 'publisher mini-news is the outlet itself' }]);
  });
});
