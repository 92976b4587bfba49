import type { OutletId } from './generated/ids.js';
import type { Label } from './generated/types.js';
import { assertOneOf, readOptions } from './internal/args.js';
import { corpus } from './internal/data.js';
import { indexes } from './internal/indexes.js';
import { LABEL_CATEGORIES } from './schema/labels.js';

/** Options of {@link labelMatrix}. */
export interface LabelMatrixOptions {
  /** Only labels of this category (`unrest`, `participants`...). */
  readonly category?: Label['category'];
}

/** How often one outlet uses one label in one voice, with the labels behind the count. */
export interface LabelCell {
  /** Outlet that authored the articles. */
  readonly outlet: OutletId;
  /** The normalised label. */
  readonly label: Label['label'];
  /** The voice the labels are in. */
  readonly voice: Label['voice'];
  /** Of the labels, how many the outlet sets in scare quotes. */
  readonly scareQuoted: number;
  /** How many labels the cell holds. */
  readonly count: number;
  /** The labels behind the cell, in corpus order. */
  readonly labels: readonly Label[];
}

/** Outlet x normalised label x voice -> count. */
export interface LabelMatrix {
  /** Outlets with at least one label, sorted. */
  readonly outlets: readonly OutletId[];
  /** Normalised labels used at least once, sorted. */
  readonly labels: readonly Label['label'][];
  /** Non-empty cells, by label, then outlet, then voice (authorial first). */
  readonly cells: readonly LabelCell[];
}

/**
 * Tabulates how each outlet names the events, in its own voice and in quoted voices: who calls the
 * crowds protesters and who calls them terrorists.
 *
 * @param options - {@link LabelMatrixOptions}: `category`.
 * @returns The outlets, the labels and the non-empty cells.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown category, `BAD_ARGUMENT` for malformed options.
 *
 * @example
 * ```ts
 * import { labelMatrix } from 'qantar-corpus';
 * const m = labelMatrix({ category: 'participants' });
 * console.log(m.cells.filter((c) => c.label === 'rioters').map((c) => `${c.outlet} ${c.voice} ${c.count}`));
 * //=> [ 'china-daily authorial 2' ]
 * ```
 */
export function labelMatrix(options?: LabelMatrixOptions): LabelMatrix {
  const o = readOptions(options, ['category'], 'labelMatrix');
  if (o.category !== undefined) assertOneOf('label category', o.category, LABEL_CATEGORIES, 'labelMatrix options.category');
  const ix = indexes();
  const cells = new Map<string, { outlet: OutletId; label: Label['label']; voice: Label['voice']; labels: Label[] }>();
  for (const l of corpus.labels) {
    if (o.category !== undefined && l.category !== o.category) continue;
    const outlet = ix.articles.get(l.article)?.outlet as OutletId;
    const key = `${l.label}\u0000${outlet}\u0000${l.voice === 'authorial' ? 0 : 1}`;
    const cell = cells.get(key) ?? { outlet, label: l.label, voice: l.voice, labels: [] };
    cell.labels.push(l);
    cells.set(key, cell);
  }
  const sorted = [...cells].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) =>
    Object.freeze({ outlet: c.outlet, label: c.label, voice: c.voice, scareQuoted: c.labels.filter((l) => l.scareQuoted).length, count: c.labels.length, labels: Object.freeze(c.labels) }));
  return Object.freeze({
    outlets: Object.freeze([...new Set(sorted.map((c) => c.outlet))].sort()),
    labels: Object.freeze([...new Set(sorted.map((c) => c.label))].sort()),
    cells: Object.freeze(sorted),
  });
}
