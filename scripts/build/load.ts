/**
 * Reads data/ into corpus records: parses YAML, validates each file against its source schema,
 * resolves anchors to spans and expands defaults. Problems are collected, never thrown, so that one
 * build run reports all of them.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ArticleRecord, SegmentRecord } from '../../src/schema/article.js';
import type { CitationRecord } from '../../src/schema/citation.js';
import type { ClaimMentionRecord, ClaimRecord } from '../../src/schema/claim.js';
import { ID_PATTERN } from '../../src/schema/common.js';
import type { EntityMentionRecord, EntityRecord } from '../../src/schema/entity.js';
import type { DateMentionRecord, EventRecord } from '../../src/schema/event.js';
import type { ExemptionRecord } from '../../src/schema/exemption.js';
import type { FigureGroupRecord, FigureRecord } from '../../src/schema/figure.js';
import type { OutletRecord } from '../../src/schema/outlet.js';
import type { SourceRecord } from '../../src/schema/source.js';
import type { LabelRecord } from '../../src/schema/label.js';
import type { FramingRecord, TechniqueRecord } from '../../src/schema/technique.js';
import type { EntityRoleRecord } from '../../src/schema/role.js';
import { TECHNIQUE_CATEGORIES } from '../../src/schema/labels.js';
import { resolveAnchor } from './anchors.js';
import {
  type Anchor,
  ARTICLE_LAYER_FILES,
  articleSourceSchema,
  claimSourceSchema,
  entitySourceSchema,
  eventSourceSchema,
  figureGroupSourceSchema,
  lexiconSourceSchema,
  outletSourceSchema,
  sourceRecordSourceSchema,
} from './source-schema.js';

/** A problem in a data file, located for the person who will fix it. */
export interface BuildIssue {
  rule: string;
  /** Path of the data file, relative to the repository root (forward slashes). */
  file: string;
  /** The record within the file: its ID, or a label such as `segments[3]` or `mentions[12] (entity xi-jinping)`. */
  record: string;
  field: string | null;
  message: string;
  fix: string;
}

/** Records before their corpus-wide sorting, with where each came from. */
export interface LoadedData {
  outlets: OutletRecord[];
  entities: EntityRecord[];
  events: EventRecord[];
  claims: ClaimRecord[];
  figureGroups: FigureGroupRecord[];
  articles: ArticleRecord[];
  entityMentions: EntityMentionRecord[];
  dateMentions: DateMentionRecord[];
  figures: FigureRecord[];
  citations: CitationRecord[];
  claimMentions: ClaimMentionRecord[];
  exemptions: ExemptionRecord[];
  sources: SourceRecord[];
  labels: LabelRecord[];
  techniques: TechniqueRecord[];
  entityRoles: EntityRoleRecord[];
  framing: FramingRecord[];
  notNames: Set<string>;
  /** For each record (collection, then ID or mention ID): the file and record label it came from. */
  origins: Map<string, { file: string; record: string }>;
}

/**
 * Largest data file the build reads (YAML or text), in bytes. The largest today is a few tens of
 * KB; the limit keeps a mistaken or hostile file (a log, a dump) from exhausting memory in the parser.
 */
export const MAX_DATA_FILE_BYTES = 1024 * 1024;

