import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { idForm } from './id-form.js';

const COLLECTIONS = ['outlets', 'articles', 'entities', 'events', 'claims', 'figureGroups', 'figures', 'citations'] as const;

describe('id-form', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(idForm, miniCorpus())).toEqual([]);
  });

  it.each(COLLECTIONS)('reports a bad ID in %s, naming it and suggesting the kebab-case form', (collection) => {
    const corpus = miniCorpus();
    const records = corpus[collection] as { id: string }[];
    records[0]!.id = 'Bad_ID Form';
    const issues = check(idForm, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where(collection, 0, 'Bad_ID Form', 'id'), rule: 'id-form' });
    expect(issues[0]!.message).toContain('"Bad_ID Form"');
    expect(issues[0]!.fix).toContain('"bad-id-form"');
  });

  it('accepts every kebab-case ID and rejects any ID with a character outside a-z, 0-9 and single inner hyphens', () => {
    const kebab = fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('-'));
    fc.assert(fc.property(kebab, (id) => {
      const corpus = miniCorpus();
      corpus.claims[0]!.id = id;
      return check(idForm, corpus).length === 0;
    }));
    const bad = fc.oneof(
      fc.tuple(kebab, fc.constantFrom('A', '_', ' ', '.', 'é', '--', '/'), kebab).map(([a, c, b]) => `${a}${c}${b}`),
      kebab.map((id) => `-${id}`),
      kebab.map((id) => `${id}-`),
      fc.constant(''),
    );
    fc.assert(fc.property(bad, (id) => {
      const corpus = miniCorpus();
      corpus.claims[0]!.id = id;
      const issues = check(idForm, corpus);
      return issues.length === 1 && issues[0]!.id === id && issues[0]!.message.includes(JSON.stringify(id));
    }));
  });
});
