/**
 * Shapes of the hand-written files under data/. They differ from the published records in two
 * ways only: IDs come from file names or map keys, and spans are written as quote anchors that the
 * build resolves to offsets.
 */
import { z } from 'zod';
import { articleSchema, creditSchema, derivationSchema, publishedSchema, SEGMENT_KINDS, translationSchema } from '../../src/schema/article.js';
import { ARTICLE_GENRES, ASSERTIONS, FINE_ROLES, FRAMES, LABEL_CATEGORIES, LABEL_NAMES, MAIN_ROLES, SEGMENT_ORIGINS, TECHNIQUES } from '../../src/schema/labels.js';
import { sourceSchema } from '../../src/schema/source.js';
import { citationSchema, CHANNELS, CITATION_MODES } from '../../src/schema/citation.js';
import { claimSchema, narrativeLinkSchema, STANCES, VOICES } from '../../src/schema/claim.js';
import { basisSchema, dateBasisSchema, idSchema, isoDateSchema } from '../../src/schema/common.js';
import { entitySchema, MENTION_FORMS } from '../../src/schema/entity.js';
import { eventSchema } from '../../src/schema/event.js';
import { EXEMPTION_LAYERS } from '../../src/schema/exemption.js';
import { figureGroupSchema, MEASURES, QUALIFIERS } from '../../src/schema/figure.js';
import { outletSchema } from '../../src/schema/outlet.js';

/** An exact quote, disambiguated by the text right before or after it, or by its occurrence (1-based). */
export const quoteAnchorSchema = z.union([
  z.string().min(1),
  z
    .object({
      quote: z.string().min(1),
      prefix: z.string().min(1).optional(),
      suffix: z.string().min(1).optional(),
      occurrence: z.number().int().positive().optional(),
    })
    .strict(),
]);
/** A quote anchor, or a range from the start of one quote to the end of the first match of another at or after it. */
export const anchorSchema = z.union([
  quoteAnchorSchema,
  z.object({ from: quoteAnchorSchema, to: quoteAnchorSchema }).strict(),
]);
export type QuoteAnchor = z.infer<typeof quoteAnchorSchema>;
export type Anchor = z.infer<typeof anchorSchema>;

const note = z.string().min(1).optional();
/** A list of source IDs, defaulting to none. */
const sources = z.array(idSchema('Source')).default([]);

export const outletSourceSchema = outletSchema.omit({ id: true }).extend({ notes: note }).strict();
export const entitySourceSchema = entitySchema
  .omit({ id: true })
  .extend({ notes: note, aliases: entitySchema.shape.aliases.element.extend({ note }).strict().array().default([]) })
  .strict();
