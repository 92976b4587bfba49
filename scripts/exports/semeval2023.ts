/**
 * The framing layer in the SemEval-2023 Task 3 file formats, so that the task's models, loaders and
 * scorers run on this corpus unchanged. One entry of the exports registry (scripts/exports/index.ts); writes under
 * `semeval2023/` (shipped as `qantar-corpus/semeval2023/*`):
 *
 *   articles/article<N>.txt                  the article text, byte for byte (spans index it)
 *   labels-subtask-1.txt                     <N> TAB <genre>
 *   labels-subtask-2.txt                     <N> TAB <frame>,<frame>,...
 *   labels-subtask-3.txt                     <N> TAB <line> TAB <technique>,<technique>,...
 *   labels-subtask-3-spans/article<N>-labels-subtask-3.txt   <N> TAB <technique> TAB <start> TAB <end>
 *   techniques_subtask3.txt, frames_subtask2.txt, genres_subtask1.txt   the label lists, one per line
 *   ids.txt                                  <N> TAB <corpus article ID>
 *
 * Why numbers: the task's scorers and loaders read the article ID as "the numerical code in the name
 * of the file" (`article<N>.txt`) and some cast it to int, so a corpus ID cannot stand there. <N> is
 * derived from the corpus article ID (the first 8 hex digits of its SHA-256, as a decimal), so it is
 * stable across releases whatever articles are added; a collision fails the export.
 *
 * Paragraphs: subtask 3 numbers the lines of the article file from 1 (Python's `splitlines`). A line
 * gets a row when it overlaps a content segment, since only content was reviewed for techniques (a
 * row with no technique then means "reviewed, none found"); its techniques are those of every span
 * that overlaps it. Site furniture, credits and blank lines get no row. Spans in quoted speech are
 * included, as in the task's data; the corpus's `voice` field says whose they are.
 */
import { createHash } from 'node:crypto';
import type { Corpus } from '../../src/generated/types.js';
import { ARTICLE_GENRES, FRAMES, TECHNIQUES } from '../../src/schema/labels.js';
import type { ExportFormat } from './types.js';

/**
 * The stable numeric SemEval ID of a corpus article ID: the first 8 hex digits of its SHA-256, in decimal.
 *
 * @param articleId - A corpus article ID.
 * @returns The number the article's SemEval files carry, as a string.
 *
 * @example
 * ```ts
 * import { semevalArticleNumber } from './scripts/exports/semeval2023.js';
 * /^\d+$/.test(semevalArticleNumber('chinadaily-2022-01-10-editorial')); //=> true
 * ```
 */
export function semevalArticleNumber(articleId: string): string {
  return String(Number.parseInt(createHash('sha256').update(articleId).digest('hex').slice(0, 8), 16));
}

