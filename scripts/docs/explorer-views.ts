// The explorer's views, rendered at build time: the overview (the claims x outlets stance table),
// claims (one claim across outlets, or every claim about a subject, with speakers and relay chains),
// who said what (a speaker's or entity's citations per outlet), figures (a chart per figure group)
// and the texts with their layers. The page's script only shows, hides and filters these.
import type { Article, Citation, ClaimMention, Entity } from '../../src/generated/types.js';
import { type ExplorerContext, js, MODE_HELP, quote, speakerChain, stateHref, tieWords, VOICE_WORDS } from './explorer-context.js';
import { LAYERS, recordKey, type RecordDetails, segmentRecords, showInText } from './explorer-layers.js';
import { chartKey, chartTable, renderFigureChart } from './figure-chart.js';
import { escapeHtml } from './layout.js';
import { nestSpans, type Annotation } from './nest-spans.js';
import { cellKey, HEATMAP_KEY, heatmapRows, heatmapTable } from './stance-heatmap.js';

/** The side panel's text for every record key of the page (`figure:<id>`, `cell:<claim>|<outlet>`…), as HTML. */
export type DetailsMap = Record<string, string>;

/** Renders a record's details for the side panel. */
export function detailsHtml(key: string, d: RecordDetails): string {
  const include = d.include ? `<div data-include="${escapeHtml(d.include)}"></div>` : '';
  return `<section class="rec" data-key="${escapeHtml(key)}"><h3>${escapeHtml(d.title)}</h3>${rowsHtml(d.rows)}${include}${linksHtml(d.links)}${apiLine(d.api)}</section>`;
}

const rowsHtml = (rows: RecordDetails['rows']) => `<dl>${rows.filter(([, v]) => v !== '').map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
const linksHtml = (links: RecordDetails['links']) => (links.length ? `<ul class="actions">${links.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></li>`).join('')}</ul>` : '');

/** The shared parts of every layer, keyed like records (`entity-info:<id>`). */
function sharedParts(ctx: ExplorerContext, details: DetailsMap): void {
  for (const layer of LAYERS) for (const part of layer.shared?.(ctx) ?? []) details[part.key] = `${rowsHtml(part.rows)}${linksHtml(part.links)}`;
}

/**
 * "Same in code": a public-API expression with a copy button. With `options`, the page's script
 * fills the `{options}` slot with the voice filter, as a property of the options object (`inner`:
 * `stanceMatrix({ claims, voice })`) or as an options argument (`outer`: `claimsAbout(s, { voice })`).
 */
export function apiLine(api: string, options?: 'inner' | 'outer'): string {
  const template = options ? ` data-api-template="${escapeHtml(api)}" data-api-options="${options}"` : '';
  return `<p class="api"><span class="api-label">Same in code:</span> <code${template}>${escapeHtml(api.replace('{options}', ''))}</code> <button type="button" class="copy">Copy</button></p>`;
}

const voiceClass = (voice: ClaimMention['voice']) => (voice === 'authorial' ? 'sv sv-own' : 'sv sv-quoted');
const stanceWord = (m: ClaimMention) => (m.voice === 'authorial' ? m.stance : `“${m.stance}”`);

/** Who the words of an attributed mention are: speaker, relay chain and cue. */
function attribution(ctx: ExplorerContext, m: ClaimMention): string {
  if (m.voice === 'authorial') return '<p class="who">In the outlet’s own voice.</p>';
  const c = ctx.citation(m.citation);
  if (!c) return '<p class="who">Quoted (no citation recorded).</p>';
  return `<p class="who">Said by <strong data-speaker="${escapeHtml(c.speaker ?? '')}">${escapeHtml(c.speaker ? ctx.name(c.speaker) : 'no one: a scare quote')}</strong>${c.relay.length ? `, relayed by <span data-relay>${escapeHtml(c.relay.map((r) => ctx.name(r.entity)).join(' ← '))}</span>` : ''}${c.cue ? `; cue “${escapeHtml(c.cue.span.text)}”` : ''}; ${escapeHtml(c.mode)}.</p>`;
}

function mentionItem(ctx: ExplorerContext, m: ClaimMention, withClaim: boolean): string {
  const claim = withClaim ? ctx.corpus.claims.find((c) => c.id === m.claim) : undefined;
  return `<li class="mention" data-mention="${escapeHtml(m.id)}" data-voice="${m.voice}" data-stance="${m.stance}">
<span class="${voiceClass(m.voice)}">${stanceWord(m)}</span> <span class="muted">${VOICE_WORDS[m.voice]}, ${m.assertion}</span>${claim ? ` <a href="${escapeHtml(stateHref({ view: 'claims', claim: claim.id }))}">${escapeHtml(claim.proposition)}</a>` : ''}
<blockquote class="quote">${quote(m.span.text, 280)}</blockquote>${attribution(ctx, m)}
<p class="row-links"><a href="${escapeHtml(showInText('claim', m.id))}">Show in text</a> <button type="button" class="linkish" data-sel="${escapeHtml(recordKey('claim', m.id))}">Details</button></p></li>`;
}