// C0 and C1 controls except tab, newline and carriage return, DEL, and the bidirectional controls:
// never meaningful in the texts or the YAML, and able to rewrite what a terminal or CI log shows.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Text safe for a log line: control characters as escapes, cut to `max` characters. */
export const escapeForLog = (text: string, max = 80): string => {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut.replace(new RegExp(CONTROL.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
};

/** A value as JSON for a message: a short, escaped excerpt; YAML aliases can make it circular. */
const showInput = (value: unknown): string => {
  try {
    return escapeForLog(String(JSON.stringify(value)));
  } catch {
    return Array.isArray(value) ? '[a list that contains itself]' : '{a map that contains itself}';
  }
};

/** What is at a path, without following a symbolic link: `missing`, `file`, `directory`, or another kind. */
function kindAt(file: string): 'missing' | 'file' | 'directory' | 'symbolic link' | 'FIFO' | 'socket' | 'device' {
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return 'missing';
  if (stat.isSymbolicLink()) return 'symbolic link';
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'FIFO';
  if (stat.isSocket()) return 'socket';
  return 'device';
}

/**
 * Reads a data file as UTF-8 text, refusing what a data file must not be: a symbolic link (never
 * followed, so a link to a file outside data/ is never read or echoed), a directory, a FIFO or other
 * special file (opened non-blocking, so it cannot hang the build), a file over
 * {@link MAX_DATA_FILE_BYTES}, bytes that are not UTF-8, or control characters. Returns the text,
 * or the problem in words.
 */
export function readDataFile(file: string): { ok: true; text: string; bytes: Buffer } | { ok: false; message: string; fix: string } {
  const kind = kindAt(file);
  if (kind === 'missing') return { ok: false, message: 'file is missing', fix: 'create the file' };
  if (kind !== 'file') {
    return {
      ok: false,
      message: `is a ${kind}, not a regular file`,
      fix: kind === 'symbolic link' ? 'replace the link with the file itself (the build never follows links)' : 'put a regular file here',
    };
  }
  let fd: number;
  try {
    // O_NOFOLLOW and O_NONBLOCK: a file swapped for a link or a FIFO after the check above still fails fast.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, message: `cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})`, fix: 'make it a readable regular file' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, message: 'is not a regular file', fix: 'put a regular file here' };
    if (stat.size > MAX_DATA_FILE_BYTES) {
      return { ok: false, message: `is ${stat.size} bytes, over the limit of ${MAX_DATA_FILE_BYTES} bytes for a data file`, fix: 'split it, or check that it is the file you meant to add' };
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    const data = bytes.subarray(0, read);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      const lossy = Buffer.from(data.toString('utf8'), 'utf8');
      let at = 0;
      while (at < data.length && data[at] === lossy[at]) at++;
      return { ok: false, message: `is not valid UTF-8 (first bad byte at offset ${at})`, fix: 'save the file as UTF-8' };
    }
    const control = CONTROL.exec(text);
    if (control) {
      const before = text.slice(0, control.index);
      const line = before.split('\n').length;
      const column = control.index - before.lastIndexOf('\n');
      return {
        ok: false,
        message: `contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at line ${line}, column ${column}`,
        fix: 'remove it (data files and texts hold printable text, tabs and newlines only)',
      };
    }
    return { ok: true, text, bytes: data };
  } finally {
    closeSync(fd);
  }
}

export const originKey = (collection: string, id: string) => `${collection}\u0000${id}`;

const CONTENT_BY_DEFAULT = new Set(['headline', 'subheading', 'body', 'caption']);

type Span = { start: number; end: number; text: string };

export function loadData(root: string, dataDir = path.join(root, 'data')): { data: LoadedData; issues: BuildIssue[] } {
  const issues: BuildIssue[] = [];
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const origins = new Map<string, { file: string; record: string }>();
  const data: LoadedData = {
    outlets: [], entities: [], events: [], claims: [], figureGroups: [], articles: [],
    entityMentions: [], dateMentions: [], figures: [], citations: [], claimMentions: [], exemptions: [], sources: [], labels: [], techniques: [], entityRoles: [], framing: [],
    notNames: new Set(), origins,
  };

  /** Reads a data file, reporting why it cannot be read (see readDataFile); undefined then. */
  const readFile = (file: string, record: string) => {
    const read = readDataFile(file);
    if (read.ok) return read;
    issues.push({ rule: 'data-file', file: rel(file), record, field: null, message: `${rel(file)} ${read.message}`, fix: read.fix });
    return undefined;
  };

  const readYaml = (file: string, record: string): unknown => {
    const read = readFile(file, record);
    if (!read) return undefined;
    const doc = parseDocument(read.text, { uniqueKeys: true, prettyErrors: false });
    // Warnings are errors: an unresolved tag (`!!js/function`, any custom tag) would otherwise be
    // read as a plain string and pass.
    const problems = [...doc.errors.map((e) => ['error', e] as const), ...doc.warnings.map((w) => ['warning', w] as const)];
    if (problems.length > 0) {
      for (const [kind, error] of problems) {
        const line = error.linePos?.[0];
        issues.push({
          rule: 'yaml-syntax', file: rel(file), record, field: null,
          message: `YAML ${kind}${line ? ` at line ${line.line}, column ${line.col}` : ''}: ${escapeForLog(error.message.split('\n')[0] ?? '', 200)}`,
          fix: kind === 'warning' && /tag/i.test(error.message) ? 'remove the tag: data files use plain YAML values only' : 'correct the YAML syntax (indentation, quoting, duplicate keys)',
        });
      }
      return undefined;
    }
    try {
      return doc.toJS() ?? null;
    } catch (error) {
      // toJS throws on alias bombs ("Excessive alias count"); report it like a syntax error.
      issues.push({
        rule: 'yaml-syntax', file: rel(file), record, field: null,
        message: `YAML error: ${escapeForLog(error instanceof Error ? error.message : String(error), 200)}`,
        fix: 'write the values out instead of using YAML anchors and aliases',
      });
      return undefined;
    }
  };

  /** `layer` names a per-article layer file: its records are the list items or map keys, so problems are located by them. */
  const validate = <S extends z.ZodType>(schema: S, value: unknown, file: string, record: string, layer?: string): z.output<S> | undefined => {
    // undefined is what readYaml returns for a file with YAML errors, which it has already reported.
    if (value === undefined) return undefined;
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const [head, ...rest] = issue.path;
      const byRecord = layer !== undefined && head !== undefined;
      const where = byRecord ? (typeof head === 'number' ? `${layer}[${head}] (article ${record})` : String(head)) : record;
      const field = (byRecord ? rest : issue.path).map(String).join('.') || null;
      const missing = issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined;
      const received = 'input' in issue && issue.input !== undefined ? ` (got ${showInput(issue.input)})` : '';
      let fix = 'make the value match the schema in src/schema/ (see docs/data-model.md)';
      if (issue.code === 'invalid_value' && 'values' in issue) fix = `use one of: ${(issue.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      else if (issue.code === 'unrecognized_keys') fix = `remove or rename the key(s) ${issue.keys.join(', ')} (fields are listed in scripts/build/source-schema.ts)`;
      else if (missing) fix = `add the field${field ? ` ${field}` : ''} (write null when the value is unknown or does not apply, if the field allows it)`;
      else if (issue.code === 'invalid_type' && issue.expected === 'string' && 'input' in issue && typeof issue.input !== 'object') fix = `quote the value (${JSON.stringify(String(issue.input))}) so that YAML reads it as text`;
      else if (issue.code === 'invalid_type') fix = `give a value of type ${issue.expected}`;
      const message = missing ? `required field${field ? ` ${field}` : ''} is missing` : `${issue.message}${received}`;
      issues.push({ rule: 'schema', file: rel(file), record: where, field, message, fix });
    }
    return undefined;
  };

  const checkId = (id: string, file: string, kind: string) => {
    if (ID_PATTERN.test(id)) return true;
    issues.push({
      rule: 'id-form', file: rel(file), record: id, field: null,
      message: `${kind} ID ${JSON.stringify(id)} is not lowercase kebab-case`,
      fix: `rename it to ${JSON.stringify(id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))} (letters a-z, digits, single hyphens)`,
    });
    return false;
  };

  /** A folder of data/: a real directory (a link to one is refused, not followed), or absent. */
  const folder = (dir: string): boolean => {
    const kind = kindAt(dir);
    if (kind === 'missing') return false;
    if (kind === 'directory') return true;
    issues.push({ rule: 'data-file', file: rel(dir), record: path.basename(dir), field: null, message: `${rel(dir)} is a ${kind}, not a folder`, fix: kind === 'symbolic link' ? 'replace the link with the folder itself (the build never follows links)' : 'make it a folder' });
    return false;
  };
  const yamlFiles = (dir: string) =>
    folder(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort() : [];

  const loadRegistry = <S extends z.ZodType, R>(
    folder: string, kind: string, collection: keyof LoadedData, schema: S, make: (id: string, value: z.output<S>) => R,
  ) => {
    const dir = path.join(dataDir, folder);
    for (const name of yamlFiles(dir)) {
      const file = path.join(dir, name);
      const id = name.replace(/\.ya?ml$/, '');
      if (name.endsWith('.yml')) {
        issues.push({ rule: 'file-name', file: rel(file), record: id, field: null, message: `file extension .yml`, fix: `rename it to ${id}.yaml` });
      }
      checkId(id, file, kind);
      const value = validate(schema, readYaml(file, id), file, id);
      if (value === undefined) continue;
      (data[collection] as R[]).push(make(id, value));
      origins.set(originKey(collection, id), { file: rel(file), record: id });
    }
  };

  loadRegistry('outlets', 'Outlet', 'outlets', outletSourceSchema, (id, v) => ({ id, ...v, notes: v.notes ?? null }) as OutletRecord);
  loadRegistry('entities', 'Entity', 'entities', entitySourceSchema, (id, v) => ({
    id, ...v, aliases: v.aliases.map((a) => ({ ...a, note: a.note ?? null })), notes: v.notes ?? null,
  }) as EntityRecord);
  loadRegistry('events', 'Event', 'events', eventSourceSchema, (id, v) => ({ id, ...v, notes: v.notes ?? null }) as EventRecord);
  loadRegistry('claims', 'Claim', 'claims', claimSourceSchema, (id, v) => ({ id, ...v, notes: v.notes ?? null }) as ClaimRecord);
  loadRegistry('figure-groups', 'Figure group', 'figureGroups', figureGroupSourceSchema, (id, v) => ({ id, ...v }) as FigureGroupRecord);
  loadRegistry('sources', 'Source', 'sources', sourceRecordSourceSchema, (id, v) => ({ id, ...v, notes: v.notes ?? null }) as SourceRecord);

  const lexiconFile = path.join(dataDir, 'lexicon', 'not-names.yaml');
  if (folder(path.dirname(lexiconFile)) && kindAt(lexiconFile) !== 'missing') {
    const lexicon = validate(lexiconSourceSchema, readYaml(lexiconFile, 'notNames'), lexiconFile, 'notNames');
    if (lexicon) for (const words of Object.values(lexicon.notNames)) for (const w of words) data.notNames.add(w);
  }

  const articlesDir = path.join(dataDir, 'articles');
  const articleIds = folder(articlesDir) ? readdirSync(articlesDir).filter((f) => folder(path.join(articlesDir, f))).sort() : [];
  for (const articleId of articleIds) loadArticle(articleId);

  function loadArticle(articleId: string) {
    const dir = path.join(articlesDir, articleId);
    const textFile = path.join(dir, 'text.txt');
    const articleFile = path.join(dir, 'article.yaml');
    checkId(articleId, dir, 'Article');
    if (kindAt(textFile) === 'missing') {
      issues.push({ rule: 'article-files', file: rel(dir), record: articleId, field: null, message: 'text.txt is missing', fix: 'put the captured text, byte for byte, in text.txt' });
      return;
    }
    if (kindAt(articleFile) === 'missing') {
      issues.push({ rule: 'article-files', file: rel(dir), record: articleId, field: null, message: 'article.yaml is missing', fix: 'write article.yaml with the provenance and segments' });
      return;
    }
    const textRead = readFile(textFile, articleId);
    if (!textRead) return;
    const text = textRead.text;
    const source = validate(articleSourceSchema, readYaml(articleFile, articleId), articleFile, articleId);
    if (!source) return;

    const resolve = (anchor: Anchor, file: string, record: string, field: string): Span | undefined => {
      const result = resolveAnchor(text, anchor);
      if (!result.ok) {
        issues.push({ rule: 'anchor', file: rel(file), record, field, message: result.message, fix: result.fix });
        return undefined;
      }
      return { ...result.span, text: text.slice(result.span.start, result.span.end) };
    };

    // Segments: whitespace between declared segments becomes a separator; any other gap or overlap
    // is left in place for the segment rule to report with both neighbours named.
    const declared: SegmentRecord[] = [];
    source.segments.forEach((segment, i) => {
      const span = resolve(segment.at, articleFile, `segments[${i}] (${segment.kind})`, 'at');
      if (!span) return;
      // Where a publisher republished the text, who put each segment there is a judgement the
      // annotator records; without a publisher, the author put everything there.
      let origin = segment.origin ?? null;
      if (origin === null && source.publisher === null) origin = 'author';
      if (origin === null) {
        issues.push({
          rule: 'segment-origin', file: rel(articleFile), record: `segments[${i}] (${segment.kind})`, field: 'origin',
          message: `the article has a publisher (${source.publisher}) but the segment does not say who put it there`,
          fix: 'add origin: author (the outlet that wrote the content) or origin: publisher (the republishing site)',
        });
        origin = 'author';
      }
      declared.push({ kind: segment.kind, span, content: segment.content ?? CONTENT_BY_DEFAULT.has(segment.kind), origin, note: segment.note ?? null });
    });
    const segments: SegmentRecord[] = [];
    let cursor = 0;
    for (const segment of declared) {
      const gap = text.slice(cursor, segment.span.start);
      if (segment.span.start > cursor && gap.trim() === '') {
        segments.push({ kind: 'separator', span: { start: cursor, end: segment.span.start, text: gap }, content: false, origin: null, note: null });
      }
      segments.push(segment);
      cursor = Math.max(cursor, segment.span.end);
    }
    const tail = text.slice(cursor);
    if (cursor < text.length && tail.trim() === '') {
      segments.push({ kind: 'separator', span: { start: cursor, end: text.length, text: tail }, content: false, origin: null, note: null });
    }

    const { segments: _segments, sha256: declaredSha, notes, published, translatedFrom, derivedFrom, ...rest } = source;
    void _segments;
    data.articles.push({
      id: articleId,
      ...rest,
      published: { ...published, note: published.note ?? null },
      translatedFrom: translatedFrom ? { ...translatedFrom, note: translatedFrom.note ?? null } : null,
      derivedFrom: derivedFrom.map(({ at: anchors, ...d }, i) => {
        const spans = anchors?.map((a, j) => resolve(a, articleFile, `derivedFrom[${i}]`, `at.${j}`));
        return { ...d, spans: spans && spans.every((x) => x !== undefined) ? (spans as Span[]) : null, note: d.note ?? null };
      }),
      text,
      // The declared hash is kept so that the text-hash rule can compare it with the text's.
      sha256: declaredSha,
      segments,
      notes: notes ?? null,
    });
    origins.set(originKey('articles', articleId), { file: rel(articleFile), record: articleId });
    // A text whose hash differs from the declared one is reported by the text-hash rule.

    // The technique review records "none found" explicitly: an article with no technique spans has
    // `[]` in techniques.yaml, so a missing or empty file is a gap, not an empty layer.
    const REQUIRED_LAYERS: readonly string[] = ['techniques.yaml', 'roles.yaml', 'framing.yaml'];
    // How each required layer records "none found".
    const EMPTY_LAYER: Readonly<Record<string, string>> = {
      'techniques.yaml': 'an article with none writes []',
      'roles.yaml': 'an article that casts no entity writes roles: [] and lists every mentioned entity under uncast with the reason',
      'framing.yaml': 'every article has a genre, a genreNote, its frames and techniquesReviewed: all-content-segments',
    };
    const layer = <K extends keyof typeof ARTICLE_LAYER_FILES>(name: K): z.output<(typeof ARTICLE_LAYER_FILES)[K]> | undefined => {
      const file = path.join(dir, name);
      const required = REQUIRED_LAYERS.includes(name);
      if (kindAt(file) === 'missing') {
        if (required) issues.push({ rule: 'article-files', file: rel(file), record: articleId, field: null, message: `${name} is missing`, fix: `write ${name}; ${EMPTY_LAYER[name] ?? 'see docs/annotation-guide.md'}` });
        return undefined;
      }
      const raw = readYaml(file, articleId);
      if (raw === null) {
        if (required) issues.push({ rule: 'article-files', file: rel(file), record: articleId, field: null, message: `${name} is empty`, fix: `${EMPTY_LAYER[name] ?? 'write the layer'}, so that "none found" is recorded` });
        return undefined;
      }
      return validate(ARTICLE_LAYER_FILES[name], raw, file, articleId, name.replace('.yaml', '')) as z.output<(typeof ARTICLE_LAYER_FILES)[K]> | undefined;
    };
    const layerFile = (name: string) => path.join(dir, name);

    layer('mentions.yaml')?.forEach((m, i) => {
      const label = `mentions[${i}] (entity ${m.entity})`;
      const span = resolve(m.at, layerFile('mentions.yaml'), label, 'at');
      if (!span) return;
      const id = `${articleId}@${span.start}-${span.end}/${m.entity}`;
      data.entityMentions.push({ id, article: articleId, entity: m.entity, span, form: m.form, sources: m.sources, note: m.note ?? null });
      origins.set(originKey('entityMentions', id), { file: rel(layerFile('mentions.yaml')), record: label });
    });

    layer('dates.yaml')?.forEach((d, i) => {
      const label = `dates[${i}] (${d.date})`;
      const span = resolve(d.at, layerFile('dates.yaml'), label, 'at');
      if (!span) return;
      const id = `${articleId}@${span.start}-${span.end}`;
      data.dateMentions.push({ id, article: articleId, span, date: d.date, end: d.end ?? null, basis: d.basis, sources: d.sources, event: d.event ?? null, note: d.note ?? null });
      origins.set(originKey('dateMentions', id), { file: rel(layerFile('dates.yaml')), record: label });
    });

    const figures = layer('figures.yaml');
    for (const [id, f] of Object.entries(figures ?? {})) {
      const file = layerFile('figures.yaml');
      checkId(id, file, 'Figure');
      const span = resolve(f.at, file, id, 'at');
      const alternateSpan = f.alternate ? resolve(f.alternate.at, file, id, 'alternate.at') : undefined;
      if (!span || (f.alternate && !alternateSpan)) continue;
      data.figures.push({
        id, article: articleId, span, measure: f.measure, counted: f.counted, value: f.value, low: f.low, high: f.high,
        qualifier: f.qualifier, unit: f.unit,
        alternate: f.alternate && alternateSpan ? { value: f.alternate.value, unit: f.alternate.unit, span: alternateSpan } : null,
        asOf: f.asOf ?? null, asOfBasis: f.asOfBasis ?? null, asOfSources: f.asOfSources, place: f.place ?? null,
        source: f.source === 'outlet' ? { kind: 'outlet' } : 'entity' in f.source ? { kind: 'entity', entity: f.source.entity } : { kind: 'citation', citation: f.source.citation },
        event: f.event ?? null, group: f.group ?? null, note: f.note ?? null,
      });
      origins.set(originKey('figures', id), { file: rel(file), record: id });
    }

    const citations = layer('citations.yaml');
    for (const [id, c] of Object.entries(citations ?? {})) {
      const file = layerFile('citations.yaml');
      checkId(id, file, 'Citation');
      const speakerSpan = c.speakerAt ? resolve(c.speakerAt, file, id, 'speakerAt') : null;
      const cueSpan = c.cue ? resolve(c.cue.at, file, id, 'cue.at') : null;
      const content = c.content.map((a, i) => resolve(a, file, id, `content.${i}`));
      const relay = c.relay.map((r, i) => ({ entity: r.entity, span: r.at ? resolve(r.at, file, id, `relay.${i}.at`) ?? null : null, note: r.note ?? null }));
      if (speakerSpan === undefined || cueSpan === undefined || content.some((s) => s === undefined)) continue;
      data.citations.push({
        id, article: articleId, speaker: c.speaker, speakerSpan,
        cue: c.cue && cueSpan ? { verb: c.cue.verb, span: cueSpan } : null,
        content: content as Span[], mode: c.mode, channel: c.channel, channelBasis: c.channelBasis ?? null, event: c.event ?? null,
        said: c.said ? { ...c.said, note: c.said.note ?? null } : null, addressee: c.addressee ?? null, sources: c.sources,
        relay, claims: c.claims, note: c.note ?? null,
      });
      origins.set(originKey('citations', id), { file: rel(file), record: id });
    }

    layer('claims.yaml')?.forEach((m, i) => {
      const label = `claims[${i}] (claim ${m.claim})`;
      const span = resolve(m.at, layerFile('claims.yaml'), label, 'at');
      if (!span) return;
      const id = `${articleId}@${span.start}-${span.end}/${m.claim}`;
      data.claimMentions.push({ id, claim: m.claim, article: articleId, span, voice: m.voice, citation: m.citation ?? null, stance: m.stance, assertion: m.assertion, note: m.note ?? null });
      origins.set(originKey('claimMentions', id), { file: rel(layerFile('claims.yaml')), record: label });
    });

    layer('labels.yaml')?.forEach((l, i) => {
      const label = `labels[${i}] (${l.label})`;
      const span = resolve(l.at, layerFile('labels.yaml'), label, 'at');
      if (!span) return;
      const id = `${articleId}@${span.start}-${span.end}`;
      const target = 'event' in l.target ? { kind: 'event' as const, event: l.target.event } : { kind: 'entity' as const, entity: l.target.entity };
      data.labels.push({ id, article: articleId, span, head: l.head, category: l.category, label: l.label, target, voice: l.voice, citation: l.citation ?? null, scareQuoted: l.scareQuoted, note: l.note ?? null });
      origins.set(originKey('labels', id), { file: rel(layerFile('labels.yaml')), record: label });
    });

    layer('techniques.yaml')?.forEach((t, i) => {
      const label = `techniques[${i}] (${t.technique})`;
      const span = resolve(t.at, layerFile('techniques.yaml'), label, 'at');
      if (!span) return;
      const id = `${articleId}@${span.start}-${span.end}/${t.technique}`;
      const category = Object.entries(TECHNIQUE_CATEGORIES).find(([, ids]) => (ids as readonly string[]).includes(t.technique))![0];
      data.techniques.push({ id, article: articleId, span, technique: t.technique, category, voice: t.voice, citation: t.citation ?? null, note: t.note });
      origins.set(originKey('techniques', id), { file: rel(layerFile('techniques.yaml')), record: label });
    });

    const roles = layer('roles.yaml');
    roles?.roles.forEach((r, i) => {
      const label = `roles[${i}] (${r.entity} ${r.main})`;
      const span = resolve(r.at, layerFile('roles.yaml'), label, 'at');
      if (!span) return;
      const id = `${articleId}@${span.start}-${span.end}/${r.entity}/${r.main}`;
      data.entityRoles.push({ id, article: articleId, entity: r.entity, span, main: r.main, fine: r.fine, voice: r.voice, citation: r.citation ?? null, note: r.note });
      origins.set(originKey('entityRoles', id), { file: rel(layerFile('roles.yaml')), record: label });
    });

    const framing = layer('framing.yaml');
    if (framing) {
      const file = layerFile('framing.yaml');
      const frames = framing.frames.map((f, i) => ({ frame: f.frame, spans: f.at.map((a, j) => resolve(a, file, `frames[${i}] (${f.frame})`, `at.${j}`)), note: f.note ?? null }));
      if (frames.every((f) => f.spans.every((s) => s !== undefined))) {
        data.framing.push({ article: articleId, genre: framing.genre, genreNote: framing.genreNote, frames: frames as FramingRecord['frames'], techniquesReviewed: framing.techniquesReviewed, uncast: roles?.uncast ?? [], note: framing.note ?? null });
        origins.set(originKey('framing', articleId), { file: rel(file), record: articleId });
      }
    }

    layer('exemptions.yaml')?.forEach((e, i) => {
      const label = `exemptions[${i}] (${e.layer})`;
      const span = resolve(e.at, layerFile('exemptions.yaml'), label, 'at');
      if (!span) return;
      data.exemptions.push({ article: articleId, layer: e.layer, span, reason: e.reason });
      origins.set(originKey('exemptions', `${articleId}@${span.start}-${span.end}/${e.layer}`), { file: rel(layerFile('exemptions.yaml')), record: label });
    });
  }

  return { data, issues };
}
