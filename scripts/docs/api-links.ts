// The names of the API reference (docs/site/api/, written by typedoc) and where each is
// documented, so that the guides can link an API name in `code` to its page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One documented export. */
export interface ApiEntry {
  readonly name: string;
  /** `functions`, `variables`, `interfaces`, `types` or `classes`: the typedoc folder. */
  readonly kind: string;
  /** The import path it is exported from: `qantar-corpus`, `qantar-corpus/schema`… */
  readonly module: string;
  /** Link relative to the site root: `api/functions/qantar-corpus.claimsAbout.html`. */
  readonly href: string;
  /** The first sentence of its documentation, as plain text ('' when none). */
  readonly summary: string;
}

const KINDS = ['functions', 'classes', 'interfaces', 'types', 'variables'] as const;

const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/**
 * Lists the exports documented in a typedoc HTML output folder. Names exported from several
 * entries map to the main entry first (`qantar-corpus`), then the others in name order.
 *
 * @param apiDir - The typedoc output folder (`docs/site/api`).
 * @returns Entries by name.
 * @throws Error naming the folder when it has no typedoc output.
 *
 * @example
 * ```ts
 * apiEntries('docs/site/api').get('claimsAbout')?.href; //=> 'api/functions/qantar-corpus.claimsAbout.html'
 * ```
 */
export function apiEntries(apiDir: string): Map<string, ApiEntry> {
  if (!existsSync(path.join(apiDir, 'index.html'))) throw new Error(`api-links: ${apiDir} has no typedoc output (index.html); run typedoc first (npm run docs does)`);
  const found: ApiEntry[] = [];
  for (const kind of KINDS) {
    const dir = path.join(apiDir, kind);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const dot = file.lastIndexOf('.', file.length - 6);
      const module = file.slice(0, dot).replace(/_/g, '/');
      const name = file.slice(dot + 1, -5);
      const html = readFileSync(path.join(dir, file), 'utf8');
      const summary = /<div class="tsd-comment tsd-typography"><p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      found.push({ name, kind, module, href: `api/${kind}/${file}`, summary: plain(summary) });
    }
  }
  found.sort((a, b) => (a.module === 'qantar-corpus' ? 0 : 1) - (b.module === 'qantar-corpus' ? 0 : 1) || a.module.localeCompare(b.module));
  const byName = new Map<string, ApiEntry>();
  for (const entry of found) if (!byName.has(entry.name)) byName.set(entry.name, entry);
  return byName;
}

/**
 * The API entry a `code` span of a guide names, or undefined. A function is linked when it is
 * called (`claimsAbout('color-revolution')`) or its name is unmistakable (camelCase: `getOutlet`);
 * a lowercase one-word name alone (`figures`, `citations`) could be a table or a field, so it is
 * linked only when called. Types, interfaces and classes are linked by their exact name
 * (`ClaimMention`, `Figure['qualifier']`); values only when the name is not an ordinary word
 * (`allFigures`, `CORPUS_VERSION`, but not `articles`).
 *
 * @example
 * ```ts
 * linkFor("figureSeries('qantar-arrests')", entries)?.name; //=> 'figureSeries'
 * linkFor('figures', entries); //=> undefined
 * ```
 */
export function linkFor(code: string, entries: ReadonlyMap<string, ApiEntry>): ApiEntry | undefined {
  const match = /^([A-Za-z_$][\w$]*)(\(|\[|$)/.exec(code.trim());
  if (!match) return undefined;
  const [, name = '', after] = match;
  const entry = entries.get(name);
  if (!entry) return undefined;
  const unmistakable = /[A-Z_]/.test(name.slice(1)) || /^[A-Z]/.test(name);
  if (entry.kind === 'functions') return after === '(' || unmistakable ? entry : undefined;
  if (entry.kind === 'variables') return after === '' && unmistakable ? entry : undefined;
  return after !== '(' ? entry : undefined;
}