/** The views' record keys that are not layer records: heatmap cells. */
function cellDetails(ctx: ExplorerContext, claim: string, outlet: string, mentions: readonly ClaimMention[]): string {
  const c = ctx.corpus.claims.find((x) => x.id === claim);
  // The passages are the claim view's, copied in by the page's script when the cell is selected.
  const body = `<p class="cell-mentions">${mentions.length} passage${mentions.length === 1 ? '' : 's'}.</p>`;
  const api = `stanceMatrix({ claims: [${js(claim)}] }).cells.find((c) => c.outlet === ${js(outlet)})`;
  return `<section class="rec" data-key="${escapeHtml(cellKey(claim, outlet))}"><h3>${escapeHtml(ctx.name(outlet))} on this claim</h3><p>${escapeHtml(c?.proposition ?? claim)}</p>${body}<ul class="actions"><li><a href="${escapeHtml(stateHref({ view: 'claims', claim }))}">This claim across outlets</a></li></ul>${apiLine(api)}</section>`;
}

// ---------------------------------------------------------------- overview

function overviewView(ctx: ExplorerContext, details: DetailsMap): string {
  const rows = heatmapRows(ctx);
  for (const row of rows) for (const cell of row.cells.values()) details[cellKey(cell.claim, cell.outlet)] = cellDetails(ctx, cell.claim, cell.outlet, cell.mentions);
  const wide = rows.filter((r) => r.cells.size >= 2).length;
  const rfa = ctx.corpus.articles.find((a) => a.publisher !== null);
  // The questions of issue 17 as starting points; one whose record is not in the corpus is left out, never linked to nothing.
  const { corpus } = ctx;
  const questions: [string, string, boolean][] = [
    ['Which outlets call the unrest a color revolution, and in whose voice?', stateHref({ view: 'claims', about: 'color-revolution' }), corpus.claims.some((c) => c.subjects.includes('color-revolution' as never))],
    ['What is Xi Jinping quoted as saying in each outlet?', stateHref({ view: 'speakers', speaker: 'xi-jinping' }), corpus.citations.some((c) => c.speaker === 'xi-jinping')],
    [`Which parts of the ${ctx.name(rfa?.outlet ?? null)} text did ${ctx.name(rfa?.publisher ?? null)} add?`, stateHref({ view: 'read', article: rfa?.id ?? '' }), rfa !== undefined],
    ['How did the arrest count grow across outlets and days, and who gave each number?', stateHref({ view: 'figures', group: 'qantar-arrests' }), corpus.figures.some((f) => f.group === 'qantar-arrests')],
  ];
  return `<section class="view" id="view-overview" data-view="overview" aria-labelledby="h-overview">
<h2 id="h-overview" tabindex="-1">How each outlet treats each claim</h2>
<p>Each row is one claim, each column one outlet; a cell says what stance the outlet takes toward the claim and in whose voice. Select a cell for its passages, a claim for the claim across outlets, a subject for all claims about it.</p>
<nav class="questions" aria-labelledby="h-questions"><h3 id="h-questions">Start from a question</h3><ul>${questions.filter(([, , known]) => known).map(([q, href]) => `<li><a href="${escapeHtml(href)}">${escapeHtml(q)}</a></li>`).join('')}</ul></nav>
<p class="heat-controls"><label><input type="checkbox" id="heat-all"> Show all ${rows.length} claims (now: the ${wide} that two or more outlets mention)</label></p>
${HEATMAP_KEY}
<div class="table-scroll" tabindex="0" role="region" aria-label="Stance table">${heatmapTable(ctx, rows)}</div>
${apiLine('stanceMatrix()')}
</section>`;
}

// ---------------------------------------------------------------- claims

