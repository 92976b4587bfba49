// Helpers shared by the scorer's tests (not part of the entry).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../../src/generated/types.js';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const corpus = JSON.parse(readFileSync(path.join(root, 'src', 'generated', 'corpus.json'), 'utf8')) as Corpus;
export const SCORED_LAYERS = ['segments', 'entity-mentions', 'figures', 'citations', 'claim-mentions', 'labels', 'techniques'] as const;

export const toJsonl = (lines: readonly unknown[]): string => lines.map((l) => JSON.stringify(l)).join('\n');

/** A copy of a prediction line with every span `{start, end}` moved by `by` characters (text recomputed); spans that would leave the text stay. */
export function shiftLine(line: unknown, articleText: string, by: number): unknown {
  if (Array.isArray(line)) return line.map((x) => shiftLine(x, articleText, by));
  if (typeof line !== 'object' || line === null) return line;
  const o = line as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    const start = o.start + by;
    const end = o.end + by;
    if (start < 0 || end > articleText.length) return { ...o };
    return { ...o, start, end, text: articleText.slice(start, end) };
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shiftLine(v, articleText, by)]));
}

/** The NDJSON export of a table, produced in memory (other tests rebuild dist/ while tests run). */
export async function ndjsonExport(table: string): Promise<string> {
  const { exportFiles } = await import('../../scripts/exports/index.js');
  const schema = JSON.parse(readFileSync(path.join(root, 'src', 'generated', 'corpus.schema.json'), 'utf8')) as object;
  const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as object;
  return exportFiles({ corpus, schema, packageJson } as never)[`data/${table}.ndjson`] as string;
}
