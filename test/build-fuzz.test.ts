/**
 * Build fuzzing: the valid fixture (test/fixtures/valid) is copied to a temporary folder and broken
 * at random (anchors edited, references broken, segments shifted, fields deleted, values of the
 * wrong type, duplicate IDs, the text changed by one character, whole files replaced by junk).
 * Every broken copy must be rejected with an issue that names a file of the copy and a record, and
 * buildCorpus must never throw.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import type { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveAnchor } from '../scripts/build/anchors.js';
import { buildCorpus } from '../scripts/build/build.js';
import {
  ARTICLE_LAYER_FILES,
  articleSourceSchema,
  claimSourceSchema,
  entitySourceSchema,
  eventSourceSchema,
  figureGroupSourceSchema,
  lexiconSourceSchema,
  outletSourceSchema,
} from '../scripts/build/source-schema.js';

/** Runs per mutation kind: enough to reach most fields of the fixture, few enough to stay fast (FUZZ_RUNS=500 for a deeper search). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

const VALID = path.join(import.meta.dirname, 'fixtures', 'valid');
const tmpRoot = mkdtempSync(path.join(tmpdir(), 'qantar-build-fuzz-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

type Files = Map<string, string>;
type Path = (string | number)[];

function readTree(dir: string, prefix = ''): Files {
  const files: Files = new Map();
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) for (const [k, v] of readTree(full, rel)) files.set(k, v);
    else files.set(rel, readFileSync(full, 'utf8'));
  }
  return files;
}

const valid = readTree(VALID);
const ARTICLE_DIR = [...valid.keys()].find((f) => f.endsWith('/text.txt'))!.replace(/\/text\.txt$/, '');
const TEXT = valid.get(`${ARTICLE_DIR}/text.txt`)!;
const yamlFiles = [...valid.keys()].filter((f) => f.endsWith('.yaml'));
const docs = new Map(yamlFiles.map((f) => [f, parse(valid.get(f)!) as unknown]));

const getAt = (value: unknown, p: Path): unknown => p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
function setAt(value: unknown, p: Path, next: unknown): void {
  const parent = getAt(value, p.slice(0, -1)) as Record<string | number, unknown>;
  parent[p[p.length - 1]!] = next;
}
function deleteAt(value: unknown, p: Path): void {
  const parent = getAt(value, p.slice(0, -1)) as Record<string | number, unknown>;
  delete parent[p[p.length - 1]!];
}

/** Every value in a YAML document, with its path. */
function* walk(value: unknown, p: Path = []): Generator<{ path: Path; value: unknown }> {
  yield { path: p, value };
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* walk(v, [...p, i]);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* walk(v, [...p, k]);
}

/** A copy of the valid fixture with one YAML document replaced. */
function withDoc(file: string, edit: (doc: unknown) => void): Files {
  const files = new Map(valid);
  const doc = structuredClone(docs.get(file));
  edit(doc);
  files.set(file, stringify(doc));
  return files;
}

// Locations in the fixture that the mutations aim at.
const ANCHOR_KEYS = new Set(['at', 'speakerAt', 'from', 'to', 'quote']);
const anchors = yamlFiles
  .filter((f) => f.startsWith(`${ARTICLE_DIR}/`))
  .flatMap((file) => [...walk(docs.get(file))].filter(({ path: p, value }) => typeof value === 'string' && p.length > 0 && (ANCHOR_KEYS.has(String(p.at(-1))) || p.at(-2) === 'content')).map(({ path: p, value }) => ({ file, path: p, quote: value as string })));

const REF_KEYS = new Set(['outlet', 'publisher', 'entity', 'speaker', 'event', 'place', 'parent', 'group', 'claim', 'citation']);
const REF_LIST_KEYS = new Set(['subjects', 'participants', 'claims']);
const references = yamlFiles.flatMap((file) =>
  [...walk(docs.get(file))]
    .filter(({ path: p, value }) => (typeof value === 'string' || (value === null && ['publisher', 'parent'].includes(String(p.at(-1))))) && p.length > 0
      && (REF_KEYS.has(String(p.at(-1))) || (typeof p.at(-1) === 'number' && REF_LIST_KEYS.has(String(p.at(-2))))))
    .map(({ path: p }) => ({ file, path: p })));
const existingIds = new Set([...valid.keys()].map((f) => path.basename(f).replace(/\.yaml$/, '')).concat(
  yamlFiles.filter((f) => /\/(figures|citations)\.yaml$/.test(f)).flatMap((f) => Object.keys(docs.get(f) as object)),
  [path.basename(ARTICLE_DIR)],
));