function claimsView(ctx: ExplorerContext): string {
  const { corpus } = ctx;
  const mentionsOf = new Map<string, ClaimMention[]>();
  for (const m of corpus.claimMentions) mentionsOf.set(m.claim, [...(mentionsOf.get(m.claim) ?? []), m]);
  const withMentions = corpus.claims.filter((c) => mentionsOf.has(c.id));
  const subjects = [...new Set(withMentions.flatMap((c) => c.subjects))]
    .map((s) => ({ id: s, entity: ctx.entity(s), claims: withMentions.filter((c) => c.subjects.includes(s)) }))
    .sort((a, b) => b.claims.length - a.claims.length || ctx.name(a.id).localeCompare(ctx.name(b.id)));
  const outletCount = (claim: string) => new Set((mentionsOf.get(claim) ?? []).map((m) => ctx.outletOf(m.article))).size;
  const voices = (claim: string) => [...new Set((mentionsOf.get(claim) ?? []).map((m) => m.voice))].join(' ');
  const searchText = (...parts: (string | null | undefined)[]) => escapeHtml(parts.filter(Boolean).join(' ').toLowerCase());
  const entityWords = (e: Entity | undefined) => [e?.name, ...(e?.aliases.map((a) => a.name) ?? [])].join(' ');

  const list = subjects.map((s) => {
    const items = s.claims
      .sort((a, b) => outletCount(b.id) - outletCount(a.id) || a.proposition.localeCompare(b.proposition))
      .map((c) => `<li class="claim-item" data-claim="${escapeHtml(c.id)}" data-voices="${voices(c.id)}" data-search="${searchText(c.proposition, c.id, c.keywords.join(' '), entityWords(s.entity))}"><a href="${escapeHtml(stateHref({ view: 'claims', claim: c.id }))}">${escapeHtml(c.proposition)}</a> <span class="muted">${outletCount(c.id)} outlet${outletCount(c.id) === 1 ? '' : 's'}</span></li>`).join('');
    const subjectVoices = [...new Set(s.claims.flatMap((c) => voices(c.id).split(' ')))].join(' ');
    return `<section class="subject" data-subject="${escapeHtml(s.id)}" data-voices="${subjectVoices}" data-search="${searchText(entityWords(s.entity), s.id)}"><h3><a href="${escapeHtml(stateHref({ view: 'claims', about: s.id }))}">${escapeHtml(ctx.name(s.id))}</a> <span class="muted">${s.claims.length} claim${s.claims.length === 1 ? '' : 's'}</span></h3><ul>${items}</ul></section>`;
  }).join('');

  const claimCards = withMentions.map((c) => {
    const mentions = mentionsOf.get(c.id) ?? [];
    const silent = ctx.authors.filter((o) => !mentions.some((m) => ctx.outletOf(m.article) === o.id));
    const columns = ctx.authors.filter((o) => !silent.includes(o)).map((o) => {
      const own = mentions.filter((m) => ctx.outletOf(m.article) === o.id);
      const head = `<h4>${escapeHtml(o.name)}</h4><p class="tie">${escapeHtml(tieWords(o))}</p>`;
      return `<section class="outlet-col" data-outlet="${escapeHtml(o.id)}">${head}<ol class="mentions">${own.map((m) => mentionItem(ctx, m, false)).join('')}</ol><p class="none-in-voice" hidden>None in this voice.</p></section>`;
    }).join('') + (silent.length ? `<p class="silent" data-silent="${escapeHtml(silent.map((o) => o.id).join(' '))}">Not mentioned by ${escapeHtml(silent.map((o) => o.name).join(', '))}.</p>` : '');
    return `<article class="card claim-card" data-claim="${escapeHtml(c.id)}" aria-labelledby="claim-h-${escapeHtml(c.id)}" hidden>
<h3 id="claim-h-${escapeHtml(c.id)}" tabindex="-1">${escapeHtml(c.proposition)}</h3>
<dl class="meta"><dt>Claim ID</dt><dd><code>${escapeHtml(c.id)}</code></dd><dt>About</dt><dd>${c.subjects.map((s) => `<a href="${escapeHtml(stateHref({ view: 'claims', about: s }))}">${escapeHtml(ctx.name(s))}</a>`).join(', ')}</dd>${c.event ? `<dt>Event</dt><dd>${escapeHtml(ctx.name(c.event))}</dd>` : ''}${c.keywords.length ? `<dt>Keywords</dt><dd>${escapeHtml(c.keywords.join(', '))}</dd>` : ''}${c.notes ? `<dt>Note</dt><dd>${escapeHtml(c.notes)}</dd>` : ''}</dl>
${apiLine(`stanceMatrix({ claims: [${js(c.id)}]{options} })`, 'inner')}
<div class="outlet-cols">${columns}</div></article>`;
  }).join('\n');

  const aboutCards = subjects.map((s) => {
    const mentions = s.claims.flatMap((c) => mentionsOf.get(c.id) ?? []);
    const rows = ctx.authors.map((o) => {
      const own = mentions.filter((m) => ctx.outletOf(m.article) === o.id);
      const cell = (voice: ClaimMention['voice']) => {
        const list = own.filter((m) => m.voice === voice);
        return `<td class="voice-${voice}" data-label="${voice === 'authorial' ? 'In its own voice' : 'In words it quotes'}">${list.length ? `<ul>${list.map((m) => {
          const claim = ctx.corpus.claims.find((c) => c.id === m.claim);
          const cit = ctx.citation(m.citation);
          const who = voice === 'attributed' && cit ? ` <span class="who-inline">said by <strong data-speaker="${escapeHtml(cit.speaker ?? '')}">${escapeHtml(cit.speaker ? ctx.name(cit.speaker) : 'no one (scare quote)')}</strong>${cit.relay.length ? `, relayed by ${escapeHtml(cit.relay.map((r) => ctx.name(r.entity)).join(' ← '))}` : ''}</span>` : '';
          return `<li class="mention" data-voice="${m.voice}" data-stance="${m.stance}" data-claim="${escapeHtml(m.claim)}"><span class="${voiceClass(m.voice)}">${stanceWord(m)}</span> <span class="muted">(${m.assertion})</span> <a href="${escapeHtml(stateHref({ view: 'claims', claim: m.claim }))}">${escapeHtml(claim?.proposition ?? m.claim)}</a>${who} <a class="small" href="${escapeHtml(showInText('claim', m.id))}">Show in text</a></li>`;
        }).join('')}</ul>` : ''}<span class="none"${list.length ? ' hidden' : ''}>—</span></td>`;
      };
      return `<tr data-outlet="${escapeHtml(o.id)}"${own.length ? '' : ' class="absent"'}><th scope="row">${escapeHtml(o.name)}<span class="tie">${escapeHtml(tieWords(o))}</span></th>${cell('authorial')}${cell('attributed')}</tr>`;
    }).join('');
    return `<article class="card about-card" data-about="${escapeHtml(s.id)}" aria-labelledby="about-h-${escapeHtml(s.id)}" hidden>
<h3 id="about-h-${escapeHtml(s.id)}" tabindex="-1">Claims about ${escapeHtml(ctx.name(s.id))}</h3>
<p>${escapeHtml(s.entity?.description ?? '')} ${s.claims.length} claim${s.claims.length === 1 ? '' : 's'}, ${mentions.length} passage${mentions.length === 1 ? '' : 's'}.</p>
${apiLine(`claimsAbout(${js(s.id)}{options})`, 'outer')}
<div class="table-scroll" tabindex="0" role="region" aria-label="Claims about ${escapeHtml(ctx.name(s.id))} by outlet"><table class="about-table"><thead><tr><th scope="col">Outlet</th><th scope="col" class="voice-authorial">In its own voice</th><th scope="col" class="voice-attributed">In words it quotes (whose)</th></tr></thead><tbody>${rows}</tbody></table></div>
</article>`;
  }).join('\n');

  return `<section class="view" id="view-claims" data-view="claims" aria-labelledby="h-claims" hidden>
<h2 id="h-claims" tabindex="-1">Claims</h2>
<div class="split">
<div class="picker">
<label for="claim-search">Find a claim or subject</label>
<input type="search" id="claim-search" autocomplete="off" spellcheck="false" aria-controls="claim-list" aria-describedby="claim-count" placeholder="color revolution, Tokayev, CSTO…">
<fieldset class="radios" id="claim-mode"><legend>List</legend><label><input type="radio" name="mode" value="" checked> Claims, by subject</label><label><input type="radio" name="mode" value="about"> Subjects only (claims about…)</label></fieldset>
<fieldset class="radios" id="voice-filter"><legend>Voice</legend><label><input type="radio" name="voice" value="" checked> Any</label><label><input type="radio" name="voice" value="authorial"> Outlet’s own</label><label><input type="radio" name="voice" value="attributed"> Quoted</label></fieldset>
<p id="claim-count" class="muted" role="status" aria-live="polite"></p>
<div id="claim-list" class="list">${list}</div>
</div>
<div class="detail" id="claim-detail">
<p class="placeholder">Pick a claim to see it in every outlet, or a subject to see every claim about it.</p>
${claimCards}
${aboutCards}
</div>
</div>
</section>`;
}

