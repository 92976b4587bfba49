// A release as it will be made: `changeset version` writes the CHANGELOG entry and bumps the
// version, then release-notes adds the records added, removed and changed since the last release.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { insertReleaseNotes } from '../scripts/release-notes.js';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'qantar-release-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const corpus = JSON.parse(readFileSync(path.join(root, 'src', 'generated', 'corpus.json'), 'utf8')) as Record<string, unknown> & { claims: { id: string }[]; corpusVersion: string };

describe('release', () => {
  it('changeset version and release-notes produce a CHANGELOG entry with the data changes', () => {
    writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'qantar-corpus', version: '0.1.0', private: false }, null, 2));
    mkdirSync(path.join(work, '.changeset'));
    cpSync(path.join(root, '.changeset', 'config.json'), path.join(work, '.changeset', 'config.json'));
    writeFileSync(path.join(work, '.changeset', 'add-claims.md'), "---\n'qantar-corpus': minor\n---\n\nAdd a claim about the CSTO withdrawal.\n");
    writeFileSync(path.join(work, 'CHANGELOG.md'), '# qantar-corpus\n');
    execFileSync(process.execPath, [path.join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], { cwd: work, stdio: 'pipe' });
    expect(JSON.parse(readFileSync(path.join(work, 'package.json'), 'utf8')).version).toBe('0.2.0');

    // The "previous release" lacks one claim: the release notes must list it as added.
    const [dropped] = corpus.claims;
    const previous = { ...corpus, corpusVersion: '0.1.0', claims: corpus.claims.slice(1) };
    writeFileSync(path.join(work, 'previous.json'), JSON.stringify(previous));
    writeFileSync(path.join(work, 'current.json'), JSON.stringify(corpus));
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'release-notes.ts'),
      '--old', path.join(work, 'previous.json'), '--new', path.join(work, 'current.json'), '--changelog', path.join(work, 'CHANGELOG.md'), '--package', path.join(work, 'package.json')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const changelog = readFileSync(path.join(work, 'CHANGELOG.md'), 'utf8');
    const entry = changelog.slice(changelog.indexOf('## 0.2.0'));
    expect(entry).toContain('Add a claim about the CSTO withdrawal.');
    expect(entry).toContain('### Data changes');
    expect(entry).toMatch(new RegExp(`Added:\\s+- \`${dropped!.id}\``));
  });

  it('refuses to write notes when an ID disappears without a major bump', () => {
    const removed = { ...corpus, corpusVersion: '0.2.0', claims: corpus.claims.slice(1) };
    writeFileSync(path.join(work, 'removed.json'), JSON.stringify(removed));
    writeFileSync(path.join(work, 'before.json'), JSON.stringify({ ...corpus, corpusVersion: '0.1.0' }));
    writeFileSync(path.join(work, 'pkg.json'), JSON.stringify({ version: '0.1.1' }));
    const before = readFileSync(path.join(work, 'CHANGELOG.md'), 'utf8');
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'release-notes.ts'),
      '--old', path.join(work, 'before.json'), '--new', path.join(work, 'removed.json'), '--changelog', path.join(work, 'CHANGELOG.md'), '--package', path.join(work, 'pkg.json')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error: .*removed|error: .*claims/i);
    expect(readFileSync(path.join(work, 'CHANGELOG.md'), 'utf8')).toBe(before);
  });

  it('places the notes inside the right version, before the previous one', () => {
    const out = insertReleaseNotes('# c\n\n## 0.2.0\n\n### Minor Changes\n\n- x\n\n## 0.1.0\n\n- y\n', '0.2.0', '# qantar-corpus 0.2.0\n\nSummary.\n\n## Claims\n\nAdded:\n\n- `a`\n');
    expect(out.indexOf('### Data changes')).toBeGreaterThan(out.indexOf('- x'));
    expect(out.indexOf('### Data changes')).toBeLessThan(out.indexOf('## 0.1.0'));
    expect(out).toContain('#### Claims');
    expect(() => insertReleaseNotes('# c\n', '9.9.9', 'x')).toThrow(/changeset version/);
  });
});
