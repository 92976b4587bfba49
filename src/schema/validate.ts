import type { z } from 'zod';
import { runRules } from '../rules/index.js';
import type { RuleCorpus } from '../rules/types.js';
import { articleSchema } from './article.js';
import { citationSchema } from './citation.js';
import { claimMentionSchema, claimSchema } from './claim.js';
import { corpusSchema, SCHEMA_VERSION } from './corpus.js';
import { entityMentionSchema, entitySchema } from './entity.js';
import { dateMentionSchema, eventSchema } from './event.js';
import { exemptionSchema } from './exemption.js';
import { figureGroupSchema, figureSchema } from './figure.js';
import { collectionOrders } from './order.js';
import { outletSchema } from './outlet.js';
import { SEMANTIC_RULES } from './semantic-rules.js';
import { sourceSchema } from './source.js';
import { labelSchema } from './label.js';
import { framingSchema, techniqueSchema } from './technique.js';
import { ProblemSink, type ShapeProblem, type Sink as WalkSink, walkValue } from './walk.js';

/** One problem, with the JSON path of the bad value. */
export interface ValidationProblem {
  /** JSON path, such as `$.figures[3].span.end`. */
  readonly path: string;
  /** What is wrong and, where it helps, what would fix it. */
  readonly message: string;
  /** `schema` for a shape error, `options` for a bad option, else the name of the cross-record rule. */
  readonly rule: string;
}

/** What {@link validateCorpus} and {@link validateRecord} return. */
export interface ValidationResult {
  /** True when no problem was found. */
  readonly ok: boolean;
  /** The first problems found (at most `maxProblems`), in the order the checks ran. */
  readonly problems: readonly ValidationProblem[];
  /** How many more problems were found than `problems` lists. */
  readonly omitted: number;
  /**
   * True when checking stopped early because the problems found passed the counting limit
   * (`maxProblems` + 100,000): `omitted` is then a lower bound. The cross-record rules run only on
   * a corpus whose shape is valid.
   */
  readonly stopped: boolean;
}

/** Options of {@link validateCorpus}. */
export interface ValidateCorpusOptions {
  /** Also run the completeness rules (every numeral, quotation, cue, name and sentence annotated). Default false. */
  readonly completeness?: boolean;
  /** With `completeness`: capitalised words that never name anything (the corpus's `data/lexicon/not-names.yaml`). */
  readonly notNames?: ReadonlySet<string> | readonly string[];
  /** How many problems to list, 1 to 10,000 (default 100); the rest are counted in `omitted`. */
  readonly maxProblems?: number;
}

/** Options of {@link validateRecord}. */
export interface ValidateRecordOptions {
  /** How many problems to list, 1 to 10,000 (default 100); the rest are counted in `omitted`. */
  readonly maxProblems?: number;
}

const SCHEMAS = {
  outlet: outletSchema, article: articleSchema, entity: entitySchema, entityMention: entityMentionSchema, event: eventSchema,
  dateMention: dateMentionSchema, claim: claimSchema, claimMention: claimMentionSchema, figureGroup: figureGroupSchema,
  figure: figureSchema, citation: citationSchema, exemption: exemptionSchema, source: sourceSchema, label: labelSchema, technique: techniqueSchema, framing: framingSchema,
} as const satisfies Record<string, z.ZodType>;

/** Kinds of record {@link validateRecord} knows. */
export type RecordKind = keyof typeof SCHEMAS;

const DEFAULT_MAX_PROBLEMS = 100;
const MAX_PROBLEMS_LIMIT = 10_000;
/** Problems counted beyond those listed before checking stops: bounds the time spent on hopeless input. */
const COUNT_LIMIT = 100_000;
const MAX_MESSAGE = 500;
const MAX_NOT_NAMES = 1_000_000;

