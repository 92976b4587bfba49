import type { ClaimId, EntityId, EventId, OutletId } from './generated/ids.js';
import type { Article, Citation } from './generated/types.js';
import { QantarCorpusError } from './errors.js';
import { readOptions } from './internal/args.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';
import { type Criterion, select } from './internal/select.js';

/** Which statement to compare: give at least one. */
export interface QuoteVariantsQuery {
  /** Citations of words said at this event (Xi's verbal message: `xi-verbal-message`). */
  readonly event?: EventId;
  /** Citations carrying this claim. */
  readonly claim?: ClaimId;
  /** Citations of this speaker. */
  readonly speaker?: EntityId;
}

/** How one article renders the statement. */
export interface QuoteVariant {
  /** The article that carries the citation. */
  readonly article: Article;
  /** The outlet that authored the article. */
  readonly outlet: OutletId;
  /** The citation itself. */
  readonly citation: Citation;
  /** How the words are given: direct, indirect, mixed or scare quote. */
  readonly mode: Citation['mode'];
  /** The citation's content spans joined with " … ". */
  readonly text: string;
}

/**
 * Shows how one statement is rendered across outlets: each citation of it, with its mode and words.
 *
 * @param query - {@link QuoteVariantsQuery}: `event`, `claim` and/or `speaker` (all given must hold).
 * @returns One variant per citation, by article date then position.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown ID, `BAD_ARGUMENT` for an empty or malformed query.
 *
 * @example
 * ```ts
 * import { quoteVariants } from 'qantar-corpus';
 * const variants = quoteVariants({ event: 'xi-verbal-message', speaker: 'xi-jinping' });
 * console.log([...new Set(variants.map((v) => v.outlet))]);
 * //=> [ 'rfa-mandarin', 'china-daily', 'global-times', 'the-diplomatic-insight' ]
 * ```
 */
export function quoteVariants(query: QuoteVariantsQuery): readonly QuoteVariant[] {
  const q = readOptions(query, ['event', 'claim', 'speaker'], 'quoteVariants');
  if (q.event === undefined && q.claim === undefined && q.speaker === undefined) {
    throw new QantarCorpusError('BAD_ARGUMENT', 'quoteVariants: give at least one of event, claim or speaker', query);
  }
  const ix = indexes();
  const criteria: Criterion<Citation>[] = [];
  if (q.event !== undefined) {
    lookup('event', ix.events, q.event, 'quoteVariants query.event');
    criteria.push({ bucket: ix.citationsByEvent.get(q.event as string) ?? [], test: (c) => c.event === q.event });
  }
  if (q.speaker !== undefined) {
    lookup('entity', ix.entities, q.speaker, 'quoteVariants query.speaker');
    criteria.push({ bucket: ix.citationsBySpeaker.get(q.speaker as string) ?? [], test: (c) => c.speaker === q.speaker });
  }
  if (q.claim !== undefined) {
    lookup('claim', ix.claims, q.claim, 'quoteVariants query.claim');
    const ids = new Set((ix.mentionsByClaim.get(q.claim as string) ?? []).flatMap((m) => (m.citation === null ? [] : [m.citation as string])));
    criteria.push({ bucket: [...ids].map((id) => ix.citations.get(id) as Citation), test: (c) => (c.claims as readonly string[]).includes(q.claim as string) });
  }
  return Object.freeze(
    [...select(criteria, [])]
      // Buckets from claim mentions are in mention order; put the citations back in corpus order.
      .sort((a, b) => (ix.citationOrder.get(a.id) ?? 0) - (ix.citationOrder.get(b.id) ?? 0))
      .map((citation) => {
        const article = ix.articles.get(citation.article) as Article;
        return Object.freeze({ article, outlet: article.outlet, citation, mode: citation.mode, text: citation.content.map((s) => s.text).join(' … ') });
      }),
  );
}
