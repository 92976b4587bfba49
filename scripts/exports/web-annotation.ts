/**
 * Export format: W3C Web Annotation (JSON-LD) collections, one file per layer, one annotation per
 * record, for annotation tools and linked-data users (Hypothesis, Recogito, INCEpTION's importers,
 * any RDF store):
 *
 *   web-annotation/<layer>.jsonld   an AnnotationCollection whose one AnnotationPage holds the items
 *
 * Each annotation targets the article (its URL, or `urn:qantar-corpus:article:<id>` where the URL is
 * only a site's home page) with a TextQuoteSelector (exact, 32 code points of prefix and suffix) and a
 * TextPositionSelector (start, end in code points of the corpus text, end exclusive). Its bodies
 * classify it (TextualBody, purpose `classifying`, `"<field>: <label>"`), identify what it refers to
 * (an entity, a claim, a speaker: their `urn:qantar-corpus:` IRIs) and link to its record
 * (`urn:qantar-corpus:<kind>:<id>`, purpose `linking`). No timestamps: same corpus, same bytes.
 */
import type { Article, Corpus } from '../../src/generated/types.js';
import { articleTarget, codePoints, quoteContext, recordIri } from './anchors.js';
import type { ExportContext, ExportFiles, ExportFormat } from './types.js';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface Span { start: number; end: number; text: string }
type Body = Record<string, unknown>;

/** One layer: which records, the record kind in IRIs, the spans each targets, and its bodies. */
interface Layer {
  name: string;
  label: string;
  kind: string;
  motivation: string;
  records: (c: Corpus) => readonly { id: string; article: string }[];
  spans: (record: never) => readonly Span[];
  bodies: (record: never, c: Corpus) => Body[];
}

const tag = (field: string, value: unknown): Body[] => (value === null || value === undefined ? [] : [{ type: 'TextualBody', purpose: 'classifying', value: `${field}: ${String(value)}`, format: 'text/plain' }]);
const describing = (value: string): Body => ({ type: 'TextualBody', purpose: 'describing', value, format: 'text/plain' });
const identifying = (id: string): Body => ({ id, purpose: 'identifying' });

export const ANNOTATION_LAYERS: readonly Layer[] = [
  {
    name: 'entity-mentions', label: 'Entity mentions: places in the texts that name an entity', kind: 'entity-mention', motivation: 'identifying',
    records: (c) => c.entityMentions,
    spans: (m: Corpus['entityMentions'][number]) => [m.span],
    bodies: (m: Corpus['entityMentions'][number], c) => {
      const entity = c.entities.find((e) => e.id === m.entity);
      return [
        identifying(recordIri('entity', m.entity)),
        ...(entity?.wikidata ? [identifying(`http://www.wikidata.org/entity/${entity.wikidata}`)] : []),
        ...tag('kind', entity?.kind), ...tag('form', m.form),
      ];
    },
  },
  {
    name: 'citations', label: 'Citations: who said what (the content spans; the speaker and cue are in the record)', kind: 'citation', motivation: 'classifying',
    records: (c) => c.citations,
    spans: (q: Corpus['citations'][number]) => (q.content.length > 0 ? q.content : q.cue ? [q.cue.span] : q.speakerSpan ? [q.speakerSpan] : []),
    bodies: (q: Corpus['citations'][number]) => [
      ...(q.speaker ? [identifying(recordIri('entity', q.speaker))] : []),
      ...tag('mode', q.mode), ...tag('channel', q.channel), ...tag('cue', q.cue?.verb),
      ...q.claims.map((claim) => ({ id: recordIri('claim', claim), purpose: 'linking' })),
    ],
  },
  {
    name: 'claim-mentions', label: 'Claim mentions: passages that make or report a claim, with voice and stance', kind: 'claim-mention', motivation: 'classifying',
    records: (c) => c.claimMentions,
    spans: (m: Corpus['claimMentions'][number]) => [m.span],
    bodies: (m: Corpus['claimMentions'][number], c) => [
      identifying(recordIri('claim', m.claim)),
      describing(c.claims.find((x) => x.id === m.claim)?.proposition ?? m.claim),
      ...tag('stance', m.stance), ...tag('voice', m.voice), ...tag('assertion', m.assertion),
    ],
  },
  {
    name: 'figures', label: 'Figures: numbers and counted quantities', kind: 'figure', motivation: 'classifying',
    records: (c) => c.figures,
    spans: (f: Corpus['figures'][number]) => [f.span],
    bodies: (f: Corpus['figures'][number]) => [
      describing(`${f.value ?? (f.low !== null || f.high !== null ? `${f.low ?? '?'}-${f.high ?? '?'}` : 'no number')} ${f.unit}: ${f.counted}`),
      ...tag('measure', f.measure), ...tag('qualifier', f.qualifier), ...tag('as_of', f.asOf),
      ...(f.group ? [{ id: recordIri('figure-group', f.group), purpose: 'linking' }] : []),
    ],
  },
  {
    name: 'labels', label: 'Labels: how the texts name the unrest, its participants and the actors', kind: 'label', motivation: 'classifying',
    records: (c) => c.labels,
    spans: (l: Corpus['labels'][number]) => [l.span],
    bodies: (l: Corpus['labels'][number]) => [
      ...tag('label', l.label), ...tag('category', l.category), ...tag('voice', l.voice), ...(l.scareQuoted ? tag('scare_quoted', true) : []),
      identifying(l.target.kind === 'event' ? recordIri('event', l.target.event) : recordIri('entity', l.target.entity)),
    ],
  },
  {
    name: 'techniques', label: 'Persuasion techniques (SemEval-2023 Task 3 inventory)', kind: 'technique', motivation: 'classifying',
    records: (c) => c.techniques,
    spans: (t: Corpus['techniques'][number]) => [t.span],
    bodies: (t: Corpus['techniques'][number]) => [...tag('technique', t.technique), ...tag('category', t.category), ...tag('voice', t.voice), describing(t.note)],
  },
];