const jsonPath = (parts: readonly PropertyKey[]) =>
  `$${parts.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p).slice(0, 80))}]`)).join('')}`;
const cap = (message: string) => (message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message);

type Sink = ProblemSink<ValidationProblem>;
const result = (sink: Sink): ValidationResult =>
  Object.freeze({ ok: sink.count === 0, problems: Object.freeze(sink.kept.map((p) => Object.freeze(p))), omitted: sink.omitted, stopped: sink.stopped });

/** An own option, read once without running anything that can throw past the validator. */
function option(options: unknown, key: string): { ok: true; value: unknown } | { ok: false } {
  try {
    if (options === undefined) return { ok: true, value: undefined };
    const d = Object.getOwnPropertyDescriptor(options, key);
    return { ok: true, value: d === undefined ? undefined : 'value' in d ? d.value : d.get?.call(options) };
  } catch {
    return { ok: false };
  }
}

/** Reads the options both validators share; a bad option is a problem, never an exception. */
function readCommon(options: unknown, keys: readonly string[], where: string): { sink: Sink; values: Record<string, unknown> } | { failed: ValidationResult } {
  const fail = (message: string) => {
    const sink: Sink = new ProblemSink(1, 1);
    sink.add({ path: '$', message: `${where} options: ${message}`, rule: 'options' });
    return { failed: result(sink) };
  };
  let own: string[] = [];
  try {
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) return fail('expected an options object or undefined');
    if (options !== undefined) own = Reflect.ownKeys(options).map((k) => (typeof k === 'string' ? k : String(k)));
  } catch {
    return fail('the options object could not be read (a proxy trap threw)');
  }
  const unknown = own.filter((k) => !keys.includes(k));
  if (unknown.length > 0) return fail(`unknown option ${JSON.stringify(unknown[0]?.slice(0, 80))}; valid options: ${keys.join(', ')}`);
  const values: Record<string, unknown> = Object.create(null);
  for (const key of keys) {
    const v = option(options, key);
    if (!v.ok) return fail(`option ${key} could not be read (a getter threw)`);
    values[key] = v.value;
  }
  const max = values.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > MAX_PROBLEMS_LIMIT) return fail(`maxProblems must be an integer from 1 to ${MAX_PROBLEMS_LIMIT}`);
  return { sink: new ProblemSink(max, COUNT_LIMIT), values };
}

/** The walker's shape problems, forwarded as they come into a sink of validation problems (so nothing is held twice). */
const shapeSink = (into: Sink): WalkSink<ShapeProblem> => ({
  add: (p) => into.add({ path: jsonPath(p.path), message: cap(p.message), rule: 'schema' }),
  get count() { return into.count; },
  get stopped() { return into.stopped; },
});

/**
 * Validates one record of a given kind against its schema (no cross-record rules). Objects are
 * strict: a field the schema does not define is a problem, as `additionalProperties: false` makes
 * it in the JSON Schema (`qantar-corpus/corpus.schema.json`). Only own properties are read.
 *
 * @param kind - Record kind, such as `figure` or `citation`.
 * @param value - Any value.
 * @param options - {@link ValidateRecordOptions}: `maxProblems`.
 * @returns `ok`, the first problems found with their JSON paths, and how many more there were; never throws.
 *
 * @example
 * ```ts
 * import { validateRecord } from 'qantar-corpus/schema';
 * console.log(validateRecord('outlet', { id: 'Bad Id' }).ok); //=> false
 * ```
 */
export function validateRecord(kind: RecordKind, value: unknown, options?: ValidateRecordOptions): ValidationResult {
  const read = readCommon(options, ['maxProblems'], 'validateRecord');
  if ('failed' in read) return read.failed;
  const { sink } = read;
  if (typeof kind !== 'string' || !Object.hasOwn(SCHEMAS, kind)) {
    const shown = typeof kind === 'string' ? JSON.stringify(kind.slice(0, 80)) : `a ${typeof kind}`;
    sink.add({ path: '$', message: `unknown record kind ${shown}; valid kinds: ${Object.keys(SCHEMAS).join(', ')}`, rule: 'schema' });
    return result(sink);
  }
  walkValue(SCHEMAS[kind], value, shapeSink(sink));
  return result(sink);
}

const semver = (v: string) => /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(v);

/** Whether a corpus of `version` can be read with this schema: the same major version, and no newer minor. */
function versionProblem(version: string): string | null {
  const theirs = semver(version);
  const ours = semver(SCHEMA_VERSION) as RegExpExecArray;
  if (!theirs) return `schemaVersion ${JSON.stringify(version.slice(0, 40))} is not a semantic version (such as ${SCHEMA_VERSION})`;
  if (theirs[1] !== ours[1]) return `schemaVersion ${version} is incompatible with this validator's schema ${SCHEMA_VERSION} (another major version); validate it with the qantar-corpus release of that schema`;
  if (Number(theirs[2]) > Number(ours[2])) return `schemaVersion ${version} is newer than this validator's schema ${SCHEMA_VERSION}: it may have fields this release does not know; validate it with a newer qantar-corpus release`;
  return null;
}

