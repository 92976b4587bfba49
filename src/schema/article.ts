import { z } from 'zod';
import { basisSchema, idSchema, isoDateSchema, languageSchema, noteSchema, spanSchema } from './common.js';
import { DERIVATION_RELATIONS, SEGMENT_ORIGINS } from './labels.js';
import { sourceIdsSchema } from './source.js';

export const SEGMENT_KINDS = [
  'headline',
  'byline',
  'dateline',
  'timestamp',
  'body',
  'subheading',
  'caption',
  'related-link',
  'site-furniture',
  'reader-appeal',
  'credits',
  'separator',
] as const;

export const segmentSchema = z
  .object({
    kind: z.enum(SEGMENT_KINDS).describe('What this stretch of the text is. `separator` is whitespace between two other segments, emitted by the build.'),
    span: spanSchema,
    content: z.boolean().describe('True when the segment is article content (what the outlet wrote: body, headline, subheadings, captions marked as content); false for page furniture, duplicates, appeals and separators. Completeness rules apply to content only.'),
    origin: z.enum(SEGMENT_ORIGINS).nullable().describe('Who put this text there: `author` (the outlet that wrote the content, its own credits and appeals included) or `publisher` (the republishing site: breadcrumbs, injected links, cookie banners). Null for separators.'),
    note: noteSchema,
  })
  .describe('A contiguous stretch of an article text. The segments of an article tile its text: every character is in exactly one.')
  .meta({ id: 'Segment' });

export const GENRES = ['news', 'editorial', 'republication', 'analysis'] as const;

export const publishedSchema = z
  .object({
    date: isoDateSchema.describe('Publication date (local date of the outlet), or the earliest possible date when `bound` is `not-before`.'),
    time: z.string().regex(/^\d{2}:\d{2}$/).nullable().describe('Local time `HH:MM` when stated, else null.'),
    utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/).nullable().describe('UTC offset of `time` (`+08:00` for Beijing), or null.'),
    bound: z.enum(['exact', 'not-before']).describe('`exact`: published on `date`; `not-before`: published on or after `date` (all that can be shown).'),
    basis: basisSchema,
    sources: sourceIdsSchema,
    note: noteSchema,
  })
  .describe('When the article was published, with how that is known.')
  .meta({ id: 'PublicationDate' });

export const translationSchema = z
  .object({
    language: languageSchema.describe('Language of the original.'),
    machine: z.boolean().nullable().describe('True when machine-translated, false when translated by people, null when not known.'),
    basis: basisSchema,
    sources: sourceIdsSchema,
    note: noteSchema,
  })
  .describe('The language an article was translated from, and how.')
  .meta({ id: 'Translation' });

export const creditSchema = z
  .object({
    role: z.enum(['author', 'reporter', 'editor', 'web-editor', 'photographer', 'photo-agency', 'republisher-account']).describe('What the person or body did.'),
    name: z.string().min(1).describe('Name as it appears in the text.'),
    entity: idSchema('Entity').nullable().describe('The entity this credit resolves to, or null when not recorded as an entity.'),
  })
  .describe('A person or body credited in the article.')
  .meta({ id: 'Credit' });

export const derivationSchema = z
  .object({
    relation: z.enum(DERIVATION_RELATIONS).describe('How this hop derives from the next one up the chain: `translation-of` (a translation), `rewrite-of` (a rewritten version of the same story), `follows-wording-of` (an article that tracks another\'s wording without saying so), `republication-of` (a copy).'),
    outlet: idSchema('Outlet').nullable().describe('Outlet of the story this hop derives from, or null when it is not an outlet\'s story.'),
    source: idSchema('Source').nullable().describe('The source record of that story when it was found and read, else null.'),
    title: z.string().min(1).nullable().describe('Title of that story, as seen, or null.'),
    date: isoDateSchema.nullable().describe('Date of that story, as seen, or null.'),
    url: z.string().url().nullable().describe('URL of that story, as seen, or null.'),
    basis: basisSchema,
    sources: sourceIdsSchema,
    spans: z.array(spanSchema).nullable().describe('The stretches of this text (each a run of whole segments) that follow this hop, or null when the whole text does.'),
    note: noteSchema,
  })
  .describe('One hop of a derivation chain: the story this text (or the previous hop) was derived from.')
  .meta({ id: 'Derivation' });

export const articleSchema = z
  .object({
    id: idSchema('Article'),
    seedFile: z.string().min(1).describe('File name of the captured text in the original seed set.'),
    outlet: idSchema('Outlet').describe('Outlet that authored the content.'),
    publisher: idSchema('Outlet').nullable().describe('Site the text was captured from, when different from the outlet (an aggregator), else null.'),
    url: z.string().url().describe('URL of the captured copy.'),
    title: z.string().min(1).nullable().describe('Title of the article, or null when the capture has none.'),
    titleBasis: z.enum(['stated', 'not-in-capture']).describe('`stated`: the title is in the text; `not-in-capture`: the captured text has no headline.'),
    published: publishedSchema,
    language: languageSchema.describe('Language of the text as captured.'),
    translatedFrom: translationSchema.nullable().describe('Original language and how it was translated, or null for an original text.'),
    genre: z.enum(GENRES).describe('Genre of the content: news, editorial, analysis, or republication (a copy of another outlet\'s article).'),
    byline: z.string().min(1).nullable().describe('Byline exactly as shown, or null.'),
    credits: z.array(creditSchema).describe('People and bodies credited.'),
    derivedFrom: z.array(derivationSchema).describe('The derivation chain, nearest first: the story this text derives from, then the story that one derives from, and so on (RT\'s English article -> RT DE\'s German -> this capture reads `[translation-of rt-de, translation-of rt]`).'),
    rights: z.string().min(1).describe('Rights note: who holds the copyright and on what basis the text is included.'),
    text: z.string().min(1).describe('The verbatim captured text, byte for byte as captured (UTF-8, no trailing newline added).'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the UTF-8 bytes of `text`, lowercase hex.'),
    segments: z.array(segmentSchema).min(1).describe('The segments that tile the text, in text order.'),
    notes: noteSchema,
  })
  .describe('One captured text with its provenance and segmentation.')
  .meta({ id: 'Article' });

export type ArticleRecord = z.infer<typeof articleSchema>;
export type SegmentRecord = z.infer<typeof segmentSchema>;
