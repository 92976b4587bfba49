import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// The corpus is loaded as a JSON module at run time (V8 parses JSON far faster than an object
// literal), so the bundler must leave the import in place. It points at dist/internal/corpus.json,
// the library's own copy: no entry of the exports map reaches that file, so the module object the
// library freezes is one no other code can import, and editing `qantar-corpus/corpus.json` (a
// different module) cannot change what the helpers return.
const corpusJsonExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'corpus-json-external',
  setup(build) {
    build.onResolve({ filter: /generated\/corpus\.json$/ }, () => ({ path: './internal/corpus.json', external: true }));
  },
};

const shared: Options = {
  // node20.10 or later: with `node20`, esbuild drops the `with { type: 'json' }` attribute and Node 20 then fails.
  target: 'node20.10',
  splitting: false,
  sourcemap: false,
  // tsup's rollup tree-shaking pass rewrites `with { type: 'json' }` to the deprecated `assert`.
  treeshake: false,
  // An optional peer dependency of the schema entry (docs/performance.md, "Dependencies").
  external: ['zod'],
  esbuildPlugins: [corpusJsonExternal],
};

// esbuild's CommonJS export helper walks the export map with `for...in`, which also visits keys a
// polluted Object.prototype adds, so requiring the CJS build after `Object.prototype.x = {}` threw.
// The helper is rewritten to walk own keys only; the hostile tests require the build polluted.
const CJS_EXPORT_LOOP = 'for (var name in all)';
function ownKeysExportLoop(file: string): void {
  const code = readFileSync(file, 'utf8');
  if (!code.includes(CJS_EXPORT_LOOP)) return;
  writeFileSync(file, code.replace(CJS_EXPORT_LOOP, 'for (var name of Object.keys(all))'));
}

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', score: 'src/score/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    clean: true,
    async onSuccess() {
      for (const file of ['dist/index.cjs', 'dist/schema.cjs']) ownKeysExportLoop(file);
    },
    // The JSON files (corpus.json, internal/corpus.json, data/*.json) and their declarations are
    // written after tsup by `npm run build:json` (scripts/build-json-entries.ts).
  },
  // The command-line tool: ESM only, no declarations (it is not imported).
  { ...shared, entry: { cli: 'src/cli.ts' }, format: ['esm'], dts: false, platform: 'node', clean: false },
]);
