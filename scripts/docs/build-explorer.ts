// `npm run docs`, last step: writes the corpus explorer, docs/site/explorer/index.html, a single
// offline page (inline styles, script and data) generated from src/generated/corpus.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../src/generated/types.js';
import { LAYERS } from './explorer-layers.js';
import { renderExplorer } from './explorer-page.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const corpusFile = path.join(root, 'src/generated/corpus.json');
if (!existsSync(corpusFile)) {
  console.error('build-explorer: src/generated/corpus.json is missing; run `npm run build:data` first.');
  process.exit(1);
}
const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as Corpus;
const html = renderExplorer(corpus, readFileSync(path.join(here, 'explorer-client.js'), 'utf8'));
const outDir = path.join(root, 'docs/site/explorer');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'index.html'), html);
const body = html.slice(html.indexOf('<section class="view" id="view-read"'), html.indexOf('<script'));
const count = (kind: string) => body.split(`data-kind="${kind}"`).length - 1;
console.log(`build-explorer: wrote docs/site/explorer/index.html (${Math.round(html.length / 1024)} KB; ${corpus.articles.length} articles; ${LAYERS.map((l) => `${count(l.kind)} ${l.label.toLowerCase()}`).join(', ')})`);
