import type {
  Article, Citation, Claim, ClaimMention, Corpus, DateMention, Entity, EntityMention, Event, Exemption, Figure, FigureGroup, Outlet,
} from './generated/types.js';
import { corpus as data } from './internal/data.js';

/** The whole corpus: every record of every kind, deeply frozen. */
export const corpus: Corpus = data;
/** Every outlet (authors and republishers), sorted by ID. */
export const outlets: readonly Outlet[] = data.outlets;
/** Every article, sorted by publication date. */
export const articles: readonly Article[] = data.articles;
/** Every entity, sorted by ID. */
export const entities: readonly Entity[] = data.entities;
/** Every entity mention, by article then position. */
export const entityMentions: readonly EntityMention[] = data.entityMentions;
/** Every claim, sorted by ID. */
export const claims: readonly Claim[] = data.claims;
/** Every claim mention, by article then position. */
export const claimMentions: readonly ClaimMention[] = data.claimMentions;
/** Every event, by start date. */
export const events: readonly Event[] = data.events;
/** Every date expression, by article then position. */
export const dateMentions: readonly DateMention[] = data.dateMentions;
/** Every figure group. */
export const figureGroups: readonly FigureGroup[] = data.figureGroups;
/** Every completeness exemption, with its reason. */
export const exemptions: readonly Exemption[] = data.exemptions;
/** Every figure, by article then position (use {@link figures} to filter). */
export const allFigures: readonly Figure[] = data.figures;
/** Every citation, by article then position (use {@link citations} to filter). */
export const allCitations: readonly Citation[] = data.citations;
