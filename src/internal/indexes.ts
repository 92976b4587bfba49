import type { Article, Citation, Claim, ClaimMention, Entity, EntityRole, Event, Figure, FigureGroup, Framing, Label, Outlet, Source, Technique } from '../generated/types.js';
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
  readonly sources: ReadonlyMap<string, Source>;
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
  readonly labelsByArticle: ReadonlyMap<string, readonly Label[]>;
  readonly labelsByOutlet: ReadonlyMap<string, readonly Label[]>;
  readonly labelsByLabel: ReadonlyMap<string, readonly Label[]>;
  readonly labelsByCategory: ReadonlyMap<string, readonly Label[]>;
  readonly labelsByVoice: ReadonlyMap<string, readonly Label[]>;
  readonly labelsByCitation: ReadonlyMap<string, readonly Label[]>;
  readonly labelsByScareQuoted: ReadonlyMap<boolean, readonly Label[]>;
  readonly techniquesByArticle: ReadonlyMap<string, readonly Technique[]>;
  readonly techniquesByOutlet: ReadonlyMap<string, readonly Technique[]>;
  readonly techniquesByTechnique: ReadonlyMap<string, readonly Technique[]>;
  readonly techniquesByCategory: ReadonlyMap<string, readonly Technique[]>;
  readonly techniquesByVoice: ReadonlyMap<string, readonly Technique[]>;
  readonly techniquesByCitation: ReadonlyMap<string, readonly Technique[]>;
  readonly rolesByArticle: ReadonlyMap<string, readonly EntityRole[]>;
  readonly rolesByOutlet: ReadonlyMap<string, readonly EntityRole[]>;
  readonly rolesByEntity: ReadonlyMap<string, readonly EntityRole[]>;
  readonly rolesByMain: ReadonlyMap<string, readonly EntityRole[]>;
  readonly rolesByFine: ReadonlyMap<string, readonly EntityRole[]>;
  readonly rolesByVoice: ReadonlyMap<string, readonly EntityRole[]>;
  readonly rolesByCitation: ReadonlyMap<string, readonly EntityRole[]>;
  readonly rolesBySpeaker: ReadonlyMap<string, readonly EntityRole[]>;
  readonly claimsByNarrativeScheme: ReadonlyMap<string, readonly Claim[]>;
  readonly claimsByNarrativeRef: ReadonlyMap<string, readonly Claim[]>;
  readonly claimsByNarrativeRelation: ReadonlyMap<string, readonly Claim[]>;
  readonly framingByArticle: ReadonlyMap<string, Framing>;
  /** Who a figure is attributed to: `'outlet'`, an entity, or the speaker of its citation. */
  readonly figureSource: (figure: Figure) => string | null;
  /** Position of each article in date order, for sorting results. */
  readonly articleOrder: ReadonlyMap<string, number>;
  /** Position of each citation in corpus order. */
  readonly citationOrder: ReadonlyMap<string, number>;
}

