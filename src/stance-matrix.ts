import type { ClaimId, OutletId } from './generated/ids.js';
import type { Article, ClaimMention } from './generated/types.js';
import { QantarCorpusError } from './errors.js';
import { assertOneOf, readOptions } from './internal/args.js';
import { STANCES, VOICES } from './schema/labels.js';
import { corpus } from './internal/data.js';
import { indexes } from './internal/indexes.js';
import { lookup } from './internal/lookup.js';

/** Options of {@link stanceMatrix}. */
export interface StanceMatrixOptions {
  /** Only these claims (default: every claim with a mention). */
  readonly claims?: readonly ClaimId[];
  /** Only mentions in this voice. */
  readonly voice?: ClaimMention['voice'];
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
 * @param options - {@link StanceMatrixOptions}: `claims` and `voice`.
 * @returns The outlets, the claims and the non-empty cells.
 * @throws {@link QantarCorpusError} `UNKNOWN_ID` for an unknown claim or voice, `BAD_ARGUMENT` for malformed options.
 *
 * @example
 * ```ts
 * import { stanceMatrix } from 'qantar-corpus';
 * const m = stanceMatrix({ claims: ['external-forces-sought-color-revolution'] });
 * console.log(m.cells.map((c) => `${c.outlet}: ${c.stances.join('/')}`));
 * //=> [ 'china-daily: endorses', 'rfa-mandarin: questions', 'the-diplomatic-insight: reports' ]
 * ```
 */
export function stanceMatrix(options?: StanceMatrixOptions): StanceMatrix {
  const o = readOptions(options, ['claims', 'voice'], 'stanceMatrix');
  const ix = indexes();
  if (o.voice !== undefined) assertOneOf('voice', o.voice, VOICES, 'stanceMatrix options.voice');
  let claimIds: ClaimId[];
  if (o.claims !== undefined) {
    if (!Array.isArray(o.claims)) throw new QantarCorpusError('BAD_ARGUMENT', 'stanceMatrix options.claims: expected an array of claim IDs', o.claims);
    claimIds = (o.claims as unknown[]).map((id) => lookup('claim', ix.claims, id, 'stanceMatrix options.claims').id);
  } else {
    claimIds = corpus.claims.map((c) => c.id);
  }
  const cells: StanceCell[] = [];
  const outlets = new Set<OutletId>();
  for (const claim of [...new Set(claimIds)].sort()) {
    const byOutlet = new Map<OutletId, ClaimMention[]>();
    for (const m of ix.mentionsByClaim.get(claim) ?? []) {
      if (o.voice !== undefined && m.voice !== o.voice) continue;
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
