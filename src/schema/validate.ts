import type { z } from 'zod';
import { runRules } from '../rules/index.js';
import { articleSchema } from './article.js';
import { citationSchema } from './citation.js';
import { claimMentionSchema, claimSchema } from './claim.js';
import { corpusSchema } from './corpus.js';
import { entityMentionSchema, entitySchema } from './entity.js';
import { dateMentionSchema, eventSchema } from './event.js';
import { exemptionSchema } from './exemption.js';
import { figureGroupSchema, figureSchema } from './figure.js';
import { outletSchema } from './outlet.js';
import { sourceSchema } from './source.js';
import { labelSchema } from './label.js';
import { framingSchema, techniqueSchema } from './technique.js';

/** One problem, with the JSON path of the bad value. */
export interface ValidationProblem {
  /** JSON path, such as `$.figures[3].span.end`. */
  readonly path: string;
  /** What is wrong and, where it helps, what would fix it. */
  readonly message: string;
  /** `schema` for a shape error, else the name of the cross-record rule. */
  readonly rule: string;
}

/** What {@link validateCorpus} and {@link validateRecord} return. */
export interface ValidationResult {
  /** True when no problem was found. */
  readonly ok: boolean;
  /** Every problem found, in the order the checks ran. */
  readonly problems: readonly ValidationProblem[];
}

const SCHEMAS = {
  outlet: outletSchema, article: articleSchema, entity: entitySchema, entityMention: entityMentionSchema, event: eventSchema,
  dateMention: dateMentionSchema, claim: claimSchema, claimMention: claimMentionSchema, figureGroup: figureGroupSchema,
  figure: figureSchema, citation: citationSchema, exemption: exemptionSchema, source: sourceSchema, label: labelSchema, technique: techniqueSchema, framing: framingSchema,
} as const satisfies Record<string, z.ZodType>;

/** Kinds of record {@link validateRecord} knows. */
export type RecordKind = keyof typeof SCHEMAS;

const jsonPath = (parts: readonly PropertyKey[]) =>
  `$${parts.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`)).join('')}`;

function shapeProblems(schema: z.ZodType, value: unknown, prefix: readonly PropertyKey[] = []): ValidationProblem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: jsonPath([...prefix, ...issue.path]), message: issue.message, rule: 'schema' }));
}

/**
 * Validates one record of a given kind against its schema (no cross-record rules).
 *
 * @param kind - Record kind, such as `figure` or `citation`.
 * @param value - Any value.
 * @returns `ok` and every problem found, with JSON paths; never throws.
 *
 * @example
 * ```ts
 * import { validateRecord } from 'qantar-corpus/schema';
 * console.log(validateRecord('outlet', { id: 'Bad Id' }).ok); //=> false
 * ```
 */
export function validateRecord(kind: RecordKind, value: unknown): ValidationResult {
  const schema = (SCHEMAS as Record<string, z.ZodType>)[kind];
  if (!schema) return { ok: false, problems: [{ path: '$', message: `unknown record kind ${JSON.stringify(kind)}; valid kinds: ${Object.keys(SCHEMAS).join(', ')}`, rule: 'schema' }] };
  const problems = shapeProblems(schema, value);
  return { ok: problems.length === 0, problems };
}

/**
 * Validates a whole corpus (the published `corpus.json`, or one you extended): the schemas, then
 * the cross-record rules (unique IDs, references, spans against texts, segment tiling, text hashes,
 * voice and stance, figures). Completeness rules are skipped unless asked for, since they need the
 * annotators' lexicon.
 *
 * @param data - Any value; typically `JSON.parse` of a corpus file.
 * @param options - `completeness: true` also runs the completeness rules (with `notNames`, the lexicon of capitalised non-names).
 * @returns `ok` and every problem found, each with its JSON path and a readable message; never throws.
 *
 * @example
 * ```ts
 * import corpus from 'qantar-corpus/corpus.json' with { type: 'json' };
 * import { validateCorpus } from 'qantar-corpus/schema';
 * console.log(validateCorpus(corpus).ok); //=> true
 * ```
 */
export function validateCorpus(data: unknown, options: { completeness?: boolean; notNames?: ReadonlySet<string> } = {}): ValidationResult {
  try {
    const problems = shapeProblems(corpusSchema, data);
    if (problems.length > 0) return { ok: false, problems };
    const corpus = corpusSchema.parse(data);
    const issues = runRules(corpus, { completeness: options.completeness === true, notNames: options.notNames });
    const ruleProblems = issues.map((issue) => ({
      path: jsonPath([issue.collection, issue.index, ...(issue.field ? issue.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [])]),
      message: `${issue.message}; fix: ${issue.fix}`,
      rule: issue.rule,
    }));
    return { ok: ruleProblems.length === 0, problems: ruleProblems };
  } catch (error) {
    // The rules are written not to throw; this keeps the promise for inputs nobody foresaw.
    return { ok: false, problems: [{ path: '$', message: `could not validate: ${error instanceof Error ? error.message : String(error)}`, rule: 'internal' }] };
  }
}
