import type { ArticleId, EntityId, EventId, OutletId } from './generated/ids.js';
import type { Citation } from './generated/types.js';
import { assertOneOf, readOptions } from './internal/args.js';
import { CHANNELS, CITATION_MODES as MODES } from './schema/labels.js';
import { corpus } from './internal/data.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';
import { type Criterion, select } from './internal/select.js';

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
  const f = readOptions(filter, ['article', 'outlet', 'speaker', 'mode', 'channel', 'event'], 'citations');
  const ix = indexes();
  const criteria: Criterion<Citation>[] = [];
  if (f.article !== undefined) {
    lookup('article', ix.articles, f.article, 'citations filter.article');
    criteria.push({ bucket: ix.citationsByArticle.get(f.article as string) ?? [], test: (c) => c.article === f.article });
  }
  if (f.outlet !== undefined) {
    lookup('outlet', ix.outlets, f.outlet, 'citations filter.outlet');
    criteria.push({ bucket: ix.citationsByOutlet.get(f.outlet as string) ?? [], test: (c) => ix.articles.get(c.article)?.outlet === f.outlet });
  }
  if (f.speaker !== undefined) {
    lookup('entity', ix.entities, f.speaker, 'citations filter.speaker');
    criteria.push({ bucket: ix.citationsBySpeaker.get(f.speaker as string) ?? [], test: (c) => c.speaker === f.speaker });
  }
  if (f.mode !== undefined) {
    assertOneOf('citation mode', f.mode, MODES, 'citations filter.mode');
    criteria.push({ bucket: ix.citationsByMode.get(f.mode) ?? [], test: (c) => c.mode === f.mode });
  }
  if (f.channel !== undefined) {
    assertOneOf('channel', f.channel, CHANNELS, 'citations filter.channel');
    criteria.push({ bucket: ix.citationsByChannel.get(f.channel) ?? [], test: (c) => c.channel === f.channel });
  }
  if (f.event !== undefined) {
    lookup('event', ix.events, f.event, 'citations filter.event');
    criteria.push({ bucket: ix.citationsByEvent.get(f.event as string) ?? [], test: (c) => c.event === f.event });
  }
  return select(criteria, corpus.citations);
}