// ---------------------------------------------------------------- who said what

function citationItem(ctx: ExplorerContext, c: Citation): string {
  const occasion = [c.channel && c.channel !== 'unspecified' ? c.channel : '', c.event ? ctx.name(c.event) : '', c.said ? `said ${c.said.date}` : ''].filter(Boolean).join('; ');
  return `<li class="citation-item" data-citation="${escapeHtml(c.id)}" data-mode="${c.mode}">
<p class="cite-head"><span class="mode">${escapeHtml(c.mode)}</span> <span class="muted">(${escapeHtml(MODE_HELP[c.mode])})</span> · cue ${c.cue ? `<span class="cue">${escapeHtml(c.cue.verb)}</span> <span class="muted">“${escapeHtml(c.cue.span.text)}”</span>` : '<span class="cue">none</span>'}</p>
<blockquote class="quote">${c.content.map((s) => quote(s.text, 600)).join(' … ')}</blockquote>
<p class="who">${occasion ? `${escapeHtml(occasion)}. ` : ''}${c.relay.length ? `Relayed by ${escapeHtml(c.relay.map((r) => ctx.name(r.entity)).join(' ← '))}. ` : ''}${c.addressee ? `To ${escapeHtml(ctx.name(c.addressee))}.` : ''}</p>
<p class="row-links"><a href="${escapeHtml(showInText('citation', c.id))}">Show in text</a> <button type="button" class="linkish" data-sel="${escapeHtml(recordKey('citation', c.id))}">Details</button></p></li>`;
}

