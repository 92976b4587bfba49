import { at, type CorpusIssue } from './issue.js';
import { showText } from './text-tools.js';
import type { CorpusRule } from './types.js';

/** Every character of a text belongs to exactly one segment, and segments are in text order. */
export const segmentsTile: CorpusRule = {
  name: 'segments-tile',
  description: 'The segments of each article tile its text: no gap, no overlap, in order.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    corpus.articles.forEach((article, index) => {
      let cursor = 0;
      article.segments.forEach((segment, j) => {
        const { start, end } = segment.span;
        if (start > cursor) {
          issues.push({
            ...at('articles', index, article.id, `segments.${j}`),
            rule: 'segments-tile',
            message: `gap: characters [${cursor}, ${start}) ${showText(article.text.slice(cursor, start))} belong to no segment (before the ${segment.kind} segment ${j})`,
            fix: 'extend a neighbouring segment over the gap, or add a segment for it (page furniture included)',
          });
        } else if (start < cursor) {
          issues.push({
            ...at('articles', index, article.id, `segments.${j}`),
            rule: 'segments-tile',
            message: `overlap: the ${segment.kind} segment ${j} starts at ${start}, inside the previous segment, which ends at ${cursor} (${showText(article.text.slice(start, cursor))} is in both)`,
            fix: 'make each segment start where the previous one ends',
          });
        }
        cursor = Math.max(cursor, end);
      });
      if (cursor < article.text.length) {
        issues.push({
          ...at('articles', index, article.id, 'segments'),
          rule: 'segments-tile',
          message: `gap: the end of the text [${cursor}, ${article.text.length}) ${showText(article.text.slice(cursor))} belongs to no segment`,
          fix: 'add a segment for the end of the text',
        });
      }
    });
    return issues;
  },
};
