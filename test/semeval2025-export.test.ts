import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { semeval2025Files } from '../scripts/exports/semeval2025.js';
import type { Corpus } from '../src/generated/types.js';

const root = path.resolve(import.meta.dirname, '..');
const corpus = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.json'), 'utf8')) as Corpus;

/**
 * Reads the export as the SemEval-2025 subtask 1 scorer does (tab-separated, key = article, mention,
 * start, end; main role in column 5, fine roles from column 6) and checks it against corpus.json with
 * Python's standard library only: the mention is text[start:end + 1] of the raw document, every role
 * is in the taxonomy under its main role, and every corpus role is in the gold or listed as left out.
 */
const CHECKER = String.raw`
import json, os, sys
out, corpus_path = sys.argv[1], sys.argv[2]
corpus = json.load(open(corpus_path, encoding='utf-8'))
d = os.path.join(out, 'semeval2025')
taxonomy = {}
for line in open(os.path.join(d, 'roles.txt'), encoding='utf-8').read().splitlines():
    main, fine = line.split('\t')
    taxonomy.setdefault(main, set()).add(fine)
problems = []
def rows(name):
    return [line.rstrip('\n').split('\t') for line in open(os.path.join(d, name), encoding='utf-8') if line.strip()]
gold = {}
for cols in rows('subtask-1-annotations.txt'):
    article_id, mention, start, end, main, fine = cols[0], cols[1], int(cols[2]), int(cols[3]), cols[4], cols[5:]
    text = open(os.path.join(d, 'raw-documents', article_id), encoding='utf-8', newline='').read()
    if text[start:end + 1] != mention: problems.append('mention %r is not text[%d:%d] of %s' % (mention, start, end + 1, article_id))
    if main not in taxonomy or not fine or any(f not in taxonomy[main] for f in fine): problems.append('bad roles %r %r' % (main, fine))
    key = (article_id, mention, start, end)
    if key in gold: problems.append('duplicate key %r' % (key,))
    gold[key] = (main, set(fine))
inputs = {tuple(c[:2]) + (int(c[2]), int(c[3])) for c in rows('subtask-1-entity-mentions.txt')}
if inputs != set(gold): problems.append('the mention input and the gold have different keys')
readme = open(os.path.join(d, 'README.txt'), encoding='utf-8').read()
covered = 0
for r in corpus['entityRoles']:
    key = (r['article'] + '.txt', r['span']['text'], r['span']['start'], r['span']['end'] - 1)
    if key in gold:
        covered += 1
        if r['main'] != gold[key][0] or not set(r['fine']) <= gold[key][1]: problems.append('roles differ for %r' % (key,))
    elif '%s %d-%d' % (r['article'], r['span']['start'], r['span']['end']) not in readme:
        problems.append('role %s is neither in the gold nor listed as left out' % r['id'])
print(json.dumps({'problems': problems, 'gold': len(gold), 'covered': covered}))
`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'semeval2025-'));
  for (const [name, content] of Object.entries(semeval2025Files(corpus))) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  writeFileSync(path.join(dir, 'check.py'), CHECKER);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SemEval-2025 Task 10 subtask 1 export', () => {
  it('a Python stdlib reader finds every mention at its inclusive offsets and every corpus role in the gold or listed as left out', () => {
    const result = JSON.parse(execFileSync('python3', [path.join(dir, 'check.py'), dir, path.join(root, 'src/generated/corpus.json')], { encoding: 'utf8' })) as { problems: string[]; gold: number; covered: number };
    expect(result.problems).toEqual([]);
    const spans = new Set(corpus.entityRoles.map((r) => `${r.article}@${r.span.start}-${r.span.end}`));
    const twoMains = [...spans].filter((k) => new Set(corpus.entityRoles.filter((r) => `${r.article}@${r.span.start}-${r.span.end}` === k).map((r) => r.main)).size > 1);
    expect(result.gold).toBe(spans.size - twoMains.length);
    // RFA's demonstrators: rebels and victims in RFA's own voice, two main roles on one mention.
    expect(twoMains).toEqual(['rfa-2022-01-07-xi-praises-measures@1195-1212']);
  });

  it('read back as predictions by the package\'s scorer, loses only the left-out mention', () => {
    const gold = path.join(dir, 'semeval2025', 'subtask-1-annotations.txt');
    const out = execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'score', 'entity-roles', gold, '--json'], { encoding: 'utf8' });
    const report = JSON.parse(out) as { metrics: { id: string; value: number | null }[] };
    const metric = (id: string) => report.metrics.find((m) => m.id === id)?.value;
    const mentions = new Set(corpus.entityRoles.map((r) => `${r.article}@${r.span.start}-${r.span.end}`)).size;
    // Every written row is right; the one mention with two main roles is missing, so it is wrong.
    expect(metric('fine_micro_precision')).toBe(1);
    expect(metric('emr')).toBeCloseTo((mentions - 1) / mentions, 12);
    expect(metric('main_accuracy')).toBeCloseTo((mentions - 1) / mentions, 12);
  });
});
