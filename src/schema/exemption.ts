import { z } from 'zod';
import { idSchema, spanSchema } from './common.js';

export const EXEMPTION_LAYERS = ['numeral', 'quotation', 'cue', 'name', 'sentence', 'label'] as const;

export const exemptionSchema = z
  .object({
    article: idSchema('Article'),
    layer: z.enum(EXEMPTION_LAYERS).describe('The completeness check the span is exempt from: `numeral` (a number that is neither figure nor date), `quotation` (quotation marks that are not a citation, such as a title), `cue` (a reporting word that reports no speech, such as "the said revolutions"), `name` (a capitalised word that names nothing), `sentence` (a sentence that makes no claim about the events), `label` (a lexicon head noun that names none of the things the labels layer records, such as "the people" of a country).'),
    span: spanSchema,
    reason: z.string().min(1).describe('Why the span is exempt.'),
  })
  .describe('An explicit, reasoned exception to one completeness check.')
  .meta({ id: 'Exemption' });

export type ExemptionRecord = z.infer<typeof exemptionSchema>;