/** The first record out of its collection's documented order, per collection. */
function orderProblems(corpus: RuleCorpus, sink: Sink): void {
  const orders = collectionOrders(new Map(corpus.articles.map((a, i) => [a.id, i])));
  for (const [collection, { by, compare }] of Object.entries(orders) as [keyof RuleCorpus, { by: string; compare: (a: unknown, b: unknown) => number }][]) {
    const records = corpus[collection] as readonly unknown[];
    for (let i = 1; i < records.length; i++) {
      if (compare(records[i - 1], records[i]) > 0) {
        sink.add({ path: jsonPath([collection, i]), message: `${collection} are not in their documented order (by ${by}): record ${i} belongs before record ${i - 1}; fix: sort ${collection} by ${by}`, rule: 'order' });
        break;
      }
    }
  }
}

/**
 * Validates a whole corpus (the published `corpus.json`, or one you extended). First its shape:
 * the schemas, with strict objects as in the JSON Schema, own properties only. Then, when the shape
 * is valid, the schema version's compatibility, the documented order of every collection, and the
 * cross-record rules the data build runs (unique IDs, references, spans against texts, segment
 * tiling, text hashes, voice and stance, numbers, figure qualifiers against their wording, mention
 * placement). Completeness rules are skipped unless asked for, since they need the annotators'
 * lexicon. docs/validation.md lists every check.
 *
 * Work and memory are bounded for any input: the first `maxProblems` problems are listed, the rest
 * counted (`omitted`), and checking stops (`stopped`) once 100,000 more have been counted.
 *
 * @param data - Any value; typically `JSON.parse` of a corpus file.
 * @param options - {@link ValidateCorpusOptions}: `completeness`, `notNames`, `maxProblems`.
 * @returns `ok`, the first problems found (each with its JSON path and a readable message), and how many more there were; never throws.
 *
 * @example
 * ```ts
 * import corpus from 'qantar-corpus/corpus.json' with { type: 'json' };
 * import { validateCorpus } from 'qantar-corpus/schema';
 * console.log(validateCorpus(corpus).ok); //=> true
 * ```
 */
export function validateCorpus(data: unknown, options?: ValidateCorpusOptions): ValidationResult {
  const read = readCommon(options, ['completeness', 'notNames', 'maxProblems'], 'validateCorpus');
  if ('failed' in read) return read.failed;
  const { sink, values } = read;
  try {
    if (values.completeness !== undefined && typeof values.completeness !== 'boolean') {
      sink.add({ path: '$', message: 'validateCorpus options: completeness must be true or false', rule: 'options' });
      return result(sink);
    }
    let notNames: Set<string> | undefined;
    if (values.notNames !== undefined) {
      const given = values.notNames;
      const size = given instanceof Set ? given.size : Array.isArray(given) ? given.length : -1;
      // Sized before it is copied: a sparse array of length 2^32 - 1 would otherwise be spread item by item.
      const list = size >= 0 && size <= MAX_NOT_NAMES ? (given instanceof Set ? [...(given as Set<unknown>)] : Array.from(given as unknown[])) : null;
      if (list === null || !list.every((w) => typeof w === 'string')) {
        sink.add({ path: '$', message: `validateCorpus options: notNames must be a Set or an array of at most ${MAX_NOT_NAMES} strings`, rule: 'options' });
        return result(sink);
      }
      notNames = new Set(list as string[]);
    }
    const shape = walkValue(corpusSchema, data, shapeSink(sink));
    if (!shape.ok) return result(sink);
    // From here on only the walker's fresh copy is read: getters and proxies of the input are behind us.
    const corpus = shape.data as z.output<typeof corpusSchema>;
    const version = versionProblem(corpus.schemaVersion);
    if (version !== null) {
      sink.add({ path: '$.schemaVersion', message: version, rule: 'schema-version' });
      return result(sink);
    }
    orderProblems(corpus, sink);
    const issues = [...runRules(corpus, { completeness: values.completeness === true, notNames }), ...SEMANTIC_RULES.flatMap((rule) => rule.check(corpus, { notNames }))];
    for (const issue of issues) {
      sink.add({
        path: jsonPath([issue.collection, issue.index, ...(issue.field ? issue.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [])]),
        message: cap(`${issue.message}; fix: ${issue.fix}`),
        rule: issue.rule,
      });
    }
    return result(sink);
  } catch (error) {
    // The rules are written not to throw on a corpus of valid shape; this keeps the promise for inputs nobody foresaw.
    sink.add({ path: '$', message: `could not validate: ${error instanceof Error ? cap(error.message) : 'an internal error'}`, rule: 'internal' });
    return result(sink);
  }
}
