// The explorer's annotation layers, one entry per layer: where its records are in a text, how the
// text shows them, and what the side panel says about each. Everything else (nesting the spans,
// the layer switches, the key, the panel, next/previous, the URL) reads this list, so a new layer
// (entity roles, narrative links...) is one more entry here.
import type { Article } from '../../src/generated/types.js';
import {
  amountWords, ASSERTION_HELP, type ExplorerContext, figureSourceWords, js, MODE_HELP, quote, speakerChain, STANCES, stateHref, VOICE_WORDS,
} from './explorer-context.js';
import { escapeHtml } from './layout.js';

/** What the side panel shows for one record. Values of `rows` are HTML; everything else is text. */
export interface RecordDetails {
  /** Heading, such as `Figure: “7,939”`. */
  readonly title: string;
  /** Label and HTML value; rows with an empty value are left out. */
  readonly rows: readonly (readonly [label: string, html: string])[];
  /** Links to the views about this record (`All quotations by Xi Jinping`). */
  readonly links: readonly { readonly text: string; readonly href: string }[];
  /** A public-API expression that returns this record. */
  readonly api: string;
  /** Key of a shared part (from a layer's `shared`) shown after the rows, such as the entity a mention names. */
  readonly include?: string;
}

/** A part that many records show (an entity's description), kept once in the page. */
export interface SharedPart {
  readonly key: string;
  readonly rows: RecordDetails['rows'];
  readonly links: RecordDetails['links'];
}

/** One record of a layer in one article. */
export interface LayerRecord {
  readonly id: string;
  /** The span of the record's main element (the one that is focused and selected). */
  readonly span: { readonly start: number; readonly end: number };
  /** Further spans drawn as parts of the record (a citation's speaker and cue), each with its part name. */
  readonly parts?: readonly { readonly start: number; readonly end: number; readonly part: string }[];
  /** Extra classes of the record's elements (`stance-asserts`, `voice-attributed`). */
  readonly classes?: readonly string[];
  readonly details: RecordDetails;
}

/** One annotation layer of the explorer. */
export interface Layer {
  /** Used in classes (`hl-figure`), in the URL (`layers=figure,claim`) and in record keys (`figure:<id>`). */
  readonly kind: string;
  readonly label: string;
  /** What the layer shows, in a few words (next to its switch). */
  readonly help: string;
  /** Shown when the URL names no layers. */
  readonly defaultOn: boolean;
  /** Styles of the layer's elements; each rule starts with `.show-<kind>` so that switching the layer off removes them. */
  readonly css: string;
  /** The key: sample elements with the same classes as in the texts, and what they mean. */
  readonly key: readonly { readonly sample: string; readonly meaning: string }[];
  /** Nesting order when two records have the same span: lower is outer. */
  readonly rank: number;
  readonly records: (ctx: ExplorerContext, article: Article) => readonly LayerRecord[];
  /** Parts the layer's records include by key (see {@link RecordDetails.include}). */
  readonly shared?: (ctx: ExplorerContext) => readonly SharedPart[];
}

/** The link that shows a record in its text. */
export const showInText = (kind: string, id: string) => stateHref({ view: 'read', sel: `${kind}:${id}` });

const speakerLink = (ctx: ExplorerContext, speaker: string | null) =>
  speaker ? [{ text: `All quotations by ${ctx.name(speaker)}`, href: stateHref({ view: 'speakers', speaker }) }] : [];
