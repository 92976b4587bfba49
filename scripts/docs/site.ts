// Rendering of the hand-written guides (docs/*.md) into the docs site: Markdown to HTML with
// heading anchors and links rewritten for the site, inside the shared layout.
import path from 'node:path';
import { Marked, type Tokens } from 'marked';
import { type ApiEntry, linkFor } from './api-links.js';
import { escapeHtml, layout, type NavLink } from './layout.js';

/** Where a relative link in a guide points on GitHub when its target is outside docs/. */
export const REPO_BLOB = 'https://github.com/qantar-corpus/qantar-corpus/blob/main/';

/** Guides in navigation order; a guide whose file is missing is left out, other docs/*.md come after. */
export const GUIDE_ORDER: readonly { file: string; label: string }[] = [
  { file: 'getting-started.md', label: 'Getting started' },
  { file: 'recipes.md', label: 'Recipes' },
  { file: 'data-model.md', label: 'Data model' },
  { file: 'annotation-guide.md', label: 'Annotation guide' },
  { file: 'data-card.md', label: 'Data card' },
  { file: 'evaluate.md', label: 'Evaluate' },
  { file: 'benchmark.md', label: 'Benchmark' },
  { file: 'validation.md', label: 'Validation' },
  { file: 'versioning.md', label: 'Versioning' },
  { file: 'performance.md', label: 'Performance' },
];

/** GitHub-style heading anchor: lowercase, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/<[^>]*>/g, '').replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-');
}

/**
 * Rewrites a link of a guide for the site: `./recipes.md#x` becomes `recipes.html#x`, a link to a
 * repository file outside docs/ (`../data/README.md`) becomes its GitHub URL, and absolute URLs,
 * in-page anchors and links into the site itself (`./api/index.html`) are kept.
 *
 * @param href - The link as written in the Markdown file.
 * @param docsDir - Absolute path of docs/ (the folder of the guides).
 * @returns The link to put in the HTML page.
 *
 * @example
 * ```ts
 * rewriteHref('./data-model.md#span', '/repo/docs'); //=> 'data-model.html#span'
 * ```
 */
export function rewriteHref(href: string, docsDir: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('//')) return href;
  const [target = '', hash] = href.split('#', 2);
  const suffix = hash === undefined ? '' : `#${hash}`;
  const resolved = path.resolve(docsDir, target);
  const relToDocs = path.relative(docsDir, resolved);
  if (!relToDocs.startsWith('..') && !path.isAbsolute(relToDocs)) {
    if (relToDocs.endsWith('.md') && !relToDocs.includes(path.sep)) return relToDocs.replace(/\.md$/, '.html') + suffix;
    return href;
  }
  const relToRepo = path.relative(path.dirname(docsDir), resolved).split(path.sep).join('/');
  if (relToRepo.startsWith('..')) return href;
  return REPO_BLOB + relToRepo + suffix;
}

/** The first `# ` heading of a Markdown text, or the fallback. */
export function titleOf(markdown: string, fallback: string): string {
  const match = /^#\s+(.+)$/m.exec(markdown);
  return match?.[1]?.trim() ?? fallback;
}

/**
 * Renders one guide to a complete HTML page of the site.
 *
 * @param markdown - The guide's Markdown.
 * @param options - `file` (its name in docs/), `docsDir` (absolute path of docs/) and the site `nav`.
 * @returns The page's path in the site (`recipes.html`), its title and its HTML.
 *
 * @example
 * ```ts
 * renderGuide('# Recipes\n\nSee [the model](./data-model.md).', { file: 'recipes.md', docsDir: '/repo/docs', nav: [] }).html;
 * //=> '…<h1 id="recipes">Recipes</h1>\n<p>See <a href="data-model.html">the model</a>.</p>…'
 * ```
 */
export function renderGuide(markdown: string, options: { file: string; docsDir: string; nav: readonly NavLink[]; api?: ReadonlyMap<string, ApiEntry> }): { path: string; title: string; html: string; body: string } {
  const page = options.file.replace(/\.md$/, '.html');
  const title = titleOf(markdown, options.file);
  // Code spans inside links and headings keep their own meaning; elsewhere an API name links to its reference page.
  const plainCode = new WeakSet<object>();
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === 'link' || token.type === 'image') (token as Tokens.Link).href = rewriteHref((token as Tokens.Link).href, options.docsDir);
      if (token.type === 'link' || token.type === 'heading') for (const child of (token as Tokens.Link).tokens ?? []) plainCode.add(child);
    },
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
        const inner = this.parser.parseInline(token.tokens);
        return `<h${token.depth} id="${escapeHtml(slug(token.text))}">${inner}</h${token.depth}>\n`;
      },
      code(token: Tokens.Code) {
        // Long lines scroll inside the block, so it takes the focus for keyboard scrolling.
        const lang = (token.lang ?? '').trim().split(/\s+/)[0];
        return `<pre tabindex="0"><code${lang ? ` class="language-${escapeHtml(lang)}"` : ''}>${escapeHtml(token.text)}</code></pre>\n`;
      },
      codespan(token: Tokens.Codespan) {
        const code = `<code>${escapeHtml(token.text)}</code>`;
        const entry = options.api && !plainCode.has(token) ? linkFor(token.text, options.api) : undefined;
        return entry ? `<a class="api-link" href="${escapeHtml(entry.href)}" title="${escapeHtml(`${entry.name} in the API reference`)}">${code}</a>` : code;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return { path: page, title, body, html: layout({ title, body, path: page, nav: options.nav }) };
}

/**
 * The guides to render, in navigation order: the known guides that exist, then any other docs/*.md.
 *
 * @param files - The names of the Markdown files in docs/.
 * @returns File names with their navigation labels (the label of an unknown guide is its file name).
 *
 * @example
 * ```ts
 * guideList(['recipes.md', 'data-card.md']);
 * //=> [ { file: 'recipes.md', label: 'Recipes' }, { file: 'data-card.md', label: 'data-card' } ]
 * ```
 */
export function guideList(files: readonly string[]): { file: string; label: string }[] {
  const known = GUIDE_ORDER.filter((g) => files.includes(g.file));
  const others = files
    .filter((f) => f.endsWith('.md') && !GUIDE_ORDER.some((g) => g.file === f))
    .sort()
    .map((file) => ({ file, label: file.replace(/\.md$/, '') }));
  return [...known, ...others];
}
