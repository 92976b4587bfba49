/**
 * Table columns derived from the JSON Schema of a record (src/generated/corpus.schema.json, which
 * zod writes from src/schema): every property becomes a column with the type and description the
 * schema gives it, so a new record kind becomes a table without listing its columns.
 *
 * How records become rows:
 *   - nested objects (and unions of objects, such as a figure's source) are flattened into columns
 *     named by their path (`published_date`, `source_kind`); a property only some branches of a
 *     union have is null in the others;
 *   - a span `{ start, end, text }` becomes three columns named by its path (`span_start`,
 *     `speaker_span_start`, `cue_span_start`);
 *   - arrays of strings (IDs, aliases, keywords) are Table Schema `list` fields, arrays of objects
 *     `array` fields whose items get the same naming; a list or array under a null parent is empty;
 *   - a field that holds an ID of another table (the build's ID_FIELDS) is a foreign key.
 */
import { ID_FIELDS } from '../build/build.js';

/** A JSON Schema node, as zod's `toJSONSchema` writes them into corpus.schema.json. */
export interface JsonSchemaNode {
  $ref?: string;
  type?: string | string[];
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  description?: string;
}

export interface CorpusJsonSchema {
  $defs: Record<string, JsonSchemaNode>;
}

/** A Table Schema field (Frictionless Data v2). */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list' | 'array' | 'object';
  description: string;
  format?: string;
  itemType?: 'string';
  delimiter?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: unknown[]; pattern?: string };
}

/** One column: its field, where its value is in the record, and the table its IDs point into. */
export interface Column {
  field: TableField;
  /** Record property path (`['published', 'date']`); empty for a computed column. */
  path: readonly string[];
  /** The value of this column for a record (native JSON value; lists and arrays never null). */
  value: (record: Record<string, unknown>, index: number) => unknown;
  /** For `array` fields: the item schema, whose objects are written with the table naming. */
  items?: ItemShape;
  /** Name of the table whose `id` this column holds. */
  references?: string;
}

/** How the objects inside an `array` column are written: their keys and nested shapes, in schema order. */
export interface ItemShape {
  /** Keys of the written object, each with the record path it reads and its own item shape for nested arrays. */
  keys: { name: string; path: readonly string[]; type: TableField['type']; nullable: boolean; items?: ItemShape; list?: boolean }[];
}

export const LIST_DELIMITER = ';';
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Table of each ID type: a field typed `ArticleId` is a foreign key into `articles`. */
const TABLE_OF_ID: Record<string, string> = {
  OutletId: 'outlets', ArticleId: 'articles', EntityId: 'entities', EventId: 'events', ClaimId: 'claims',
  CitationId: 'citations', FigureGroupId: 'figure-groups', FigureId: 'figures', SourceId: 'sources',
};

const snakeCase = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** The name a column or item key gets from its record path, in snake_case (`speakerSpan.start` → `speaker_span_start`). */
export function columnName(propertyPath: readonly string[], spanPart?: 'start' | 'end' | 'text'): string {
  return [...propertyPath, ...(spanPart ? [spanPart] : [])].map(snakeCase).join('_');
}

interface Resolved {
  node: JsonSchemaNode;
  nullable: boolean;
  /** The `$defs` name reached last, if the node came from one. */
  def?: string;
}

/** Follows `$ref`s and nullable `anyOf`s; returns the node and whether null is allowed. */
export function resolveNode(schema: CorpusJsonSchema, node: JsonSchemaNode): Resolved {
  let nullable = false;
  let current = node;
  let def: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    if (current.$ref) {
      def = current.$ref.replace('#/$defs/', '');
      const target = schema.$defs[def];
      if (!target) throw new Error(`corpus.schema.json: unresolved reference ${current.$ref}`);
      current = target;
      continue;
    }
    if (current.anyOf) {
      const others = current.anyOf.filter((n) => n.type !== 'null');
      if (others.length !== current.anyOf.length) nullable = true;
      if (others.length === 1 && others[0]) {
        current = others[0];
        continue;
      }
    }
    if (Array.isArray(current.type) && current.type.includes('null')) {
      nullable = true;
      const rest = current.type.filter((t) => t !== 'null');
      current = { ...current, type: rest.length === 1 ? rest[0] : rest };
    }
    return { node: current, nullable, ...(def ? { def } : {}) };
  }
  throw new Error('corpus.schema.json: reference cycle');
}

