import { z } from 'zod';
import { CITATION_MODES, CHANNELS } from './labels.js';
import { basisSchema, idSchema, isoDateSchema, noteSchema, spanSchema } from './common.js';
import { sourceIdsSchema } from './source.js';


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
    channelBasis: basisSchema.nullable().describe('How the channel is known: `stated` or `inferred` from the text, or `external` from the cited `sources`. Null when the channel is null or `unspecified`.'),
    event: idSchema('Event').nullable().describe('The occasion at which the words were said (the call, the meeting, the briefing), never the topic they are about; null when not known.'),
    said: z
      .object({
        date: isoDateSchema.describe('The day the words were said, written or sent.'),
        basis: basisSchema,
        sources: sourceIdsSchema,
        note: noteSchema,
      })
      .nullable()
      .describe('When the speech act took place, with how that is known; null when neither the text nor a source gives it.'),
    addressee: idSchema('Entity').nullable().describe('Whom the words were addressed to (Xi\'s message to Tokayev, Wang Yi\'s words in the call to Tileuberdi), or null (the public, the press, or not known).'),
    sources: sourceIdsSchema.describe('Outside documents that record these words or their occasion: the basis of `channel`, `event`, `said` and `addressee` where the text does not state them.'),
    relay: z.array(relaySchema).describe('Who passed the words on, nearest to the text first ("the Chinese Ministry of Defense quoted the minister").'),
    claims: z.array(idSchema('Claim')).describe('Claims the content carries.'),
    note: noteSchema,
  })
  .describe('A passage that reports what someone said, with speaker, cue, content, mode and channel.')
  .meta({ id: 'Citation' });

export type CitationRecord = z.infer<typeof citationSchema>;

export { CITATION_MODES, CHANNELS };
