/**
 * A minimal valid corpus for the rule tests: one outlet, one article of three sentences whose
 * segments tile its text, and one record of each annotation layer, so that every structure and
 * completeness rule accepts it. Each call returns a fresh deep copy that a test may break.
 */
import type { ArticleRecord, SegmentRecord } from '../../src/schema/article.js';
import type { CitationRecord } from '../../src/schema/citation.js';
import type { ClaimMentionRecord, ClaimRecord } from '../../src/schema/claim.js';
import type { EntityMentionRecord, EntityRecord } from '../../src/schema/entity.js';
import type { DateMentionRecord, EventRecord } from '../../src/schema/event.js';
import type { ExemptionRecord } from '../../src/schema/exemption.js';
import type { FigureGroupRecord, FigureRecord } from '../../src/schema/figure.js';
import type { OutletRecord } from '../../src/schema/outlet.js';
import type { SourceRecord } from '../../src/schema/source.js';
import type { LabelRecord } from '../../src/schema/label.js';
import type { FramingRecord, TechniqueRecord } from '../../src/schema/technique.js';
import type { EntityRoleRecord } from '../../src/schema/role.js';
import type { CorpusIssue } from '../../src/rules/issue.js';
import { sha256Hex } from '../../src/rules/sha256.js';
import type { CorpusRule, RuleOptions } from '../../src/rules/types.js';

/** A corpus whose collections and records a test may change. */
export interface MiniCorpus {
  outlets: OutletRecord[];
  articles: ArticleRecord[];
  entities: EntityRecord[];
  entityMentions: EntityMentionRecord[];
  events: EventRecord[];
  dateMentions: DateMentionRecord[];
  claims: ClaimRecord[];
  claimMentions: ClaimMentionRecord[];
  figureGroups: FigureGroupRecord[];
  figures: FigureRecord[];
  citations: CitationRecord[];
  exemptions: ExemptionRecord[];
  sources: SourceRecord[];
  labels: LabelRecord[];
  techniques: TechniqueRecord[];
  entityRoles: EntityRoleRecord[];
  framing: FramingRecord[];
}

export type Span = { start: number; end: number; text: string };

export const MINI_HEADLINE = 'Calm returns to Almaty';
export const MINI_BODY = 'On Monday, Xi Jinping said the riots were “an attempt at a coup”. Police arrested 3,000 people.';
/** The article text: a headline, a blank line, and a body of two sentences. */
export const MINI_TEXT = `${MINI_HEADLINE}\n\n${MINI_BODY}`;
export const MINI_ARTICLE = 'mini-article';
/** The capitalised words of the text that name nothing (the lexicon the name rule is given). */
export const MINI_NOT_NAMES: ReadonlySet<string> = new Set(['Calm', 'On', 'Police']);
export const MINI_OPTIONS: RuleOptions = { notNames: MINI_NOT_NAMES };

/** The span of the `occurrence`-th (1-based) match of `quote` in `text`; throws if there is none. */
export function spanOf(text: string, quote: string, occurrence = 1): Span {
  let start = -1;
  for (let n = 0; n < occurrence; n++) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`spanOf: occurrence ${occurrence} of ${JSON.stringify(quote)} is not in the text`);
  }
  return { start, end: start + quote.length, text: quote };
}

/** A span of the mini text. */
export const at = (quote: string, occurrence = 1): Span => spanOf(MINI_TEXT, quote, occurrence);

/** Segments that cut `text` at the given offsets (sorted, deduplicated, inside the text), all body content. */
export function tile(text: string, cuts: readonly number[]): SegmentRecord[] {
  const bounds = [...new Set([0, ...cuts.filter((c) => c > 0 && c < text.length), text.length])].sort((a, b) => a - b);
  return bounds.slice(1).map((end, i) => {
    const start = bounds[i] as number;
    return { kind: 'body', span: { start, end, text: text.slice(start, end) }, content: true, origin: 'author', note: null };
  });
}

