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

/**
 * Text between two content spans of one citation that is only the outlet's own bracketed gloss
 * inside the quotation: `such an attack (on the Capitol and US democracy) never`. Nothing else may
 * sit in the gap, not even a word outside the brackets, and the gloss may hold no quotation mark:
 * a quotation inside it would otherwise be covered by the joined range without being annotated.
 */
const BRACKETED_GLOSS = /^\s*(?:\([^()"“”‘’]*\)|\[[^[\]"“”‘’]*\])\s*$/;

/**
 * A citation's content spans, with consecutive spans that only a bracketed gloss separates joined
 * into one range: a quotation the outlet interrupts with its own words in brackets is covered when
 * the content holds the speaker's words on both sides and leaves the gloss out.
 */
export function joinAcrossGlosses(text: string, content: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const spans = [...content].sort((a, b) => a.start - b.start).map((s) => ({ start: s.start, end: s.end }));
  const joined: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last && span.start > last.end && BRACKETED_GLOSS.test(text.slice(last.end, span.start))) last.end = Math.max(last.end, span.end);
    else joined.push(span);
  }
  return joined;
}

export const quotations = completenessRule({
  name: 'quotations',
  layer: 'citations',
  description: 'Every quotation in article content lies inside the content of a citation (any mode, scare quotes included; spans of one citation separated only by the outlet\'s bracketed gloss count as one) or a quotation exemption.',
  exemption: 'quotation',
  what: 'quotation',
  fix: 'add a citation whose content span contains the quoted words (mode scare-quote for a distancing or labelling quote)',
  detect: (article) => findQuotations(article),
  covers(corpus, article) {
    return (byArticle(corpus.citations).get(article.id) ?? []).flatMap((c) => joinAcrossGlosses(article.text, c.content));
  },
  // A content span may hold the quoted words without their marks.
  isCovered: (item, span) => {
    const inner = item.end - item.start > 2 ? { start: item.start + 1, end: item.end - 1 } : item;
    return span.start <= inner.start && inner.end <= span.end;
  },
});
