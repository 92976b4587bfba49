// The corpus explorer (docs/site/explorer/index.html) and the docs site in a real browser:
// Debian's chromium driven by playwright-core, the site served from 127.0.0.1. Run with
// `npm run docs && npm run test:browser`. Screenshots go to test-results/ (git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/generated/types.js';
import { serveSite, type SiteServer } from './site-server.js';

// The callbacks given to page.evaluate run in the page. The project's tsconfig has no DOM library
// (the package targets Node), so they see these minimal, module-local shapes of the DOM.
interface El {
  readonly dataset: Record<string, string | undefined>;
  readonly textContent: string | null;
  readonly hidden: boolean;
  readonly href: string;
  readonly parentElement: El | null;
  getAttribute(name: string): string | null;
  closest(selector: string): El | null;
}
declare const document: {
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
  querySelector(selector: string): El | null;
  readonly activeElement: El | null;
  readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
};
declare function getComputedStyle(el: El): { readonly [property: string]: string };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const siteDir = path.join(root, 'docs/site');
const shots = path.join(root, 'test-results');
const KINDS = ['figure', 'citation', 'claim', 'entity'] as const;

/** Debian's chromium (never a downloaded browser); fails with the install command when absent. */
function chromiumPath(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not installed: run `apt-get update && apt-get install -y chromium`');
  }
}

let browser: Browser;
let server: SiteServer;
let corpus: Corpus;
let context: BrowserContext;
let page: Page;
let errors: string[];
let foreign: string[];

beforeAll(async () => {
  if (!existsSync(path.join(siteDir, 'explorer/index.html'))) throw new Error('docs/site/explorer/index.html is missing: run `npm run docs` first');
  corpus = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.json'), 'utf8')) as Corpus;
  mkdirSync(shots, { recursive: true });
  server = await serveSite(siteDir);
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  errors = [];
  foreign = [];
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Every request must go to the local server; anything else is recorded and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
});

afterEach(async () => {
  await context.close();
  expect(errors, 'console errors and warnings').toEqual([]);
  expect(foreign, 'requests to other hosts').toEqual([]);
});

const openExplorer = async () => {
  await page.goto(`${server.url}explorer/index.html`);
  await page.waitForSelector('#claim-grid .col');
};

/** Corpus records of each highlight kind, optionally only in the given articles. */
function corpusCounts(articleIds?: ReadonlySet<string>): Record<(typeof KINDS)[number], number> {
  const keep = (r: { article: string }) => !articleIds || articleIds.has(r.article);
  return {
    figure: corpus.figures.filter(keep).length,
    citation: corpus.citations.filter(keep).length,
    claim: corpus.claimMentions.filter(keep).length,
    entity: corpus.entityMentions.filter(keep).length,
  };
}

/** Number of highlights of each kind in the page (only visible ones when `visible`). */
async function pageCounts(visible: boolean): Promise<Record<string, number>> {
  return page.evaluate(({ kinds, visible }) => Object.fromEntries(kinds.map((kind) => [kind,
    [...document.querySelectorAll(`[data-kind="${kind}"]`)].filter((el) => !visible || !el.closest('[hidden]')).length])), { kinds: [...KINDS], visible });
}

