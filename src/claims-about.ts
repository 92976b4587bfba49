import type { ArticleId, EntityId, OutletId } from './generated/ids.js';
import type { Claim, ClaimMention } from './generated/types.js';
import { assertOneOf, readOptions } from './internal/args.js';
import { ASSERTIONS, STANCES, VOICES } from './schema/labels.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/** A claim with the mentions that matched the filters. */
export interface ClaimWithMentions {
  readonly claim: Claim;
  /** The claim's mentions that pass the filters, by article date then position. */
  readonly mentions: readonly ClaimMention[];
}

/** Filters of {@link claimsAbout}; all given filters must hold for a mention. */
export interface ClaimsAboutOptions {
  readonly stance?: ClaimMention['stance'];
  readonly voice?: ClaimMention['voice'];
  /** Only mentions that carry the proposition this way: `asserted`, `presupposed` or `insinuated` (codebook rule 4). */
  readonly assertion?: ClaimMention['assertion'];
  /** Only mentions in articles this outlet authored. */
  readonly outlet?: OutletId;
  readonly article?: ArticleId;
}


/**
 * Returns the claims about an entity, each with its mentions across the corpus.
 *
 * Without filters every claim whose subjects include the entity is returned, even one with no
 * mention. With filters, only claims with at least one matching mention are returned, each with
 * just the matching mentions.
 *
 * @param subject - Entity ID (a person, body, place or concept such as `color-revolution`).
 * @param options - {@link ClaimsAboutOptions}: `stance`, `voice`, `assertion`, `outlet`, `article`.
 * @returns Claims sorted by ID, each with its mentions.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown entity, outlet, article or label, `BAD_ARGUMENT` for malformed options.
 *
 * @example
 * ```ts
 * import { claimsAbout } from 'qantar-corpus';
 * const own = claimsAbout('color-revolution', { voice: 'authorial', assertion: 'asserted' });
 * console.log(own.map(({ claim, mentions }) => `${claim.id} in ${mentions.map((m) => m.article).join(', ')}`));
 * //=> [ 'china-and-russia-see-color-revolutions-as-western-plots in tdi-2022-01-11-wang-yi-call', 'region-should-jointly-resist-color-revolutions in chinadaily-2022-01-10-editorial' ]
 * ```
 */
export function claimsAbout(subject: EntityId, options?: ClaimsAboutOptions): readonly ClaimWithMentions[] {
  const filters = readOptions(options, ['stance', 'voice', 'assertion', 'outlet', 'article'], 'claimsAbout');
  const ix = indexes();
  lookup('entity', ix.entities, subject, 'claimsAbout');
  if (filters.stance !== undefined) assertOneOf('stance', filters.stance, STANCES, 'claimsAbout options.stance');
  if (filters.voice !== undefined) assertOneOf('voice', filters.voice, VOICES, 'claimsAbout options.voice');
  if (filters.assertion !== undefined) assertOneOf('assertion', filters.assertion, ASSERTIONS, 'claimsAbout options.assertion');
  if (filters.outlet !== undefined) lookup('outlet', ix.outlets, filters.outlet, 'claimsAbout options.outlet');
  if (filters.article !== undefined) lookup('article', ix.articles, filters.article, 'claimsAbout options.article');
  const filtered = Object.keys(filters).length > 0;
  const matches = (m: ClaimMention) =>
    (filters.stance === undefined || m.stance === filters.stance) &&
    (filters.voice === undefined || m.voice === filters.voice) &&
    (filters.assertion === undefined || m.assertion === filters.assertion) &&
    (filters.article === undefined || m.article === filters.article) &&
    (filters.outlet === undefined || ix.articles.get(m.article)?.outlet === filters.outlet);
  const result: ClaimWithMentions[] = [];
  for (const claim of ix.claimsBySubject.get(subject) ?? []) {
    const mentions = (ix.mentionsByClaim.get(claim.id) ?? []).filter(matches);
    if (filtered && mentions.length === 0) continue;
    result.push(Object.freeze({ claim, mentions: Object.freeze(mentions) }));
  }
  return Object.freeze(result.sort((a, b) => (a.claim.id < b.claim.id ? -1 : 1)));
}
