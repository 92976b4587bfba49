// The package as users get it: packed, installed into a fresh consumer project, imported from ESM
// and CommonJS, type-checked under every module resolution TypeScript offers, and bundled for the
// browser. Needs `npm run build` first (npm test builds before running vitest).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const corpusJson = JSON.parse(readFileSync(path.join(root, 'dist', 'corpus.json'), 'utf8'));
let consumer = '';
let installed = '';
let packed: { files: { path: string; mode: number }[]; filename: string }[] = [];
const temps: string[] = [];

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  consumer = mkdtempSync(path.join(tmpdir(), 'qantar-consumer-'));
  temps.push(consumer);
  packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', consumer], { cwd: root, encoding: 'utf8' }));
  const tarball = path.join(consumer, packed[0]!.filename);
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], { cwd: consumer, stdio: 'ignore' });
  installed = path.join(consumer, 'node_modules', 'qantar-corpus');
  // zod is an optional peer dependency: npm does not install it. Users of the schema entry add it
  // themselves; this consumer gets the project's copy (no network), removed again by the last test.
  cpSync(path.join(root, 'node_modules', 'zod'), path.join(consumer, 'node_modules', 'zod'), { recursive: true });
}, 240_000);
afterAll(() => { for (const dir of temps) rmSync(dir, { recursive: true, force: true }); });

const run = (args: string[], cwd = consumer) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
const esm = (code: string) => run(['--input-type=module', '-e', code]);
const cjs = (code: string) => run(['--input-type=commonjs', '-e', code]);
const outletIds = (corpusJson.outlets as { id: string }[]).map((o) => o.id);

describe('the published tarball', () => {
  it('holds the built code, the data, the documents users cite and nothing it does not need', () => {
    const files = packed[0]!.files.map((f) => f.path);
    for (const needed of [
      'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'CITATION.cff', 'docs/data-card.md', 'docs/versioning.md', 'datapackage.json',
      'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/schema.js', 'dist/schema.cjs',
      'dist/corpus.json', 'dist/corpus.json.d.cts', 'dist/internal/corpus.json', 'dist/corpus.schema.json', 'dist/data/outlets.json', 'dist/data/outlets.d.cts',
    ]) {
      expect(files).toContain(needed);
    }
    const unwanted = files.filter((f) => (/^(src|test|scripts|data|docs|\.ci|\.changeset)\//.test(f) && !['docs/data-card.md', 'docs/versioning.md'].includes(f)) || /\.test\.|fixtures|tsconfig|vitest|tsup\.config/.test(f));
    expect(unwanted).toEqual([]);
    // One Data Package descriptor, at the root where Frictionless tools look for it.
    expect(files.filter((f) => f.endsWith('datapackage.json'))).toEqual(['datapackage.json']);
  });

  it('has no dependencies and no install scripts; zod is an optional peer of the schema entry', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts?.[hook]).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.peerDependencies)).toEqual(['zod']);
    expect(pkg.peerDependenciesMeta).toEqual({ zod: { optional: true } });
    const lock = JSON.parse(readFileSync(path.join(consumer, 'package-lock.json'), 'utf8'));
    expect(Object.keys(lock.packages).filter((p) => p.startsWith('node_modules/'))).toEqual(['node_modules/qantar-corpus']);
  });

  it('CITATION.cff names this release, its license and repository', () => {
    const cff = readFileSync(path.join(installed, 'CITATION.cff'), 'utf8');
    expect(/^cff-version: 1\.2\.0$/m.test(cff)).toBe(true);
    expect(/^version: (.*)$/m.exec(cff)?.[1]).toBe(pkg.version);
    expect([...cff.matchAll(/^ {2}- (MIT|CC-BY-4\.0)$/gm)].map((m) => m[1]).sort()).toEqual(pkg.license.replace(/[()]/g, '').split(' AND ').sort());
    expect(/^repository-code: "(.*)"$/m.exec(cff)?.[1]).toBe(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
    expect(cff).not.toMatch(/doi|orcid/i);
  });

  it('the JSON Schema $id is the URL of the shipped file of this version', () => {
    const schema = JSON.parse(readFileSync(path.join(installed, 'dist', 'corpus.schema.json'), 'utf8'));
    const prefix = `https://unpkg.com/qantar-corpus@${pkg.version}/`;
    expect(schema.$id.startsWith(prefix)).toBe(true);
    expect(existsSync(path.join(installed, schema.$id.slice(prefix.length)))).toBe(true);
  });
});