// Each index is built on its first use, not all of them on the first query: a helper pays only for
// the indexes it reads (getOutlet builds one map of the outlets), which keeps the first call after
// import cheap (docs/performance.md). Getters on a class stay as fast as plain properties.
class LazyIndexes implements Indexes {
  #outlets?: Indexes['outlets'];
  #articles?: Indexes['articles'];
  #entities?: Indexes['entities'];
  #claims?: Indexes['claims'];
  #events?: Indexes['events'];
  #figureGroups?: Indexes['figureGroups'];
  #figures?: Indexes['figures'];
  #citations?: Indexes['citations'];
  #sources?: Indexes['sources'];
  #articlesByOutlet?: Indexes['articlesByOutlet'];
  #articlesByPublisher?: Indexes['articlesByPublisher'];
  #outletServices?: Indexes['outletServices'];
  #claimsBySubject?: Indexes['claimsBySubject'];
  #mentionsByClaim?: Indexes['mentionsByClaim'];
  #figuresByArticle?: Indexes['figuresByArticle'];
  #figuresByOutlet?: Indexes['figuresByOutlet'];
  #citationsByOutlet?: Indexes['citationsByOutlet'];
  #figuresByGroup?: Indexes['figuresByGroup'];
  #figuresByMeasure?: Indexes['figuresByMeasure'];
  #figuresByEvent?: Indexes['figuresByEvent'];
  #figuresBySource?: Indexes['figuresBySource'];
  #citationsByArticle?: Indexes['citationsByArticle'];
  #citationsBySpeaker?: Indexes['citationsBySpeaker'];
  #citationsByEvent?: Indexes['citationsByEvent'];
  #citationsByMode?: Indexes['citationsByMode'];
  #citationsByChannel?: Indexes['citationsByChannel'];
  #labelsByArticle?: Indexes['labelsByArticle'];
  #labelsByOutlet?: Indexes['labelsByOutlet'];
  #labelsByLabel?: Indexes['labelsByLabel'];
  #labelsByCategory?: Indexes['labelsByCategory'];
  #labelsByVoice?: Indexes['labelsByVoice'];
  #labelsByCitation?: Indexes['labelsByCitation'];
  #labelsByScareQuoted?: Indexes['labelsByScareQuoted'];
  #techniquesByArticle?: Indexes['techniquesByArticle'];
  #techniquesByOutlet?: Indexes['techniquesByOutlet'];
  #techniquesByTechnique?: Indexes['techniquesByTechnique'];
  #techniquesByCategory?: Indexes['techniquesByCategory'];
  #techniquesByVoice?: Indexes['techniquesByVoice'];
  #techniquesByCitation?: Indexes['techniquesByCitation'];
  #rolesByArticle?: Indexes['rolesByArticle'];
  #rolesByOutlet?: Indexes['rolesByOutlet'];
  #rolesByEntity?: Indexes['rolesByEntity'];
  #rolesByMain?: Indexes['rolesByMain'];
  #rolesByFine?: Indexes['rolesByFine'];
  #rolesByVoice?: Indexes['rolesByVoice'];
  #rolesByCitation?: Indexes['rolesByCitation'];
  #rolesBySpeaker?: Indexes['rolesBySpeaker'];
  #claimsByNarrativeScheme?: Indexes['claimsByNarrativeScheme'];
  #claimsByNarrativeRef?: Indexes['claimsByNarrativeRef'];
  #claimsByNarrativeRelation?: Indexes['claimsByNarrativeRelation'];
  #framingByArticle?: Indexes['framingByArticle'];
  #articleOrder?: Indexes['articleOrder'];
  #citationOrder?: Indexes['citationOrder'];