/** Every record of the fixture with the source schema it is checked against. */
type AnyObject = z.ZodObject<Record<string, z.ZodType>>;
const REGISTRY_SCHEMAS: Record<string, z.ZodType> = {
  outlets: outletSourceSchema, entities: entitySourceSchema, events: eventSourceSchema, claims: claimSourceSchema,
  'figure-groups': figureGroupSourceSchema, lexicon: lexiconSourceSchema,
};
const records = yamlFiles.flatMap((file) => {
  const doc = docs.get(file);
  const folder = file.split('/')[0]!;
  const name = path.basename(file);
  if (folder !== 'articles') return [{ file, path: [] as Path, schema: REGISTRY_SCHEMAS[folder] as AnyObject }];
  if (name === 'article.yaml') return [{ file, path: [] as Path, schema: articleSourceSchema as unknown as AnyObject }];
  const layer = ARTICLE_LAYER_FILES[name as keyof typeof ARTICLE_LAYER_FILES] as unknown as { element?: AnyObject; valueType?: AnyObject };
  // framing.yaml is one object per article, not a list or a map of records.
  if (!layer.element && !layer.valueType) return [{ file, path: [] as Path, schema: layer as unknown as AnyObject }];
  const schema = (layer.element ?? layer.valueType)!;
  return Array.isArray(doc) ? doc.map((_, i) => ({ file, path: [i] as Path, schema })) : Object.keys(doc as object).map((k) => ({ file, path: [k] as Path, schema }));
});
/** The object schema inside optional/nullable/default wrappers, or null. */
function objectSchema(schema: z.ZodType): AnyObject | null {
  let s = schema as unknown as { _zod: { def: { type: string; innerType?: unknown; element?: unknown } } };
  while (s._zod.def.innerType) s = s._zod.def.innerType as typeof s;
  return s._zod.def.type === 'object' ? (s as unknown as AnyObject) : null;
}
function elementSchema(schema: z.ZodType): z.ZodType | null {
  let s = schema as unknown as { _zod: { def: { type: string; innerType?: unknown; element?: unknown } } };
  while (s._zod.def.innerType) s = s._zod.def.innerType as typeof s;
  return s._zod.def.type === 'array' ? (s._zod.def.element as z.ZodType) : null;
}
/** Every field of every record, nested objects (published, stateAffiliation, segments[i], cue...) included. */
function fieldsOf(file: string, p: Path, schema: AnyObject): { file: string; path: Path; schema: AnyObject; key: string }[] {
  const value = getAt(docs.get(file), p) as Record<string, unknown>;
  return Object.keys(value).flatMap((key) => {
    const own = { file, path: p, schema, key };
    const inner = schema.shape[key]!;
    const child = value[key];
    const nested = objectSchema(inner);
    if (nested && child !== null && typeof child === 'object' && !Array.isArray(child)) return [own, ...fieldsOf(file, [...p, key], nested)];
    const element = elementSchema(inner);
    const elementObject = element && objectSchema(element);
    if (elementObject && Array.isArray(child)) return [own, ...child.flatMap((c, i) => (c !== null && typeof c === 'object' ? fieldsOf(file, [...p, key, i], elementObject) : []))];
    return [own];
  });
}
const fields = records.flatMap((r) => fieldsOf(r.file, r.path, r.schema));
const requiredFields = fields.filter((f) => !f.schema.shape[f.key]!.safeParse(undefined).success);

/** Declared segments of the article, resolved against the text. */
const articleDoc = docs.get(`${ARTICLE_DIR}/article.yaml`) as { segments: { at: Parameters<typeof resolveAnchor>[1] }[] };
const segmentSpans = articleDoc.segments.map((s) => {
  const r = resolveAnchor(TEXT, s.at);
  if (!r.ok) throw new Error(r.message);
  return r.span;
});
/** True when declared segments leave a non-whitespace gap or overlap: what the build must reject. */
function tilingBroken(spans: { start: number; end: number }[]): boolean {
  let cursor = 0;
  for (const s of spans) {
    if (s.start < cursor || TEXT.slice(cursor, s.start).trim() !== '') return true;
    cursor = s.end;
  }
  return TEXT.slice(cursor).trim() !== '';
}

