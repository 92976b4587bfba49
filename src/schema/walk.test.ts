import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ProblemSink, type ShapeProblem, walkValue } from './walk.js';

const schema = z.object({
  name: z.string(),
  tags: z.array(z.object({ label: z.enum(['a', 'b']) })),
  source: z.union([z.object({ kind: z.literal('outlet') }), z.object({ kind: z.literal('entity'), entity: z.string() })]),
  note: z.string().nullable(),
});
const valid = () => ({ name: 'x', tags: [{ label: 'a' }], source: { kind: 'entity', entity: 'e' }, note: null });
const sink = (max = 100, limit = 1_000) => new ProblemSink<ShapeProblem>(max, limit);

describe('walkValue', () => {
  it('accepts what zod accepts, returning a fresh copy', () => {
    const value = valid();
    const s = sink();
    const r = walkValue(schema, value, s);
    expect(r).toEqual({ ok: true, data: value });
    expect(r.data).not.toBe(value);
    expect((r.data as { tags: unknown[] }).tags).not.toBe(value.tags);
  });

  it('reports unknown keys at any depth, as the JSON Schema does', () => {
    const value = valid() as Record<string, any>;
    value.tags[0].extra = 1;
    const s = sink();
    expect(walkValue(schema, value, s).ok).toBe(false);
    expect(s.kept).toEqual([{ path: ['tags', 0], message: 'unknown field "extra"; valid fields: label' }]);
  });

  it('reads own properties only: an inherited field is missing', () => {
    const value = Object.assign(Object.create({ note: null }), { name: 'x', tags: [], source: { kind: 'outlet' } });
    const s = sink();
    expect(walkValue(schema, value, s).ok).toBe(false);
    expect(s.kept.map((p) => p.path)).toEqual([['note']]);
  });

  it('reads a getter once, and reports one that throws at its path', () => {
    let reads = 0;
    const value = { ...valid(), get name() { reads++; return 'x'; } };
    expect(walkValue(schema, value, sink()).ok).toBe(true);
    expect(reads).toBe(1);
    const throwing = { ...valid(), get note(): null { throw new Error('no'); } };
    const s = sink();
    walkValue(schema, throwing, s);
    expect(s.kept).toEqual([{ path: ['note'], message: 'the value could not be read (a getter or proxy trap threw)' }]);
  });

  it('reports holes in arrays instead of skipping them', () => {
    // eslint-disable-next-line no-sparse-arrays
    const value = { ...valid(), tags: [{ label: 'a' }, , { label: 'b' }] };
    const s = sink();
    walkValue(schema, value, s);
    expect(s.kept.map((p) => p.path)).toEqual([['tags', 1]]);
  });

  it('keeps at most max problems, counts the rest, and stops at the counting limit', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 1, max: 50 }), (n, max) => {
      const s = sink(max, 1_000);
      walkValue(z.array(z.string()), Array.from({ length: n }, () => 0), s);
      expect(s.kept.length).toBe(Math.min(n, max));
      expect(s.omitted).toBe(Math.min(Math.max(n - max, 0), 1_000));
      expect(s.stopped).toBe(n - max >= 1_000);
    }), { numRuns: 50 });
  });
});
