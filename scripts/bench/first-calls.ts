// First-call latency: for every function the main entry exports, the first call in a fresh process
// (it builds the lazy indexes it reads) and the steady cost per call after it, next to the import
// of the library in the same process (scripts/bench/first-call-probe.mjs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../../src/generated/types.js';
import { ID_COLLECTIONS } from '../build/emit-types.js';
import { median } from './stats.js';

export interface HelperCall { name: string; fn: string; args: unknown[] }

export interface FirstCallResult {
  name: string;
  fn: string;
  /** Medians over the fresh processes, in ms. */
  importMs: number;
  firstMs: number;
  steadyMs: number;
}

const PROBE = path.join(import.meta.dirname, 'first-call-probe.mjs');
const middle = <T extends { id: string }>(records: readonly T[]) => (records[records.length >> 1] as T).id;

/** One call of every exported function, with arguments from the real corpus that have results. */
export function helperCalls(real: Corpus): HelperCall[] {
  const call = (fn: string, ...args: unknown[]): HelperCall => ({ name: `${fn}(${args.map((a) => JSON.stringify(a).slice(0, 60)).join(', ')})`, fn, args });
  const figure = real.figures.find((f) => f.group !== null) ?? real.figures[0];
  const speaker = real.citations.find((c) => c.speaker !== null)?.speaker;
  const subject = real.claims[0]?.subjects[0];
  const parent = real.outlets.find((o) => o.parent !== null)?.parent ?? real.outlets[0]?.id;
  const label = real.labels[real.labels.length >> 1];
  const technique = real.techniques[real.techniques.length >> 1];
  const role = real.entityRoles[real.entityRoles.length >> 1];
  const narrative = real.claims.find((c) => c.narratives.length > 0)?.narratives[0];
  const framed = real.framing[real.framing.length >> 1];
  if (!figure || !speaker || !subject || !parent || !label || !technique || !role || !narrative || !framed) {
    throw new Error('bench: the real corpus lacks a figure, a speaker, a claim subject, an outlet, a label, a technique, an entity role, a narrative link or a framing record to call the helpers with');
  }
  return [
    call('getOutlet', middle(real.outlets)),
    call('getArticle', middle(real.articles)),
    call('getEntity', middle(real.entities)),
    call('getClaim', middle(real.claims)),
    call('getEvent', middle(real.events)),
    call('getFigure', middle(real.figures)),
    call('getFigureGroup', middle(real.figureGroups)),
    call('getCitation', middle(real.citations)),
    call('getSource', middle(real.sources)),
    call('byOutlet', parent),
    call('claimsAbout', subject),
    call('figures', { group: figure.group }),
    call('citations', { speaker }),
    call('spanContext', figure.article, { start: figure.span.start, end: figure.span.end }, { chars: 30 }),
    call('figureSeries', figure.group),
    call('figureRange', figure),
    call('quoteVariants', { speaker }),
    call('stanceMatrix'),
    call('labels', { label: label.label }),
    call('labelMatrix'),
    call('techniques', { technique: technique.technique }),
    call('entityRoles', { entity: role.entity }),
    call('narratives', { scheme: narrative.scheme }),
    call('framing', framed.article),
    call('cite', middle(real.articles), 'apa'),
    ...ID_COLLECTIONS.map(([typeName, collection]) => call(`is${typeName}`, middle(real[collection as keyof Corpus] as readonly { id: string }[]))),
  ];
}

/**
 * Runs each call in `runs` fresh processes (interleaved across calls) from the bench's consumer
 * folder, importing `specifier` (the package's main entry, or one of the bench's reference entries). Functions the main entry exports that no call covers are returned in `uncovered` (the
 * bench prints them under the table), so a new helper shows up as unmeasured rather than failing
 * the run.
 */
export function measureFirstCalls(consumer: string, workDir: string, calls: HelperCall[], runs: number, specifier = 'qantar-corpus'): { results: FirstCallResult[]; uncovered: string[] } {
  copyFileSync(PROBE, path.join(consumer, 'first-call-probe.mjs'));
  const node = (args: string[]) => {
    const run = spawnSync(process.execPath, ['first-call-probe.mjs', ...args], { cwd: consumer, encoding: 'utf8' });
    const line = run.stdout.trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !/^[[{]/.test(line)) throw new Error(`bench: first-call probe ${args.join(' ')} failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`);
    return JSON.parse(line) as unknown;
  };
  const exported = node(['--list', specifier]) as string[];
  const uncovered = exported.filter((fn) => !calls.some((c) => c.fn === fn));
  calls = calls.filter((c) => exported.includes(c.fn));
  const file = path.join(workDir, 'first-call-cases.json');
  writeFileSync(file, JSON.stringify(calls));
  const samples = calls.map(() => [] as { importMs: number; firstMs: number; steadyMs: number }[]);
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < calls.length; i++) samples[i]!.push(node([file, String(i), specifier]) as { importMs: number; firstMs: number; steadyMs: number });
  }
  const results = calls.map((c, i) => ({
    name: c.name,
    fn: c.fn,
    importMs: median(samples[i]!.map((s) => s.importMs)),
    firstMs: median(samples[i]!.map((s) => s.firstMs)),
    steadyMs: median(samples[i]!.map((s) => s.steadyMs)),
  }));
  return { results, uncovered };
}
