import { z } from 'zod';
import { CITATION_MODES, CHANNELS } from './labels.js';
import { idSchema, noteSchema, spanSchema } from './common.js';


export const relaySchema = z
  .object({
    entity: idSchema('Entity').describe('Who passed the words on.'),
    span: spanSchema.nullable().describe('Where the relay is named in the text, or null.'),
    note: noteSchema,
  })
  .describe('One link of a relay chain: someone who passed on the speaker\'s words.')
  .meta({ id: 'Relay' });

export const citationSchema = z
  .object({
    id: idSchema('Citation'),
    article: idSchema('Article'),
    speaker: idSchema('Entity').nullable().describe('Whose words these are; null only for a scare quote in the outlet\'s own voice.'),
    speakerSpan: spanSchema.nullable().describe('Where the speaker is named (or referred to) in the text, or null when the speaker is not named near the content.'),
    cue: z
      .object({ verb: z.string().min(1).describe('The reporting verb, lemmatised ("say", "stress", "call on").'), span: spanSchema })
      .nullable()
      .describe('The reporting clause\'s verb, or null when there is none (a bare quotation, a scare quote).'),
    content: z.array(spanSchema).min(1).describe('The spans holding what was said, in text order.'),
    mode: z.enum(CITATION_MODES).describe('`direct` (quoted words), `indirect` (paraphrase), `mixed` (paraphrase with quoted fragments), `scare-quote` (words in quotation marks that the outlet distances itself from or labels).'),
    channel: z.enum(CHANNELS).nullable().describe('How the words were delivered: verbal message, phone call, press briefing, statement, meeting, TV report, speech, interview, social media, or unspecified. Null for scare quotes.'),
    event: idSchema('Event').nullable().describe('The event at which the words were said, or null.'),
    relay: z.array(relaySchema).describe('Who passed the words on, nearest to the text first ("the Chinese Ministry of Defense quoted the minister").'),
    claims: z.array(idSchema('Claim')).describe('Claims the content carries.'),
    note: noteSchema,
  })
  .describe('A passage that reports what someone said, with speaker, cue, content, mode and channel.')
  .meta({ id: 'Citation' });

export type CitationRecord = z.infer<typeof citationSchema>;

export { CITATION_MODES, CHANNELS };
