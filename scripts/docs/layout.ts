// The shared page layout of the docs site (docs/site/): one inline stylesheet, a header with the
// site navigation and the search box, a main landmark and a footer. No external requests: no fonts,
// and scripts and images only from the site itself (the search page's index, the guides' pictures).

/** One entry of the site navigation. */
export interface NavLink {
  /** Link target, relative to the site root (`getting-started.html`, `api/index.html`). */
  readonly href: string;
  readonly label: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --paper: #fff; --line: #d0d0d0; --accent: #0b5394; --code: #f4f4f4; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem; }
.skip:focus { left: .5rem; }
header { border-bottom: 1px solid var(--line); background: #f7f9fc; }
header .inner, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
header .inner { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1.5rem; padding-top: .75rem; padding-bottom: .75rem; }
header .brand { font-weight: 700; color: var(--ink); text-decoration: none; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
main { padding-top: 1rem; padding-bottom: 3rem; }
h1, h2, h3 { line-height: 1.25; }
pre { background: var(--code); padding: .75rem 1rem; overflow-x: auto; border-radius: 4px; font-size: .9rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .92em; }
:not(pre) > code { background: var(--code); padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; }
table { border-collapse: collapse; display: block; overflow-x: auto; margin: 1rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
th { background: #f0f3f7; }
blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--line); color: var(--muted); }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; padding-top: 1rem; padding-bottom: 2rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
.site-search { display: flex; gap: .35rem; margin-left: auto; }
.site-search input { font: inherit; padding: .15rem .4rem; width: 12rem; max-width: 50vw; border: 1px solid #767676; border-radius: 4px; }
.site-search button, .search-form button { font: inherit; }
.search-form input { font: inherit; padding: .3rem .5rem; width: min(30rem, 100%); border: 1px solid #767676; border-radius: 4px; }
.search-results li { margin: .75rem 0; }
.search-results p { margin: .15rem 0; color: var(--muted); }
mark { background: #fde68a; color: inherit; }
.muted { color: var(--muted); }
a.api-link { text-decoration: none; }
a.api-link code { text-decoration: underline; text-decoration-color: #0b539480; text-underline-offset: 2px; color: var(--accent); }
figure.picture { margin: 1.5rem 0; }
figure.picture img { max-width: 100%; height: auto; border: 1px solid var(--line); }
figure.picture figcaption { font-size: .92rem; color: var(--muted); margin-top: .35rem; }
figure.picture details { font-size: .9rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/**
 * Wraps a page body in the shared layout.
 *
 * @param page - `title`, the rendered `body` HTML, `path` of the page relative to the site root
 *   (to mark the current navigation entry and compute relative links) and the `nav` entries.
 * @returns A complete HTML document.
 *
 * @example
 * ```ts
 * layout({ title: 'Recipes', body: '<h1>Recipes</h1>', path: 'recipes.html', nav: [{ href: 'recipes.html', label: 'Recipes' }] });
 * //=> '<!doctype html>…<a href="recipes.html" aria-current="page">Recipes</a>…'
 * ```
 */
export function layout(page: { title: string; body: string; path: string; nav: readonly NavLink[]; scripts?: readonly string[] }): string {
  const depth = page.path.split('/').length - 1;
  const root = depth === 0 ? '' : '../'.repeat(depth);
  const links = page.nav
    .map((link) => `<li><a href="${escapeHtml(root + link.href)}"${link.href === page.path ? ' aria-current="page"' : ''}>${escapeHtml(link.label)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src 'self'">
<title>${escapeHtml(page.title)} · qantar-corpus</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><div class="inner"><a class="brand" href="${root}index.html">qantar-corpus</a>
<nav aria-label="Site"><ul>${links}</ul></nav>
<form class="site-search" role="search" action="${root}search.html" method="get"><label class="visually-hidden" for="site-search-q">Search the guides</label><input type="search" id="site-search-q" name="q" placeholder="Search the guides"><button type="submit">Search</button></form></div></header>
<main id="main">
${page.body}
</main>
<footer><p>qantar-corpus: a hand-annotated corpus of news coverage of China's response to Kazakhstan's January 2022 unrest. Code MIT; annotations CC BY 4.0; article texts remain their publishers'.</p></footer>
${(page.scripts ?? []).map((src) => `<script src="${escapeHtml(root + src)}"></script>`).join('\n')}
</body>
</html>
`;
}
