/**
 * npm run build:exports — the exports registry: every format the corpus is published in, one file
 * per format in this folder, listed in EXPORT_FORMATS. The same list writes datapackage.json (the
 * tables' resources, and the other formats named in its description) and the README's list of
 * exports is checked against it, so a new format is one file and one line here.
 *
 * Run after the data build and tsup (tsup empties dist/). Reads src/generated/corpus.json and
 * src/generated/corpus.schema.json and writes every format's files under dist/, and
 * datapackage.json at the package root (its paths point into dist/).
 *
 *   --out <dir>   write everything, datapackage.json included, under <dir> instead
 *   --hf          write only the Hugging Face folder, into the repository's hf/ (npm run build:hf):
 *                 that copy is committed, so that the Hub's dataset repository can mirror it, and
 *                 test/huggingface.test.ts fails when it is not what the corpus gives
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Corpus } from '../../src/generated/types.js';
import { bibtex } from './bibtex.js';
import { brat } from './brat.js';
import { cslJson } from './csl-json.js';
import { csvNdjson } from './csv-ndjson.js';
import { huggingFace } from './huggingface.js';
import type { CorpusJsonSchema } from './schema-columns.js';
import { schemaOrgClaims } from './schema-org.js';
import { semeval2023 } from './semeval2023.js';
import { semeval2025 } from './semeval2025.js';
import { tableData } from './tables.js';
import { webAnnotation } from './web-annotation.js';
import type { DataResource, ExportContext, ExportFiles, ExportFormat, ExportInput, PackageJson } from './types.js';

export type { ExportFiles, ExportFormat, ExportInput } from './types.js';

/** Every export format, in the order the README and datapackage.json list them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [csvNdjson, huggingFace, webAnnotation, schemaOrgClaims, brat, cslJson, bibtex, semeval2023, semeval2025];

/** A Frictionless license entry. */
interface License {
  name?: string;
  path?: string;
  title: string;
}

