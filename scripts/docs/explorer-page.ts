// The corpus explorer page (docs/site/explorer/index.html): the views of scripts/docs/explorer-views.ts
// in one self-contained file (inline styles, script and data) with the side panel that a click or
// tap pins. The Content-Security-Policy forbids requests to any host; the state lives in the URL
// fragment, so every view can be linked and Back works, from a web server or a file.
import type { Corpus } from '../../src/generated/types.js';
import { explorerContext, STATE_KEYS, VIEWS } from './explorer-context.js';
import { LAYERS } from './explorer-layers.js';
import { layerKeys, renderViews } from './explorer-views.js';
import { escapeHtml } from './layout.js';

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4d4d4d; --line: #c8c8c8; --paper: #fff; --accent: #0b5394; --focus: #c25e00; --soft: #f5f7fa; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { scroll-padding-top: 4rem; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; z-index: 50; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: .5rem; }
body > header { background: #f7f9fc; border-bottom: 1px solid var(--line); }
.wrap { max-width: 100rem; margin: 0 auto; padding: 0 1rem; }
body > header .wrap { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; align-items: baseline; padding-top: .6rem; padding-bottom: .6rem; }
body > header h1 { font-size: 1.2rem; margin: 0; }
body > header nav ul, .inline-list { display: flex; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; flex-wrap: wrap; }
.views { position: sticky; top: 0; z-index: 8; background: #fff; border-bottom: 1px solid var(--line); margin: 0 -1rem; padding: 0 1rem; }
.views ul { display: flex; flex-wrap: wrap; gap: 0 .25rem; list-style: none; margin: 0; padding: 0; }
.views a { display: inline-block; padding: .55rem .7rem; text-decoration: none; border-bottom: 3px solid transparent; color: var(--ink); }
.views a[aria-current="page"] { border-bottom-color: var(--accent); font-weight: 700; color: var(--accent); }
.app { max-width: 100rem; margin: 0 auto; padding: 0 1rem; }
.app.with-panel { display: grid; grid-template-columns: minmax(0, 1fr) 25rem; gap: 1.5rem; }
main { padding-bottom: 4rem; min-width: 0; }
h2 { font-size: 1.4rem; margin: 1.25rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 .35rem; }
h4 { font-size: 1rem; margin: .5rem 0 .2rem; }
.muted, .tie { color: var(--muted); }
.tie { display: block; font-size: .8rem; font-weight: 400; }
.small { font-size: .85rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; margin: .5rem 0; font-size: .92rem; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; margin-right: .35em; vertical-align: -.1em; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem 1rem; margin: 0 0 1rem; background: #fff; }
.placeholder { color: var(--muted); font-style: italic; }
.table-scroll { overflow-x: auto; max-width: 100%; position: relative; }
table { border-collapse: collapse; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f3f7; }
.linkish { font: inherit; color: var(--accent); background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; }
button, select, input { font: inherit; }
.api { font-size: .88rem; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .25rem .5rem; align-items: baseline; }
.api code { background: #f4f4f4; padding: .1rem .35rem; border-radius: 3px; overflow-wrap: anywhere; }
.api .copy { font-size: .8rem; padding: 0 .4rem; }
/* stance words: voice told by type, not colour */
.sv { white-space: nowrap; font-size: .9rem; }
.sv-own { font-weight: 700; font-style: normal; }
.sv-quoted { font-style: italic; font-weight: 400; }
/* overview */
.questions ul { padding-left: 1.2rem; margin: .25rem 0 .75rem; }
.heatmap { width: 100%; min-width: 46rem; }
.heatmap thead th { position: sticky; top: 0; }
.heatmap th[scope="row"] { font-weight: 400; min-width: 16rem; }
.heatmap tr.group th { background: var(--soft); font-weight: 700; }
.heatmap td { text-align: center; min-width: 7rem; }
.heatmap td.empty { color: var(--muted); }
.heatmap .cell { display: block; width: 100%; border: 0; background: transparent; cursor: pointer; padding: .15rem; color: var(--ink); }
.heatmap .cell:hover { outline: 2px solid #555; }
.heatmap .cell.current { outline: 3px solid var(--accent); outline-offset: -3px; }
.heatmap .sv { display: inline-block; margin: 0 .15rem; }
.heatmap.narrow tr[data-outlets="1"] { display: none; }
/* pickers */
.split { display: grid; grid-template-columns: minmax(15rem, 21rem) minmax(0, 1fr); gap: 1.25rem; align-items: start; }
.picker { position: sticky; top: 3rem; }
.picker input[type="search"] { width: 100%; padding: .35rem .5rem; margin: .2rem 0 .4rem; border: 1px solid #767676; border-radius: 4px; }
.radios { border: 0; padding: 0; margin: .2rem 0; display: flex; flex-wrap: wrap; gap: .1rem .8rem; }
.radios legend { font-weight: 600; padding: 0; float: left; margin-right: .5rem; }
.list { max-height: calc(100vh - 15rem); overflow: auto; border-top: 1px solid var(--line); padding-right: .25rem; }
.list h3 { font-size: .98rem; margin: .6rem 0 .15rem; }
.list ul { list-style: none; margin: 0; padding: 0; }
.list li { padding: .2rem 0 .2rem .5rem; border-left: 3px solid transparent; font-size: .92rem; }
.list li.current, .list section.current > h3 { border-left-color: var(--accent); background: #eef4fb; }
.list.subjects-only .claim-item { display: none; }
.outlet-cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .75rem; }
.outlet-col, .outlet-block { border: 1px solid var(--line); border-radius: 6px; padding: .25rem .75rem .5rem; }
.outlet-block { margin: .75rem 0; }
.absent { background: #fafafa; }
.mentions, .citations { margin: 0; padding-left: 1.2rem; }
.mentions li, .citations li { margin: .5rem 0; }
.quote { margin: .25rem 0; padding: .1rem .6rem; border-left: 3px solid var(--line); font-size: .93rem; }
.who, .row-links, .cite-head { margin: .15rem 0; font-size: .9rem; }
.row-links { display: flex; gap: 1rem; }
.mode { font-weight: 700; }
.about-table { width: 100%; }
.about-table ul { margin: 0; padding-left: 1.1rem; }
.about-table li { margin: .25rem 0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; font-size: .9rem; margin: .25rem 0 .75rem; }
.meta dt { font-weight: 600; color: var(--muted); }
.meta dd { margin: 0; }
/* figures */
.chart { margin: 0; }
.chart-scroll { overflow-x: auto; position: relative; }
.chart-scroll svg { width: 100%; min-width: 34rem; height: auto; max-width: 44rem; display: block; }
.chart-key svg { width: 22px; height: 18px; vertical-align: middle; }
.chart .pt:focus-visible { outline: none; }
.chart .pt:focus-visible > :is(circle, rect, path):not([fill-opacity]) { stroke: var(--focus); stroke-width: 5; }
.chart .pt:hover { cursor: pointer; }
.chart figcaption { font-size: .9rem; }
.data td, .data th { font-size: .88rem; }
/* texts */
.read-controls { display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; align-items: center; margin: .25rem 0 .5rem; }
.read-controls p { margin: 0; max-width: 100%; min-width: 0; }
.read-controls fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .2rem .9rem; }
.read-controls legend { font-weight: 600; float: left; margin-right: .4rem; padding: 0; }
.read-controls select { max-width: 100%; width: 46rem; }
.read-controls label { white-space: nowrap; }
.count { color: var(--muted); font-size: .85rem; }
.keys { margin: .25rem 0 .75rem; font-size: .92rem; }
.key-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1rem; }
.key-grid .legend { flex-direction: column; gap: .2rem; }
.key { display: inline-block; padding: 0 .2em; line-height: 1.9; }
article.doc { margin-top: .5rem; }
article.doc > h3 { font-size: 1.25rem; }
.origin-note { background: #fff7e6; border-left: 4px solid #b7791f; padding: .35rem .75rem; font-size: .92rem; }
.seglabel-sample { font-weight: 700; }
.reader { display: grid; grid-template-columns: 12rem minmax(0, 46rem); gap: 0 1rem; position: relative; }
.margin { position: relative; }
.seglabel { position: absolute; left: 0; width: 12rem; text-align: left; font-size: .75rem; line-height: 1.3; background: #f3f4f6; border: 1px solid #d4d4d8; border-left: 3px solid #6b7280; border-radius: 3px; padding: .1rem .3rem; cursor: pointer; color: var(--ink); }
.seglabel.origin-publisher { border-left-color: #b45309; background: #fff4e0; }
.seglabel .k { display: block; font-weight: 700; }
.seglabel .o { display: block; }
.seglabel .n { display: block; color: var(--muted); font-style: italic; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.seglabel.current { outline: 2px solid var(--accent); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.02rem; line-height: 1.95; }
.seg.nc { color: #595959; font-style: italic; font-size: .93em; }
.seg.origin-publisher { background: #fff4e0; }
.hide-nc .seg.nc, .hide-nc .sep.after-nc { display: none; }
.hl { border-radius: 2px; }
.hl[data-kind]:hover { outline: 1px solid #555; }
.hl.selected, .part.selected { outline: 3px solid var(--accent); outline-offset: 1px; }
.hl.related { outline: 2px dashed var(--accent); outline-offset: 1px; }
${LAYERS.map((l) => l.css).join('\n')}
/* search */
.find-form input { width: min(32rem, 100%); padding: .35rem .5rem; border: 1px solid #767676; border-radius: 4px; }
#find-results ol { padding-left: 1.4rem; }
#find-results li { margin: .35rem 0; }
#find-results mark, ::highlight(find) { background: #f9a8d4; color: #1a1a1a; }
.found { outline: 3px solid #ca8a04; }
/* panel */
#panel { align-self: start; position: sticky; top: 0; max-height: 100vh; overflow: auto; border-left: 1px solid var(--line); padding: .25rem 0 1rem 1rem; background: #fff; }
.app:not(.with-panel) #panel { display: none; }
.panel-head { display: flex; justify-content: space-between; align-items: baseline; gap: .5rem; position: sticky; top: 0; background: #fff; padding-top: .5rem; }
.panel-head h2 { margin: .25rem 0; font-size: 1.15rem; }
#panel-close { font-size: 1rem; padding: .1rem .6rem; }
#panel-nav { display: flex; justify-content: space-between; gap: .5rem; align-items: center; margin: .25rem 0 .5rem; font-size: .9rem; }
#panel-nav button { padding: .15rem .5rem; }
#panel .rec { border-top: 1px solid var(--line); padding: .25rem 0 .5rem; }
#panel .rec:first-child { border-top: 0; }
#panel .rec h3 { font-size: 1rem; margin: .4rem 0 .25rem; }
#panel dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .1rem .6rem; margin: 0; font-size: .9rem; }
#panel dt { color: var(--muted); font-weight: 600; }
#panel dd { margin: 0; overflow-wrap: anywhere; }
#panel .actions { padding-left: 1.1rem; margin: .35rem 0; font-size: .92rem; }
#panel .mentions { font-size: .92rem; }
.stack-note { font-size: .88rem; color: var(--muted); margin: 0 0 .25rem; }
body > footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; padding: 1rem 0 2rem; }
@media (min-width: 64.01rem) { .keys { display: none; } }
.panel-key h3 { font-size: 1rem; margin: .75rem 0 .25rem; }
.panel-key .legend { flex-direction: column; gap: .15rem; font-size: .88rem; margin: .2rem 0 .4rem; }
.panel-key h4 { font-size: .9rem; margin: .4rem 0 0; }
@media (max-width: 64rem) {
  .app.with-panel { display: block; }
  #panel { position: fixed; left: 0; right: 0; bottom: 0; top: auto; z-index: 30; max-height: 58vh; border-left: 0; border-top: 2px solid #333; box-shadow: 0 -6px 20px #0003; padding: 0 1rem 1rem; }
  .app:not(.panel-open) #panel { display: none; }
  .app.panel-open main { padding-bottom: 60vh; }
}
@media (max-width: 48rem) {
  .views ul { flex-wrap: nowrap; overflow-x: auto; }
  .views a { white-space: nowrap; padding: .5rem .55rem; }
  .card { padding: .25rem .6rem .75rem; }
  .split { grid-template-columns: minmax(0, 1fr); }
  .picker { position: static; }
  .list { max-height: 45vh; }
  .reader { grid-template-columns: minmax(0, 1fr); }
  .margin { display: none; }
  .seg[data-label]::before { content: attr(data-label); display: inline-block; font-style: normal; font-size: .72rem; line-height: 1.3; color: #1a1a1a; background: #f3f4f6; border: 1px solid #d4d4d8; border-radius: 3px; padding: 0 .3rem; margin-right: .3rem; vertical-align: .1em; }
  .seg.origin-publisher[data-label]::before { background: #fff4e0; border-color: #b45309; }
  .heatmap { min-width: 0; }
  .heatmap thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .heatmap, .heatmap tbody, .heatmap tr, .heatmap th, .heatmap td { display: block; width: 100%; }
  .heatmap tr { border-bottom: 1px solid var(--line); padding: .25rem 0; }
  .heatmap td, .heatmap th { border: 0; }
  .heatmap td { display: flex; gap: .5rem; text-align: left; padding: .1rem .5rem; min-width: 0; }
  .heatmap td::before { content: attr(data-label); flex: 0 0 8.5rem; font-size: .85rem; color: var(--muted); }
  .heatmap td.empty { display: none; }
  .heatmap .cell { text-align: left; }
  .about-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .about-table, .about-table tbody, .about-table tr, .about-table th, .about-table td { display: block; width: 100%; border: 0; }
  .about-table tr { border-top: 2px solid var(--line); padding: .35rem 0; }
  .about-table td::before { content: attr(data-label); display: block; font-weight: 600; font-size: .85rem; color: var(--muted); }
  .meta { grid-template-columns: 1fr; }
  .meta dd { margin-bottom: .25rem; }
}
`;

/**
 * Renders the explorer page from the corpus.
 *
 * @param corpus - The corpus (`src/generated/corpus.json`).
 * @param clientScript - The page's script (scripts/docs/explorer-client.js), inlined.
 * @returns The complete HTML document.
 *
 * @example
 * ```ts
 * const html = renderExplorer(corpus, readFileSync('scripts/docs/explorer-client.js', 'utf8'));
 * html.match(/data-kind="figure"/g)?.length; //=> corpus.figures.length
 * ```
 */
export function renderExplorer(corpus: Corpus, clientScript: string): string {
  const ctx = explorerContext(corpus);
  const { html: views, details } = renderViews(ctx);
  const data = {
    stateKeys: STATE_KEYS,
    views: VIEWS.map((v) => v.id),
    layers: LAYERS.map((l) => ({ kind: l.kind, label: l.label, defaultOn: l.defaultOn })),
    // What the search looks in besides the texts (which are in the page already).
    find: {
      outlets: corpus.outlets.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases })),
      entities: corpus.entities.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases.map((a) => a.name) })),
      claims: corpus.claims.map((c) => ({ id: c.id, proposition: c.proposition, keywords: c.keywords })),
    },
  };
  // The panel's text of each record, in inert templates (JSON would escape every quote and angle bracket).
  const templates = Object.entries(details).map(([key, html]) => `<template data-key="${escapeHtml(key)}">${html}</template>`).join('\n');
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const viewLinks = VIEWS.map((v) => `<li><a href="#view=${v.id}" data-view-link="${v.id}">${escapeHtml(v.label)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Corpus explorer · qantar-corpus ${escapeHtml(corpus.corpusVersion)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the explorer</a>
<header><div class="wrap"><h1>qantar-corpus explorer <small>${escapeHtml(corpus.corpusVersion)}</small></h1>
<nav aria-label="Site"><ul><li><a href="../index.html">Guides</a></li><li><a href="../api/index.html">API reference</a></li><li><a href="../downloads.html">Downloads</a></li><li><a href="../cli.html">Command line</a></li><li><a href="../search.html">Search the guides</a></li></ul></nav></div></header>
<div class="app" id="app">
<main id="main" tabindex="-1">
<nav class="views" aria-label="Explorer views"><ul>${viewLinks}</ul></nav>
${views}
</main>
<aside id="panel" aria-labelledby="panel-title">
<div class="panel-head"><h2 id="panel-title" tabindex="-1">Details</h2><button type="button" id="panel-close" aria-label="Close the details" hidden>Close ✕</button></div>
<div id="panel-nav" hidden><button type="button" id="panel-prev">◀ Previous</button><span id="panel-pos"></span><button type="button" id="panel-next">Next ▶</button></div>
<div id="panel-body"><p class="placeholder">Click or tap any highlight, or press Enter on it, to pin everything annotated at that spot here.</p><div class="panel-key"><h3>Key</h3>${layerKeys()}<p class="small">Dim, italic text is not article content; the margin names each segment that is not body text.</p></div></div>
</aside>
</div>
<p id="announce" class="visually-hidden" role="status" aria-live="polite"></p>
<footer><div class="wrap">Generated by scripts/docs/build-explorer.ts from corpus ${escapeHtml(corpus.corpusVersion)} (schema ${escapeHtml(corpus.schemaVersion)}). Article texts remain the copyright of their publishers. This page makes no network requests; every view has its own address (copy it from the address bar to cite it).</div></footer>
<div id="records">
${templates}
</div>
<script type="application/json" id="explorer-data">${json}</script>
<script>${clientScript}</script>
</body>
</html>
`;
}
