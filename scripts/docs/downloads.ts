// The downloads page of the docs site (docs/site/downloads.html): every data file the package
// exports, copied into the site with a link, its size and what it holds. The list comes from the
// package's `exports` map (every subpath that is not code or types), so a new export format shows up
// here without an edit; descriptions come from datapackage.json and each folder's README.txt.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml } from './layout.js';

/** One downloadable file: its import path below the package name and where it is on disk. */
export interface ExportedFile {
  /** `data/figures.csv`, `corpus.json`, `semeval2023/ids.txt`. */
  readonly subpath: string;
  readonly file: string;
  readonly bytes: number;
}

const TYPES = /\.d\.(c|m)?ts$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * Lists the data files a package exports: every `exports` subpath whose target is a file (not a
 * code entry with import/require conditions, not a type declaration), wildcards expanded.
 *
 * @param root - The package folder (with package.json and the built dist/).
 * @returns Files sorted by subpath.
 * @throws Error naming the subpath when a listed target does not exist (the package is not built).
 *
 * @example
 * ```ts
 * exportedFiles('.').find((f) => f.subpath === 'data/figures.csv')?.file; //=> '<root>/dist/data/figures.csv'
 * ```
 */
export function exportedFiles(root: string): ExportedFile[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const out = new Map<string, ExportedFile>();
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (key === '.' || key === './package.json') continue;
    const target = typeof value === 'string' ? value : value && typeof value === 'object' && !('import' in value) && !('require' in value) ? (value as { default?: unknown }).default : undefined;
    if (typeof target !== 'string') continue;
    const sub = key.replace(/^\.\//, '');
    if (!target.includes('*')) {
      const file = path.join(root, target);
      if (!existsSync(file)) throw new Error(`downloads: exports["${key}"] points at ${target}, which does not exist; run \`npm run build\` first`);
      out.set(sub, { subpath: sub, file, bytes: statSync(file).size });
      continue;
    }
    const [before = '', after = ''] = target.split('*');
    const [subBefore = '', subAfter = ''] = sub.split('*');
    const base = path.join(root, before);
    const dir = before.endsWith('/') ? base : path.dirname(base);
    if (!existsSync(dir)) throw new Error(`downloads: exports["${key}"] points at ${target}, whose folder does not exist; run \`npm run build\` first`);
    for (const file of walk(dir)) {
      const rel = path.relative(path.join(root), file).split(path.sep).join('/');
      const wanted = before.replace(/^\.\//, '');
      if (!rel.startsWith(wanted) || !rel.endsWith(after) || TYPES.test(rel)) continue;
      const star = rel.slice(wanted.length, rel.length - after.length);
      const subpath = `${subBefore}${star}${subAfter}`;
      if (!out.has(subpath)) out.set(subpath, { subpath, file, bytes: statSync(file).size });
    }
  }
  return [...out.values()].sort((a, b) => a.subpath.localeCompare(b.subpath));
}

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** What the whole-corpus files are (the other descriptions come from the files themselves). */
const WHOLE: Record<string, string> = {
  'corpus.json': 'Every record of the corpus as plain JSON, one object with one array per table (typed as Corpus in TypeScript).',
  'corpus.schema.json': 'The JSON Schema (draft 2020-12) of corpus.json, generated from the zod schemas.',
  'datapackage.json': 'The Frictionless Data Package v2 descriptor of the CSV and NDJSON tables: columns, types, descriptions, licences, sources.',
};

interface Resource { name: string; path: string; title?: string; description?: string }

/**
 * Copies every exported data file into the site (`downloads/<subpath>`) and renders the page body.
 *
 * @param root - The package folder.
 * @param siteDir - The site folder (docs/site).
 * @returns The body HTML and the files listed.
 */
export function renderDownloads(root: string, siteDir: string): { body: string; files: ExportedFile[] } {
  const files = exportedFiles(root);
  for (const f of files) {
    const to = path.join(siteDir, 'downloads', f.subpath);
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(f.file, to);
  }
  const pkgData = files.find((f) => f.subpath === 'datapackage.json');
  const resources: Resource[] = pkgData ? (JSON.parse(readFileSync(pkgData.file, 'utf8')) as { resources: Resource[] }).resources : [];
  const link = (f: ExportedFile, text = f.subpath.split('/').pop() ?? f.subpath) => `<a href="downloads/${escapeHtml(f.subpath)}" download>${escapeHtml(text)}</a> <span class="muted">${size(f.bytes)}</span>`;
  const claimed = new Set<string>();
  const take = (f: ExportedFile | undefined) => (f ? (claimed.add(f.subpath), f) : undefined);
  const sections: string[] = [];

  const whole = files.filter((f) => WHOLE[f.subpath]);
  sections.push(`<h2 id="the-whole-corpus">The whole corpus</h2><table><thead><tr><th scope="col">File</th><th scope="col">Import path</th><th scope="col">What it holds</th></tr></thead><tbody>${whole.map((f) => `<tr><td>${link(take(f) as ExportedFile)}</td><td><code>qantar-corpus/${escapeHtml(f.subpath)}</code></td><td>${escapeHtml(WHOLE[f.subpath] ?? '')}</td></tr>`).join('')}</tbody></table>`);

  const tables = [...new Set(files.filter((f) => /^data\/[^/]+\.(csv|ndjson)$/.test(f.subpath)).map((f) => f.subpath.replace(/^data\/|\.(csv|ndjson)$/g, '')))].sort();
  const tableRows = tables.map((t) => {
    const r = resources.find((x) => x.name === t);
    const formats = ['csv', 'ndjson', 'json'].map((ext) => take(files.find((f) => f.subpath === `data/${t}.${ext}`))).filter((f): f is ExportedFile => Boolean(f));
    return `<tr id="table-${escapeHtml(t)}"><th scope="row">${escapeHtml(r?.title ?? t)}</th><td>${formats.map((f) => link(f, f.subpath.split('.').pop()?.toUpperCase())).join('<br>')}</td><td>${escapeHtml(r?.description ?? '')}</td></tr>`;
  }).join('');
  sections.push(`<h2 id="tables">Tables (CSV, NDJSON and JSON)</h2><p>One file per table and format, with snake_case columns and no SQL reserved words, so pandas, R, DuckDB and spreadsheets read them as they are; <code>datapackage.json</code> describes every column. The JSON files are the same records as in corpus.json, one table each (<code>qantar-corpus/data/&lt;table&gt;.json</code>, typed in TypeScript).</p><div class="table-scroll"><table><thead><tr><th scope="col">Table</th><th scope="col">Files</th><th scope="col">What a row is</th></tr></thead><tbody>${tableRows}</tbody></table></div>`);

  const refs = files.filter((f) => /^data\/[^/]+\.(bib|csl\.json)$/.test(f.subpath));
  if (refs.length) sections.push(`<h2 id="references">References to the articles</h2><p>BibTeX and CSL-JSON entries for every article, for reference managers (Zotero, BibLaTeX, Pandoc); <code>cite(articleId, 'apa' | 'bibtex' | 'csl-json')</code> gives one entry in code.</p><ul>${refs.map((f) => `<li>${link(take(f) as ExportedFile)} <code>qantar-corpus/${escapeHtml(f.subpath)}</code></li>`).join('')}</ul>`);

  // Every other exported folder: its README.txt says what it is.
  const folders = [...new Set(files.filter((f) => !claimed.has(f.subpath) && f.subpath.includes('/')).map((f) => f.subpath.split('/')[0] as string))].sort();
  for (const folder of folders) {
    const inFolder = files.filter((f) => !claimed.has(f.subpath) && f.subpath.startsWith(`${folder}/`));
    const readme = inFolder.find((f) => f.subpath === `${folder}/README.txt`);
    const text = readme ? readFileSync(readme.file, 'utf8').split(/\n\s*\n/).slice(1).join('\n\n').trim() : '';
    sections.push(`<h2 id="${escapeHtml(folder)}">${escapeHtml(folder)}/</h2>${text ? `<p>${escapeHtml(text).replace(/\n/g, ' ')}</p>` : ''}<ul class="files">${inFolder.map((f) => `<li>${link(take(f) as ExportedFile, f.subpath.slice(folder.length + 1))}</li>`).join('')}</ul>`);
  }
  const rest = files.filter((f) => !claimed.has(f.subpath));
  if (rest.length) sections.push(`<h2 id="other-files">Other files</h2><ul>${rest.map((f) => `<li>${link(f, f.subpath)}</li>`).join('')}</ul>`);

  const body = `<h1 id="downloads">Downloads</h1>
<p>Every data file of the package, as built from this release: ${files.length} files. They are in the npm package too, under the import path shown (<code>node_modules/qantar-corpus/…</code> after <code>npm install qantar-corpus</code>), and the <a href="cli.html">command line</a> prints any query as a table, CSV or JSON. Annotations CC BY 4.0, code MIT; the article texts remain their publishers' (see each article's rights note).</p>
${sections.join('\n')}`;
  return { body, files };
}
