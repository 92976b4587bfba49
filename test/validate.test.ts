// qantar-corpus/schema: validating corpora that users extend or modify.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus } from '../src/index.js';
import { schemas, validateCorpus, validateRecord } from '../src/schema/index.js';

const copy = () => structuredClone(corpus) as unknown as Record<string, any>;

describe('validateCorpus()', () => {
  it('accepts the shipped corpus', () => {
    expect(validateCorpus(copy())).toEqual({ ok: true, problems: [], omitted: 0, stopped: false });
  });

  it('never throws, whatever it is given, and reports problems with JSON paths', () => {
    fc.assert(fc.property(fc.anything(), (value) => {
      const result = validateCorpus(value);
      expect(result.ok).toBe(false);
      for (const p of result.problems) {
        expect(p.path).toMatch(/^\$/);
        expect(p.message.length).toBeGreaterThan(0);
      }
    }), { numRuns: 500 });
  });

  it('finds a dangling reference and names its path and the closest IDs', () => {
    const data = copy();
    const index = data.figures.findIndex((f: { group: string | null }) => f.group === 'qantar-arrests');
    data.figures[index].group = 'qantar-arrest';
    const result = validateCorpus(data);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ path: `$.figures[${index}].group`, rule: 'references' }));
    expect(result.problems.find((p) => p.rule === 'references')?.message).toMatch(/"qantar-arrest".*qantar-arrests/);
  });

  it('finds a span whose text no longer matches its article', () => {
    const data = copy();
    data.citations[0].content[0].text = `${data.citations[0].content[0].text.slice(0, -1)}!`;
    const result = validateCorpus(data);
    expect(result.problems).toContainEqual(expect.objectContaining({ path: '$.citations[0].content[0]', rule: 'spans' }));
  });

  it('finds an edited text by its hash, and a gap in the segments', () => {
    const data = copy();
    data.articles[0].text = data.articles[0].text.replace('Kazakhstan', 'Kazakstan');
    data.articles[1].segments.splice(1, 1);
    const rules = new Set(validateCorpus(data, { maxProblems: 10_000 }).problems.map((p) => p.rule));
    expect(rules.has('text-hash')).toBe(true);
    expect(rules.has('segments-tile')).toBe(true);
  });

  it('reports shape errors first, by path, without running the cross-record rules', () => {
    const data = copy();
    data.claimMentions[3].stance = 'agrees';
    delete data.outlets[0].country;
    const result = validateCorpus(data);
    expect(result.problems.map((p) => p.path).sort()).toEqual(['$.claimMentions[3].stance', '$.outlets[0].country']);
    expect(result.problems.every((p) => p.rule === 'schema')).toBe(true);
  });
});

describe('validateRecord()', () => {
  it('checks one record against its kind\'s schema', () => {
    expect(validateRecord('figure', corpus.figures[0]).ok).toBe(true);
    const bad = validateRecord('figure', { ...corpus.figures[0], qualifier: 'roughly' });
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]?.path).toBe('$.qualifier');
    expect(validateRecord('nonsense' as never, {}).problems[0]?.message).toMatch(/unknown record kind "nonsense".*figure/);
  });
  it('every published record validates against its schema', () => {
    const kinds = { outlets: 'outlet', articles: 'article', entities: 'entity', entityMentions: 'entityMention', events: 'event', dateMentions: 'dateMention', claims: 'claim', claimMentions: 'claimMention', figureGroups: 'figureGroup', figures: 'figure', citations: 'citation', exemptions: 'exemption' } as const;
    for (const [collection, kind] of Object.entries(kinds)) {
      for (const record of (corpus as unknown as Record<string, unknown[]>)[collection]!) expect(validateRecord(kind, record).ok).toBe(true);
    }
    expect(schemas.corpus.safeParse(corpus).success).toBe(true);
  });
});
