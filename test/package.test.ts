// The package as users get it: packed, installed into a fresh consumer project, imported from ESM
// and CommonJS, and type-checked from a strict TypeScript file. Needs `npm run build` first
// (npm test builds before running vitest).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let consumer = '';
let packed: { files: { path: string }[]; filename: string }[] = [];

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  consumer = mkdtempSync(path.join(tmpdir(), 'qantar-consumer-'));
  packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', consumer], { cwd: root, encoding: 'utf8' }));
  const tarball = path.join(consumer, packed[0]!.filename);
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], { cwd: consumer, stdio: 'ignore' });
}, 240_000);
afterAll(() => { if (consumer) rmSync(consumer, { recursive: true, force: true }); });

const run = (args: string[], cwd = consumer) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });

describe('the published tarball', () => {
  it('holds the built code, the data, README, LICENSE and CHANGELOG, and nothing it does not need', () => {
    const files = packed[0]!.files.map((f) => f.path);
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/schema.js', 'dist/schema.cjs', 'dist/corpus.json', 'dist/corpus.schema.json']) {
      expect(files).toContain(needed);
    }
    const unwanted = files.filter((f) => /^(src|test|scripts|data|docs|\.ci|\.changeset)\//.test(f) || /\.test\.|fixtures|tsconfig|vitest|tsup\.config/.test(f));
    expect(unwanted).toEqual([]);
  });

  it('declares no install scripts and only the schema entry\'s dependency', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts?.[hook]).toBeUndefined();
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['zod']);
  });

  it('works from ESM and CommonJS, with the same data', () => {
    const esm = run(['--input-type=module', '-e', "import { byOutlet, figures, CORPUS_VERSION } from 'qantar-corpus'; console.log(JSON.stringify([CORPUS_VERSION, byOutlet('global-times').map((a) => a.id), figures().length]));"]);
    const cjs = run(['-e', "const q = require('qantar-corpus'); console.log(JSON.stringify([q.CORPUS_VERSION, q.byOutlet('global-times').map((a) => a.id), q.figures().length]));"]);
    expect(esm.stderr).toBe('');
    expect(cjs.stderr).toBe('');
    const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    expect(JSON.parse(esm.stdout)).toEqual([version, ['globaltimes-2022-01-10-wang-yi-call'], expect.any(Number)]);
    expect(JSON.parse(cjs.stdout)).toEqual(JSON.parse(esm.stdout));
  });

  it('exposes corpus.json, the same data the library loads', () => {
    const out = run(['--input-type=module', '-e', "import data from 'qantar-corpus/corpus.json' with { type: 'json' }; import { corpus } from 'qantar-corpus'; console.log(JSON.stringify(data) === JSON.stringify(corpus));"]);
    expect(out.stdout.trim()).toBe('true');
  });

  it('the schema entry validates the shipped corpus', () => {
    const out = run(['--input-type=module', '-e', "import data from 'qantar-corpus/corpus.json' with { type: 'json' }; import { validateCorpus } from 'qantar-corpus/schema'; const r = validateCorpus(data); console.log(JSON.stringify([r.ok, r.problems.length]));"]);
    expect(JSON.parse(out.stdout)).toEqual([true, 0]);
  });

  it('a strict TypeScript consumer compiles with typed IDs, and a wrong outlet ID does not', () => {
    writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noUncheckedIndexedAccess: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['good.ts'] }));
    writeFileSync(path.join(consumer, 'good.ts'), [
      "import { byOutlet, claimsAbout, figures, citations, getOutlet, type Figure, type OutletId } from 'qantar-corpus';",
      "const outlet: OutletId = 'global-times';",
      'const arrests: readonly Figure[] = figures({ group: \'qantar-arrests\', outlet });',
      "const quotes = citations({ speaker: 'xi-jinping', mode: 'direct' });",
      "const own = claimsAbout('color-revolution', { voice: 'authorial' });",
      "export const summary = [byOutlet('rt').length, arrests.length, quotes.length, own.length, getOutlet(outlet).name];",
    ].join('\n'));
    const good = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: consumer, encoding: 'utf8' });
    expect(good.stdout + good.stderr).toBe('');
    writeFileSync(path.join(consumer, 'tsconfig.bad.json'), JSON.stringify({ extends: './tsconfig.json', files: ['bad.ts'] }));
    writeFileSync(path.join(consumer, 'bad.ts'), "import { byOutlet } from 'qantar-corpus';\nexport const x = byOutlet('global-time');\n");
    const bad = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.bad.json'], { cwd: consumer, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/bad\.ts.*TS2345.*"global-time"/s);
  });

  it('the main entry does not load zod; the schema entry does', () => {
    // Remove zod from the consumer: the main entry must still work, the schema entry must not.
    rmSync(path.join(consumer, 'node_modules', 'zod'), { recursive: true, force: true });
    const main = run(['--input-type=module', '-e', "import { figures } from 'qantar-corpus'; console.log(figures().length > 0);"]);
    expect(main.stderr).toBe('');
    expect(main.stdout.trim()).toBe('true');
    const cjs = run(['-e', "require('qantar-corpus'); console.log(Object.keys(require.cache).some((k) => k.includes('zod')));"]);
    expect(cjs.stdout.trim()).toBe('false');
    const schema = run(['--input-type=module', '-e', "import 'qantar-corpus/schema';"]);
    expect(schema.stderr).toMatch(/zod/);
  });
});
