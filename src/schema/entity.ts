import { z } from 'zod';
import { countryCodeSchema, idSchema, noteSchema, spanSchema } from './common.js';
import { sourceIdsSchema } from './source.js';

export const ENTITY_KINDS = ['person', 'organization', 'government-body', 'place', 'group', 'event', 'document', 'concept'] as const;
export const ALIAS_KINDS = ['variant', 'abbreviation', 'translation', 'misspelling', 'misnaming', 'demonym', 'descriptor'] as const;

export const aliasSchema = z
  .object({
    name: z.string().min(1).describe('The alias as written.'),
    kind: z.enum(ALIAS_KINDS).describe('`variant` (accepted spelling), `abbreviation`, `translation` (literal or machine rendering), `misspelling` (a wrong spelling of the right name), `misnaming` (a wrong name, such as "Wang Li" for Wang Yi), `demonym` ("Chinese", "Kazakh"), `descriptor` (a role phrase used as a name).'),
    note: noteSchema,
  })
  .describe('Another name for an entity, flagged by kind so errors in the texts stay visible.')
  .meta({ id: 'Alias' });

export const entitySchema = z
  .object({
    id: idSchema('Entity'),
    kind: z.enum(ENTITY_KINDS).describe('Person, organization, government body, place, group (of people), event (a named event such as the Beijing Winter Olympics), document (a law or treaty) or concept (an idea the claims are about, such as "color revolution").'),
    name: z.string().min(1).describe('Canonical name.'),
    aliases: z.array(aliasSchema).describe('Other names, including misspellings and misnamings found in the texts.'),
    role: z.string().min(1).nullable().describe('Role at the time of the events (January-April 2022), or null.'),
    country: countryCodeSchema.nullable().describe('Country the entity belongs to or is in, or null (international bodies, concepts).'),
    wikidata: z.string().regex(/^Q\d+$/).nullable().describe('Wikidata item ID (Q…), or null when none is known.'),
    description: z.string().min(1).describe('One sentence saying who or what this is.'),
    notes: noteSchema,
  })
  .describe('A person, organization, place, group or concept mentioned in the texts.')
  .meta({ id: 'Entity' });

export const MENTION_FORMS = ['name', 'alias', 'misspelling', 'misnaming', 'demonym', 'abbreviation', 'descriptor', 'metonym'] as const;

export const entityMentionSchema = z
  .object({
    id: z.string().min(1).describe('Mention ID, `<article>@<start>-<end>/<entity>`: derived from the position, so it is stable across releases.'),
    article: idSchema('Article'),
    entity: idSchema('Entity'),
    span: spanSchema,
    form: z.enum(MENTION_FORMS).describe('How the entity is named here: its `name`, an `alias`, a `misspelling` or `misnaming`, a `demonym`, an `abbreviation`, a `descriptor` ("the Kazakh leader") or a `metonym` ("Beijing" for the government of China).'),
    sources: sourceIdsSchema.describe('Sources that resolve the mention when the text alone does not (an unnamed or misnamed speaker).'),
    note: noteSchema,
  })
  .describe('A place in a text that names an entity.')
  .meta({ id: 'EntityMention' });

export type EntityRecord = z.infer<typeof entitySchema>;
export type EntityMentionRecord = z.infer<typeof entityMentionSchema>;
