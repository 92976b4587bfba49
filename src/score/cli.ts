// `qantar-corpus score <layer> <predictions.jsonl | -> [--json] [--bootstrap N] [--articles a,b]`:
// the command-line face of the scorer, registered as one entry of src/cli.ts's COMMANDS.
import { readFileSync, statSync } from 'node:fs';
import { QantarCorpusError } from '../errors.js';
import { corpus } from '../collections.js';
import { EVALUATION_SET_NOTE, scoreWithCorpus, type ScoreReport } from './evaluate.js';
import { LAYER_NAMES } from './registry.js';

/** The largest prediction file read (the corpus's own exports are well under 1 MB). */
const MAX_BYTES = 64 * 1024 * 1024;

function readInput(path: string): string {
  if (path === '-') return readFileSync(0, 'utf8');
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw new QantarCorpusError('BAD_ARGUMENT', `cannot read predictions file ${JSON.stringify(path)}: ${(error as NodeJS.ErrnoException).code ?? 'error'}; give a JSONL file, or - for standard input`, path);
  }
  if (!info.isFile()) throw new QantarCorpusError('BAD_ARGUMENT', `${JSON.stringify(path)} is not a regular file; give a JSONL file, or - for standard input`, path);
  if (info.size > MAX_BYTES) throw new QantarCorpusError('BAD_ARGUMENT', `${JSON.stringify(path)} is ${info.size} bytes; the scorer reads files up to ${MAX_BYTES} bytes`, path);
  return readFileSync(path, 'utf8');
}

const fmt = (v: number | null) => (v === null ? 'n/a' : v.toFixed(4));

/** The lines printed before the metric table: what was scored, n, and the evaluation-set note. */
export function reportHeader(r: ScoreReport): string[] {
  const lines = [
    `${r.title} (corpus ${r.corpusVersion})`,
    `Reference: ${r.reference}.`,
    `n: ${r.n.articles} articles, ${r.n.gold} gold records, ${r.n.predicted} predictions${r.n.outsideEvaluationSet > 0 ? ` (${r.n.outsideEvaluationSet} prediction lines about other articles not scored: --articles)` : ''}.`,
    r.bootstrap ? `95% CI: percentile bootstrap over articles, ${r.bootstrap.resamples} resamples, seed ${r.bootstrap.seed}.` : 'No confidence intervals (--bootstrap 0).',
    `Note: ${EVALUATION_SET_NOTE}`,
  ];
  if (r.message) lines.push(r.message);
  for (const c of r.confusions) {
    lines.push('', `Confusion matrix, ${c.title}:`);
    const w = Math.max(...c.labels.map((l) => l.length), 5);
    lines.push(['', ...c.labels].map((l) => l.padStart(w)).join(' '));
    for (const [i, row] of c.matrix.entries()) lines.push([c.labels[i] as string, ...row.map(String)].map((x) => x.padStart(w)).join(' '));
  }
  return lines;
}

/** The `score` command, in the shape of src/cli.ts's command registry. */
export const scoreCommand = {
  summary: 'score predictions (JSONL in the corpus record shape) for a layer against the corpus: an evaluation set, not training data',
  usage: `qantar-corpus score <layer> <predictions.jsonl | -> [--bootstrap <n>] [--articles <id,id>]   (layers: ${LAYER_NAMES.join(', ')})`,
  options: {
    bootstrap: { type: 'string' as const, help: 'bootstrap resamples over articles for 95% intervals (default 1000, fixed seed; 0: none)' },
    articles: { type: 'string' as const, help: 'score only these articles (comma-separated IDs)' },
  },
  positionals: 2,
  run(values: Record<string, string | boolean | undefined>, positionals: string[]) {
    if (positionals.length !== 2) {
      throw new QantarCorpusError('BAD_ARGUMENT', `score needs a layer and a predictions file (or - for standard input), e.g. qantar-corpus score citations predictions.jsonl; layers: ${LAYER_NAMES.join(', ')}`, positionals);
    }
    const [layer, path] = positionals as [string, string];
    let bootstrap: number | undefined;
    if (typeof values.bootstrap === 'string') {
      if (!/^\d+$/.test(values.bootstrap)) throw new QantarCorpusError('BAD_ARGUMENT', `--bootstrap must be a whole number of resamples (0 for none), got ${JSON.stringify(values.bootstrap)}`, values.bootstrap);
      bootstrap = Number(values.bootstrap);
    }
    const articles = typeof values.articles === 'string' ? values.articles.split(',').map((s) => s.trim()).filter((s) => s !== '') : undefined;
    const report = scoreWithCorpus(corpus, layer, readInput(path), { ...(bootstrap !== undefined ? { bootstrap } : {}), ...(articles ? { articles } : {}) });
    if (!values.json) process.stderr.write(`${reportHeader(report).join('\n')}\n\n`);
    return {
      columns: ['metric', 'value', '95% CI', 'id'],
      rows: report.metrics.map((m) => ({ metric: m.label, value: fmt(m.value), '95% CI': m.ci ? `${fmt(m.ci[0])}–${fmt(m.ci[1])}` : '-', id: m.id })),
      json: report,
    };
  },
};
