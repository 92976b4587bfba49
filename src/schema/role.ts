import { z } from 'zod';
import { idSchema, noteSchema, spanSchema } from './common.js';
import { FINE_ROLES, MAIN_ROLES, VOICES } from './labels.js';

export const entityRoleSchema = z
  .object({
    id: z.string().min(1).describe('Role ID, `<article>@<start>-<end>/<entity>/<main>`: derived from the mention and the main role.'),
    article: idSchema('Article'),
    entity: idSchema('Entity').describe('The entity cast in the role.'),
    span: spanSchema.describe('The entity mention in the passage that casts the entity (a span of the mentions layer).'),
    main: z.enum(MAIN_ROLES).describe('SemEval-2025 Task 10 main role: `Protagonist`, `Antagonist` or `Innocent`.'),
    fine: z.array(z.enum(FINE_ROLES)).min(1).describe('The fine-grained roles (archetypes) of that main role, such as `Guardian` or `Foreign Adversary`.'),
    voice: z.enum(VOICES).describe('`authorial`: the outlet casts the entity in its own voice; `attributed`: a quoted speaker does (see `citation`), and the outlet relays it.'),
    citation: idSchema('Citation').nullable().describe('The citation whose content casts the entity when `voice` is `attributed`, else null.'),
    note: z.string().min(1).describe('Why the article casts the entity so: what the text says it did, suffered or is.'),
  })
  .describe('An entity cast in a narrative role by an article (SemEval-2025 Task 10 subtask 1), with the voice that casts it.')
  .meta({ id: 'EntityRole' });

export const uncastEntitySchema = z
  .object({
    entity: idSchema('Entity'),
    note: z.string().min(1).describe('Why the article mentions the entity without casting it in a role.'),
  })
  .describe('An entity an article mentions in content without casting it in any role, so that "no role" is recorded, not assumed.')
  .meta({ id: 'UncastEntity' });

export type EntityRoleRecord = z.infer<typeof entityRoleSchema>;
export type UncastEntityRecord = z.infer<typeof uncastEntitySchema>;