function speakersView(ctx: ExplorerContext): string {
  const { corpus } = ctx;
  const speakers = [...new Set(corpus.citations.map((c) => c.speaker).filter((s): s is NonNullable<typeof s> => s !== null))];
  const mentioned = [...new Set(corpus.entityMentions.map((m) => m.entity as string))].filter((e) => !speakers.includes(e as never));
  const count = (id: string) => corpus.citations.filter((c) => c.speaker === id).length;
  const outletsOf = (id: string) => new Set(corpus.citations.filter((c) => c.speaker === id).map((c) => ctx.outletOf(c.article))).size;
  const search = (e: Entity | undefined, id: string) => escapeHtml([e?.name, id, e?.role, ...(e?.aliases.map((a) => a.name) ?? [])].filter(Boolean).join(' ').toLowerCase());
  const item = (id: string, extra: string) => `<li data-speaker="${escapeHtml(id)}" data-search="${search(ctx.entity(id), id)}"><a href="${escapeHtml(stateHref({ view: 'speakers', speaker: id }))}">${escapeHtml(ctx.name(id))}</a> <span class="muted">${extra}</span></li>`;
  const sortedSpeakers = speakers.sort((a, b) => count(b) - count(a) || ctx.name(a).localeCompare(ctx.name(b)));
  const list = `<section><h3>Quoted speakers</h3><ul>${sortedSpeakers.map((s) => item(s, `${count(s)} citation${count(s) === 1 ? '' : 's'}, ${outletsOf(s)} outlet${outletsOf(s) === 1 ? '' : 's'}`)).join('')}</ul></section>
<section><h3>Named, never quoted</h3><ul>${mentioned.sort((a, b) => ctx.name(a).localeCompare(ctx.name(b))).map((e) => item(e, `${corpus.entityMentions.filter((m) => m.entity === e).length} mentions`)).join('')}</ul></section>`;

  const cards = [...sortedSpeakers, ...mentioned].map((id) => {
    const e = ctx.entity(id);
    const own = corpus.citations.filter((c) => c.speaker === id);
    const relayed = corpus.citations.filter((c) => c.relay.some((r) => r.entity === id));
    const perOutlet = ctx.authors.map((o) => {
      const list = own.filter((c) => ctx.outletOf(c.article) === o.id);
      const mentions = corpus.entityMentions.filter((m) => m.entity === id && ctx.outletOf(m.article) === o.id);
      const named = mentions.length ? `Named ${mentions.length} time${mentions.length === 1 ? '' : 's'} (${[...new Set(mentions.map((m) => `“${m.span.text}”`))].slice(0, 6).map(escapeHtml).join(', ')}).` : 'Not named.';
      return `<section class="outlet-block${list.length ? '' : ' absent'}" data-outlet="${escapeHtml(o.id)}"><h4>${escapeHtml(o.name)} <span class="muted">${list.length} citation${list.length === 1 ? '' : 's'}</span></h4><p class="tie">${escapeHtml(tieWords(o))}. ${named}</p>${list.length ? `<ol class="citations">${list.map((c) => citationItem(ctx, c)).join('')}</ol>` : '<p>Quotes nothing from this speaker.</p>'}</section>`;
    }).join('');
    const subject = corpus.claims.some((c) => c.subjects.includes(id as never));
    return `<article class="card speaker-card" data-speaker="${escapeHtml(id)}" aria-labelledby="speaker-h-${escapeHtml(id)}" hidden>
<h3 id="speaker-h-${escapeHtml(id)}" tabindex="-1">${escapeHtml(ctx.name(id))}</h3>
${e?.role ? `<p>${escapeHtml(e.role)}</p>` : ''}<p class="muted">${escapeHtml(`${e?.kind ?? ''}: ${e?.description ?? ''}`)}</p>
${own.length ? apiLine(`citations({ speaker: ${js(id)} })`) : apiLine(`corpus.entityMentions.filter((m) => m.entity === ${js(id)})`)}
${subject ? `<p><a href="${escapeHtml(stateHref({ view: 'claims', about: id }))}">Claims about ${escapeHtml(ctx.name(id))}</a></p>` : ''}
${perOutlet}
${relayed.length ? `<section class="outlet-block"><h4>Words ${escapeHtml(ctx.name(id))} passed on</h4><ol class="citations">${relayed.map((c) => `<li>${escapeHtml(speakerChain(ctx, c))} in ${escapeHtml(ctx.name(ctx.outletOf(c.article)))}: ${c.content.map((s) => quote(s.text, 200)).join(' … ')} <a href="${escapeHtml(showInText('citation', c.id))}">Show in text</a></li>`).join('')}</ol></section>` : ''}
</article>`;
  }).join('\n');

  return `<section class="view" id="view-speakers" data-view="speakers" aria-labelledby="h-speakers" hidden>
<h2 id="h-speakers" tabindex="-1">Who said what</h2>
<div class="split">
<div class="picker">
<label for="speaker-search">Find a speaker or entity</label>
<input type="search" id="speaker-search" autocomplete="off" spellcheck="false" aria-controls="speaker-list" aria-describedby="speaker-count" placeholder="Xi Jinping, Wang Yi, ministry…">
<p id="speaker-count" class="muted" role="status" aria-live="polite"></p>
<div id="speaker-list" class="list">${list}</div>
</div>
<div class="detail" id="speaker-detail">
<p class="placeholder">Pick a speaker to see what each outlet quotes them as saying: mode, cue and the words, each with a link to the passage.</p>
${cards}
</div>
</div>
</section>`;
}

