import { z } from 'zod';
import { idSchema, noteSchema, spanSchema } from './common.js';
import { LABEL_CATEGORIES, LABEL_NAMES, VOICES } from './labels.js';

export const labelTargetSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('event'), event: idSchema('Event').describe('The event the noun phrase names (the unrest, the CSTO deployment).') }),
    z.object({ kind: z.literal('entity'), entity: idSchema('Entity').describe('The entity the noun phrase names (the participants, the security forces, an actor).') }),
  ])
  .describe('What the labelled noun phrase refers to: an event or an entity.')
  .meta({ id: 'LabelTarget' });

export const labelSchema = z
  .object({
    id: z.string().min(1).describe('Label ID, `<article>@<start>-<end>`: derived from the position.'),
    article: idSchema('Article'),
    span: spanSchema.describe('The noun phrase, trimmed: its head noun and the modifiers that are part of the naming ("violent anti-government protests"), without determiners.'),
    head: z.string().min(1).describe('The head noun as written ("protests", "color revolution").'),
    category: z.enum(LABEL_CATEGORIES).describe('What the phrase names: `unrest`, `participants`, `security-forces`, `intervention` (the CSTO deployment), `response` (the authorities\' response: suppression, measures, operations) or `actor` (an evaluative title for a principal actor).'),
    label: z.enum(LABEL_NAMES).describe('The normalised label from the vocabulary (docs/annotation-guide.md, "Labels").'),
    target: labelTargetSchema,
    voice: z.enum(VOICES).describe('`authorial`: the outlet names it so in its own voice; `attributed`: the phrase is inside a citation\'s content (see `citation`).'),
    citation: idSchema('Citation').nullable().describe('The citation whose content holds the phrase when `voice` is `attributed`, else null.'),
    scareQuoted: z.boolean().describe('True when the outlet sets the label in quotation marks to distance itself from it or to mark it as someone\'s word.'),
    note: noteSchema,
  })
  .describe('A naming choice: a noun phrase in content that names the unrest, its participants, the security forces, the CSTO deployment or an actor.')
  .meta({ id: 'Label' });

export type LabelRecord = z.infer<typeof labelSchema>;
