import { z } from 'zod';
import { ASSERTIONS, NARRATIVE_RELATIONS, NARRATIVE_SCHEMES, VOICES, STANCES } from './labels.js';
import { sourceIdsSchema } from './source.js';
import { idSchema, noteSchema, spanSchema } from './common.js';

export const narrativeLinkSchema = z
  .object({
    scheme: z.enum(NARRATIVE_SCHEMES).describe('What the link points to: `euvsdisinfo-case` (a case in the EUvsDisinfo database), `disarm-technique` (a DISARM framework technique) or `semeval2025-narrative` (a SemEval-2025 Task 10 narrative label).'),
    ref: z.string().min(1).describe('The record as its scheme names it: the EUvsDisinfo case title as the page shows it (or its summary sentence where the page as read shows no title), the DISARM technique ID and name (`T0022: Leverage Conspiracy Theory Narratives`), or the SemEval-2025 label (`URW: Praise of Russia: Russia is a guarantor of peace and prosperity`).'),
    relation: z.enum(NARRATIVE_RELATIONS).describe('As SKOS mapping relations: `exact` (the record states the same proposition), `broader` (a wider narrative that includes the claim), `narrower` (a more specific form of the claim, such as one that names the external force), `related` (an analogous narrative from another domain).'),
    sources: sourceIdsSchema.min(1).describe('The source records where the link was found and checked (the case page, the framework file).'),
    note: z.string().min(1).describe('Why the claim matches the record: what the record says.'),
  })
  .describe('A link from a claim to a known narrative record, found and checked, never inferred.')
  .meta({ id: 'NarrativeLink' });

export const claimSchema = z
  .object({
    id: idSchema('Claim'),
    proposition: z.string().min(1).describe('The claim as one normalised declarative sentence, neutral in wording.'),
    subjects: z.array(idSchema('Entity')).min(1).describe('Entities the claim is about.'),
    event: idSchema('Event').nullable().describe('Event the claim is about, or null.'),
    keywords: z.array(z.string().min(1)).describe('Search keywords (lowercase).'),
    narratives: z.array(narrativeLinkSchema).describe('Links to known narrative records (EUvsDisinfo cases, DISARM techniques, SemEval-2025 narratives) that were found and checked; empty when none was found.'),
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
