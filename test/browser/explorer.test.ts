// The corpus explorer (docs/site/explorer/index.html) in Debian's chromium: the researcher questions
// of issue 17, each answered by at most three user actions, the answer read from the page and
// compared with the public API of the built package; the side panel; deep links and Back; keyboard
// operation of every control; a phone and a desktop screen. Run with `npm run docs && npm run test:browser`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleId, ClaimId, EntityId } from '../../src/generated/ids.js';
import type { Citation } from '../../src/generated/types.js';
import { DESKTOP, inPage, openExplorer, overflow, PHONE, root, shot, stateOf, tabTo, useBrowser } from './support.js';

const session = useBrowser();
const open = async (hash = '', options = {}) => {
  const page = await session.open(options);
  await openExplorer(page, session.server, hash);
  return page;
};
const unquote = (s: string) => s.replace(/[“”]/g, '').replace(/ ×\d+$/, '').trim();
const RFA = 'rfa-2022-01-07-xi-praises-measures';

/** Evaluates a "Same in code" expression shown by the page against the built package. */
function runApi(code: string): unknown {
  const names = Object.keys(session.api);
  return new Function(...names, `return (${code});`)(...names.map((n) => (session.api as Record<string, unknown>)[n]));
}

describe('the four researcher questions, each in at most three actions', () => {
  it('which outlets call the unrest a color revolution, and in whose voice: Claims, search, the subject', async () => {
    const page = await open();
    await page.locator('nav.views').getByRole('link', { name: 'Claims' }).click(); // 1
    await page.getByLabel('Find a claim or subject').fill('color revolution'); // 2
    await page.locator('#claim-list .subject:not([hidden]) h3 a', { hasText: /^color revolution$/ }).click(); // 3
    await shot(page, 'q1-color-revolution-desktop');

    const rows = await inPage(page, (html) => [...html.ownerDocument.querySelectorAll('.about-card:not([hidden]) tbody tr')].map((tr) => ({
      outlet: tr.querySelector('th').firstChild.textContent.trim(),
      own: [...tr.querySelectorAll('td.voice-authorial li:not([hidden])')].map((li) => li.querySelector('.sv').textContent),
      quoted: [...tr.querySelectorAll('td.voice-attributed li:not([hidden])')].map((li) => `${li.querySelector('.sv').textContent}|${li.querySelector('strong[data-speaker]').textContent}`),
    })));
    const { api } = session;
    const mentions = api.claimsAbout('color-revolution').flatMap((c) => c.mentions);
    const expected = new Map<string, { own: string[]; quoted: string[] }>();
    for (const m of mentions) {
      const outlet = api.getOutlet(api.getArticle(m.article).outlet).name;
      const cell = expected.get(outlet) ?? { own: [], quoted: [] };
      if (m.voice === 'authorial') cell.own.push(m.stance);
      else cell.quoted.push(`${m.stance}|${api.getEntity(api.getCitation(m.citation as Citation['id']).speaker as EntityId).name}`);
      expected.set(outlet, cell);
    }
    const read = new Map(rows.filter((r) => r.own.length || r.quoted.length).map((r) => [r.outlet, { own: r.own.map(unquote).sort(), quoted: r.quoted.map(unquote).sort() }]));
    expect(read).toEqual(new Map([...expected].map(([o, c]) => [o, { own: c.own.sort(), quoted: c.quoted.sort() }])));
    // Own voice is told apart without colour: upright and unquoted, the quoted stances in quotation marks.
    expect(rows.flatMap((r) => r.own).every((s) => !s.includes('“'))).toBe(true);
    expect(rows.flatMap((r) => r.quoted).every((s) => s.startsWith('“'))).toBe(true);
    expect(await stateOf(page)).toEqual({ view: 'claims', about: 'color-revolution' });
  });

  it('what Xi Jinping is quoted as saying in each outlet: Who said what, Xi Jinping, Show in text', async () => {
    const page = await open();
    await page.locator('nav.views').getByRole('link', { name: 'Who said what' }).click(); // 1
    await page.locator('#speaker-list').getByRole('link', { name: 'Xi Jinping', exact: true }).click(); // 2
    await shot(page, 'q2-xi-jinping-desktop');
    const blocks = await inPage(page, (html) => [...html.ownerDocument.querySelectorAll('.speaker-card:not([hidden]) .outlet-block[data-outlet]')].map((b) => ({
      outlet: b.querySelector('h4').firstChild.textContent.trim(),
      items: [...b.querySelectorAll('li.citation-item')].map((li) => ({ mode: li.querySelector('.mode').textContent, cue: li.querySelector('.cue').textContent, words: li.querySelector('blockquote').textContent })),
    })));
    const { api } = session;
    const quoted = api.citations({ speaker: 'xi-jinping' });
    for (const o of api.corpus.outlets) {
      const expected = quoted.filter((c) => api.getArticle(c.article).outlet === o.id).map((c) => ({ mode: c.mode, cue: c.cue?.verb ?? 'none', words: c.content.map((s) => `“${s.text}”`).join(' … ') }));
      const block = blocks.find((b) => b.outlet === o.name);
      if (!block) {
        expect(expected, o.id).toEqual([]);
        continue;
      }
      expect(block.items, o.id).toEqual(expected);
    }
    expect(blocks.flatMap((b) => b.items).length).toBe(quoted.length);

    const first = quoted[0] as Citation;
    await page.locator(`.speaker-card:not([hidden]) li[data-citation="${first.id}"]`).getByRole('link', { name: 'Show in text' }).click(); // 3
    expect(await stateOf(page)).toMatchObject({ view: 'read', sel: `citation:${first.id}` });
    expect(await page.locator('.text .selected[data-kind="citation"]').textContent()).toBe(first.content[0]?.text);
    expect(await page.locator('#panel-body .rec h3').first().textContent()).toBe(`Citation: Xi Jinping (${first.mode})`);
  });

  it('which parts of the RFA text the republishing site added: Read the texts, the RFA article', async () => {
    const page = await open();
    await page.locator('nav.views').getByRole('link', { name: 'Read the texts' }).click(); // 1
    await page.getByLabel('Article', { exact: true }).selectOption(RFA); // 2
    const article = session.api.getArticle(RFA);
    const publisher = session.api.getOutlet(article.publisher as 'breakinglatest-news').name;
    const added = article.segments.filter((s) => s.origin === 'publisher');
    expect(added.length).toBeGreaterThan(0);
    // The margin labels beside the text say what each segment is and that the site added it.
    const labels = await page.locator(`article[data-article="${RFA}"] .seglabel`).evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().height > 0).map((el) => ({ kind: el.querySelector('.k').textContent.trim(), origin: el.querySelector('.o').firstChild.textContent, seg: el.dataset.seg })));
    const addedLabels = labels.filter((l) => l.origin === `added by ${publisher}`);
    expect(addedLabels.map((l) => l.kind)).toEqual(added.map((s) => s.kind.replace(/-/g, ' ')));
    // … and each label sits beside its segment, whose text is the segment's.
    const texts = await page.locator(`article[data-article="${RFA}"] .text .seg.origin-publisher`).allTextContents();
    expect(texts).toEqual(added.map((s) => s.span.text));
    expect(await page.locator(`article[data-article="${RFA}"] .origin-note`).textContent()).toContain(`${added.length} segments of this capture were added by ${publisher}`);
    await shot(page, 'q3-rfa-republisher-desktop');

    await page.getByLabel('Hide text that is not article content').check(); // 3
    const hidden = await page.locator(`article[data-article="${RFA}"] .text [data-kind="segment"]`).evaluateAll((els) => els.filter((el) => el.ownerDocument.defaultView.getComputedStyle(el).display === 'none').map((el) => Number(el.dataset.id.split('#')[1])));
    expect(hidden).toEqual(article.segments.flatMap((s, i) => (s.kind !== 'separator' && !s.content ? [i] : [])));
    expect(await stateOf(page)).toMatchObject({ view: 'read', article: RFA, nc: 'hide' });
  });

  it('how the arrest count grew and who gave each number: Figures, then a chart point opens the figure in its text', async () => {
    const page = await open();
    await page.locator('nav.views').getByRole('link', { name: 'Figures' }).click(); // 1
    const rows = await page.locator('#group-qantar-arrests table.data tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 7).map((td) => td.firstChild.textContent.trim())));
    const { api } = session;
    const series = api.figureSeries('qantar-arrests');
    const source = (f: (typeof series.points)[number]['figure']) => (f.source.kind === 'outlet' ? 'the outlet, in its own voice' : f.source.kind === 'entity' ? `${api.getEntity(f.source.entity).name} (named source)` : `${api.getEntity(api.getCitation(f.source.citation).speaker as EntityId).name}, quoted (citation ${f.source.citation})`);
    expect(rows).toEqual(series.points.map((p) => [p.date, api.getOutlet(p.outlet).name, `“${p.figure.span.text}”`, p.figure.qualifier, p.figure.value === null ? '' : p.figure.value.toLocaleString('en-US'), p.figure.measure, source(p.figure)]));
    await page.locator('#group-qantar-arrests').screenshot({ path: `${process.env['EXPLORER_SHOTS'] ?? '/tmp/explorer-shots'}/q4-arrests-chart.png` });

    const last = series.points.at(-1)?.figure;
    expect(last).toBeDefined();
    if (!last) return;
    const point = page.locator(`#group-qantar-arrests a.pt[data-figure="${last.id}"]`);
    expect(await point.getAttribute('aria-label')).toContain(`“${last.span.text}”`);
    await point.focus();
    await page.keyboard.press('Enter'); // 2
    expect(await stateOf(page)).toMatchObject({ view: 'read', sel: `figure:${last.id}` });
    expect(await page.locator('.text .selected[data-kind="figure"]').textContent()).toBe(last.span.text);
    const panel = await page.locator('#panel-body .rec').first().textContent();
    expect(panel).toContain(`Figure: “${last.span.text}”`);
    expect(panel).toContain(source(last));
  });
});