/** The lines of a text as Python's `str.splitlines` gives them (every boundary it knows), with offsets. */
export function pythonLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The SemEval-2023 Task 3 files of a corpus, by path under `semeval2023/`.
 *
 * @param corpus - The built corpus.
 * @returns File contents keyed by their path relative to the export folder.
 * @throws Error when two article IDs map to one number, or a record names an article the corpus lacks.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { semevalFiles } from './scripts/exports/semeval2023.js';
 * const corpus = JSON.parse(readFileSync('src/generated/corpus.json', 'utf8'));
 * Object.keys(semevalFiles(corpus)).includes('semeval2023/labels-subtask-1.txt'); //=> true
 * ```
 */
export function semevalFiles(corpus: Corpus): Record<string, string> {
  const dir = 'semeval2023';
  const files: Record<string, string> = {};
  const numberOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  for (const article of corpus.articles) {
    const n = semevalArticleNumber(article.id);
    const taken = idOf.get(n);
    if (taken !== undefined) throw new Error(`SemEval export: articles "${taken}" and "${article.id}" both map to number ${n}; give one a different ID.`);
    idOf.set(n, article.id);
    numberOf.set(article.id, n);
  }
  const num = (articleId: string, what: string) => {
    const n = numberOf.get(articleId);
    if (n === undefined) throw new Error(`SemEval export: ${what} names article "${articleId}", which is not in the corpus.`);
    return n;
  };
  const framingOf = new Map(corpus.framing.map((f) => [f.article, f]));
  const subtask1: string[] = [];
  const subtask2: string[] = [];
  const subtask3: string[] = [];
  for (const article of corpus.articles) {
    const n = num(article.id, 'the articles table');
    files[`${dir}/articles/article${n}.txt`] = article.text;
    const framing = framingOf.get(article.id);
    if (framing) {
      subtask1.push(`${n}\t${framing.genre}`);
      subtask2.push(`${n}\t${framing.frames.map((f) => f.frame).join(',')}`);
    }
    const spans = corpus.techniques.filter((t) => t.article === article.id);
    const content = article.segments.filter((s) => s.content).map((s) => s.span);
    for (const [index, line] of pythonLines(article.text).entries()) {
      if (line.start === line.end || !content.some((c) => overlaps(c, line))) continue;
      const found = [...new Set(spans.filter((t) => overlaps(t.span, line)).map((t) => t.technique))];
      subtask3.push(found.length ? `${n}\t${index + 1}\t${found.join(',')}` : `${n}\t${index + 1}\t`);
    }
    files[`${dir}/labels-subtask-3-spans/article${n}-labels-subtask-3.txt`] = spans.map((t) => `${n}\t${t.technique}\t${t.span.start}\t${t.span.end}\n`).join('');
  }
  for (const t of corpus.techniques) num(t.article, `technique "${t.id}"`);
  for (const f of corpus.framing) num(f.article, 'a framing record');
  const body = (rows: readonly string[]) => rows.map((r) => `${r}\n`).join('');
  files[`${dir}/labels-subtask-1.txt`] = body(subtask1);
  files[`${dir}/labels-subtask-2.txt`] = body(subtask2);
  files[`${dir}/labels-subtask-3.txt`] = body(subtask3);
  files[`${dir}/techniques_subtask3.txt`] = body(TECHNIQUES);
  files[`${dir}/frames_subtask2.txt`] = body(FRAMES);
  files[`${dir}/genres_subtask1.txt`] = body(ARTICLE_GENRES);
  files[`${dir}/ids.txt`] = body(corpus.articles.map((a) => `${num(a.id, 'the articles table')}\t${a.id}`));
  // The task's files take no comment line (its scorers would read one as a row), so the notice is here.
  files[`${dir}/README.txt`] = [
    `Generated by scripts/exports/semeval2023.ts from the qantar-corpus ${corpus.corpusVersion} framing layer. Do not edit.`,
    '',
    'The SemEval-2023 Task 3 file formats: articles/article<N>.txt (the text, byte for byte),',
    'labels-subtask-1.txt (<N> TAB genre), labels-subtask-2.txt (<N> TAB frames, comma-separated),',
    'labels-subtask-3.txt (<N> TAB line TAB techniques; lines numbered from 1, one row per line that',
    'holds content; an empty list means reviewed, none found) and labels-subtask-3-spans/ (<N> TAB',
    'technique TAB start TAB end, character offsets into the article file, end exclusive).',
    'ids.txt maps each <N> to the corpus article ID. Spans inside quoted speech are included;',
    'the corpus records whose voice each one is in (techniques table, voice and citation).',
    '',
  ].join('\n');
  return files;
}

export const semeval2023: ExportFormat = {
  id: 'semeval2023',
  title: 'SemEval-2023 Task 3 file formats',
  audience: 'Persuasion-technique and framing researchers: the task\'s loaders, baselines and scorers run on the framing layer unchanged.',
  paths: ['qantar-corpus/semeval2023/*'],
  files: (ctx) => semevalFiles(ctx.corpus),
};
