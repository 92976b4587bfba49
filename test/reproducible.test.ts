// Reproducible builds: building twice from the same sources gives byte-identical generated data and
// dist/, and nothing in the outputs depends on the machine (absolute paths, user, time).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const copies: string[] = [];
afterAll(() => { for (const c of copies) rmSync(c, { recursive: true, force: true }); });

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A copy of the sources in a new folder (a different absolute path each time), built from scratch. */
function buildCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qantar-repro-'));
  copies.push(dir);
  for (const item of ['package.json', 'tsconfig.json', 'tsup.config.ts', 'src', 'data', 'scripts']) {
    cpSync(path.join(root, item), path.join(dir, item), { recursive: true, filter: (f) => !f.includes(`${path.sep}generated${path.sep}`) && !f.endsWith(`${path.sep}generated`) });
  }
  // Reuse the installed dependencies rather than installing again.
  execFileSync('ln', ['-s', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  const env = { ...process.env, NODE_OPTIONS: '' };
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-corpus.ts'], { cwd: dir, stdio: 'ignore', env });
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--silent'], { cwd: dir, stdio: 'ignore', env });
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-json-entries.ts'], { cwd: dir, stdio: 'ignore', env });
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/exports/index.ts'], { cwd: dir, stdio: 'ignore', env });
  return dir;
}

describe('reproducible builds', () => {
  it('two builds in different folders give byte-identical generated data and dist/', () => {
    const a = buildCopy();
    const b = buildCopy();
    const generatedA = hashTree(path.join(a, 'src', 'generated'));
    expect(Object.keys(generatedA).sort()).toEqual(['corpus.json', 'corpus.schema.json', 'freeze-plan.ts', 'guards.ts', 'ids.ts', 'types.ts']);
    expect(hashTree(path.join(b, 'src', 'generated'))).toEqual(generatedA);
    const distA = hashTree(path.join(a, 'dist'));
    expect(Object.keys(distA)).toEqual(expect.arrayContaining(['index.js', 'internal/corpus.json', 'data/outlets.json', 'data/outlets.d.cts', 'corpus.json.d.cts']));
    expect(hashTree(path.join(b, 'dist'))).toEqual(distA);
    expect(readFileSync(path.join(a, 'datapackage.json'))).toEqual(readFileSync(path.join(b, 'datapackage.json')));

    // Nothing machine-specific leaks into what is shipped.
    const leaks = [a, b, root, tmpdir(), hostname(), userInfo().homedir, String(new Date().getFullYear()) + '-' + String(new Date().getMonth() + 1).padStart(2, '0')];
    for (const file of Object.keys(distA)) {
      // Compressed binary: its bytes can spell a short host name by chance; the same values are
      // checked as text in the JSONL file beside each Parquet file.
      if (file.endsWith('.parquet')) continue;
      const text = readFileSync(path.join(a, 'dist', file), 'utf8');
      for (const leak of leaks) expect(text.includes(leak), `${file} contains ${leak}`).toBe(false);
    }
  }, 240_000);
});