describe('search', () => {
  it('finds what `qantar-corpus search` finds, and a text match opens the text with the match marked', async () => {
    const page = await open();
    await page.locator('nav.views').getByRole('link', { name: 'Search' }).click(); // 1
    for (const query of ['color revolution', 'Tokayev', 'rt', '7,939']) {
      await page.getByLabel(/^Text to find/).fill(query);
      await page.keyboard.press('Enter'); // 2
      await expect.poll(() => page.locator('#find-status').textContent()).toContain(`“${query}”`);
      const shown = await page.locator('#find-results li').evaluateAll((els) => els.map((li) => li.dataset.kindFound === 'text' ? `text ${li.dataset.id} ${li.dataset.start}-${li.dataset.end}` : `${li.dataset.kindFound} ${li.dataset.id}`));
      // The command-line tool of the built package is the reference.
      const cli = JSON.parse(execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'search', query, '--json'], { encoding: 'utf8' })) as { kind: string; id?: string; article?: string; start?: number; end?: number }[];
      expect(shown, query).toEqual(cli.map((r) => (r.kind === 'text' ? `text ${r.article} ${r.start}-${r.end}` : `${r.kind} ${r.id}`)));
    }
    expect(await stateOf(page)).toEqual({ view: 'search', q: '7,939' });
    await page.locator('#find-results li[data-kind-found="text"] a').first().click(); // 3
    const found = await inPage(page, (html) => {
      const h = html.ownerDocument.defaultView.CSS.highlights.get('find');
      return h ? [...h][0].toString() : null;
    });
    expect(found).toBe('7,939');
    expect(await stateOf(page)).toMatchObject({ view: 'read', q: '7,939' });
    await shot(page, 'search-found-in-text');
    await page.goBack();
    expect(await page.locator('#find-results li').count()).toBeGreaterThan(0);
  });
});

