import { z } from 'zod';
import { ASSERTIONS, VOICES, STANCES } from './labels.js';
import { idSchema, noteSchema, spanSchema } from './common.js';

export const claimSchema = z
  .object({
    id: idSchema('Claim'),
    proposition: z.string().min(1).describe('The claim as one normalised declarative sentence, neutral in wording.'),
    subjects: z.array(idSchema('Entity')).min(1).describe('Entities the claim is about.'),
    event: idSchema('Event').nullable().describe('Event the claim is about, or null.'),
    keywords: z.array(z.string().min(1)).describe('Search keywords (lowercase).'),
    notes: noteSchema,
  })
  .describe('A proposition made in one or more texts. The same proposition in several articles is one claim.')
  .meta({ id: 'Claim' });


export const claimMentionSchema = z
  .object({
    id: z.string().min(1).describe('Mention ID, `<article>@<start>-<end>/<claim>`: derived from the position, so it is stable across releases.'),
    claim: idSchema('Claim'),
    article: idSchema('Article'),
    span: spanSchema,
    voice: z.enum(VOICES).describe('`authorial`: the outlet states it in its own voice; `attributed`: the outlet gives it as someone else\'s words (see `citation`).'),
    citation: idSchema('Citation').nullable().describe('The citation carrying the claim when `voice` is `attributed`, else null.'),
    stance: z.enum(STANCES).describe('The outlet\'s stance toward the claim here: `asserts` (states it as fact), `endorses` (reports it approvingly, or adopts it), `reports` (relays it neutrally), `questions` (casts doubt: scare quotes, "claimed", "so-called"), `disputes` (says or shows it is false).'),
    assertion: z.enum(ASSERTIONS).describe('How the passage carries the proposition: `asserted` (stated), `presupposed` (taken for granted: "opposes external forces deliberately inciting a color revolution"), or `insinuated` (suggested without being stated or presupposed: "rejects any attempt by external forces to ...", a juxtaposition).'),
    note: noteSchema,
  })
  .describe('One passage of one article that makes or reports a claim, with the outlet\'s voice and stance.')
  .meta({ id: 'ClaimMention' });

export type ClaimRecord = z.infer<typeof claimSchema>;
export type ClaimMentionRecord = z.infer<typeof claimMentionSchema>;

export { VOICES, STANCES };
