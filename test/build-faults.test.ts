// The data build under a corrupted data folder (issue 16): each fault is made in a copy of the
// valid fixture and the real build command runs on it. The build must fail with a message that
// names the file, print nothing of a file it refused (a link's target may be a secret), and write
// no output at all.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../scripts/build/build.js';
import { MAX_DATA_FILE_BYTES, readDataFile } from '../scripts/build/load.js';

const root = path.resolve(import.meta.dirname, '..');
const VALID = path.join(root, 'test/fixtures/valid');
const ARTICLE = 'articles/mini-news-2022-01-10';
const work = mkdtempSync(path.join(tmpdir(), 'qantar-build-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SECRET = 'SECRET-TOKEN-7f3a9c';

interface Fault {
  name: string;
  /** The file the message must name, relative to the data folder. */
  file: string;
  /** What the message must say. */
  says: RegExp;
  make: (data: string) => void;
}

const FAULTS: Fault[] = [
  {
    name: 'a symbolic link to a file outside data/', file: 'outlets/mini-news.yaml', says: /is a symbolic link, not a regular file/,
    make: (data) => {
      const secret = path.join(work, `secret-${Math.random()}.yaml`);
      writeFileSync(secret, `token: ${SECRET}\n`);
      rmSync(path.join(data, 'outlets/mini-news.yaml'));
      symlinkSync(secret, path.join(data, 'outlets/mini-news.yaml'));
    },
  },
  {
    name: 'a symbolic link for an article text', file: `${ARTICLE}/text.txt`, says: /is a symbolic link/,
    make: (data) => {
      const secret = path.join(work, `secret-${Math.random()}.txt`);
      writeFileSync(secret, `${SECRET}\n`);
      rmSync(path.join(data, ARTICLE, 'text.txt'));
      symlinkSync(secret, path.join(data, ARTICLE, 'text.txt'));
    },
  },
  {
    name: 'a FIFO where a YAML file belongs (must not hang)', file: 'claims/unrest-was-coup.yaml', says: /is a FIFO, not a regular file/,
    make: (data) => {
      rmSync(path.join(data, 'claims/unrest-was-coup.yaml'));
      execFileSyncQuiet('mkfifo', [path.join(data, 'claims/unrest-was-coup.yaml')]);
    },
  },
  {
    name: 'a directory where a file belongs', file: `${ARTICLE}/figures.yaml`, says: /is a directory, not a regular file/,
    make: (data) => {
      rmSync(path.join(data, ARTICLE, 'figures.yaml'));
      mkdirSync(path.join(data, ARTICLE, 'figures.yaml'));
    },
  },
  {
    name: 'an oversized file', file: 'entities/almaty.yaml', says: new RegExp(`is \\d+ bytes, over the limit of ${MAX_DATA_FILE_BYTES} bytes`),
    make: (data) => writeFileSync(path.join(data, 'entities/almaty.yaml'), `# ${'x'.repeat(MAX_DATA_FILE_BYTES)}\nkind: place\n`),
  },
  {
    name: 'invalid UTF-8 in the text', file: `${ARTICLE}/text.txt`, says: /is not valid UTF-8 \(first bad byte at offset \d+\)/,
    make: (data) => {
      const file = path.join(data, ARTICLE, 'text.txt');
      writeFileSync(file, Buffer.concat([Buffer.from('Almaty '), Buffer.from([0xc3, 0x28]), Buffer.from(' calm\n')]));
    },
  },
  {
    name: 'a control character in a YAML file', file: 'events/qantar-unrest.yaml', says: /contains the control character U\+001B at line 1, column 1/,
    make: (data) => writeFileSync(path.join(data, 'events/qantar-unrest.yaml'), `\u001b]0;owned\u0007label: x\n`),
  },
  {
    name: 'a control character in the text', file: `${ARTICLE}/text.txt`, says: /contains the control character U\+202E/,
    make: (data) => writeFileSync(path.join(data, ARTICLE, 'text.txt'), 'Almaty \u202e was calm.\n'),
  },
  {
    name: 'a registry folder that is a symbolic link', file: 'entities', says: /is a symbolic link, not a folder/,
    make: (data) => {
      const elsewhere = path.join(work, `elsewhere-${Math.random()}`);
      cpSync(path.join(data, 'entities'), elsewhere, { recursive: true });
      rmSync(path.join(data, 'entities'), { recursive: true });
      symlinkSync(elsewhere, path.join(data, 'entities'));
    },
  },
  {
    name: 'a file where an article folder belongs', file: 'articles/notes.txt', says: /is a file, not a folder/,
    make: (data) => writeFileSync(path.join(data, 'articles/notes.txt'), 'stray\n'),
  },
  {
    name: 'a control character in a file name', file: 'outlets/evil\\u001b[2J.yaml', says: /is not lowercase kebab-case/,
    make: (data) => writeFileSync(path.join(data, 'outlets/evil\u001b[2J.yaml'), 'name: Evil\n'),
  },
  {
    name: 'a custom YAML tag (!!js/function)', file: 'claims/unrest-was-coup.yaml', says: /YAML warning.*tag/,
    make: (data) => writeFileSync(path.join(data, 'claims/unrest-was-coup.yaml'), `proposition: !!js/function 'function () { return 1 }'\n`),
  },
  {
    name: 'a local YAML tag (!custom)', file: 'figure-groups/qantar-arrests.yaml', says: /YAML warning.*tag/,
    make: (data) => writeFileSync(path.join(data, 'figure-groups/qantar-arrests.yaml'), `label: !custom arrests\n`),
  },
];

const execFileSyncQuiet = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'ignore' });

