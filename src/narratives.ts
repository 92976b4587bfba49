import type { Claim, NarrativeLink } from './generated/types.js';
import { corpus } from './internal/data.js';
import { assertOneOf, readOptions } from './internal/args.js';
import { type FilterSpec, query } from './internal/query.js';
import { NARRATIVE_RELATIONS, NARRATIVE_SCHEMES } from './schema/labels.js';

/** Filters of {@link narratives}; all given filters must hold. */
export interface NarrativesFilter {
  /** `euvsdisinfo-case`, `disarm-technique` or `semeval2025-narrative`. */
  readonly scheme?: NarrativeLink['scheme'];
  /** The linked record as its scheme names it (an EUvsDisinfo case title, `T0081.001: ...`). */
  readonly ref?: string;
  /** `exact`, `broader`, `narrower` or `related` (SKOS-style mapping relations). */
  readonly relation?: NarrativeLink['relation'];
}

const FILTERS: readonly FilterSpec<Claim>[] = [
  { key: 'scheme', check: { oneOf: NARRATIVE_SCHEMES, what: 'narrative scheme' }, index: (ix) => ix.claimsByNarrativeScheme, value: (c) => c, has: (c, v) => c.narratives.some((n) => n.scheme === v) },
  {
    key: 'ref',
    check: { custom: (value, where, ix) => assertOneOf('narrative reference', value, [...ix.claimsByNarrativeRef.keys()].sort(), where) },
    index: (ix) => ix.claimsByNarrativeRef,
    value: (c) => c,
    has: (c, v) => c.narratives.some((n) => n.ref === v),
  },
  { key: 'relation', check: { oneOf: NARRATIVE_RELATIONS, what: 'narrative relation' }, index: (ix) => ix.claimsByNarrativeRelation, value: (c) => c, has: (c, v) => c.narratives.some((n) => n.relation === v) },
];

/** A claim with the narrative links that matched the filter. */
export interface ClaimNarratives {
  readonly claim: Claim;
  /** The claim's links that satisfy every given filter. */
  readonly links: readonly NarrativeLink[];
}

/**
 * Returns the claims linked to known narrative records (EUvsDisinfo cases, DISARM techniques,
 * SemEval-2025 narratives), with the links that match the filter. Every link cites the source
 * record of the page where it was found and checked.
 *
 * @param filter - {@link NarrativesFilter}: `scheme`, `ref`, `relation`; one link must satisfy all given filters.
 * @returns Claims with their matching links, sorted by claim ID.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown scheme, relation or reference, `BAD_ARGUMENT` for a malformed filter.
 *
 * @example
 * ```ts
 * import { narratives } from 'qantar-corpus';
 * const cases = narratives({ scheme: 'euvsdisinfo-case' });
 * console.log(cases.every((c) => c.links.every((l) => l.sources.length > 0)));
 * //=> true
 * ```
 */
export function narratives(filter?: NarrativesFilter): readonly ClaimNarratives[] {
  // Read once (own properties, each getter run once): the links below are filtered by the same values
  // the query checked, whatever the caller's object does on a second read.
  const given = readOptions(filter, FILTERS.map((f) => f.key), 'narratives') as NarrativesFilter;
  const claims = query('narratives', given, FILTERS, corpus.claims.filter((c) => c.narratives.length > 0));
  const out: ClaimNarratives[] = [];
  for (const claim of claims) {
    const links = claim.narratives.filter((n) =>
      (given.scheme === undefined || n.scheme === given.scheme) && (given.ref === undefined || n.ref === given.ref) && (given.relation === undefined || n.relation === given.relation));
    if (links.length > 0) out.push(Object.freeze({ claim, links: Object.freeze(links) }));
  }
  return Object.freeze(out);
}