describe('explorer', () => {
  it('has one highlight per figure, citation, claim mention and entity mention of the corpus, each with its record', async () => {
    await openExplorer();
    expect(await pageCounts(false)).toEqual(corpusCounts());
    const ids = await page.evaluate(() => [...document.querySelectorAll('[data-kind]')].map((el) => `${el.dataset['kind']}:${el.dataset['id']}`));
    const expected = [
      ...corpus.figures.map((r) => `figure:${r.id}`), ...corpus.citations.map((r) => `citation:${r.id}`),
      ...corpus.claimMentions.map((r) => `claim:${r.id}`), ...corpus.entityMentions.map((r) => `entity:${r.id}`),
    ];
    expect(new Set(ids)).toEqual(new Set(expected));
    // Highlights are focusable and described by the tooltip region.
    const attrs = await page.evaluate(() => [...document.querySelectorAll('[data-kind]')].every((el) => el.getAttribute('tabindex') === '0' && el.getAttribute('aria-describedby') === 'tip'));
    expect(attrs).toBe(true);
    // Each article's text is rendered in full and unchanged.
    for (const article of corpus.articles) {
      const text = await page.locator(`article[data-article="${article.id}"] .text`).textContent();
      expect(text, article.id).toBe(article.text);
    }
    await page.screenshot({ path: path.join(shots, 'explorer-desktop.png') });
  });

  it('citations tell speaker, cue and content apart, and non-article segments are dimmed', async () => {
    await openExplorer();
    const withParts = corpus.citations.filter((c) => c.speakerSpan && c.cue);
    expect(await page.locator('[data-part="speaker"]').count()).toBe(corpus.citations.filter((c) => c.speakerSpan).length);
    expect(await page.locator('[data-part="cue"]').count()).toBe(corpus.citations.filter((c) => c.cue).length);
    const sample = withParts[0];
    expect(sample).toBeDefined();
    if (!sample) return;
    const speaker = page.locator(`[data-ref="citation:${sample.id}"][data-part="speaker"]`).first();
    expect(await speaker.textContent()).toBe(sample.speakerSpan?.text);
    const styles = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) as El);
      return { nc: style('.seg.nc')['fontStyle'], body: style('.seg-body')['fontStyle'], content: style('.hl-citation')['backgroundColor'], cue: style('.part-cue')['fontStyle'] };
    });
    expect(styles.nc).toBe('italic');
    expect(styles.body).toBe('normal');
    expect(styles.cue).toBe('italic');
    expect(styles.content).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('shows a record on hover and on keyboard focus', async () => {
    await openExplorer();
    const figure = corpus.figures.find((f) => f.group === 'qantar-arrests') ?? corpus.figures[0];
    expect(figure).toBeDefined();
    if (!figure) return;
    const el = page.locator(`[data-kind="figure"][data-id="${figure.id}"]`);
    await el.hover();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    expect(await page.locator('#tip').textContent()).toContain(figure.span.text);
    expect(await page.locator('#tip').textContent()).toContain(figure.counted);
    await page.screenshot({ path: path.join(shots, 'explorer-tooltip.png') });
    await page.mouse.move(0, 0);
    await page.locator('#tip').waitFor({ state: 'hidden' });

    // Keyboard: the first Tab reaches the skip link; tabbing from the filters reaches highlights.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the articles');
    const mention = corpus.claimMentions[0];
    expect(mention).toBeDefined();
    if (!mention) return;
    await page.locator(`[data-kind="claim"][data-id="${mention.id}"]`).focus();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    const tip = await page.locator('#tip').textContent();
    expect(tip).toContain(corpus.claims.find((c) => c.id === mention.claim)?.proposition);
    expect(tip).toContain(mention.stance);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.dataset['kind'])).toBeTruthy();
    await page.keyboard.press('Escape');
    await page.locator('#tip').waitFor({ state: 'hidden' });
  });

  it('filters by outlet and by layer', async () => {
    await openExplorer();
    const outlet = 'global-times';
    const ids = new Set(corpus.articles.filter((a) => a.outlet === outlet).map((a) => a.id));
    expect(ids.size).toBeGreaterThan(0);
    await page.selectOption('#outlet-filter', outlet);
    const shown = await page.evaluate(() => [...document.querySelectorAll('article[data-article]')].filter((a) => !a.hidden).map((a) => a.dataset['article']));
    expect(new Set(shown)).toEqual(ids);
    expect(await pageCounts(true)).toEqual(corpusCounts(ids));
    expect(await page.locator('#status').textContent()).toContain(`${ids.size} article`);
    await page.locator('#articles-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'explorer-outlet-filter.png') });

    await page.uncheck('input[name="layer"][value="entity"]');
    const entity = page.locator('[data-kind="entity"]').first();
    expect(await entity.getAttribute('tabindex')).toBe('-1');
    expect(await entity.evaluate((el) => getComputedStyle(el as unknown as El)['borderBottomStyle'])).toBe('none');
    expect(await page.locator('[data-kind="figure"]').first().getAttribute('tabindex')).toBe('0');

    await page.selectOption('#outlet-filter', '');
    expect(await pageCounts(true)).toEqual(corpusCounts());
  });

  it('claim view lists one claim’s mentions side by side across outlets, with stances', async () => {
    await openExplorer();
    const articleOutlet = new Map(corpus.articles.map((a) => [a.id, a.outlet]));
    const outletsOf = (claim: string) => new Set(corpus.claimMentions.filter((m) => m.claim === claim).map((m) => articleOutlet.get(m.article)));
    const claim = [...corpus.claims].sort((a, b) => outletsOf(b.id).size - outletsOf(a.id).size)[0];
    expect(claim).toBeDefined();
    if (!claim) return;
    await page.selectOption('#claim-select', claim.id);
    expect(await page.locator('#claim-proposition').textContent()).toContain(claim.proposition);
    const columns = await page.evaluate(() => [...document.querySelectorAll('#claim-grid .col')].map((col) => ({
      outlet: col.dataset['outlet'] ?? '',
      stances: [...(col as El & { querySelectorAll(s: string): Iterable<El> }).querySelectorAll('li[data-stance]')].map((li) => li.dataset['stance']),
    })));
    const authors = [...new Set(corpus.articles.map((a) => a.outlet))];
    expect(columns.map((c) => c.outlet).sort()).toEqual(authors.sort());
    for (const column of columns) {
      const expected = corpus.claimMentions.filter((m) => m.claim === claim.id && articleOutlet.get(m.article) === column.outlet).map((m) => m.stance);
      expect(column.stances.sort(), column.outlet).toEqual(expected.sort());
    }
    expect(columns.filter((c) => c.stances.length > 0).length).toBe(outletsOf(claim.id).size);
    await page.locator('#claim-view').screenshot({ path: path.join(shots, 'explorer-claim-view.png') });

    // "Show in text" focuses the mention; clicking a mention in the text selects its claim.
    await page.locator('#claim-grid a').first().click();
    expect(await page.evaluate(() => document.activeElement?.dataset['kind'])).toBe('claim');
    const other = corpus.claimMentions.find((m) => m.claim !== claim.id);
    if (other) {
      await page.locator(`[data-kind="claim"][data-id="${other.id}"]`).click();
      expect(await page.locator('#claim-select').inputValue()).toBe(other.claim);
    }
  });

  it('charts every qantar-arrests figure with a value', async () => {
    await openExplorer();
    const arrests = corpus.figures.filter((f) => f.group === 'qantar-arrests' && (f.value ?? f.low) !== null);
    expect(arrests.length).toBeGreaterThan(0);
    const points = await page.evaluate(() => [...document.querySelectorAll('#chart svg g.pt')].map((g) => g.dataset['figure']));
    expect(new Set(points)).toEqual(new Set(arrests.map((f) => f.id)));
    expect(await page.locator('#chart svg').getAttribute('role')).toBe('img');
    await page.locator('#chart').screenshot({ path: path.join(shots, 'explorer-chart.png') });
  });

  it('has landmarks and text contrast of at least 4.5:1', async () => {
    await openExplorer();
    for (const role of ['banner', 'main', 'contentinfo', 'navigation'] as const) expect(await page.getByRole(role).count(), role).toBeGreaterThan(0);
    const failures = await page.evaluate(() => {
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r = 0, g = 0, b = 0]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: El | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e)['backgroundColor'] ?? '');
          if (c.length === 3 || (c[3] ?? 0) > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      const selectors = ['body', '.seg.nc', '.seg-body', '.badge', '.tie', '.meta', '.hl-figure', '.hl-citation', '.part-speaker', '#status', 'figcaption', '#claim-grid .col', '.chart svg text', 'a'];
      for (const selector of selectors) {
        for (const el of [...document.querySelectorAll(selector)].slice(0, 40)) {
          if (!(el.textContent ?? '').trim()) continue;
          const style = getComputedStyle(el);
          const fg = parse((selector === '.chart svg text' ? style['fill'] : style['color']) ?? '');
          const [l1, l2] = [lum(fg), lum(background(el))].sort((a, b) => b - a) as [number, number];
          const ratio = (l1 + 0.05) / (l2 + 0.05);
          if (ratio < 4.5) out.push(`${selector} "${(el.textContent ?? '').trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
        }
      }
      return out;
    });
    expect(failures).toEqual([]);
  });

  it('fits a phone screen without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openExplorer();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(shots, 'explorer-phone.png') });
    const figure = page.locator('[data-kind="figure"]').first();
    await figure.focus();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    const box = await page.locator('#tip').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await page.screenshot({ path: path.join(shots, 'explorer-phone-tooltip.png') });
  });
});

describe('docs site', () => {
  it('renders every guide, and every local link of the site resolves', async () => {
    const pages = ['index.html', 'getting-started.html', 'recipes.html', 'data-model.html', 'annotation-guide.html', 'api/modules/qantar-corpus.html'];
    const checked = new Set<string>();
    for (const name of pages) {
      const response = await page.goto(`${server.url}${name}`);
      expect(response?.status(), name).toBe(200);
      const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.href));
      for (const link of links.filter((l) => l.startsWith(server.url))) {
        const target = link.split('#')[0] ?? link;
        if (checked.has(target)) continue;
        checked.add(target);
        const res = await page.request.get(target);
        expect(res.status(), `${name} -> ${target}`).toBe(200);
      }
    }
    expect(checked).toContain(`${server.url}api/index.html`);
    // The guides fit a phone screen too (wide tables and code scroll inside themselves).
    await page.setViewportSize({ width: 375, height: 812 });
    for (const name of pages.filter((p) => !p.startsWith('api/'))) {
      await page.goto(`${server.url}${name}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}recipes.html`);
    await page.screenshot({ path: path.join(shots, 'site-recipes.png') });
    await page.goto(`${server.url}api/index.html`);
    await page.screenshot({ path: path.join(shots, 'site-api.png') });
  });
});
