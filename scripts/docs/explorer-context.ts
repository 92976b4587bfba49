// Lookups, wording and view links shared by the explorer's layers, views and pictures. Everything
// here runs at build time (npm run docs); the page's script only shows and hides what it renders.
import type { Article, Citation, Corpus, Entity, Figure, Outlet } from '../../src/generated/types.js';
import { escapeHtml } from './layout.js';

/**
 * The keys of the explorer's state, in the order they are written into the URL fragment
 * (`#view=claims&claim=…`). The page's script reads the same list from the page data.
 */
export const STATE_KEYS = ['view', 'article', 'layers', 'nc', 'claim', 'about', 'mode', 'voice', 'speaker', 'group', 'q', 'at', 'sel'] as const;
export type StateKey = (typeof STATE_KEYS)[number];
export type ViewState = Partial<Record<StateKey, string>>;

/** The explorer's views, in navigation order. */
export const VIEWS = [
  { id: 'overview', label: 'Overview' },
  { id: 'claims', label: 'Claims' },
  { id: 'speakers', label: 'Who said what' },
  { id: 'figures', label: 'Figures' },
  { id: 'read', label: 'Read the texts' },
  { id: 'search', label: 'Search' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

/**
 * The link to a state of the explorer: the keys in {@link STATE_KEYS} order, values URI-encoded.
 *
 * @example
 * ```ts
 * stateHref({ view: 'speakers', speaker: 'xi-jinping' }); //=> '#view=speakers&speaker=xi-jinping'
 * ```
 */
export function stateHref(state: ViewState): string {
  const parts = STATE_KEYS.filter((k) => state[k] !== undefined && state[k] !== '').map((k) => `${k}=${encodeStateValue(state[k] as string)}`);
  return `#${parts.join('&')}`;
}

/** URI-encodes a state value, leaving `:`, `@`, `/` and `,` as they are (a fragment may hold them), so record keys stay readable. */
export function encodeStateValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/g, ':').replace(/%40/g, '@').replace(/%2F/g, '/').replace(/%2C/g, ',');
}

/** Stances with their meaning, their colour (3:1 or more against white) and the underline style that tells them apart without colour. */
export const STANCES = [
  { stance: 'asserts', colour: '#C24E00', line: 'solid', help: 'states it as fact' },
  { stance: 'endorses', colour: '#8A6500', line: 'double', help: 'reports it approvingly, or adopts it' },
  { stance: 'reports', colour: '#0067A3', line: 'dashed', help: 'relays it neutrally' },
  { stance: 'questions', colour: '#A8437F', line: 'dotted', help: 'casts doubt on it' },
  { stance: 'disputes', colour: '#007558', line: 'wavy', help: 'says or shows it is false' },
] as const;

export const VOICE_WORDS = { authorial: 'own voice', attributed: 'quoted' } as const;

export const ASSERTION_HELP = {
  asserted: 'the passage states it',
  presupposed: 'the passage takes it for granted',
  insinuated: 'the passage suggests it without stating it',
} as const;

export const MODE_HELP = {
  direct: 'the words are quoted',
  indirect: 'a paraphrase',
  mixed: 'a paraphrase with quoted fragments',
  'scare-quote': 'words in quotation marks the outlet distances itself from',
} as const;

export const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exact: '', approximately: 'about ', 'at-least': 'at least ', 'more-than': 'more than ', 'up-to': 'up to ', vague: '',
};

/** Everything the renderers look up, built once per corpus. */
export interface ExplorerContext {
  readonly corpus: Corpus;
  readonly outlet: (id: string | null) => Outlet | undefined;
  readonly article: (id: string) => Article;
  readonly entity: (id: string | null) => Entity | undefined;
  readonly citation: (id: string | null) => Citation | undefined;
  /** Display name of an outlet, entity, event, claim or figure group ID; the ID itself when unknown. */
  readonly name: (id: string | null) => string;
  /** Outlets that authored at least one article, by name. */
  readonly authors: readonly Outlet[];
  /** Author outlet of an article. */
  readonly outletOf: (articleId: string) => string;
}

