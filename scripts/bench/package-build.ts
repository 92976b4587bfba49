// Builds the package into a temporary folder with the project's own tsup config (so the bench
// measures the current source, built exactly as `npx tsup` builds it, without touching dist/), and
// measures the tarball that `npm pack` would publish from it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'tsup';
import { jsonEntryFiles } from '../build/json-entries.js';
import { sizes } from './stats.js';

/** The import of the library's own copy of the corpus in the built main entry (tsup.config.ts). */
export const JSON_IMPORT = /^import (\w+) from ["']\.\/internal\/corpus\.json["'] with \{ type: ["']json["'] \};$/m;

export interface BuiltPackage {
  /** Folder laid out like the published package: package.json, README, LICENSE, CHANGELOG, dist/. */
  pkgDir: string;
  distDir: string;
}

/** Runs tsup (tsup.config.ts from `root`, with only outDir redirected) into `outRoot`/package/dist, then writes the JSON entries there. */
export async function buildPackage(root: string, outRoot: string): Promise<BuiltPackage> {
  // tsup reads tsup.config.ts and resolves the entries from the directory the process started in.
  if (path.resolve(process.cwd()) !== path.resolve(root)) {
    throw new Error(`bench: run from the repository root (${root}), not ${process.cwd()}: tsup builds from the working directory (npm run bench does this)`);
  }
  const pkgDir = path.join(outRoot, 'package');
  const distDir = path.join(pkgDir, 'dist');
  mkdirSync(pkgDir, { recursive: true });
  // What `npm pack` would take besides dist/: package.json, the "files" entries, README and LICENSE.
  const files = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { files?: string[] }).files ?? [];
  for (const file of new Set(['package.json', 'README.md', 'LICENSE', ...files])) {
    if (file === 'dist' || file.startsWith('dist/') || !existsSync(path.join(root, file))) continue;
    cpSync(path.join(root, file), path.join(pkgDir, file), { recursive: true });
  }
  await build({ outDir: distDir, silent: true });
  // What `npm run build:json` writes into dist/ after tsup: the JSON entries and their declarations.
  const generated = (file: string) => readFileSync(path.join(root, 'src', 'generated', file), 'utf8');
  for (const [name, content] of Object.entries(jsonEntryFiles(generated('corpus.json'), generated('corpus.schema.json')))) {
    mkdirSync(path.dirname(path.join(distDir, name)), { recursive: true });
    writeFileSync(path.join(distDir, name), content);
  }
  for (const file of ['index.js', 'index.d.ts', 'corpus.json', 'internal/corpus.json']) {
    if (!existsSync(path.join(distDir, file))) throw new Error(`bench: the tsup build in ${distDir} produced no ${file}; run \`npx tsup\` to see the build error`);
  }
  const entry = readFileSync(path.join(distDir, 'index.js'), 'utf8');
  if (!JSON_IMPORT.test(entry)) {
    throw new Error('bench: dist/index.js does not import ./internal/corpus.json with { type: "json" } (was the JSON inlined, or the import attribute dropped?); see tsup.config.ts');
  }
  return { pkgDir, distDir };
}

export interface PackageSizes {
  tarball: number;
  unpacked: number;
  files: number;
  indexJs: { raw: number; gzip: number };
  corpusJson: { raw: number; gzip: number };
}

/** Sizes of the tarball (`npm pack --dry-run --json`), dist/index.js and dist/corpus.json. */
export function packageSizes(pkg: BuiltPackage): PackageSizes {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: pkg.pkgDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(out.slice(out.indexOf('['))) as { size: number; unpackedSize: number; entryCount: number }[];
  if (!info) throw new Error(`bench: npm pack --dry-run --json printed no package: ${out.slice(0, 200)}`);
  return {
    tarball: info.size,
    unpacked: info.unpackedSize,
    files: info.entryCount,
    indexJs: sizes(readFileSync(path.join(pkg.distDir, 'index.js'))),
    corpusJson: sizes(readFileSync(path.join(pkg.distDir, 'corpus.json'))),
  };
}
