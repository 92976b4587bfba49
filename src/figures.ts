import type { ArticleId, EntityId, EventId, FigureGroupId, OutletId } from './generated/ids.js';
import type { Figure } from './generated/types.js';
import { assertOneOf, readOptions } from './internal/args.js';
import { MEASURES } from './schema/labels.js';
import { corpus } from './internal/data.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';
import { type Criterion, select } from './internal/select.js';

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
  const f = readOptions(filter, ['article', 'outlet', 'measure', 'group', 'source', 'event'], 'figures');
  const ix = indexes();
  const criteria: Criterion<Figure>[] = [];
  if (f.article !== undefined) {
    lookup('article', ix.articles, f.article, 'figures filter.article');
    criteria.push({ bucket: ix.figuresByArticle.get(f.article as string) ?? [], test: (x) => x.article === f.article });
  }
  if (f.outlet !== undefined) {
    lookup('outlet', ix.outlets, f.outlet, 'figures filter.outlet');
    criteria.push({ bucket: ix.figuresByOutlet.get(f.outlet as string) ?? [], test: (x) => ix.articles.get(x.article)?.outlet === f.outlet });
  }
  if (f.measure !== undefined) {
    assertOneOf('measure', f.measure, MEASURES, 'figures filter.measure');
    criteria.push({ bucket: ix.figuresByMeasure.get(f.measure) ?? [], test: (x) => x.measure === f.measure });
  }
  if (f.group !== undefined) {
    lookup('figure group', ix.figureGroups, f.group, 'figures filter.group');
    criteria.push({ bucket: ix.figuresByGroup.get(f.group as string) ?? [], test: (x) => x.group === f.group });
  }
  if (f.source !== undefined) {
    if (f.source !== 'outlet') lookup('entity', ix.entities, f.source, 'figures filter.source');
    criteria.push({ bucket: ix.figuresBySource.get(f.source as string) ?? [], test: (x) => ix.figureSource(x) === f.source });
  }
  if (f.event !== undefined) {
    lookup('event', ix.events, f.event, 'figures filter.event');
    criteria.push({ bucket: ix.figuresByEvent.get(f.event as string) ?? [], test: (x) => x.event === f.event });
  }
  return select(criteria, corpus.figures);
}