describe('the side panel', () => {
  it('pins the whole stack of annotations at the clicked spot, steps through a layer, and links to the views', async () => {
    const page = await open(`#view=read&article=${RFA}`);
    const { api } = session;
    const article = api.getArticle(RFA);
    const figure = api.figures({ article: RFA }).find((f) => api.citations({ article: RFA }).some((c) => c.content.some((s) => s.start <= f.span.start && f.span.end <= s.end)));
    expect(figure).toBeDefined();
    if (!figure) return;
    await page.locator(`[data-kind="figure"][data-id="${figure.id}"]`).click();
    // Expected stack: every record of a shown layer (citations, claims, figures) and the segment that covers the spot.
    const at = figure.span.start;
    const covers = (s: { start: number; end: number }) => s.start <= at && at < s.end;
    const expected = new Set([
      `figure:${figure.id}`,
      ...api.citations({ article: RFA }).filter((c) => [...c.content, ...(c.speakerSpan ? [c.speakerSpan] : []), ...(c.cue ? [c.cue.span] : [])].some(covers)).map((c) => `citation:${c.id}`),
      ...api.corpus.claimMentions.filter((m) => m.article === RFA && covers(m.span)).map((m) => `claim:${m.id}`),
      `segment:${RFA}#${article.segments.findIndex((s) => covers(s.span))}`,
    ]);
    const keys = await page.locator('#panel-body .rec').evaluateAll((els) => els.map((el) => el.dataset.key));
    expect(keys[0]).toBe(`figure:${figure.id}`);
    expect(new Set(keys)).toEqual(expected);
    await shot(page, 'panel-stack-desktop');

    // The API call of each record returns that record.
    const codes = await page.locator('#panel-body .rec > .api code').allTextContents();
    for (const [i, code] of codes.entries()) {
      const record = runApi(code) as { id?: string; span?: { text: string } };
      const key = keys[i] as string;
      if (key.startsWith('segment:')) expect(record).toEqual(article.segments[Number(key.split('#')[1])]);
      else expect(record.id, code).toBe(key.slice(key.indexOf(':') + 1));
    }

    // Next and previous step through the article's figures in text order.
    const inOrder = api.figures({ article: RFA }).map((f) => f.id);
    const i = inOrder.indexOf(figure.id);
    await page.locator('#panel-next').click();
    expect(await stateOf(page)).toMatchObject({ sel: `figure:${inOrder[i + 1]}` });
    expect(await page.locator('#panel-pos').textContent()).toBe(`figure ${i + 2} of ${inOrder.length}`);
    await page.locator('#panel-prev').click();
    expect(await stateOf(page)).toMatchObject({ sel: `figure:${figure.id}` });

    // "All quotations by this speaker" and "This claim across outlets".
    const citation = [...expected].find((k) => k.startsWith('citation:'))?.slice('citation:'.length);
    const speaker = api.getCitation(citation as Citation['id']).speaker as EntityId;
    await page.locator(`#panel-body .rec[data-key="citation:${citation}"]`).getByRole('link', { name: `All quotations by ${api.getEntity(speaker).name}` }).click();
    expect(await stateOf(page)).toMatchObject({ view: 'speakers', speaker });
    expect(await page.locator(`.speaker-card[data-speaker="${speaker}"]`).isVisible()).toBe(true);
    await page.goBack();
    const claimKey = [...expected].find((k) => k.startsWith('claim:')) as string;
    const mention = api.corpus.claimMentions.find((m) => `claim:${m.id}` === claimKey);
    await page.locator(`#panel-body .rec[data-key="${claimKey}"]`).getByRole('link', { name: 'This claim across outlets' }).click();
    expect(await stateOf(page)).toMatchObject({ view: 'claims', claim: mention?.claim });
    const columns = await page.locator(`.claim-card[data-claim="${mention?.claim}"] .outlet-col`).evaluateAll((els) => els.map((el) => el.dataset.outlet));
    expect(columns.sort()).toEqual([...api.stanceMatrix({ claims: [mention?.claim as ClaimId] }).outlets].sort());
  });

  it('on a phone, a tap on a figure inside a claim shows the figure (not the claim view), above the fold', async () => {
    const page = await open(`#view=read&article=${RFA}`, { viewport: PHONE, hasTouch: true, isMobile: true });
    const figure = session.api.getFigure('rfa-arrested-3000');
    const el = page.locator(`[data-kind="figure"][data-id="${figure.id}"]`);
    await el.scrollIntoViewIfNeeded();
    await el.tap();
    expect(await stateOf(page)).toMatchObject({ view: 'read', sel: `figure:${figure.id}` });
    const panel = await page.locator('#panel').boundingBox();
    expect(panel && panel.x >= 0 && panel.x + panel.width <= PHONE.width && panel.y + panel.height <= PHONE.height + 1).toBe(true);
    expect(await page.locator('#panel-body .rec h3').first().textContent()).toBe(`Figure: “${figure.span.text}”`);
    expect(await page.locator('#panel-body .rec[data-key^="claim:"]').count()).toBeGreaterThan(0);
    const box = await el.boundingBox();
    expect(box && panel && box.y >= 0 && box.y + box.height <= panel.y).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'panel-phone-figure-in-claim');
    await page.locator('#panel-close').tap();
    // The close runs in the page's handlers after the tap resolves: wait for it rather than reading the panel once.
    await expect.poll(() => page.locator('#panel').isVisible(), { timeout: 5_000 }).toBe(false);
  });
});