const run = promisify(execFile);
async function build(data: string, out: string) {
  try {
    const r = await run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-corpus.ts', '--data', data, '--out', out], { cwd: root, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: r.stdout + r.stderr };
  } catch (error) {
    const e = error as { code?: number; killed?: boolean; stdout?: string; stderr?: string };
    return { code: e.killed ? 'timeout' : e.code, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('the data build refuses a corrupted data folder', () => {
  it('builds the untouched fixture, writing every output (the control case)', async () => {
    const data = path.join(work, 'valid');
    cpSync(VALID, data, { recursive: true });
    const out = path.join(work, 'valid-out');
    const r = await build(data, out);
    expect(r.code, r.output).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['corpus.json', 'corpus.schema.json', 'freeze-plan.ts', 'guards.ts', 'ids.ts', 'types.ts']);
    // No staging folder is left beside the output.
    expect(readdirSync(work).filter((f) => f.includes('staging'))).toEqual([]);
  });

  // Each fault in its own copy, all built at once: one tsx start-up each, in parallel.
  it.each(FAULTS.map((f, i) => [f.name, f, i] as const))('%s: fails, names the file, prints none of it, writes nothing', async (_name, fault, i) => {
    const data = path.join(work, `case-${i}`, 'data');
    cpSync(VALID, data, { recursive: true });
    fault.make(data);
    const out = path.join(work, `case-${i}`, 'out');
    const r = await build(data, out);
    expect(r.code, r.output).toBe(1);
    // Problems are printed under a header line that names their file.
    const lines = r.output.split('\n');
    const header = lines.findIndex((l) => l.endsWith(`data/${fault.file}`));
    expect(header, r.output).toBeGreaterThanOrEqual(0);
    const group = lines.slice(header + 1, lines.indexOf('', header + 1));
    expect(group.some((l) => fault.says.test(l)), r.output).toBe(true);
    expect(r.output).not.toContain(SECRET);
    expect(r.output).not.toMatch(/[\u0007\u001b\u202e]/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(path.join(work, `case-${i}`))).toEqual(['data']);
  });
});

describe('readDataFile', () => {
  it('reads a regular UTF-8 file, and keeps tabs, newlines and carriage returns', () => {
    const file = path.join(work, 'plain.txt');
    writeFileSync(file, 'a\tb\r\nc — д\n');
    expect(readDataFile(file)).toMatchObject({ ok: true, text: 'a\tb\r\nc — д\n' });
    expect(readDataFile(path.join(work, 'nope.txt'))).toMatchObject({ ok: false, message: 'file is missing' });
  });
});

describe('writeOutputs', () => {
  it('replaces every output, or none: a failed write leaves the previous files as they were', () => {
    const dir = path.join(work, 'outputs');
    const out = path.join(dir, 'generated');
    writeOutputs(out, { 'a.json': 'old a', 'b.ts': 'old b' });
    writeOutputs(out, { 'a.json': 'new a', 'b.ts': 'new b' });
    expect([readFileSync(path.join(out, 'a.json'), 'utf8'), readFileSync(path.join(out, 'b.ts'), 'utf8')]).toEqual(['new a', 'new b']);
    // The second file cannot be written (its folder does not exist): the first must not be replaced either.
    expect(() => writeOutputs(out, { 'a.json': 'newer a', 'missing/b.ts': 'x' })).toThrow();
    expect(readFileSync(path.join(out, 'a.json'), 'utf8')).toBe('new a');
    expect(readdirSync(dir)).toEqual(['generated']);
  });
});
