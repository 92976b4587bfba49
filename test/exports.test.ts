import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFiles, type ExportInput } from '../scripts/exports/index.js';
import { csvNdjson } from '../scripts/exports/csv-ndjson.js';
import { tableData, TABLES, type TableSpec } from '../scripts/exports/tables.js';
import type { Corpus } from '../src/generated/types.js';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as unknown;
const corpus = readJson('src/generated/corpus.json') as Corpus;
const schema = readJson('src/generated/corpus.schema.json');
const packageJson = readJson('package.json') as ExportInput['packageJson'];

/** An RFC 4180 reader written for this test, independent of the exporter's writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (cell !== '') throw new Error(`quotation mark inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch === '\r') {
      throw new Error(`bare carriage return outside quotes at ${i}`);
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoted) throw new Error('unterminated quoted cell');
  if (cell !== '' || row.length > 0) throw new Error('last row has no line end');
  return rows;
}

interface Field {
  name: string;
  type: string;
  description: string;
  delimiter?: string;
  constraints?: { required?: boolean; enum?: unknown[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  bytes: number;
  hash: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[] };
}
interface DataPackage {
  name: string;
  version: string;
  licenses: { name?: string; path?: string; title: string }[];
  sources: { title: string; path: string }[];
  resources: Resource[];
}

const isRealDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** Reads a CSV cell as the declared field type would, or throws saying why it cannot. */
function readCsvCell(field: Field, cell: string): unknown {
  if (cell === '') {
    if (field.type === 'list') return [];
    if (field.constraints?.required && field.type !== 'string') throw new Error(`${field.name}: required but empty`);
    return null;
  }
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(cell)) throw new Error(`${field.name}: ${cell} is not an integer`);
      return Number(cell);
    case 'number':
      if (!Number.isFinite(Number(cell))) throw new Error(`${field.name}: ${cell} is not a number`);
      return Number(cell);
    case 'boolean':
      if (cell !== 'true' && cell !== 'false') throw new Error(`${field.name}: ${cell} is not a boolean`);
      return cell === 'true';
    case 'date':
      if (!isRealDate(cell)) throw new Error(`${field.name}: ${cell} is not a date`);
      return cell;
    case 'list':
      return cell.split(field.delimiter ?? ',');
    case 'array': {
      const v = JSON.parse(cell) as unknown;
      if (!Array.isArray(v)) throw new Error(`${field.name}: not a JSON array`);
      return v;
    }
    case 'object': {
      const v = JSON.parse(cell) as unknown;
      if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${field.name}: not a JSON object`);
      return v;
    }
    default:
      return cell;
  }
}

function checkNative(field: Field, value: unknown): void {
  if (value === null) {
    if (field.constraints?.required) throw new Error(`${field.name}: required but null`);
    return;
  }
  const ok =
    field.type === 'integer' ? Number.isInteger(value)
    : field.type === 'number' ? typeof value === 'number'
    : field.type === 'boolean' ? typeof value === 'boolean'
    : field.type === 'date' ? typeof value === 'string' && isRealDate(value)
    : field.type === 'list' ? Array.isArray(value) && value.every((v) => typeof v === 'string')
    : field.type === 'array' ? Array.isArray(value)
    : field.type === 'object' ? typeof value === 'object' && !Array.isArray(value)
    : typeof value === 'string';
  if (!ok) throw new Error(`${field.name}: ${JSON.stringify(value)} is not of type ${field.type}`);
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) throw new Error(`${field.name}: ${JSON.stringify(value)} not in enum`);
  if (field.constraints?.pattern && typeof value === 'string' && !new RegExp(field.constraints.pattern).test(value)) {
    throw new Error(`${field.name}: ${JSON.stringify(value)} does not match ${field.constraints.pattern}`);
  }
}

let dir: string;
let pkg: DataPackage;
/** Rows of every resource, as objects of native values, read back from the written files. */
const tables = new Map<string, Record<string, unknown>[]>();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'qantar-exports-'));
  for (const [name, content] of Object.entries(exportFiles({ corpus, schema, packageJson }))) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  pkg = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as DataPackage;
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('datapackage.json', () => {
  it('names the package, its version and the three licences', () => {
    expect(pkg.name).toBe('qantar-corpus');
    expect(pkg.version).toBe(packageJson.version);
    const names = pkg.licenses.map((l) => l.name);
    expect(names).toContain('CC-BY-4.0');
    expect(names).toContain('MIT');
    expect(pkg.licenses.some((l) => /copyright of their publishers/.test(l.title))).toBe(true);
    expect(pkg.sources.map((s) => s.path).sort()).toEqual(corpus.articles.map((a) => a.url).sort());
  });

  it('declares a CSV and an NDJSON resource for every table, including the ten the brief asks for', () => {
    const names = pkg.resources.map((r) => r.name);
    for (const t of ['articles', 'outlets', 'entities', 'entity-mentions', 'claims', 'claim-mentions', 'figures', 'citations', 'events', 'segments']) {
      expect(names).toContain(t);
      expect(names).toContain(`${t}-ndjson`);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('describes every field', () => {
    for (const r of pkg.resources) for (const f of r.schema.fields) expect(f.description.length, `${r.name}.${f.name}`).toBeGreaterThan(10);
  });
});

describe('resource files', () => {
  it('exist, match their declared bytes and hash, and parse with the declared columns and types', () => {
    for (const r of pkg.resources) {
      const file = path.join(dir, r.path);
      expect(existsSync(file), r.path).toBe(true);
      const bytes = readFileSync(file);
      expect(bytes.length, r.path).toBe(r.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, r.path).toBe(r.hash);
      const text = bytes.toString('utf8');
      const fields = r.schema.fields;
      const names = fields.map((f) => f.name);
      let rows: Record<string, unknown>[];
      if (r.format === 'csv') {
        const [header, ...body] = parseCsv(text);
        expect(header, r.path).toEqual(names);
        rows = body.map((cells) => {
          expect(cells.length, r.path).toBe(names.length);
          return Object.fromEntries(fields.map((f, i) => [f.name, readCsvCell(f, cells[i] as string)]));
        });
      } else {
        expect(r.format).toBe('ndjson');
        rows = text.split('\n').filter((line, i, all) => i < all.length - 1 || line !== '').map((line) => {
          const obj = JSON.parse(line) as Record<string, unknown>;
          expect(Object.keys(obj), r.path).toEqual(names);
          return obj;
        });
      }
      for (const row of rows) for (const f of fields) checkNative(f, row[f.name]);
      tables.set(r.name, rows);
    }
  });

  it('hold the same rows in CSV and NDJSON', () => {
    for (const r of pkg.resources.filter((x) => x.format === 'csv')) {
      expect(tables.get(r.name), r.name).toEqual(tables.get(`${r.name}-ndjson`));
    }
  });

  it('hold one row per record, and the records\' values', () => {
    const counts: Record<string, number> = {
      outlets: corpus.outlets.length, articles: corpus.articles.length, entities: corpus.entities.length,
      'entity-mentions': corpus.entityMentions.length, claims: corpus.claims.length, 'claim-mentions': corpus.claimMentions.length,
      figures: corpus.figures.length, citations: corpus.citations.length, events: corpus.events.length,
      segments: corpus.articles.reduce((n, a) => n + a.segments.length, 0),
    };
    for (const [name, n] of Object.entries(counts)) expect(tables.get(name)?.length, name).toBe(n);
    const figure = corpus.figures.find((f) => f.source.kind === 'citation' && f.value !== null);
    const row = tables.get('figures')?.find((r) => r.id === figure?.id);
    expect(row).toMatchObject({ figure_value: figure?.value, source_kind: 'citation', source_citation: (figure?.source as { citation: string }).citation, source_entity: null });
    const article = corpus.articles[0] as Corpus['articles'][number];
    expect(tables.get('articles')?.[0]).toMatchObject({ id: article.id, text: article.text, published_date: article.published.date, credits: article.credits });
    const citation = corpus.citations.find((c) => c.claims.length > 1);
    expect(tables.get('citations')?.find((r) => r.id === citation?.id)?.claims).toEqual(citation?.claims);
  });

  it('flatten spans so that text is the article text between start and end', () => {
    const texts = new Map<string, string>(corpus.articles.map((a) => [a.id, a.text]));
    let checked = 0;
    for (const [name, rows] of tables) {
      for (const row of rows) {
        for (const prefix of ['span_', 'speaker_span_', 'cue_span_', 'alternate_span_']) {
          const text = row[`${prefix}text`];
          if (typeof text !== 'string' || name.startsWith('articles')) continue;
          expect(texts.get(row.article as string)?.slice(row[`${prefix}start`] as number, row[`${prefix}end`] as number), `${name} ${String(row.id)}`).toBe(text);
          checked++;
        }
        // Spans inside arrays (citation content, relay, frames) are keyed like the columns.
        for (const key of ['content', 'relay', 'frames']) {
          for (const item of (Array.isArray(row[key]) ? row[key] : []) as Record<string, unknown>[]) {
            for (const span of key === 'frames' ? (item.spans as Record<string, unknown>[]) : [item]) {
              if (typeof span.span_text !== 'string') continue;
              expect(texts.get(row.article as string)?.slice(span.span_start as number, span.span_end as number), `${name} ${String(row.id)} ${key}`).toBe(span.span_text);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it('have unique primary keys and foreign keys that resolve', () => {
    let resolved = 0;
    const dangling: string[] = [];
    for (const r of pkg.resources) {
      const rows = tables.get(r.name) ?? [];
      const keys = rows.map((row) => JSON.stringify(r.schema.primaryKey.map((k) => row[k])));
      expect(new Set(keys).size, r.name).toBe(rows.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = tables.get(fk.reference.resource ?? r.name) ?? [];
        const valid = new Set(target.map((t) => JSON.stringify(fk.reference.fields.map((k) => t[k]))));
        for (const row of rows) {
          const values = fk.fields.map((k) => row[k]);
          if (values.some((v) => v === null)) continue;
          if (valid.has(JSON.stringify(values))) resolved++;
          else dangling.push(`${r.name} ${String(row.id ?? JSON.stringify(r.schema.primaryKey.map((k) => row[k])))}: ${fk.fields.join(',')} = ${JSON.stringify(values)} not in ${fk.reference.resource ?? r.name}`);
        }
      }
    }
    expect(dangling).toEqual([]);
    expect(resolved).toBeGreaterThan(1000);
  });
});

describe('the exports registry', () => {
  const schemaDefs = schema as Parameters<typeof tableData>[0];

  it('makes a new record kind a table with one entry: columns, types, descriptions and foreign keys from the schema', () => {
    // Frames are not a table of their own; an entry is all it takes to make them one.
    const spec: TableSpec = {
      name: 'frames', title: 'Frames', description: 'The frames of each article.', record: 'Frame', primaryKey: ['article', 'frame'],
      rows: (c) => c.framing.flatMap((f) => f.frames.map((frame) => ({ ...frame, article: f.article }))),
      extra: [{ name: 'article', type: 'string', required: true, description: 'Article ID.', references: 'articles', value: (r) => r.article }],
    };
    const [table] = tableData(schemaDefs, corpus, [spec]);
    expect(table?.fields.map((f) => [f.name, f.type])).toEqual([['article', 'string'], ['frame', 'string'], ['spans', 'array'], ['note', 'string']]);
    expect(table?.fields.find((f) => f.name === 'frame')?.constraints?.enum).toContain('Security_and_defense');
    expect(table?.columns[0]?.references).toBe('articles');
    const frames = corpus.framing.flatMap((f) => f.frames);
    expect(table?.rows.length).toBe(frames.length);
    expect(table?.rows.map((r) => r[1])).toEqual(frames.map((f) => f.frame));
  });

  it('refuses an entry that names a record kind or a property the schema does not have, naming it', () => {
    const base = TABLES[0] as TableSpec;
    expect(() => tableData(schemaDefs, corpus, [{ ...base, record: 'Outlett' }])).toThrow(/no \$defs\.Outlett; record kinds: Corpus, Outlet/);
    expect(() => tableData(schemaDefs, corpus, [{ ...base, rename: { homepag: 'home' } }])).toThrow(/no property "homepag" to rename/);
    expect(() => tableData(schemaDefs, corpus, [{ ...base, primaryKey: ['key'] }])).toThrow(/primary key column key is not a column/);
  });

  it('is what the README lists: every format with its files and one line on who it is for', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const f of EXPORT_FORMATS) {
      expect(readme, f.id).toContain(`| ${f.title} | ${f.paths.map((p) => `\`${p}\``).join(', ')} | ${f.audience} |`);
    }
    const rows = readme.split('\n').filter((l) => /^\| .* \| `qantar-corpus\//.test(l));
    expect(rows.length).toBe(EXPORT_FORMATS.length);
  });

  it('has one table per collection of records the corpus publishes, and formats with distinct ids and paths', () => {
    const collections = Object.entries(corpus).filter(([, v]) => Array.isArray(v)).length;
    // Segments and narrative links are their own tables too (they live inside articles and claims in corpus.json).
    expect(TABLES.length).toBe(collections + 2);
    const ids = EXPORT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('cells every reader parses the same way', () => {
  it('quotes every cell that starts or ends with whitespace, so readers that trim unquoted cells keep it', () => {
    const files = exportFiles({ corpus, schema, packageJson });
    let quoted = 0;
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith('.csv')) continue;
      // Split raw lines into raw cells (quote-aware), keeping the quotes, to see how each cell was written.
      const raw = (text as string).match(/("(?:[^"]|"")*"|[^,\n]*)(,|\n)/g) ?? [];
      for (const cell of raw.map((c) => c.slice(0, -1))) {
        const value = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
        if (/^\s|\s$/.test(value)) {
          expect(cell.startsWith('"'), `${name}: ${JSON.stringify(value)}`).toBe(true);
          quoted++;
        }
      }
    }
    // The single-space separator segments at least (five of them were unquoted before).
    expect(quoted).toBeGreaterThanOrEqual(corpus.articles.flatMap((a) => a.segments).filter((s) => /^\s+$/.test(s.span.text)).length);
  });

  it('writes the numbers of number fields with a fraction part, so readers infer a floating type', () => {
    const files = exportFiles({ corpus, schema, packageJson });
    const values = corpus.figures.map((f) => f.value).filter((v): v is number => v !== null);
    expect(values.length).toBeGreaterThan(0);
    const lines = (files['data/figures.ndjson'] as string).trim().split('\n');
    const written = lines.map((l) => /"figure_value":([^,]+)/.exec(l)?.[1]).filter((v) => v !== 'null');
    expect(written).toEqual(values.map((v) => (Number.isInteger(v) ? `${v}.0` : String(v))));
  });

  it('names every column and array key in snake_case, none of them an SQL keyword', async () => {
    const { SQL_KEYWORDS } = await import('../scripts/exports/sql-keywords.js');
    for (const r of pkg.resources) {
      for (const f of r.schema.fields) {
        expect(f.name, r.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(SQL_KEYWORDS.has(f.name), `${r.name}.${f.name}`).toBe(false);
      }
    }
    for (const k of ['start', 'end', 'group', 'value', 'date', 'language', 'asof', 'measures']) expect(SQL_KEYWORDS.has(k), k).toBe(true);
  });

  it('refuses a table entry whose column would be an SQL keyword, naming it', () => {
    const figures = TABLES.find((t) => t.name === 'figures') as TableSpec;
    expect(() => tableData(schema as never, corpus, [{ ...figures, rename: { value: 'value' } }])).toThrow(/column "value" is an SQL keyword/);
  });
});

describe('exportFiles', () => {
  it('is deterministic', () => {
    expect(exportFiles({ corpus, schema, packageJson })).toEqual(exportFiles({ corpus, schema, packageJson }));
  });

  it('writes any note text so that a CSV reader gets it back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (note) => {
        const outlets = corpus.outlets.map((o, i) => (i === 0 ? { ...o, notes: note } : o));
        const files = exportFiles({ corpus: { ...corpus, outlets }, schema, packageJson }, [csvNdjson]);
        const [header, first] = parseCsv(files['data/outlets.csv'] as string);
        expect(first?.[(header as string[]).indexOf('notes')]).toBe(note);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a list item that contains the list delimiter, naming it', () => {
    const outlets = corpus.outlets.map((o, i) => (i === 0 ? { ...o, aliases: ['A; B'] } : o));
    expect(() => exportFiles({ corpus: { ...corpus, outlets }, schema, packageJson }, [csvNdjson])).toThrow(/"A; B" contains the list delimiter/);
  });

  it('writes a BibTeX entry and a CSL-JSON item per article', () => {
    const files = exportFiles({ corpus, schema, packageJson });
    const bib = files['data/articles.bib'] as string;
    expect(bib.split('\n')[0]).toMatch(/^% Generated by scripts\/exports\/bibtex\.ts/);
    expect([...bib.matchAll(/^@online\{([^,]+),$/gm)].map((m) => m[1])).toEqual(corpus.articles.map((a) => a.id));
    const csl = JSON.parse(files['data/articles.csl.json'] as string) as { id: string; type: string; URL: string }[];
    const kind = (a: Corpus['articles'][number]) => corpus.outlets.find((o) => o.id === a.outlet)?.kind;
    expect(csl.map((i) => [i.id, i.type, i.URL])).toEqual(corpus.articles.map((a) => [a.id, a.publisher === null && kind(a) === 'newspaper' ? 'article-newspaper' : 'webpage', a.url]));
  });
});

describe('corpus.schema.json', () => {
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema as object);

  it('validates corpus.json', () => {
    const ok = validate(corpus);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a corpus with a label outside an enum', () => {
    const figures = corpus.figures.map((f, i) => (i === 0 ? { ...f, qualifier: 'roughly' } : f));
    expect(validate({ ...corpus, figures })).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/figures/0/qualifier')).toBe(true);
  });
});
