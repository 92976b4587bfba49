// The explorer page's script (inlined by scripts/docs/build-explorer.ts): record details on hover
// and focus, the outlet and layer filters, and the claim view. Plain browser JavaScript, no imports.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('explorer-data').textContent);
  const byId = (list) => new Map(list.map((r) => [r.id, r]));
  const records = {
    figure: byId(data.figures),
    citation: byId(data.citations),
    claim: byId(data.claimMentions),
    entity: byId(data.entityMentions),
  };
  const outlets = byId(data.outlets);
  const articles = byId(data.articles);
  const entities = byId(data.entities);
  const claims = byId(data.claims);
  const events = byId(data.events);
  const stanceHelp = new Map(data.stances.map((s) => [s.stance, s.help]));

  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const name = (map, id) => (id == null ? '—' : esc(map.get(id)?.name ?? map.get(id)?.label ?? id));
  const outletOf = (articleId) => articles.get(articleId)?.outlet;
  const short = (s, n = 160) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const rows = (pairs) => `<dl>${pairs.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const figureSource = (s) => (s.kind === 'outlet' ? 'the outlet (own voice)' : s.kind === 'entity' ? name(entities, s.entity) : `citation of ${name(entities, records.citation.get(s.citation)?.speaker)}`);
  const amount = (f) => {
    const q = { exact: '', approximately: 'about ', 'at-least': 'at least ', 'more-than': 'more than ', 'up-to': 'up to ', vague: '' }[f.qualifier];
    if (f.value !== null) return `${q}${f.value.toLocaleString('en-US')} ${esc(f.unit)}`;
    return `${f.qualifier}${f.low !== null || f.high !== null ? ` (${f.low ?? '?'}–${f.high ?? '?'})` : ''} ${esc(f.unit)}`;
  };

  /** The details of one record, as HTML. */
  function details(kind, id) {
    const r = records[kind]?.get(id);
    if (!r) return '';
    if (kind === 'figure') {
      return `<section><h4>Figure: “${esc(r.span.text)}”</h4>${rows([
        ['Measure', esc(r.measure)], ['Counted', esc(r.counted)], ['Amount', amount(r)], ['As of', esc(r.asOf ?? 'not stated')],
        ['Source', figureSource(r.source)], ['Group', esc(r.group ?? '—')], ['Note', r.note ? esc(short(r.note)) : ''],
      ])}</section>`;
    }
    if (kind === 'citation') {
      return `<section><h4>Citation (${esc(r.mode)})</h4>${rows([
        ['Speaker', name(entities, r.speaker) + (r.speakerSpan ? ` (“${esc(r.speakerSpan.text)}”)` : '')],
        ['Cue', r.cue ? `${esc(r.cue.verb)} (“${esc(r.cue.span.text)}”)` : 'none'],
        ['Content', r.content.map((c) => `“${esc(short(c.text, 120))}”`).join(' … ')],
        ['Channel', esc(r.channel ?? '—')], ['Event', name(events, r.event)],
        ['Relayed by', r.relay.length ? r.relay.map((x) => name(entities, x.entity)).join(' ← ') : ''],
        ['Claims', r.claims.map((c) => esc(c)).join(', ')],
      ])}</section>`;
    }
    if (kind === 'claim') {
      const claim = claims.get(r.claim);
      return `<section><h4>Claim mention: <span class="badge badge-${esc(r.stance)}">${esc(r.stance)}</span></h4>${rows([
        ['Claim', esc(claim?.proposition ?? r.claim)], ['Stance', `${esc(r.stance)}: the outlet ${esc(stanceHelp.get(r.stance))}`],
        ['Voice', r.voice === 'authorial' ? 'authorial (the outlet’s own words)' : 'attributed (someone else’s words)'],
        ['Citation', r.citation ? name(entities, records.citation.get(r.citation)?.speaker) + ` (${esc(r.citation)})` : ''],
        ['Note', r.note ? esc(short(r.note)) : ''], ['Compare', 'press Enter or click to open the claim view'],
      ])}</section>`;
    }
    const entity = entities.get(r.entity);
    return `<section><h4>Entity: ${esc(entity?.name ?? r.entity)}</h4>${rows([
      ['Kind', esc(entity?.kind)], ['Named as', `“${esc(r.span.text)}” (${esc(r.form)})`], ['Role', esc(entity?.role ?? '')],
      ['About', esc(short(entity?.description ?? ''))],
    ])}</section>`;
  }

  /** `[kind, id]` of a highlight or of one of its parts and continuations. */
  function identify(el) {
    if (el.dataset.kind) return [el.dataset.kind, el.dataset.id];
    const ref = el.dataset.ref ?? '';
    const at = ref.indexOf(':');
    return [ref.slice(0, at), ref.slice(at + 1)];
  }

  const tip = document.getElementById('tip');
  const articlesRoot = document.getElementById('articles');
  let linked = [];
  function clearLinked() {
    for (const el of linked) el.classList.remove('linked');
    linked = [];
  }
  /** Shows the details of the given highlights (innermost first) next to `anchor`. */
  function show(anchor, chain) {
    const visible = chain.filter(([kind]) => !articlesRoot.classList.contains(`hide-${kind}`));
    if (!visible.length) return hide();
    tip.innerHTML = visible.map(([kind, id]) => details(kind, id)).join('');
    tip.hidden = false;
    clearLinked();
    const [kind, id] = visible[0];
    if (kind === 'citation') {
      linked = [...document.querySelectorAll(`[data-ref="citation:${CSS.escape(id)}"], [data-kind="citation"][data-id="${CSS.escape(id)}"]`)];
      for (const el of linked) el.classList.add('linked');
    }
    const box = anchor.getBoundingClientRect();
    const width = Math.min(384, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    tip.style.left = `${left}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  }
  function hide() {
    tip.hidden = true;
    clearLinked();
  }
  /** Every highlight that covers `el`, innermost first, each once. */
  function chainOf(el) {
    const seen = new Set();
    const chain = [];
    for (let node = el; node && node !== articlesRoot; node = node.parentElement) {
      if (!node.dataset || !(node.dataset.kind || node.dataset.ref)) continue;
      const [kind, id] = identify(node);
      const key = `${kind}:${id}`;
      if (!seen.has(key)) {
        seen.add(key);
        chain.push([kind, id]);
      }
    }
    return chain.slice(0, 3);
  }

  articlesRoot.addEventListener('mouseover', (event) => {
    const el = event.target.closest('[data-kind], [data-ref]');
    if (el && articlesRoot.contains(el)) show(el, chainOf(el));
  });
  articlesRoot.addEventListener('mouseleave', hide);
  articlesRoot.addEventListener('focusin', (event) => {
    const el = event.target;
    if (el.dataset && el.dataset.kind) show(el, [identify(el)]);
  });
  articlesRoot.addEventListener('focusout', hide);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });

  // Claim mentions open the claim view on click or Enter.
  function openClaim(el) {
    const [kind, id] = identify(el);
    if (kind !== 'claim') return;
    const mention = records.claim.get(id);
    if (!mention) return;
    claimSelect.value = mention.claim;
    renderClaim();
    document.getElementById('claim-view-title').scrollIntoView();
    claimSelect.focus();
  }
  articlesRoot.addEventListener('click', (event) => {
    if (articlesRoot.classList.contains('hide-claim')) return;
    const el = event.target.closest('.hl-claim');
    if (el) openClaim(el);
  });
  articlesRoot.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target.dataset?.kind === 'claim' && !articlesRoot.classList.contains('hide-claim')) openClaim(event.target);
  });

  // Filters.
  const outletFilter = document.getElementById('outlet-filter');
  const status = document.getElementById('status');
  const layerBoxes = [...document.querySelectorAll('input[name="layer"]')];
  function applyFilters() {
    const outlet = outletFilter.value;
    let shown = 0;
    for (const article of articlesRoot.querySelectorAll('article[data-article]')) {
      const visible = !outlet || article.dataset.outlet === outlet;
      article.hidden = !visible;
      if (visible) shown++;
    }
    for (const box of layerBoxes) {
      articlesRoot.classList.toggle(`hide-${box.value}`, !box.checked);
      for (const el of articlesRoot.querySelectorAll(`[data-kind="${box.value}"]`)) el.tabIndex = box.checked ? 0 : -1;
    }
    const off = layerBoxes.filter((b) => !b.checked).map((b) => b.parentElement.textContent.trim().toLowerCase());
    status.textContent = `Showing ${shown === articles.size ? 'all ' : ''}${shown} article${shown === 1 ? '' : 's'}${outlet ? ` by ${outlets.get(outlet)?.name ?? outlet}` : ''}${off.length ? `; hidden layers: ${off.join(', ')}` : ''}.`;
    hide();
  }
  outletFilter.addEventListener('change', applyFilters);
  for (const box of layerBoxes) box.addEventListener('change', applyFilters);
  document.getElementById('filters').addEventListener('submit', (event) => event.preventDefault());

  // Claim view: the selected claim's mentions, one column per outlet.
  const claimSelect = document.getElementById('claim-select');
  const grid = document.getElementById('claim-grid');
  const proposition = document.getElementById('claim-proposition');
  const mentionElement = new Map();
  for (const el of articlesRoot.querySelectorAll('[data-kind="claim"]')) {
    el.id = `mention-${mentionElement.size}`;
    mentionElement.set(el.dataset.id, el);
  }
  const authorOutlets = [...new Set(data.articles.map((a) => a.outlet))];
  function renderClaim() {
    const claim = claims.get(claimSelect.value);
    if (!claim) return;
    proposition.innerHTML = `<strong>Proposition:</strong> ${esc(claim.proposition)} <code>${esc(claim.id)}</code>`;
    const mentions = data.claimMentions.filter((m) => m.claim === claim.id);
    const columns = authorOutlets.map((outletId) => {
      const outlet = outlets.get(outletId);
      const own = mentions.filter((m) => outletOf(m.article) === outletId);
      const tie = outlet?.stateAffiliation.status === 'state' ? `state-affiliated (${esc(outlet.stateAffiliation.state)}, ${esc(outlet.stateAffiliation.tie)})` : 'no state tie';
      const head = `<h3>${esc(outlet?.name ?? outletId)}</h3><div class="tie">${tie}</div>`;
      if (!own.length) return `<div class="col absent" data-outlet="${esc(outletId)}">${head}<p>Does not mention this claim.</p></div>`;
      const items = own.map((m) => `<li data-stance="${esc(m.stance)}"><span class="badge badge-${esc(m.stance)}">${esc(m.stance)}</span> <span class="tie">${esc(m.voice)}</span>
<q class="quote">${esc(short(m.span.text, 220))}</q><a href="#${esc(mentionElement.get(m.id)?.id ?? '')}">Show in text</a></li>`).join('');
      return `<div class="col" data-outlet="${esc(outletId)}">${head}<ol>${items}</ol></div>`;
    });
    grid.innerHTML = columns.join('');
  }
  claimSelect.addEventListener('change', renderClaim);
  grid.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#mention-"]');
    if (!link) return;
    const target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    event.preventDefault();
    if (target.closest('article')?.hidden) {
      outletFilter.value = '';
      applyFilters();
    }
    target.scrollIntoView({ block: 'center' });
    target.focus();
  });
  renderClaim();
  applyFilters();
})();