// ---------------------------------------------------------------- figures

function figuresView(ctx: ExplorerContext): string {
  const { corpus } = ctx;
  const cards = corpus.figureGroups.map((g) => {
    const chart = renderFigureChart(ctx, g.id, { interactive: true, idPrefix: `chart-${g.id}` });
    const body = chart.svg
      ? `<figure class="chart"><div class="chart-scroll" tabindex="0" role="region" aria-label="${escapeHtml(g.label)}: chart">${chart.svg}</div><figcaption>${chartKey(ctx, chart.points)}</figcaption></figure>
<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(g.label)}: data">${chartTable(ctx, chart.points, true)}</div>
${apiLine(`figureSeries(${js(g.id)})`)}`
      : '<p>No figure in the corpus gives this quantity yet.</p>';
    return `<section class="card chart-card" id="group-${escapeHtml(g.id)}" data-group="${escapeHtml(g.id)}" aria-labelledby="group-h-${escapeHtml(g.id)}">
<h3 id="group-h-${escapeHtml(g.id)}" tabindex="-1">${escapeHtml(g.label)}</h3>
<p>${escapeHtml(g.description)} Measures: ${escapeHtml(g.measures.join(', '))}. ${chart.points.length} figure${chart.points.length === 1 ? '' : 's'}.</p>
${body}</section>`;
  }).join('\n');
  const loose = corpus.figures.filter((f) => f.group === null);
  const looseRows = loose.map((f) => `<tr data-figure="${escapeHtml(f.id)}"><td>${escapeHtml(ctx.name(ctx.outletOf(f.article)))}</td><td>“${escapeHtml(f.span.text)}”</td><td>${escapeHtml(f.measure)}: ${escapeHtml(f.counted)}</td><td><a href="${escapeHtml(showInText('figure', f.id))}">Show in text</a></td></tr>`).join('');
  return `<section class="view" id="view-figures" data-view="figures" aria-labelledby="h-figures" hidden>
<h2 id="h-figures" tabindex="-1">Figures</h2>
<p>Every figure group (a quantity several outlets give) as a chart: each figure at the day it describes (or the day its article was published, when the text gives no date). Each point is a link to the figure in its text.</p>
<nav aria-label="Figure groups"><ul class="inline-list">${corpus.figureGroups.map((g) => `<li><a href="${escapeHtml(stateHref({ view: 'figures', group: g.id }))}">${escapeHtml(g.label)}</a></li>`).join('')}</ul></nav>
<div class="charts">${cards}</div>
<section class="card" aria-labelledby="h-loose"><h3 id="h-loose">Figures in no group</h3><p>${loose.length} figures that no other outlet gives.</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Figures in no group"><table class="data"><thead><tr><th scope="col">Outlet</th><th scope="col">Wording</th><th scope="col">What</th><th scope="col"><span class="visually-hidden">Link</span></th></tr></thead><tbody>${looseRows}</tbody></table></div></section>
</section>`;
}

// ---------------------------------------------------------------- texts

