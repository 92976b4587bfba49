import { describe, expect, it } from 'vitest';
import { check, miniCorpus, type MiniCorpus } from '../../test/support/mini-corpus.js';
import { narrativeLinks } from './narrative-links.js';

const rule = narrativeLinks;

/** The mini corpus with one EUvsDisinfo case page and a link from the coup claim to it. */
function linked(): MiniCorpus {
  const corpus = miniCorpus();
  corpus.sources.push({
    id: 'case-page', url: 'https://euvsdisinfo.eu/report/example-case/', title: 'Example case', issuer: 'EUvsDisinfo', publishedBy: null, date: null,
    language: 'en', kind: 'fact-check', excerpt: 'The unrest was a coup.', notes: null,
  });
  corpus.claims[2]!.narratives = [{ scheme: 'euvsdisinfo-case', ref: 'Example case', relation: 'exact', sources: ['case-page'], note: 'The case states the same proposition.' }];
  return corpus;
}

describe('narrative-links', () => {
  it('accepts a link that cites its case page', () => {
    expect(check(rule, linked())).toEqual([]);
  });

  it('rejects an EUvsDisinfo link whose source is another site, naming the site it needs', () => {
    const corpus = linked();
    corpus.sources[0]!.url = 'https://euvsdisinfo.eu.example.com/report/x';
    expect(check(rule, corpus)).toMatchObject([{ collection: 'claims', index: 2, field: 'narratives.0.sources', message: 'euvsdisinfo-case link cites no source on euvsdisinfo.eu' }]);
  });

  it('requires DISARM references in the framework\'s ID-and-name form', () => {
    const corpus = linked();
    corpus.claims[2]!.narratives.push({ scheme: 'disarm-technique', ref: 'conspiracy narratives', relation: 'broader', sources: ['case-page'], note: 'x' });
    expect(check(rule, corpus)).toMatchObject([{ field: 'narratives.1.ref', message: 'disarm-technique reference "conspiracy narratives" is not in the scheme\'s form' }]);
    corpus.claims[2]!.narratives[1]!.ref = 'T0022: Leverage Conspiracy Theory Narratives';
    expect(check(rule, corpus)).toEqual([]);
  });

  it('rejects the same record linked twice from one claim', () => {
    const corpus = linked();
    corpus.claims[2]!.narratives.push({ ...corpus.claims[2]!.narratives[0]!, relation: 'broader' });
    expect(check(rule, corpus)).toMatchObject([{ field: 'narratives.1.ref' }]);
  });
});