describe('loading the package', () => {
  it('works from ESM and CommonJS, with the same data', () => {
    const code = (load: string) => `${load} console.log(JSON.stringify([q.CORPUS_VERSION, q.byOutlet('global-times').map((a) => a.id), q.figures().length, q.isOutletId('rt'), q.isOutletId('RT')]));`;
    const fromEsm = esm(code("import * as q from 'qantar-corpus';"));
    const fromCjs = cjs(code("const q = require('qantar-corpus');"));
    expect(fromEsm.stderr).toBe('');
    expect(fromCjs.stderr).toBe('');
    expect(JSON.parse(fromEsm.stdout)).toEqual([pkg.version, ['globaltimes-2022-01-10-wang-yi-call'], corpusJson.figures.length, true, false]);
    expect(JSON.parse(fromCjs.stdout)).toEqual(JSON.parse(fromEsm.stdout));
  });

  it('corpus.json and every data/<table>.json entry hold the records the library serves', () => {
    const tables = readdirSync(path.join(installed, 'dist', 'data')).filter((f) => f.endsWith('.json') && !f.endsWith('.csl.json'));
    expect(tables.length).toBe(Object.values(corpusJson).filter(Array.isArray).length);
    const out = esm([
      "import { corpus } from 'qantar-corpus';",
      "import data from 'qantar-corpus/corpus.json' with { type: 'json' };",
      `const tables = ${JSON.stringify(tables)};`,
      "const camel = (f) => f.replace(/\\.json$/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());",
      'const same = [];',
      "for (const t of tables) same.push([t, JSON.stringify((await import(`qantar-corpus/data/${t}`, { with: { type: 'json' } })).default) === JSON.stringify(corpus[camel(t)])]);",
      'console.log(JSON.stringify({ whole: JSON.stringify(data) === JSON.stringify(corpus), same }));',
    ].join('\n'));
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({ whole: true, same: tables.map((t) => [t, true]) });
  });

  it('freezes each collection when it is first read, not at import, and the whole corpus once read', () => {
    // Object.freeze counted from before the import: building the frozen `corpus` object is one call,
    // a lookup freezes the outlets (every object and array in them, once), and serialising the
    // corpus freezes everything else.
    const objectsIn = (value: unknown): number => (value !== null && typeof value === 'object' ? 1 + Object.values(value).reduce<number>((n, v) => n + objectsIn(v), 0) : 0);
    const out = esm([
      'const freeze = Object.freeze; let calls = 0;',
      'Object.freeze = (o) => { calls += 1; return freeze(o); };',
      "const q = await import('qantar-corpus');",
      'const atImport = calls;',
      "q.getOutlet('rt');",
      'const afterLookup = calls;',
      'const same = q.corpus.outlets === q.corpus.outlets && Object.isFrozen(q.corpus.outlets[0].aliases);',
      'const afterRead = calls;',
      'JSON.stringify(q.corpus);',
      'console.log(JSON.stringify({ atImport, afterLookup, afterRead, afterAll: calls, same }));',
    ].join('\n'));
    expect(out.stderr).toBe('');
    const counts = JSON.parse(out.stdout);
    const collections = Object.entries(corpusJson).filter(([, v]) => Array.isArray(v));
    const total = collections.reduce((n, [, v]) => n + objectsIn(v), 0);
    expect(counts.atImport).toBeLessThan(10);
    expect(counts.afterLookup - counts.atImport).toBe(objectsIn(corpusJson.outlets));
    expect(counts.afterRead).toBe(counts.afterLookup);
    expect(counts.same).toBe(true);
    expect(counts.afterAll - counts.atImport).toBe(total);
  });

  // Issue 16: the library owns its records.
  const tamper = [
    'data.outlets[0].name = "EDITED"; data.outlets.push({ id: "injected" }); data.figures.length = 0;',
  ].join('\n');
  const report = 'JSON.stringify({ name: q.getOutlet(first).name, outlets: q.corpus.outlets.length, figures: q.figures().length, injected: q.isOutletId("injected"), libraryFrozen: Object.isFrozen(q.corpus.outlets[0]), dataFrozen: Object.isFrozen(data.outlets[0]) || Object.isFrozen(data) })';
  const expected = { name: corpusJson.outlets[0].name, outlets: corpusJson.outlets.length, figures: corpusJson.figures.length, injected: false, libraryFrozen: true, dataFrozen: false };

  it('ESM: editing corpus.json imported before the library changes nothing the helpers return, and nothing the library freezes is shared', () => {
    const out = esm([
      "const data = (await import('qantar-corpus/corpus.json', { with: { type: 'json' } })).default;",
      `const first = data.outlets[0].id; ${tamper}`,
      "const q = await import('qantar-corpus');",
      `console.log(${report});`,
    ].join('\n'));
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual(expected);
  });

  it('ESM: corpus.json imported after the library is an ordinary, editable JSON module', () => {
    const out = esm([
      "const q = await import('qantar-corpus');",
      "const data = (await import('qantar-corpus/corpus.json', { with: { type: 'json' } })).default;",
      `const first = data.outlets[0].id; ${tamper}`,
      `console.log(${report});`,
    ].join('\n'));
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual(expected);
  });

  it('CommonJS: the same, in both orders', () => {
    for (const order of [['data', 'q'], ['q', 'data']]) {
      const loads = { data: "const data = require('qantar-corpus/corpus.json');", q: "const q = require('qantar-corpus');" } as const;
      const out = cjs([...order.map((k) => loads[k as keyof typeof loads]), `const first = data.outlets[0].id; ${tamper}`, `console.log(${report});`].join('\n'));
      expect(out.stderr).toBe('');
      expect(JSON.parse(out.stdout)).toEqual(expected);
    }
  });

  it('the schema entry validates the shipped corpus', () => {
    const out = esm("import data from 'qantar-corpus/corpus.json' with { type: 'json' }; import { validateCorpus } from 'qantar-corpus/schema'; const r = validateCorpus(data); console.log(JSON.stringify([r.ok, r.problems.length]));");
    expect(JSON.parse(out.stdout)).toEqual([true, 0]);
  });
});

