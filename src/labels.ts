import type { ArticleId, CitationId, OutletId } from './generated/ids.js';
import type { Label } from './generated/types.js';
import { assertBoolean, assertOneOf, readOptions } from './internal/args.js';
import { corpus } from './internal/data.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';
import { type Criterion, select } from './internal/select.js';
import { LABEL_CATEGORIES, LABEL_NAMES, VOICES } from './schema/labels.js';

/** Filters of {@link labels}; all given filters must hold. */
export interface LabelsFilter {
  /** Labels in this article. */
  readonly article?: ArticleId;
  /** Labels in articles this outlet authored. */
  readonly outlet?: OutletId;
  /** The normalised label, such as `riots` or `terrorists`. */
  readonly label?: Label['label'];
  /** What the phrase names: `unrest`, `participants`, `security-forces`, `intervention`, `response` or `actor`. */
  readonly category?: Label['category'];
  /** `authorial` (the outlet's own naming) or `attributed` (inside a quoted speaker's words). */
  readonly voice?: Label['voice'];
  /** Labels inside this citation's content. */
  readonly citation?: CitationId;
  /** Only labels the outlet sets (true) or does not set (false) in scare quotes. */
  readonly scareQuoted?: boolean;
}

/**
 * Returns the naming labels (noun phrases that name the unrest, its participants, the security
 * forces, the CSTO deployment, the response or an actor) that match a filter.
 *
 * @param filter - {@link LabelsFilter}: `article`, `outlet`, `label`, `category`, `voice`, `citation`, `scareQuoted`.
 * @returns Labels sorted by article date, then position in the text.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown ID or label, `BAD_ARGUMENT` for a malformed filter.
 *
 * @example
 * ```ts
 * import { labels } from 'qantar-corpus';
 * const own = labels({ category: 'participants', label: 'terrorists', voice: 'authorial' });
 * console.log(own.length); //=> 0
 * console.log(labels({ label: 'terrorists' }).map((l) => `${l.article}: ${l.voice}`));
 * //=> [ 'rfa-2022-01-07-xi-praises-measures: attributed', 'rt-2022-04-27-color-revolution-warning: attributed' ]
 * ```
 */
export function labels(filter?: LabelsFilter): readonly Label[] {
  const f = readOptions(filter, ['article', 'outlet', 'label', 'category', 'voice', 'citation', 'scareQuoted'], 'labels');
  const ix = indexes();
  const criteria: Criterion<Label>[] = [];
  if (f.article !== undefined) {
    lookup('article', ix.articles, f.article, 'labels filter.article');
    criteria.push({ bucket: ix.labelsByArticle.get(f.article as string) ?? [], test: (l) => l.article === f.article });
  }
  if (f.outlet !== undefined) {
    lookup('outlet', ix.outlets, f.outlet, 'labels filter.outlet');
    criteria.push({ bucket: ix.labelsByOutlet.get(f.outlet as string) ?? [], test: (l) => ix.articles.get(l.article)?.outlet === f.outlet });
  }
  if (f.label !== undefined) {
    assertOneOf('label', f.label, LABEL_NAMES, 'labels filter.label');
    criteria.push({ bucket: ix.labelsByLabel.get(f.label) ?? [], test: (l) => l.label === f.label });
  }
  if (f.category !== undefined) {
    assertOneOf('label category', f.category, LABEL_CATEGORIES, 'labels filter.category');
    criteria.push({ bucket: ix.labelsByCategory.get(f.category) ?? [], test: (l) => l.category === f.category });
  }
  if (f.voice !== undefined) {
    assertOneOf('voice', f.voice, VOICES, 'labels filter.voice');
    criteria.push({ bucket: ix.labelsByVoice.get(f.voice) ?? [], test: (l) => l.voice === f.voice });
  }
  if (f.citation !== undefined) {
    lookup('citation', ix.citations, f.citation, 'labels filter.citation');
    criteria.push({ bucket: ix.labelsByCitation.get(f.citation as string) ?? [], test: (l) => l.citation === f.citation });
  }
  if (f.scareQuoted !== undefined) {
    assertBoolean(f.scareQuoted, 'labels filter.scareQuoted');
    criteria.push({ bucket: ix.labelsByScareQuoted.get(f.scareQuoted) ?? [], test: (l) => l.scareQuoted === f.scareQuoted });
  }
  return select(criteria, corpus.labels);
}
