import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/generated/types.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'dist/cli.js');
// Expectations are computed from the corpus JSON directly, not through the library: the copy in
// dist/, which is the data the built bin loads.
let corpus: Corpus;

beforeAll(() => {
  if (!existsSync(bin)) execFileSync(process.execPath, [path.join(root, 'node_modules/tsup/dist/cli-default.js')], { cwd: root, stdio: 'ignore' });
  corpus = JSON.parse(readFileSync(path.join(root, 'dist/corpus.json'), 'utf8')) as Corpus;
}, 300_000);

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, COLUMNS: '', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A CSV reader for the test (RFC 4180). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += ch;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

const width = (line: string) => [...line].length;

describe('qantar-corpus (built bin)', () => {
  it('starts with a shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('summary prints the versions and the record counts', () => {
    const r = run(['summary', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { corpusVersion: string; counts: Record<string, number> };
    expect(out.corpusVersion).toBe(corpus.corpusVersion);
    expect(out.counts).toMatchObject({ articles: corpus.articles.length, claims: corpus.claims.length, figures: corpus.figures.length, citations: corpus.citations.length });
    const table = run(['summary']);
    expect(table.stdout).toMatch(new RegExp(`^articles +${corpus.articles.length}$`, 'm'));
  });

  it('figures --group … --csv lists the figures of the group, with the table columns', () => {
    const r = run(['figures', '--group', 'qantar-arrests', '--csv']);
    expect(r.status).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout.trimEnd());
    expect(header).toEqual(['id', 'article', 'measure', 'qualifier', 'value', 'unit', 'asOf', 'source', 'text']);
    const expected = corpus.figures.filter((f) => f.group === 'qantar-arrests');
    expect(rows.map((row) => row[0])).toEqual(expected.map((f) => f.id));
    expect(rows.map((row) => row[8])).toEqual(expected.map((f) => f.span.text));
  });

  it('citations --speaker … --mode … --json prints the matching records', () => {
    const r = run(['citations', '--speaker', 'xi-jinping', '--mode', 'direct', '--json']);
    expect(r.status).toBe(0);
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((c) => c.id);
    expect(ids).toEqual(corpus.citations.filter((c) => c.speaker === 'xi-jinping' && c.mode === 'direct').map((c) => c.id));
    expect(ids.length).toBeGreaterThan(0);
  });

  it('claims --about … --voice … lists each matching mention', () => {
    const r = run(['claims', '--about', 'color-revolution', '--voice', 'authorial', '--csv']);
    expect(r.status).toBe(0);
    const about = new Set(corpus.claims.filter((c) => (c.subjects as readonly string[]).includes('color-revolution')).map((c) => c.id as string));
    const expected = corpus.claimMentions.filter((m) => about.has(m.claim) && m.voice === 'authorial').map((m) => `${m.claim} ${m.article} ${m.span.text}`).sort();
    const [header, ...rows] = parseCsv(r.stdout.trimEnd());
    expect(header).toEqual(['claim', 'article', 'voice', 'stance', 'text']);
    expect(rows.map((row) => `${row[0]} ${row[1]} ${row[4]}`).sort()).toEqual(expected);
  });

  it('articles --outlet … --role publisher selects by the site the text was captured from', () => {
    const r = run(['articles', '--outlet', 'detv-us', '--role', 'publisher', '--csv']);
    expect(r.status).toBe(0);
    expect(parseCsv(r.stdout.trimEnd()).slice(1).map((row) => row[0])).toEqual(corpus.articles.filter((a) => a.publisher === 'detv-us').map((a) => a.id));
  });

  it('search finds text in the articles at its offsets', () => {
    const r = run(['search', '7,939', '--json']);
    expect(r.status).toBe(0);
    const hits = (JSON.parse(r.stdout) as { kind: string; article?: string; start?: number; text?: string }[]).filter((h) => h.kind === 'text');
    const expected = corpus.articles.flatMap((a) => {
      const out: { article: string; start: number }[] = [];
      for (let i = a.text.indexOf('7,939'); i !== -1; i = a.text.indexOf('7,939', i + 1)) out.push({ article: a.id, start: i });
      return out;
    });
    expect(hits.map((h) => ({ article: h.article, start: h.start }))).toEqual(expected);
    expect(hits.every((h) => h.text === '7,939')).toBe(true);
  });

  it('search ignores case and treats the query as plain text', () => {
    const textHits = (args: string[]) => (JSON.parse(run(args).stdout) as { kind: string; article?: string; start?: number }[]).filter((h) => h.kind === 'text');
    const upper = textHits(['search', 'COLOR REVOLUTION', '--json']);
    const expected = corpus.articles.flatMap((a) => [...a.text.matchAll(/color revolution/gi)].map((m) => ({ article: a.id, start: m.index })));
    expect(upper.map((h) => ({ article: h.article, start: h.start }))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1);
    const r = run(['search', '(.*', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('fits tables to the width, from COLUMNS or --width', () => {
    const narrow = run(['articles'], { COLUMNS: '60' });
    expect(narrow.status).toBe(0);
    const lines = narrow.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(corpus.articles.length + 2);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(60);
    expect(lines.some((line) => line.includes('…'))).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 250 }), (w) => {
        const out = run(['outlets', '--width', String(w)]).stdout.trimEnd().split('\n');
        for (const line of out) expect(width(line)).toBeLessThanOrEqual(w);
        expect(out[0]?.split(/\s{2,}/)).toEqual(['id', 'name', 'kind', 'country', 'state tie', 'parent']);
      }),
      { numRuns: 8 },
    );
  });

  it('prints the library error with suggestions and exits 2 for an unknown ID', () => {
    const r = run(['citations', '--speaker', 'xi-jinpin']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown entity ID "xi-jinpin"');
    expect(r.stderr).toMatch(/Did you mean: xi-jinping\b/);
    const label = run(['figures', '--measure', 'arrestd']);
    expect(label.status).toBe(2);
    expect(label.stderr).toContain('"arrestd" is not a valid measure');
  });

  it('exits 2 for an unknown command, option or misplaced filter, saying what is valid', () => {
    const command = run(['figure']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('unknown command "figure"; did you mean: figures');
    const option = run(['figures', '--speaker', 'xi-jinping']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("Unknown option '--speaker'");
    expect(option.stderr).toContain('qantar-corpus figures --help');
    const filter = run(['claims', '--stance', 'asserts']);
    expect(filter.status).toBe(2);
    expect(filter.stderr).toContain('give --about <entity-id> too');
  });

  it('has --help for every command, naming its options', () => {
    const options: Record<string, string[]> = {
      summary: [], articles: ['--outlet', '--role'], outlets: [], figures: ['--article', '--outlet', '--measure', '--group', '--source', '--event'],
      citations: ['--article', '--outlet', '--speaker', '--mode', '--channel', '--event'], claims: ['--about', '--stance', '--voice', '--outlet', '--article'], search: [],
    };
    for (const [command, flags] of Object.entries(options)) {
      const r = run([command, '--help']);
      expect(r.status, command).toBe(0);
      expect(r.stdout).toContain(`Usage: qantar-corpus ${command}`);
      for (const flag of [...flags, '--json', '--csv']) expect(r.stdout, `${command} ${flag}`).toContain(flag);
    }
    const top = run(['--help']);
    expect(top.status).toBe(0);
    for (const command of Object.keys(options)) expect(top.stdout).toContain(`  ${command}`);
  });
});
