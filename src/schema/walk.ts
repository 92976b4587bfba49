// A bounded, own-property reading of a value against a zod schema, for the validators.
//
// zod's own `safeParse` collects every issue of the whole value before it returns, so a corpus of
// 600,000 empty figures collected problems until V8 ran out of memory; it also reads inherited
// properties (a polluted `Object.prototype` fills in missing fields) and strips unknown keys where
// the JSON Schema forbids them. This walker follows the schema itself: objects and arrays are read
// field by field and item by item (own properties only, each read once), unknown keys are problems
// (as `additionalProperties: false` makes them in the JSON Schema), and only leaves (strings,
// numbers, enums) and the small refined objects (spans) are handed to zod. Problems go to a sink
// that keeps the first few and counts the rest, so memory stays bounded whatever the input.
import { z } from 'zod';

/** Where the walker reports problems: `count` says how many so far, `stopped` that it must stop. */
export interface Sink<P> {
  add(problem: P): void;
  readonly count: number;
  readonly stopped: boolean;
}

/** Where problems go: the first `max` are kept, the rest only counted, up to a counting limit. */
export class ProblemSink<P> implements Sink<P> {
  readonly kept: P[] = [];
  omitted = 0;
  /** True once the counting limit was reached: checking stopped, and `omitted` is a lower bound. */
  stopped = false;
  constructor(readonly max: number, readonly countLimit: number) {}
  add(problem: P): void {
    if (this.kept.length < this.max) this.kept.push(problem);
    else if (++this.omitted >= this.countLimit) this.stopped = true;
  }
  get count(): number {
    return this.kept.length + this.omitted;
  }
}

/** One shape problem: the path (keys and indexes) and zod's message. */
export interface ShapeProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: readonly z.ZodType[];
  checks?: readonly unknown[];
  catchall?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Stops the walk at once (the sink's counting limit); caught by {@link walkValue}. */
class Stop extends Error {}

const KEYS_SHOWN = 5;
const shortKey = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);

/** The value of an own property, read once (a getter runs once); undefined when absent. */
function ownValue(value: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  if (descriptor === undefined) return undefined;
  return 'value' in descriptor ? descriptor.value : descriptor.get?.call(value);
}

/** Reads an own property; a getter or trap that throws is a problem at the field's path. */
function read(value: object, key: string, sink: Sink<ShapeProblem>, path: (string | number)[]): { ok: boolean; value: unknown } {
  try {
    return { ok: true, value: ownValue(value, key) };
  } catch {
    report(sink, { path, message: 'the value could not be read (a getter or proxy trap threw)' });
    return { ok: false, value: undefined };
  }
}

// zod 4 builds each schema class's members on the first instance (a `for...in` in its `members()`),
// which fails if Object.prototype has been polluted by then. Everything the walker creates later is
// created once here, at import: the `unknown` item schema, and a failed parse (its error classes).
const UNKNOWN = z.unknown();
z.string().safeParse(0);

/** Array schemas with their item schema replaced by `unknown`: their own checks (length) without the items. */
const lengthOnly = new WeakMap<z.ZodType, z.ZodType>();
function arrayChecks(schema: z.ZodType): z.ZodType {
  let s = lengthOnly.get(schema);
  if (!s) {
    s = (schema as unknown as { clone(def: object): z.ZodType }).clone({ ...defOf(schema), element: UNKNOWN });
    lengthOnly.set(schema, s);
  }
  return s;
}

/**
 * Reads `value` as `schema` describes, reporting problems to `sink`. Returns the value as read (a
 * fresh copy of objects and arrays, so later checks see one consistent snapshot), or `undefined`
 * where it has problems. Never throws: a proxy trap or getter that throws is a problem at its path.
 */
