// The public surface of qantar-corpus. Everything exported here is documented and versioned;
// anything else is internal. The schemas live in the separate `qantar-corpus/schema` entry so that
// this entry never loads zod.
export {
  corpus, outlets, articles, entities, entityMentions, claims, claimMentions, events, dateMentions, figureGroups, exemptions, sources, allFigures, allCitations,
} from './collections.js';
export { getOutlet } from './get-outlet.js';
export { getArticle } from './get-article.js';
export { getEntity } from './get-entity.js';
export { getClaim } from './get-claim.js';
export { getEvent } from './get-event.js';
export { getFigure } from './get-figure.js';
export { getFigureGroup } from './get-figure-group.js';
export { getCitation } from './get-citation.js';
export { getSource } from './get-source.js';
export { byOutlet, type ByOutletOptions } from './by-outlet.js';
export { claimsAbout, type ClaimsAboutOptions, type ClaimWithMentions } from './claims-about.js';
export { figures, type FiguresFilter } from './figures.js';
export { citations, type CitationsFilter } from './citations.js';
export { spanContext, type SpanContextOptions, type SpanInContext } from './span-context.js';
export { figureSeries, figureRange, type FigureSeries, type SeriesPoint, type SeriesDisagreement } from './figure-series.js';
export { quoteVariants, type QuoteVariantsQuery, type QuoteVariant } from './quote-variants.js';
export { stanceMatrix, type StanceMatrixOptions, type StanceMatrix, type StanceCell } from './stance-matrix.js';
export { labels, type LabelsFilter } from './labels.js';
export { labelMatrix, type LabelMatrixOptions, type LabelMatrix, type LabelCell } from './label-matrix.js';
export { techniques, type TechniquesFilter } from './techniques.js';
export { entityRoles, type EntityRolesFilter } from './entity-roles.js';
export { narratives, type NarrativesFilter, type ClaimNarratives } from './narratives.js';
export { framing, type ArticleFraming } from './framing.js';
export { cite, type CitationFormat } from './cite.js';
export { QantarCorpusError, type QantarCorpusErrorCode } from './errors.js';
export { CORPUS_VERSION, SCHEMA_VERSION } from './version.js';
export * from './generated/guards.js';
export type * from './generated/types.js';
export type * from './generated/ids.js';
