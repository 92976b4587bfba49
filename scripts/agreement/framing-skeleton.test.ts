import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { corpus } from '../../src/index.js';
import { framingAgreementSchema } from './framing.js';

const root = path.resolve(import.meta.dirname, '../..');
const RT = 'rt-2022-04-27-color-revolution-warning';
const labels = corpus.labels.filter((l) => l.article === RT);

/** Runs the skeleton tool on a reading and returns its exit status, stderr and the parsed output file. */
function skeleton(reading: unknown) {
  const dir = mkdtempSync(path.join(tmpdir(), 'framing-skeleton-'));
  const file = path.join(dir, 'reading.yaml');
  writeFileSync(file, stringify(reading));
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/agreement/framing-skeleton.ts', RT, file, '--out', dir, '--date', '2026-12-02'], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, out: r.status === 0 ? framingAgreementSchema.parse(parse(readFileSync(path.join(dir, `${RT}.yaml`), 'utf8'))) : null };
}

const base = {
  genre: { genre: 'reporting' },
  frames: [{ frame: 'Security_and_defense' }],
  labels: labels.map((_, i) => ({ unit: `L${i + 1}`, isLabel: true, category: 'unrest', label: 'protests', target: 'qantar-unrest', voice: 'authorial', citation: null, scareQuoted: false })),
  techniques: [
    // P8 holds RT's own Doubt span; an overlapping span of the same technique matches it.
    { paragraph: 8, at: 'did not provide any evidence', technique: 'Doubt', voice: 'authorial', citation: null },
    { paragraph: 8, at: 'The Kazakh leader claimed', technique: 'Loaded_Language', voice: 'authorial', citation: null },
  ],
  roles: [{ entity: 'collective-security-treaty-organization', at: 'Collective Security Treaty Organization', paragraph: 7, main: 'Protagonist', fine: ['Peacemaker'], voice: 'authorial', citation: null }],
};

describe('scripts/agreement/framing-skeleton.ts', () => {
  it('resolves the reader\'s spans in the paragraphs they name and matches techniques and roles one to one', () => {
    const { status, stderr, out } = skeleton(base);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const text = corpus.articles.find((a) => a.id === RT)!.text;
    for (const t of [...out!.techniques.matched.map((m) => m.second), ...out!.techniques.secondOnly.map((m) => m.second)]) expect(text.slice(t.span.start, t.span.end)).toBe(t.span.text);
    expect(out!.techniques.matched.map((m) => m.first)).toEqual([corpus.techniques.find((t) => t.article === RT && t.technique === 'Doubt')!.id]);
    expect(out!.techniques.secondOnly.map((m) => m.second.technique)).toEqual(['Loaded_Language']);
    expect(out!.techniques.firstOnly).toHaveLength(corpus.techniques.filter((t) => t.article === RT).length - 1);
    expect(out!.roles.matched.map((m) => m.first)).toEqual(corpus.entityRoles.filter((r) => r.article === RT && r.entity === 'collective-security-treaty-organization').map((r) => r.id));
    expect(out!.labels).toHaveLength(labels.length);
  });

  it('refuses a span that is not in the paragraph the reader names, naming it', () => {
    const bad = { ...base, techniques: [{ paragraph: 2, at: 'did not provide any evidence', technique: 'Doubt', voice: 'authorial', citation: null }] };
    const { status, stderr } = skeleton(bad);
    expect(status).not.toBe(0);
    expect(stderr).toContain('techniques[0]: "did not provide any evidence" is not in paragraph 2');
  });
});