export function walkValue(schema: z.ZodType, value: unknown, sink: Sink<ShapeProblem>, path: (string | number)[] = []): { ok: boolean; data: unknown } {
  try {
    const before = sink.count;
    const data = walk(schema, value, sink, path);
    return { ok: sink.count === before, data };
  } catch (error) {
    if (!(error instanceof Stop)) sink.add({ path: [...path], message: 'the value could not be read (a getter or proxy trap threw)' });
    return { ok: false, data: undefined };
  }
}

function report(sink: Sink<ShapeProblem>, problem: ShapeProblem) {
  sink.add(problem);
  if (sink.stopped) throw new Stop();
}

function leaf(schema: z.ZodType, value: unknown, sink: Sink<ShapeProblem>, path: (string | number)[]): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) report(sink, { path: [...path, ...(issue.path as (string | number)[])], message: issue.message });
  return undefined;
}

function walk(schema: z.ZodType, value: unknown, sink: Sink<ShapeProblem>, path: (string | number)[]): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'nullable':
      return value === null ? null : walk(def.innerType as z.ZodType, value, sink, path);
    case 'optional':
      return value === undefined ? undefined : walk(def.innerType as z.ZodType, value, sink, path);
    case 'array': {
      if (!Array.isArray(value)) return leaf(schema, value, sink, path);
      const length = read(value, 'length', sink, path).value as number;
      const items: unknown[] = [];
      let clean = true;
      for (let i = 0; i < length; i++) {
        const before = sink.count;
        // A hole reads as undefined, which no item schema allows: reported, never skipped.
        const got = read(value, String(i), sink, [...path, i]);
        const item = got.ok ? walk(def.element as z.ZodType, got.value, sink, [...path, i]) : undefined;
        if (sink.count !== before) clean = false;
        items.push(item);
      }
      if (def.checks && def.checks.length > 0) leaf(arrayChecks(schema), items, sink, path);
      return clean ? items : undefined;
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return leaf(schema, value, sink, path);
      const shape = def.shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      let clean = true;
      for (const key of Object.keys(shape)) {
        const before = sink.count;
        const got = read(value, key, sink, [...path, key]);
        const field = got.ok ? walk(shape[key] as z.ZodType, got.value, sink, [...path, key]) : undefined;
        if (sink.count !== before) clean = false;
        else if (field !== undefined) out[key] = field;
      }
      const unknown = Object.keys(value).filter((key) => !Object.hasOwn(shape, key));
      const catchall = def.catchall && defOf(def.catchall).type !== 'never' ? def.catchall : undefined;
      if (catchall) {
        // A schema that allows other keys (z.looseObject, .catchall()): each is read as it says.
        for (const key of unknown) {
          const before = sink.count;
          const got = read(value, key, sink, [...path, key]);
          const field = got.ok ? walk(catchall, got.value, sink, [...path, key]) : undefined;
          if (sink.count !== before) clean = false;
          else out[key] = field;
        }
      } else if (unknown.length > 0) {
        clean = false;
        const shown = unknown.slice(0, KEYS_SHOWN).map(shortKey).join(', ');
        report(sink, { path: [...path], message: `unknown field${unknown.length > 1 ? 's' : ''} ${shown}${unknown.length > KEYS_SHOWN ? ` and ${unknown.length - KEYS_SHOWN} more` : ''}; valid fields: ${Object.keys(shape).join(', ')}` });
      }
      if (!clean) return undefined;
      // Refinements of the object itself (a span's end after its start) run on the fresh copy.
      return def.checks && def.checks.length > 0 ? leaf(schema, out, sink, path) : out;
    }
    case 'union': {
      // The first option that reads cleanly wins; otherwise the problems of the closest option.
      let best: ProblemSink<ShapeProblem> | undefined;
      for (const option of def.options as readonly z.ZodType[]) {
        const trial = new ProblemSink<ShapeProblem>(20, 1_000);
        const { ok, data } = walkValue(option, value, trial, path);
        if (ok) return data;
        if (!best || trial.count < best.count) best = trial;
      }
      for (const problem of best?.kept ?? []) report(sink, problem);
      return undefined;
    }
    default:
      return leaf(schema, value, sink, path);
  }
}
