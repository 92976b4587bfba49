/**
 * npm run build:json — writes the package's JSON entries and their declarations into dist/ (see
 * scripts/build/json-entries.ts). Runs after tsup, which empties dist/ and, while it writes the
 * bundled declarations, removes other `.d.ts` files it finds there.
 *
 *   --out <dir>   write there instead of dist/ (the bench builds the package in a temporary folder)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { jsonEntryFiles } from './build/json-entries.js';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(values.out ?? path.join(root, 'dist'));
const generated = (file: string) => readFileSync(path.join(root, 'src', 'generated', file), 'utf8');
const files = jsonEntryFiles(generated('corpus.json'), generated('corpus.schema.json'));
for (const [name, content] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  writeFileSync(path.join(out, name), content);
}
console.log(`Wrote ${Object.keys(files).length} JSON entry files and declarations to ${path.relative(root, out) || '.'}`);
