import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CorpusLike, diffCorpora } from '../scripts/diff-corpus.js';

const root = path.resolve(import.meta.dirname, '..');

/** A small corpus in the published shape (only the fields the diff looks at need to be there). */
function fixture(version: string, overrides: Partial<Record<string, unknown[]>> = {}, schemaVersion = '1.0.0'): CorpusLike {
  return {
    corpusVersion: version,
    schemaVersion,
    outlets: [{ id: 'daily', name: 'The Daily', country: 'CN' }],
    articles: [{ id: 'daily-2022-01-10', outlet: 'daily', title: 'Unrest', published: { date: '2022-01-10', bound: 'exact' } }],
    entities: [{ id: 'xi-jinping', name: 'Xi Jinping' }, { id: 'kazakhstan', name: 'Kazakhstan' }],
    entityMentions: [{ id: 'daily-2022-01-10@0-10/kazakhstan', article: 'daily-2022-01-10', entity: 'kazakhstan', span: { start: 0, end: 10, text: 'Kazakhstan' } }],
    claims: [{ id: 'unrest-was-riots', proposition: 'The unrest was riots.', keywords: ['riots'] }],
    figures: [{ id: 'f-arrests', article: 'daily-2022-01-10', value: 3000, span: { start: 20, end: 31, text: 'three thou.' } }],
    exemptions: [{ article: 'daily-2022-01-10', layer: 'name', span: { start: 40, end: 46, text: 'People' }, reason: 'common noun' }],
    ...overrides,
  };
}

