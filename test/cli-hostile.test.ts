// The built CLI under hostile input and broken outputs (issue 16): each case spawns the real bin.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'dist/cli.js');
beforeAll(() => {
  if (!existsSync(bin)) execFileSync(process.execPath, [path.join(root, 'node_modules/tsup/dist/cli-default.js')], { cwd: root, stdio: 'ignore' });
}, 300_000);

const env = { ...process.env, COLUMNS: '' };
function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** A stack trace line, as Node prints them. */
const STACK = /^\s+at .+[:(]/m;

describe('qantar-corpus under hostile input', () => {
  it('documents the exit statuses in --help, and uses them', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    for (const line of [/^ {2}0 {2}success/m, /^ {2}1 {2}internal error/m, /^ {2}2 {2}usage error/m, /^ {2}3 {2}the output could not be written/m]) expect(help.stdout).toMatch(line);
    expect(run(['figures', '--help']).stdout).toContain('Exit status:');
    expect(run(['figures', '--group', 'no-such-group']).status).toBe(2);
    expect(run(['figures', '--nope']).status).toBe(2);
    expect(run([]).status).toBe(2);
  });

  it('answers help for any topic without a stack trace: inherited names are unknown commands', () => {
    for (const topic of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '']) {
      const r = run(['help', topic]);
      expect(r.status, topic).toBe(2);
      expect(r.stderr).toContain('unknown command');
      expect(r.stderr).not.toMatch(STACK);
    }
    expect(run(['help', 'figures']).stdout).toContain('Usage: qantar-corpus figures');
  });

  it('rejects a search text longer than 1,000 characters, and searches any shorter one as plain text', () => {
    const long = run(['search', 'a'.repeat(100_000)]);
    expect(long.status).toBe(2);
    expect(long.stderr).toContain('the search text has 100000 characters; give at most 1000');
    expect(long.stderr).not.toMatch(STACK);
    const special = run(['search', '(['.repeat(500), '--json']);
    expect(special.status).toBe(0);
    expect(JSON.parse(special.stdout)).toEqual([]);
  });

  it('never prints a stack trace or exits with an internal error, for any arguments', () => {
    const word = fc.oneof(
      fc.constantFrom('summary', 'articles', 'outlets', 'figures', 'citations', 'claims', 'search', 'help', '--help', '--json', '--csv', '--width', '--outlet', '--role', '--about', '--group', '--measure', '-h', '--', '-', 'constructor', '__proto__', 'rt', 'xi-jinping', 'qantar-arrests'),
      fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/\0/g, '')),
      fc.integer({ min: -5, max: 1e6 }).map(String),
    );
    fc.assert(fc.property(fc.array(word, { maxLength: 6 }), (args) => {
      const r = run(args);
      expect([0, 2], `${JSON.stringify(args)}: ${r.stderr}`).toContain(r.status);
      expect(r.stderr).not.toMatch(STACK);
    }), { numRuns: 40 });
  });
});

describe('qantar-corpus when the output cannot be written', () => {
  it('a reader that closes the pipe early: exit 3, EPIPE named on stderr', async () => {
    const child = spawn(process.execPath, [bin, 'search', 'e', '--json'], { cwd: root, env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(3);
    expect(stderr).toContain('cannot write the output: the reader closed the pipe (EPIPE)');
    expect(stderr).not.toMatch(STACK);
  });

  it('a full disk (/dev/full): exit 3, ENOSPC named on stderr', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, 'summary'], { cwd: root, env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(3);
      expect(r.stderr).toContain('no space left on the device (ENOSPC)');
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      closeSync(full);
    }
  });

  it('a stdout that cannot be written (opened read-only): exit 3, EBADF named', () => {
    // A truly closed stdout (`>&-`) cannot be seen from inside: Node reopens descriptors 0-2 on
    // /dev/null at start-up, so it looks exactly like `> /dev/null`. A read-only one fails every write.
    const readOnly = openSync('/dev/null', 'r');
    try {
      const r = spawnSync(process.execPath, [bin, 'summary'], { cwd: root, env, stdio: ['ignore', readOnly, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(3);
      expect(r.stderr).toContain('cannot write the output: stdout is closed (EBADF)');
    } finally {
      closeSync(readOnly);
    }
  });
});

describe('qantar-corpus on a terminal', () => {
  /** Runs the bin on a pseudo-terminal (util-linux `script`), returning what the terminal received. */
  function onTerminal(args: string[]): string {
    const command = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    // -e passes the command's exit status on; the status is checked elsewhere, the bytes here.
    return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, env: { ...env, COLUMNS: '200' }, encoding: 'utf8' }).stdout;
  }

  it('escapes control characters from the input, on stdout and stderr alike', () => {
    const hostileId = 'x\u001b]0;owned\u0007\u001b[31m\u202e';
    const shown = onTerminal(['figures', '--group', hostileId]);
    // The library's message quotes the ID as JSON (\u001b); what JSON leaves raw (U+202E) the terminal escape catches.
    expect(shown).toContain('"x\\u001b]0;owned\\u0007\\u001b[31m\\u202e"');
    expect(shown).not.toMatch(/[\u0007\u001b\u202e]/);
    const option = onTerminal(['figures', `--\u001b[2J`]);
    expect(option).toContain('\\x1b[2J');
    expect(option).not.toContain('\u001b');
  });

  it('leaves piped output byte for byte (escaping is for terminals only)', () => {
    const r = spawnSync(process.execPath, [bin, 'figures', '--group', 'x\u001b[31m'], { cwd: root, env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('x\\u001b[31m'); // JSON.stringify's escape in the message, not the terminal's
  });
});
