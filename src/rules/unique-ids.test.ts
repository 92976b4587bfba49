import { describe, expect, it } from 'vitest';
import { check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { uniqueIds } from './unique-ids.js';

const COLLECTIONS = [
  'outlets', 'articles', 'entities', 'events', 'claims', 'figureGroups', 'figures', 'citations', 'entityMentions', 'dateMentions', 'claimMentions',
] as const;

describe('unique-ids', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(uniqueIds, miniCorpus())).toEqual([]);
  });

  it.each(COLLECTIONS)('reports the second record with a duplicated ID in %s', (collection) => {
    const corpus = miniCorpus();
    const records = corpus[collection] as { id: string }[];
    const first = records[0]!;
    records.push({ ...first });
    const issues = check(uniqueIds, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where(collection, records.length - 1, first.id, 'id'), rule: 'unique-ids' });
    expect(issues[0]!.message).toContain(JSON.stringify(first.id));
    expect(issues[0]!.message).toContain(`records 0 and ${records.length - 1}`);
  });

  it('allows the same ID in different collections (each kind is its own namespace)', () => {
    const corpus = miniCorpus();
    corpus.figures[0]!.id = 'shared';
    corpus.citations[0]!.id = 'shared';
    corpus.claims[0]!.id = 'shared';
    expect(check(uniqueIds, corpus)).toEqual([]);
  });

  it('reports a third copy again, against the first', () => {
    const corpus = miniCorpus();
    const c = corpus.claims[0]!;
    corpus.claims.push({ ...c }, { ...c });
    const issues = check(uniqueIds, corpus);
    expect(issues.map((i) => i.index)).toEqual([3, 4]);
    expect(issues[1]!.message).toContain('records 0 and 4');
  });
});
