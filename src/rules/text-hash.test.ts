import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareCorpus, check, MINI_TEXT, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { sha256Hex } from './sha256.js';
import { textHash } from './text-hash.js';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('text-hash', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(textHash, miniCorpus())).toEqual([]);
  });

  it('reports a text changed by one character, naming both hashes', () => {
    const corpus = miniCorpus();
    const article = corpus.articles[0]!;
    const declared = article.sha256;
    article.text = article.text.replace('3,000', '3,001');
    const issues = check(textHash, corpus);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where('articles', 0, 'mini-article', 'sha256'), rule: 'text-hash' });
    expect(issues[0]!.message).toContain(declared);
    expect(issues[0]!.message).toContain(nodeSha(article.text));
  });

  it('rejects any one-character edit of the text', () => {
    fc.assert(fc.property(fc.nat({ max: MINI_TEXT.length - 1 }), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }), (i, ch) => {
      fc.pre(ch !== MINI_TEXT[i] && !/[\uD800-\uDFFF]/.test(ch));
      const corpus = miniCorpus();
      corpus.articles[0]!.text = MINI_TEXT.slice(0, i) + ch + MINI_TEXT.slice(i + 1);
      const issues = check(textHash, corpus);
      return issues.length === 1 && issues[0]!.field === 'sha256';
    }));
  });

  it('reports a character outside the Basic Multilingual Plane with its offset', () => {
    const text = 'Calm 😀 returns';
    const issues = check(textHash, bareCorpus(text));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...where('articles', 0, 'mini-article', 'text'), rule: 'text-hash' });
    expect(issues[0]!.message).toContain('offset 5');
  });

  it('computes the same SHA-256 as node:crypto for any BMP string (sha256.ts)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }).map((s) => s.replace(/[\uD800-\uDFFF]/g, 'x')), (s) => sha256Hex(s) === nodeSha(s)));
    // Lengths around the 55/56/64-byte padding boundaries.
    for (let n = 50; n <= 130; n++) expect(sha256Hex('a'.repeat(n))).toBe(nodeSha('a'.repeat(n)));
  });
});
