import { completenessRule, type Item } from './completeness.js';
import { byArticle, contentSegments, overlaps } from './text-tools.js';
import type { ArticleRecord } from './types.js';

/**
 * Splits content into sentences: a sentence ends at . ! or ? (with any closing quotation marks or
 * brackets) followed by white space, and at the end of its segment.
 */
export function findSentences(article: ArticleRecord): Item[] {
  const items: Item[] = [];
  for (const segment of contentSegments(article)) {
    const text = segment.span.text;
    const boundary = /[.!?]["”’')]*\s+/g;
    let start = 0;
    const push = (from: number, to: number) => {
      const raw = text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed === '') return;
      const s = segment.span.start + from + lead;
      items.push({ start: s, end: s + trimmed.length, text: trimmed });
    };
    for (const m of text.matchAll(boundary)) {
      const end = (m.index ?? 0) + m[0].trimEnd().length;
      push(start, end);
      start = (m.index ?? 0) + m[0].length;
    }
    push(start, text.length);
  }
  return items;
}

export const sentences = completenessRule({
  name: 'sentences',
  layer: 'claims',
  description: 'Every sentence of article content overlaps a claim mention or a sentence exemption.',
  exemption: 'sentence',
  what: 'sentence',
  fix: 'add a claim mention for the proposition the sentence makes (authorial, or attributed with its citation)',
  detect: (article) => findSentences(article),
  covers(corpus, article) {
    return (byArticle(corpus.claimMentions).get(article.id) ?? []).map((m) => m.span);
  },
  isCovered: (item, span) => overlaps(item, span),
});