function target(article: Article, span: Span, toCp: (n: number) => number) {
  const { prefix, suffix } = quoteContext(article.text, span.start, span.end);
  return {
    type: 'SpecificResource',
    source: articleTarget(article),
    selector: [
      { type: 'TextQuoteSelector', exact: span.text, prefix, suffix },
      { type: 'TextPositionSelector', start: toCp(span.start), end: toCp(span.end) },
    ],
  };
}

/**
 * The annotation collection of one layer.
 *
 * @param ctx - The export context.
 * @param layer - One of {@link ANNOTATION_LAYERS}.
 * @returns The JSON-LD document.
 * @throws Error when a record names an article the corpus lacks or has no span to target.
 */
export function annotationCollection(ctx: ExportContext, layer: Layer) {
  const { corpus } = ctx;
  const articles = new Map<string, { article: Article; toCp: (n: number) => number }>(corpus.articles.map((a) => [a.id, { article: a, toCp: codePoints(a.text) }]));
  const creator = { type: 'Organization', name: ctx.packageJson.author ?? ctx.packageJson.name, ...(ctx.packageJson.homepage ? { homepage: ctx.packageJson.homepage } : {}) };
  const items = layer.records(corpus).map((record) => {
    const at = articles.get(record.article);
    if (!at) throw new Error(`Web Annotation export: ${layer.kind} "${record.id}" names article "${record.article}", which is not in the corpus`);
    const spans = layer.spans(record as never);
    if (spans.length === 0) throw new Error(`Web Annotation export: ${layer.kind} "${record.id}" has no span to target`);
    const targets = spans.map((s) => target(at.article, s, at.toCp));
    return {
      id: recordIri(`annotation:${layer.kind}`, record.id),
      type: 'Annotation',
      motivation: layer.motivation,
      creator,
      rights: 'https://creativecommons.org/licenses/by/4.0/',
      body: [...layer.bodies(record as never, corpus), { id: recordIri(layer.kind, record.id), purpose: 'linking' }],
      target: targets.length === 1 ? targets[0] : targets,
    };
  });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: recordIri('web-annotation', layer.name),
    type: 'AnnotationCollection',
    label: `qantar-corpus ${corpus.corpusVersion}: ${layer.label}`,
    total: items.length,
    first: { id: recordIri('web-annotation', `${layer.name}/page-1`), type: 'AnnotationPage', startIndex: 0, items },
  };
}

export const webAnnotation: ExportFormat = {
  id: 'web-annotation',
  title: 'W3C Web Annotation collections (JSON-LD)',
  audience: 'Annotation tools and linked-data users (Hypothesis, Recogito, INCEpTION, RDF stores): one annotation per record with quote and position selectors.',
  paths: ['qantar-corpus/web-annotation/<layer>.jsonld'],
  files(ctx): ExportFiles {
    return Object.fromEntries(ANNOTATION_LAYERS.map((l) => [`web-annotation/${l.name}.jsonld`, `${JSON.stringify(annotationCollection(ctx, l), null, 1)}\n`]));
  },
};
