import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { corpus } from '../src/index.js';

const { articles } = corpus;

const root = path.resolve(import.meta.dirname, '..');
const seedsDir = path.resolve(root, '..', 'shared', 'seeds');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// The SHA-256 of each captured seed, recorded when the corpus was set up (sources.md: texts are
// never edited). The seeds folder is compared too when it is present beside the repository.
const SEED_SHA256: Record<string, string> = {
  '000_82c12e552c5f1cd3.txt': '257a0f8552a59338c6021ba6ab15efacce897ce1686510eb3f815d73f1415591',
  '001_3aaf9e3022f24bd8.txt': '44b1d83c9d14db538504bd4046a80b329c6d87f19be56a13978d155c560abbd1',
  '002_9a2136c360068677.txt': '7981b493983191dea784086ea6598bda2792cae13b533c4a39f3e427817e5cf4',
  '003_9d98a0feb667f65a.txt': '8750ce1d8e21b90642773d1ae0e178f0cee3a7fb93344a8644bb5663e7db0f2d',
  '004_450b8166527ac2c4.txt': 'a4117768ada3a802b92c31ad37c17a075bc24b8a9a1f2972ab8cb7840f9bb017',
};

describe('the texts are the captured seeds, byte for byte', () => {
  const dirs = readdirSync(path.join(root, 'data', 'articles'));
  it('every seed is in the corpus exactly once', () => {
    const seedFiles = dirs.map((d) => (parse(readFileSync(path.join(root, 'data', 'articles', d, 'article.yaml'), 'utf8')) as { seedFile: string }).seedFile);
    expect(seedFiles.sort()).toEqual(Object.keys(SEED_SHA256).sort());
  });
  for (const dir of dirs) {
    it(`${dir}: text.txt, article.yaml and the published record agree with the seed`, () => {
      const meta = parse(readFileSync(path.join(root, 'data', 'articles', dir, 'article.yaml'), 'utf8')) as { seedFile: string; sha256: string };
      const bytes = readFileSync(path.join(root, 'data', 'articles', dir, 'text.txt'));
      expect(sha(bytes)).toBe(SEED_SHA256[meta.seedFile]);
      expect(meta.sha256).toBe(SEED_SHA256[meta.seedFile]);
      const record = articles.find((a) => a.id === dir);
      expect(record?.text).toBe(bytes.toString('utf8'));
      expect(record?.sha256).toBe(SEED_SHA256[meta.seedFile]);
      if (existsSync(seedsDir)) expect(sha(readFileSync(path.join(seedsDir, meta.seedFile)))).toBe(SEED_SHA256[meta.seedFile]);
    });
  }
});
