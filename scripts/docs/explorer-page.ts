// The corpus explorer page (docs/site/explorer/index.html): every article's full text with its
// annotations highlighted, filters by outlet and layer, a claim view across outlets and the chart
// of the arrest figures. One self-contained file: styles, script and data are inline, and the
// Content-Security-Policy forbids requests to any host.
import type { Article, Corpus } from '../../src/generated/types.js';
import { renderSeriesChart } from './explorer-chart.js';
import { escapeHtml } from './layout.js';
import { nestSpans, type Annotation } from './nest-spans.js';

/** The four highlight layers, in the order they are listed and nested (outer first). */
export const LAYERS = [
  { kind: 'citation', label: 'Citations', help: 'who said what: speaker, cue verb and quoted or paraphrased content' },
  { kind: 'claim', label: 'Claims', help: 'passages that make or report a claim, coloured by the outlet’s stance' },
  { kind: 'figure', label: 'Figures', help: 'numbers and counted quantities' },
  { kind: 'entity', label: 'Entities', help: 'people, bodies, places, groups and concepts named in the text' },
] as const;

/**
 * Stances with their underline colour (Okabe-Ito hues, at least 3:1 against white), the badge
 * colours (text at least 4.5:1 against the badge) and what the stance means.
 */
export const STANCES = [
  { stance: 'asserts', colour: '#D55E00', badge: '#A33F00', ink: '#ffffff', help: 'states it as fact' },
  { stance: 'endorses', colour: '#A07700', badge: '#F0D48A', ink: '#1a1a1a', help: 'reports it approvingly, or adopts it' },
  { stance: 'reports', colour: '#0072B2', badge: '#005A8C', ink: '#ffffff', help: 'relays it neutrally' },
  { stance: 'questions', colour: '#B4548C', badge: '#EBC0DA', ink: '#1a1a1a', help: 'casts doubt on it' },
  { stance: 'disputes', colour: '#008060', badge: '#00664A', ink: '#ffffff', help: 'says or shows it is false' },
] as const;

const layerRank = { segment: 0, citation: 1, claim: 2, figure: 3, entity: 4, part: 5 } as const;