export const LICENSES: License[] = [
  { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0: the annotations (every record and column except the article texts and the span texts quoted from them)' },
  { name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License: the code of the qantar-corpus package that produced these files' },
  {
    name: 'LicenseRef-publishers-copyright',
    title: 'The article texts (articles.text and every span text, which quotes them) remain the copyright of their publishers; they are included unchanged for research, criticism and review, and each article\'s `rights` column says who holds the copyright',
  },
];

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const byteLength = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength);

/** The context every format reads: the input and the tables, derived once. */
export function exportContext(input: ExportInput): ExportContext {
  const names = new Map(input.corpus.outlets.map((o) => [o.id as string, o.name]));
  return {
    ...input,
    tables: tableData(input.schema as CorpusJsonSchema, input.corpus),
    outletName: (id) => names.get(id) ?? id,
  };
}

/** datapackage.json: the resources the formats declare, with their sizes and hashes. */
function datapackage(ctx: ExportContext, files: ExportFiles, formats: readonly ExportFormat[]): string {
  const { corpus, packageJson } = ctx;
  const resources = formats.flatMap((format) => (format.resources?.(ctx) ?? []).map((resource) => {
    const content = files[resource.path];
    if (content === undefined) throw new Error(`export ${format.id}: resource ${resource.name} names ${resource.path}, which the format does not write`);
    // Frictionless lists size and hash after the description; the rest (dialect, schema) follows.
    const { name, type, path: p, format: f, mediatype, encoding, title, description, ...rest } = resource as DataResource & { type?: string; encoding?: string };
    return { name, type, path: p, format: f, mediatype, encoding, title, description, bytes: byteLength(content), hash: `sha256:${sha256(content)}`, ...rest };
  }));
  const outletNames = new Map(corpus.outlets.map((o) => [o.id, o.name]));
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: packageJson.name,
    title: 'Qantar corpus: news coverage of China\'s response to Kazakhstan\'s January 2022 unrest',
    description: `${packageJson.description ?? ''} Generated by scripts/exports/index.ts from corpus.json (schema version ${corpus.schemaVersion}); do not edit. Every table comes as CSV (resource <name>) and NDJSON (resource <name>-ndjson). Column names are snake_case and no SQL keyword. Spans are flattened to <name>_start, <name>_end and <name>_text columns (span_start, speaker_span_start...): offsets into the article text in UTF-16 code units (equal to code points), end exclusive. Arrays of strings are list fields joined with ";" in CSV; arrays of objects are JSON arrays whose objects are keyed like the columns. Numbers of number fields always have a fraction part; cells that start or end with whitespace are quoted. BibTeX and CSL-JSON records of the articles are in data/articles.bib and data/articles.csl.json.`.trim(),
    version: packageJson.version,
    ...(packageJson.homepage ? { homepage: packageJson.homepage } : {}),
    ...(packageJson.keywords ? { keywords: packageJson.keywords } : {}),
    ...(packageJson.author ? { contributors: [{ title: packageJson.author, roles: ['creator'] }] } : {}),
    licenses: LICENSES,
    sources: corpus.articles.map((a) => ({ title: `${outletNames.get(a.outlet) ?? a.outlet}: ${a.title ?? `untitled ${a.genre === 'news' ? 'news article' : a.genre}`} (${a.published.date})`, path: a.url })),
    resources,
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

/**
 * Produces every export file in memory: each registered format's files and `datapackage.json`.
 *
 * @param input - The corpus, its JSON Schema (for field types and descriptions) and package.json.
 * @param formats - The formats to run (default: all of {@link EXPORT_FORMATS}).
 * @returns File contents keyed by path relative to the output folder (`datapackage.json`, `data/articles.csv`…).
 * @throws Error when a table entry names a property the schema lacks, a list item contains `;`, or two formats write one path.
 *
 * @example
 * ```ts
 * import { exportFiles } from './scripts/exports/index.js';
 * const files = exportFiles({ corpus, schema, packageJson });
 * console.log(Object.keys(files).includes('data/figures.csv')); //=> true
 * ```
 */
export function exportFiles(input: ExportInput, formats: readonly ExportFormat[] = EXPORT_FORMATS): ExportFiles {
  const ctx = exportContext(input);
  const files: ExportFiles = {};
  const writer = new Map<string, string>();
  for (const format of formats) {
    for (const [name, content] of Object.entries(format.files(ctx))) {
      const earlier = writer.get(name);
      if (earlier) throw new Error(`exports ${earlier} and ${format.id} both write ${name}`);
      writer.set(name, format.id);
      files[name] = content;
    }
  }
  files['datapackage.json'] = datapackage(ctx, files, formats);
  return files;
}

/**
 * Reads the generated corpus and writes every export file under `outDir`.
 *
 * @param root - Repository root (where package.json and src/generated are).
 * @param outDir - Output folder (dist/ for the package).
 * @returns The paths written, relative to `outDir`.
 * @throws Error when the generated files are missing (run `npm run build:data` first) or {@link exportFiles} fails.
 *
 * @example
 * ```ts
 * import { writeExports } from './scripts/exports/index.js';
 * console.log(writeExports('.', 'dist').includes('datapackage.json')); //=> true
 * ```
 */
export function writeExports(root: string, outDir: string, formats: readonly ExportFormat[] = EXPORT_FORMATS): string[] {
  const read = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as unknown;
  const files = exportFiles({
    corpus: read('src/generated/corpus.json') as Corpus,
    schema: read('src/generated/corpus.schema.json'),
    packageJson: read('package.json') as PackageJson,
  }, formats);
  if (formats !== EXPORT_FORMATS) delete files['datapackage.json'];
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
    writeFileSync(path.join(outDir, name), content);
  }
  return Object.keys(files);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { values } = parseArgs({ options: { out: { type: 'string' }, hf: { type: 'boolean' } } });
  if (values.hf) {
    // The committed copy: exactly the files of dist/hf/, nothing stale left beside them.
    rmSync(path.join(root, 'hf'), { recursive: true, force: true });
    const written = writeExports(root, root, [huggingFace]);
    console.log(`Wrote ${written.length} files to hf/`);
    process.exit(0);
  }
  const out = path.resolve(values.out ?? path.join(root, 'dist'));
  const written = writeExports(root, out);
  console.log(`Wrote ${written.length} files to ${path.relative(root, out) || '.'}`);
  if (!values.out) {
    // Frictionless tools look for datapackage.json at the root of a package: write a copy there whose
    // resource paths point into dist/ (generated, git-ignored, shipped through the `files` whitelist).
    const descriptor = JSON.parse(readFileSync(path.join(out, 'datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    for (const resource of descriptor.resources) resource.path = `dist/${resource.path}`;
    writeFileSync(path.join(root, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
    // One descriptor in the package: the copy in dist/ would describe the same tables a second time.
    rmSync(path.join(out, 'datapackage.json'));
    console.log('Wrote datapackage.json (package root, paths into dist/; none left in dist/)');
  }
}
