// `npm run docs`, step 1: regenerates docs/data-model.md from the corpus JSON Schema and renders
// every guide in docs/*.md, plus a home page, into docs/site/ (generated, git-ignored).
// Steps 2 and 3 are typedoc (docs/site/api/) and scripts/docs/build-explorer.ts (docs/site/explorer/).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDataModel, type JsonSchema } from './data-model.js';
import { escapeHtml, layout, type NavLink } from './layout.js';
import { guideList, renderGuide, titleOf } from './site.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docsDir = path.join(root, 'docs');
const siteDir = path.join(docsDir, 'site');
const schemaFile = path.join(root, 'src/generated/corpus.schema.json');
const corpusFile = path.join(root, 'src/generated/corpus.json');

for (const file of [schemaFile, corpusFile]) {
  if (!existsSync(file)) {
    console.error(`build-site: ${path.relative(root, file)} is missing; run \`npm run build:data\` first (it generates src/generated/).`);
    process.exit(1);
  }
}

// 1. The generated data model guide.
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as JsonSchema;
const dataModel = renderDataModel(schema);
const dataModelFile = path.join(docsDir, 'data-model.md');
if (!existsSync(dataModelFile) || readFileSync(dataModelFile, 'utf8') !== dataModel) {
  writeFileSync(dataModelFile, dataModel);
  console.log('build-site: wrote docs/data-model.md');
}

// 2. The guides.
const files = readdirSync(docsDir).filter((f) => f.endsWith('.md'));
const guides = guideList(files).map((g) => {
  const markdown = readFileSync(path.join(docsDir, g.file), 'utf8');
  const known = g.label !== g.file.replace(/\.md$/, '');
  return { ...g, markdown, label: known ? g.label : titleOf(markdown, g.label) };
});
const nav: NavLink[] = [
  ...guides.map((g) => ({ href: g.file.replace(/\.md$/, '.html'), label: g.label })),
  { href: 'api/index.html', label: 'API reference' },
  { href: 'explorer/index.html', label: 'Explorer' },
];
mkdirSync(siteDir, { recursive: true });
for (const guide of guides) {
  const page = renderGuide(guide.markdown, { file: guide.file, docsDir, nav });
  writeFileSync(path.join(siteDir, page.path), page.html);
}

// 3. The home page.
const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as Record<string, unknown>;
const count = (key: string) => (Array.isArray(corpus[key]) ? (corpus[key] as unknown[]).length : 0);
const summary = (markdown: string) => {
  const paragraph = markdown.split(/\n\s*\n/).find((p) => p.trim() && !p.startsWith('#') && !p.startsWith('<!--'));
  return (paragraph ?? '').replace(/\s+/g, ' ').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, '').slice(0, 220);
};
const cards = [
  ...guides.map((g) => ({ href: g.file.replace(/\.md$/, '.html'), label: g.label, text: summary(g.markdown) })),
  { href: 'api/index.html', label: 'API reference', text: 'Every export of qantar-corpus and qantar-corpus/schema, with examples.' },
  { href: 'explorer/index.html', label: 'Corpus explorer', text: 'Read each article with its figures, citations, claims and entities highlighted; compare a claim across outlets.' },
];
const home = `<h1>qantar-corpus ${escapeHtml(String(corpus['corpusVersion'] ?? ''))}</h1>
<p>A hand-annotated, schema-validated corpus of news coverage of China's response to Kazakhstan's January 2022 unrest ("Qantar"), published as typed data with query helpers. Every answer traces back to an exact span of an exact text.</p>
<p>This release: ${count('articles')} articles from ${count('outlets')} outlets, ${count('entities')} entities, ${count('claims')} claims with ${count('claimMentions')} mentions, ${count('figures')} figures and ${count('citations')} citations.</p>
<ul class="cards">${cards.map((c) => `<li><h2><a href="${escapeHtml(c.href)}">${escapeHtml(c.label)}</a></h2><p>${escapeHtml(c.text)}</p></li>`).join('')}</ul>`;
writeFileSync(path.join(siteDir, 'index.html'), layout({ title: 'Home', body: home, path: 'index.html', nav }));
console.log(`build-site: rendered ${guides.length} guides (${guides.map((g) => g.file).join(', ')}) and index.html into docs/site/`);