/** The annotations of one article, as elements to nest into its text. */
function articleAnnotations(corpus: Corpus, article: Article): Annotation[] {
  const out: Annotation[] = [];
  const attrs = (kind: string, id: string, extra = '') => (continued: boolean) =>
    continued
      ? `<span class="hl hl-${kind}${extra ? ' ' + extra : ''}" data-ref="${escapeHtml(`${kind}:${id}`)}" data-cont="">`
      : `<span class="hl hl-${kind}${extra ? ' ' + extra : ''}" data-kind="${kind}" data-id="${escapeHtml(id)}" tabindex="0" aria-describedby="tip">`;
  const part = (kind: string, id: string, name: string) => () =>
    `<span class="part part-${name}" data-ref="${escapeHtml(`${kind}:${id}`)}" data-part="${name}">`;

  for (const s of article.segments) {
    out.push({
      start: s.span.start, end: s.span.end, layer: layerRank.segment, close: '</span>',
      open: () => `<span class="seg seg-${s.kind}${s.content ? '' : ' nc'}" data-segment="${s.kind}"${s.content ? '' : ' title="Not article content"'}>`,
    });
  }
  for (const c of corpus.citations.filter((c) => c.article === article.id)) {
    const [first, ...rest] = c.content;
    if (!first) continue;
    out.push({ start: first.start, end: first.end, layer: layerRank.citation, close: '</span>', open: attrs('citation', c.id, `mode-${c.mode}`) });
    for (const span of rest) out.push({ start: span.start, end: span.end, layer: layerRank.part, close: '</span>', open: part('citation', c.id, 'content') });
    if (c.speakerSpan) out.push({ start: c.speakerSpan.start, end: c.speakerSpan.end, layer: layerRank.part, close: '</span>', open: part('citation', c.id, 'speaker') });
    if (c.cue) out.push({ start: c.cue.span.start, end: c.cue.span.end, layer: layerRank.part, close: '</span>', open: part('citation', c.id, 'cue') });
  }
  for (const m of corpus.claimMentions.filter((m) => m.article === article.id)) {
    out.push({ start: m.span.start, end: m.span.end, layer: layerRank.claim, close: '</span>', open: attrs('claim', m.id, `stance-${m.stance}`) });
  }
  for (const f of corpus.figures.filter((f) => f.article === article.id)) {
    out.push({ start: f.span.start, end: f.span.end, layer: layerRank.figure, close: '</span>', open: attrs('figure', f.id) });
  }
  for (const m of corpus.entityMentions.filter((m) => m.article === article.id)) {
    out.push({ start: m.span.start, end: m.span.end, layer: layerRank.entity, close: '</span>', open: attrs('entity', m.id, `form-${m.form}`) });
  }
  return out;
}

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4d4d4d; --line: #c8c8c8; --paper: #fff; --accent: #0b5394; --focus: #e69f00; }
* { box-sizing: border-box; }
html { scroll-padding-top: 4.5rem; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; z-index: 10; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: .5rem; }
body > header { background: #f7f9fc; border-bottom: 1px solid var(--line); }
.wrap { max-width: 76rem; margin: 0 auto; padding: 0 1rem; }
body > header .wrap { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; align-items: baseline; padding-top: .6rem; padding-bottom: .6rem; }
body > header h1 { font-size: 1.25rem; margin: 0; }
body > header nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; flex-wrap: wrap; }
main { padding-bottom: 4rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; }
#filters { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 0; display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: center; }
#filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .25rem .9rem; align-items: center; }
#filters legend { font-weight: 600; float: left; margin-right: .5rem; }
#filters select, #claim-select { font: inherit; padding: .2rem .3rem; max-width: 100%; }
#filters label { white-space: nowrap; }
#status { color: var(--muted); margin: 0; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; margin: .5rem 0; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; margin-right: .35em; vertical-align: -.1em; border: 1px solid #0003; }
.key { display: inline-block; padding: 0 .3em; margin-right: .35em; }
.grid2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 2rem; }
.chart { margin: 0; }
.chart svg { width: 100%; height: auto; max-width: 34rem; font-size: 14px; }
.chart svg .who { font-size: 12px; }
.chart svg text { fill: #333; }
.chart .grid { stroke: #e3e3e3; }
.chart .axis { stroke: #555; }
.chart figcaption { font-size: .92rem; color: var(--muted); }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; }
#claim-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .75rem; margin-top: .75rem; }
.col { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.col h3 { font-size: 1rem; margin: 0 0 .25rem; }
.col.absent { color: var(--muted); background: #fafafa; }
.col ol { margin: 0; padding-left: 1.1rem; }
.col li { margin: .4rem 0; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .4em; border-radius: 3px; color: #fff; }
.tie { font-size: .8rem; color: var(--muted); }
.quote { display: block; font-size: .92rem; }
article.doc { border-top: 2px solid var(--line); margin-top: 2rem; }
article.doc h3 { font-size: 1.2rem; margin: 1rem 0 .25rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; font-size: .9rem; color: var(--muted); margin: .25rem 0 1rem; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.02rem; line-height: 1.9; max-width: 46rem; }
.seg.nc { color: #5a5a5a; font-style: italic; font-size: .92em; }
.seg.nc .hl { font-style: italic; }
.hl { border-radius: 2px; cursor: help; }
.hl-entity { border-bottom: 2px dotted #3d5a80; }
.hl-figure { background: #fde68a; box-shadow: 0 0 0 1px #b7791f inset; font-weight: 600; }
.hl-citation, .part-content { background: #dbeafe; }
.part-speaker { box-shadow: 0 -2px 0 #1d4ed8 inset; font-weight: 600; }
.part-cue { font-style: italic; text-decoration: underline double #1d4ed8; }
.hl-claim { border-bottom: 3px solid; padding-bottom: 1px; }
${STANCES.map((s) => `.stance-${s.stance} { border-bottom-color: ${s.colour}; } .badge-${s.stance} { background: ${s.badge}; color: ${s.ink}; }`).join('\n')}
.hide-citation .hl-citation, .hide-citation .part { background: none; box-shadow: none; font-weight: inherit; font-style: inherit; text-decoration: none; cursor: auto; }
.hide-claim .hl-claim { border-bottom: 0; padding-bottom: 0; cursor: auto; }
.hide-figure .hl-figure { background: none; box-shadow: none; font-weight: inherit; cursor: auto; }
.hide-entity .hl-entity { border-bottom: 0; cursor: auto; }
.linked, .hl.linked { outline: 2px solid #1d4ed8; outline-offset: 1px; }
#tip { position: absolute; z-index: 20; max-width: 24rem; background: #fff; color: var(--ink); border: 1px solid #333; border-radius: 6px; box-shadow: 0 4px 16px #0003; padding: .5rem .75rem; font-size: .88rem; line-height: 1.4; }
#tip[hidden] { display: none; }
#tip h4 { margin: 0 0 .2rem; font-size: .9rem; }
#tip dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .6rem; margin: .25rem 0 0; }
#tip dt { color: var(--muted); }
#tip dd { margin: 0; }
#tip section + section { border-top: 1px solid var(--line); margin-top: .4rem; padding-top: .4rem; }
body > footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; padding: 1rem 0 2rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 48rem) {
  .grid2 { grid-template-columns: minmax(0, 1fr); gap: 0; }
  #filters { position: static; }
  .meta { grid-template-columns: 1fr; }
  .meta dd { margin-bottom: .25rem; }
  #tip { position: fixed; left: .5rem !important; right: .5rem; top: auto !important; bottom: .5rem; max-width: none; max-height: 45vh; overflow: auto; }
}
`;

/**
 * Renders the explorer page from the corpus.
 *
 * @param corpus - The corpus (`src/generated/corpus.json`).
 * @param clientScript - The page's script (scripts/docs/explorer-client.js), inlined.
 * @returns The complete HTML document.
 * @throws Error from the chart when the corpus has no `qantar-arrests` figure group.
 *
 * @example
 * ```ts
 * const html = renderExplorer(corpus, readFileSync('scripts/docs/explorer-client.js', 'utf8'));
 * html.match(/data-kind="figure"/g)?.length; //=> corpus.figures.length
 * ```
 */
export function renderExplorer(corpus: Corpus, clientScript: string): string {
  const outletName = (id: string | null) => corpus.outlets.find((o) => o.id === id)?.name ?? id ?? '';
  const authors = [...new Set(corpus.articles.map((a) => a.outlet))].sort((a, b) => outletName(a).localeCompare(outletName(b)));

  const articles = corpus.articles.map((a) => {
    const t = a.translatedFrom;
    const meta: [string, string][] = [
      ['Outlet (author)', outletName(a.outlet)],
      ...(a.publisher ? [['Captured from', outletName(a.publisher)] as [string, string]] : []),
      ['Published', `${a.published.bound === 'not-before' ? 'not before ' : ''}${a.published.date} (${a.published.basis})`],
      ['Genre', a.genre],
      ...(t ? [['Translated', `from ${t.language}, ${t.machine === true ? 'by machine' : t.machine === false ? 'by people' : 'by machine or people (not known)'} (${t.basis})`] as [string, string]] : []),
      ['Article ID', a.id],
    ];
    return `<article class="doc" id="article-${escapeHtml(a.id)}" data-article="${escapeHtml(a.id)}" data-outlet="${escapeHtml(a.outlet)}" aria-labelledby="title-${escapeHtml(a.id)}">
<h3 id="title-${escapeHtml(a.id)}">${escapeHtml(a.title ?? `(untitled) ${a.id}`)}</h3>
<dl class="meta">${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${k === 'Article ID' ? `<code>${escapeHtml(v)}</code>` : escapeHtml(v)}</dd>`).join('')}</dl>
<div class="text" lang="${escapeHtml(a.language)}">${nestSpans(a.text, articleAnnotations(corpus, a))}</div>
</article>`;
  });

  // Claims for the claim view: those mentioned by the most outlets first.
  const articleOutlet = new Map(corpus.articles.map((a) => [a.id, a.outlet]));
  const claimOptions = corpus.claims
    .map((c) => {
      const mentions = corpus.claimMentions.filter((m) => m.claim === c.id);
      return { claim: c, mentions: mentions.length, outlets: new Set(mentions.map((m) => articleOutlet.get(m.article))).size };
    })
    .filter((c) => c.mentions > 0)
    .sort((a, b) => b.outlets - a.outlets || b.mentions - a.mentions || a.claim.id.localeCompare(b.claim.id));

  // The data the script needs for details and the claim view (the texts are in the page already).
  const data = {
    outlets: corpus.outlets,
    articles: corpus.articles.map(({ text: _text, segments: _segments, ...rest }) => rest),
    entities: corpus.entities,
    events: corpus.events,
    claims: corpus.claims,
    claimMentions: corpus.claimMentions,
    entityMentions: corpus.entityMentions,
    figures: corpus.figures,
    figureGroups: corpus.figureGroups,
    citations: corpus.citations,
    stances: STANCES,
  };
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const layerBoxes = LAYERS.map((l) => `<label title="${escapeHtml(l.help)}"><input type="checkbox" name="layer" value="${l.kind}" checked> ${l.label}</label>`).join('');
  const stanceKey = STANCES.map((s) => `<li><span class="badge badge-${s.stance}">${s.stance}</span> ${escapeHtml(s.help)}</li>`).join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Corpus explorer · qantar-corpus ${escapeHtml(corpus.corpusVersion)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#articles">Skip to the articles</a>
<header><div class="wrap"><h1>qantar-corpus explorer <small>${escapeHtml(corpus.corpusVersion)}</small></h1>
<nav aria-label="Site"><ul><li><a href="../index.html">Guides</a></li><li><a href="../api/index.html">API reference</a></li><li><a href="#claim-view">Claim view</a></li><li><a href="#chart">Arrest figures</a></li><li><a href="#articles">Articles</a></li></ul></nav></div></header>
<main id="main" class="wrap">
<p>Each article of the corpus in full, as captured, with its annotations highlighted. Hover over or tab to a highlight to see its record. Dimmed, italic text is not article content (page furniture, credits, links added by the site). Select a claim below to see how each outlet treats it.</p>
<ul class="legend" aria-label="Highlight key">
<li><span class="key hl-figure">7,939</span>figure</li>
<li><span class="key"><span class="part-speaker">Speaker</span> <span class="part-cue">said</span> <span class="hl-citation">content</span></span>citation</li>
<li><span class="key hl-claim stance-asserts">claim</span>claim mention (underline colour: stance)</li>
<li><span class="key hl-entity">Name</span>entity mention</li>
</ul>
<form id="filters" aria-label="Filters">
<fieldset><legend>Outlet</legend><label for="outlet-filter" class="visually-hidden">Show articles by</label>
<select id="outlet-filter"><option value="">All outlets</option>${authors.map((o) => `<option value="${escapeHtml(o)}">${escapeHtml(outletName(o))}</option>`).join('')}</select></fieldset>
<fieldset><legend>Layers</legend>${layerBoxes}</fieldset>
<p id="status" role="status" aria-live="polite">Showing all ${corpus.articles.length} articles.</p>
</form>
<div class="grid2">
<section id="claim-view" aria-labelledby="claim-view-title">
<h2 id="claim-view-title">Claim view: one claim across outlets</h2>
<label for="claim-select">Claim</label><br>
<select id="claim-select">${claimOptions.map((c) => `<option value="${escapeHtml(c.claim.id)}">${escapeHtml(c.claim.proposition)} (${c.outlets} outlet${c.outlets === 1 ? '' : 's'})</option>`).join('')}</select>
<p id="claim-proposition" aria-live="polite"></p>
<ul class="legend" aria-label="Stances">${stanceKey}</ul>
<div id="claim-grid"></div>
</section>
<section id="chart" aria-labelledby="chart-heading">
<h2 id="chart-heading">Arrest figures over time</h2>
${renderSeriesChart(corpus, 'qantar-arrests')}
</section>
</div>
<section id="articles" aria-labelledby="articles-heading" tabindex="-1">
<h2 id="articles-heading">Articles</h2>
${articles.join('\n')}
</section>
</main>
<div id="tip" role="tooltip" hidden></div>
<footer><div class="wrap">Generated by scripts/docs/build-explorer.ts from corpus ${escapeHtml(corpus.corpusVersion)} (schema ${escapeHtml(corpus.schemaVersion)}). Article texts remain the copyright of their publishers. This page makes no network requests.</div></footer>
<script type="application/json" id="explorer-data">${json}</script>
<script>${clientScript}</script>
</body>
</html>
`;
}
