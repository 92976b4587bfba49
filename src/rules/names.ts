import { completenessRule } from './completeness.js';
import { byArticle, contentMatches } from './text-tools.js';

/** A capitalised word (with inner hyphens and apostrophes), not preceded by a letter. */
export const NAME_TOKEN_PATTERN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]*(?:[-’'][\p{L}]+)*/gu;

export const names = completenessRule({
  name: 'names',
  layer: 'entities',
  description: 'Every capitalised word in article content starts inside an entity mention or a date mention, is in the not-names lexicon, or is exempted.',
  exemption: 'name',
  what: 'capitalised word',
  fix: 'add an entity mention that covers it (its first letter at least), add it to data/lexicon/not-names.yaml if it never names anything',
  detect: (article, options) =>
    contentMatches(article, NAME_TOKEN_PATTERN).filter((token) => !options.notNames?.has(token.text)),
  covers(corpus, article) {
    return [
      ...(byArticle(corpus.entityMentions).get(article.id) ?? []).map((m) => m.span),
      ...(byArticle(corpus.dateMentions).get(article.id) ?? []).map((m) => m.span),
    ];
  },
  isCovered: (item, span) => span.start <= item.start && item.start < span.end,
});