/** Builds the lookups for a corpus; throws naming the ID when a record points at a missing article. */
export function explorerContext(corpus: Corpus): ExplorerContext {
  const index = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id as string, r]));
  const outlets = index(corpus.outlets);
  const articles = index(corpus.articles);
  const entities = index(corpus.entities);
  const citations = index(corpus.citations);
  const events = index(corpus.events);
  const claims = index(corpus.claims);
  const groups = index(corpus.figureGroups);
  const article = (id: string) => {
    const a = articles.get(id);
    if (!a) throw new Error(`explorer: no article ${JSON.stringify(id)}; articles: ${[...articles.keys()].join(', ')}`);
    return a;
  };
  const name = (id: string | null) => {
    if (id === null) return '';
    return outlets.get(id)?.name ?? entities.get(id)?.name ?? events.get(id)?.label ?? claims.get(id)?.proposition ?? groups.get(id)?.label ?? id;
  };
  const authorIds = new Set(corpus.articles.map((a) => a.outlet as string));
  const authors = corpus.outlets.filter((o) => authorIds.has(o.id)).sort((a, b) => a.name.localeCompare(b.name));
  return {
    corpus,
    outlet: (id) => (id === null ? undefined : outlets.get(id)),
    article,
    entity: (id) => (id === null ? undefined : entities.get(id)),
    citation: (id) => (id === null ? undefined : citations.get(id)),
    name,
    authors,
    outletOf: (id) => article(id).outlet,
  };
}

/** `“text”`, escaped and shortened to `max` characters. */
export function quote(text: string, max = 400): string {
  const t = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `“${escapeHtml(t)}”`;
}

/** A JavaScript string literal in single quotes, as the guides write them. */
export function js(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** What an outlet's state tie is, in words. */
export function tieWords(outlet: Outlet | undefined): string {
  if (!outlet) return '';
  const s = outlet.stateAffiliation;
  return s.status === 'state' ? `state-affiliated (${s.state ?? '?'}, ${s.tie ?? 'tie not known'})` : 'no state tie';
}

/** The amount a figure's wording gives: "more than 3,000 people", "20–99 years". */
export function amountWords(f: Figure): string {
  const fmt = (v: number) => v.toLocaleString('en-US');
  if (f.value !== null) return `${QUALIFIER_WORDS[f.qualifier]}${fmt(f.value)} ${f.unit}`;
  if (f.low !== null || f.high !== null) return `${f.qualifier} (${f.low === null ? '?' : fmt(f.low)}–${f.high === null ? '?' : fmt(f.high)}) ${f.unit}`;
  return `${f.qualifier} ${f.unit}`;
}

/** Who gives a figure: the outlet, a named source or a quoted speaker. */
export function figureSourceWords(ctx: ExplorerContext, f: Figure): { words: string; cited: boolean; speaker: string | null } {
  if (f.source.kind === 'outlet') return { words: 'the outlet, in its own voice', cited: false, speaker: null };
  if (f.source.kind === 'entity') return { words: `${ctx.name(f.source.entity)} (named source)`, cited: true, speaker: f.source.entity };
  const c = ctx.citation(f.source.citation);
  return { words: `${ctx.name(c?.speaker ?? null) || 'unnamed speaker'}, quoted (citation ${f.source.citation})`, cited: true, speaker: c?.speaker ?? null };
}

/** Who said a citation and who passed it on: "Wei Fenghe, relayed by Chinese Defense Ministry". */
export function speakerChain(ctx: ExplorerContext, c: Citation): string {
  const who = c.speaker ? ctx.name(c.speaker) : 'the outlet (scare quote)';
  return c.relay.length ? `${who}, relayed by ${c.relay.map((r) => ctx.name(r.entity)).join(' ← ')}` : who;
}
