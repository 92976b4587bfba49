// The hostile-input bench works: `npm run bench -- --hostile --smoke --json` finishes and reports
// every figure as a finite number. Its bounds are enforced by the bench run itself (`npm run
// bench -- --hostile` exits 1 when one fails), never here: timings do not belong in unit tests.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('npm run bench -- --hostile --smoke --json', () => {
  it('prints each bounded figure with its bound, then one line of JSON of finite numbers', () => {
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench.ts', '--hostile', '--smoke', '--json'], {
        cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      // Exit 1 means a bound was exceeded on this (noisy, shared) machine: the report is still checked.
      stdout = String((error as { stdout?: string }).stdout ?? '');
    }
    const lines = stdout.trimEnd().split('\n');
    const report = JSON.parse(lines.at(-1) ?? '') as Record<string, number>;
    const names = Object.keys(report);
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const name of names) expect(Number.isFinite(report[name]), name).toBe(true);
    expect(report['validateCorpus in a 256 MB heap: failed runs (out of memory or crash)']).toBe(0);
    for (const name of names) expect(lines.some((l) => l.startsWith(name) && / bound /.test(l)), name).toBe(true);
  }, 300_000);
});
