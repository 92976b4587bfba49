import type { ArticleId, EntityId, EventId, OutletId } from './generated/ids.js';
import type { Citation } from './generated/types.js';
import { CHANNELS, CITATION_MODES as MODES } from './schema/labels.js';
import { corpus } from './internal/data.js';
import { type FilterSpec, query } from './internal/query.js';

/** Filters of {@link citations}; all given filters must hold. */
export interface CitationsFilter {
  readonly article?: ArticleId;
  /** Citations in articles this outlet authored. */
  readonly outlet?: OutletId;
  readonly speaker?: EntityId;
  readonly mode?: Citation['mode'];
  readonly channel?: NonNullable<Citation['channel']>;
  readonly event?: EventId;
}

const FILTERS: readonly FilterSpec<Citation>[] = [
  { key: 'article', check: { id: 'article' }, index: (ix) => ix.citationsByArticle, value: (c) => c.article },
  { key: 'outlet', check: { id: 'outlet' }, index: (ix) => ix.citationsByOutlet, value: (c, ix) => ix.articles.get(c.article)?.outlet },
  { key: 'speaker', check: { id: 'entity' }, index: (ix) => ix.citationsBySpeaker, value: (c) => c.speaker },
  { key: 'mode', check: { oneOf: MODES, what: 'citation mode' }, index: (ix) => ix.citationsByMode, value: (c) => c.mode },
  { key: 'channel', check: { oneOf: CHANNELS, what: 'channel' }, index: (ix) => ix.citationsByChannel, value: (c) => c.channel },
  { key: 'event', check: { id: 'event' }, index: (ix) => ix.citationsByEvent, value: (c) => c.event },
];

/**
 * Returns the citations (who said what, where and how) that match a filter.
 *
 * @param filter - {@link CitationsFilter}: `article`, `outlet`, `speaker`, `mode`, `channel`, `event`.
 * @returns Citations sorted by article date, then position of their first content span.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown ID or label, `BAD_ARGUMENT` for a malformed filter.
 *
 * @example
 * ```ts
 * import { citations } from 'qantar-corpus';
 * const direct = citations({ speaker: 'wei-fenghe', mode: 'direct' });
 * console.log(direct.map((c) => c.relay.map((r) => r.entity)));
 * //=> [ [ 'chinese-defense-ministry' ] ]
 * ```
 */
export function citations(filter?: CitationsFilter): readonly Citation[] {
  return query('citations', filter, FILTERS, corpus.citations);
}
