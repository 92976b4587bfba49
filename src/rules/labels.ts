import { LABEL_HEADS_NOT_DETECTED, LABEL_VOCABULARY } from '../schema/labels.js';
import { completenessRule } from './completeness.js';
import { byArticle, contentMatches } from './text-tools.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The detected head nouns of the label vocabulary, longest first so that "color revolutions" wins over "revolution". */
export const DETECTED_HEADS: readonly string[] = [...new Set(Object.values(LABEL_VOCABULARY).flatMap((labels) => Object.values(labels).flat() as string[]))]
  .filter((h) => !LABEL_HEADS_NOT_DETECTED.includes(h))
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

export const LABEL_HEAD_PATTERN = new RegExp(`\\b(?:${DETECTED_HEADS.map((h) => escape(h).replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

export const labels = completenessRule({
  name: 'labels',
  layer: 'labels',
  description: 'Every head noun of the label vocabulary in article content (protests, riots, terrorists, color revolution, peacekeepers...) is inside a label or a label exemption.',
  exemption: 'label',
  what: 'label head',
  fix: 'add a label (labels.yaml) whose span contains it',
  detect: (article) => contentMatches(article, LABEL_HEAD_PATTERN),
  covers(corpus, article) {
    return (byArticle(corpus.labels).get(article.id) ?? []).map((l) => l.span);
  },
});
