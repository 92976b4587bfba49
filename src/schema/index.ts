// The `qantar-corpus/schema` entry: the zod schemas (the one definition of the record shape) and
// validators for corpora that users extend or modify. It loads zod; the main entry does not.
// The enum lists and sub-schemas stay internal: they are reachable through the record schemas
// (`figureSchema.shape.qualifier.options`), and keeping them out keeps the versioned surface small.
import { articleSchema, segmentSchema } from './article.js';
import { citationSchema } from './citation.js';
import { claimMentionSchema, claimSchema } from './claim.js';
import { spanSchema } from './common.js';
import { corpusSchema, SCHEMA_VERSION } from './corpus.js';
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
 * The zod schema of every record kind, by kind name, plus `corpus` (the whole corpus) and `span`.
 * TypeScript types of the records come from these (`z.infer`); the main entry's interfaces are
 * generated from them too.
 *
 * @example
 * ```ts
 * import { schemas } from 'qantar-corpus/schema';
 * console.log(schemas.figure.shape.qualifier.options);
 * //=> [ 'exact', 'approximately', 'at-least', 'more-than', 'up-to', 'vague' ]
 * console.log(schemas.span.safeParse({ start: 5, end: 3, text: '' }).success); //=> false
 * ```
 */
export const schemas = {
  corpus: corpusSchema,
  outlet: outletSchema,
  article: articleSchema,
  segment: segmentSchema,
  entity: entitySchema,
  entityMention: entityMentionSchema,
  event: eventSchema,
  dateMention: dateMentionSchema,
  claim: claimSchema,
  claimMention: claimMentionSchema,
  figureGroup: figureGroupSchema,
  figure: figureSchema,
  citation: citationSchema,
  exemption: exemptionSchema,
  source: sourceSchema,
  label: labelSchema,
  technique: techniqueSchema,
  entityRole: entityRoleSchema,
  framing: framingSchema,
  span: spanSchema,
} as const;

export { SCHEMA_VERSION };
export {
  validateCorpus, validateRecord, type ValidationProblem, type ValidationResult, type RecordKind, type ValidateCorpusOptions, type ValidateRecordOptions,
} from './validate.js';
