import { z } from 'zod';
import { dateBasisSchema, idSchema, isoDateSchema, noteSchema, spanSchema } from './common.js';
import { sourceIdsSchema } from './source.js';

export const eventSchema = z
  .object({
    id: idSchema('Event'),
    label: z.string().min(1).describe('Short label.'),
    start: isoDateSchema.describe('First day of the event.'),
    end: isoDateSchema.nullable().describe('Last day, or null for a one-day event.'),
    place: idSchema('Entity').nullable().describe('Where it happened (a place entity), or null.'),
    participants: z.array(idSchema('Entity')).describe('Entities that took part.'),
    parent: idSchema('Event').nullable().describe('The larger event this is part of, or null.'),
    description: z.string().min(1).describe('What happened, in one or two sentences.'),
    sources: sourceIdsSchema.describe('Sources that record the event (its date, place and participants) where the texts do not.'),
    notes: noteSchema,
  })
  .describe('Something that happened and that the texts refer to.')
  .meta({ id: 'Event' });

export const dateMentionSchema = z
  .object({
    id: z.string().min(1).describe('Mention ID, `<article>@<start>-<end>`.'),
    article: idSchema('Article'),
    span: spanSchema,
    date: isoDateSchema.describe('The calendar day the expression refers to.'),
    end: isoDateSchema.nullable().describe('Last day when the expression names a range of days, else null.'),
    basis: dateBasisSchema,
    sources: sourceIdsSchema,
    event: idSchema('Event').nullable().describe('The event the date is of, or null.'),
    note: noteSchema,
  })
  .describe('A date or day named in a text ("Jan 6 last year", "on Monday", "the 7th"), resolved to a calendar day.')
  .meta({ id: 'DateMention' });

export type EventRecord = z.infer<typeof eventSchema>;
export type DateMentionRecord = z.infer<typeof dateMentionSchema>;
