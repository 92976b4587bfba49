// Reading prediction lines: every field is checked, and a bad one is an error that names the
// line, the field and what would be valid. Nothing is skipped, guessed or repaired.
import { QantarCorpusError } from '../errors.js';
import { closestIds } from '../internal/edit-distance.js';
import type { Range } from './spans.js';

/** What a layer's line reader knows about the corpus. */
export interface ParseContext {
  /** 1-based line number, for messages. */
  readonly line: number;
  /** Article texts by article ID. */
  readonly texts: ReadonlyMap<string, string>;
  /** Valid IDs by kind (`entity`, `claim`). */
  readonly ids: Readonly<Record<string, ReadonlySet<string>>>;
  /** The kind of each entity, by entity ID (the type a linked mention has). */
  readonly entityKinds: ReadonlyMap<string, string>;
}

/** A prediction line as parsed JSON: an object whose own properties are read, never inherited ones. */
export type Line = Readonly<Record<string, unknown>>;

/** Thrown for a malformed prediction line (the library's one error class, code `BAD_ARGUMENT`). */
export function lineError(ctx: Pick<ParseContext, 'line'>, field: string, message: string, value?: unknown, suggestions: readonly string[] = []): QantarCorpusError {
  return new QantarCorpusError('BAD_ARGUMENT', `line ${ctx.line}: field "${field}": ${message}`, value, suggestions);
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/** An own property of a line, or undefined. */
export function own(line: Line, key: string): unknown {
  return Object.hasOwn(line, key) ? line[key] : undefined;
}

export const has = (line: Line, key: string): boolean => Object.hasOwn(line, key) && line[key] !== undefined;

function isPlainObject(v: unknown): v is Line {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Splits JSONL text into parsed objects with their line numbers. Blank lines carry no prediction and
 * are passed over; anything else that is not a JSON object is an error naming the line.
 */
export function parseJsonl(text: string): { line: number; record: Line }[] {
  const out: { line: number; record: Line }[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const source = i === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (source.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new QantarCorpusError('BAD_ARGUMENT', `line ${i + 1}: not valid JSON (${(error as Error).message}); each line must be one JSON object, e.g. {"article":"...","span":{"start":0,"end":5,"text":"..."}}`, source.slice(0, 80));
    }
    if (!isPlainObject(value)) throw new QantarCorpusError('BAD_ARGUMENT', `line ${i + 1}: expected a JSON object, got ${show(value)}`, value);
    out.push({ line: i + 1, record: value });
  }
  return out;
}

/** The `article` field: an article ID of this corpus. Returns the ID and its text. */
export function readArticle(line: Line, ctx: ParseContext): { article: string; text: string } {
  const article = own(line, 'article');
  if (typeof article !== 'string') throw lineError(ctx, 'article', `required: an article ID (one of ${[...ctx.texts.keys()].join(', ')}), got ${show(article)}`, article);
  const text = ctx.texts.get(article);
  if (text === undefined) throw lineError(ctx, 'article', `${show(article)} is not an article ID in this evaluation set; valid: ${[...ctx.texts.keys()].join(', ')}`, article, closestIds(article, ctx.texts.keys()));
  return { article, text };
}

/** Checks one span object `{start, end, text?}` (or, as in the table exports' arrays, `{span_start, span_end, span_text?}`) against the article text. */
export function checkSpan(value: unknown, field: string, articleText: string, article: string, ctx: ParseContext): Range {
  if (!isPlainObject(value)) throw lineError(ctx, field, `expected a span object {"start": <integer>, "end": <integer>, "text": <string>}, got ${show(value)}`, value);
  const flat = has(value, 'span_start') || has(value, 'span_end');
  if (flat && (has(value, 'start') || has(value, 'end'))) throw lineError(ctx, field, 'give the span once: either {"start", "end", "text"} or {"span_start", "span_end", "span_text"}, not both', value);
  const key = (k: string) => (flat ? `span_${k}` : k);
  return checkOffsets(own(value, key('start')), own(value, key('end')), own(value, key('text')), field, articleText, article, ctx);
}

function checkOffsets(start: unknown, end: unknown, text: unknown, field: string, articleText: string, article: string, ctx: ParseContext): Range {
  const limit = articleText.length;
  for (const [name, v] of [['start', start], ['end', end]] as const) {
    if (!Number.isSafeInteger(v) || (v as number) < 0) throw lineError(ctx, `${field}.${name}`, `expected a whole number of UTF-16 code units from 0 to ${limit} (the length of ${article}), got ${show(v)}`, v);
  }
  const s = start as number;
  const e = end as number;
  if (e > limit) throw lineError(ctx, `${field}.end`, `${e} is outside the text of ${article}, which is ${limit} code units long (valid: ${s + 1}-${limit})`, e);
  if (e <= s) throw lineError(ctx, `${field}.end`, `must be greater than start (${s}): spans are half-open [start, end) and not empty, got ${e}`, e);
  if (text !== undefined) {
    const actual = articleText.slice(s, e);
    if (typeof text !== 'string') throw lineError(ctx, `${field}.text`, `expected a string (the text at ${s}-${e}, ${show(actual)}) or no text field, got ${show(text)}`, text);
    if (text !== actual) throw lineError(ctx, `${field}.text`, `${show(text)} does not match the text at ${s}-${e} of ${article}, which is ${show(actual)} (offsets count UTF-16 code units, end exclusive)`, text);
  }
  return { start: s, end: e };
}

/**
 * A span written either as a nested object (`span: {start, end, text}`, as in corpus.json) or as
 * flat columns (`span_start`, `span_end`, `span_text` for the record's own span, `speaker_span_start`...
 * for others, as in the table exports). `nested` is the nested field name, `flat` the column prefix
 * (`span`, `speaker_span`). Giving both forms is an error, not a choice between them.
 */
export function readSpan(line: Line, nested: string, flat: string, article: string, articleText: string, ctx: ParseContext, required: boolean): Range | null | undefined {
  const key = (k: string) => `${flat}_${k}`;
  const hasNested = has(line, nested);
  const hasFlat = has(line, key('start')) || has(line, key('end'));
  if (hasNested && hasFlat) throw lineError(ctx, nested, `give the span once: either "${nested}": {start, end, text} or "${key('start')}"/"${key('end')}"/"${key('text')}", not both`, own(line, nested));
  if (hasNested) {
    const value = own(line, nested);
    if (value === null) {
      if (required) throw lineError(ctx, nested, 'required: a span object {"start", "end", "text"}, got null', null);
      return null;
    }
    return checkSpan(value, nested, articleText, article, ctx);
  }
  if (hasFlat) {
    const s = own(line, key('start'));
    const e = own(line, key('end'));
    if (s === null && e === null && !required) return null;
    return checkOffsets(s, e, own(line, key('text')), flat, articleText, article, ctx);
  }
  if (required) throw lineError(ctx, nested, `required: a span, as "${nested}": {"start", "end", "text"} or as "${key('start')}", "${key('end')}" (and "${key('text')}")`, undefined);
  return undefined;
}

/** An optional field whose value must be one of `labels` (or null when `nullable`); undefined when absent. */
export function readLabel<T extends string>(line: Line, field: string, labels: readonly T[], ctx: ParseContext, nullable = false): T | null | undefined {
  if (!has(line, field)) return undefined;
  const v = own(line, field);
  if (v === null && nullable) return null;
  if (typeof v !== 'string' || !(labels as readonly string[]).includes(v)) {
    throw lineError(ctx, field, `unknown label ${show(v)}; valid: ${labels.join(', ')}${nullable ? ', null' : ''}`, v, typeof v === 'string' ? closestIds(v, labels) : []);
  }
  return v as T;
}

/** An optional ID of kind `kind` (entity, claim), or null when `nullable`; undefined when absent. */
export function readId(line: Line, field: string, kind: string, ctx: ParseContext, nullable: boolean): string | null | undefined {
  if (!has(line, field)) return undefined;
  const v = own(line, field);
  if (v === null && nullable) return null;
  return checkId(v, field, kind, ctx);
}

export function checkId(v: unknown, field: string, kind: string, ctx: ParseContext): string {
  const valid = ctx.ids[kind] as ReadonlySet<string>;
  if (typeof v !== 'string' || !valid.has(v)) {
    throw lineError(ctx, field, `${show(v)} is not a ${kind} ID of this corpus (${valid.size} ${kind} IDs; see dist/data/${kind === 'entity' ? 'entities' : `${kind}s`}.ndjson)`, v, typeof v === 'string' ? closestIds(v, valid) : []);
  }
  return v;
}