/** Writes the files to a fresh folder and builds it; buildCorpus must not throw. */
function build(files: Files) {
  const dir = mkdtempSync(path.join(tmpRoot, 'case-'));
  for (const [rel, content] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  const result = buildCorpus({ root: dir, dataDir: dir, corpusVersion: '0.0.0-fuzz' });
  return { dir, result };
}

/** Builds a mutated copy and checks that it is rejected with an issue naming a file of the copy and a record. */
function rejected(files: Files): boolean {
  const { dir, result } = build(files);
  const located = result.issues.filter((i) => i.file !== 'data' && !i.file.startsWith('..') && existsSync(path.join(dir, i.file)) && i.record.length > 0);
  rmSync(dir, { recursive: true, force: true });
  return located.length > 0;
}

const kebab = fc.stringMatching(/^[a-z][a-z0-9]{0,7}(?:-[a-z0-9]{1,4}){0,2}$/);
const counts: Record<string, number> = {};
const counted = (kind: string, ok: boolean) => {
  counts[kind] = (counts[kind] ?? 0) + 1;
  return ok;
};

describe('build fuzzing from the valid fixture', () => {
  it('builds the unmutated copy clean (YAML round trip included), so every rejection below is the mutation\'s', () => {
    const roundTrip = new Map(valid);
    for (const f of yamlFiles) roundTrip.set(f, stringify(docs.get(f)));
    const { dir, result } = build(roundTrip);
    rmSync(dir, { recursive: true, force: true });
    expect(result.issues).toEqual([]);
    expect([anchors.length, references.length, requiredFields.length, segmentSpans.length]).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), 2]);
    expect(Math.min(anchors.length, references.length, requiredFields.length)).toBeGreaterThan(10);
    // Nested fields are fuzzed too.
    expect(requiredFields.map((f) => [...f.path, f.key].join('.'))).toEqual(expect.arrayContaining(['published.date', 'stateAffiliation.basis', 'segments.0.kind', 'mini-xi-coup.cue.verb']));
  });

  it(`rejects ${RUNS} anchors edited so that the quote is not found or is ambiguous`, () => {
    const edit = fc.oneof(
      // Insert, delete or replace one character: a quote that is then not in the text.
      fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.string({ minLength: 1, maxLength: 1 })).map(([at, op, ch]) => (q: string) => {
        const i = at % (q.length + (op === 'insert' ? 1 : 0));
        return op === 'insert' ? q.slice(0, i) + ch + q.slice(i) : op === 'delete' ? q.slice(0, i) + q.slice(i + 1) : q.slice(0, i) + ch + q.slice(i + 1);
      }),
      // A short stretch of the text that occurs more than once.
      fc.constantFrom(...[' ', 'a', 'at', 'e', 'o', 'r', 'ri', 'n', '0', ','].filter((s) => TEXT.split(s).length > 2)).map((s) => () => s),
    );
    fc.assert(fc.property(fc.constantFrom(...anchors), edit, (anchor, change) => {
      const quote = change(anchor.quote);
      const hits = TEXT.split(quote).length - 1;
      fc.pre(quote === '' || hits !== 1);
      return counted('anchors', rejected(withDoc(anchor.file, (doc) => setAt(doc, anchor.path, quote))));
    }), { numRuns: RUNS });
    expect(counts.anchors).toBe(RUNS);
  });

  it(`rejects ${RUNS} references to IDs that do not exist`, () => {
    fc.assert(fc.property(fc.constantFrom(...references), kebab, (ref, id) => {
      fc.pre(!existingIds.has(id));
      return counted('references', rejected(withDoc(ref.file, (doc) => setAt(doc, ref.path, id))));
    }), { numRuns: RUNS });
    expect(counts.references).toBe(RUNS);
  });

  it(`rejects ${RUNS} segments shifted so as to leave a gap or overlap`, () => {
    fc.assert(fc.property(fc.nat({ max: segmentSpans.length - 1 }), fc.boolean(), fc.integer({ min: -8, max: 8 }).filter((d) => d !== 0), (i, moveStart, delta) => {
      const spans = segmentSpans.map((s) => ({ ...s }));
      const s = spans[i]!;
      if (moveStart) s.start += delta;
      else s.end += delta;
      fc.pre(s.start >= 0 && s.end <= TEXT.length && s.start < s.end && tilingBroken(spans));
      return counted('segments', rejected(withDoc(`${ARTICLE_DIR}/article.yaml`, (doc) => setAt(doc, ['segments', i, 'at'], TEXT.slice(s.start, s.end)))));
    }), { numRuns: RUNS });
    expect(counts.segments).toBe(RUNS);
  });

  it(`rejects ${RUNS} records with a required field deleted`, () => {
    fc.assert(fc.property(fc.constantFrom(...requiredFields), (field) =>
      counted('deleted', rejected(withDoc(field.file, (doc) => deleteAt(doc, [...field.path, field.key]))))), { numRuns: RUNS });
    expect(counts.deleted).toBe(RUNS);
  });

  it(`rejects ${RUNS} fields given a value of the wrong type`, () => {
    const wrong = (v: unknown): unknown[] =>
      typeof v === 'string' ? [42, true, ['x'], { x: 1 }]
        : typeof v === 'number' ? ['many', false, [v]]
          : typeof v === 'boolean' ? ['yes', 1]
            : Array.isArray(v) ? ['not a list', 7, { x: v }]
              : v === null ? [{ unexpected: true }, [1]]
                : [42, 'not an object', [v]];
    fc.assert(fc.property(fc.constantFrom(...fields), fc.nat(), (field, pick) => {
      const current = getAt(docs.get(field.file), [...field.path, field.key]);
      const options = wrong(current);
      const value = options[pick % options.length];
      fc.pre(!field.schema.shape[field.key]!.safeParse(value).success);
      return counted('types', rejected(withDoc(field.file, (doc) => setAt(doc, [...field.path, field.key], value))));
    }), { numRuns: RUNS });
    expect(counts.types).toBe(RUNS);
  });

  it(`rejects ${RUNS} duplicate IDs (an article copied under a new ID, or a registry file under a second extension)`, () => {
    const registryFiles = yamlFiles.filter((f) => !f.startsWith('articles/') && !f.startsWith('lexicon/'));
    const copyArticle = kebab.filter((id) => !existingIds.has(id)).map((id) => (files: Files) => {
      for (const [rel, content] of valid) if (rel.startsWith(`${ARTICLE_DIR}/`)) files.set(rel.replace(ARTICLE_DIR, `articles/${id}`), content);
    });
    const copyRegistry = fc.constantFrom(...registryFiles).map((file) => (files: Files) => {
      files.set(file.replace(/\.yaml$/, '.yml'), valid.get(file)!);
    });
    fc.assert(fc.property(fc.oneof(copyArticle, copyRegistry), (apply) => {
      const files = new Map(valid);
      apply(files);
      return counted('duplicates', rejected(files));
    }), { numRuns: RUNS });
    expect(counts.duplicates).toBe(RUNS);
  });

  it(`rejects ${RUNS} texts changed by one character`, () => {
    const file = `${ARTICLE_DIR}/text.txt`;
    fc.assert(fc.property(fc.nat({ max: TEXT.length - 1 }), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }), (i, ch) => {
      fc.pre(ch !== TEXT[i] && !/[\uD800-\uDFFF]/.test(ch));
      const files = new Map(valid);
      files.set(file, TEXT.slice(0, i) + ch + TEXT.slice(i + 1));
      return counted('text', rejected(files));
    }), { numRuns: RUNS });
    expect(counts.text).toBe(RUNS);
  });

  // An alias bomb: nine times nine times ... copies of a list, which the YAML library refuses to expand.
  const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', ...['b', 'c', 'd'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abc'[i]}`).join(',')}]`), `e: [${Array(9).fill('*d').join(',')}]`].join('\n');

  it.each([
    ['an alias bomb', 'entities/almaty.yaml', bomb, 'YAML error: Excessive alias count'],
    ['a list that contains itself', `articles/mini-news-2022-01-10/article.yaml`, '&a [*a]', 'a list that contains itself'],
    ['a map that contains itself', `articles/mini-news-2022-01-10/figures.yaml`, '&a { x: *a }', ''],
  ])('reports %s as a problem of its file instead of throwing', (_, file, content, message) => {
    const files = new Map(valid);
    files.set(file, content);
    const { dir, result } = build(files);
    rmSync(dir, { recursive: true, force: true });
    expect(result.issues.some((i) => i.file === file && i.message.includes(message))).toBe(true);
  });

  it('accepts an empty techniques list, the one layer no completeness rule can require, and keeps none of the old spans', () => {
    // Nothing in a text forces a persuasion technique, so "reviewed, none found" ([]) must build;
    // what must not happen is a span surviving from elsewhere. Every other file replaced by [] fails.
    const file = `${ARTICLE_DIR}/techniques.yaml`;
    const files = new Map(valid);
    files.set(file, '[]');
    const { dir, result } = build(files);
    rmSync(dir, { recursive: true, force: true });
    expect(result.issues).toEqual([]);
    expect(result.corpus?.techniques).toEqual([]);
    expect(parse(valid.get(file)!)).not.toEqual([]);
  });

  it(`rejects ${RUNS} data files replaced by arbitrary text, without throwing`, () => {
    const junk = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '~', 'null', '[]', '{}', '- - -', 'a: [', '"unterminated', '? x\n: y', '&a [*a]', '&a { x: *a }', '!!binary xx', bomb));
    fc.assert(fc.property(fc.constantFrom(...yamlFiles), junk, (file, content) => {
      fc.pre(content !== valid.get(file));
      // An empty techniques list is a valid annotation, not junk (see the test below).
      fc.pre(!(file.endsWith('/techniques.yaml') && content.trim() === '[]'));
      const files = new Map(valid);
      files.set(file, content);
      return counted('junk', rejected(files));
    }), { numRuns: RUNS });
    expect(counts.junk).toBe(RUNS);
  });
});
