// The docs site (docs/site/) in Debian's chromium: every local link resolves, the API reference's
// source links point at the real files and lines, API names in the guides link to their pages, the
// offline search finds guide text, every download is the package's file, the pictures load and say
// what the corpus says. Run with `npm run docs && npm run test:browser`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Lexer, type Tokens } from 'marked';
import type { ClaimId } from '../../src/generated/ids.js';
import { inPage, overflow, PHONE, root, shot, siteDir, useBrowser } from './support.js';

const session = useBrowser();
const GUIDES = ['getting-started', 'recipes', 'data-model', 'annotation-guide', 'data-card', 'evaluate', 'benchmark', 'validation', 'versioning', 'performance'];
const PAGES = ['index.html', ...GUIDES.map((g) => `${g}.html`), 'downloads.html', 'cli.html', 'search.html', 'explorer/index.html', 'api/index.html', 'api/modules/qantar-corpus.html', 'api/functions/qantar-corpus.claimsAbout.html'];

describe('docs site', () => {
  it('serves every page, and every local link of every page resolves', async () => {
    const page = await session.open();
    const { server } = session;
    const checked = new Set<string>();
    for (const name of PAGES) {
      const response = await page.goto(`${server.url}${name}`);
      expect(response?.status(), name).toBe(200);
      // SVG links (the explorer's chart points) keep their address in href.baseVal.
      const links = await page.locator('a[href], img[src]').evaluateAll((els) => els.map((a) => (typeof a.href === 'string' ? a.href : a.href ? new URL(a.href.baseVal, a.baseURI).href : a.src)));
      for (const link of links.filter((l) => l.startsWith(server.url))) {
        const target = link.split('#')[0]?.split('?')[0] ?? link;
        if (checked.has(target)) continue;
        checked.add(target);
        const res = await page.request.get(target);
        expect(res.status(), `${name} -> ${target}`).toBe(200);
      }
    }
    for (const p of ['downloads.html', 'cli.html', 'api/index.html', 'explorer/index.html']) expect(checked, p).toContain(`${server.url}${p}`);
    // The guides fit a phone screen (wide tables and code scroll inside themselves).
    await page.setViewportSize(PHONE);
    for (const name of PAGES.filter((p) => !p.startsWith('api/') && !p.startsWith('explorer/'))) {
      await page.goto(`${server.url}${name}`);
      expect(await overflow(page), name).toBeLessThanOrEqual(0);
    }
    await page.goto(`${server.url}recipes.html#picture-arrests-series`);
    await shot(page, 'site-recipes-phone');
  });

  it('the API reference’s “Defined in” links name the file under src/ and the line of the definition', async () => {
    const page = await session.open();
    const pages = ['functions/qantar-corpus.claimsAbout.html', 'functions/qantar-corpus.figureSeries.html', 'interfaces/qantar-corpus.ClaimMention.html', 'functions/qantar-corpus_schema.validateCorpus.html', 'functions/qantar-corpus_score.scorePredictions.html'];
    for (const p of pages) {
      await page.goto(`${session.server.url}api/${p}`);
      const links = await page.locator('.tsd-sources a').evaluateAll((els) => els.map((a) => ({ href: a.href, text: a.textContent })));
      expect(links.length, p).toBeGreaterThan(0);
      const name = p.split('.').at(-2) as string;
      for (const { href, text } of links) {
        const m = /^https:\/\/github\.com\/qantar-corpus\/qantar-corpus\/blob\/main\/(.+)#L(\d+)$/.exec(href);
        expect(m, href).not.toBeNull();
        const [, file = '', line = '0'] = m ?? [];
        expect(`${file}:${line}`, href).toBe(text);
        expect(file.startsWith('src/'), href).toBe(true);
        expect(existsSync(path.join(root, file)), file).toBe(true);
        const source = readFileSync(path.join(root, file), 'utf8').split('\n');
        const declared = source.slice(Number(line) - 1, Number(line) + 1).join(' ');
        if (links.length === 1 || p.startsWith('functions/')) expect(declared, `${file}:${line}`).toContain(name);
      }
    }
  });

  it('API names in the guides link to their reference pages', async () => {
    const { api } = session;
    const page = await session.open();
    for (const guide of ['getting-started', 'recipes']) {
      // Functions the guide calls in inline code, read from its Markdown (not from the renderer).
      const called = new Set<string>();
      const walk = (tokens: readonly Tokens.Generic[], inLink: boolean) => {
        for (const t of tokens) {
          if (t.type === 'codespan' && !inLink) {
            const name = /^([a-zA-Z]\w*)\(/.exec((t as Tokens.Codespan).text)?.[1];
            if (name && typeof (api as Record<string, unknown>)[name] === 'function') called.add(name);
          }
          const children = (t as { tokens?: Tokens.Generic[]; items?: Tokens.Generic[] }).tokens ?? (t as { items?: Tokens.Generic[] }).items;
          if (children && t.type !== 'heading') walk(children, inLink || t.type === 'link');
        }
      };
      walk(Lexer.lex(readFileSync(path.join(root, 'docs', `${guide}.md`), 'utf8')) as Tokens.Generic[], false);
      expect(called.size, guide).toBeGreaterThan(0);
      await page.goto(`${session.server.url}${guide}.html`);
      const links = await page.locator('main a.api-link').evaluateAll((els) => els.map((a) => ({ code: a.textContent, href: a.getAttribute('href') })));
      for (const name of called) {
        const link = links.find((l) => l.code.startsWith(`${name}(`));
        expect(link?.href, `${guide}: ${name}`).toMatch(new RegExp(`^api/functions/qantar-corpus(_[a-z]+)?\\.${name}\\.html$`));
      }
      for (const link of links.slice(0, 12)) {
        const res = await page.request.get(`${session.server.url}${link.href}`);
        expect(res.status(), link.href).toBe(200);
        const name = /^(\w+)/.exec(link.code)?.[1] ?? '';
        expect(await res.text(), link.href).toContain(`<h1>`);
        expect(link.href, link.code).toContain(`.${name}.html`);
      }
    }
  });

  it('the search finds guide text from the search box of any page, and each hit is on the page it links to', async () => {
    const page = await session.open();
    await page.goto(`${session.server.url}getting-started.html`);
    await page.getByRole('searchbox', { name: 'Search the guides' }).fill('machine translation aggregator');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\.html\?q=/);
    await page.locator('#search-results li').first().waitFor();
    const hits = await page.locator('#search-results li a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(hits[0]).toBe('recipes.html#what-a-machine-translated-republication-looks-like-in-the-data');
    await shot(page, 'site-search');
    // Each hit's section, on its page, holds every word.
    for (const href of hits.slice(0, 5)) {
      await page.goto(`${session.server.url}${href}`);
      const id = href?.split('#')[1];
      const text = await inPage(page, (html, anchor) => {
        const doc = html.ownerDocument;
        const heading = anchor ? doc.getElementById(anchor) : doc.querySelector('main');
        let out = heading.textContent;
        for (let n = heading.nextElementSibling; n && !(anchor && /^H[1-3]$/.test(n.tagName)); n = n.nextElementSibling) out += ` ${n.textContent}`;
        return out.toLowerCase();
      }, id);
      for (const word of ['machine', 'translat', 'aggregator']) expect(text, `${href}: ${word}`).toContain(word);
    }
    // API names are found too, linking to the reference; a word that is nowhere gives no hit.
    await page.goto(`${session.server.url}search.html?q=figureSeries`);
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-results li a').evaluateAll((els) => els.map((a) => a.getAttribute('href')))).toContain('api/functions/qantar-corpus.figureSeries.html');
    await page.getByLabel(/Words to find/).fill('zzqqxxnotaword');
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('Nothing found');
    expect(await page.locator('#search-results li').count()).toBe(0);
  });

  it('every download is the package’s own file, byte for byte', async () => {
    const page = await session.open();
    await page.goto(`${session.server.url}downloads.html`);
    const links = await page.locator('main a[download]').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    for (const sub of ['corpus.json', 'corpus.schema.json', 'datapackage.json', 'data/figures.csv', 'data/citations.ndjson', 'data/claims.json', 'data/articles.bib', 'semeval2023/ids.txt']) expect(links, sub).toContain(`downloads/${sub}`);
    expect(Object.keys(pkg.exports)).toContain('./semeval2023/*');
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    // Node resolves each import path through the package's exports map, as a user's require would.
    const resolve = createRequire(path.join(root, 'package.json')).resolve;
    for (const href of links) {
      const sub = (href as string).slice('downloads/'.length);
      const target = resolve(`qantar-corpus/${sub}`);
      const res = await page.request.get(`${session.server.url}${href}`);
      expect(res.status(), href as string).toBe(200);
      expect(sha(await res.body()), href as string).toBe(sha(readFileSync(target)));
    }
  });

  it('the command-line page shows the help of every command and the README examples with what they print', async () => {
    const page = await session.open();
    await page.goto(`${session.server.url}cli.html`);
    const help = execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), '--help'], { encoding: 'utf8' });
    const commands = help.split('Commands:')[1]?.split('\n\n')[0]?.trim().split('\n').map((l) => l.trim().split(/\s+/)[0]) ?? [];
    expect(commands).toContain('figures');
    for (const c of commands) expect(await page.locator(`#command-${c}`).count(), c).toBe(1);
    const examples = [...readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/^npx qantar-corpus (.+)$/gm)].map((m) => m[1]);
    const shown = await page.locator('#examples ~ h3 code').allTextContents();
    for (const e of examples) expect(shown, e).toContain(`qantar-corpus ${e}`);
    const arrests = await page.locator('pre code', { hasText: '$ npx qantar-corpus figures --group qantar-arrests' }).textContent();
    for (const f of session.api.figures({ group: 'qantar-arrests' })) expect(arrests).toContain(f.id);
  });

  it('the guides’ pictures load, and the stance picture says what stanceMatrix says', async () => {
    const page = await session.open();
    await page.goto(`${session.server.url}recipes.html`);
    const images = await page.locator('figure.picture img').evaluateAll((els) => els.map((img) => ({ src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth > 0 })));
    expect(images).toEqual([{ src: 'figures/arrests-series.svg', loaded: true }, { src: 'figures/stance-color-revolution.svg', loaded: true }]);
    await page.locator('#picture-stance-color-revolution').scrollIntoViewIfNeeded();
    await shot(page, 'site-recipes-picture');
    const { api } = session;
    const svg = readFileSync(path.join(siteDir, 'figures/stance-color-revolution.svg'), 'utf8');
    expect(svg.split('\n')[1]).toMatch(/^<!-- Generated by scripts\/docs\/build-site\.ts/);
    const words = await page.locator('#picture-stance-color-revolution details p').textContent();
    const claims = api.corpus.claims.filter((c) => c.subjects.includes('color-revolution' as never));
    for (const voice of ['authorial', 'attributed'] as const) {
      for (const cell of api.stanceMatrix({ claims: claims.map((c) => c.id as ClaimId), voice }).cells) {
        const proposition = api.getClaim(cell.claim).proposition;
        for (const stance of cell.stances) expect(words, `${cell.outlet} ${cell.claim} ${stance}`).toMatch(new RegExp(`${api.getOutlet(cell.outlet).name} on “${proposition.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”: [^;]*${stance} \\(${voice === 'authorial' ? 'own voice' : 'quoted'}\\)`));
      }
    }
    const series = await page.locator('#picture-arrests-series details p').textContent();
    for (const p of api.figureSeries('qantar-arrests').points) expect(series).toContain(`${api.getOutlet(p.outlet).name} gives “${p.figure.span.text}”`);
  });
});
