import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, miniCorpus, type MiniCorpus, where } from '../../test/support/mini-corpus.js';
import { references } from './references.js';

/** Each reference field of the mini corpus: how to set it, where the issue must point, and the kind of record it names. */
const FIELDS: [string, (c: MiniCorpus, v: string) => void, string, number, string | null, string, string][] = [
  ['outlet parent', (c, v) => { c.outlets[0]!.parent = v; }, 'outlets', 0, 'mini-news', 'parent', 'outlet'],
  ['article outlet', (c, v) => { c.articles[0]!.outlet = v; }, 'articles', 0, 'mini-article', 'outlet', 'outlet'],
  ['article publisher', (c, v) => { c.articles[0]!.publisher = v; }, 'articles', 0, 'mini-article', 'publisher', 'outlet'],
  ['credit entity', (c, v) => { c.articles[0]!.credits = [{ role: 'author', name: 'X', entity: v }]; }, 'articles', 0, 'mini-article', 'credits.0.entity', 'entity'],
  ['derivation outlet', (c, v) => {
    c.articles[0]!.derivedFrom = [{ outlet: v, source: null, title: null, date: null, url: null, relation: 'translation-of', basis: 'stated', sources: [], spans: null, note: null }];
  }, 'articles', 0, 'mini-article', 'derivedFrom.0.outlet', 'outlet'],
  ['derivation source', (c, v) => {
    c.articles[0]!.derivedFrom = [{ outlet: null, source: v, title: null, date: null, url: null, relation: 'rewrite-of', basis: 'stated', sources: [], spans: null, note: null }];
  }, 'articles', 0, 'mini-article', 'derivedFrom.0.source', 'source'],
  ['publication-date source', (c, v) => { c.articles[0]!.published.sources = [v]; }, 'articles', 0, 'mini-article', 'published.sources.0', 'source'],
  ['citation addressee', (c, v) => { c.citations[0]!.addressee = v; }, 'citations', 0, 'mini-xi-coup', 'addressee', 'entity'],
  ['citation source', (c, v) => { c.citations[0]!.sources = [v]; }, 'citations', 0, 'mini-xi-coup', 'sources.0', 'source'],
  ['said source', (c, v) => { c.citations[0]!.said = { date: '2022-01-10', basis: 'external', sources: [v], note: null }; }, 'citations', 0, 'mini-xi-coup', 'said.sources.0', 'source'],
  ['figure as-of source', (c, v) => { c.figures[0]!.asOfSources = [v]; }, 'figures', 0, 'mini-arrests', 'asOfSources.0', 'source'],
  ['date-mention source', (c, v) => { c.dateMentions[0]!.sources = [v]; }, 'dateMentions', 0, null, 'sources.0', 'source'],
  ['entity-mention source', (c, v) => { c.entityMentions[0]!.sources = [v]; }, 'entityMentions', 0, null, 'sources.0', 'source'],
  ['event place', (c, v) => { c.events[0]!.place = v; }, 'events', 0, 'qantar-unrest', 'place', 'entity'],
  ['event parent', (c, v) => { c.events[0]!.parent = v; }, 'events', 0, 'qantar-unrest', 'parent', 'event'],
  ['event participant', (c, v) => { c.events[0]!.participants = ['almaty', v]; }, 'events', 0, 'qantar-unrest', 'participants.1', 'entity'],
  ['claim event', (c, v) => { c.claims[1]!.event = v; }, 'claims', 1, 'calm-returned-to-almaty', 'event', 'event'],
  ['claim subject', (c, v) => { c.claims[1]!.subjects = [v]; }, 'claims', 1, 'calm-returned-to-almaty', 'subjects.0', 'entity'],
  ['figure group event', (c, v) => { c.figureGroups[0]!.event = v; }, 'figureGroups', 0, 'qantar-arrests', 'event', 'event'],
  ['entity mention article', (c, v) => { c.entityMentions[1]!.article = v; }, 'entityMentions', 1, null, 'article', 'article'],
  ['entity mention entity', (c, v) => { c.entityMentions[1]!.entity = v; }, 'entityMentions', 1, null, 'entity', 'entity'],
  ['date mention article', (c, v) => { c.dateMentions[0]!.article = v; }, 'dateMentions', 0, null, 'article', 'article'],
  ['date mention event', (c, v) => { c.dateMentions[0]!.event = v; }, 'dateMentions', 0, null, 'event', 'event'],
  ['figure article', (c, v) => { c.figures[0]!.article = v; }, 'figures', 0, 'mini-arrests', 'article', 'article'],
  ['figure place', (c, v) => { c.figures[0]!.place = v; }, 'figures', 0, 'mini-arrests', 'place', 'entity'],
  ['figure event', (c, v) => { c.figures[0]!.event = v; }, 'figures', 0, 'mini-arrests', 'event', 'event'],
  ['figure group', (c, v) => { c.figures[0]!.group = v; }, 'figures', 0, 'mini-arrests', 'group', 'figure group'],
  ['figure source entity', (c, v) => { c.figures[0]!.source = { kind: 'entity', entity: v }; }, 'figures', 0, 'mini-arrests', 'source.entity', 'entity'],
  ['figure source citation', (c, v) => { c.figures[0]!.source = { kind: 'citation', citation: v }; }, 'figures', 0, 'mini-arrests', 'source.citation', 'citation'],
  ['citation article', (c, v) => { c.citations[0]!.article = v; }, 'citations', 0, 'mini-xi-coup', 'article', 'article'],
  ['citation speaker', (c, v) => { c.citations[0]!.speaker = v; }, 'citations', 0, 'mini-xi-coup', 'speaker', 'entity'],
  ['citation event', (c, v) => { c.citations[0]!.event = v; }, 'citations', 0, 'mini-xi-coup', 'event', 'event'],
  ['citation relay', (c, v) => { c.citations[0]!.relay = [{ entity: v, span: null, note: null }]; }, 'citations', 0, 'mini-xi-coup', 'relay.0.entity', 'entity'],
  ['citation claim', (c, v) => { c.citations[0]!.claims = [v]; }, 'citations', 0, 'mini-xi-coup', 'claims.0', 'claim'],
  ['claim mention article', (c, v) => { c.claimMentions[2]!.article = v; }, 'claimMentions', 2, null, 'article', 'article'],
  ['claim mention claim', (c, v) => { c.claimMentions[2]!.claim = v; }, 'claimMentions', 2, null, 'claim', 'claim'],
  ['claim mention citation', (c, v) => { c.claimMentions[1]!.citation = v; }, 'claimMentions', 1, null, 'citation', 'citation'],
  ['exemption article', (c, v) => {
    c.exemptions = [{ article: v, layer: 'name', span: { start: 0, end: 4, text: 'Calm' }, reason: 'test' }];
  }, 'exemptions', 0, null, 'article', 'article'],
];