describe('links to views', () => {
  it('a copied address restores the view it names, and Back returns through the views visited', async () => {
    const { api } = session;
    const label = api.labels({ article: RFA, voice: 'attributed' })[0];
    expect(label).toBeDefined();
    if (!label) return;
    const page = await open(`#view=read&article=${RFA}&layers=label,entity&nc=hide&sel=label:${label.id}`);
    expect(await page.locator(`article[data-article="${RFA}"]`).isVisible()).toBe(true);
    expect(await page.locator('input[name="layer"]:checked').evaluateAll((els) => els.map((e) => e.value))).toEqual(['label', 'entity']);
    expect(await page.getByLabel('Hide text that is not article content').isChecked()).toBe(true);
    expect(await page.locator('#panel-body .rec h3').first().textContent()).toBe(`Label: ${label.label}${label.scareQuoted ? ' (in scare quotes)' : ''}`);
    expect(await page.locator('.text .selected[data-kind="label"]').isVisible()).toBe(true);

    const claim = api.corpus.claims.find((c) => api.corpus.claimMentions.filter((m) => m.claim === c.id && m.voice === 'attributed').length > 1 && api.corpus.claimMentions.some((m) => m.claim === c.id && m.voice === 'authorial'));
    expect(claim).toBeDefined();
    await openExplorer(page, session.server, `#view=claims&claim=${claim?.id}&voice=attributed`);
    const visible = await page.locator(`.claim-card[data-claim="${claim?.id}"] li.mention:not([hidden])`).evaluateAll((els) => els.map((e) => e.dataset.voice));
    expect(visible.length).toBe(api.corpus.claimMentions.filter((m) => m.claim === claim?.id && m.voice === 'attributed').length);
    expect(new Set(visible)).toEqual(new Set(['attributed']));
    expect(await page.locator(`.claim-card[data-claim="${claim?.id}"] .api code`).textContent()).toBe(`stanceMatrix({ claims: ['${claim?.id}'], voice: 'attributed' })`);
    expect(await page.locator('#voice-filter').getByLabel('Quoted').isChecked()).toBe(true);

    await openExplorer(page, session.server, '#view=figures&group=qantar-deaths');
    await page.waitForTimeout(100);
    const heading = await page.locator('#group-h-qantar-deaths').boundingBox();
    expect(heading && heading.y >= 0 && heading.y < DESKTOP.height / 2).toBe(true);

    // Back and forward through views reached by clicks.
    await openExplorer(page, session.server, '');
    await page.locator('#heatmap tbody[data-subject="kazakhstan"] th a').first().click();
    expect(await stateOf(page)).toEqual({ view: 'claims', about: 'kazakhstan' });
    const firstClaim = await page.locator('.about-card[data-about="kazakhstan"] li.mention a').first().getAttribute('href');
    await page.locator('.about-card[data-about="kazakhstan"] li.mention a').first().click();
    expect(`#${new URL(page.url()).hash.slice(1)}`).toBe(firstClaim);
    await page.goBack();
    expect(await page.locator('.about-card[data-about="kazakhstan"]').isVisible()).toBe(true);
    await page.goBack();
    expect(await page.locator('#view-overview').isVisible()).toBe(true);
    await page.goForward();
    expect(await stateOf(page)).toEqual({ view: 'claims', about: 'kazakhstan' });
    await page.reload();
    await page.waitForSelector('[data-view-link][aria-current="page"]');
    expect(await page.locator('.about-card[data-about="kazakhstan"]').isVisible()).toBe(true);
  });

  it('the API call each view shows reproduces what the view lists', async () => {
    const page = await open('#view=speakers&speaker=wang-yi');
    const code = await page.locator('.speaker-card[data-speaker="wang-yi"] > .api code').textContent();
    const listed = await page.locator('.speaker-card[data-speaker="wang-yi"] li.citation-item').evaluateAll((els) => els.map((e) => e.dataset.citation));
    expect((runApi(code ?? '') as readonly Citation[]).map((c) => c.id).sort()).toEqual(listed.sort());

    await openExplorer(page, session.server, '#view=claims&about=china&voice=authorial');
    const about = await page.locator('.about-card[data-about="china"] > .api code').textContent();
    expect(about).toBe("claimsAbout('china', { voice: 'authorial' })");
    const shown = await page.locator('.about-card[data-about="china"] li.mention:not([hidden])').count();
    expect((runApi(about ?? '') as readonly { mentions: readonly unknown[] }[]).reduce((n, c) => n + c.mentions.length, 0)).toBe(shown);

    await openExplorer(page, session.server, '#view=figures');
    for (const group of session.api.corpus.figureGroups) {
      const codeLine = page.locator(`#group-${group.id} .api code`);
      if (!(await codeLine.count())) {
        expect(session.api.figureSeries(group.id).points.filter((p) => p.figure.value !== null || p.figure.low !== null).length, group.id).toBe(0);
        continue;
      }
      const rows = await page.locator(`#group-${group.id} table.data tbody tr`).evaluateAll((els) => els.map((e) => e.dataset.figure));
      expect((runApi((await codeLine.textContent()) ?? '') as { points: readonly { figure: { id: string } }[] }).points.map((p) => p.figure.id)).toEqual(rows);
    }
  });
});

