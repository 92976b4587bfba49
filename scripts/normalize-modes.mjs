// npm's `prepack` hook: gives every file the package ships the same permissions whatever the umask
// of the machine that built it (0644; 0755 for directories and for the `bin` files), because
// `npm pack` copies each file's mode into the tarball and the tarball should depend on its
// contents alone. Plain JavaScript with no imports beyond Node's, so that it runs before anything
// is installed. Not an install script: npm runs it only when packing or publishing.
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const executables = new Set(Object.values(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {})).map((p) => path.resolve(root, p)));

function normalize(p) {
  const stat = lstatSync(p);
  if (stat.isSymbolicLink()) return; // npm does not pack symlinks
  if (stat.isDirectory()) {
    chmodSync(p, 0o755);
    for (const name of readdirSync(p)) normalize(path.join(p, name));
  } else {
    chmodSync(p, executables.has(p) ? 0o755 : 0o644);
  }
}

for (const entry of ['package.json', ...(pkg.files ?? [])]) {
  const p = path.join(root, entry);
  if (existsSync(p)) normalize(p);
}
