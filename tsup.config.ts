import { copyFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// The corpus is loaded as a JSON module at run time (V8 parses JSON far faster than an object
// literal), so the bundler must leave the import in place and point it at dist/corpus.json.
const corpusJsonExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'corpus-json-external',
  setup(build) {
    build.onResolve({ filter: /generated\/corpus\.json$/ }, () => ({ path: './corpus.json', external: true }));
  },
};

const shared: Options = {
  // node20.10 or later: with `node20`, esbuild drops the `with { type: 'json' }` attribute and Node 20 then fails.
  target: 'node20.10',
  splitting: false,
  sourcemap: false,
  // tsup's rollup tree-shaking pass rewrites `with { type: 'json' }` to the deprecated `assert`.
  treeshake: false,
  external: ['zod'],
  esbuildPlugins: [corpusJsonExternal],
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', score: 'src/score/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    clean: true,
    async onSuccess() {
      copyFileSync('src/generated/corpus.json', 'dist/corpus.json');
      copyFileSync('src/generated/corpus.schema.json', 'dist/corpus.schema.json');
    },
  },
  // The command-line tool: ESM only, no declarations (it is not imported).
  { ...shared, entry: { cli: 'src/cli.ts' }, format: ['esm'], dts: false, platform: 'node', clean: false },
]);
