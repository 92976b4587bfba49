// The `score` command spawned as users run it: the built bin on files and standard input.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpus, ndjsonExport, root, toJsonl } from '../../test/support/score.js';

const bin = path.join(root, 'dist', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'qantar-score-'));

beforeAll(() => {
  if (!existsSync(bin)) execFileSync(process.execPath, [path.join(root, 'node_modules/tsup/dist/cli-default.js')], { cwd: root, stdio: 'ignore' });
}, 300_000);

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, 'score', ...args], { cwd: root, encoding: 'utf8', input, env: { ...process.env, COLUMNS: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const rfa = corpus.articles.find((a) => a.id === 'rfa-2022-01-07-xi-praises-measures');
const figureLines = corpus.figures.map((f) => ({ article: f.article, span: f.span, value: f.value, unit: f.unit, qualifier: f.qualifier }));

describe('qantar-corpus score: malformed lines', () => {
  const cases: [string, string, object, RegExp][] = [
    ['an unknown article ID', 'figures', { article: 'rfa-2022-01-07', span: { start: 0, end: 4 } }, /line 3: field "article": "rfa-2022-01-07" is not an article ID in this evaluation set; valid: rfa-2022-01-07-xi-praises-measures, /],
    ['a span outside the text', 'figures', { article: rfa?.id, span: { start: 10, end: 99999 } }, new RegExp(`line 3: field "span.end": 99999 is outside the text of rfa-2022-01-07-xi-praises-measures, which is ${rfa?.text.length} code units long`)],
    ['span text that does not match the offsets', 'figures', { article: rfa?.id, span: { start: 0, end: 4, text: 'Hom' } }, /line 3: field "span.text": "Hom" does not match the text at 0-4 of rfa-2022-01-07-xi-praises-measures, which is "Home"/],
    ['an unknown label', 'figures', { article: rfa?.id, span: { start: 0, end: 4 }, qualifier: 'roughly' }, /line 3: field "qualifier": unknown label "roughly"; valid: exact, approximately, at-least, more-than, up-to, vague/],
    ['an unknown stance', 'claim-mentions', { article: rfa?.id, span: { start: 0, end: 4 }, claim: corpus.claims[0]?.id, stance: 'supports' }, /line 3: field "stance": unknown label "supports"; valid: asserts, endorses, reports, questions, disputes/],
    ['an unknown entity', 'entity-mentions', { article: rfa?.id, span: { start: 0, end: 4 }, entity: 'xi-jinpin' }, /line 3: field "entity": "xi-jinpin" is not a entity ID of this corpus/],
    ['a missing required field', 'segments', { article: rfa?.id, span: { start: 0, end: 4 } }, /line 3: field "content": required: true \(the span is article content\) or false/],
  ];
  for (const [what, layer, bad, message] of cases) {
    it(`${what}: exit 2, the line, the field and what is valid, no stack trace`, () => {
      const lines = layer === 'figures' ? [figureLines[0], figureLines[1], bad, figureLines[2]] : [bad];
      const text = layer === 'figures' ? toJsonl(lines) : `\n\n${JSON.stringify(bad)}\n`;
      const r = run([layer, file(`${layer}-bad.jsonl`, text)]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }

  it('a line that is not JSON names its number', () => {
    const r = run(['figures', '-'], `${JSON.stringify(figureLines[0])}\n{"article": oops}\n`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^qantar-corpus: line 2: not valid JSON/);
  });

  it('an unknown layer, a missing file and a directory are usage errors naming the valid choices', () => {
    expect(run(['quotes', '-'], '').stderr).toMatch(/unknown layer "quotes"; valid: segments, entity-mentions, figures, citations, claim-mentions, labels, techniques/);
    expect(run(['figures', path.join(dir, 'nope.jsonl')]).stderr).toMatch(/cannot read predictions file .*ENOENT/);
    expect(run(['figures', dir]).stderr).toMatch(/is not a regular file/);
    expect(run(['figures']).status).toBe(2);
    expect(run(['figures', '-', '--bootstrap', 'ten'], '').stderr).toMatch(/--bootstrap must be a whole number/);
    expect(run(['figures', '-', '--articles', 'rt'], '').stderr).toMatch(/unknown article "rt"/);
  });
});

describe('qantar-corpus score: reports', () => {
  it('scores a file with the table on stdout and n, the intervals and the evaluation-set note on stderr', () => {
    const r = run(['figures', file('figures.jsonl', toJsonl(figureLines.slice(0, 12))), '--bootstrap', '100']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^metric\s+value\s+95% CI\s+id\n/);
    expect(r.stdout).toMatch(/detection precision \(pinned\)\s+1\.0000\s+1\.0000–1\.0000\s+precision/);
    expect(r.stderr).toMatch(new RegExp(`n: 5 articles, ${corpus.figures.length} gold records, 12 predictions`));
    expect(r.stderr).toMatch(/evaluation set, not training data/);
    expect(r.stderr).toMatch(/95% CI: percentile bootstrap over articles, 100 resamples, seed 20220105/);
  });

  it('--json prints the report; the same input gives the same bytes; a symlinked file reads as its target', () => {
    const target = file('figures-all.jsonl', toJsonl(figureLines.filter((_, i) => i % 2 === 0)));
    const link = path.join(dir, 'link.jsonl');
    symlinkSync(target, link);
    const a = run(['figures', target, '--json']);
    const b = run(['figures', link, '--json']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout);
    expect(report.n).toEqual({ articles: 5, gold: corpus.figures.length, predicted: Math.ceil(corpus.figures.length / 2), outsideEvaluationSet: 0 });
    expect(report.note).toMatch(/evaluation set, not training data/);
    expect(report.metrics.find((m: { id: string }) => m.id === 'recall').value).toBe(Math.ceil(corpus.figures.length / 2) / corpus.figures.length);
  });

  it('--articles scores those articles and reports the lines about others as not scored', () => {
    const r = run(['figures', '-', '--json', '--articles', 'rfa-2022-01-07-xi-praises-measures', '--bootstrap', '0'], toJsonl(figureLines));
    const report = JSON.parse(r.stdout);
    const inRfa = corpus.figures.filter((f) => f.article === 'rfa-2022-01-07-xi-praises-measures').length;
    expect(report.n).toEqual({ articles: 1, gold: inRfa, predicted: inRfa, outsideEvaluationSet: corpus.figures.length - inRfa });
    expect(report.bootstrap).toBeNull();
  });

  it('the corpus NDJSON export piped in scores 1 on every metric', async () => {
    const r = run(['citations', '-', '--json', '--bootstrap', '0'], await ndjsonExport('citations'));
    const report = JSON.parse(r.stdout);
    for (const m of report.metrics) if (m.value !== null) expect([m.id, m.value]).toEqual([m.id, 1]);
  });

  it('techniques: the SemEval TSV of a system that finds nothing right scores 0, with the evaluation-set note', () => {
    const r = run(['techniques', '-', '--json', '--bootstrap', '0'], `${rfa?.id}\tSlogans\t0\t4\n`);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.metrics.find((m: { id: string }) => m.id === 'micro_recall').value).toBe(0);
  });

  it('the worked example of docs/evaluate.md gives the numbers the guide works out', () => {
    const guide = readFileSync(path.join(root, 'docs', 'evaluate.md'), 'utf8');
    const jsonl = /```jsonl\n([\s\S]*?)```/.exec(guide)?.[1] as string;
    const command = /```sh\n(qantar-corpus score figures predictions\.jsonl[^\n]*)\n```/.exec(guide)?.[1] as string;
    const args = command.split(' ').slice(1).map((a) => (a === 'predictions.jsonl' ? file('predictions.jsonl', jsonl) : a));
    const r = spawnSync(process.execPath, [bin, ...args, '--json'], { cwd: root, encoding: 'utf8' });
    const m = Object.fromEntries(JSON.parse(r.stdout).metrics.map((x: { id: string; value: number }) => [x.id, x.value]));
    expect(m).toMatchObject({ precision: 0.5, recall: 1, span_exact: 0.5, value: 0.5, unit: 0.5, qualifier: 0.5, measure: 0, overall: 0.5 });
  });
});
