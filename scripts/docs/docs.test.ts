import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/generated/types.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { figureSeries, stanceMatrix } from '../../src/index.js';
import type { ClaimId, FigureGroupId } from '../../src/generated/ids.js';
import { type ApiEntry, linkFor } from './api-links.js';
import { commandsOf, shellWords } from './cli-page.js';
import { codeBlocks } from './code-blocks.js';
import { exportedFiles } from './downloads.js';
import { explorerContext, STATE_KEYS } from './explorer-context.js';
import { chartPoints } from './figure-chart.js';
import { placePictures, PICTURES } from './pictures.js';
import { pageSections } from './search.js';
import { heatmapRows } from './stance-heatmap.js';
import { DATA_MODEL_HEADER, renderDataModel, type JsonSchema } from './data-model.js';
import { renderExplorer } from './explorer-page.js';
import { guideList, renderGuide, rewriteHref } from './site.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docsDir = path.join(root, 'docs');
const schema = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.schema.json'), 'utf8')) as JsonSchema;
const corpus = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.json'), 'utf8')) as Corpus;

describe('data model guide', () => {
  const markdown = renderDataModel(schema);

  it('says it is generated in its first line', () => {
    expect(markdown.split('\n')[0]).toBe(DATA_MODEL_HEADER);
  });

  it('has a section for every record type and a row with the description of every field', () => {
    const defs = schema.$defs ?? {};
    expect(Object.keys(defs).length).toBeGreaterThan(10);
    for (const [name, def] of Object.entries(defs)) {
      expect(markdown, name).toContain(`\n## ${name}\n`);
      const objects = def.properties ? [def] : (def.oneOf ?? def.anyOf ?? []).filter((d) => d.properties);
      for (const object of objects) {
        for (const [field, fieldSchema] of Object.entries(object.properties ?? {})) {
          const row = markdown.split('\n').find((line) => line.startsWith(`| \`${field}\``) && (!fieldSchema.description || line.includes(fieldSchema.description.replace(/\|/g, '\\|').replace(/\n+/g, ' '))));
          expect(row, `${name}.${field}`).toBeDefined();
        }
      }
    }
  });

  it('flattens nested objects and links record types', () => {
    expect(markdown).toMatch(/\| `cue\.verb` \| string \|/);
    expect(markdown).toMatch(/\| `span` \| \[Span\]\(#span\) \|/);
    expect(markdown).toMatch(/\| `content` \| \[Span\]\(#span\)\[\] \|/);
  });

  it('names the bad input when the schema has no $defs', () => {
    expect(() => renderDataModel({ $ref: '#/$defs/Corpus' })).toThrow('"#/$defs/Corpus"');
  });
});

describe('guides', () => {
  it('rewrites links between guides to pages, and links out of docs/ to the repository', () => {
    expect(rewriteHref('./data-model.md#span', docsDir)).toBe('data-model.html#span');
    expect(rewriteHref('recipes.md', docsDir)).toBe('recipes.html');
    expect(rewriteHref('../data/README.md', docsDir)).toBe('https://github.com/qantar-corpus/qantar-corpus/blob/main/data/README.md');
    expect(rewriteHref('./api/index.html', docsDir)).toBe('./api/index.html');
    expect(rewriteHref('https://example.org/x.md', docsDir)).toBe('https://example.org/x.md');
    expect(rewriteHref('#install', docsDir)).toBe('#install');
  });

  it('renders a guide with heading anchors, rewritten links and the navigation', () => {
    const page = renderGuide('# Title here\n\nSee [model](./data-model.md#span).\n\n## Two words', {
      file: 'x.md', docsDir, nav: [{ href: 'x.html', label: 'X' }, { href: 'api/index.html', label: 'API' }],
    });
    expect(page.path).toBe('x.html');
    expect(page.title).toBe('Title here');
    expect(page.html).toContain('<h1 id="title-here">Title here</h1>');
    expect(page.html).toContain('<h2 id="two-words">Two words</h2>');
    expect(page.html).toContain('<a href="data-model.html#span">model</a>');
    expect(page.html).toContain('<a href="x.html" aria-current="page">X</a>');
    // No scripts, and no linked resources but the empty favicon that stops the browser asking for /favicon.ico.
    expect(page.html).not.toMatch(/<script\b|<link\b(?! rel="icon" href="data:,">)/);
  });

  it('orders the known guides first and includes other Markdown files after them', () => {
    expect(guideList(['zeta.md', 'recipes.md', 'getting-started.md', 'notes.txt', 'performance.md']).map((g) => g.file))
      .toEqual(['getting-started.md', 'recipes.md', 'performance.md', 'zeta.md']);
  });

  it('pairs each code block with the output block that follows it', () => {
    const blocks = codeBlocks('## A\n\n```ts\nconsole.log(1)\n```\n\nIt prints:\n\n```text\n1\n```\n\n## B\n\n```sh\nnpm i\n```\n');
    expect(blocks).toEqual([
      { section: 'A', lang: 'ts', code: 'console.log(1)', output: '1' },
      { section: 'B', lang: 'sh', code: 'npm i', output: null },
    ]);
  });
});

describe('explorer page', () => {
  const html = renderExplorer(corpus, '/* client */');
  const readView = html.slice(html.indexOf('<section class="view" id="view-read"'), html.indexOf('<div id="records">'));
  const templates = new Set([...html.matchAll(/<template data-key="([^"]+)">/g)].map((m) => decode(m[1] ?? '')));

  it('has one focusable element per record of every layer, and one element per segment', () => {
    const count = (kind: string) => readView.split(`data-kind="${kind}"`).length - 1;
    expect(count('citation')).toBe(corpus.citations.filter((c) => c.content.length > 0).length);
    expect(count('claim')).toBe(corpus.claimMentions.length);
    expect(count('figure')).toBe(corpus.figures.length);
    expect(count('entity')).toBe(corpus.entityMentions.length);
    expect(count('label')).toBe(corpus.labels.length);
    expect(count('technique')).toBe(corpus.techniques.length);
    expect(count('segment')).toBe(corpus.articles.flatMap((a) => a.segments).filter((s) => s.kind !== 'separator').length);
  });

  it('contains every article text unchanged once the markup is removed', () => {
    for (const article of corpus.articles) {
      const start = readView.indexOf(`data-article="${article.id}"`);
      const text = readView.slice(readView.indexOf('<div class="text"', start), readView.indexOf('</div></div>\n</article>', start));
      expect(decode(text.replace(/<[^>]+>/g, '')), article.id).toBe(article.text);
    }
  });

  it('every link to a state uses known keys, and every record it selects has its details in the page', () => {
    const hrefs = [...html.matchAll(/href="#([^"]*=[^"]*)"/g)].map((m) => decode(m[1] ?? ''));
    expect(hrefs.length).toBeGreaterThan(500);
    const selected = new Set<string>();
    for (const href of hrefs) {
      for (const part of href.split('&')) {
        const [key = '', value = ''] = part.split('=');
        expect(STATE_KEYS as readonly string[], href).toContain(key);
        if (key === 'sel') selected.add(decodeURIComponent(value));
      }
    }
    for (const m of html.matchAll(/data-sel="([^"]+)"/g)) selected.add(decode(m[1] ?? ''));
    const missing = [...selected].filter((key) => !templates.has(key));
    expect(missing).toEqual([]);
    // Entity mentions include their entity's shared description.
    for (const m of corpus.entityMentions.slice(0, 20)) expect(templates.has(`entity-info:${m.entity}`)).toBe(true);
  });

  it('the stance table gives, for each claim and outlet, the stances stanceMatrix gives in each voice', () => {
    const ctx = explorerContext(corpus);
    const rows = heatmapRows(ctx);
    expect(rows.length).toBe(new Set(corpus.claimMentions.map((m) => m.claim)).size);
    for (const row of rows) {
      for (const voice of ['authorial', 'attributed'] as const) {
        const api = stanceMatrix({ claims: [row.claim.id as ClaimId], voice });
        const fromTable = [...row.cells.values()].map((cell) => ({ outlet: cell.outlet, stances: cell.entries.filter((e) => e.voice === voice).map((e) => e.stance) })).filter((c) => c.stances.length > 0);
        expect(fromTable.sort((a, b) => a.outlet.localeCompare(b.outlet)), `${row.claim.id} ${voice}`).toEqual(api.cells.map((c) => ({ outlet: c.outlet, stances: [...c.stances] })));
      }
    }
  });

  it('each figure chart places the figures of its group where figureSeries does', () => {
    const ctx = explorerContext(corpus);
    for (const group of corpus.figureGroups) {
      const series = figureSeries(group.id as FigureGroupId);
      const withValue = series.points.filter((p) => p.figure.value !== null || p.figure.low !== null || p.figure.high !== null);
      expect(chartPoints(ctx, group.id).map((p) => [p.figure.id, p.date, p.dateFrom, p.outlet]), group.id).toEqual(withValue.map((p) => [p.figure.id, p.date, p.dateFrom, p.outlet]));
    }
    expect(() => chartPoints(ctx, 'qantar-arrest')).toThrow('"qantar-arrest"');
  });

  it('loads nothing from any host: no external src, href or url()', () => {
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).toContain("default-src 'none'");
  });
});

describe('site helpers', () => {
  const entry = (name: string, kind: string): [string, ApiEntry] => [name, { name, kind, module: 'qantar-corpus', href: `api/${kind}/qantar-corpus.${name}.html`, summary: '' }];
  const entries = new Map([entry('claimsAbout', 'functions'), entry('figures', 'functions'), entry('articles', 'variables'), entry('allFigures', 'variables'), entry('ClaimMention', 'interfaces'), entry('CORPUS_VERSION', 'variables')]);

  it('links an API name in code only where it cannot mean a field or a table', () => {
    expect(linkFor("claimsAbout('color-revolution', { voice: 'authorial' })", entries)?.name).toBe('claimsAbout');
    expect(linkFor('claimsAbout', entries)?.name).toBe('claimsAbout');
    expect(linkFor('figures({ group: "qantar-arrests" })', entries)?.name).toBe('figures');
    expect(linkFor('figures', entries)).toBeUndefined();
    expect(linkFor('articles', entries)).toBeUndefined();
    expect(linkFor('allFigures', entries)?.name).toBe('allFigures');
    expect(linkFor('CORPUS_VERSION', entries)?.name).toBe('CORPUS_VERSION');
    expect(linkFor("ClaimMention['voice']", entries)?.name).toBe('ClaimMention');
    expect(linkFor('figure.span', entries)).toBeUndefined();
    expect(linkFor('npm install', entries)).toBeUndefined();
  });

  it('splits a page into searchable sections at its headings', () => {
    const sections = pageSections({ path: 'p.html', title: 'Page', body: '<p>intro &amp; more</p><h2 id="a">A <code>x</code></h2><p>alpha</p><pre><code>figureSeries()</code></pre><h3 id="b">B</h3><p>beta</p><h4>not a section</h4><p>still beta</p>' });
    expect(sections).toEqual([
      { href: 'p.html', page: 'Page', section: '', text: 'intro & more' },
      { href: 'p.html#a', page: 'Page', section: 'A x', text: 'alpha figureSeries()' },
      { href: 'p.html#b', page: 'Page', section: 'B', text: 'beta not a section still beta' },
    ]);
  });

  it('lists the data files of a package from its exports map, without code entries or type files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qantar-exports-'));
    try {
      mkdirSync(path.join(dir, 'dist/data'), { recursive: true });
      mkdirSync(path.join(dir, 'dist/sem/articles'), { recursive: true });
      for (const f of ['dist/corpus.json', 'dist/data/a.csv', 'dist/data/a.json', 'dist/data/a.d.cts', 'dist/sem/ids.txt', 'dist/sem/articles/x.txt', 'dist/index.js']) writeFileSync(path.join(dir, f), 'x');
      const pkg = { exports: { '.': { import: './dist/index.js' }, './corpus.json': { types: './x.d.cts', default: './dist/corpus.json' }, './data/*.json': { default: './dist/data/*.json' }, './data/*': './dist/data/*', './sem/*': './dist/sem/*', './package.json': './package.json' } };
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
      expect(exportedFiles(dir).map((f) => f.subpath)).toEqual(['corpus.json', 'data/a.csv', 'data/a.json', 'sem/articles/x.txt', 'sem/ids.txt']);
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ exports: { './gone.json': './dist/gone.json' } }));
      expect(() => exportedFiles(dir)).toThrow('exports["./gone.json"]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the commands from the CLI help and splits example command lines', () => {
    expect(commandsOf('Usage: x\n\nCommands:\n  summary   versions\n  figures   numbers\n\nOptions:\n  --json')).toEqual(['summary', 'figures']);
    expect(shellWords('search "color revolution" --json')).toEqual(['search', 'color revolution', '--json']);
  });

  it('places a picture where a guide asks for it, and names the known ones for an unknown one', () => {
    const ctx = explorerContext(corpus);
    const rendered = new Map(PICTURES.map((p) => [p.name, { picture: p, description: p.render(ctx).description, width: 1, height: 1 }]));
    const out = placePictures('a\n\n<!-- picture: arrests-series -->\n\nb', rendered);
    expect(out.used).toEqual(['arrests-series']);
    expect(out.markdown).toContain('<img src="figures/arrests-series.svg"');
    expect(out.markdown).toContain('more than 3,000');
    expect(() => placePictures('<!-- picture: arrest-series -->', rendered)).toThrow(/"arrest-series".*arrests-series/);
  });
});

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
