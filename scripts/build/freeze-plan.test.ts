import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FreezePlan, freezeWithPlan, lazilyFrozen } from '../../src/internal/freeze.js';
import { corpusSchema } from '../../src/schema/corpus.js';
import { freezePlanOf, type PlanSchema } from './freeze-plan.js';

/** Every object and array reachable from `value` that is not frozen, as paths. */
function unfrozen(value: unknown, at = '$', out: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return out;
  if (!Object.isFrozen(value)) out.push(at);
  for (const [key, item] of Object.entries(value)) unfrozen(item, `${at}.${key}`, out);
  return out;
}

// Random JSON Schemas of the kinds zod emits (and a few it does not: open objects, refs, recursion),
// each paired with an arbitrary of values that match it.
type Case = { schema: PlanSchema; value: fc.Arbitrary<unknown> };
const json = fc.jsonValue({ maxDepth: 3 });
const leaf: fc.Arbitrary<Case> = fc.constantFrom<Case>(
  { schema: { type: 'string' }, value: fc.string({ maxLength: 3 }) },
  { schema: { type: 'number' }, value: fc.integer() },
  { schema: { type: 'null' }, value: fc.constant(null) },
  { schema: { type: ['string', 'null'] }, value: fc.option(fc.string({ maxLength: 3 })) },
  { schema: { const: 'outlet' }, value: fc.constant('outlet') },
  { schema: { enum: ['a', 'b'] }, value: fc.constantFrom('a', 'b') },
  { schema: { type: 'object', additionalProperties: true }, value: fc.dictionary(fc.string({ maxLength: 2 }), json, { maxKeys: 3 }) },
  { schema: {}, value: json },
);
const { node } = fc.letrec<{ node: Case }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    leaf,
    tie('node').map(({ schema, value }) => ({ schema: { type: 'array', items: schema }, value: fc.array(value, { maxLength: 3 }) })),
    fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c', 'span', 'items'), tie('node'), fc.boolean()), { selector: ([k]) => k, maxLength: 4 }).map((fields) => ({
      schema: {
        type: 'object',
        properties: Object.fromEntries(fields.map(([k, c]) => [k, c.schema])),
        required: fields.filter(([, , required]) => required).map(([k]) => k),
        additionalProperties: false,
      } as PlanSchema,
      value: fc.record(Object.fromEntries(fields.map(([k, c]) => [k, c.value])), {
        requiredKeys: fields.filter(([, , required]) => required).map(([k]) => k),
      }),
    })),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => ({ schema: { anyOf: [a.schema, b.schema] }, value: fc.oneof(a.value, b.value) })),
  ),
}));

