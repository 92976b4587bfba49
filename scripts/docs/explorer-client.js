// The explorer page's script (inlined by scripts/docs/build-explorer.ts). Everything it shows was
// rendered at build time; this script keeps the state in the URL fragment (#view=claims&claim=…),
// shows the view the state names, filters the pickers, pins the side panel on a click, tap or Enter,
// and places the segment labels in the margin. Plain browser JavaScript, no imports, no requests.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('explorer-data').textContent);
  const KEYS = data.stateKeys;
  const LAYER_KINDS = data.layers.map((l) => l.kind);
  const DEFAULT_LAYERS = data.layers.filter((l) => l.defaultOn).map((l) => l.kind);
  // Kept when a link names no value for them: what to show and how to filter, not what to look at.
  const STICKY = ['layers', 'nc', 'voice', 'mode'];
  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];
  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const app = $('#app');
  const details = new Map($$('#records > template').map((t) => [t.dataset.key, t]));
  /** The panel's text of a record: its template; a stance-table cell also gets the cell's passages from the claim view. */
  function detailsOf(key) {
    const template = details.get(key);
    if (!template) return null;
    const section = template.content.firstElementChild.cloneNode(true);
    // Shared parts (an entity's description) are kept once and included where a record refers to them.
    for (const slot of section.querySelectorAll('[data-include]')) {
      const shared = details.get(slot.dataset.include);
      if (shared) slot.replaceWith(shared.content.cloneNode(true));
    }
    if (key.startsWith('cell:')) {
      const [claim, outlet] = key.slice(5).split('|');
      const list = $(`.claim-card[data-claim="${CSS.escape(claim)}"] .outlet-col[data-outlet="${CSS.escape(outlet)}"] ol.mentions`);
      if (list) section.querySelector('.cell-mentions').replaceWith(list.cloneNode(true));
    }
    return section;
  }
  const announce = $('#announce');

  // ------------------------------------------------------------ state and URL

  /** The state named by a fragment, or null when the fragment is a plain anchor (#main). */
  function parse(hash) {
    const text = hash.replace(/^#/, '');
    if (!text.includes('=')) return null;
    const state = {};
    for (const part of text.split('&')) {
      const at = part.indexOf('=');
      const key = decodeURIComponent(part.slice(0, at));
      if (KEYS.includes(key)) state[key] = decodeURIComponent(part.slice(at + 1));
    }
    return state;
  }
  function serialize(state) {
    const encode = (v) => encodeURIComponent(v).replace(/%3A/g, ':').replace(/%40/g, '@').replace(/%2F/g, '/').replace(/%2C/g, ',');
    return `#${KEYS.filter((k) => state[k] !== undefined && state[k] !== '').map((k) => `${k}=${encode(state[k])}`).join('&')}`;
  }
  /** The element of a record in a text, if the record is in one. */
  function recordElement(key) {
    if (!key) return null;
    const at = key.indexOf(':');
    const kind = key.slice(0, at);
    const id = key.slice(at + 1);
    return $(`.text [data-kind="${CSS.escape(kind)}"][data-id="${CSS.escape(id)}"]`);
  }
  /** Fills in defaults and makes the state consistent (a selected record's article and layer are shown). */
  function normalize(input) {
    const s = { ...input };
    if (!data.views.includes(s.view)) s.view = s.article || (s.sel && recordElement(s.sel)) ? 'read' : s.claim || s.about ? 'claims' : s.speaker ? 'speakers' : s.group ? 'figures' : s.q ? 'search' : 'overview';
    const el = recordElement(s.sel);
    if (el && s.view === 'read') s.article = el.closest('article[data-article]').dataset.article;
    if (s.sel && !el && !details.has(s.sel)) delete s.sel;
    if (s.article && !$(`article.doc[data-article="${CSS.escape(s.article)}"]`)) delete s.article;
    let layers = s.layers === undefined ? DEFAULT_LAYERS : s.layers.split(',').filter((k) => LAYER_KINDS.includes(k));
    const kind = s.sel ? s.sel.slice(0, s.sel.indexOf(':')) : '';
    if (LAYER_KINDS.includes(kind) && !layers.includes(kind)) layers = [...layers, kind];
    const sameAsDefault = layers.length === DEFAULT_LAYERS.length && layers.every((k) => DEFAULT_LAYERS.includes(k));
    s.layers = sameAsDefault ? undefined : LAYER_KINDS.filter((k) => layers.includes(k)).join(',') || 'none';
    if (s.nc !== 'hide') delete s.nc;
    if (s.voice !== 'authorial' && s.voice !== 'attributed') delete s.voice;
    if (s.mode !== 'about') delete s.mode;
    if (s.at !== undefined && (!/^\d+-\d+$/.test(s.at) || !s.article)) delete s.at;
    for (const k of KEYS) if (s[k] === undefined || s[k] === '') delete s[k];
    return s;
  }
  const layersOf = (s) => (s.layers === undefined ? DEFAULT_LAYERS : s.layers === 'none' ? [] : s.layers.split(','));

  let current = {};
  let intent = null; // what to focus after the next state change made by the user

  /** Moves to a state: a new history entry (Back returns), or the same entry with `replace`. */
  function go(state, options = {}) {
    const next = normalize(state);
    const hash = serialize(next);
    intent = options.focus ?? null;
    if (hash === location.hash || (hash === '#view=overview' && !location.hash)) {
      apply(next);
      return;
    }
    if (options.replace) location.replace(hash);
    else location.hash = hash;
  }
  window.addEventListener('hashchange', () => {
    const s = parse(location.hash);
    // An empty fragment is the start page; a plain anchor (#main) leaves the state as it is.
    if (s || location.hash === '' || location.hash === '#') apply(normalize(s ?? {}));
  });

  // ------------------------------------------------------------ applying a state

  const viewLabel = { overview: 'Overview', claims: 'Claims', speakers: 'Who said what', figures: 'Figures', read: 'Read the texts', search: 'Search' };

  function apply(s) {
    const previous = current;
    current = s;
    for (const section of $$('.view')) section.hidden = section.dataset.view !== s.view;
    for (const link of $$('[data-view-link]')) {
      if (link.dataset.viewLink === s.view) {
        link.setAttribute('aria-current', 'page');
        // On a narrow screen the views scroll sideways: keep the current one in sight.
        const list = link.closest('ul');
        if (list.scrollWidth > list.clientWidth) list.scrollLeft = Math.max(0, link.offsetLeft - list.offsetLeft - 16);
      } else link.removeAttribute('aria-current');
    }
    applyRead(s);
    applyClaims(s);
    applySpeakers(s);
    applySearch(s);
    renderPanel(s);
    app.classList.toggle('with-panel', s.view === 'read' || Boolean(s.sel));
    app.classList.toggle('panel-open', Boolean(s.sel));
    if (s.view === 'read') requestAnimationFrame(() => positionMargins());
    document.title = `${titleOf(s)} · qantar-corpus explorer`;
    const focus = intent;
    intent = null;
    placeFocus(s, previous, focus);
    markFound(s);
    document.documentElement.dataset.applied = location.hash;
  }

  function titleOf(s) {
    if (s.view === 'claims' && s.claim) return `Claim: ${$(`.claim-card[data-claim="${CSS.escape(s.claim)}"] h3`)?.textContent ?? s.claim}`;
    if (s.view === 'claims' && s.about) return $(`.about-card[data-about="${CSS.escape(s.about)}"] h3`)?.textContent ?? s.about;
    if (s.view === 'speakers' && s.speaker) return `Who said what: ${$(`.speaker-card[data-speaker="${CSS.escape(s.speaker)}"] h3`)?.textContent ?? s.speaker}`;
    if (s.view === 'search' && s.q) return `Search: ${s.q}`;
    if (s.view === 'read') return `Read: ${$(`article.doc[data-article="${CSS.escape(s.article ?? firstArticle())}"] h3`)?.textContent ?? ''}`;
    return viewLabel[s.view] ?? 'Explorer';
  }

  /** After a user action: focus what it opened. After Back or a fresh load: only scroll to it. */
  function placeFocus(s, previous, focus) {
    const el = s.view === 'read' ? recordElement(s.sel) : null;
    let target = null;
    if (el) target = el;
    else if (s.view === 'claims' && (s.claim || s.about)) target = $(s.claim ? `.claim-card[data-claim="${CSS.escape(s.claim)}"] h3` : `.about-card[data-about="${CSS.escape(s.about)}"] h3`);
    else if (s.view === 'speakers' && s.speaker) target = $(`.speaker-card[data-speaker="${CSS.escape(s.speaker)}"] h3`);
    else if (s.view === 'figures' && s.group) target = $(`#group-${CSS.escape(s.group)} h3`);
    else if (s.view === 'read' && (previous.article !== s.article || previous.view !== 'read')) target = $(`article.doc[data-article="${CSS.escape(s.article ?? firstArticle())}"] h3`);
    if (!target && previous.view !== s.view) target = $(`#h-${s.view}`);
    const changed = previous.view !== s.view || previous.sel !== s.sel || previous.claim !== s.claim || previous.about !== s.about || previous.speaker !== s.speaker || previous.group !== s.group || previous.article !== s.article;
    if (focus === 'panel' && s.sel) {
      $('#panel-title').focus({ preventScroll: true });
      if (el) reveal(el);
      return;
    }
    if (!target || !changed) return;
    if (focus) target.focus({ preventScroll: true });
    if (el) reveal(el);
    else if (target.closest('.card') || s.view === 'figures') target.scrollIntoView({ block: 'start' });
    else window.scrollTo(0, 0);
  }

  /** Scrolls a highlight into the part of the screen the panel does not cover. */
  function reveal(el) {
    const box = el.getBoundingClientRect();
    const panel = $('#panel');
    const covered = getComputedStyle(panel).position === 'fixed' ? panel.getBoundingClientRect().top : window.innerHeight;
    if (box.top < 56 || box.bottom > covered - 8) window.scrollBy(0, box.top - Math.min(120, covered / 3));
  }

  // ------------------------------------------------------------ read view

  const articleSelect = $('#article-select');
  const layerBoxes = $$('input[name="layer"]');
  const hideNc = $('#hide-nc');
  const firstArticle = () => $('article.doc').dataset.article;

  function applyRead(s) {
    const articleId = s.article ?? firstArticle();
    articleSelect.value = articleId;
    const layers = layersOf(s);
    for (const doc of $$('article.doc')) {
      doc.hidden = doc.dataset.article !== articleId;
      const text = $('.text', doc);
      for (const kind of LAYER_KINDS) text.classList.toggle(`show-${kind}`, layers.includes(kind));
    }
    const doc = $(`article.doc[data-article="${CSS.escape(articleId)}"]`);
    for (const el of $$('.text [data-kind]')) {
      const kind = el.dataset.kind;
      el.tabIndex = kind !== 'segment' && layers.includes(kind) && el.closest('article.doc') === doc ? 0 : -1;
      if (kind === 'segment') el.removeAttribute('tabindex');
    }
    for (const box of layerBoxes) box.checked = layers.includes(box.value);
    for (const count of $$('[data-count]')) count.textContent = `(${$$(`.text [data-kind="${count.dataset.count}"]`, doc).length})`;
    $('#view-read').classList.toggle('hide-nc', s.nc === 'hide');
    hideNc.checked = s.nc === 'hide';
    updateKeys(layers);
  }
  /** Shows the key of the layers that are on (in the controls and in the empty panel). */
  function updateKeys(layers) {
    for (const layer of $$('[data-key-layer]')) layer.hidden = !layers.includes(layer.dataset.keyLayer);
  }
  // Changing the article keeps the focus on the list, so that arrow keys can go on through it.
  articleSelect.addEventListener('change', () => go({ ...current, view: 'read', article: articleSelect.value, sel: undefined, at: undefined }));
  for (const box of layerBoxes) box.addEventListener('change', () => go({ ...current, layers: layerBoxes.filter((b) => b.checked).map((b) => b.value).join(',') || 'none' }));
  hideNc.addEventListener('change', () => go({ ...current, nc: hideNc.checked ? 'hide' : undefined }));
  $('#read-controls').addEventListener('submit', (event) => event.preventDefault());

  /** Places each segment label beside the line where its segment starts, pushing down labels that would overlap. */
  function positionMargins() {
    const doc = $('article.doc:not([hidden])');
    const margin = doc && $('.margin', doc);
    if (!margin || getComputedStyle(margin).display === 'none') return;
    const base = margin.getBoundingClientRect().top;
    let floor = 0;
    for (const label of margin.children) {
      const seg = $(`.text [data-kind="segment"][data-id="${CSS.escape(`${doc.dataset.article}#${label.dataset.seg}`)}"]`, doc);
      const rects = seg ? seg.getClientRects() : [];
      label.hidden = rects.length === 0;
      if (!rects.length) continue;
      const top = Math.max(rects[0].top - base, floor);
      label.style.top = `${top}px`;
      floor = top + label.offsetHeight + 4;
    }
    margin.style.minHeight = `${floor}px`;
  }
  if ('ResizeObserver' in window) {
    const observer = new ResizeObserver(() => { if (current.view === 'read') positionMargins(); });
    for (const text of $$('.text')) observer.observe(text);
  }

  // ------------------------------------------------------------ claims view

  const claimSearch = $('#claim-search');
  const claimList = $('#claim-list');
  const terms = (input) => input.value.toLowerCase().split(/\s+/).filter(Boolean);

  function filterClaims() {
    const words = terms(claimSearch);
    const voice = current.voice;
    const subjectsOnly = current.mode === 'about';
    const claimsShown = new Set();
    let subjects = 0;
    for (const section of $$('.subject', claimList)) {
      const subjectMatch = words.every((w) => section.dataset.search.includes(w));
      let any = false;
      for (const item of $$('.claim-item', section)) {
        const show = (!voice || item.dataset.voices.includes(voice)) && words.every((w) => item.dataset.search.includes(w));
        item.hidden = !show;
        if (show) {
          any = true;
          claimsShown.add(item.dataset.claim);
        }
      }
      const visible = subjectsOnly ? (subjectMatch || any) && (!voice || section.dataset.voices.includes(voice)) : any;
      section.hidden = !visible;
      if (visible) subjects++;
    }
    $('#claim-count').textContent = subjectsOnly
      ? `${subjects} subject${subjects === 1 ? '' : 's'}${words.length ? ` matching “${claimSearch.value.trim()}”` : ''}`
      : `${claimsShown.size} claim${claimsShown.size === 1 ? '' : 's'} under ${subjects} subject${subjects === 1 ? '' : 's'}${words.length ? ` matching “${claimSearch.value.trim()}”` : ''}`;
  }

  function applyClaims(s) {
    claimList.classList.toggle('subjects-only', s.mode === 'about');
    for (const radio of $$('input[name="mode"]')) radio.checked = radio.value === (s.mode ?? '');
    for (const radio of $$('input[name="voice"]')) radio.checked = radio.value === (s.voice ?? '');
    filterClaims();
    for (const item of $$('.claim-item', claimList)) item.classList.toggle('current', item.dataset.claim === s.claim && !s.about);
    for (const section of $$('.subject', claimList)) section.classList.toggle('current', section.dataset.subject === s.about && !s.claim);
    let shown = null;
    for (const card of $$('.claim-card')) {
      card.hidden = !(s.claim && card.dataset.claim === s.claim);
      if (!card.hidden) shown = card;
    }
    for (const card of $$('.about-card')) {
      card.hidden = Boolean(s.claim) || !(s.about && card.dataset.about === s.about);
      if (!card.hidden) shown = card;
    }
    $('#claim-detail > .placeholder').hidden = Boolean(shown);
    if (!shown) return;
    for (const li of $$('.mention', shown)) li.hidden = Boolean(s.voice) && li.dataset.voice !== s.voice;
    for (const col of $$('.outlet-col', shown)) {
      const none = $('.none-in-voice', col);
      if (none) none.hidden = $$('.mention', col).some((li) => !li.hidden);
    }
    for (const td of $$('td', shown)) {
      const none = $('.none', td);
      if (none) none.hidden = $$('.mention', td).some((li) => !li.hidden);
    }
    for (const code of $$('code[data-api-template]', shown)) {
      const option = s.voice ? (code.dataset.apiOptions === 'inner' ? `, voice: '${s.voice}'` : `, { voice: '${s.voice}' }`) : '';
      code.textContent = code.dataset.apiTemplate.replace('{options}', option);
    }
  }
  claimSearch.addEventListener('input', filterClaims);
  for (const radio of $$('input[name="mode"]')) radio.addEventListener('change', () => go({ ...current, view: 'claims', mode: radio.value || undefined }));
  for (const radio of $$('input[name="voice"]')) radio.addEventListener('change', () => go({ ...current, view: 'claims', voice: radio.value || undefined }));

  // ------------------------------------------------------------ who said what

  const speakerSearch = $('#speaker-search');
  function filterSpeakers() {
    const words = terms(speakerSearch);
    let n = 0;
    for (const section of $$('#speaker-list section')) {
      let any = false;
      for (const item of $$('li', section)) {
        item.hidden = !words.every((w) => item.dataset.search.includes(w));
        if (!item.hidden) {
          any = true;
          n++;
        }
      }
      section.hidden = !any;
    }
    $('#speaker-count').textContent = `${n} speaker${n === 1 ? '' : 's'} and entities${words.length ? ` matching “${speakerSearch.value.trim()}”` : ''}`;
  }
  function applySpeakers(s) {
    filterSpeakers();
    let shown = false;
    for (const card of $$('.speaker-card')) {
      card.hidden = card.dataset.speaker !== s.speaker;
      shown ||= !card.hidden;
    }
    for (const item of $$('#speaker-list li')) item.classList.toggle('current', item.dataset.speaker === s.speaker);
    $('#speaker-detail > .placeholder').hidden = shown;
  }
  speakerSearch.addEventListener('input', filterSpeakers);

  // ------------------------------------------------------------ search

  // The same matches as `qantar-corpus search`: outlet and entity names and aliases and claim
  // propositions and keywords that contain the text, and every place in a text where it occurs,
  // ignoring case.
  const findInput = $('#find-q');
  const findResults = $('#find-results');
  let shownQuery = null;
  function search(query) {
    const needle = query.toLowerCase();
    const has = (t) => t != null && t.toLowerCase().includes(needle);
    const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    const texts = [];
    for (const doc of $$('article.doc')) {
      const text = $('.text', doc).textContent;
      for (const m of text.matchAll(pattern)) texts.push({ article: doc.dataset.article, outlet: doc.dataset.outlet, start: m.index, end: m.index + m[0].length, text });
    }
    return {
      outlets: data.find.outlets.filter((o) => has(o.name) || o.aliases.some(has)),
      entities: data.find.entities.filter((e) => has(e.name) || e.aliases.some(has)),
      claims: data.find.claims.filter((c) => has(c.proposition) || c.keywords.some(has)),
      texts,
    };
  }
  function applySearch(s) {
    if (document.activeElement !== findInput) findInput.value = s.q ?? '';
    if (s.view !== 'search' || shownQuery === (s.q ?? '')) return;
    shownQuery = s.q ?? '';
    const query = shownQuery.trim();
    if (!query) {
      findResults.innerHTML = '';
      $('#find-status').textContent = 'Type a word or a phrase and press Enter.';
      return;
    }
    const found = search(query);
    const outletName = (id) => data.find.outlets.find((o) => o.id === id)?.name ?? id;
    const title = (id) => $(`article.doc[data-article="${CSS.escape(id)}"] h3`)?.textContent ?? id;
    const group = (label, items) => (items.length ? `<h3>${esc(label)} (${items.length})</h3><ol>${items.join('')}</ol>` : '');
    const context = (h) => {
      const from = Math.max(0, h.start - 70);
      const to = Math.min(h.text.length, h.end + 70);
      return `${from > 0 ? '…' : ''}${esc(h.text.slice(from, h.start))}<mark>${esc(h.text.slice(h.start, h.end))}</mark>${esc(h.text.slice(h.end, to))}${to < h.text.length ? '…' : ''}`;
    };
    findResults.innerHTML = [
      group('Outlets', found.outlets.map((o) => `<li data-kind-found="outlet" data-id="${esc(o.id)}">${esc(o.name)}</li>`)),
      group('Entities: who said what', found.entities.map((e) => `<li data-kind-found="entity" data-id="${esc(e.id)}"><a href="${esc(serialize({ view: 'speakers', speaker: e.id }))}">${esc(e.name)}</a></li>`)),
      group('Claims', found.claims.map((c) => `<li data-kind-found="claim" data-id="${esc(c.id)}">${$(`.claim-card[data-claim="${CSS.escape(c.id)}"]`) ? `<a href="${esc(serialize({ view: 'claims', claim: c.id }))}">${esc(c.proposition)}</a>` : `${esc(c.proposition)} <span class="muted">(no passage mentions it)</span>`}</li>`)),
      group('In the texts', found.texts.map((h) => `<li data-kind-found="text" data-id="${esc(h.article)}" data-start="${h.start}" data-end="${h.end}"><a href="${esc(serialize({ view: 'read', article: h.article, at: `${h.start}-${h.end}`, q: query }))}">${esc(outletName(h.outlet))}: ${esc(title(h.article))}</a><br>${context(h)}</li>`)),
    ].join('');
    const n = found.outlets.length + found.entities.length + found.claims.length + found.texts.length;
    $('#find-status').textContent = n ? `${n} match${n === 1 ? '' : 'es'} for “${query}”: ${found.texts.length} in the texts.` : `Nothing matches “${query}”.`;
  }
  $('#find-form').addEventListener('submit', (event) => {
    event.preventDefault();
    go({ ...current, view: 'search', q: findInput.value.trim() || undefined });
  });

  /** Marks the text the search found (state `at`) without touching the text's markup. */
  function markFound(s) {
    if (window.CSS && CSS.highlights) CSS.highlights.delete('find');
    if (s.view !== 'read' || !s.at) return;
    const [start, end] = s.at.split('-').map(Number);
    const text = $(`article.doc[data-article="${CSS.escape(s.article)}"] .text`);
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = 0;
    let started = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const next = offset + node.data.length;
      if (!started && start < next) {
        range.setStart(node, start - offset);
        started = true;
      }
      if (started && end <= next) {
        range.setEnd(node, end - offset);
        break;
      }
      offset = next;
    }
    if (!started) return;
    if (window.CSS && CSS.highlights && window.Highlight) CSS.highlights.set('find', new Highlight(range));
    const box = range.getBoundingClientRect();
    if (box.top < 60 || box.bottom > window.innerHeight) window.scrollBy(0, box.top - window.innerHeight / 3);
  }

  // ------------------------------------------------------------ overview

  const heatAll = $('#heat-all');
  const heatmap = $('#heatmap');
  heatmap.classList.add('narrow');
  heatAll.addEventListener('change', () => {
    heatmap.classList.toggle('narrow', !heatAll.checked);
    for (const body of $$('tbody', heatmap)) body.hidden = !$$('tr[data-claim]', body).some((tr) => heatAll.checked || tr.dataset.outlets !== '1');
  });
  heatAll.dispatchEvent(new Event('change'));

  // ------------------------------------------------------------ the side panel

  const panelBody = $('#panel-body');
  const panelNav = $('#panel-nav');
  const prevButton = $('#panel-prev');
  const nextButton = $('#panel-next');
  const PLACEHOLDER = panelBody.innerHTML;
  const kindOf = (key) => key.slice(0, key.indexOf(':'));
  const shownInText = (el) => {
    const kind = el.dataset.kind ?? kindOf(el.dataset.ref);
    return kind === 'segment' || el.closest('.text').classList.contains(`show-${kind}`);
  };

  /** Every record at a spot: the element and the annotations around it, innermost first, each once. */
  function stackOf(el) {
    const keys = [];
    for (let node = el; node && !node.classList.contains('text'); node = node.parentElement) {
      const key = node.dataset.kind ? `${node.dataset.kind}:${node.dataset.id}` : node.dataset.ref;
      if (key && shownInText(node) && !keys.includes(key)) keys.push(key);
    }
    return keys;
  }
  /** The visible records of one kind in the shown article, in text order. */
  function sameKind(kind) {
    const doc = $('article.doc:not([hidden])');
    return doc ? $$(`.text [data-kind="${CSS.escape(kind)}"]`, doc) : [];
  }

  function renderPanel(s) {
    for (const el of $$('.selected')) el.classList.remove('selected');
    for (const el of $$('.seglabel.current, .cell.current')) el.classList.remove('current');
    if (s.sel && s.sel.startsWith('cell:')) $(`.cell[data-sel="${CSS.escape(s.sel)}"]`)?.classList.add('current');
    $('#panel-close').hidden = !s.sel;
    if (!s.sel) {
      panelBody.innerHTML = PLACEHOLDER;
      updateKeys(layersOf(s));
      panelNav.hidden = true;
      return;
    }
    const el = recordElement(s.sel);
    const inText = el && s.view === 'read';
    const keys = inText ? stackOf(el) : [s.sel];
    if (!keys.includes(s.sel)) keys.unshift(s.sel);
    const note = keys.length > 1 ? `<p class="stack-note">${keys.length} annotations at this spot, innermost first.</p>` : '';
    const showLink = el && !inText ? `<p><a href="${esc(serialize({ view: 'read', article: el.closest('article.doc').dataset.article, sel: s.sel }))}">Show in text</a></p>` : '';
    panelBody.innerHTML = note;
    for (const k of keys) {
      const section = detailsOf(k);
      if (section) {
        for (const li of section.querySelectorAll('.mention[hidden]')) li.hidden = false;
        panelBody.append(section);
      }
    }
    panelBody.insertAdjacentHTML('beforeend', showLink);
    if (inText) {
      el.classList.add('selected');
      for (const part of $$(`.text [data-ref="${CSS.escape(s.sel)}"]`)) part.classList.add('selected');
      const kind = kindOf(s.sel);
      if (kind === 'segment') $(`.seglabel[data-sel="${CSS.escape(s.sel)}"]`)?.classList.add('current');
      const list = sameKind(kind);
      const i = list.indexOf(el);
      panelNav.hidden = i < 0;
      if (i >= 0) {
        const label = kind === 'segment' ? 'segment' : data.layers.find((l) => l.kind === kind).label.toLowerCase().replace(/s$/, '');
        $('#panel-pos').textContent = `${label} ${i + 1} of ${list.length}`;
        prevButton.disabled = i === 0;
        nextButton.disabled = i === list.length - 1;
        prevButton.innerHTML = `◀ Previous<span class="visually-hidden"> ${esc(label)}</span>`;
        nextButton.innerHTML = `Next<span class="visually-hidden"> ${esc(label)}</span> ▶`;
      }
    } else panelNav.hidden = true;
    const title = panelBody.querySelector('.rec h3')?.textContent ?? '';
    announce.textContent = `Details: ${title}${keys.length > 1 ? `, and ${keys.length - 1} more annotation${keys.length > 2 ? 's' : ''} at this spot` : ''}.`;
  }

  function step(delta) {
    const el = recordElement(current.sel);
    if (!el) return;
    const list = sameKind(kindOf(current.sel));
    const next = list[list.indexOf(el) + delta];
    if (next) select(`${next.dataset.kind}:${next.dataset.id}`, null);
  }
  prevButton.addEventListener('click', () => step(-1));
  nextButton.addEventListener('click', () => step(1));

  let opener = null; // the control whose Enter moved the focus into the panel
  function select(key, focus) {
    if (focus === 'panel') opener = document.activeElement;
    go({ ...current, sel: key }, { focus });
  }
  /** Closes the panel and gives the focus back: to the control that opened it, or to the record in its text. */
  function closePanel() {
    const el = recordElement(current.sel);
    const inPanel = $('#panel').contains(document.activeElement);
    go({ ...current, sel: undefined });
    const back = opener && opener.isConnected && opener.getClientRects().length && !$('#panel').contains(opener) ? opener : el && current.view === 'read' ? el : null;
    opener = null;
    if (back && (inPanel || document.activeElement === document.body || back === el)) back.focus({ preventScroll: true });
  }
  $('#panel-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current.sel) {
      event.preventDefault();
      closePanel();
    }
  });

  // Clicks and taps in a text pin the innermost visible annotation at that spot (or the segment).
  for (const text of $$('.text')) {
    text.addEventListener('click', (event) => {
      if (window.getSelection && String(window.getSelection()).length > 0) return; // the reader is selecting text to copy
      for (let node = event.target; node && node !== text; node = node.parentElement) {
        if (!(node.dataset.kind || node.dataset.ref)) continue;
        if (!shownInText(node)) continue;
        const key = node.dataset.kind ? `${node.dataset.kind}:${node.dataset.id}` : node.dataset.ref;
        if (kindOf(key) === 'segment') {
          // Plain body text opens nothing; a tap on a headline, caption or page furniture shows what it is.
          if (!node.classList.contains('seg-body')) select(key, null);
          return;
        }
        const primary = recordElement(key);
        select(key, null);
        if (primary && document.activeElement !== primary && primary.tabIndex === 0) primary.focus({ preventScroll: true });
        return;
      }
    });
    text.addEventListener('keydown', (event) => {
      const el = event.target;
      if ((event.key === 'Enter' || event.key === ' ') && el.dataset && el.dataset.kind && el.dataset.kind !== 'segment') {
        event.preventDefault();
        // Like opening a disclosure: the details get the focus; Escape or Close brings it back here.
        select(`${el.dataset.kind}:${el.dataset.id}`, 'panel');
      }
    });
  }

  // Links to states, [data-sel] buttons and copy buttons, anywhere in the page.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#"]');
    if (link && !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
      const state = parse(link.getAttribute('href'));
      if (state) {
        event.preventDefault();
        for (const key of STICKY) if (state[key] === undefined && current[key] !== undefined) state[key] = current[key];
        go(state, { focus: 'target' });
        return;
      }
    }
    const button = event.target.closest('[data-sel]');
    if (button && !button.closest('.text')) {
      select(button.dataset.sel, button.classList.contains('seglabel') || button.classList.contains('cell') || button.classList.contains('linkish') ? 'panel' : null);
      return;
    }
    const copy = event.target.closest('button.copy');
    if (copy) copyCode(copy);
  });

  function copyCode(button) {
    const code = button.parentElement.querySelector('code');
    const done = (text) => {
      button.textContent = text;
      setTimeout(() => { button.textContent = 'Copy'; }, 2500);
    };
    const selectIt = () => {
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      done('Selected: press Ctrl+C');
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(code.textContent).then(() => done('Copied'), selectIt);
    else selectIt();
  }

  // ------------------------------------------------------------ start

  apply(normalize(parse(location.hash) ?? {}));
})();