const claimLink = (claim: string) => ({ text: 'This claim across outlets', href: stateHref({ view: 'claims', claim }) });
const note = (text: string | null) => (text ? escapeHtml(text) : '');
const link = (text: string, href: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
const byArticle = <T extends { article: string }>(list: readonly T[], article: Article) => list.filter((r) => r.article === article.id);

/** The voice of a labelled phrase or a technique: the outlet's own, or a quoted speaker's. */
function voiceWords(ctx: ExplorerContext, voice: 'authorial' | 'attributed', citation: string | null): string {
  if (voice === 'authorial') return 'the outlet’s own voice';
  const c = ctx.citation(citation);
  return `quoted: ${escapeHtml(c ? speakerChain(ctx, c) : 'someone else')}${c ? ` (${link('citation', showInText('citation', c.id))})` : ''}`;
}

export const LAYERS: readonly Layer[] = [
  {
    kind: 'citation',
    label: 'Citations',
    help: 'who said what: speaker, cue verb and the words reported',
    defaultOn: true,
    rank: 1,
    css: `.show-citation .hl-citation, .show-citation .part-content { background: #dbeafe; }
.show-citation .part-speaker { box-shadow: 0 -2px 0 #1d4ed8 inset; font-weight: 600; }
.show-citation .part-cue { font-style: italic; text-decoration: underline double #1d4ed8; }
.show-citation .part-relay { box-shadow: 0 -2px 0 #1d4ed8 inset; }`,
    key: [
      { sample: '<span class="part part-speaker">Speaker</span> <span class="part part-cue">said</span> <span class="hl hl-citation">what was said</span>', meaning: 'a citation: speaker, cue verb, content' },
    ],
    records: (ctx, article) => byArticle(ctx.corpus.citations, article).flatMap((c) => {
      const [first, ...rest] = c.content;
      if (!first) return [];
      const parts = [
        ...rest.map((s) => ({ start: s.start, end: s.end, part: 'content' })),
        ...(c.speakerSpan ? [{ start: c.speakerSpan.start, end: c.speakerSpan.end, part: 'speaker' }] : []),
        ...(c.cue ? [{ start: c.cue.span.start, end: c.cue.span.end, part: 'cue' }] : []),
        ...c.relay.flatMap((r) => (r.span ? [{ start: r.span.start, end: r.span.end, part: 'relay' }] : [])),
      ];
      const said = c.said ? `${escapeHtml(c.said.date)} (${escapeHtml(c.said.basis)})` : '';
      return [{
        id: c.id, span: first, parts, classes: [`mode-${c.mode}`],
        details: {
          title: `Citation: ${c.speaker ? ctx.name(c.speaker) : 'scare quote'} (${c.mode})`,
          rows: [
            ['Speaker', c.speaker ? `${escapeHtml(ctx.name(c.speaker))}${c.speakerSpan ? `, written ${quote(c.speakerSpan.text)}` : ', not named near the words'}` : 'none: the outlet’s own scare quote'],
            ['Relayed by', escapeHtml(c.relay.map((r) => ctx.name(r.entity)).join(' ← '))],
            ['To', escapeHtml(ctx.name(c.addressee))],
            ['Cue', c.cue ? `${escapeHtml(c.cue.verb)}, written ${quote(c.cue.span.text)}` : 'no reporting verb'],
            ['Mode', `${escapeHtml(c.mode)}: ${escapeHtml(MODE_HELP[c.mode])}`],
            ['Words', c.content.map((s) => quote(s.text)).join(' … ')],
            ['Channel', c.channel ? `${escapeHtml(c.channel)}${c.channelBasis ? ` (${escapeHtml(c.channelBasis)})` : ''}` : ''],
            ['Occasion', escapeHtml(ctx.name(c.event))],
            ['Said on', said],
            ['Claims', c.claims.map((id) => link(ctx.name(id), stateHref({ view: 'claims', claim: id }))).join('<br>')],
            ['Note', note(c.note)],
          ],
          links: [...speakerLink(ctx, c.speaker), ...c.claims.slice(0, 1).map((id) => claimLink(id))],
          api: `getCitation(${js(c.id)})`,
        },
      }];
    }),
  },
  {
    kind: 'technique',
    label: 'Techniques',
    help: 'persuasion techniques (SemEval-2023 Task 3), the outlet’s own or relayed from a quoted speaker',
    defaultOn: false,
    rank: 2,
    css: `.show-technique .hl-technique.voice-authorial { background-image: linear-gradient(transparent 62%, #e9d5ff 62%); }
.show-technique .hl-technique.voice-attributed { background-image: repeating-linear-gradient(135deg, #e9d5ff 0 3px, transparent 3px 6px); background-size: 100% 38%; background-position: bottom; background-repeat: no-repeat; }`,
    key: [
      { sample: '<span class="hl hl-technique voice-authorial">own voice</span>', meaning: 'a technique in the outlet’s own voice (solid band)' },
      { sample: '<span class="hl hl-technique voice-attributed">quoted</span>', meaning: 'a technique inside quoted words (striped band)' },
    ],
    records: (ctx, article) => byArticle(ctx.corpus.techniques, article).map((t) => ({
      id: t.id, span: t.span, classes: [`voice-${t.voice}`],
      details: {
        title: `Technique: ${t.technique.replace(/_/g, ' ')}`,
        rows: [
          ['Technique', `${escapeHtml(t.technique)} (${escapeHtml(t.category)})`],
          ['Voice', voiceWords(ctx, t.voice, t.citation)],
          ['Passage', quote(t.span.text)],
          ['Why', note(t.note)],
        ],
        links: speakerLink(ctx, ctx.citation(t.citation)?.speaker ?? null),
        api: `techniques({ article: ${js(t.article)} }).find((t) => t.id === ${js(t.id)})`,
      },
    })),
  },
  {
    kind: 'claim',
    label: 'Claims',
    help: 'passages that make or report a claim; the underline shows the outlet’s stance',
    defaultOn: true,
    rank: 3,
    css: `.show-claim .hl-claim { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 5px; text-decoration-skip-ink: none; }
${STANCES.map((s) => `.show-claim .hl-claim.stance-${s.stance} { text-decoration-color: ${s.colour}; text-decoration-style: ${s.line}; }`).join('\n')}`,
    key: STANCES.map((s) => ({ sample: `<span class="hl hl-claim stance-${s.stance}">${s.stance}</span>`, meaning: `the outlet ${s.help} (${s.line} line)` })),
    records: (ctx, article) => byArticle(ctx.corpus.claimMentions, article).map((m) => {
      const c = ctx.citation(m.citation);
      const claim = ctx.corpus.claims.find((x) => x.id === m.claim);
      return {
        id: m.id, span: m.span, classes: [`stance-${m.stance}`, `voice-${m.voice}`],
        details: {
          title: `Claim mention: ${m.stance}, ${VOICE_WORDS[m.voice]}`,
          rows: [
            ['Claim', escapeHtml(claim?.proposition ?? m.claim)],
            ['Stance', `${escapeHtml(m.stance)}: the outlet ${escapeHtml(STANCES.find((s) => s.stance === m.stance)?.help ?? '')}`],
            ['Voice', m.voice === 'authorial' ? 'the outlet’s own voice' : `quoted: ${escapeHtml(c ? speakerChain(ctx, c) : 'someone else')}`],
            ['Cue', c?.cue ? `${escapeHtml(c.cue.verb)}, written ${quote(c.cue.span.text)}` : ''],
            ['Carried', `${escapeHtml(m.assertion)}: ${escapeHtml(ASSERTION_HELP[m.assertion])}`],
            ['Passage', quote(m.span.text)],
            ['About', (claim?.subjects ?? []).map((s) => link(ctx.name(s), stateHref({ view: 'claims', about: s }))).join(', ')],
            ['Known narratives', narrativeWords(ctx, claim?.narratives ?? [])],
            ['Note', note(m.note)],
          ],
          links: [claimLink(m.claim), ...speakerLink(ctx, c?.speaker ?? null)],
          api: `corpus.claimMentions.find((m) => m.id === ${js(m.id)})`,
        },
      };
    }),
  },
  {
    kind: 'label',
    label: 'Labels',
    help: 'how the text names the unrest, the crowds, the forces; solid box: own voice, dashed: quoted',
    defaultOn: false,
    rank: 4,
    css: `.show-label .hl-label { border: 1px solid #5b3f8c; border-radius: 3px; padding: 0 1px; }
.show-label .hl-label.voice-attributed { border-style: dashed; }`,
    key: [
      { sample: '<span class="hl hl-label voice-authorial">rioters</span>', meaning: 'a naming label in the outlet’s own voice (solid box)' },
      { sample: '<span class="hl hl-label voice-attributed">terrorists</span>', meaning: 'a label inside quoted words (dashed box)' },
    ],
    records: (ctx, article) => byArticle(ctx.corpus.labels, article).map((l) => ({
      id: l.id, span: l.span, classes: [`voice-${l.voice}`],
      details: {
        title: `Label: ${l.label}${l.scareQuoted ? ' (in scare quotes)' : ''}`,
        rows: [
          ['Phrase', `${quote(l.span.text)} (head ${quote(l.head)})`],
          ['Label', `${escapeHtml(l.label)} (${escapeHtml(l.category)})`],
          ['Names', escapeHtml(l.target.kind === 'entity' ? ctx.name(l.target.entity) : ctx.name(l.target.event))],
          ['Voice', voiceWords(ctx, l.voice, l.citation)],
          ['Scare quotes', l.scareQuoted ? 'yes: the outlet sets the word in quotation marks' : 'no'],
          ['Note', note(l.note)],
        ],
        links: speakerLink(ctx, ctx.citation(l.citation)?.speaker ?? null),
        api: `labels({ article: ${js(l.article)} }).find((l) => l.id === ${js(l.id)})`,
      },
    })),
  },
  {
    kind: 'figure',
    label: 'Figures',
    help: 'numbers and counted quantities, with qualifier, date and source',
    defaultOn: true,
    rank: 5,
    css: '.show-figure .hl-figure { background: #fde68a; box-shadow: 0 0 0 1px #b7791f inset; font-weight: 600; }',
    key: [{ sample: '<span class="hl hl-figure">7,939</span>', meaning: 'a figure' }],
    records: (ctx, article) => byArticle(ctx.corpus.figures, article).map((f) => {
      const source = figureSourceWords(ctx, f);
      const group = ctx.corpus.figureGroups.find((g) => g.id === f.group);
      return {
        id: f.id, span: f.span,
        details: {
          title: `Figure: “${f.span.text}”`,
          rows: [
            ['Measure', `${escapeHtml(f.measure)}: ${escapeHtml(f.counted)}`],
            ['Amount', escapeHtml(amountWords(f))],
            ['Also given as', f.alternate ? `${escapeHtml(f.alternate.value.toLocaleString('en-US'))} ${escapeHtml(f.alternate.unit)}, written ${quote(f.alternate.span.text)}` : ''],
            ['As of', f.asOf ? `${escapeHtml(f.asOf)} (${escapeHtml(f.asOfBasis ?? '')})` : 'not stated (a series places it at the publication date)'],
            ['Place', escapeHtml(ctx.name(f.place))],
            ['Given by', escapeHtml(source.words)],
            ['Event', escapeHtml(ctx.name(f.event))],
            ['Series', group ? escapeHtml(group.label) : 'none (no other outlet gives this quantity)'],
            ['Note', note(f.note)],
          ],
          links: [...(group ? [{ text: `Series: ${group.label}`, href: stateHref({ view: 'figures', group: group.id }) }] : []), ...speakerLink(ctx, source.speaker)],
          api: `getFigure(${js(f.id)})`,
        },
      };
    }),
  },
  {
    kind: 'entity',
    label: 'Entities',
    help: 'people, bodies, places, groups and concepts named in the text',
    defaultOn: false,
    rank: 6,
    css: '.show-entity .hl-entity { border-bottom: 2px dotted #3d5a80; }',
    key: [{ sample: '<span class="hl hl-entity">Name</span>', meaning: 'an entity mention (dotted underline)' }],
    records: (ctx, article) => byArticle(ctx.corpus.entityMentions, article).map((m) => {
      const e = ctx.entity(m.entity);
      const alias = e?.aliases.find((a) => a.name === m.span.text);
      return {
        id: m.id, span: m.span, classes: [`form-${m.form}`],
        details: {
          title: `Entity: ${e?.name ?? m.entity}`,
          rows: [
            ['Written', `${quote(m.span.text)} (${escapeHtml(m.form)}${alias ? `; alias kind ${escapeHtml(alias.kind)}` : ''})`],
            ['Note', note(m.note)],
          ],
          include: `entity-info:${m.entity}`,
          links: [],
          api: `corpus.entityMentions.find((m) => m.id === ${js(m.id)})`,
        },
      };
    }),
    shared: (ctx) => ctx.corpus.entities.map((e) => ({
      key: `entity-info:${e.id}`,
      rows: [
        ['Kind', escapeHtml(e.kind)],
        ['Role', escapeHtml(e.role ?? '')],
        ['Country', escapeHtml(e.country ?? '')],
        ['Wikidata', escapeHtml(e.wikidata ?? '')],
        ['About', escapeHtml(e.description)],
      ],
      links: [
        { text: `Who said what: ${e.name}`, href: stateHref({ view: 'speakers', speaker: e.id }) },
        ...(ctx.corpus.claims.some((c) => c.subjects.includes(e.id)) ? [{ text: `Claims about ${e.name}`, href: stateHref({ view: 'claims', about: e.id }) }] : []),
      ],
    })),
  },
  {
    kind: 'role',
    label: 'Roles',
    help: 'who the text casts as protagonist (▲), antagonist (▼) or innocent (●), SemEval-2025 roles; solid line: own voice, dashed: quoted',
    defaultOn: false,
    rank: 5.5,
    css: `.show-role .hl-role { border-top: 2px solid #7a4b00; }
.show-role .hl-role.voice-attributed { border-top-style: dashed; }
${[['Protagonist', '▲'], ['Antagonist', '▼'], ['Innocent', '●']].map(([main, mark]) => `.show-role .hl-role.main-${main}::before { content: "${mark}"; font-size: 0.7em; vertical-align: super; color: #7a4b00; }`).join('\n')}`,
    key: [
      { sample: '<span class="hl hl-role voice-authorial main-Protagonist">hero</span>', meaning: 'cast as a protagonist (▲) in the outlet’s own voice (solid line)' },
      { sample: '<span class="hl hl-role voice-attributed main-Antagonist">villain</span>', meaning: 'cast as an antagonist (▼) inside quoted words (dashed line)' },
      { sample: '<span class="hl hl-role voice-authorial main-Innocent">victim</span>', meaning: 'cast as an innocent (●)' },
    ],
    records: (ctx, article) => byArticle(ctx.corpus.entityRoles, article).map((r) => ({
      id: r.id, span: r.span, classes: [`voice-${r.voice}`, `main-${r.main}`],
      details: {
        title: `Role: ${ctx.name(r.entity)} as ${r.main} (${r.fine.join(', ')})`,
        rows: [
          ['Entity', escapeHtml(ctx.name(r.entity))],
          ['Role', `${escapeHtml(r.main)}: ${escapeHtml(r.fine.join(', '))}`],
          ['Voice', voiceWords(ctx, r.voice, r.citation)],
          ['Mention', quote(r.span.text)],
          ['Why', note(r.note)],
        ],
        include: `entity-info:${r.entity}`,
        links: speakerLink(ctx, ctx.citation(r.citation)?.speaker ?? null),
        api: `entityRoles({ article: ${js(r.article)}, entity: ${js(r.entity)} }).find((r) => r.id === ${js(r.id)})`,
      },
    })),
  },
];

/** A claim's narrative links: the record, the relation, and the page where each was read. */
function narrativeWords(ctx: ExplorerContext, links: readonly { scheme: string; ref: string; relation: string; sources: readonly string[] }[]): string {
  return links.map((n) => {
    const pages = n.sources.map((id) => ctx.corpus.sources.find((x) => x.id === id)).filter((x) => x !== undefined);
    // The page loads nothing from any host, so the address where the link was read is text, not a link.
    return `${escapeHtml(n.scheme)} (${escapeHtml(n.relation)}): ${escapeHtml(n.ref)}${pages.length > 0 ? `, read at <code>${escapeHtml(pages[0]!.url)}</code>` : ''}`;
  }).join('<br>');
}

/** Record key of the page: `<kind>:<id>`. */
export const recordKey = (kind: string, id: string) => `${kind}:${id}`;

/** Who put a segment's text there, in words: "RFA Mandarin (the author)", "breakinglatest.news (the republishing site)". */
export function originWords(ctx: ExplorerContext, article: Article, origin: 'author' | 'publisher' | null): string {
  if (origin === 'author') return `${ctx.name(article.outlet)} (the author)`;
  if (origin === 'publisher') return `${ctx.name(article.publisher ?? article.outlet)} (the republishing site)`;
  return '';
}

/** The segments of an article as panel records (key `segment:<article>#<index>`); separators are left out. */
export function segmentRecords(ctx: ExplorerContext, article: Article): { index: number; id: string; details: RecordDetails }[] {
  return article.segments.flatMap((s, index) => s.kind === 'separator' ? [] : [{
    index,
    id: `${article.id}#${index}`,
    details: {
      title: `Segment: ${s.kind.replace(/-/g, ' ')}`,
      rows: [
        ['Kind', escapeHtml(s.kind)],
        ['Content', s.content ? 'article content' : 'not article content (left out of every completeness check)'],
        ['Put there by', escapeHtml(originWords(ctx, article, s.origin))],
        ['Text', quote(s.span.text, 240)],
        ['Note', note(s.note)],
      ],
      links: [],
      api: `getArticle(${js(article.id)}).segments[${index}]`,
    },
  }]);
}