/** An article record with the given text and segments (hash computed), otherwise that of the mini corpus. */
export function makeArticle(id: string, text: string, segments: SegmentRecord[] = tile(text, [])): ArticleRecord {
  return {
    id,
    seedFile: `${id}.txt`,
    outlet: 'mini-news',
    publisher: null,
    url: `https://example.org/${id}`,
    title: MINI_HEADLINE,
    titleBasis: 'stated',
    published: { date: '2022-01-10', time: null, utcOffset: null, bound: 'exact', basis: 'stated', sources: [], note: null },
    language: 'en',
    translatedFrom: null,
    genre: 'news',
    byline: null,
    credits: [],
    derivedFrom: [],
    rights: 'Test text written for the test suite.',
    text,
    sha256: sha256Hex(text),
    segments,
    notes: null,
  };
}

/** A fresh, valid mini corpus: every rule in src/rules/index.ts accepts it (with {@link MINI_OPTIONS}). */
export function miniCorpus(): MiniCorpus {
  const headline = at(MINI_HEADLINE);
  const body = at(MINI_BODY);
  const segments: SegmentRecord[] = [
    { kind: 'headline', span: headline, content: true, origin: 'author', note: null },
    { kind: 'separator', span: { start: headline.end, end: body.start, text: '\n\n' }, content: false, origin: null, note: null },
    { kind: 'body', span: body, content: true, origin: 'author', note: null },
  ];
  const a = MINI_ARTICLE;
  const mention = (entity: string, span: Span): EntityMentionRecord => ({
    id: `${a}@${span.start}-${span.end}/${entity}`, article: a, entity, span, form: 'name', sources: [], note: null,
  });
  const claimMention = (claim: string, span: Span, voice: 'authorial' | 'attributed', citation: string | null, stance: ClaimMentionRecord['stance']): ClaimMentionRecord => ({
    id: `${a}@${span.start}-${span.end}/${claim}`, claim, article: a, span, voice, citation, stance, assertion: 'asserted', note: null,
  });
  const monday = at('Monday');
  return {
    outlets: [{
      id: 'mini-news', name: 'Mini News', aliases: [], homepage: null, country: 'KZ', languages: ['en'], kind: 'newspaper', owner: null, parent: null,
      stateAffiliation: { status: 'none', state: null, tie: null, basis: 'Independent test outlet.' }, wikidata: null, notes: null,
    }],
    articles: [makeArticle(a, MINI_TEXT, segments)],
    entities: [
      { id: 'almaty', kind: 'place', name: 'Almaty', aliases: [], role: null, country: 'KZ', wikidata: null, description: 'Largest city of Kazakhstan.', notes: null },
      { id: 'xi-jinping', kind: 'person', name: 'Xi Jinping', aliases: [], role: 'President of China', country: 'CN', wikidata: null, description: 'President of China.', notes: null },
    ],
    entityMentions: [mention('almaty', at('Almaty')), mention('xi-jinping', at('Xi Jinping'))],
    events: [{
      id: 'qantar-unrest', label: 'January 2022 unrest', start: '2022-01-02', end: '2022-01-11', place: 'almaty', participants: [], parent: null,
      description: 'Unrest in Kazakhstan.', sources: [], notes: null,
    }],
    dateMentions: [{ id: `${a}@${monday.start}-${monday.end}`, article: a, span: monday, date: '2022-01-10', end: null, basis: 'inferred', sources: [], event: null, note: null }],
    claims: [
      { id: 'arrests-reached-3000', proposition: 'Police arrested 3,000 people.', subjects: ['almaty'], event: 'qantar-unrest', keywords: ['arrests'], narratives: [], notes: null },
      { id: 'calm-returned-to-almaty', proposition: 'Calm returned to Almaty.', subjects: ['almaty'], event: 'qantar-unrest', keywords: ['calm'], narratives: [], notes: null },
      { id: 'unrest-was-coup', proposition: 'The unrest was an attempted coup.', subjects: ['almaty'], event: 'qantar-unrest', keywords: ['coup'], narratives: [], notes: null },
    ],
    claimMentions: [
      claimMention('calm-returned-to-almaty', headline, 'authorial', null, 'asserts'),
      claimMention('unrest-was-coup', at('the riots were “an attempt at a coup”'), 'attributed', 'mini-xi-coup', 'reports'),
      claimMention('arrests-reached-3000', at('Police arrested 3,000 people.'), 'authorial', null, 'asserts'),
    ],
    figureGroups: [{ id: 'qantar-arrests', label: 'Arrests', measures: ['arrested', 'detained'], event: 'qantar-unrest', description: 'People arrested in the unrest.' }],
    figures: [{
      id: 'mini-arrests', article: a, span: at('3,000'), measure: 'arrested', counted: 'people arrested', value: 3000, low: null, high: null,
      qualifier: 'exact', unit: 'people', alternate: null, asOf: null, asOfBasis: null, asOfSources: [], place: 'almaty', source: { kind: 'outlet' },
      event: 'qantar-unrest', group: 'qantar-arrests', note: null,
    }],
    citations: [{
      id: 'mini-xi-coup', article: a, speaker: 'xi-jinping', speakerSpan: at('Xi Jinping'), cue: { verb: 'say', span: at('said') },
      content: [at('the riots were “an attempt at a coup”')], mode: 'mixed', channel: 'unspecified', channelBasis: null, event: 'qantar-unrest',
      said: null, addressee: null, sources: [], relay: [],
      claims: ['unrest-was-coup'], note: null,
    }],
    exemptions: [],
    sources: [],
    labels: [
      { id: `${a}@${at('riots').start}-${at('riots').end}`, article: a, span: at('riots'), head: 'riots', category: 'unrest', label: 'riots', target: { kind: 'event', event: 'qantar-unrest' }, voice: 'attributed', citation: 'mini-xi-coup', scareQuoted: false, note: null },
      { id: `${a}@${at('coup').start}-${at('coup').end}`, article: a, span: at('coup'), head: 'coup', category: 'unrest', label: 'coup', target: { kind: 'event', event: 'qantar-unrest' }, voice: 'attributed', citation: 'mini-xi-coup', scareQuoted: false, note: null },
    ],
    techniques: [
      { id: `${a}@${at('an attempt at a coup').start}-${at('an attempt at a coup').end}/Name_Calling-Labeling`, article: a, span: at('an attempt at a coup'), technique: 'Name_Calling-Labeling', category: 'Attack on Reputation', voice: 'attributed', citation: 'mini-xi-coup', note: 'Labels the riots a coup attempt.' },
    ],
    entityRoles: [
      { id: `${a}@${at('Xi Jinping').start}-${at('Xi Jinping').end}/xi-jinping/Antagonist`, article: a, entity: 'xi-jinping', span: at('Xi Jinping'), main: 'Antagonist', fine: ['Deceiver'], voice: 'authorial', citation: null, note: 'Shown calling the riots a coup.' },
    ],
    framing: [{
      article: a, genre: 'reporting', genreNote: 'A news report.', frames: [{ frame: 'Security_and_defense', spans: [at('Police arrested 3,000 people.')], note: null }], techniquesReviewed: 'all-content-segments',
      uncast: [{ entity: 'almaty', note: 'Named as the place only.' }], note: null,
    }],
  };
}

/** The mini corpus with its one article replaced by a bare article of `text` (one body segment, no annotations). */
export function bareCorpus(text: string, segments?: SegmentRecord[]): MiniCorpus {
  const corpus = miniCorpus();
  corpus.articles = [makeArticle(MINI_ARTICLE, text, segments)];
  corpus.entityMentions = [];
  corpus.dateMentions = [];
  corpus.claimMentions = [];
  corpus.figures = [];
  corpus.citations = [];
  corpus.exemptions = [];
  corpus.entityRoles = [];
  corpus.framing = corpus.framing.map((f) => ({ ...f, uncast: [] }));
  return corpus;
}

/** Runs one rule on a corpus with the mini lexicon. */
export const check = (rule: CorpusRule, corpus: MiniCorpus, options: RuleOptions = MINI_OPTIONS): CorpusIssue[] => rule.check(corpus, options);

/** The fields of an issue that locate it, for comparing with `toMatchObject`. */
export const where = (collection: string, index: number, id: string | null, field: string | null) => ({ collection, index, id, field });
