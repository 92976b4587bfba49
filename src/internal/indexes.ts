import type { Article, Citation, Claim, ClaimMention, Entity, Event, Figure, FigureGroup, Outlet } from '../generated/types.js';
import { corpus } from './data.js';

function group<T, K>(records: readonly T[], key: (r: T) => K | readonly K[] | null): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const r of records) {
    const k = key(r);
    if (k === null) continue;
    for (const one of (Array.isArray(k) ? k : [k]) as K[]) {
      const list = map.get(one);
      if (list) list.push(r);
      else map.set(one, [r]);
    }
  }
  for (const list of map.values()) Object.freeze(list);
  return map;
}

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));

/** Indexes built once, on first use, so that importing the library costs no more than loading its JSON. */
export interface Indexes {
  readonly outlets: ReadonlyMap<string, Outlet>;
  readonly articles: ReadonlyMap<string, Article>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly events: ReadonlyMap<string, Event>;
  readonly figureGroups: ReadonlyMap<string, FigureGroup>;
  readonly figures: ReadonlyMap<string, Figure>;
  readonly citations: ReadonlyMap<string, Citation>;
  readonly articlesByOutlet: ReadonlyMap<string, readonly Article[]>;
  readonly articlesByPublisher: ReadonlyMap<string, readonly Article[]>;
  readonly outletServices: ReadonlyMap<string, readonly Outlet[]>;
  readonly claimsBySubject: ReadonlyMap<string, readonly Claim[]>;
  readonly mentionsByClaim: ReadonlyMap<string, readonly ClaimMention[]>;
  readonly figuresByArticle: ReadonlyMap<string, readonly Figure[]>;
  readonly figuresByOutlet: ReadonlyMap<string, readonly Figure[]>;
  readonly citationsByOutlet: ReadonlyMap<string, readonly Citation[]>;
  readonly figuresByGroup: ReadonlyMap<string, readonly Figure[]>;
  readonly figuresByMeasure: ReadonlyMap<string, readonly Figure[]>;
  readonly figuresByEvent: ReadonlyMap<string, readonly Figure[]>;
  readonly figuresBySource: ReadonlyMap<string, readonly Figure[]>;
  readonly citationsByArticle: ReadonlyMap<string, readonly Citation[]>;
  readonly citationsBySpeaker: ReadonlyMap<string, readonly Citation[]>;
  readonly citationsByEvent: ReadonlyMap<string, readonly Citation[]>;
  readonly citationsByMode: ReadonlyMap<string, readonly Citation[]>;
  readonly citationsByChannel: ReadonlyMap<string, readonly Citation[]>;
  /** Who a figure is attributed to: `'outlet'`, an entity, or the speaker of its citation. */
  readonly figureSource: (figure: Figure) => string | null;
  /** Position of each article in date order, for sorting results. */
  readonly articleOrder: ReadonlyMap<string, number>;
  /** Position of each citation in corpus order. */
  readonly citationOrder: ReadonlyMap<string, number>;
}

let built: Indexes | undefined;

export function indexes(): Indexes {
  if (built) return built;
  const articles = byId(corpus.articles);
  const citations = byId(corpus.citations);
  // A figure sourced to a citation is attributed to that citation's speaker.
  const speakerOf = (citationId: string) => citations.get(citationId)?.speaker ?? null;
  const figureSource = (f: Figure) => (f.source.kind === 'outlet' ? 'outlet' : f.source.kind === 'entity' ? f.source.entity : speakerOf(f.source.citation));
  built = {
    outlets: byId(corpus.outlets),
    articles,
    entities: byId(corpus.entities),
    claims: byId(corpus.claims),
    events: byId(corpus.events),
    figureGroups: byId(corpus.figureGroups),
    figures: byId(corpus.figures),
    citations,
    articlesByOutlet: group(corpus.articles, (a) => a.outlet),
    articlesByPublisher: group(corpus.articles, (a) => a.publisher),
    outletServices: group(corpus.outlets, (o) => o.parent),
    claimsBySubject: group(corpus.claims, (c) => c.subjects),
    mentionsByClaim: group(corpus.claimMentions, (m) => m.claim),
    figuresByArticle: group(corpus.figures, (f) => f.article),
    figuresByOutlet: group(corpus.figures, (f) => articles.get(f.article)?.outlet ?? null),
    citationsByOutlet: group(corpus.citations, (c) => articles.get(c.article)?.outlet ?? null),
    figuresByGroup: group(corpus.figures, (f) => f.group),
    figuresByMeasure: group(corpus.figures, (f) => f.measure),
    figuresByEvent: group(corpus.figures, (f) => f.event),
    figuresBySource: group(corpus.figures, figureSource),
    figureSource,
    citationsByArticle: group(corpus.citations, (c) => c.article),
    citationsBySpeaker: group(corpus.citations, (c) => c.speaker),
    citationsByEvent: group(corpus.citations, (c) => c.event),
    citationsByMode: group(corpus.citations, (c) => c.mode),
    citationsByChannel: group(corpus.citations, (c) => c.channel),
    articleOrder: new Map(corpus.articles.map((a, i) => [a.id, i])),
    citationOrder: new Map(corpus.citations.map((c, i) => [c.id, i])),
  };
  return built;
}

