import type { ArticleId } from './generated/ids.js';
import type { Article } from './generated/types.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/**
 * Returns the article with the given ID.
 *
 * @param id - article ID; a typo is a compile error in TypeScript.
 * @returns The article record (deeply frozen).
 * @throws {@link QantarCorpusError} with code `UNKNOWN_ID` (and the closest IDs) when no article has this ID, or `BAD_ARGUMENT` when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getArticle } from 'qantar-corpus';
 * console.log(getArticle('globaltimes-2022-01-10-wang-yi-call').outlet); //=> 'global-times'
 * ```
 */
export function getArticle(id: ArticleId): Article {
  return lookup('article', indexes().articles, id, 'getArticle');
}
