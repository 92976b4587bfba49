import type { ArticleId, CitationId, OutletId } from './generated/ids.js';
import type { Technique } from './generated/types.js';
import { corpus } from './internal/data.js';
import { type FilterSpec, query } from './internal/query.js';
import { TECHNIQUE_CATEGORY_NAMES, TECHNIQUES, VOICES } from './schema/labels.js';

/** Filters of {@link techniques}; all given filters must hold. */
export interface TechniquesFilter {
  /** Techniques in this article. */
  readonly article?: ArticleId;
  /** Techniques in articles this outlet authored. */
  readonly outlet?: OutletId;
  /** A SemEval-2023 Task 3 technique ID, such as `Whataboutism`. */
  readonly technique?: Technique['technique'];
  /** One of the six categories, such as `Attack on Reputation`. */
  readonly category?: Technique['category'];
  /** `authorial` (the outlet's own) or `attributed` (inside a quoted speaker's words). */
  readonly voice?: Technique['voice'];
  /** Techniques inside this citation's content. */
  readonly citation?: CitationId;
}

const FILTERS: readonly FilterSpec<Technique>[] = [
  { key: 'article', check: { id: 'article' }, index: (ix) => ix.techniquesByArticle, value: (t) => t.article },
  { key: 'outlet', check: { id: 'outlet' }, index: (ix) => ix.techniquesByOutlet, value: (t, ix) => ix.articles.get(t.article)?.outlet },
  { key: 'technique', check: { oneOf: TECHNIQUES, what: 'technique' }, index: (ix) => ix.techniquesByTechnique, value: (t) => t.technique },
  { key: 'category', check: { oneOf: TECHNIQUE_CATEGORY_NAMES, what: 'technique category' }, index: (ix) => ix.techniquesByCategory, value: (t) => t.category },
  { key: 'voice', check: { oneOf: VOICES, what: 'voice' }, index: (ix) => ix.techniquesByVoice, value: (t) => t.voice },
  { key: 'citation', check: { id: 'citation' }, index: (ix) => ix.techniquesByCitation, value: (t) => t.citation },
];

/**
 * Returns the persuasion-technique spans that match a filter: which techniques an outlet uses in its
 * own voice, and which it relays through the speakers it quotes.
 *
 * @param filter - {@link TechniquesFilter}: `article`, `outlet`, `technique`, `category`, `voice`, `citation`.
 * @returns Technique spans sorted by article date, then position in the text.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown ID or label, `BAD_ARGUMENT` for a malformed filter.
 *
 * @example
 * ```ts
 * import { techniques } from 'qantar-corpus';
 * const own = techniques({ technique: 'Whataboutism', voice: 'authorial' });
 * console.log([...new Set(own.map((t) => t.article))], own.length);
 * //=> [ 'chinadaily-2022-01-10-editorial' ] 3
 * ```
 */
export function techniques(filter?: TechniquesFilter): readonly Technique[] {
  return query('techniques', filter, FILTERS, corpus.techniques);
}