  get outlets() { return (this.#outlets ??= byId(corpus.outlets)); }
  get articles() { return (this.#articles ??= byId(corpus.articles)); }
  get entities() { return (this.#entities ??= byId(corpus.entities)); }
  get claims() { return (this.#claims ??= byId(corpus.claims)); }
  get events() { return (this.#events ??= byId(corpus.events)); }
  get figureGroups() { return (this.#figureGroups ??= byId(corpus.figureGroups)); }
  get figures() { return (this.#figures ??= byId(corpus.figures)); }
  get citations() { return (this.#citations ??= byId(corpus.citations)); }
  get sources() { return (this.#sources ??= byId(corpus.sources)); }
  get articlesByOutlet() { return (this.#articlesByOutlet ??= group(corpus.articles, (a) => a.outlet)); }
  get articlesByPublisher() { return (this.#articlesByPublisher ??= group(corpus.articles, (a) => a.publisher)); }
  get outletServices() { return (this.#outletServices ??= group(corpus.outlets, (o) => o.parent)); }
  get claimsBySubject() { return (this.#claimsBySubject ??= group(corpus.claims, (c) => c.subjects)); }
  get mentionsByClaim() { return (this.#mentionsByClaim ??= group(corpus.claimMentions, (m) => m.claim)); }
  get figuresByArticle() { return (this.#figuresByArticle ??= group(corpus.figures, (f) => f.article)); }
  get figuresByOutlet() { return (this.#figuresByOutlet ??= group(corpus.figures, (f) => this.articles.get(f.article)?.outlet ?? null)); }
  get citationsByOutlet() { return (this.#citationsByOutlet ??= group(corpus.citations, (c) => this.articles.get(c.article)?.outlet ?? null)); }
  get figuresByGroup() { return (this.#figuresByGroup ??= group(corpus.figures, (f) => f.group)); }
  get figuresByMeasure() { return (this.#figuresByMeasure ??= group(corpus.figures, (f) => f.measure)); }
  get figuresByEvent() { return (this.#figuresByEvent ??= group(corpus.figures, (f) => f.event)); }
  get figuresBySource() { return (this.#figuresBySource ??= group(corpus.figures, this.figureSource)); }
  get citationsByArticle() { return (this.#citationsByArticle ??= group(corpus.citations, (c) => c.article)); }
  get citationsBySpeaker() { return (this.#citationsBySpeaker ??= group(corpus.citations, (c) => c.speaker)); }
  get citationsByEvent() { return (this.#citationsByEvent ??= group(corpus.citations, (c) => c.event)); }
  get citationsByMode() { return (this.#citationsByMode ??= group(corpus.citations, (c) => c.mode)); }
  get citationsByChannel() { return (this.#citationsByChannel ??= group(corpus.citations, (c) => c.channel)); }
  get labelsByArticle() { return (this.#labelsByArticle ??= group(corpus.labels, (l) => l.article)); }
  get labelsByOutlet() { return (this.#labelsByOutlet ??= group(corpus.labels, (l) => this.articles.get(l.article)?.outlet ?? null)); }
  get labelsByLabel() { return (this.#labelsByLabel ??= group(corpus.labels, (l) => l.label)); }
  get labelsByCategory() { return (this.#labelsByCategory ??= group(corpus.labels, (l) => l.category)); }
  get labelsByVoice() { return (this.#labelsByVoice ??= group(corpus.labels, (l) => l.voice)); }
  get labelsByCitation() { return (this.#labelsByCitation ??= group(corpus.labels, (l) => l.citation)); }
  get labelsByScareQuoted() { return (this.#labelsByScareQuoted ??= group(corpus.labels, (l) => l.scareQuoted)); }
  get techniquesByArticle() { return (this.#techniquesByArticle ??= group(corpus.techniques, (t) => t.article)); }
  get techniquesByOutlet() { return (this.#techniquesByOutlet ??= group(corpus.techniques, (t) => this.articles.get(t.article)?.outlet ?? null)); }
  get techniquesByTechnique() { return (this.#techniquesByTechnique ??= group(corpus.techniques, (t) => t.technique)); }
  get techniquesByCategory() { return (this.#techniquesByCategory ??= group(corpus.techniques, (t) => t.category)); }
  get techniquesByVoice() { return (this.#techniquesByVoice ??= group(corpus.techniques, (t) => t.voice)); }
  get techniquesByCitation() { return (this.#techniquesByCitation ??= group(corpus.techniques, (t) => t.citation)); }
  get rolesByArticle() { return (this.#rolesByArticle ??= group(corpus.entityRoles, (r) => r.article)); }
  get rolesByOutlet() { return (this.#rolesByOutlet ??= group(corpus.entityRoles, (r) => this.articles.get(r.article)?.outlet ?? null)); }
  get rolesByEntity() { return (this.#rolesByEntity ??= group(corpus.entityRoles, (r) => r.entity)); }
  get rolesByMain() { return (this.#rolesByMain ??= group(corpus.entityRoles, (r) => r.main)); }
  get rolesByFine() { return (this.#rolesByFine ??= group(corpus.entityRoles, (r) => r.fine)); }
  get rolesByVoice() { return (this.#rolesByVoice ??= group(corpus.entityRoles, (r) => r.voice)); }
  get rolesByCitation() { return (this.#rolesByCitation ??= group(corpus.entityRoles, (r) => r.citation)); }
  // The speaker whose words cast the entity; an authorial casting is the outlet's.
  get rolesBySpeaker() { return (this.#rolesBySpeaker ??= group(corpus.entityRoles, (r) => (r.citation === null ? null : (this.citations.get(r.citation)?.speaker ?? null)))); }
  get claimsByNarrativeScheme() { return (this.#claimsByNarrativeScheme ??= group(corpus.claims, (c) => [...new Set(c.narratives.map((n) => n.scheme))])); }
  get claimsByNarrativeRef() { return (this.#claimsByNarrativeRef ??= group(corpus.claims, (c) => [...new Set(c.narratives.map((n) => n.ref))])); }
  get claimsByNarrativeRelation() { return (this.#claimsByNarrativeRelation ??= group(corpus.claims, (c) => [...new Set(c.narratives.map((n) => n.relation))])); }
  get framingByArticle() { return (this.#framingByArticle ??= new Map(corpus.framing.map((f) => [f.article, f]))); }
  get articleOrder() { return (this.#articleOrder ??= new Map(corpus.articles.map((a, i) => [a.id, i]))); }
  get citationOrder() { return (this.#citationOrder ??= new Map(corpus.citations.map((c, i) => [c.id, i]))); }
  // A figure sourced to a citation is attributed to that citation's speaker.
  readonly figureSource = (f: Figure): string | null =>
    f.source.kind === 'outlet' ? 'outlet' : f.source.kind === 'entity' ? f.source.entity : (this.citations.get(f.source.citation)?.speaker ?? null);
}

let built: Indexes | undefined;

export function indexes(): Indexes {
  return (built ??= new LazyIndexes());
}
