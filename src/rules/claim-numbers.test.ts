import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { claimNumbers } from './claim-numbers.js';

const rule = claimNumbers;
/** The mini corpus's claim whose mention is "Police arrested 3,000 people." */
const ARRESTS = 0;

describe('claim-numbers', () => {
  it('accepts the valid mini corpus, whose arrests claim says 3,000 as its mention does', () => {
    expect(miniCorpus().claims[ARRESTS]!.proposition).toContain('3,000');
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('reports a number in a proposition that no mention writes, naming the number and the claim', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }).filter((n) => n !== 3000), (n) => {
      const corpus = miniCorpus();
      corpus.claims[ARRESTS]!.proposition = `Police arrested ${n.toLocaleString('en-US')} people.`;
      const issues = check(rule, corpus);
      return issues.length === 1 && issues[0]!.id === 'arrests-reached-3000' && issues[0]!.field === 'proposition' &&
        issues[0]!.message.startsWith(`proposition has the number ${n.toLocaleString('en-US')}, which no mention's span writes`);
    }));
  });

  it('accepts the number written another way in the span (3000 for "3,000")', () => {
    const corpus = miniCorpus();
    corpus.claims[ARRESTS]!.proposition = 'Police arrested 3000 people.';
    expect(check(rule, corpus)).toEqual([]);
  });

  it('accepts a date that a date mention of the same article resolves to, and reports any other', () => {
    const corpus = miniCorpus();
    const monday = corpus.dateMentions[0]!.date; // 2022-01-10, from "Monday"
    expect(monday).toBe('2022-01-10');
    corpus.claims[ARRESTS]!.proposition = 'By 10 January 2022, police had arrested 3,000 people.';
    expect(check(rule, corpus)).toEqual([]);
    corpus.claims[ARRESTS]!.proposition = 'By 11 January 2022, police had arrested 3,000 people.';
    expect(check(rule, corpus)).toMatchObject([{ ...where('claims', ARRESTS, 'arrests-reached-3000', 'proposition'), rule: 'claim-numbers' }]);
    expect(check(rule, corpus)[0]!.message).toContain('"11 January 2022" (2022-01-11)');
  });

  it('accepts a month or a year that a date mention or the publication date of the article has, and reports any other', () => {
    const corpus = miniCorpus();
    const proposition = (when: string) => { corpus.claims[ARRESTS]!.proposition = `During the ${when} unrest, police arrested 3,000 people.`; return check(rule, corpus); };
    expect(proposition('January 2022')).toEqual([]);
    expect(proposition('2022')).toEqual([]);
    expect(proposition('February 2022').map((i) => i.message)).toEqual([expect.stringContaining('"February 2022" (2022-02)')]);
    expect(proposition('2019').map((i) => i.message)).toEqual([expect.stringContaining('"2019" (2019), which no date mention or publication date')]);
  });

  it('reports the numbers of a claim that has no mention at all', () => {
    const corpus = miniCorpus();
    corpus.claimMentions = corpus.claimMentions.filter((m) => m.claim !== 'arrests-reached-3000');
    expect(check(rule, corpus).map((i) => i.message)).toEqual(["proposition has the number 3,000, which no mention's span writes (mentions: none)"]);
  });
});
