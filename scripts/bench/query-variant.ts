// A build of the library whose corpus is injected instead of imported, so that the query
// benchmarks run the library's own query code (src/, bundled by esbuild as tsup does) over a
// synthetic corpus without writing hundreds of MB of JSON. Only one line differs from the real
// build: src/internal/data.ts's `import corpusJson from '../generated/corpus.json' with { type: 'json' }`
// becomes `const corpusJson = globalThis.__qantarBenchCorpus`; everything after it (deep freezing,
// lazy indexes, the helpers) is the library's code unchanged. The public API and the import cost of
// the real package are untouched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Corpus } from '../../src/generated/types.js';

export type Library = typeof import('../../src/index.js');

const GLOBAL = '__qantarBenchCorpus';
const CORPUS_IMPORT = /import\s+(\w+)\s+from\s+['"][^'"]*generated\/corpus\.json['"]\s*with\s*\{[^}]*\}\s*;?/;

/** Bundles src/index.ts into `file` with the corpus read from a global at import time. */
export async function buildVariant(root: string, file: string): Promise<void> {
  const dataModule = path.join(root, 'src', 'internal', 'data.ts');
  await build({
    entryPoints: [path.join(root, 'src', 'index.ts')],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20.10',
    logLevel: 'error',
    plugins: [
      {
        name: 'inject-corpus',
        setup(b) {
          b.onLoad({ filter: /[\\/]src[\\/]internal[\\/]data\.ts$/ }, (args) => {
            if (path.resolve(args.path) !== dataModule) return undefined;
            const source = readFileSync(args.path, 'utf8');
            if (!CORPUS_IMPORT.test(source)) {
              throw new Error(`bench: ${args.path} no longer has the line "import <name> from '../generated/corpus.json' with { type: 'json' }" that the query benchmark replaces; update scripts/bench/query-variant.ts`);
            }
            return { contents: source.replace(CORPUS_IMPORT, (_m, name: string) => `const ${name} = (globalThis as any).${GLOBAL};`), loader: 'ts' };
          });
        },
      },
    ],
  });
}

/** Imports a variant (each file is a separate module instance) with `corpus` as its data. */
export async function loadVariant(file: string, corpus: Corpus): Promise<Library> {
  (globalThis as Record<string, unknown>)[GLOBAL] = corpus;
  try {
    return (await import(pathToFileURL(file).href)) as Library;
  } finally {
    delete (globalThis as Record<string, unknown>)[GLOBAL];
  }
}
