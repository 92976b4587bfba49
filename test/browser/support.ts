// Shared set-up of the browser tests: Debian's chromium driven by playwright-core, the built site
// served from 127.0.0.1, a fresh context per test that refuses (and records) every request to any
// other host, and console errors and warnings collected; each test ends by asserting there were
// none. The public API the pages are checked against is the built package (dist/), not the
// explorer's own code.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { serveSite, type SiteServer } from './site-server.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const siteDir = path.join(root, 'docs/site');
/** Screenshots, to look at after a run (outside the repository, so they are never committed). */
export const shotsDir = process.env['EXPLORER_SHOTS'] ?? '/tmp/explorer-shots';
export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export type Api = typeof import('../../src/index.js');

/** Debian's chromium (never a downloaded browser); fails with the install command when absent. */
function chromiumPath(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not installed: run `apt-get update && apt-get install -y chromium`');
  }
}

/** What a test file gets from {@link useBrowser}; `page` and `context` are new for every `open`. */
export interface BrowserSession {
  readonly server: SiteServer;
  readonly api: Api;
  /** A new context and page (closing the previous ones, after checking them). */
  open(options?: BrowserContextOptions): Promise<Page>;
  page(): Page;
  /** Checks and closes the current context: no console errors or warnings, no requests to other hosts. */
  close(): Promise<void>;
}

/** Registers the hooks of a browser test file and returns the session. */
export function useBrowser(): BrowserSession {
  let browser: Browser;
  let server: SiteServer;
  let api: Api;
  let context: BrowserContext | null = null;
  let current: Page | null = null;
  let errors: string[] = [];
  let foreign: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(siteDir, 'explorer/index.html'))) throw new Error('docs/site/explorer/index.html is missing: run `npm run docs` first');
    if (!existsSync(path.join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    mkdirSync(shotsDir, { recursive: true });
    api = (await import(pathToFileURL(path.join(root, 'dist/index.js')).href)) as Api;
    server = await serveSite(siteDir);
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
  });

  const close = async () => {
    if (!context) return;
    const ctx = context;
    context = null;
    current = null;
    await ctx.close();
    const e = errors;
    const f = foreign;
    errors = [];
    foreign = [];
    expect(e, 'console errors and warnings').toEqual([]);
    expect(f, 'requests to other hosts').toEqual([]);
  };

  afterEach(close);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() { return server; },
    get api() { return api; },
    page: () => {
      if (!current) throw new Error('no page: call open() first');
      return current;
    },
    close,
    async open(options = {}) {
      await close();
      context = await browser.newContext({ viewport: DESKTOP, ...options });
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
        foreign.push(url);
        return route.abort();
      });
      current = await context.newPage();
      current.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()} (${message.location().url})`);
      });
      current.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      return current;
    },
  };
}

/** Opens the explorer at a state (`#view=claims&claim=…`) and waits until its script has shown it. */
export async function openExplorer(page: Page, server: SiteServer, hash = ''): Promise<void> {
  await page.goto(`${server.url}explorer/index.html${hash}`);
  // A change of fragment only is not a new page load: wait until the script has shown this state.
  await page.locator('html').and(page.locator(`[data-applied="${hash.replace(/"/g, '\\"')}"]`)).waitFor({ state: 'attached' });
}

/** The explorer's state as the address bar shows it. */
export async function stateOf(page: Page): Promise<Record<string, string>> {
  // Read in the page: page.url() learns of a change of fragment only a moment later.
  const hash = (await inPage(page, (html) => html.ownerDocument.location.hash as string)).replace(/^#/, '');
  return Object.fromEntries(hash.split('&').filter(Boolean).map((p) => p.split('=').map(decodeURIComponent) as [string, string]));
}

/** Saves a screenshot to {@link shotsDir}. */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage });
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 200, back = false): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await inPage(page, (html, s) => html.ownerDocument.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`no element matching ${selector} reached after ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${await inPage(page, (html) => html.ownerDocument.activeElement?.outerHTML.slice(0, 120))}`);
}

/**
 * Runs `fn` in the page on its root element (`html.ownerDocument` is the document). The project's
 * tsconfig has no DOM library (the package targets Node, and a DOM library would let library code
 * use browser globals unnoticed), so the page's objects are untyped here. Playwright serializes the
 * callback, so it may use nothing from this module.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function inPage<R, A = undefined>(page: Page, fn: (html: any, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return page.locator('html').evaluate(fn as never, arg) as Promise<R>;
}

/** The horizontal overflow of the page in CSS pixels (0 when nothing sticks out). */
export function overflow(page: Page): Promise<number> {
  return inPage(page, (html) => html.scrollWidth - html.clientWidth);
}

const axeSource = () => readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (vendored from npm, its source injected) on the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await inPage(page, (html) => 'axe' in html.ownerDocument.defaultView))) await page.evaluate(axeSource());
  const results = await inPage(page, (html) => html.ownerDocument.defaultView.axe.run(html.ownerDocument, { resultTypes: ['violations'] })) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
}
