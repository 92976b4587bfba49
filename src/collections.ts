import type {
  Article, Citation, Claim, ClaimMention, Corpus, DateMention, Entity, EntityMention, Event, Exemption, Figure, FigureGroup, Outlet, Source,
} from './generated/types.js';
import { corpus as data } from './internal/data.js';

/**
 * The whole corpus: every record of every kind, deeply frozen.
 *
 * @example
 * ```ts
 * import { corpus } from 'qantar-corpus';
 * console.log(corpus.articles.length, corpus.schemaVersion); //=> 5 2.0.0
 * ```
 */
export const corpus: Corpus = data;
/**
 * Every outlet (authors and republishers), sorted by ID.
 *
 * @example
 * ```ts
 * import { outlets } from 'qantar-corpus';
 * console.log(outlets.filter((o) => o.stateAffiliation.status === 'state').map((o) => o.id));
 * //=> [ 'china-daily', 'global-times', 'radio-free-asia', 'rfa-mandarin', 'rt', 'rt-de' ]
 * ```
 */
export const outlets: readonly Outlet[] = data.outlets;
/**
 * Every article, sorted by publication date.
 *
 * @example
 * ```ts
 * import { articles } from 'qantar-corpus';
 * console.log(articles.map((a) => a.published.date));
 * //=> [ '2022-01-07', '2022-01-10', '2022-01-10', '2022-01-11', '2022-04-27' ]
 * ```
 */
export const articles: readonly Article[] = data.articles;
/**
 * Every entity, sorted by ID.
 *
 * @example
 * ```ts
 * import { entities } from 'qantar-corpus';
 * console.log(entities.find((e) => e.id === 'wang-yi')?.aliases.map((a) => `${a.name} (${a.kind})`));
 * //=> [ 'Wang (variant)', 'Wang Li (misnaming)' ]
 * ```
 */
export const entities: readonly Entity[] = data.entities;
/**
 * Every entity mention, by article then position.
 *
 * @example
 * ```ts
 * import { entityMentions } from 'qantar-corpus';
 * console.log(entityMentions.filter((m) => m.form === 'misnaming').map((m) => m.span.text));
 * //=> [ 'Vladimir Norov', 'Wang Li' ]
 * ```
 */
export const entityMentions: readonly EntityMention[] = data.entityMentions;
/**
 * Every claim, sorted by ID.
 *
 * @example
 * ```ts
 * import { claims } from 'qantar-corpus';
 * console.log(claims.find((c) => c.id === 'external-forces-sought-color-revolution')?.proposition);
 * //=> 'External forces tried to instigate a color revolution in Kazakhstan.'
 * ```
 */
export const claims: readonly Claim[] = data.claims;
/**
 * Every claim mention, by article then position.
 *
 * @example
 * ```ts
 * import { claimMentions } from 'qantar-corpus';
 * console.log(claimMentions.filter((m) => m.stance === 'disputes').map((m) => m.span.text));
 * //=> [ '"protests"', '"protesters"' ]
 * ```
 */
export const claimMentions: readonly ClaimMention[] = data.claimMentions;
/**
 * Every event, by start date.
 *
 * @example
 * ```ts
 * import { events } from 'qantar-corpus';
 * console.log(events[0]?.id, events[0]?.start); //=> tiananmen-square-crackdown 1989-06-03
 * ```
 */
export const events: readonly Event[] = data.events;
/**
 * Every date expression, by article then position.
 *
 * @example
 * ```ts
 * import { dateMentions } from 'qantar-corpus';
 * console.log(dateMentions.find((d) => d.span.text === 'June 4th')?.date); //=> '1989-06-04'
 * ```
 */
export const dateMentions: readonly DateMention[] = data.dateMentions;
/**
 * Every figure group.
 *
 * @example
 * ```ts
 * import { figureGroups } from 'qantar-corpus';
 * console.log(figureGroups.map((g) => g.id));
 * //=> [ 'china-kazakhstan-border-length', 'csto-troops', 'qantar-arrests', 'qantar-deaths', 'qantar-injured' ]
 * ```
 */
export const figureGroups: readonly FigureGroup[] = data.figureGroups;
/**
 * Every completeness exemption, with its reason.
 *
 * @example
 * ```ts
 * import { exemptions } from 'qantar-corpus';
 * console.log(exemptions.find((e) => e.span.text === 'said')?.layer); //=> 'cue'
 * ```
 */
export const exemptions: readonly Exemption[] = data.exemptions;
/**
 * Every source record: an outside document (readout, transcript, statement, speech, wire copy,
 * original-language article, reference work) that a value of the annotation rests on, by ID.
 *
 * @example
 * ```ts
 * import { sources } from 'qantar-corpus';
 * console.log(sources.filter((s) => s.kind === 'readout').map((s) => s.id));
 * //=> [ 'frontierpost-2022-01-06-blinken-tileuberdi', 'mfa-cn-2022-01-10-wang-yi-tileuberdi-call-en', 'mfa-cn-2022-01-10-wang-yi-tileuberdi-call-zh-hexun' ]
 * ```
 */
export const sources: readonly Source[] = data.sources;
/**
 * Every figure, by article then position (use {@link figures} to filter).
 *
 * @example
 * ```ts
 * import { allFigures } from 'qantar-corpus';
 * console.log(allFigures.filter((f) => f.measure === 'killed').map((f) => `${f.span.text} (${f.qualifier})`));
 * //=> [ '26 (exact)', 'at least 225 people (at-least)' ]
 * ```
 */
export const allFigures: readonly Figure[] = data.figures;
/**
 * Every citation, by article then position (use {@link citations} to filter).
 *
 * @example
 * ```ts
 * import { allCitations } from 'qantar-corpus';
 * console.log(allCitations.filter((c) => c.mode === 'scare-quote').map((c) => c.content[0]?.text));
 * //=> [ 'responsibility', 'protests', 'color revolutions', 'color revolutions' ]
 * ```
 */
export const allCitations: readonly Citation[] = data.citations;
