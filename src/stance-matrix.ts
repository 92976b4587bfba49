import type { ClaimId, OutletId } from './generated/ids.js';
import type { Article, ClaimMention } from './generated/types.js';
import { assertOneOf, readArray, readOptions } from './internal/args.js';
import { ASSERTIONS, STANCES, VOICES } from './schema/labels.js';
import { corpus } from './internal/data.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/** Options of {@link stanceMatrix}. */
export interface StanceMatrixOptions {
  /** Only these claims (default: every claim with a mention). */
  readonly claims?: readonly ClaimId[];
  /** Only mentions in this voice. */
  readonly voice?: ClaimMention['voice'];
  /** Only mentions that carry the proposition this way (`asserted` leaves out what a passage only presupposes or insinuates). */
  readonly assertion?: ClaimMention['assertion'];
}

/** The stances one outlet takes toward one claim. */
export interface StanceCell {
  /** Outlet that authored the articles. */
  readonly outlet: OutletId;
  /** The claim. */
  readonly claim: ClaimId;
  /** Distinct stances, in the order asserts, endorses, reports, questions, disputes. */
  readonly stances: readonly ClaimMention['stance'][];
  /** The mentions behind the cell, by article date then position. */
  readonly mentions: readonly ClaimMention[];
}

/** Outlet x claim -> stances. */
export interface StanceMatrix {
  /** Outlets (authors) with at least one mention, sorted. */
  readonly outlets: readonly OutletId[];
  /** Claims in the matrix, sorted. */
  readonly claims: readonly ClaimId[];
  /** Non-empty cells, by claim then outlet. */
  readonly cells: readonly StanceCell[];
}

// Stances in the order cells list them.
const ORDER = STANCES;

/**
 * Tabulates the stance each outlet takes toward each claim (outlet x claim -> stances).
 *
 * @param options - {@link StanceMatrixOptions}: `claims`, `voice` and `assertion`.
 * @returns The outlets, the claims and the non-empty cells.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown claim or voice, `BAD_ARGUMENT` for malformed options.
 *
 * @example
 * ```ts
 * import { stanceMatrix } from 'qantar-corpus';
 * const claims = ['external-forces-sought-color-revolution'] as const;
 * const all = stanceMatrix({ claims });
 * console.log(all.cells.map((c) => `${c.outlet}: ${c.stances.join('/')}`));
 * //=> [ 'china-daily: asserts/endorses', 'global-times: reports', 'rfa-mandarin: questions', 'rt-de: reports', 'the-diplomatic-insight: reports' ]
 * // Only the passages that state the accusation, not those that presuppose or insinuate it:
 * const stated = stanceMatrix({ claims, assertion: 'asserted' });
 * console.log(stated.cells.map((c) => `${c.outlet}: ${c.stances.join('/')}`));
 * //=> [ 'china-daily: endorses', 'rfa-mandarin: questions', 'the-diplomatic-insight: reports' ]
 * ```
 */
export function stanceMatrix(options?: StanceMatrixOptions): StanceMatrix {
  const o = readOptions(options, ['claims', 'voice', 'assertion'], 'stanceMatrix');
  const ix = indexes();
  if (o.voice !== undefined) assertOneOf('voice', o.voice, VOICES, 'stanceMatrix options.voice');
  if (o.assertion !== undefined) assertOneOf('assertion', o.assertion, ASSERTIONS, 'stanceMatrix options.assertion');
  let claimIds: ClaimId[];
  if (o.claims !== undefined) {
    // Copied item by item first: holes, throwing proxies and absurd lengths are rejected, not skipped.
    claimIds = readArray(o.claims, 'claim IDs', 'stanceMatrix options.claims').map((id) => lookup('claim', ix.claims, id, 'stanceMatrix options.claims').id);
  } else {
    claimIds = corpus.claims.map((c) => c.id);
  }
  const cells: StanceCell[] = [];
  const outlets = new Set<OutletId>();
  for (const claim of [...new Set(claimIds)].sort()) {
    const byOutlet = new Map<OutletId, ClaimMention[]>();
    for (const m of ix.mentionsByClaim.get(claim) ?? []) {
      if (o.voice !== undefined && m.voice !== o.voice) continue;
      if (o.assertion !== undefined && m.assertion !== o.assertion) continue;
      const outlet = (ix.articles.get(m.article) as Article).outlet; // the build checks every mention's article
      byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), m]);
    }
    for (const [outlet, mentions] of [...byOutlet].sort(([a], [b]) => (a < b ? -1 : 1))) {
      outlets.add(outlet);
      const stances = ORDER.filter((s) => mentions.some((m) => m.stance === s));
      cells.push(Object.freeze({ outlet, claim, stances: Object.freeze(stances), mentions: Object.freeze(mentions) }));
    }
  }
  const claimsInMatrix = o.claims !== undefined ? [...new Set(claimIds)].sort() : [...new Set(cells.map((c) => c.claim))];
  return Object.freeze({ outlets: Object.freeze([...outlets].sort()), claims: Object.freeze(claimsInMatrix), cells: Object.freeze(cells) });
}
