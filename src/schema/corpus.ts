import { z } from 'zod';
import { articleSchema } from './article.js';
import { citationSchema } from './citation.js';
import { claimMentionSchema, claimSchema } from './claim.js';
import { entityMentionSchema, entitySchema } from './entity.js';
import { dateMentionSchema, eventSchema } from './event.js';
import { exemptionSchema } from './exemption.js';
import { figureGroupSchema, figureSchema } from './figure.js';
import { labelSchema } from './label.js';
import { framingSchema, techniqueSchema } from './technique.js';
import { outletSchema } from './outlet.js';
import { entityRoleSchema } from './role.js';
import { sourceSchema } from './source.js';

/**
 * Version of the record shape. It moves only when a schema changes (see docs/versioning.md).
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION } from 'qantar-corpus/schema';
 * console.log(SCHEMA_VERSION); //=> '2.0.0'
 * ```
 */
export const SCHEMA_VERSION = '2.0.0';

export const corpusSchema = z
  .object({
    corpusVersion: z.string().min(1).describe('Version of the corpus release (equals the npm package version).'),
    schemaVersion: z.string().min(1).describe('Version of the record shape.'),
    outlets: z.array(outletSchema).describe('Every outlet, authors and republishers alike, sorted by ID.'),
    articles: z.array(articleSchema).describe('Every article, sorted by publication date then ID.'),
    entities: z.array(entitySchema).describe('Every entity, sorted by ID.'),
    entityMentions: z.array(entityMentionSchema).describe('Every entity mention, by article then position.'),
    events: z.array(eventSchema).describe('Every event, sorted by start date then ID.'),
    dateMentions: z.array(dateMentionSchema).describe('Every date expression in article content, by article then position.'),
    claims: z.array(claimSchema).describe('Every claim, sorted by ID.'),
    claimMentions: z.array(claimMentionSchema).describe('Every claim mention, by article then position.'),
    figureGroups: z.array(figureGroupSchema).describe('Every figure group, sorted by ID.'),
    figures: z.array(figureSchema).describe('Every figure, by article then position.'),
    citations: z.array(citationSchema).describe('Every citation, by article then position of its first content span.'),
    exemptions: z.array(exemptionSchema).describe('Every completeness exemption, by article then position.'),
    labels: z.array(labelSchema).describe('Every naming label (the framing layer), by article then position.'),
    techniques: z.array(techniqueSchema).describe('Every persuasion-technique span (the framing layer), by article then position.'),
    entityRoles: z.array(entityRoleSchema).describe('Every entity cast in a narrative role (the framing layer, SemEval-2025 Task 10 roles), by article then position.'),
    framing: z.array(framingSchema).describe('Genre, frames and technique review of each article, in article order.'),
    sources: z.array(sourceSchema).describe('Every source record (outside document the annotation rests on), sorted by ID.'),
  })
  .describe('The whole corpus: every record of every kind.')
  .meta({ id: 'Corpus' });

export type CorpusRecord = z.infer<typeof corpusSchema>;
