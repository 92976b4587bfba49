import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDataCard } from '../scripts/data-card.js';
import { corpus } from '../src/index.js';

describe('docs/data-card.md', () => {
  it('is up to date with the corpus (run npm run docs:data-card after changing data)', () => {
    const file = readFileSync(path.resolve(import.meta.dirname, '..', 'docs', 'data-card.md'), 'utf8');
    expect(file).toBe(renderDataCard(corpus));
  });
  it('counts every claim mention once in the stance table', () => {
    const card = renderDataCard(corpus);
    const rows = card.split('\n').filter((l) => /^\| (authorial|attributed) \|/.test(l));
    const total = rows.flatMap((r) => r.split('|').slice(2, -1).map((c) => Number(c.trim()))).reduce((a, b) => a + b, 0);
    expect(total).toBe(corpus.claimMentions.length);
  });
});

describe('docs/data-model.md', () => {
  it('is up to date with the zod schemas (run npm run docs after changing a schema)', async () => {
    const { renderDataModel } = await import('../scripts/docs/data-model.js');
    const root = path.resolve(import.meta.dirname, '..');
    const schema = JSON.parse(readFileSync(path.join(root, 'src', 'generated', 'corpus.schema.json'), 'utf8'));
    expect(readFileSync(path.join(root, 'docs', 'data-model.md'), 'utf8')).toBe(renderDataModel(schema));
  });
});
