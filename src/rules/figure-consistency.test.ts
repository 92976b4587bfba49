import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { MEASURES, QUALIFIERS } from '../schema/figure.js';
import { figureConsistency } from './figure-consistency.js';
import { numbersWritten } from './text-tools.js';

const rule = figureConsistency;
const fig = where('figures', 0, 'mini-arrests', null);

describe('figure-consistency', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('reports a vague figure with a value, naming the value', () => {
    const corpus = miniCorpus();
    corpus.figures[0]!.qualifier = 'vague';
    expect(check(rule, corpus)).toMatchObject([{ ...fig, field: 'value', message: 'vague figure has value 3000' }]);
  });

  it('reports a non-vague figure with neither value nor bounds, and accepts bounds instead of a value', () => {
    fc.assert(fc.property(fc.constantFrom(...QUALIFIERS.filter((q) => q !== 'vague')), fc.option(fc.integer(), { nil: null }), fc.option(fc.integer(), { nil: null }), (qualifier, low, high) => {
      const corpus = miniCorpus();
      Object.assign(corpus.figures[0]!, { qualifier, value: null, low, high });
      const issues = check(rule, corpus).filter((i) => i.field === 'value');
      return low === null && high === null ? issues.length === 1 && issues[0]!.message === `${qualifier} figure has no value and no bounds` : issues.length === 0;
    }));
  });

  it('reports bounds in the wrong order, and only then', () => {
    fc.assert(fc.property(fc.integer(), fc.integer(), (low, high) => {
      const corpus = miniCorpus();
      Object.assign(corpus.figures[0]!, { low, high });
      const issues = check(rule, corpus);
      return low > high ? issues.length === 1 && issues[0]!.message === `low ${low} is greater than high ${high}` : issues.length === 0;
    }));
  });

  it('reports a value that its span does not write, naming value and span', () => {
    const corpus = miniCorpus();
    const written = corpus.figures[0]!.value as number;
    corpus.figures[0]!.value = written + 1;
    expect(check(rule, corpus)).toMatchObject([{ ...fig, field: 'value', message: `value ${written + 1} is not written in the span ${JSON.stringify(corpus.figures[0]!.span.text)}` }]);
  });

  it('reads digits with or without thousands separators, decimals and number words, and nothing else', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), (n, grouped) => {
      const written = grouped ? n.toLocaleString('en-US') : String(n);
      const found = numbersWritten(`more than ${written} people`);
      return found.length === 1 && found[0] === n;
    }));
    expect(numbersWritten('about three months, a dozen times, 2.5 km')).toEqual([2.5, 3, 12]);
    expect(numbersWritten('someone, often, tenth')).toEqual([]);
  });

  it('requires asOf and asOfBasis together', () => {
    const corpus = miniCorpus();
    corpus.figures[0]!.asOf = '2022-01-10';
    expect(check(rule, corpus)).toMatchObject([{ ...fig, field: 'asOfBasis' }]);
    corpus.figures[0]!.asOfBasis = 'stated';
    expect(check(rule, corpus)).toEqual([]);
  });

  it('accepts exactly the measures the group allows', () => {
    fc.assert(fc.property(fc.constantFrom(...MEASURES), (measure) => {
      const corpus = miniCorpus();
      corpus.figures[0]!.measure = measure;
      const issues = check(rule, corpus);
      return ['arrested', 'detained'].includes(measure)
        ? issues.length === 0
        : issues.length === 1 && issues[0]!.field === 'group' && issues[0]!.message === `group qantar-arrests allows measures arrested, detained, not ${measure}`;
    }));
  });

  it('reports a citation source whose content does not hold the figure, or that is in another article', () => {
    const corpus = miniCorpus();
    corpus.figures[0]!.source = { kind: 'citation', citation: 'mini-xi-coup' };
    expect(check(rule, corpus)).toMatchObject([{ ...fig, field: 'source.citation', message: 'the figure "3,000" is not inside the content of citation mini-xi-coup' }]);
    corpus.citations[0]!.article = 'elsewhere';
    expect(check(rule, corpus)).toMatchObject([{ ...fig, field: 'source.citation', message: 'source citation mini-xi-coup is in another article' }]);
    corpus.citations[0]!.article = 'mini-article';
    corpus.citations[0]!.content.push(corpus.figures[0]!.span);
    expect(check(rule, corpus)).toEqual([]);
  });
});