describe('references', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(references, miniCorpus())).toEqual([]);
  });

  it.each(FIELDS)('reports a dangling %s, naming the missing ID', (_, set, collection, index, id, field, kind) => {
    const corpus = miniCorpus();
    set(corpus, 'no-such-record');
    const issues = check(references, corpus);
    expect(issues).toHaveLength(1);
    const expectedId = id ?? ((corpus[collection as keyof MiniCorpus] as { id?: string }[])[index]!.id ?? null);
    expect(issues[0]).toMatchObject({ ...where(collection, index, expectedId, field), rule: 'references' });
    expect(issues[0]!.message).toBe(`${field} refers to ${kind} "no-such-record", which does not exist`);
  });

  it('suggests the closest existing ID for a typo', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.speaker = 'xi-jinpin';
    const [issue] = check(references, corpus);
    expect(issue!.fix).toContain('closest: xi-jinping');
  });

  it('accepts any existing ID of the right kind and rejects any other ID', () => {
    const entityIds = miniCorpus().entities.map((e) => e.id);
    fc.assert(fc.property(fc.constantFrom(...entityIds), fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), (good, other) => {
      const ok = miniCorpus();
      ok.figures[0]!.place = good;
      if (check(references, ok).length !== 0) return false;
      const bad = miniCorpus();
      bad.figures[0]!.place = other;
      const issues = check(references, bad);
      return entityIds.includes(other) ? issues.length === 0 : issues.length === 1 && issues[0]!.message.includes(JSON.stringify(other));
    }));
  });

  it('does not accept an ID of another kind (a claim ID as an entity)', () => {
    const corpus = miniCorpus();
    corpus.citations[0]!.speaker = 'unrest-was-coup';
    expect(check(references, corpus)).toMatchObject([{ field: 'speaker', message: expect.stringContaining('entity "unrest-was-coup"') }]);
  });
});
