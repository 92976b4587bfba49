#!/usr/bin/env node
/**
 * The `qantar-corpus` command: the corpus and its query helpers from a terminal.
 *
 *   qantar-corpus summary
 *   qantar-corpus articles [--outlet <id>] [--role author|publisher|either]
 *   qantar-corpus outlets
 *   qantar-corpus figures [--article --outlet --measure --group --source --event]
 *   qantar-corpus citations [--article --outlet --speaker --mode --channel --event]
 *   qantar-corpus claims [--about <entity> [--stance --voice --outlet --article]]
 *   qantar-corpus search <text>
 *
 * Every command prints an aligned table fitted to the terminal width (--width overrides it), or
 * --json (the records themselves) or --csv (the table's columns, untruncated). Exit status (also in
 * --help): 0 success, 1 internal error, 2 usage error or unknown ID or value (the library's message,
 * with the closest IDs), 3 the output could not be written (a closed pipe or stdout, a full disk).
 * No input prints a stack trace. Control characters are escaped when a terminal is written to.
 */
import { CHANNELS, CITATION_MODES, MEASURES } from './schema/labels.js';
import { fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { parseArgs } from 'node:util';
import { closestIds } from './internal/edit-distance.js';
import { byOutlet, citations, claimsAbout, corpus, CORPUS_VERSION, figures, QantarCorpusError, SCHEMA_VERSION, spanContext } from './index.js';
import type { ArticleId, EntityId, EventId, FigureGroupId, OutletId } from './generated/ids.js';
import type { Article, Citation, Figure } from './generated/types.js';
import { scoreCommand } from './score/cli.js';

const { outlets, articles, entities, claims, claimMentions, events, figureGroups, citations: allCitations } = corpus;

type Row = Record<string, string>;
interface Output {
  /** Column names, in order. */
  columns: string[];
  rows: Row[];
  /** What --json prints. */
  json: unknown;
}

type OptionSpec = { type: 'string' | 'boolean'; short?: string };

interface Command {
  summary: string;
  usage: string;
  options: Record<string, OptionSpec & { help: string }>;
  positionals?: number;
  run: (values: Record<string, string | boolean | undefined>, positionals: string[]) => Output;
}

const GLOBAL: Record<string, OptionSpec & { help: string }> = {
  json: { type: 'boolean', help: 'print the records as JSON' },
  csv: { type: 'boolean', help: 'print the table as CSV (cells not truncated)' },
  width: { type: 'string', help: 'fit the table to this many columns (default: the terminal width)' },
  help: { type: 'boolean', short: 'h', help: 'show help' },
};

class UsageError extends Error {}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ⏎ ');
const nul = (v: string | number | null | undefined) => (v === null || v === undefined ? '-' : String(v));


function articleRow(a: Article): Row {
  return { id: a.id, date: a.published.date, outlet: a.outlet, publisher: nul(a.publisher), genre: a.genre, title: a.title ?? '-' };
}

function figureRow(f: Figure): Row {
  const value = f.value !== null ? String(f.value) : f.low !== null || f.high !== null ? `${nul(f.low)}–${nul(f.high)}` : '-';
  const source = f.source.kind === 'outlet' ? 'outlet' : f.source.kind === 'entity' ? f.source.entity : `citation ${f.source.citation}`;
  return { id: f.id, article: f.article, measure: f.measure, qualifier: f.qualifier, value, unit: f.unit, asOf: nul(f.asOf), source, text: f.span.text };
}

function citationRow(c: Citation): Row {
  return { id: c.id, article: c.article, speaker: nul(c.speaker), mode: c.mode, channel: nul(c.channel), cue: c.cue?.verb ?? '-', content: c.content.map((s) => s.text).join(' … ') };
}

/** Longest search text: longer than any sentence of the corpus, short enough that matching stays cheap. */
const MAX_SEARCH = 1_000;

const COMMANDS: Record<string, Command> = {
  summary: {
    summary: 'versions and the number of records of each kind',
    usage: 'qantar-corpus summary',
    options: {},
    run: () => {
      const counts: [string, number][] = [
        ['outlets', outlets.length], ['articles', articles.length], ['entities', entities.length], ['events', events.length],
        ['claims', claims.length], ['claim mentions', claimMentions.length], ['figures', corpus.figures.length],
        ['figure groups', figureGroups.length], ['citations', allCitations.length], ['entity mentions', corpus.entityMentions.length],
        ['date mentions', corpus.dateMentions.length], ['exemptions', corpus.exemptions.length],
      ];
      const rows: Row[] = [{ record: 'corpus version', count: CORPUS_VERSION }, { record: 'schema version', count: SCHEMA_VERSION }, ...counts.map(([record, n]) => ({ record, count: String(n) }))];
      return { columns: ['record', 'count'], rows, json: { corpusVersion: CORPUS_VERSION, schemaVersion: SCHEMA_VERSION, counts: Object.fromEntries(counts) } };
    },
  },
  articles: {
    summary: 'the articles, oldest first (byOutlet); --json gives the records without their text and segments',
    usage: 'qantar-corpus articles [--outlet <outlet-id>] [--role author|publisher|either]',
    options: {
      outlet: { type: 'string', help: 'only articles this outlet (or one of its services) authored' },
      role: { type: 'string', help: 'with --outlet: author (default), publisher (the site it was captured from) or either' },
    },
    run: (v) => {
      if (v.role !== undefined && v.outlet === undefined) throw new UsageError('--role needs --outlet');
      const list = v.outlet !== undefined ? byOutlet(v.outlet as OutletId, v.role !== undefined ? { role: v.role as 'author' } : undefined) : articles;
      return { columns: ['id', 'date', 'outlet', 'publisher', 'genre', 'title'], rows: list.map(articleRow), json: list.map(({ text: _text, segments: _segments, ...rest }) => rest) };
    },
  },
  outlets: {
    summary: 'the outlets, with kind, country and state affiliation',
    usage: 'qantar-corpus outlets',
    options: {},
    run: () => ({
      columns: ['id', 'name', 'kind', 'country', 'state tie', 'parent'],
      rows: outlets.map((o) => ({
        id: o.id, name: o.name, kind: o.kind, country: nul(o.country),
        'state tie': o.stateAffiliation.status === 'none' ? 'none' : `${nul(o.stateAffiliation.state)} ${nul(o.stateAffiliation.tie)}`, parent: nul(o.parent),
      })),
      json: outlets,
    }),
  },
  figures: {
    summary: 'numbers and counted quantities (figures)',
    usage: 'qantar-corpus figures [--article <id>] [--outlet <id>] [--measure <measure>] [--group <id>] [--source <entity-id>|outlet] [--event <id>]',
    options: {
      article: { type: 'string', help: 'article ID' },
      outlet: { type: 'string', help: 'figures in articles this outlet authored' },
      measure: { type: 'string', help: MEASURES.join(', ') },
      group: { type: 'string', help: 'figure group ID, e.g. qantar-arrests' },
      source: { type: 'string', help: '"outlet" (the outlet\'s own voice) or the entity the figure is attributed to' },
      event: { type: 'string', help: 'event ID' },
    },
    run: (v) => {
      const list = figures({
        article: str(v.article) as ArticleId | undefined, outlet: str(v.outlet) as OutletId | undefined, measure: str(v.measure) as Figure['measure'] | undefined,
        group: str(v.group) as FigureGroupId | undefined, source: str(v.source) as EntityId | undefined, event: str(v.event) as EventId | undefined,
      });
      return { columns: ['id', 'article', 'measure', 'qualifier', 'value', 'unit', 'asOf', 'source', 'text'], rows: list.map(figureRow), json: list };
    },
  },
  citations: {
    summary: 'who said what, where and how (citations)',
    usage: 'qantar-corpus citations [--article <id>] [--outlet <id>] [--speaker <entity-id>] [--mode <mode>] [--channel <channel>] [--event <id>]',
    options: {
      article: { type: 'string', help: 'article ID' },
      outlet: { type: 'string', help: 'citations in articles this outlet authored' },
      speaker: { type: 'string', help: 'entity ID of the speaker, e.g. xi-jinping' },
      mode: { type: 'string', help: CITATION_MODES.join(', ') },
      channel: { type: 'string', help: CHANNELS.join(', ') },
      event: { type: 'string', help: 'event ID' },
    },
    run: (v) => {
      const list = citations({
        article: str(v.article) as ArticleId | undefined, outlet: str(v.outlet) as OutletId | undefined, speaker: str(v.speaker) as EntityId | undefined,
        mode: str(v.mode) as Citation['mode'] | undefined, channel: str(v.channel) as NonNullable<Citation['channel']> | undefined, event: str(v.event) as EventId | undefined,
      });
      return { columns: ['id', 'article', 'speaker', 'mode', 'channel', 'cue', 'content'], rows: list.map(citationRow), json: list };
    },
  },
  claims: {
    summary: 'claims; with --about, the claims about an entity and each mention\'s voice and stance (claimsAbout)',
    usage: 'qantar-corpus claims [--about <entity-id> [--stance <stance>] [--voice authorial|attributed] [--outlet <id>] [--article <id>]]',
    options: {
      about: { type: 'string', help: 'entity ID the claims are about, e.g. color-revolution' },
      stance: { type: 'string', help: 'with --about: asserts, endorses, reports, questions or disputes' },
      voice: { type: 'string', help: 'with --about: authorial or attributed' },
      outlet: { type: 'string', help: 'with --about: only mentions in articles this outlet authored' },
      article: { type: 'string', help: 'with --about: only mentions in this article' },
    },
    run: (v) => {
      if (v.about === undefined) {
        const extra = ['stance', 'voice', 'outlet', 'article'].filter((k) => v[k] !== undefined);
        if (extra.length > 0) throw new UsageError(`--${extra[0]} filters the mentions of claims about an entity: give --about <entity-id> too`);
        const counts = new Map<string, number>();
        for (const m of claimMentions) counts.set(m.claim, (counts.get(m.claim) ?? 0) + 1);
        return {
          columns: ['id', 'mentions', 'subjects', 'proposition'],
          rows: claims.map((c) => ({ id: c.id, mentions: String(counts.get(c.id) ?? 0), subjects: c.subjects.join(', '), proposition: c.proposition })),
          json: claims,
        };
      }
      const options = Object.fromEntries(['stance', 'voice', 'outlet', 'article'].filter((k) => v[k] !== undefined).map((k) => [k, v[k]]));
      const found = claimsAbout(v.about as EntityId, Object.keys(options).length > 0 ? options : undefined);
      const rows: Row[] = found.flatMap(({ claim, mentions }) =>
        mentions.length === 0
          ? [{ claim: claim.id, article: '-', voice: '-', stance: '-', text: claim.proposition }]
          : mentions.map((m) => ({ claim: claim.id, article: m.article, voice: m.voice, stance: m.stance, text: m.span.text })),
      );
      return { columns: ['claim', 'article', 'voice', 'stance', 'text'], rows, json: found };
    },
  },
  search: {
    summary: 'find text in the articles, and in entity names, claims and outlets (case-insensitive)',
    usage: 'qantar-corpus search <text>',
    options: {},
    positionals: 1,
    run: (_v, positionals) => {
      const query = positionals.join(' ').trim();
      if (query === '') throw new UsageError('search needs the text to find, e.g. qantar-corpus search "color revolution"');
      if (query.length > MAX_SEARCH) throw new UsageError(`the search text has ${query.length} characters; give at most ${MAX_SEARCH}`);
      const needle = query.toLowerCase();
      const rows: Row[] = [];
      const json: unknown[] = [];
      const has = (s: string | null) => s !== null && s.toLowerCase().includes(needle);
      for (const o of outlets) if (has(o.name) || o.aliases.some(has)) {
        rows.push({ kind: 'outlet', id: o.id, where: '-', match: o.name });
        json.push({ kind: 'outlet', id: o.id, name: o.name });
      }
      for (const e of entities) if (has(e.name) || e.aliases.some((a) => has(a.name))) {
        rows.push({ kind: 'entity', id: e.id, where: '-', match: `${e.name}${e.aliases.length > 0 ? ` (${e.aliases.map((a) => a.name).join(', ')})` : ''}` });
        json.push({ kind: 'entity', id: e.id, name: e.name });
      }
      for (const c of claims) if (has(c.proposition) || c.keywords.some(has)) {
        rows.push({ kind: 'claim', id: c.id, where: '-', match: c.proposition });
        json.push({ kind: 'claim', id: c.id, proposition: c.proposition });
      }
      for (const a of articles) {
        // A case-insensitive regular expression rather than toLowerCase(), which can change lengths and so offsets.
        const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
        for (const match of a.text.matchAll(pattern)) {
          const span = { start: match.index, end: match.index + match[0].length };
          const context = spanContext(a.id, span, { chars: 40 });
          rows.push({ kind: 'text', id: a.id, where: `${span.start}-${span.end}`, match: context.display });
          json.push({ kind: 'text', article: a.id, start: span.start, end: span.end, text: a.text.slice(span.start, span.end), context: context.display });
        }
      }
      return { columns: ['kind', 'id', 'where', 'match'], rows, json };
    },
  },
  score: scoreCommand,
};

const length = (s: string) => [...s].length;
/** Columns of free text, narrowed before the ID and label columns. */
const FREE_TEXT = new Set(['title', 'text', 'content', 'proposition', 'match', 'name', 'subjects']);
const cut = (s: string, width: number) => (length(s) <= width ? s : width <= 1 ? '…'.slice(0, width) : `${[...s].slice(0, width - 1).join('')}…`);

/** An aligned table; columns are narrowed, widest first, until the table fits `width`. */
function table(columns: string[], rows: Row[], width: number): string {
  const cells = rows.map((r) => columns.map((c) => oneLine(r[c] ?? '')));
  const widths = columns.map((c, i) => Math.max(length(c), ...cells.map((row) => length(row[i] as string))));
  const gap = 2;
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  // Free text (titles, quotes, propositions) gives way first, down to 32 characters; then every
  // column, widest first, down to its header (at least 4 and at most 12 characters).
  const phases = [
    columns.map((c) => (FREE_TEXT.has(c) ? Math.max(length(c), 32) : Number.POSITIVE_INFINITY)),
    columns.map((c) => Math.min(Math.max(length(c), 4), 12)),
  ];
  for (const floor of phases) {
    while (total() > width) {
      let widest = -1;
      for (const [i, w] of widths.entries()) if (w > (floor[i] as number) && (widest === -1 || w > (widths[widest] as number))) widest = i;
      if (widest === -1) break;
      widths[widest] = (widths[widest] as number) - 1;
    }
  }
  const line = (row: string[]) => row.map((cell, i) => (i === row.length - 1 ? cut(cell, widths[i] as number) : cut(cell, widths[i] as number).padEnd(widths[i] as number))).join(' '.repeat(gap)).trimEnd();
  return [line(columns), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** Exit statuses, the same for every command. */
const EXIT = { ok: 0, internal: 1, usage: 2, output: 3 } as const;
const EXIT_HELP = [
  'Exit status:',
  `  ${EXIT.ok}  success (also when no records match)`,
  `  ${EXIT.internal}  internal error (a bug: please report it)`,
  `  ${EXIT.usage}  usage error, or an unknown ID or value (the message names the closest valid ones)`,
  `  ${EXIT.output}  the output could not be written (closed pipe or stdout, full disk)`,
];

function helpText(name?: string): string {
  const globals = Object.entries(GLOBAL).map(([k, o]) => `  --${k}${o.type === 'string' ? ' <n>' : ''}`.padEnd(26) + o.help);
  if (name === undefined) {
    return [
      `qantar-corpus ${CORPUS_VERSION}: the Qantar corpus of news coverage from the command line.`,
      '',
      'Usage: qantar-corpus <command> [options]',
      '',
      'Commands:',
      ...Object.entries(COMMANDS).map(([k, c]) => `  ${k.padEnd(11)}${c.summary}`),
      '',
      'Options of every command:',
      ...globals,
      '',
      'Run qantar-corpus <command> --help for the options of a command.',
      '',
      ...EXIT_HELP,
    ].join('\n');
  }
  const c = COMMANDS[name] as Command;
  const own = Object.entries(c.options).map(([k, o]) => `  --${k}${o.type === 'string' ? ' <value>' : ''}`.padEnd(26) + o.help);
  return [`Usage: ${c.usage}`, '', `${c.summary[0]?.toUpperCase()}${c.summary.slice(1)}.`, ...(own.length > 0 ? ['', 'Options:', ...own] : []), '', 'Output:', ...globals, '', ...EXIT_HELP].join('\n');
}

/** Runs the command line; returns the exit status. Output goes through the given writers. */
function main(argv: string[], out: (s: string) => void, err: (s: string) => void, columns: number | undefined): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0];
    if (topic !== undefined && !Object.hasOwn(COMMANDS, topic)) {
      err(`qantar-corpus help: unknown command ${JSON.stringify(topic.slice(0, 80))}; commands: ${Object.keys(COMMANDS).join(', ')}.`);
      return EXIT.usage;
    }
    out(helpText(topic));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    out(CORPUS_VERSION);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const close = closestIds(name, Object.keys(COMMANDS));
    err(`qantar-corpus: unknown command ${JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name)}; ${close.length > 0 ? `did you mean: ${close.join(', ')}? ` : ''}Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: Object.fromEntries(Object.entries({ ...GLOBAL, ...command.options }).map(([k, o]) => [k, { type: o.type, ...(o.short ? { short: o.short } : {}) }])),
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      out(helpText(name));
      return 0;
    }
    if (positionals.length > 0 && !command.positionals) throw new UsageError(`${name} takes no arguments, got ${JSON.stringify(positionals[0])}`);
    if (values.json && values.csv) throw new UsageError('give --json or --csv, not both');
    let width = columns ?? Number.POSITIVE_INFINITY;
    if (typeof values.width === 'string') {
      width = Number(values.width);
      if (!Number.isInteger(width) || width < 20) throw new UsageError(`--width must be a whole number of columns, 20 or more, got ${JSON.stringify(values.width)}`);
    }
    const result = command.run(values as Record<string, string | boolean | undefined>, positionals);
    if (values.json) out(JSON.stringify(result.json, null, 2));
    else if (values.csv) out([result.columns, ...result.rows.map((r) => result.columns.map((c) => r[c] ?? ''))].map((row) => row.map(csvCell).join(',')).join('\n'));
    else if (result.rows.length === 0) err('No records match.');
    else out(table(result.columns, result.rows, width));
    return 0;
  } catch (error) {
    if (error instanceof QantarCorpusError) {
      err(`qantar-corpus: ${error.message}`);
      if (error.suggestions.length > 0) err(`Did you mean: ${error.suggestions.join(', ')}?`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || (error instanceof TypeError && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      err(`qantar-corpus ${name}: ${error.message}\nRun qantar-corpus ${name} --help for its options.`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** A write to stdout or stderr that failed: reported with its system error code. */
class OutputError extends Error {
  constructor(readonly errno: string) {
    super(errno);
  }
}

const WHY: Record<string, string> = { EPIPE: 'the reader closed the pipe', ENOSPC: 'no space left on the device', EBADF: 'stdout is closed', EIO: 'input/output error' };

// C0 and C1 controls (except newline and tab), DEL, and the Unicode bidirectional controls, which
// can rewrite what a terminal shows (colours, cursor moves, titles, reordered text).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Text safe to show on a terminal: each control character as its escape (`\x1b`, `\u202e`). */
const escapeControls = (s: string) =>
  s.replace(CONTROL, (c) => { const code = c.charCodeAt(0); return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`; });

/**
 * Writes all of `text` to a file descriptor synchronously, so that a failure is known before the
 * exit status is: EAGAIN (a non-blocking pipe that is full) waits and retries; any other error
 * becomes an {@link OutputError}.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(isatty(fd) ? escapeControls(text) : text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      const code = String((error as NodeJS.ErrnoException).code ?? 'EIO');
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw new OutputError(code);
    }
  }
}

/** Runs the command line as a process: every outcome is an exit status, none a stack trace. */
function run(argv: string[]): number {
  const err = (s: string) => {
    try {
      writeAll(2, `${s}\n`);
    } catch {
      // stderr is gone too: the exit status is all that is left to report with.
    }
  };
  try {
    // Where a closed stdout reaches us as such (Node reopens descriptors 0-2 on /dev/null at
    // start-up on Linux and macOS, so there it looks like `> /dev/null`), say so instead of writing nowhere.
    fstatSync(1);
  } catch {
    err('qantar-corpus: cannot write the output: stdout is closed (EBADF)');
    return EXIT.output;
  }
  const columns = isatty(1) ? process.stdout.columns : Number(process.env.COLUMNS) || undefined;
  try {
    return main(argv, (s) => writeAll(1, `${s}\n`), err, columns);
  } catch (error) {
    if (error instanceof OutputError) {
      err(`qantar-corpus: cannot write the output: ${WHY[error.errno] ?? 'write error'} (${error.errno})`);
      return EXIT.output;
    }
    const message = error instanceof Error ? error.message : 'an unknown error';
    err(`qantar-corpus: internal error: ${message.length > 300 ? `${message.slice(0, 300)}…` : message}\nThis is a bug in qantar-corpus ${CORPUS_VERSION}; please report it with the command you ran.`);
    return EXIT.internal;
  }
}

process.exitCode = run(process.argv.slice(2));
