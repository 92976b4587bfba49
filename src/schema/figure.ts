import { z } from 'zod';
import { MEASURES } from './labels.js';
import { idSchema, isoDateSchema, noteSchema, spanSchema } from './common.js';
import { sourceIdsSchema } from './source.js';

export const QUALIFIERS = ['exact', 'approximately', 'at-least', 'more-than', 'up-to', 'vague'] as const;

export const figureSourceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('outlet').describe('The outlet gives the figure in its own voice.') }),
    z.object({ kind: z.literal('entity'), entity: idSchema('Entity').describe('Who the article says gave the figure.') }),
    z.object({ kind: z.literal('citation'), citation: idSchema('Citation').describe('The citation whose content contains the figure.') }),
  ])
  .describe('Who the figure is attributed to: the outlet itself, a named entity, or a citation.')
  .meta({ id: 'FigureSource' });

export const figureSchema = z
  .object({
    id: idSchema('Figure'),
    article: idSchema('Article'),
    span: spanSchema,
    measure: z.enum(MEASURES).describe('What kind of quantity: people killed, injured, arrested, detained, deployed, participants, officials dismissed, a length, a duration, money, or another count.'),
    counted: z.string().min(1).describe('What is counted, in a few words ("people arrested in the unrest").'),
    value: z.number().nullable().describe('The number when the text gives one; null for a range or a vague amount.'),
    low: z.number().nullable().describe('Lower bound implied by the wording ("tens of thousands": 20000), or null.'),
    high: z.number().nullable().describe('Upper bound implied by the wording, or null.'),
    qualifier: z.enum(QUALIFIERS).describe('How the number is hedged: `exact`, `approximately` ("about"), `at-least`, `more-than`, `up-to`, or `vague` ("thousands", "several").'),
    unit: z.string().min(1).describe('Unit ("people", "km", "months", "EUR").'),
    alternate: z
      .object({ value: z.number(), unit: z.string().min(1), span: spanSchema })
      .nullable()
      .describe('The same quantity in another unit when the text gives both ("1,770-kilometer (1,110-mile)"), else null.'),
    asOf: isoDateSchema.nullable().describe('The day the count describes, from the text or a cited source; null when neither says (never copied from the publication date: series fall back to that themselves).'),
    asOfBasis: z.enum(['stated', 'inferred', 'external']).nullable().describe('How `asOf` is known: `stated` or `inferred` from a date in the text, or `external` from `asOfSources`; null when `asOf` is null.'),
    asOfSources: sourceIdsSchema.describe('Sources that give the day the count describes, when `asOfBasis` is `external`.'),
    place: idSchema('Entity').nullable().describe('Where the counted things are (a place entity), or null.'),
    source: figureSourceSchema,
    event: idSchema('Event').nullable().describe('Event the figure is about, or null.'),
    group: idSchema('Figure group').nullable().describe('Key that lines up figures for the same quantity across articles (see the figure groups), or null for a figure with no counterpart.'),
    note: noteSchema,
  })
  .describe('A number or counted quantity in article content, with its qualifier, source and date.')
  .meta({ id: 'Figure' });

export const figureGroupSchema = z
  .object({
    id: idSchema('Figure group'),
    label: z.string().min(1).describe('What the grouped figures measure.'),
    measures: z.array(z.enum(MEASURES)).min(1).describe('Measures a figure of the group may have (arrests are reported as "arrested" by some outlets and "detained" by others).'),
    event: idSchema('Event').nullable().describe('Event the quantity belongs to, or null.'),
    description: z.string().min(1).describe('Which quantity exactly, so that annotators can tell whether a figure belongs.'),
  })
  .describe('A quantity that several figures report, lined up across articles.')
  .meta({ id: 'FigureGroup' });

export type FigureRecord = z.infer<typeof figureSchema>;
export type FigureGroupRecord = z.infer<typeof figureGroupSchema>;

export { MEASURES };