describe('types under every module resolution', () => {
  // The same checks in each project: every entry resolves and is typed (corpus.json as Corpus, a table
  // as its records, results carry ID types that the lookups accept, guards narrow strings), and
  // each `@ts-expect-error` proves a wrong use fails.
  const body = [
    'export const checks = [',
    '  corpusJson.outlets.length === q.corpus.outlets.length,',
    '  outletsJson[0]?.stateAffiliation.status,',
    '  schemaJson.$id,',
    '  datapackage.resources.length,',
    '];',
    'const whole: q.Corpus = corpusJson;',
    'const table: readonly q.Outlet[] = outletsJson;',
    'export const firstOutlet: q.OutletId | undefined = table[0]?.id ?? whole.outlets[0]?.id;',
    "const matrix = q.stanceMatrix({ voice: 'authorial' });",
    'for (const cell of matrix.cells) { q.getOutlet(cell.outlet); q.getClaim(cell.claim); }',
    'for (const id of matrix.outlets) q.byOutlet(id);',
    "for (const point of q.figureSeries('qantar-arrests').points) q.getOutlet(point.outlet);",
    "for (const v of q.quoteVariants({ speaker: 'xi-jinping' })) q.getOutlet(v.outlet);",
    'for (const f of q.figures()) { if (f.source.kind === "entity") q.getEntity(f.source.entity); else if (f.source.kind === "citation") q.getCitation(f.source.citation); }',
    'export function fromUser(input: string) {',
    '  if (q.isOutletId(input)) return q.getOutlet(input).name;',
    '  if (q.isClaimId(input)) return q.getClaim(input).proposition;',
    '  // @ts-expect-error a plain string is not an OutletId',
    '  return q.getOutlet(input);',
    '}',
    "// @ts-expect-error the table's records are read-only",
    "outletsJson[0]!.name = 'x';",
    "// @ts-expect-error a misspelt outlet ID",
    "q.byOutlet('global-time');",
    "export const schemaOk: boolean = schema.schemas.span.safeParse({ start: 0, end: 1, text: 'a' }).success && schema.validateCorpus(corpusJson).ok;",
  ].join('\n');
  // TypeScript accepts import attributes only from module node18/nodenext/esnext on; Node needs them
  // at run time, TypeScript does not for a declaration file.
  const importsEsm = (attributes: string) => [
    "import * as q from 'qantar-corpus';",
    "import * as schema from 'qantar-corpus/schema';",
    `import corpusJson from 'qantar-corpus/corpus.json'${attributes};`,
    `import outletsJson from 'qantar-corpus/data/outlets.json'${attributes};`,
    `import schemaJson from 'qantar-corpus/corpus.schema.json'${attributes};`,
    `import datapackage from 'qantar-corpus/datapackage.json'${attributes};`,
  ].join('\n');
  const importsCjs = [
    "import q = require('qantar-corpus');",
    "import schema = require('qantar-corpus/schema');",
    "import corpusJson = require('qantar-corpus/corpus.json');",
    "import outletsJson = require('qantar-corpus/data/outlets.json');",
    "import schemaJson = require('qantar-corpus/corpus.schema.json');",
    "import datapackage = require('qantar-corpus/datapackage.json');",
  ].join('\n');
  const strict = { strict: true, noUncheckedIndexedAccess: true, target: 'es2022', lib: ['es2022', 'dom'], noEmit: true, skipLibCheck: false, types: [] };
  const projects = [
    { name: 'node10', type: 'commonjs', file: 'check.ts', source: importsCjs, options: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, ignoreDeprecations: '5.0' } },
    { name: 'node16-esm', type: 'module', file: 'check.ts', source: importsEsm(''), options: { module: 'node16', moduleResolution: 'node16' } },
    { name: 'node16-cjs', type: 'commonjs', file: 'check.cts', source: importsCjs, options: { module: 'node16', moduleResolution: 'node16' } },
    { name: 'nodenext-esm', type: 'module', file: 'check.ts', source: importsEsm(" with { type: 'json' }"), options: { module: 'nodenext', moduleResolution: 'nodenext' } },
    { name: 'bundler', type: 'module', file: 'check.ts', source: importsEsm(" with { type: 'json' }"), options: { module: 'esnext', moduleResolution: 'bundler' } },
  ];
  const tscAsync = (cwd: string, args: string[]) => new Promise<{ status: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [tsc, ...args], { cwd });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('close', (status) => resolve({ status, out }));
  });
  for (const project of projects) {
    // Concurrent: each project is two tsc runs of several seconds, in child processes.
    it.concurrent(`${project.name}: every entry resolves with its types, and wrong uses fail`, async () => {
      const dir = path.join(consumer, `types-${project.name}`);
      mkdirSync(dir, { recursive: true });
      // Each project has its own package.json ("type") and sees the consumer's node_modules.
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `consumer-${project.name}`, private: true, type: project.type }));
      // The package's own declarations (and zod's) are checked in two projects, the oldest resolution
      // and the newest: checking zod's types takes several seconds per project.
      const skipLibCheck = !['node10', 'nodenext-esm'].includes(project.name);
      writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...strict, ...project.options, skipLibCheck }, files: [project.file] }));
      writeFileSync(path.join(dir, project.file), `${project.source}\n${body}\n`);
      const good = await tscAsync(dir, ['-p', '.']);
      expect(good.out).toBe('');
      expect(good.status).toBe(0);
      // The expectations above fail to compile without their `@ts-expect-error` (the declarations
      // were checked above: skip them here).
      const badFile = project.file.replace('check.', 'bad.');
      writeFileSync(path.join(dir, badFile), `${project.source}\n${body.replace(/\/\/ @ts-expect-error.*\n/g, '')}\n`);
      writeFileSync(path.join(dir, 'tsconfig.bad.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { skipLibCheck: true }, files: [badFile] }));
      const bad = await tscAsync(dir, ['-p', 'tsconfig.bad.json']);
      expect(bad.out.match(/error TS\d+/g)?.length).toBe(3);
      expect(bad.out).toMatch(/"global-time"/);
    }, 120_000);
  }
});

