import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/generated/types.js';
import { codeBlocks } from './code-blocks.js';
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
    expect(page.html).not.toMatch(/<(script|link)\b/);
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
  const articlesHtml = html.slice(html.indexOf('<section id="articles"'), html.indexOf('<script'));

  it('has one highlight element per figure, citation, claim mention and entity mention', () => {
    const count = (kind: string) => articlesHtml.split(`data-kind="${kind}"`).length - 1;
    expect(count('figure')).toBe(corpus.figures.length);
    expect(count('citation')).toBe(corpus.citations.length);
    expect(count('claim')).toBe(corpus.claimMentions.length);
    expect(count('entity')).toBe(corpus.entityMentions.length);
  });

  it('contains every article text unchanged once the markup is removed', () => {
    for (const article of corpus.articles) {
      const start = articlesHtml.indexOf(`data-article="${article.id}"`);
      const text = articlesHtml.slice(articlesHtml.indexOf('<div class="text"', start), articlesHtml.indexOf('</div>\n</article>', start));
      const plain = text.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      expect(plain, article.id).toBe(article.text);
    }
  });

  it('loads nothing from any host: no external src, href or url()', () => {
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).toContain("default-src 'none'");
  });
});
