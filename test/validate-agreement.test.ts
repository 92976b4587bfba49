// The validators agree with the published JSON Schema (checked by Ajv, the reference JSON Schema
// validator) and with the data build's order, and check what the build checks (docs/validation.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortCorpus } from '../scripts/build/build.js';
import type { LoadedData } from '../scripts/build/load.js';
import { corpus } from '../src/index.js';
import { SCHEMA_VERSION, validateCorpus, validateRecord, type RecordKind } from '../src/schema/index.js';

const root = path.resolve(import.meta.dirname, '..');
const jsonSchema = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.schema.json'), 'utf8')) as { $id: string };
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ allErrors: false, strict: false }));
ajv.addSchema(jsonSchema);
const ajvValid = (def: string, value: unknown) => ajv.getSchema(`${jsonSchema.$id}#/$defs/${def}`)!(value) as boolean;

const copy = () => structuredClone(corpus) as unknown as Record<string, any>;
const KINDS: [RecordKind, string, string][] = [
  ['outlet', 'Outlet', 'outlets'], ['article', 'Article', 'articles'], ['entity', 'Entity', 'entities'], ['entityMention', 'EntityMention', 'entityMentions'],
  ['event', 'Event', 'events'], ['dateMention', 'DateMention', 'dateMentions'], ['claim', 'Claim', 'claims'], ['claimMention', 'ClaimMention', 'claimMentions'],
  ['figureGroup', 'FigureGroup', 'figureGroups'], ['figure', 'Figure', 'figures'], ['citation', 'Citation', 'citations'], ['exemption', 'Exemption', 'exemptions'], ['source', 'Source', 'sources'],
];
type Path = (string | number)[];
/** Every object node and every leaf of a record, with its path (the article text is one leaf). */
function nodes(value: unknown, p: Path = []): { path: Path; value: unknown }[] {
  const here = [{ path: p, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => nodes(v, [...p, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => nodes(v, [...p, k]))];
  return here;
}
const setAt = (root: any, p: Path, v: unknown) => { p.slice(0, -1).reduce((o, k) => o[k], root)[p.at(-1)!] = v; };
const record = fc.constantFrom(...KINDS).chain(([kind, def, collection]) =>
  fc.nat({ max: (corpus as any)[collection].length - 1 }).map((i) => ({ kind, def, value: structuredClone((corpus as any)[collection][i]) })));

describe('validateRecord agrees with the JSON Schema (Ajv with formats)', () => {
  it('both accept every published record', () => {
    for (const [kind, def, collection] of KINDS) {
      for (const r of (corpus as any)[collection]) {
        expect(validateRecord(kind, r).ok).toBe(true);
        expect(ajvValid(def, r)).toBe(true);
      }
    }
  });

  it('both reject an unknown field anywhere in a record (no silent stripping)', () => {
    fc.assert(fc.property(record, fc.nat(), fc.string({ minLength: 1, maxLength: 12 }), ({ kind, def, value }, pick, key) => {
      const objects = nodes(value).filter((n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value) && !(key in (n.value as object)));
      fc.pre(objects.length > 0);
      const target = objects[pick % objects.length]!;
      Object.defineProperty(target.value, key, { value: 1, enumerable: true, writable: true, configurable: true });
      expect(ajvValid(def, value)).toBe(false);
      const result = validateRecord(kind, value);
      expect(result.ok).toBe(false);
      expect(result.problems.some((p) => p.message.includes('unknown field'))).toBe(true);
    }), { numRuns: 300 });
  });

  it('both reject a date that is no calendar day, and accept every real one', () => {
    const dated = fc.constantFrom(...KINDS.filter(([, , c]) => ['articles', 'events', 'dateMentions'].includes(c)));
    const day = fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(dated, day, ([kind, def, collection], date) => {
      const value = structuredClone((corpus as any)[collection][0]);
      if (collection === 'articles') value.published.date = date; else if (collection === 'events') { value.start = date; value.end = null; } else { value.date = date; value.end = null; }
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d && m >= 1 && m <= 12;
      expect(ajvValid(def, value)).toBe(real);
      expect(validateRecord(kind, value).ok).toBe(real);
    }), { numRuns: 400 });
  });

  it('a leaf replaced by any JSON value: what the validator accepts, the JSON Schema accepts; outside spans they agree exactly', () => {
    fc.assert(fc.property(record, fc.nat(), fc.jsonValue({ maxDepth: 2 }), ({ kind, def, value }, pick, replacement) => {
      const leaves = nodes(value).filter((n) => n.path.length > 0);
      const target = leaves[pick % leaves.length]!;
      setAt(value, target.path, replacement);
      const ours = validateRecord(kind, value).ok;
      const theirs = ajvValid(def, value);
      if (ours) expect(theirs).toBe(true);
      // zod's refinements that JSON Schema cannot state: a span's end after its start, its text as long as end - start.
      const inSpan = target.path.some((k) => k === 'span' || k === 'content' || k === 'speakerSpan');
      if (!inSpan) expect(ours).toBe(theirs);
    }), { numRuns: 600 });
  });
});

describe('validateCorpus checks what the build checks', () => {
  const loaded = (c: Record<string, any>): LoadedData => ({ ...(c as any), notNames: new Set(), origins: new Map() });

  it('accepts any shuffle of the corpus once the build has sorted it, and rejects it unsorted', () => {
    fc.assert(fc.property(fc.constantFrom('outlets', 'articles', 'entities', 'events', 'claims', 'claimMentions', 'figures', 'citations', 'entityMentions'), fc.nat(), (collection, seed) => {
      const data = copy();
      const list = data[collection] as unknown[];
      // Swap two neighbours (their sort keys always differ).
      const i = seed % (list.length - 1);
      [list[i], list[i + 1]] = [list[i + 1], list[i]];
      const unsorted = validateCorpus(data, { maxProblems: 10_000 });
      const order = unsorted.problems.filter((p) => p.rule === 'order').map((p) => p.path);
      // Swapped articles also reorder everything sorted by article; any other swap is one problem.
      if (collection === 'articles') expect(order).toContain(`$.articles[${i + 1}]`);
      else expect(order).toEqual([`$.${collection}[${i + 1}]`]);
      const sorted = sortCorpus(loaded(data), data.corpusVersion);
      expect(validateCorpus(JSON.parse(JSON.stringify(sorted)), { maxProblems: 10_000 }).problems.filter((p) => p.rule === 'order')).toEqual([]);
    }), { numRuns: 60 });
  });

  it('rejects an incompatible schema version, and accepts an older minor or a patch', () => {
    const [major, minor] = SCHEMA_VERSION.split('.').map(Number) as [number, number];
    for (const [version, ok] of [[`${major + 1}.0.0`, false], [`${major}.${minor + 1}.0`, false], ['one', false], [`${major}.${minor}.7`, true], [SCHEMA_VERSION, true]] as const) {
      const data = copy();
      data.schemaVersion = version;
      const r = validateCorpus(data);
      expect(r.ok, version).toBe(ok);
      if (!ok) expect(r.problems[0]).toMatchObject({ path: '$.schemaVersion', rule: 'schema-version' });
    }
  });

  it('rejects a qualifier that contradicts the wording, and a mention on the wrong word', () => {
    const data = copy();
    const i = data.figures.findIndex((f: any) => f.qualifier === 'more-than');
    data.figures[i].qualifier = 'exact';
    const j = data.figures.findIndex((f: any) => f.qualifier === 'exact' && /^\d[\d,]*$/.test(f.span.text));
    data.figures[j].qualifier = 'at-least';
    const m = data.entityMentions.findIndex((x: any) => x.form === 'name');
    const other = data.entityMentions.find((x: any) => x.article === data.entityMentions[m].article && x.entity !== data.entityMentions[m].entity && x.form === 'name');
    data.entityMentions[m].span = other.span;
    data.entityMentions[m].id = `${other.article}@${other.span.start}-${other.span.end}/${data.entityMentions[m].entity}`;
    const r = validateCorpus(data, { maxProblems: 10_000 });
    expect(r.problems).toContainEqual(expect.objectContaining({ path: `$.figures[${i}].qualifier`, rule: 'qualifier-wording' }));
    expect(r.problems).toContainEqual(expect.objectContaining({ path: `$.figures[${j}].qualifier`, rule: 'qualifier-wording' }));
    expect(r.problems).toContainEqual(expect.objectContaining({ path: `$.entityMentions[${m}].span`, rule: 'mention-placement' }));
  });

  it('reports duplicates, dangling references and span text, each by its path', () => {
    const data = copy();
    data.claims.push(structuredClone(data.claims.at(-1)));
    data.citations[0].speaker = 'nobody-at-all';
    data.figures[0].span.text = data.figures[0].span.text.replace(/./, '#');
    const rules = new Set(validateCorpus(data, { maxProblems: 10_000 }).problems.map((p) => p.rule));
    for (const rule of ['unique-ids', 'references', 'spans']) expect(rules.has(rule), rule).toBe(true);
  });

  it('lists maxProblems problems and counts the rest', () => {
    const data = copy();
    data.figures = Array.from({ length: 500 }, () => ({}));
    const r = validateCorpus(data, { maxProblems: 10 });
    expect(r.problems).toHaveLength(10);
    const perFigure = validateRecord('figure', {}).problems.length;
    expect(perFigure).toBeGreaterThan(10);
    expect(r.omitted).toBe(500 * perFigure - 10);
    expect(r.stopped).toBe(false);
    expect(validateCorpus(data, { maxProblems: 0 }).problems[0]).toMatchObject({ rule: 'options' });
  });
});