describe('bundles', () => {
  const bundle = async (code: string, platform: 'browser' | 'node' = 'browser') => {
    const result = await build({ stdin: { contents: code, resolveDir: consumer, sourcefile: 'entry.js' }, bundle: true, write: false, format: 'iife', platform, minify: true, logLevel: 'silent' });
    return result.outputFiles[0]!.text;
  };
  /** Runs a bundle in a context with no Node globals (no process, require, Buffer): a browser's view. */
  const runInBlankContext = (code: string) => {
    const logs: string[] = [];
    vm.runInNewContext(code, { console: { log: (...args: unknown[]) => logs.push(args.map(String).join(' ')) } });
    return logs;
  };

  it('a browser bundle of the main entry runs without Node, with frozen records', async () => {
    const code = await bundle("import { getOutlet, isOutletId, figures, corpus } from 'qantar-corpus'; console.log(getOutlet('rt').name, isOutletId('rt'), figures().length, Object.isFrozen(corpus.outlets[0].aliases));");
    const rt = (corpusJson.outlets as { id: string; name: string }[]).find((o) => o.id === 'rt')!;
    expect(runInBlankContext(code)).toEqual([`${rt.name} true ${corpusJson.figures.length} true`]);
  });

  it('a bundle that reads one table ships that table, not the corpus', async () => {
    const whole = await bundle("import corpus from 'qantar-corpus/corpus.json'; console.log(corpus.outlets.length);");
    const one = await bundle("import outlets from 'qantar-corpus/data/outlets.json'; console.log(outlets.length);");
    expect(runInBlankContext(one)).toEqual([String(outletIds.length)]);
    expect(runInBlankContext(whole)).toEqual([String(outletIds.length)]);
    const words = /[A-Za-z][A-Za-z ]{30,}/.exec(corpusJson.articles[0].text)![0];
    expect(whole.includes(words)).toBe(true);
    expect(one.includes(words)).toBe(false);
    // The outlets are about 1% of the corpus by size; allow 5%.
    expect(one.length / whole.length).toBeLessThan(0.05);
  });
});