describe('keyboard only', () => {
  it('overview and claims: skip link, views, the table’s switch and cells, search, list and voice radios, links', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    expect(await inPage(page, (html) => html.ownerDocument.activeElement.textContent)).toBe('Skip to the explorer');
    await tabTo(page, '#heat-all');
    const before = await page.locator('#heatmap tr[data-claim]:visible').count();
    await page.keyboard.press('Space');
    expect(await page.locator('#heatmap tr[data-claim]:visible').count()).toBeGreaterThan(before);
    await tabTo(page, '#heatmap button.cell');
    const cellKey = await inPage(page, (html) => html.ownerDocument.activeElement.dataset.sel);
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toMatchObject({ sel: cellKey });
    expect(await inPage(page, (html) => html.ownerDocument.activeElement.id)).toBe('panel-title');
    expect(await page.locator('#panel-body li.mention').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect((await stateOf(page))['sel']).toBeUndefined();

    await tabTo(page, 'nav.views a[data-view-link="claims"]', 300, true);
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toEqual({ view: 'claims' });
    await tabTo(page, '#claim-search', 5);
    await page.keyboard.type('tokayev');
    await expect.poll(() => page.locator('#claim-count').textContent()).toContain('matching “tokayev”');
    await tabTo(page, 'input[name="mode"]', 5);
    await page.keyboard.press('ArrowDown');
    expect(await stateOf(page)).toMatchObject({ mode: 'about' });
    await tabTo(page, 'input[name="voice"]', 5);
    await page.keyboard.press('ArrowRight');
    expect(await stateOf(page)).toMatchObject({ voice: 'authorial' });
    await tabTo(page, '#claim-list .subject:not([hidden]) h3 a', 10);
    const subject = await inPage(page, (html) => html.ownerDocument.activeElement.closest('.subject').dataset.subject);
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toEqual({ view: 'claims', mode: 'about', voice: 'authorial', about: subject });
    expect(await inPage(page, (html) => html.ownerDocument.activeElement.id)).toBe(`about-h-${subject}`);
    await tabTo(page, '.about-card:not([hidden]) button.copy', 5);
    await page.keyboard.press('Enter');
    await expect.poll(() => inPage(page, (html) => html.ownerDocument.activeElement.textContent)).toMatch(/^(Copied|Selected: press Ctrl\+C)$/);
    await tabTo(page, '.about-card:not([hidden]) li.mention:not([hidden]) a.small', 40);
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toMatchObject({ view: 'read' });
    expect(await inPage(page, (html) => html.ownerDocument.activeElement.dataset.kind)).toBe('claim');
  });

  it('texts: article, layers, non-content switch, highlights, margin labels, panel buttons, Escape', async () => {
    const page = await open('#view=read');
    await tabTo(page, '#article-select', 40);
    const first = await page.locator('#article-select').inputValue();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('#article-select').inputValue();
    expect(second).toBe(session.api.corpus.articles[2]?.id);
    expect(second).not.toBe(first);
    expect(await stateOf(page)).toMatchObject({ view: 'read', article: second });
    await tabTo(page, 'input[name="layer"][value="entity"]', 10);
    await page.keyboard.press('Space');
    expect((await stateOf(page))['layers']).toBe('citation,claim,figure,entity');
    await tabTo(page, '#hide-nc', 5);
    await page.keyboard.press('Space');
    expect(await stateOf(page)).toMatchObject({ nc: 'hide' });
    await page.keyboard.press('Space');
    await tabTo(page, `article[data-article="${second}"] .seglabel`, 20);
    const segKey = await inPage(page, (html) => html.ownerDocument.activeElement.dataset.sel);
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toMatchObject({ sel: segKey });
    await page.keyboard.press('Escape');
    await tabTo(page, `article[data-article="${second}"] .text [data-kind="entity"]`, 200);
    const entity = await inPage(page, (html) => html.ownerDocument.activeElement.dataset.id);
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toMatchObject({ sel: `entity:${entity}` });
    expect(await inPage(page, (html) => html.ownerDocument.activeElement.id)).toBe('panel-title');
    await tabTo(page, '#panel-next', 4);
    await page.keyboard.press('Enter');
    const next = session.api.corpus.entityMentions.filter((m) => m.article === second).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    const index = next.findIndex((m) => m.id === entity);
    expect(await stateOf(page)).toMatchObject({ sel: `entity:${next[index + 1]?.id}` });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toMatchObject({ sel: `entity:${entity}` });
    await page.keyboard.press('Escape');
    expect((await stateOf(page))['sel']).toBeUndefined();
    expect(await inPage(page, (html) => html.ownerDocument.activeElement.dataset.id)).toBe(entity);
    // The Close button, and a link in the panel.
    await page.keyboard.press('Enter');
    await tabTo(page, '#panel-close', 3);
    await page.keyboard.press('Enter');
    expect((await stateOf(page))['sel']).toBeUndefined();
    expect(await inPage(page, (html) => html.ownerDocument.activeElement.dataset.id)).toBe(entity);
    await page.keyboard.press('Enter');
    await tabTo(page, '#panel-body .actions a', 12);
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toMatchObject({ view: 'speakers', speaker: session.api.corpus.entityMentions.find((m) => m.id === entity)?.entity });
  });

  it('figures and speakers: chart points and table links, speaker search and list', async () => {
    const page = await open('#view=figures');
    await tabTo(page, '#group-qantar-arrests a.pt', 80);
    const figure = await inPage(page, (html) => html.ownerDocument.activeElement.dataset.figure);
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toMatchObject({ view: 'read', sel: `figure:${figure}` });
    await page.goBack();
    await tabTo(page, 'nav.views a[data-view-link="speakers"]', 300, true);
    await page.keyboard.press('Enter');
    await tabTo(page, '#speaker-search', 5);
    await page.keyboard.type('tileuberdi');
    await tabTo(page, '#speaker-list li:not([hidden]) a', 5);
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toEqual({ view: 'speakers', speaker: 'mukhtar-tileuberdi' });
    await tabTo(page, '.speaker-card:not([hidden]) button.linkish', 20);
    await page.keyboard.press('Enter');
    expect((await stateOf(page))['sel']).toMatch(/^citation:/);
    expect(await page.locator('#panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await tabTo(page, 'nav.views a[data-view-link="search"]', 300, true);
    await page.keyboard.press('Enter');
    await tabTo(page, '#find-q', 3);
    await page.keyboard.type('Wang Li');
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toMatchObject({ view: 'search', q: 'Wang Li' });
    await tabTo(page, '#find-results a', 10);
    await page.keyboard.press('Enter');
    expect(await stateOf(page)).toMatchObject({ view: expect.stringMatching(/^(speakers|read)$/) });
  });
});

describe('screens', () => {
  const views = ['', '#view=claims&claim=external-forces-sought-color-revolution', '#view=claims&about=color-revolution', '#view=speakers&speaker=xi-jinping', '#view=figures&group=qantar-arrests', `#view=read&article=${RFA}`, `#view=read&sel=figure:gt-arrested-7939&layers=citation,claim,figure,label,technique`, '#view=search&q=color%20revolution'];
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`every view fits a ${name} screen (${viewport.width}x${viewport.height}) without sideways scrolling`, async () => {
      const page = await open('', { viewport, ...(name === 'phone' ? { hasTouch: true, isMobile: true } : {}) });
      for (const hash of views) {
        await openExplorer(page, session.server, hash);
        expect(await overflow(page), hash).toBeLessThanOrEqual(0);
        const label = (new URLSearchParams(hash.slice(1)).get('view') ?? 'overview') + (hash.includes('sel=') ? '-selected' : hash.includes('about=') ? '-about' : '');
        await shot(page, `view-${label}-${name}`);
      }
    });
  }
});

describe('every record of the corpus is in the page', () => {
  it('one element per record of every layer, each text unchanged', async () => {
    const page = await open('#view=read');
    const { api } = session;
    const ids = await page.locator('.text [data-kind]').evaluateAll((els) => els.map((el) => `${el.dataset.kind}:${el.dataset.id}`));
    const expected = [
      ...api.corpus.citations.map((r) => `citation:${r.id}`), ...api.corpus.claimMentions.map((r) => `claim:${r.id}`), ...api.corpus.figures.map((r) => `figure:${r.id}`),
      ...api.corpus.entityMentions.map((r) => `entity:${r.id}`), ...api.labels().map((r) => `label:${r.id}`), ...api.techniques().map((r) => `technique:${r.id}`), ...api.entityRoles().map((r) => `role:${r.id}`),
      ...api.corpus.articles.flatMap((a) => a.segments.flatMap((s, i) => (s.kind === 'separator' ? [] : [`segment:${a.id}#${i}`]))),
    ];
    expect(ids.length).toBe(expected.length);
    expect(new Set(ids)).toEqual(new Set(expected));
    for (const article of api.corpus.articles) expect(await page.locator(`article[data-article="${article.id as ArticleId}"] .text`).textContent(), article.id).toBe(article.text);
  });
});