/** The annotations of one article for {@link nestSpans}: its segments and every layer's records. */
function articleAnnotations(ctx: ExplorerContext, article: Article, details: DetailsMap): Annotation[] {
  const out: Annotation[] = [];
  const after = new Set<number>();
  article.segments.forEach((s, i) => {
    // A separator that follows a non-content segment which itself follows a separator (or starts the text) is hidden with it.
    if (s.kind === 'separator' && i > 0) {
      const prev = article.segments[i - 1];
      const before = article.segments[i - 2];
      if (prev && !prev.content && prev.kind !== 'separator' && (i - 1 === 0 || before?.kind === 'separator')) after.add(i);
    }
  });
  for (const rec of segmentRecords(ctx, article)) details[recordKey('segment', rec.id)] = detailsHtml(recordKey('segment', rec.id), rec.details);
  article.segments.forEach((s, i) => {
    const classes = s.kind === 'separator' ? `sep${after.has(i) ? ' after-nc' : ''}` : `seg seg-${s.kind}${s.content ? '' : ' nc'}${s.origin === 'publisher' ? ' origin-publisher' : ''}`;
    const label = s.kind === 'separator' || s.kind === 'body' ? '' : ` data-label="${escapeHtml(`${s.kind.replace(/-/g, ' ')}${s.origin === 'publisher' ? ` · added by ${ctx.name(article.publisher)}` : ''}`)}"`;
    out.push({
      start: s.span.start, end: s.span.end, layer: 0, close: '</span>',
      open: () => `<span class="${classes}"${s.kind === 'separator' ? '' : ` data-kind="segment" data-id="${escapeHtml(`${article.id}#${i}`)}"`}${label}>`,
    });
  });
  for (const layer of LAYERS) {
    for (const r of layer.records(ctx, article)) {
      const key = recordKey(layer.kind, r.id);
      details[key] = detailsHtml(key, r.details);
      const cls = `hl hl-${layer.kind}${r.classes?.length ? ` ${r.classes.join(' ')}` : ''}`;
      out.push({
        start: r.span.start, end: r.span.end, layer: layer.rank, close: '</span>',
        open: (continued) => continued
          ? `<span class="${cls}" data-ref="${escapeHtml(key)}">`
          : `<span class="${cls}" data-kind="${layer.kind}" data-id="${escapeHtml(r.id)}" tabindex="0">`,
      });
      for (const p of r.parts ?? []) {
        out.push({ start: p.start, end: p.end, layer: 90, close: '</span>', open: () => `<span class="part part-${p.part}" data-ref="${escapeHtml(key)}" data-part="${p.part}">` });
      }
    }
  }
  return out;
}

function marginLabels(ctx: ExplorerContext, article: Article): string {
  return article.segments.map((s, i) => {
    if (s.kind === 'separator' || (s.kind === 'body' && !s.note && s.origin !== 'publisher')) return '';
    // Short enough to sit beside its text: kind, who put it there, and the start of the note (the panel shows all of it).
    const origin = s.origin === 'publisher' ? `added by ${ctx.name(article.publisher)}` : 'by the author';
    const key = recordKey('segment', `${article.id}#${i}`);
    const said = `${s.content ? '' : ', not article content'}: ${s.span.text.length > 60 ? `${s.span.text.slice(0, 59)}…` : s.span.text}`;
    return `<button type="button" class="seglabel${s.origin === 'publisher' ? ' origin-publisher' : ''}${s.content ? '' : ' nc'}" data-sel="${escapeHtml(key)}" data-seg="${i}" data-origin="${s.origin ?? ''}"><span class="k">${escapeHtml(s.kind.replace(/-/g, ' '))}</span><span class="o">${escapeHtml(origin)}<span class="visually-hidden">${escapeHtml(said)}</span></span>${s.note ? `<span class="n">${escapeHtml(s.note)}</span>` : ''}</button>`;
  }).join('');
}

