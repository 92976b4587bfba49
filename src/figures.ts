import type { ArticleId, EntityId, EventId, FigureGroupId, OutletId } from './generated/ids.js';
import type { Figure } from './generated/types.js';
import { MEASURES } from './schema/labels.js';
import { corpus } from './internal/data.js';
import { lookup } from './internal/lookup.js';
import { type FilterSpec, query } from './internal/query.js';


/** Filters of {@link figures}; all given filters must hold. */
export interface FiguresFilter {
  readonly article?: ArticleId;
  /** Figures in articles this outlet authored. */
  readonly outlet?: OutletId;
  readonly measure?: Figure['measure'];
  readonly group?: FigureGroupId;
  /** `'outlet'` for figures in the outlet's own voice, or an entity: figures attributed to it directly or through a citation of its words. */
  readonly source?: EntityId | 'outlet';
  readonly event?: EventId;
}


const FILTERS: readonly FilterSpec<Figure>[] = [
  { key: 'article', check: { id: 'article' }, index: (ix) => ix.figuresByArticle, value: (x) => x.article },
  { key: 'outlet', check: { id: 'outlet' }, index: (ix) => ix.figuresByOutlet, value: (x, ix) => ix.articles.get(x.article)?.outlet },
  { key: 'measure', check: { oneOf: MEASURES, what: 'measure' }, index: (ix) => ix.figuresByMeasure, value: (x) => x.measure },
  { key: 'group', check: { id: 'figure group' }, index: (ix) => ix.figuresByGroup, value: (x) => x.group },
  {
    key: 'source',
    // 'outlet' for the outlet's own voice, else an entity (named directly or through a citation of its words).
    check: { custom: (value, where, ix) => { if (value !== 'outlet') lookup('entity', ix.entities, value, where); } },
    index: (ix) => ix.figuresBySource,
    value: (x, ix) => ix.figureSource(x),
  },
  { key: 'event', check: { id: 'event' }, index: (ix) => ix.figuresByEvent, value: (x) => x.event },
];

/**
 * Returns the figures (numbers and counted quantities) that match a filter.
 *
 * @param filter - {@link FiguresFilter}: `article`, `outlet`, `measure`, `group`, `source`, `event`.
 * @returns Figures sorted by article date, then position in the text.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown ID or label, `BAD_ARGUMENT` for a malformed filter.
 *
 * @example
 * ```ts
 * import { figures } from 'qantar-corpus';
 * const arrests = figures({ group: 'qantar-arrests' });
 * console.log(arrests.map((f) => `${f.span.text} (${f.asOf ?? 'day not given'})`));
 * //=> [ 'more than 3,000 (2022-01-07)', 'more than 5,000 (day not given)', '7,939 (2022-01-10)' ]
 * ```
 */
export function figures(filter?: FiguresFilter): readonly Figure[] {
  return query('figures', filter, FILTERS, corpus.figures);
}
