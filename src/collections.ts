import type { Corpus } from './generated/types.js';
import { corpus as data } from './internal/data.js';

/**
 * The whole corpus: every record of every kind, deeply frozen. Each collection (`corpus.outlets`,
 * `corpus.articles`, `corpus.figures`…) is frozen the first time it is read, so a program pays only
 * for the collections it uses; nothing below it can be reached unfrozen.
 *
 * Collections are in published order: outlets, entities, claims, figure groups and sources by ID;
 * articles by publication date; events by start date; mentions, figures, citations, labels,
 * techniques, entity roles, framing and exemptions by article, then position in the text.
 *
 * @example
 * ```ts
 * import { corpus } from 'qantar-corpus';
 * console.log(corpus.articles.length, corpus.schemaVersion); //=> 5 2.0.0
 * const { outlets } = corpus;
 * console.log(outlets.filter((o) => o.stateAffiliation.status === 'state').map((o) => o.id));
 * //=> [ 'china-daily', 'global-times', 'radio-free-asia', 'rfa-mandarin', 'rt', 'rt-de' ]
 * ```
 */
export const corpus: Corpus = data;