describe('freezePlanOf + freezeWithPlan', () => {
  it('freeze every object and array of any value that matches the schema the plan came from', () => {
    fc.assert(
      fc.property(node.chain(({ schema, value }) => fc.tuple(fc.constant(schema), value)), ([schema, value]) => {
        const plan = freezePlanOf(schema, {}) ?? 0;
        freezeWithPlan(value, plan);
        expect(unfrozen(value)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('list only fields that can hold an object or array', () => {
    const schema: PlanSchema = {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        tags: { type: 'array', items: { type: 'string' } },
        span: { $ref: '#/$defs/Span' },
        alternate: { anyOf: [{ type: 'object', additionalProperties: false, properties: { span: { $ref: '#/$defs/Span' } } }, { type: 'null' }] },
      },
    };
    const defs = { Span: { type: 'object', additionalProperties: false, properties: { start: { type: 'integer' } } } };
    expect(freezePlanOf(schema, defs)).toEqual({ tags: [0], span: {}, alternate: { span: {} } });
  });

  it('fall back to a generic deep freeze where the shape is not fixed, and say so with plan 1', () => {
    const defs: Record<string, PlanSchema> = {
      Node: { type: 'object', additionalProperties: false, properties: { children: { type: 'array', items: { $ref: '#/$defs/Node' } } } },
    };
    const recursive = freezePlanOf({ $ref: '#/$defs/Node' }, defs);
    expect(recursive).toEqual({ children: [1] });
    const tree = { children: [{ children: [{ children: [] }] }] };
    freezeWithPlan(tree, recursive as FreezePlan);
    expect(unfrozen(tree)).toEqual([]);

    expect(freezePlanOf({ type: 'object', additionalProperties: true }, {})).toBe(1);
    expect(freezePlanOf({ type: 'object', properties: {} }, {})).toBe(1); // additionalProperties defaults to true
    expect(freezePlanOf({ anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'object', additionalProperties: false }] }, {})).toBe(1);
    expect(freezePlanOf({ $ref: '#/$defs/Missing' }, {})).toBe(1);
  });

  it('freeze a branch generically when the value has the other container kind than the plan says', () => {
    const value = { span: [{ start: 1 }], list: { nested: { deep: [] } } };
    freezeWithPlan(value, { span: {}, list: [0] });
    expect(unfrozen(value)).toEqual([]);
  });

  it('return primitives as they are, where a nullable field holds null (found by the property above)', () => {
    expect(freezeWithPlan(null, { items: [0] })).toBeNull();
    expect(freezeWithPlan('text', [{}])).toBe('text');
    const value = { alternate: null, span: { start: 1 } };
    freezeWithPlan(value, { alternate: { span: {} }, span: {} });
    expect(unfrozen(value)).toEqual([]);
  });

  it('the corpus schema is a fixed shape everywhere: its plan needs no generic fallback', () => {
    // A field that accepts any object (z.record, z.unknown, a loose object) would make the import
    // freeze that branch key by key; this names the place so the schema can be made exact instead.
    const { $defs } = z.toJSONSchema(corpusSchema, { target: 'draft-2020-12' }) as { $defs: Record<string, PlanSchema> };
    const fallbacks: string[] = [];
    const walk = (plan: FreezePlan, at: string) => {
      if (plan === 1) fallbacks.push(at);
      else if (Array.isArray(plan)) walk(plan[0] as FreezePlan, `${at}[]`);
      else if (plan !== 0) for (const [key, sub] of Object.entries(plan)) walk(sub, `${at}.${key}`);
    };
    const plan = freezePlanOf({ $ref: '#/$defs/Corpus' }, $defs);
    expect(plan).not.toBeNull();
    walk(plan as FreezePlan, 'corpus');
    expect(fallbacks).toEqual([]);
    expect(Object.keys(plan as object).sort()).toEqual(Object.keys(corpusSchema.shape).filter((k) => !['corpusVersion', 'schemaVersion'].includes(k)).sort());
  });
});

/** Every object and array reachable from `value` that is frozen, as paths. */
function frozen(value: unknown, at = '$', out: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return out;
  if (Object.isFrozen(value)) out.push(at);
  for (const [key, item] of Object.entries(value)) frozen(item, `${at}.${key}`, out);
  return out;
}

describe('lazilyFrozen', () => {
  // Objects of random fixed-shape schemas, as the corpus is: an object whose fields are collections.
  const objectCase = node.filter(({ schema }) => schema.type === 'object' && schema.additionalProperties === false);

  it('freezes nothing below the object until a field is read, then exactly that field, deeply, once', () => {
    fc.assert(
      fc.property(objectCase.chain(({ schema, value }) => fc.tuple(fc.constant(schema), value)), ([schema, value]) => {
        const plan = freezePlanOf(schema, {}) ?? 0;
        const before = JSON.stringify(value);
        const view = lazilyFrozen(value, plan) as Record<string, unknown>;
        expect(Object.isFrozen(view)).toBe(true);
        // Nothing of the caller's value is frozen by building the view.
        expect(frozen(value)).toEqual([]);
        for (const key of Object.keys(view)) {
          const item = view[key];
          expect(item).toBe((value as Record<string, unknown>)[key]);
          expect(unfrozen(item)).toEqual([]);
          expect(view[key]).toBe(item);
        }
        expect(JSON.stringify(view)).toBe(before);
        expect(unfrozen(view)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads one collection without freezing the others', () => {
    const value = { version: '1', outlets: [{ aliases: ['a'] }], articles: [{ span: { start: 0 } }] };
    const view = lazilyFrozen(value, { outlets: [{ aliases: [0] }], articles: [{ span: {} }] });
    expect(view.version).toBe('1');
    expect(Object.isFrozen(view.outlets[0]!.aliases)).toBe(true);
    expect(frozen(value.articles)).toEqual([]);
    expect(() => { (view as { outlets: unknown }).outlets = []; }).toThrow(TypeError);
    expect(Object.getOwnPropertyDescriptor(view, 'outlets')?.set).toBeUndefined();
  });

  it('is not misled by a polluted Object.prototype (descriptor fields, inherited plan keys)', () => {
    const keys = ['value', 'get', 'set', 'writable', 'configurable', 'enumerable', 'list'];
    for (const key of keys) (Object.prototype as Record<string, unknown>)[key] = key === 'get' || key === 'set' ? () => 'polluted' : { polluted: true };
    let seen: { keys: string[]; name: unknown; items: unknown; protoFrozen: boolean } | Error;
    try {
      const value = { name: 'x', items: [{ span: { start: 1 } }] };
      // `list` is in the plan and inherited by `value`, but not its own field: it must not appear.
      const view = lazilyFrozen(value, { items: [{ span: {} }], list: [{}] }) as Record<string, unknown>;
      seen = { keys: Object.keys(view), name: view.name, items: view.items, protoFrozen: Object.isFrozen(Object.prototype) };
    } catch (error) {
      seen = error as Error;
    } finally {
      // The test runner itself defines properties with plain descriptors: assert after cleaning up.
      for (const key of keys) delete (Object.prototype as Record<string, unknown>)[key];
    }
    expect(seen).not.toBeInstanceOf(Error);
    const result = seen as Exclude<typeof seen, Error>;
    expect(result.keys).toEqual(['name', 'items']);
    expect(result.name).toBe('x');
    expect(unfrozen(result.items)).toEqual([]);
    expect(result.protoFrozen).toBe(false);
  });

  it('freezes at once what is not an object with a field plan', () => {
    const list = [{ a: [1] }];
    expect(lazilyFrozen(list, [{ a: [0] }])).toBe(list);
    expect(unfrozen(list)).toEqual([]);
    const loose = { a: { b: {} } };
    lazilyFrozen(loose, 1);
    expect(unfrozen(loose)).toEqual([]);
    expect(lazilyFrozen(null, {})).toBeNull();
  });
});
