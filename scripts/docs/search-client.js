// The docs site's search page script (copied to docs/site/search.js by scripts/docs/build-site.ts).
// It reads the index that search-index.js defines and lists the sections that contain every word of
// the query, best first, with the words marked in a snippet. Nothing is fetched.
(() => {
  'use strict';
  const index = globalThis.QANTAR_SEARCH || [];
  const form = document.querySelector('.search-form');
  const input = document.getElementById('search-q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;

  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const esc = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const entries = index.map((e) => ({ ...e, folded: fold(e.text), head: fold(`${e.page} ${e.section}`) }));
  const wordsOf = (q) => fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const starts = (w) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(w)}`, 'gu');
  const count = (text, re) => (text.match(re) || []).length;

  function snippet(entry, words) {
    const re = starts(words[0]);
    const m = re.exec(entry.folded);
    const at = m ? m.index + m[1].length : 0;
    const from = Math.max(0, at - 80);
    const to = Math.min(entry.text.length, at + 160);
    let html = esc(entry.text.slice(from, to));
    for (const w of words) html = html.replace(new RegExp(`(^|[^\\p{L}\\p{N}])(${escapeRe(esc(w))}[\\p{L}\\p{N}]*)`, 'giu'), '$1<mark>$2</mark>');
    return `${from > 0 ? '…' : ''}${html}${to < entry.text.length ? '…' : ''}`;
  }

  function run(query) {
    const words = wordsOf(query);
    list.innerHTML = '';
    if (!words.length) {
      status.textContent = `${entries.length} sections indexed. Type words above; every word must occur (a word matches the start of a word in the text).`;
      return;
    }
    const phrase = fold(query.trim());
    const hits = [];
    for (const e of entries) {
      const res = words.map(starts);
      if (!res.every((re) => re.test(`${e.folded} ${e.head}`))) continue;
      const score = words.reduce((s, w) => s + count(e.folded, starts(w)) + 5 * count(e.head, starts(w)), 0) + (e.folded.includes(phrase) ? 10 : 0) + (e.head.includes(phrase) ? 20 : 0);
      hits.push({ e, score });
    }
    hits.sort((a, b) => b.score - a.score);
    const shown = hits.slice(0, 50);
    list.innerHTML = shown.map(({ e }) => `<li><a href="${esc(e.href)}">${esc(e.page)}${e.section && e.section !== e.page ? ` › ${esc(e.section)}` : ''}</a><p>${snippet(e, words)}</p></li>`).join('');
    status.textContent = hits.length
      ? `${hits.length} section${hits.length === 1 ? '' : 's'} found for “${query.trim()}”${hits.length > shown.length ? ` (the first ${shown.length} shown)` : ''}.`
      : `Nothing found for “${query.trim()}”. Every word must occur in one section; try fewer words.`;
  }

  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      run(input.value);
      try {
        const url = new URL(location.href);
        url.searchParams.set('q', input.value);
        history.replaceState(null, '', url);
      } catch {
        // A page opened from a file cannot rewrite its address; the results are shown all the same.
      }
    }, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  run(initial);
})();