export const claimSourceSchema = claimSchema
  .omit({ id: true })
  .extend({
    notes: note,
    event: claimSchema.shape.event.default(null),
    narratives: z.array(narrativeLinkSchema.extend({ note: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export const eventSourceSchema = eventSchema
  .omit({ id: true })
  .extend({ notes: note, end: isoDateSchema.nullable().default(null), parent: idSchema('Event').nullable().default(null), place: idSchema('Entity').nullable().default(null), sources: z.array(idSchema('Source')).default([]) })
  .strict();
export const figureGroupSourceSchema = figureGroupSchema.omit({ id: true }).strict();
export const sourceRecordSourceSchema = sourceSchema
  .omit({ id: true })
  .extend({ notes: note, title: sourceSchema.shape.title.default(null), publishedBy: sourceSchema.shape.publishedBy.default(null), date: sourceSchema.shape.date.default(null), excerpt: sourceSchema.shape.excerpt.default(null) })
  .strict();

export const segmentSourceSchema = z
  .object({
    kind: z.enum(SEGMENT_KINDS).exclude(['separator']),
    at: anchorSchema,
    content: z.boolean().optional(),
    // Required for every segment of an article with a publisher; defaults to `author` otherwise.
    origin: z.enum(SEGMENT_ORIGINS).optional(),
    note,
  })
  .strict();

export const articleSourceSchema = articleSchema
  .omit({ id: true, text: true, segments: true })
  .extend({
    published: publishedSchema.extend({ note, sources }).strict(),
    translatedFrom: translationSchema.extend({ note, sources }).strict().nullable(),
    credits: creditSchema.strict().array().default([]),
    derivedFrom: derivationSchema
      .omit({ spans: true })
      .extend({
        note,
        sources,
        outlet: derivationSchema.shape.outlet.default(null),
        source: derivationSchema.shape.source.default(null),
        title: derivationSchema.shape.title.default(null),
        date: derivationSchema.shape.date.default(null),
        url: derivationSchema.shape.url.default(null),
        at: z.array(anchorSchema).min(1).optional(),
      })
      .strict()
      .array()
      .default([]),
    notes: note,
    segments: z.array(segmentSourceSchema).min(1),
  })
  .strict();

export const mentionSourceSchema = z
  .object({ entity: idSchema('Entity'), at: anchorSchema, form: z.enum(MENTION_FORMS).default('name'), sources, note })
  .strict();

export const dateSourceSchema = z
  .object({
    at: anchorSchema,
    date: isoDateSchema,
    end: isoDateSchema.optional(),
    basis: dateBasisSchema,
    sources,
    event: idSchema('Event').optional(),
    note,
  })
  .strict();

export const figureSourceRecordSchema = z
  .object({
    at: anchorSchema,
    measure: z.enum(MEASURES),
    counted: z.string().min(1),
    value: z.number().nullable(),
    low: z.number().nullable().default(null),
    high: z.number().nullable().default(null),
    qualifier: z.enum(QUALIFIERS),
    unit: z.string().min(1),
    alternate: z.object({ value: z.number(), unit: z.string().min(1), at: anchorSchema }).strict().optional(),
    asOf: isoDateSchema.optional(),
    asOfBasis: z.enum(['stated', 'inferred', 'external']).optional(),
    asOfSources: sources,
    place: idSchema('Entity').optional(),
    source: z.union([
      z.literal('outlet'),
      z.object({ entity: idSchema('Entity') }).strict(),
      z.object({ citation: idSchema('Citation') }).strict(),
    ]),
    event: idSchema('Event').optional(),
    group: idSchema('Figure group').optional(),
    note,
  })
  .strict();

export const citationSourceRecordSchema = z
  .object({
    speaker: idSchema('Entity').nullable(),
    speakerAt: anchorSchema.optional(),
    cue: z.object({ verb: z.string().min(1), at: anchorSchema }).strict().optional(),
    content: z.array(anchorSchema).min(1),
    mode: z.enum(CITATION_MODES),
    channel: z.enum(CHANNELS).nullable().default(null),
    channelBasis: basisSchema.optional(),
    event: idSchema('Event').optional(),
    said: z.object({ date: isoDateSchema, basis: basisSchema, sources, note }).strict().optional(),
    addressee: idSchema('Entity').optional(),
    sources,
    relay: z.array(z.object({ entity: idSchema('Entity'), at: anchorSchema.optional(), note }).strict()).default([]),
    claims: z.array(idSchema('Claim')).default([]),
    note,
  })
  .strict();
void citationSchema;

export const claimMentionSourceSchema = z
  .object({
    claim: idSchema('Claim'),
    at: anchorSchema,
    voice: z.enum(VOICES),
    citation: idSchema('Citation').optional(),
    stance: z.enum(STANCES),
    // `asserted` unless the passage presupposes or insinuates the proposition (codebook rule 4).
    assertion: z.enum(ASSERTIONS).default('asserted'),
    note,
  })
  .strict();

export const labelSourceSchema = z
  .object({
    at: anchorSchema,
    head: z.string().min(1),
    category: z.enum(LABEL_CATEGORIES),
    label: z.enum(LABEL_NAMES),
    target: z.union([z.object({ event: idSchema('Event') }).strict(), z.object({ entity: idSchema('Entity') }).strict()]),
    voice: z.enum(VOICES),
    citation: idSchema('Citation').optional(),
    scareQuoted: z.boolean().default(false),
    note,
  })
  .strict();

export const entityRoleSourceSchema = z
  .object({
    entity: idSchema('Entity'),
    at: anchorSchema,
    main: z.enum(MAIN_ROLES),
    fine: z.array(z.enum(FINE_ROLES)).min(1),
    voice: z.enum(VOICES),
    citation: idSchema('Citation').optional(),
    note: z.string().min(1),
  })
  .strict();

/** roles.yaml: the entities an article casts in a role, and those it mentions without casting. */
export const rolesSourceSchema = z
  .object({
    roles: z.array(entityRoleSourceSchema),
    uncast: z.array(z.object({ entity: idSchema('Entity'), note: z.string().min(1) }).strict()),
  })
  .strict();

export const techniqueSourceSchema = z
  .object({ at: anchorSchema, technique: z.enum(TECHNIQUES), voice: z.enum(VOICES), citation: idSchema('Citation').optional(), note: z.string().min(1) })
  .strict();

/** framing.yaml: one map per article. */
export const framingSourceSchema = z
  .object({
    genre: z.enum(ARTICLE_GENRES),
    genreNote: z.string().min(1),
    frames: z.array(z.object({ frame: z.enum(FRAMES), at: z.array(anchorSchema).min(1), note }).strict()),
    techniquesReviewed: z.literal('all-content-segments'),
    note,
  })
  .strict();

export const exemptionSourceSchema = z
  .object({ layer: z.enum(EXEMPTION_LAYERS), at: anchorSchema, reason: z.string().min(1) })
  .strict();

export const lexiconSourceSchema = z
  .object({
    notNames: z.record(z.string().min(1), z.array(z.string().regex(/^[A-Z][A-Za-z]*$/)).min(1)),
  })
  .strict();

/** The per-article layer files and their shapes. A missing layer file means an empty layer. */
export const ARTICLE_LAYER_FILES = {
  'mentions.yaml': z.array(mentionSourceSchema),
  'dates.yaml': z.array(dateSourceSchema),
  'figures.yaml': z.record(z.string(), figureSourceRecordSchema),
  'citations.yaml': z.record(z.string(), citationSourceRecordSchema),
  'claims.yaml': z.array(claimMentionSourceSchema),
  'exemptions.yaml': z.array(exemptionSourceSchema),
  'labels.yaml': z.array(labelSourceSchema),
  'techniques.yaml': z.array(techniqueSourceSchema),
  'roles.yaml': rolesSourceSchema,
  'framing.yaml': framingSourceSchema,
} as const;
