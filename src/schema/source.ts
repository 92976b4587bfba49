import { z } from 'zod';
import { idSchema, isoDateSchema, languageSchema, noteSchema } from './common.js';
import { SOURCE_KINDS } from './labels.js';

/** A list of source IDs: the outside documents a value rests on. */
export const sourceIdsSchema = z
  .array(idSchema('Source'))
  .describe('IDs of the source records (outside documents) this value rests on; empty when the value comes from the text itself.');

export const sourceSchema = z
  .object({
    id: idSchema('Source'),
    url: z.string().url().describe('Where the document was found and read (the copy that was actually seen).'),
    title: z.string().min(1).nullable().describe('Title as shown on the page, or null when the page shows none.'),
    issuer: z.string().min(1).describe('Who issued or first published the document (a ministry, a head of state\'s office, a wire service, an outlet).'),
    publishedBy: z.string().min(1).nullable().describe('The site that carries the copy that was read, when it is not the issuer (a syndication or archive copy), else null.'),
    date: isoDateSchema.nullable().describe('Date of the document as stated on the page, or null when the page does not state it.'),
    language: languageSchema.describe('Language of the document as read.'),
    kind: z.enum(SOURCE_KINDS).describe('What kind of document: a readout, a transcript, a statement, a speech, a press-briefing transcript, a wire story, a news report, an original-language article, official figures, a reference work, a fact-check or disinformation-case record, a social-media post.'),
    excerpt: z.string().min(1).nullable().describe('A short verbatim excerpt of the document that is the evidence the annotation rests on, or null.'),
    notes: noteSchema,
  })
  .describe('An outside document the annotation rests on. Every value whose basis is outside the text cites the sources it rests on; a source that nothing cites fails the build.')
  .meta({ id: 'Source' });

export type SourceRecord = z.infer<typeof sourceSchema>;
