import type { ArticleId, CitationId, OutletId } from './generated/ids.js';
import type { Label } from './generated/types.js';
import { corpus } from './internal/data.js';
import { type FilterSpec, query } from './internal/query.js';
import { LABEL_CATEGORIES, LABEL_NAMES, VOICES } from './schema/labels.js';

/** Filters of {@link labels}; all given filters must hold. */
export interface LabelsFilter {
  /** Labels in this article. */
  readonly article?: ArticleId;
  /** Labels in articles this outlet authored. */
  readonly outlet?: OutletId;
  /** The normalised label, such as `riots` or `terrorists`. */
  readonly label?: Label['label'];
  /** What the phrase names: `unrest`, `participants`, `security-forces`, `intervention`, `response` or `actor`. */
  readonly category?: Label['category'];
  /** `authorial` (the outlet's own naming) or `attributed` (inside a quoted speaker's words). */
  readonly voice?: Label['voice'];
  /** Labels inside this citation's content. */
  readonly citation?: CitationId;
  /** Only labels the outlet sets (true) or does not set (false) in scare quotes. */
  readonly scareQuoted?: boolean;
}

const FILTERS: readonly FilterSpec<Label>[] = [
  { key: 'article', check: { id: 'article' }, index: (ix) => ix.labelsByArticle, value: (l) => l.article },
  { key: 'outlet', check: { id: 'outlet' }, index: (ix) => ix.labelsByOutlet, value: (l, ix) => ix.articles.get(l.article)?.outlet },
  { key: 'label', check: { oneOf: LABEL_NAMES, what: 'label' }, index: (ix) => ix.labelsByLabel, value: (l) => l.label },
  { key: 'category', check: { oneOf: LABEL_CATEGORIES, what: 'label category' }, index: (ix) => ix.labelsByCategory, value: (l) => l.category },
  { key: 'voice', check: { oneOf: VOICES, what: 'voice' }, index: (ix) => ix.labelsByVoice, value: (l) => l.voice },
  { key: 'citation', check: { id: 'citation' }, index: (ix) => ix.labelsByCitation, value: (l) => l.citation },
  { key: 'scareQuoted', check: { boolean: true }, index: (ix) => ix.labelsByScareQuoted, value: (l) => l.scareQuoted },
];

/**
 * Returns the naming labels (noun phrases that name the unrest, its participants, the security
 * forces, the CSTO deployment, the response or an actor) that match a filter.
 *
 * @param filter - {@link LabelsFilter}: `article`, `outlet`, `label`, `category`, `voice`, `citation`, `scareQuoted`.
 * @returns Labels sorted by article date, then position in the text.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown ID or label, `BAD_ARGUMENT` for a malformed filter.
 *
 * @example
 * ```ts
 * import { labels } from 'qantar-corpus';
 * const own = labels({ category: 'participants', label: 'terrorists', voice: 'authorial' });
 * console.log(own.length); //=> 0
 * console.log(labels({ label: 'terrorists' }).map((l) => `${l.article}: ${l.voice}`));
 * //=> [ 'rfa-2022-01-07-xi-praises-measures: attributed', 'rt-2022-04-27-color-revolution-warning: attributed' ]
 * ```
 */
export function labels(filter?: LabelsFilter): readonly Label[] {
  return query('labels', filter, FILTERS, corpus.labels);
}
