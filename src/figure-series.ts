import type { FigureGroupId, OutletId } from './generated/ids.js';
import type { Article, Figure, FigureGroup } from './generated/types.js';
import { QantarCorpusError } from './errors.js';
import { assertOneOf, describeValue, readField } from './internal/args.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/** One figure of a series, with the date and outlet it is lined up by. */
export interface SeriesPoint {
  readonly figure: Figure;
  /** The figure's as-of date, or the article's publication date when the figure has none. */
  readonly date: string;
  /** Whether `date` is the figure's own as-of date or the publication date. */
  readonly dateFrom: 'as-of' | 'published';
  /** Outlet that authored the article. */
  readonly outlet: OutletId;
  /** The range of values the wording allows: `[value, value]` for exact, `(value, ∞)` for "more than"... */
  readonly range: readonly [low: number, high: number];
}

/** Two points of a series that cannot both be right. */
export interface SeriesDisagreement {
  /** The earlier (or first) point. */
  readonly a: SeriesPoint;
  /** The later (or second) point. */
  readonly b: SeriesPoint;
  /** `same-date`: ranges that do not overlap on the same date; `decrease`: a cumulative count lower than an earlier one. */
  readonly kind: 'same-date' | 'decrease';
  /** The disagreement in words, naming both outlets and figures. */
  readonly message: string;
}

/** A figure group's figures lined up by date and outlet. */
export interface FigureSeries {
  /** The figure group. */
  readonly group: FigureGroup;
  /** Its figures, by date then outlet. */
  readonly points: readonly SeriesPoint[];
  /** Pairs of points that cannot both be right. */
  readonly disagreements: readonly SeriesDisagreement[];
}

/** Measures whose counts only grow with time, so a lower later figure is a disagreement. */
const CUMULATIVE = new Set(['killed', 'injured', 'arrested', 'detained']);

/**
 * The range of values a figure's wording allows: `[v, v]` for an exact figure, `(v, ∞)` for "more
 * than v", `[v, ∞)` for "at least v", ±10% for "about v", `[0, v]` for "up to v", and the figure's
 * `low`/`high` bounds for vague amounts.
 *
 * @param figure - Any figure record (or an object with its `value`, `qualifier`, `low` and `high`).
 * @returns `[low, high]`, frozen; `high` may be `Infinity`.
 * @throws {@link QantarCorpusError} `BAD_ARGUMENT` when `figure` is not an object with a known qualifier and numbers (or null) for `value`, `low` and `high`; `UNKNOWN_ID` for an unknown qualifier.
 *
 * @example
 * ```ts
 * import { figureRange, getFigure } from 'qantar-corpus';
 * console.log(figureRange(getFigure('gt-arrested-7939'))); //=> [ 7939, 7939 ]
 * ```
 */
export function figureRange(figure: Pick<Figure, 'value' | 'qualifier' | 'low' | 'high'>): readonly [number, number] {
  if (figure === null || typeof figure !== 'object') throw new QantarCorpusError('BAD_ARGUMENT', `figureRange: expected a figure record, got ${describeValue(figure)}`, figure);
  // Each field is read once: a getter cannot pass the checks with one value and be used with another.
  const number = (field: 'value' | 'low' | 'high'): number | null => {
    const v = readField(figure, field, 'figureRange');
    if (v === null || (typeof v === 'number' && Number.isFinite(v))) return v;
    throw new QantarCorpusError('BAD_ARGUMENT', `figureRange: figure.${field} must be a finite number or null, got ${describeValue(v)}`, figure);
  };
  const v = number('value');
  const low = number('low');
  const high = number('high');
  const qualifier = readField(figure, 'qualifier', 'figureRange');
  assertOneOf('qualifier', qualifier, QUALIFIERS, 'figureRange figure.qualifier');
  return Object.freeze(rangeOf(v, qualifier, low, high));
}

/** Qualifiers of a figure (the same list as the figure schema's; a test keeps them equal). */
const QUALIFIERS = ['exact', 'approximately', 'at-least', 'more-than', 'up-to', 'vague'] as const;

function rangeOf(v: number | null, qualifier: (typeof QUALIFIERS)[number], low: number | null, high: number | null): [number, number] {
  if (v === null) return [low ?? 0, high ?? Number.POSITIVE_INFINITY];
  switch (qualifier) {
    case 'exact': return [v, v];
    case 'approximately': return [v * 0.9, v * 1.1];
    case 'at-least': return [v, Number.POSITIVE_INFINITY];
    case 'more-than': return [v + Number.EPSILON * v, Number.POSITIVE_INFINITY];
    case 'up-to': return [0, v];
    default: return [low ?? 0, high ?? Number.POSITIVE_INFINITY];
  }
}

/**
 * Lines up every figure of one group by date and outlet, and flags figures that disagree.
 *
 * Two figures disagree when they describe the same day and their ranges (what "more than 3,000"
 * or "about 2,500" allows) do not overlap, or, for cumulative counts (killed, injured, arrested,
 * detained), when a later figure's whole range lies below an earlier one's.
 *
 * @param group - Figure group ID, such as `qantar-arrests`.
 * @returns The group, its points sorted by date then outlet, and the disagreements found.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown group, `BAD_ARGUMENT` for a non-string.
 *
 * @example
 * ```ts
 * import { figureSeries } from 'qantar-corpus';
 * const series = figureSeries('qantar-arrests');
 * console.log(series.points.map((p) => `${p.date} ${p.outlet}: ${p.figure.span.text}`));
 * //=> [ '2022-01-07 rfa-mandarin: more than 3,000', '2022-01-10 china-daily: more than 5,000', '2022-01-10 global-times: 7,939' ]
 * ```
 */
export function figureSeries(group: FigureGroupId): FigureSeries {
  const ix = indexes();
  const record = lookup('figure group', ix.figureGroups, group, 'figureSeries');
  const points: SeriesPoint[] = (ix.figuresByGroup.get(group) ?? []).map((figure) => {
    const article = ix.articles.get(figure.article) as Article; // the build checks every figure's article
    return Object.freeze({
      figure,
      date: figure.asOf ?? article.published.date,
      dateFrom: figure.asOf ? 'as-of' : 'published',
      outlet: article.outlet,
      range: figureRange(figure),
    });
  });
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : a.figure.id < b.figure.id ? -1 : 1));
  const disagreements: SeriesDisagreement[] = [];
  const cumulative = record.measures.every((m) => CUMULATIVE.has(m));
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as SeriesPoint;
      const b = points[j] as SeriesPoint;
      if (a.date === b.date && (a.range[1] < b.range[0] || b.range[1] < a.range[0])) {
        disagreements.push(Object.freeze({ a, b, kind: 'same-date', message: `${a.outlet} gives ${JSON.stringify(a.figure.span.text)} and ${b.outlet} gives ${JSON.stringify(b.figure.span.text)} for ${a.date}` }));
      } else if (cumulative && a.date < b.date && b.range[1] < a.range[0]) {
        disagreements.push(Object.freeze({ a, b, kind: 'decrease', message: `${b.outlet} gives ${JSON.stringify(b.figure.span.text)} for ${b.date}, lower than ${a.outlet}'s ${JSON.stringify(a.figure.span.text)} for ${a.date}` }));
      }
    }
  }
  return Object.freeze({ group: record, points: Object.freeze(points), disagreements: Object.freeze(disagreements) });
}