/** The properties of an object node, or of every branch of a union of objects, in order. */
function propertiesOf(schema: CorpusJsonSchema, node: JsonSchemaNode) {
  const branches = (node.oneOf ?? node.anyOf ?? [node]).map((b) => resolveNode(schema, b));
  const keys: string[] = [];
  for (const b of branches) for (const k of Object.keys(b.node.properties ?? {})) if (!keys.includes(k)) keys.push(k);
  return keys.map((key) => {
    const holders = branches.filter((b) => b.node.properties?.[key]);
    const property = holders[0]?.node.properties?.[key] as JsonSchemaNode;
    const consts = holders.map((h) => h.node.properties?.[key]?.const).filter((c) => c !== undefined);
    return { key, property, partial: holders.length < branches.length, consts, def: holders[0]?.def };
  });
}

const isObject = (n: JsonSchemaNode) => Boolean(n.properties) || Boolean((n.oneOf ?? n.anyOf)?.every((b) => b.$ref || b.properties));
const isSpan = (r: Resolved) => r.def === 'Span';

/** The Table Schema field of a leaf property. */
function leafField(name: string, node: JsonSchemaNode, nullable: boolean, description: string, schema: CorpusJsonSchema, where: string): TableField {
  const field: TableField = { name, type: 'string', description };
  const constraints: NonNullable<TableField['constraints']> = {};
  if (!nullable) constraints.required = true;
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (type === 'string' || node.const !== undefined) {
    if (node.pattern === DATE_PATTERN) field.type = 'date';
    else if (node.format === 'uri') field.format = 'uri';
    else if (node.pattern) constraints.pattern = node.pattern;
    if (node.enum) constraints.enum = [...node.enum];
  } else if (type === 'integer' || type === 'number' || type === 'boolean') {
    field.type = type;
  } else if (type === 'array') {
    const items = node.items ? resolveNode(schema, node.items).node : {};
    if (items.type === 'string') {
      field.type = 'list';
      field.itemType = 'string';
      field.delimiter = LIST_DELIMITER;
    } else {
      field.type = 'array';
    }
  } else if (type === 'object') {
    field.type = 'object';
  } else {
    throw new Error(`corpus.schema.json: cannot map ${where} (type ${JSON.stringify(node.type)}) to a table field`);
  }
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

const valueAt = (record: unknown, propertyPath: readonly string[]): unknown => {
  let current: unknown = record;
  for (const key of propertyPath) {
    if (current === null || current === undefined) return null;
    current = (current as Record<string, unknown>)[key];
  }
  return current === undefined ? null : current;
};

/** The shape of the objects in an array of objects, flattened with the table naming (`at`: the column's record path, for renames). */
function itemShape(schema: CorpusJsonSchema, items: JsonSchemaNode, at: readonly string[], rename: Readonly<Record<string, string>>, used: Set<string>): ItemShape | undefined {
  const resolved = resolveNode(schema, items);
  if (!isObject(resolved.node)) return undefined;
  const keys: ItemShape['keys'] = [];
  const named = (path: readonly string[], derived: string) => {
    const dotted = [...at, ...path].join('.');
    used.add(dotted);
    return rename[dotted] ?? derived;
  };
  const walk = (node: JsonSchemaNode, nodeIsSpan: boolean, prefix: string[], nullableAbove: boolean) => {
    if (nodeIsSpan) {
      // An item that is itself a span (content spans) has the keys span_start, span_end, span_text.
      for (const part of ['start', 'end', 'text'] as const) {
        keys.push({ name: named([...prefix, part], columnName(prefix.length ? prefix : ['span'], part)), path: [...prefix, part], type: part === 'text' ? 'string' : 'integer', nullable: nullableAbove });
      }
      return;
    }
    for (const p of propertiesOf(schema, node)) {
      const r = resolveNode(schema, p.property);
      const path = [...prefix, p.key];
      const nullable = nullableAbove || r.nullable || p.partial;
      if (isSpan(r)) walk(r.node, true, path, nullable);
      else if (isObject(r.node)) walk(r.node, false, path, nullable);
      else {
        const type = leafField('x', r.node, nullable, '', schema, path.join('.')).type;
        const nested = type === 'array' && r.node.items ? itemShape(schema, r.node.items, [...at, ...path], rename, used) : undefined;
        keys.push({ name: named(path, columnName(path)), path, type, nullable, list: type === 'list', ...(nested ? { items: nested } : {}) });
      }
    }
  };
  walk(resolved.node, isSpan(resolved), [], false);
  return { keys };
}

/** An item of an array column, written with the item shape's keys (spans inside flattened). */
export function writeItem(item: unknown, shape: ItemShape | undefined): unknown {
  if (!shape || item === null || typeof item !== 'object') return item;
  return Object.fromEntries(shape.keys.map((k) => {
    const v = valueAt(item, k.path);
    if (k.items && Array.isArray(v)) return [k.name, v.map((x) => writeItem(x, k.items))];
    if ((k.list || k.type === 'array') && v === null && !k.nullable) return [k.name, []];
    return [k.name, v];
  }));
}

export interface DeriveOptions {
  /** Top-level record properties not exported (an article's segments are their own table). */
  omit?: readonly string[];
  /** Record property path (dotted: `end`, `derivedFrom.date` for a key of an array's items) → published name, where the derived name would be unclear or an SQL keyword. */
  rename?: Readonly<Record<string, string>>;
  /** Description overrides, by published column name. */
  describe?: Readonly<Record<string, string>>;
}

/**
 * The columns of a record kind, in schema order.
 *
 * @param schema - corpus.schema.json.
 * @param record - The `$defs` name of the record kind (`Figure`).
 * @param options - Properties to leave out, columns to rename and descriptions to override.
 * @returns One column per leaf property (three per span).
 * @throws Error when the record kind or a renamed or described column does not exist, or a type cannot be mapped.
 */
export function deriveColumns(schema: CorpusJsonSchema, record: string, options: DeriveOptions = {}): Column[] {
  const root = schema.$defs[record];
  if (!root) throw new Error(`corpus.schema.json has no $defs.${record}; record kinds: ${Object.keys(schema.$defs).join(', ')}`);
  const columns: Column[] = [];
  const rename = options.rename ?? {};
  const describe = options.describe ?? {};
  const used = new Set<string>();
  const add = (derived: string, column: Omit<Column, 'field'> & { field: Omit<TableField, 'name'> }) => {
    const dotted = column.path.join('.');
    const name = rename[dotted] ?? derived;
    used.add(dotted);
    const description = describe[name] ?? column.field.description;
    columns.push({ ...column, field: { ...column.field, name, description } as TableField });
  };
  const walk = (node: JsonSchemaNode, holder: string | undefined, prefix: string[], nullableAbove: boolean, descriptions: string[]) => {
    for (const p of propertiesOf(schema, node)) {
      if (prefix.length === 0 && options.omit?.includes(p.key)) continue;
      const r = resolveNode(schema, p.property);
      const path = [...prefix, p.key];
      const nullable = nullableAbove || r.nullable || p.partial;
      const owner = p.def ?? holder;
      if (isSpan(r)) {
        for (const part of ['start', 'end', 'text'] as const) {
          const leaf = r.node.properties?.[part] as JsonSchemaNode;
          const d = [...descriptions, ...(p.property.description ? [p.property.description] : []), ...(leaf.description ? [leaf.description] : [])];
          add(columnName(path, part), {
            path: [...path, part],
            value: (rec) => valueAt(rec, [...path, part]),
            field: leafField('', leaf, nullable, d.join(' — '), schema, `${record}.${path.join('.')}.${part}`),
          });
        }
        continue;
      }
      if (isObject(r.node)) {
        walk(r.node, r.def ?? owner, path, nullable, [...descriptions, ...(p.property.description ? [p.property.description] : [])]);
        continue;
      }
      const leafNode = p.consts.length > 0 ? { ...r.node, enum: p.consts } : r.node;
      const description = [...descriptions, ...((p.property.description ?? r.node.description) ? [(p.property.description ?? r.node.description) as string] : [])].join(' — ');
      const field = leafField('', leafNode, nullable, description, schema, `${record}.${path.join('.')}`);
      const idType = owner ? ID_FIELDS[owner]?.[p.key] : undefined;
      const references = idType && field.type !== 'list' && !(prefix.length === 0 && p.key === 'id') ? TABLE_OF_ID[idType] : undefined;
      const items = field.type === 'array' && r.node.items ? itemShape(schema, r.node.items, path, rename, used) : undefined;
      const emptyWhenNull = (field.type === 'list' || field.type === 'array') && !r.nullable;
      add(columnName(path), {
        path,
        value: (rec) => {
          const v = valueAt(rec, path);
          if (v === null) return emptyWhenNull ? [] : null;
          return items && Array.isArray(v) ? v.map((x) => writeItem(x, items)) : v;
        },
        field,
        ...(items ? { items } : {}),
        ...(references ? { references } : {}),
      });
    }
  };
  walk(resolveNode(schema, root).node, record, [], false, []);
  const unknown = [...Object.keys(rename).filter((k) => !used.has(k)), ...Object.keys(describe).filter((k) => !columns.some((c) => c.field.name === k))];
  if (unknown.length > 0) throw new Error(`${record}: no property ${unknown.map((u) => JSON.stringify(u)).join(', ')} to rename or column to describe; properties: ${columns.map((c) => c.path.join('.')).join(', ')}`);
  return columns;
}
