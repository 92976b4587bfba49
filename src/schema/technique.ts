import { z } from 'zod';
import { idSchema, noteSchema, spanSchema } from './common.js';
import { ARTICLE_GENRES, FRAMES, TECHNIQUE_CATEGORY_NAMES, TECHNIQUES, VOICES } from './labels.js';
import { uncastEntitySchema } from './role.js';

export const techniqueSchema = z
  .object({
    id: z.string().min(1).describe('Technique span ID, `<article>@<start>-<end>/<technique>`: derived from the position.'),
    article: idSchema('Article'),
    span: spanSchema.describe('The span that carries the technique, trimmed as in PTC v2: no leading or trailing space or punctuation.'),
    technique: z.enum(TECHNIQUES).describe('The persuasion technique, by its SemEval-2023 Task 3 ID (`Loaded_Language`, `Whataboutism`...).'),
    category: z.enum(TECHNIQUE_CATEGORY_NAMES).describe('The technique\'s category in SemEval-2023 Task 3: Attack on Reputation, Justification, Simplification, Distraction, Call, Manipulative Wording.'),
    voice: z.enum(VOICES).describe('`authorial`: the outlet uses the technique in its own voice; `attributed`: the span is inside a citation\'s content, so the technique is the quoted speaker\'s, relayed (laundered) by the outlet.'),
    citation: idSchema('Citation').nullable().describe('The citation whose content holds the span when `voice` is `attributed`, else null.'),
    note: z.string().min(1).describe('Why the span is this technique: the codebook criterion it meets.'),
  })
  .describe('A persuasion-technique span (the framing layer), labelled with the SemEval-2023 Task 3 inventory and the voice it is in.')
  .meta({ id: 'Technique' });

export const frameSchema = z
  .object({
    frame: z.enum(FRAMES).describe('The Media Frames Corpus dimension (SemEval-2023 Task 3 subtask 2).'),
    spans: z.array(spanSchema).min(1).describe('The spans that carry the frame.'),
    note: noteSchema,
  })
  .describe('A frame an article uses, with the spans that carry it.')
  .meta({ id: 'Frame' });

export const framingSchema = z
  .object({
    article: idSchema('Article'),
    genre: z.enum(ARTICLE_GENRES).describe('SemEval-2023 Task 3 subtask 1 genre: `reporting`, `opinion` or `satire`.'),
    genreNote: z.string().min(1).describe('Why this genre.'),
    frames: z.array(frameSchema).describe('The frames the article uses, most prominent first.'),
    techniquesReviewed: z.literal('all-content-segments').describe('Every content segment was read for techniques: a paragraph with no technique span has none, it was not skipped.'),
    uncast: z.array(uncastEntitySchema).describe('The entities the article mentions in content without casting them in a role (every other mentioned entity has an entity-role record).'),
    note: noteSchema,
  })
  .describe('How an article frames the events: its genre, its frames, that every content paragraph was reviewed for techniques, and the entities it mentions without casting in a role.')
  .meta({ id: 'Framing' });

export type TechniqueRecord = z.infer<typeof techniqueSchema>;
export type FramingRecord = z.infer<typeof framingSchema>;