function readView(ctx: ExplorerContext, details: DetailsMap): string {
  const { corpus } = ctx;
  const options = corpus.articles.map((a) => `<option value="${escapeHtml(a.id)}">${escapeHtml(`${ctx.name(a.outlet)}: ${a.title ?? '(no headline)'} (${a.published.date})`)}</option>`).join('');
  const switches = LAYERS.map((l) => `<label title="${escapeHtml(l.help)}"><input type="checkbox" name="layer" value="${l.kind}"${l.defaultOn ? ' checked' : ''}> ${escapeHtml(l.label)} <span class="count" data-count="${l.kind}"></span></label>`).join('');
  const keys = layerKeys();
  const docs = corpus.articles.map((a) => {
    const framing = corpus.framing.find((f) => f.article === a.id);
    const t = a.translatedFrom;
    const meta: [string, string][] = [
      ['Written by', `${escapeHtml(ctx.name(a.outlet))} <span class="muted">(${escapeHtml(tieWords(ctx.outlet(a.outlet)))})</span>`],
      ...(a.publisher ? [['Captured from', `${escapeHtml(ctx.name(a.publisher))} <span class="muted">(${escapeHtml(ctx.outlet(a.publisher)?.kind ?? '')}; it republished the text)</span>`] as [string, string]] : []),
      ['Published', escapeHtml(`${a.published.bound === 'not-before' ? 'not before ' : ''}${a.published.date} (${a.published.basis})`)],
      ['Genre', escapeHtml(`${a.genre}${framing ? `; ${framing.genre} (SemEval)` : ''}`)],
      ...(t ? [['Translated', escapeHtml(`from ${t.language}, ${t.machine === true ? 'by machine' : t.machine === false ? 'by people' : 'by machine or people (not known)'} (${t.basis})`)] as [string, string]] : []),
      ...(a.derivedFrom.length ? [['Derived from', a.derivedFrom.map((d) => escapeHtml(`${d.relation} ${d.outlet ? ctx.name(d.outlet) : d.title ?? 'a source'} (${d.basis})`)).join(' ← ')] as [string, string]] : []),
      ...(framing?.frames.length ? [['Frames', escapeHtml(framing.frames.map((f) => f.frame.replace(/_/g, ' ')).join(', '))] as [string, string]] : []),
      ['Article ID', `<code>${escapeHtml(a.id)}</code>`],
    ];
    const publisherSegments = a.segments.filter((s) => s.origin === 'publisher').length;
    return `<article class="doc" id="article-${escapeHtml(a.id)}" data-article="${escapeHtml(a.id)}" data-outlet="${escapeHtml(a.outlet)}" aria-labelledby="title-${escapeHtml(a.id)}" hidden>
<h3 id="title-${escapeHtml(a.id)}" tabindex="-1">${escapeHtml(a.title ?? `(no headline) ${a.id}`)}</h3>
<dl class="meta">${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>
${a.publisher ? `<p class="origin-note">${publisherSegments} segment${publisherSegments === 1 ? '' : 's'} of this capture ${publisherSegments === 1 ? 'was' : 'were'} added by ${escapeHtml(ctx.name(a.publisher))}, not ${escapeHtml(ctx.name(a.outlet))}: each is labelled <span class="seglabel-sample">added by ${escapeHtml(ctx.name(a.publisher))}</span> and has a light orange ground.</p>` : ''}
${apiLine(`getArticle(${js(a.id)})`)}
<div class="reader"><div class="margin" data-margin="${escapeHtml(a.id)}">${marginLabels(ctx, a)}</div><div class="text" lang="${escapeHtml(a.language)}">${nestSpans(a.text, articleAnnotations(ctx, a, details))}</div></div>
</article>`;
  }).join('\n');
  return `<section class="view" id="view-read" data-view="read" aria-labelledby="h-read" hidden>
<h2 id="h-read" tabindex="-1">Read the texts</h2>
<form class="read-controls" id="read-controls" aria-label="Text and layers">
<p><label for="article-select">Article</label> <select id="article-select">${options}</select></p>
<fieldset id="layer-switches"><legend>Layers</legend>${switches}</fieldset>
<p><label><input type="checkbox" id="hide-nc"> Hide text that is not article content</label></p>
</form>
<details class="keys"><summary>Key to the highlights</summary><div class="key-grid">${keys}</div><p>Labels in the margin name each segment that is not body text: its kind, who put it there and the annotators’ note. Dim, italic text is not article content.</p></details>
${docs}
</section>`;
}

// ---------------------------------------------------------------- search

function searchView(): string {
  return `<section class="view" id="view-search" data-view="search" aria-labelledby="h-search" hidden>
<h2 id="h-search" tabindex="-1">Search the corpus</h2>
<form id="find-form" role="search" class="find-form">
<label for="find-q">Text to find in the articles, and in the names of outlets and entities and in the claims (not case-sensitive; the same matches as <code>qantar-corpus search</code>)</label>
<p><input type="search" id="find-q" autocomplete="off" spellcheck="false" placeholder="color revolution, 7,939, Wang Li…"> <button type="submit">Search</button></p>
</form>
<p id="find-status" role="status" aria-live="polite"></p>
<div id="find-results"></div>
</section>`;
}

/** The key of every layer, from the layer registry: samples with the same classes as in the texts. */
export function layerKeys(): string {
  return LAYERS.map((l) => `<div class="key-layer" data-key-layer="${l.kind}"><h4>${escapeHtml(l.label)}</h4><ul class="legend show-${l.kind}">${l.key.map((k) => `<li><span class="key">${k.sample}</span> ${escapeHtml(k.meaning)}</li>`).join('')}</ul></div>`).join('');
}

/** Every view of the explorer, and the panel text of every record key the views use. */
export function renderViews(ctx: ExplorerContext): { html: string; details: DetailsMap } {
  const details: DetailsMap = {};
  sharedParts(ctx, details);
  const html = [overviewView(ctx, details), claimsView(ctx), speakersView(ctx), figuresView(ctx), readView(ctx, details), searchView()].join('\n');
  return { html, details };
}