describe('reproducible tarball', () => {
  it('packs to the same bytes whatever the umask the files were made with', () => {
    const packFrom = (mode: 'loose' | 'tight') => {
      const dir = mkdtempSync(path.join(tmpdir(), `qantar-pack-${mode}-`));
      temps.push(dir);
      for (const entry of ['package.json', ...pkg.files, 'scripts/normalize-modes.mjs']) {
        if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
      }
      // As if built under umask 077 (owner only) or 002 (group-writable).
      const walk = (p: string) => {
        const dirMode = mode === 'tight' ? 0o700 : 0o775;
        if (statSync(p).isDirectory()) { chmodSync(p, dirMode); for (const n of readdirSync(p)) walk(path.join(p, n)); } else chmodSync(p, mode === 'tight' ? 0o600 : 0o664);
      };
      for (const n of readdirSync(dir)) walk(path.join(dir, n));
      const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: dir, encoding: 'utf8' }));
      return { hash: createHash('sha256').update(readFileSync(path.join(dir, info.filename))).digest('hex'), files: info.files as { path: string; mode: number }[] };
    };
    const loose = packFrom('loose');
    const tight = packFrom('tight');
    expect(tight.hash).toBe(loose.hash);
    const modes = new Set(tight.files.map((f) => `${f.path === pkg.bin['qantar-corpus'].replace(/^\.\//, '') ? 'bin' : 'file'} ${f.mode.toString(8)}`));
    expect([...modes].sort()).toEqual(['bin 755', 'file 644']);
  }, 120_000);
});

describe('the main entry and zod', () => {
  it('the main entry loads no zod, and the schema entry names zod when it is missing', () => {
    rmSync(path.join(consumer, 'node_modules', 'zod'), { recursive: true, force: true });
    const main = esm("import { figures } from 'qantar-corpus'; console.log(figures().length > 0);");
    expect(main.stderr).toBe('');
    expect(main.stdout.trim()).toBe('true');
    const loaded = cjs("require('qantar-corpus'); console.log(JSON.stringify(Object.keys(require.cache).map((k) => k.split('node_modules/').pop())));");
    expect(JSON.parse(loaded.stdout)).toEqual(['qantar-corpus/dist/index.cjs', 'qantar-corpus/dist/internal/corpus.json']);
    const schema = esm("import 'qantar-corpus/schema';");
    expect(schema.stderr).toMatch(/Cannot find package 'zod'/);
  });
});
