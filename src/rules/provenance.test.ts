import { describe, expect, it } from 'vitest';
import { check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { provenance } from './provenance.js';

const rule = provenance;
const hop = (relation: 'translation-of' | 'rewrite-of', extra: object = {}) => ({
  relation, outlet: 'mini-news', source: null, title: null, date: null, url: null, basis: 'stated' as const, sources: [], spans: null, note: null, ...extra,
});

describe('provenance', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('rejects a publisher origin in an article that has no publisher, and accepts it once there is one', () => {
    const corpus = miniCorpus();
    corpus.articles[0]!.segments[0]!.origin = 'publisher';
    expect(check(rule, corpus)).toMatchObject([{ ...where('articles', 0, 'mini-article', 'segments.0.origin'), message: 'headline segment has origin publisher, but the article has no publisher' }]);
    corpus.articles[0]!.publisher = 'aggregator';
    expect(check(rule, corpus)).toEqual([]);
  });

  it('rejects an origin on a separator and a missing one elsewhere', () => {
    const corpus = miniCorpus();
    corpus.articles[0]!.segments[1]!.origin = 'author';
    corpus.articles[0]!.segments[2]!.origin = null;
    expect(check(rule, corpus).map((i) => i.field)).toEqual(['segments.1.origin', 'segments.2.origin']);
  });

  it('ties translatedFrom to a first hop of translation-of, both ways', () => {
    const corpus = miniCorpus();
    corpus.articles[0]!.translatedFrom = { language: 'de', machine: null, basis: 'stated', sources: [], note: null };
    expect(check(rule, corpus)).toMatchObject([{ field: 'derivedFrom' }]);
    corpus.articles[0]!.derivedFrom = [hop('translation-of'), hop('translation-of')];
    expect(check(rule, corpus)).toEqual([]);
    corpus.articles[0]!.translatedFrom = null;
    expect(check(rule, corpus)).toMatchObject([{ field: 'translatedFrom' }]);
  });

  it('requires a hop to name an outlet or a source', () => {
    const corpus = miniCorpus();
    corpus.articles[0]!.derivedFrom = [hop('rewrite-of', { outlet: null })];
    expect(check(rule, corpus)).toMatchObject([{ field: 'derivedFrom.0', message: 'derivation hop 0 names neither an outlet nor a source' }]);
  });

  it('accepts hop spans on segment boundaries only', () => {
    const corpus = miniCorpus();
    const body = corpus.articles[0]!.segments[2]!.span;
    corpus.articles[0]!.derivedFrom = [hop('rewrite-of', { spans: [body] })];
    expect(check(rule, corpus)).toEqual([]);
    corpus.articles[0]!.derivedFrom[0]!.spans = [{ start: body.start + 1, end: body.end, text: body.text.slice(1) }];
    expect(check(rule, corpus)).toMatchObject([{ field: 'derivedFrom.0.spans.0' }]);
  });
});
