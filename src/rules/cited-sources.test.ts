import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../schema/source.js';
import { check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { citedSources } from './cited-sources.js';

const rule = citedSources;
const source = (id: string): SourceRecord => ({
  id, url: `https://example.org/${id}`, title: null, issuer: 'Test ministry', publishedBy: null, date: '2022-01-10', language: 'en', kind: 'readout', excerpt: null, notes: null,
});

describe('cited-sources', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('rejects an external publication date without a source and accepts it with one', () => {
    const corpus = miniCorpus();
    corpus.articles[0]!.published.basis = 'external';
    expect(check(rule, corpus)).toMatchObject([{ ...where('articles', 0, 'mini-article', 'published'), message: 'published has basis "external" but cites no source' }]);
    corpus.sources.push(source('copy-of-page'));
    corpus.articles[0]!.published.sources = ['copy-of-page'];
    expect(check(rule, corpus)).toEqual([]);
  });

  it('reports a source that nothing cites, by its ID', () => {
    const corpus = miniCorpus();
    corpus.sources.push(source('orphan'));
    expect(check(rule, corpus)).toMatchObject([{ ...where('sources', 0, 'orphan', null), message: 'source orphan is cited by nothing' }]);
  });

  it('needs a source exactly for the outside bases, in every field that has one', () => {
    const setters: [string, string, (c: ReturnType<typeof miniCorpus>, basis: string, sources: string[]) => void][] = [
      ['citations', 'channelBasis', (c, basis, sources) => Object.assign(c.citations[0]!, { channel: 'speech', channelBasis: basis, sources })],
      ['citations', 'said', (c, basis, sources) => { c.citations[0]!.said = { date: '2022-01-10', basis: basis as 'stated', sources, note: null }; }],
      ['figures', 'asOfBasis', (c, basis, sources) => Object.assign(c.figures[0]!, { asOf: '2022-01-10', asOfBasis: basis, asOfSources: sources })],
      ['dateMentions', 'basis', (c, basis, sources) => Object.assign(c.dateMentions[0]!, { basis, sources })],
    ];
    fc.assert(fc.property(
      fc.constantFrom(...setters), fc.constantFrom('stated', 'inferred', 'external', 'world-knowledge'), fc.boolean(),
      ([collection, field, set], basis, withSource) => {
        // world-knowledge is a basis of date mentions only.
        fc.pre(basis !== 'world-knowledge' || collection === 'dateMentions');
        const corpus = miniCorpus();
        corpus.sources.push(source('evidence'));
        // The source is cited in any case (by the publication date), so only the field's own lack shows.
        corpus.articles[0]!.published.sources = ['evidence'];
        set(corpus, basis, withSource ? ['evidence'] : []);
        const issues = check(rule, corpus);
        const outside = basis === 'external' || basis === 'world-knowledge';
        if (!outside || withSource) return issues.length === 0;
        return issues.length === 1 && issues[0]!.collection === collection && issues[0]!.field === field && issues[0]!.message === `${field} has basis "${basis}" but cites no source`;
      },
    ));
  });

  it('counts a derivation hop\'s own source record as its evidence', () => {
    const corpus = miniCorpus();
    corpus.sources.push(source('wire-story'));
    corpus.articles[0]!.derivedFrom = [{ relation: 'follows-wording-of', outlet: null, source: 'wire-story', title: null, date: null, url: null, basis: 'external', sources: [], spans: null, note: null }];
    expect(check(rule, corpus)).toEqual([]);
    corpus.articles[0]!.derivedFrom[0]!.source = null;
    expect(check(rule, corpus).map((i) => i.field)).toEqual(['derivedFrom.0', null]);
  });
});
