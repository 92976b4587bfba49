// The package in a browser: the built main entry, bundled by esbuild for the browser as a web app
// would bundle it, run in Debian's chromium (playwright-core). Checks that the bundle needs nothing
// from Node, that records are frozen, and that the library's copy of the data stays its own when the
// same bundle also imports `qantar-corpus/corpus.json` and edits it. Needs `npm run build` (npm test
// builds dist/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = JSON.parse(readFileSync(path.join(root, 'dist', 'corpus.json'), 'utf8')) as { outlets: { id: string; name: string }[]; figures: unknown[] };
let browser: Browser;
let consumer: string;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist', 'internal', 'corpus.json'))) throw new Error('dist/ is missing or old: run `npm run build` first');
  // A consumer folder that sees the package through node_modules, so esbuild resolves it by its exports map.
  consumer = mkdtempSync(path.join(tmpdir(), 'qantar-browser-'));
  mkdirSync(path.join(consumer, 'node_modules'));
  symlinkSync(root, path.join(consumer, 'node_modules', 'qantar-corpus'), 'dir');
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'browser-consumer', private: true, type: 'module' }));
  browser = await chromium.launch({
    executablePath: execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

/** Bundles `code` for the browser and runs it in a blank page with no network; returns what it puts in `globalThis.result`. */
async function runInBrowser(code: string): Promise<unknown> {
  const bundled = await build({ stdin: { contents: code, resolveDir: consumer, sourcefile: 'app.js' }, bundle: true, write: false, format: 'esm', platform: 'browser', minify: true, logLevel: 'silent' });
  const context = await browser.newContext();
  const refused: string[] = [];
  await context.route('**/*', (route) => { refused.push(route.request().url()); return route.abort(); });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent('<!doctype html><title>bundle</title>');
  await page.addScriptTag({ type: 'module', content: bundled.outputFiles[0]!.text });
  await page.waitForFunction('globalThis.result !== undefined', undefined, { timeout: 20_000 });
  const result = await page.evaluate('globalThis.result');
  await context.close();
  expect(errors).toEqual([]);
  expect(refused).toEqual([]);
  return result;
}

describe('a browser bundle of qantar-corpus (esbuild, chromium)', () => {
  it('runs the helpers, with typed-ID guards and frozen records', async () => {
    const result = await runInBrowser([
      "import { corpus, getOutlet, isOutletId, figures, QantarCorpusError } from 'qantar-corpus';",
      'let error = null;',
      "try { getOutlet('rtt'); } catch (e) { error = [e instanceof QantarCorpusError, e.code]; }",
      "globalThis.result = { name: getOutlet('rt').name, guard: [isOutletId('rt'), isOutletId('RT')], figures: figures().length, frozen: Object.isFrozen(corpus) && Object.isFrozen(corpus.outlets) && Object.isFrozen(corpus.outlets[0].aliases), error };",
    ].join('\n'));
    expect(result).toEqual({
      name: corpus.outlets.find((o) => o.id === 'rt')!.name,
      guard: [true, false],
      figures: corpus.figures.length,
      frozen: true,
      error: [true, 'UNKNOWN_ID'],
    });
  });

  it('keeps its own copy of the data when the same bundle imports corpus.json and edits it', async () => {
    const first = corpus.outlets[0]!;
    const result = await runInBrowser([
      "import data from 'qantar-corpus/corpus.json';",
      "data.outlets[0].name = 'EDITED';",
      'data.figures.length = 0;',
      "import { getOutlet, figures } from 'qantar-corpus';",
      `globalThis.result = { name: getOutlet(${JSON.stringify(first.id)}).name, figures: figures().length, dataFrozen: Object.isFrozen(data.outlets[0]) };`,
    ].join('\n'));
    expect(result).toEqual({ name: first.name, figures: corpus.figures.length, dataFrozen: false });
  });
});