describe('diffCorpora', () => {
  it('lists added, removed and changed records by ID with the changed fields', () => {
    const before = fixture('1.0.0');
    const after = fixture('1.1.0', {
      claims: [
        { id: 'unrest-was-riots', proposition: 'The unrest was large-scale riots.', keywords: ['riots'] },
        { id: 'xi-praised-measures', proposition: 'Xi praised the measures.', keywords: [] },
      ],
      figures: [{ id: 'f-arrests', article: 'daily-2022-01-10', value: 7939, span: { start: 21, end: 32, text: 'hree thous.' } }],
      articles: [{ id: 'daily-2022-01-10', outlet: 'daily', title: 'Unrest', published: { date: '2022-01-11', bound: 'exact' } }],
      entityMentions: [{ id: 'daily-2022-01-10@0-11/kazakhstan', article: 'daily-2022-01-10', entity: 'kazakhstan', span: { start: 0, end: 11, text: 'Kazakhstan.' } }],
    });
    const d = diffCorpora(before, after);
    expect(d.errors).toEqual([]);
    expect(d.release).toBe('minor');
    expect(d.needed).toBe('minor');
    expect(d.collections.map((c) => c.collection)).toEqual(['articles', 'entityMentions', 'claims', 'figures']);
    const get = (name: string) => d.collections.find((c) => c.collection === name);
    expect(get('claims')).toMatchObject({ added: ['xi-praised-measures'], removed: [], changed: [{ id: 'unrest-was-riots', fields: ['proposition'] }] });
    expect(get('figures')?.changed).toEqual([{ id: 'f-arrests', fields: ['span', 'value'] }]);
    expect(get('articles')?.changed).toEqual([{ id: 'daily-2022-01-10', fields: ['published.date'] }]);
    expect(get('entityMentions')).toMatchObject({ stableIds: false, added: ['daily-2022-01-10@0-11/kazakhstan'], removed: ['daily-2022-01-10@0-10/kazakhstan'] });
    expect(d.markdown).toContain('# qantar-corpus 1.1.0');
    expect(d.markdown).toContain('| Claims | 1 | 0 | 1 |');
    expect(d.markdown).toContain('- `xi-praised-measures`');
    expect(d.markdown).toContain('- `f-arrests`: `span`, `value`');
    expect(d.markdown).toContain('- `daily-2022-01-10`: `published.date`');
  });

  it('reports nothing for the same corpus, whatever the key order', () => {
    const a = fixture('1.0.0');
    const reordered = fixture('1.0.1', { outlets: [{ country: 'CN', name: 'The Daily', id: 'daily' }] });
    const d = diffCorpora(a, reordered);
    expect(d.collections).toEqual([]);
    expect(d.needed).toBe('none');
    expect(d.markdown).toContain('No records were added, removed or changed.');
  });

  it('is an error to remove an ID without a major version bump, naming the ID and the versions', () => {
    const d = diffCorpora(fixture('1.2.0'), fixture('1.3.0', { claims: [] }));
    expect(d.collections.find((c) => c.collection === 'claims')?.removed).toEqual(['unrest-was-riots']);
    expect(d.needed).toBe('major');
    expect(d.errors).toHaveLength(1);
    expect(d.errors[0]).toContain('claims: ID "unrest-was-riots" was removed without a major version bump (1.2.0 → 1.3.0)');
    expect(d.markdown).toContain('## Errors');
  });

  it('allows removing an ID in a major release', () => {
    const d = diffCorpora(fixture('1.4.2'), fixture('2.0.0', { claims: [] }));
    expect(d.release).toBe('major');
    expect(d.errors).toEqual([]);
  });

  it('treats a 0.x minor bump as major, as npm caret ranges do', () => {
    expect(diffCorpora(fixture('0.1.0'), fixture('0.2.0', { claims: [] })).errors).toEqual([]);
    expect(diffCorpora(fixture('0.1.0'), fixture('0.1.1', { claims: [] })).errors).toHaveLength(1);
  });

  it('does not fail on removed derived keys (mentions, exemptions), but needs at least a patch', () => {
    const d = diffCorpora(fixture('1.0.0'), fixture('1.0.1', { entityMentions: [], exemptions: [] }));
    expect(d.errors).toEqual([]);
    expect(d.collections.find((c) => c.collection === 'exemptions')?.removed).toEqual(['daily-2022-01-10@40-46/name']);
    expect(d.needed).toBe('patch');
    expect(d.warnings).toEqual([]);
  });

  it('needs a minor release for a new field and warns when the version says patch', () => {
    const d = diffCorpora(fixture('1.0.0'), fixture('1.0.1', { outlets: [{ id: 'daily', name: 'The Daily', country: 'CN', wikidata: 'Q1' }] }));
    expect(d.collections[0]?.changed).toEqual([{ id: 'daily', fields: ['wikidata'] }]);
    expect(d.needed).toBe('minor');
    expect(d.warnings).toEqual(['the changes need a minor release, but 1.0.0 → 1.0.1 is a patch release']);
  });

  it('is an error to change the schema major version without a major release', () => {
    const d = diffCorpora(fixture('1.0.0'), fixture('1.1.0', {}, '2.0.0'));
    expect(d.errors).toEqual([expect.stringContaining('schemaVersion moved from 1.0.0 to 2.0.0')]);
  });

  it('rejects a version that is not semver, naming it', () => {
    expect(() => diffCorpora(fixture('1.0'), fixture('1.0.1'))).toThrow(/earlier corpusVersion "1.0" is not a semantic version/);
  });

  it('finds exactly the set differences of the IDs', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 7 });
    fc.assert(
      fc.property(ids, ids, (x, y) => {
        const d = diffCorpora(fixture('1.0.0', { claims: x.map((id) => ({ id })) }), fixture('2.0.0', { claims: y.map((id) => ({ id })) }));
        const c = d.collections.find((k) => k.collection === 'claims');
        expect(c?.added ?? []).toEqual(y.filter((id) => !x.includes(id)).sort());
        expect(c?.removed ?? []).toEqual(x.filter((id) => !y.includes(id)).sort());
        expect(c?.changed ?? []).toEqual([]);
      }),
    );
  });
});

describe('scripts/diff-corpus.ts', () => {
  const run = (before: CorpusLike, after: CorpusLike) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qantar-diff-'));
    try {
      writeFileSync(path.join(dir, 'old.json'), JSON.stringify(before));
      writeFileSync(path.join(dir, 'new.json'), JSON.stringify(after));
      return spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/diff-corpus.ts'), '--old', path.join(dir, 'old.json'), '--new', path.join(dir, 'new.json')], {
        cwd: root,
        encoding: 'utf8',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('prints the notes and exits 0 for an allowed release', () => {
    const r = run(fixture('1.0.0'), fixture('1.1.0', { claims: [...fixture('1.0.0').claims as unknown[], { id: 'new-claim' }] }));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('- `new-claim`');
  });

  it('exits 1 with the error when an ID is removed without a major bump', () => {
    const r = run(fixture('1.0.0'), fixture('1.1.0', { claims: [] }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: claims: ID "unrest-was-riots" was removed without a major version bump');
  });
});
