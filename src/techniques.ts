import type { ArticleId, CitationId, OutletId } from './generated/ids.js';
import type { Technique } from './generated/types.js';
import { assertOneOf, readOptions } from './internal/args.js';
import { corpus } from './internal/data.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';
import { type Criterion, select } from './internal/select.js';
import { TECHNIQUE_CATEGORY_NAMES, TECHNIQUES, VOICES } from './schema/labels.js';

/** Filters of {@link techniques}; all given filters must hold. */
export interface TechniquesFilter {
  /** Techniques in this article. */
  readonly article?: ArticleId;
  /** Techniques in articles this outlet authored. */
  readonly outlet?: OutletId;
  /** A SemEval-2023 Task 3 technique ID, such as `Whataboutism`. */
  readonly technique?: Technique['technique'];
  /** One of the six categories, such as `Attack on Reputation`. */
  readonly category?: Technique['category'];
  /** `authorial` (the outlet's own) or `attributed` (inside a quoted speaker's words). */
  readonly voice?: Technique['voice'];
  /** Techniques inside this citation's content. */
  readonly citation?: CitationId;
}

/**
 * Returns the persuasion-technique spans that match a filter: which techniques an outlet uses in its
 * own voice, and which it relays through the speakers it quotes.
 *
 * @param filter - {@link TechniquesFilter}: `article`, `outlet`, `technique`, `category`, `voice`, `citation`.
 * @returns Technique spans sorted by article date, then position in the text.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown ID or label, `BAD_ARGUMENT` for a malformed filter.
 *
 * @example
 * ```ts
 * import { techniques } from 'qantar-corpus';
 * const own = techniques({ technique: 'Whataboutism', voice: 'authorial' });
 * console.log([...new Set(own.map((t) => t.article))], own.length);
 * //=> [ 'chinadaily-2022-01-10-editorial' ] 3
 * ```
 */
export function techniques(filter?: TechniquesFilter): readonly Technique[] {
  const f = readOptions(filter, ['article', 'outlet', 'technique', 'category', 'voice', 'citation'], 'techniques');
  const ix = indexes();
  const criteria: Criterion<Technique>[] = [];
  if (f.article !== undefined) {
    lookup('article', ix.articles, f.article, 'techniques filter.article');
    criteria.push({ bucket: ix.techniquesByArticle.get(f.article as string) ?? [], test: (t) => t.article === f.article });
  }
  if (f.outlet !== undefined) {
    lookup('outlet', ix.outlets, f.outlet, 'techniques filter.outlet');
    criteria.push({ bucket: ix.techniquesByOutlet.get(f.outlet as string) ?? [], test: (t) => ix.articles.get(t.article)?.outlet === f.outlet });
  }
  if (f.technique !== undefined) {
    assertOneOf('technique', f.technique, TECHNIQUES, 'techniques filter.technique');
    criteria.push({ bucket: ix.techniquesByTechnique.get(f.technique) ?? [], test: (t) => t.technique === f.technique });
  }
  if (f.category !== undefined) {
    assertOneOf('technique category', f.category, TECHNIQUE_CATEGORY_NAMES, 'techniques filter.category');
    criteria.push({ bucket: ix.techniquesByCategory.get(f.category) ?? [], test: (t) => t.category === f.category });
  }
  if (f.voice !== undefined) {
    assertOneOf('voice', f.voice, VOICES, 'techniques filter.voice');
    criteria.push({ bucket: ix.techniquesByVoice.get(f.voice) ?? [], test: (t) => t.voice === f.voice });
  }
  if (f.citation !== undefined) {
    lookup('citation', ix.citations, f.citation, 'techniques filter.citation');
    criteria.push({ bucket: ix.techniquesByCitation.get(f.citation as string) ?? [], test: (t) => t.citation === f.citation });
  }
  return select(criteria, corpus.techniques);
}
