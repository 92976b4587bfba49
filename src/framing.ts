import type { ArticleId } from './generated/ids.js';
import type { Framing, Technique } from './generated/types.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/** An article's framing with a summary of its techniques. */
export interface ArticleFraming extends Framing {
  /** Counts of technique spans by technique, in the outlet's own voice and in quoted voices. */
  readonly techniqueCounts: readonly { readonly technique: Technique['technique']; readonly category: Technique['category']; readonly authorial: number; readonly attributed: number }[];
}

/**
 * Returns how an article frames the events: its genre (SemEval-2023 subtask 1), its frames (the 14
 * Media Frames Corpus dimensions, with the spans that carry them) and a count of its persuasion
 * techniques by voice.
 *
 * @param article - Article ID.
 * @returns The framing record and the technique counts, most frequent first.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown article, `BAD_ARGUMENT` for a non-string.
 *
 * @example
 * ```ts
 * import { framing } from 'qantar-corpus';
 * const f = framing('chinadaily-2022-01-10-editorial');
 * console.log(f.genre, f.techniqueCounts.some((c) => c.technique === 'Whataboutism' && c.authorial > 0));
 * //=> opinion true
 * ```
 */
export function framing(article: ArticleId): ArticleFraming {
  const ix = indexes();
  lookup('article', ix.articles, article, 'framing');
  const record = ix.framingByArticle.get(article) as Framing;
  const counts = new Map<string, { technique: Technique['technique']; category: Technique['category']; authorial: number; attributed: number }>();
  for (const t of ix.techniquesByArticle.get(article) ?? []) {
    const c = counts.get(t.technique) ?? { technique: t.technique, category: t.category, authorial: 0, attributed: 0 };
    c[t.voice] += 1;
    counts.set(t.technique, c);
  }
  const techniqueCounts = [...counts.values()]
    .sort((a, b) => b.authorial + b.attributed - (a.authorial + a.attributed) || (a.technique < b.technique ? -1 : 1))
    .map((c) => Object.freeze(c));
  return Object.freeze({ ...record, techniqueCounts: Object.freeze(techniqueCounts) });
}
