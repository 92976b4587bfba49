import { at, type CorpusIssue } from './issue.js';
import { sha256Hex } from './sha256.js';
import type { CorpusRule } from './types.js';

/** The declared SHA-256 of each text matches the text, so an edited text cannot pass unnoticed. */
export const textHash: CorpusRule = {
  name: 'text-hash',
  description: "Each article's sha256 is the SHA-256 of its text's UTF-8 bytes, and the text has no characters outside the Basic Multilingual Plane.",
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    corpus.articles.forEach((article, index) => {
      const actual = sha256Hex(article.text);
      if (actual !== article.sha256) {
        issues.push({
          ...at('articles', index, article.id, 'sha256'),
          rule: 'text-hash',
          message: `the text has SHA-256 ${actual}, but the record declares ${article.sha256}: the text was changed`,
          fix: 'restore the text byte for byte from the captured seed (texts are never edited)',
        });
      }
      const astral = /[\uD800-\uDFFF]/.exec(article.text);
      if (astral) {
        issues.push({
          ...at('articles', index, article.id, 'text'),
          rule: 'text-hash',
          message: `the text has a character outside the Basic Multilingual Plane at offset ${astral.index}, so UTF-16 and code-point offsets would differ`,
          fix: 'the corpus promises BMP-only texts; a text with such characters needs a schema change first',
        });
      }
    });
    return issues;
  },
};
