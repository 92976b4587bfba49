import { at, type CorpusIssue } from './issue.js';
import { showText } from './text-tools.js';
import type { ArticleRecord, CorpusRule } from './types.js';

/** True when every non-separator segment the range touches is content. */
function inContent(article: ArticleRecord, start: number, end: number): boolean {
  let touched = false;
  for (const segment of article.segments) {
    if (segment.span.end <= start || segment.span.start >= end) continue;
    if (segment.kind === 'separator') continue;
    if (!segment.content) return false;
    touched = true;
  }
  return touched;
}

/** Figures, citations, claim mentions and date mentions annotate article content, not page furniture. */
export const spansInContent: CorpusRule = {
  name: 'in-content',
  description: 'Figures, citation contents, claim mentions and date mentions lie in content segments.',
  completeness: false,
  check(corpus) {
    const articles = new Map(corpus.articles.map((a) => [a.id, a]));
    const issues: CorpusIssue[] = [];
    const check = (collection: string, index: number, id: string | null, articleId: string, field: string, span: { start: number; end: number; text: string }) => {
      const article = articles.get(articleId);
      if (!article || inContent(article, span.start, span.end)) return;
      issues.push({
        ...at(collection, index, id, field),
        rule: 'in-content',
        message: `span ${showText(span.text)} at [${span.start}, ${span.end}) is not in article content (it touches a segment with content: false)`,
        fix: 'annotate only content; if the segment is article content, mark it `content: true` in article.yaml',
      });
    };
    corpus.figures.forEach((f, i) => check('figures', i, f.id, f.article, 'span', f.span));
    corpus.citations.forEach((c, i) => c.content.forEach((s, j) => check('citations', i, c.id, c.article, `content.${j}`, s)));
    corpus.claimMentions.forEach((m, i) => check('claimMentions', i, m.id, m.article, 'span', m.span));
    corpus.dateMentions.forEach((m, i) => check('dateMentions', i, m.id, m.article, 'span', m.span));
    return issues;
  },
};
