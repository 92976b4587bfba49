import { completenessRule, type Item } from './completeness.js';
import { byArticle, contentSegments } from './text-tools.js';
import type { ArticleRecord } from './types.js';

/**
 * Finds quotations in content: “…”, "…" and ‘…’ (a ’ closes a single quotation only when no letter
 * follows it, so apostrophes are not mistaken for quotation marks). An opening mark with no
 * closing mark in its segment is itself an item, so it cannot pass unnoticed.
 */
export function findQuotations(article: ArticleRecord): Item[] {
  const items: Item[] = [];
  for (const segment of contentSegments(article)) {
    const text = segment.span.text;
    const base = segment.span.start;
    const push = (open: number, close: number) =>
      items.push({ start: base + open, end: base + close + 1, text: text.slice(open, close + 1) });
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      let close = -1;
      if (ch === '“') close = text.indexOf('”', i + 1);
      else if (ch === '"') close = text.indexOf('"', i + 1);
      else if (ch === '‘') {
        for (let j = text.indexOf('’', i + 1); j !== -1; j = text.indexOf('’', j + 1)) {
          if (!/\p{L}/u.test(text[j + 1] ?? '')) {
            close = j;
            break;
          }
        }
      } else continue;
      if (close === -1) {
        items.push({ start: base + i, end: base + i + 1, text: ch as string });
        continue;
      }
      push(i, close);
      i = close;
    }
  }
  return items;
}

export const quotations = completenessRule({
  name: 'quotations',
  layer: 'citations',
  description: 'Every quotation in article content lies inside the content of a citation (any mode, scare quotes included) or a quotation exemption.',
  exemption: 'quotation',
  what: 'quotation',
  fix: 'add a citation whose content span contains the quoted words (mode scare-quote for a distancing or labelling quote)',
  detect: (article) => findQuotations(article),
  covers(corpus, article) {
    return (byArticle(corpus.citations).get(article.id) ?? []).flatMap((c) => c.content);
  },
  // A content span may hold the quoted words without their marks.
  isCovered: (item, span) => {
    const inner = item.end - item.start > 2 ? { start: item.start + 1, end: item.end - 1 } : item;
    return span.start <= inner.start && inner.end <= span.end;
  },
});
