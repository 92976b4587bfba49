import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { figureAsOf } from './figure-as-of.js';

const rule = figureAsOf;
const day = fc.integer({ min: 1, max: 31 }).map((d) => `2022-01-${String(d).padStart(2, '0')}`);

describe('figure-as-of', () => {
  it('accepts the valid mini corpus (asOf null)', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('accepts an as-of date from the text only when a date mention covers that day', () => {
    // The mini text's only date mention is "Monday" = 2022-01-10, which is also the publication date.
    fc.assert(fc.property(day, fc.constantFrom('stated' as const, 'inferred' as const), (asOf, basis) => {
      const corpus = miniCorpus();
      Object.assign(corpus.dateMentions[0]!, { date: '2022-01-06', end: '2022-01-09' });
      Object.assign(corpus.figures[0]!, { asOf, asOfBasis: basis });
      const messages = check(rule, corpus).map((i) => i.message);
      const expected: string[] = [];
      if (asOf > '2022-01-10') expected.push(`asOf ${asOf} is after the article was published (2022-01-10)`);
      if (asOf < '2022-01-06' || asOf > '2022-01-09') expected.push(`asOf ${asOf} is ${basis} from the text, but no date mention in the article covers that day`);
      expect(messages).toEqual(expected);
    }));
  });

  it('catches a publication date copied into asOf when the text names no such day', () => {
    const corpus = miniCorpus();
    corpus.dateMentions = [];
    Object.assign(corpus.figures[0]!, { asOf: '2022-01-10', asOfBasis: 'inferred' });
    expect(check(rule, corpus)).toMatchObject([{ ...where('figures', 0, 'mini-arrests', 'asOf') }]);
  });

  it('takes an external as-of date from its sources without a date mention', () => {
    const corpus = miniCorpus();
    corpus.dateMentions = [];
    Object.assign(corpus.figures[0]!, { asOf: '2022-01-09', asOfBasis: 'external', asOfSources: ['ministry-figures'] });
    expect(check(rule, corpus)).toEqual([]);
  });

  it('requires asOfBasis exactly when asOf is set', () => {
    const corpus = miniCorpus();
    corpus.figures[0]!.asOfBasis = 'stated';
    expect(check(rule, corpus)).toMatchObject([{ field: 'asOfBasis', message: 'asOfBasis stated is set but asOf is null' }]);
    Object.assign(corpus.figures[0]!, { asOf: '2022-01-10', asOfBasis: null });
    expect(check(rule, corpus)).toMatchObject([{ field: 'asOfBasis', message: 'asOf 2022-01-10 has no asOfBasis' }]);
  });
});
