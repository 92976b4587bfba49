import type { ArticleId, CitationId, EntityId, OutletId } from './generated/ids.js';
import type { EntityRole } from './generated/types.js';
import { corpus } from './internal/data.js';
import { type FilterSpec, query } from './internal/query.js';
import { FINE_ROLES, MAIN_ROLES, VOICES } from './schema/labels.js';

/** Filters of {@link entityRoles}; all given filters must hold. */
export interface EntityRolesFilter {
  /** Roles in this article. */
  readonly article?: ArticleId;
  /** Roles in articles this outlet authored. */
  readonly outlet?: OutletId;
  /** The entity cast in the role. */
  readonly entity?: EntityId;
  /** `Protagonist`, `Antagonist` or `Innocent`. */
  readonly main?: EntityRole['main'];
  /** A fine-grained role, such as `Foreign Adversary` or `Guardian`. */
  readonly fine?: EntityRole['fine'][number];
  /** `authorial` (the outlet casts the entity) or `attributed` (a quoted speaker does). */
  readonly voice?: EntityRole['voice'];
  /** Castings inside this citation's content. */
  readonly citation?: CitationId;
  /** Castings in the words of this speaker (the speaker of the citation). */
  readonly speaker?: EntityId;
}

const FILTERS: readonly FilterSpec<EntityRole>[] = [
  { key: 'article', check: { id: 'article' }, index: (ix) => ix.rolesByArticle, value: (r) => r.article },
  { key: 'outlet', check: { id: 'outlet' }, index: (ix) => ix.rolesByOutlet, value: (r, ix) => ix.articles.get(r.article)?.outlet },
  { key: 'entity', check: { id: 'entity' }, index: (ix) => ix.rolesByEntity, value: (r) => r.entity },
  { key: 'main', check: { oneOf: MAIN_ROLES, what: 'main role' }, index: (ix) => ix.rolesByMain, value: (r) => r.main },
  { key: 'fine', check: { oneOf: FINE_ROLES, what: 'fine-grained role' }, index: (ix) => ix.rolesByFine, value: (r) => r.fine, has: (r, v) => (r.fine as readonly unknown[]).includes(v) },
  { key: 'voice', check: { oneOf: VOICES, what: 'voice' }, index: (ix) => ix.rolesByVoice, value: (r) => r.voice },
  { key: 'citation', check: { id: 'citation' }, index: (ix) => ix.rolesByCitation, value: (r) => r.citation },
  { key: 'speaker', check: { id: 'entity' }, index: (ix) => ix.rolesBySpeaker, value: (r, ix) => (r.citation === null ? null : ix.citations.get(r.citation)?.speaker) },
];

/**
 * Returns the entity roles (SemEval-2025 Task 10: who an article casts as protagonist, antagonist
 * or innocent, and in whose voice) that match a filter.
 *
 * @param filter - {@link EntityRolesFilter}: `article`, `outlet`, `entity`, `main`, `fine`, `voice`, `citation`, `speaker`.
 * @returns Entity roles sorted by article date, then position in the text.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown ID or role, `BAD_ARGUMENT` for a malformed filter.
 *
 * @example
 * ```ts
 * import { entityRoles } from 'qantar-corpus';
 * const adversaries = entityRoles({ entity: 'external-forces', fine: 'Foreign Adversary' });
 * console.log(adversaries.length > 0, adversaries.every((r) => r.main === 'Antagonist'));
 * //=> true true
 * ```
 */
export function entityRoles(filter?: EntityRolesFilter): readonly EntityRole[] {
  return query('entityRoles', filter, FILTERS, corpus.entityRoles);
}
