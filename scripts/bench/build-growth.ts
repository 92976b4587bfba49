// Data build growth: buildCorpus (scripts/build/build.ts) on data/ replicated k times into a
// temporary data folder, timed for several k, and the exponent of time against size.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { buildCorpus } from '../build/build.js';
import { growthExponent, median } from './stats.js';
import { ID_KEYS } from './synthetic.js';

const REGISTRIES = ['outlets', 'entities', 'events', 'claims', 'figure-groups', 'sources'];
/** Article files that are maps from record ID to record. */
const KEYED_FILES = new Set(['figures.yaml', 'citations.yaml']);

/** Every ID defined in a data folder: registry file names, article folders, figure and citation keys. */
function dataIds(dataDir: string): Set<string> {
  const ids = new Set<string>();
  for (const registry of REGISTRIES) {
    for (const file of safeList(path.join(dataDir, registry))) if (file.endsWith('.yaml')) ids.add(file.slice(0, -5));
  }
  for (const article of safeList(path.join(dataDir, 'articles'))) {
    ids.add(article);
    for (const file of KEYED_FILES) {
      const map = parse(safeRead(path.join(dataDir, 'articles', article, file)) ?? '') as Record<string, unknown> | null;
      if (map && typeof map === 'object') for (const key of Object.keys(map)) ids.add(key);
    }
  }
  return ids;
}

const safeList = (dir: string) => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};
const safeRead = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/**
 * Writes `replicas` copies of `dataDir` into `outDir`: copy 0 keeps the IDs, copy r renames every
 * record to `<id>-r<r>` and rewrites every reference (the ID fields, and the keys of figures.yaml
 * and citations.yaml); texts are copied byte for byte, so every anchor and hash still holds.
 * Copy 0 too goes through YAML parse and stringify, so the 1x folder tests the rewriting itself.
 */
export function replicateData(dataDir: string, outDir: string, replicas: number): void {
  const ids = dataIds(dataDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const file of safeList(path.join(dataDir, 'lexicon'))) {
    mkdirSync(path.join(outDir, 'lexicon'), { recursive: true });
    copyFileSync(path.join(dataDir, 'lexicon', file), path.join(outDir, 'lexicon', file));
  }
  for (let r = 0; r < replicas; r++) {
    const rename = (id: string) => (r === 0 || !ids.has(id) ? id : `${id}-r${r}`);
    const rewrite = (value: unknown, key: string | null): unknown => {
      if (typeof value === 'string') return key !== null && ID_KEYS.has(key) ? rename(value) : value;
      if (Array.isArray(value)) return value.map((v) => rewrite(v, key));
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, k)]));
    };
    const copyYaml = (from: string, to: string, keyed: boolean) => {
      const source = safeRead(from);
      if (source === null) return;
      let value = rewrite(parse(source), null);
      if (keyed && value && typeof value === 'object' && !Array.isArray(value)) value = Object.fromEntries(Object.entries(value).map(([k, v]) => [rename(k), v]));
      writeFileSync(to, value === null || value === undefined ? source : stringify(value, { lineWidth: 0 }));
    };
    for (const registry of REGISTRIES) {
      const dir = path.join(dataDir, registry);
      mkdirSync(path.join(outDir, registry), { recursive: true });
      for (const file of safeList(dir)) {
        if (file.endsWith('.yaml')) copyYaml(path.join(dir, file), path.join(outDir, registry, `${rename(file.slice(0, -5))}.yaml`), false);
      }
    }
    for (const article of safeList(path.join(dataDir, 'articles'))) {
      const from = path.join(dataDir, 'articles', article);
      if (!statSync(from).isDirectory()) continue;
      const to = path.join(outDir, 'articles', rename(article));
      mkdirSync(to, { recursive: true });
      for (const file of safeList(from)) {
        if (file.endsWith('.yaml')) copyYaml(path.join(from, file), path.join(to, file), KEYED_FILES.has(file));
        else copyFileSync(path.join(from, file), path.join(to, file));
      }
    }
  }
}

export interface BuildGrowth {
  points: { replicas: number; ms: number; runs: number; records: number; issues: number }[];
  /** Least-squares exponent over all sizes. */
  exponent: number;
  /** Exponent between the two largest sizes alone (fixed costs weigh least there). */
  lastStepExponent: number;
}

const recordCount = (corpus: Record<string, unknown> | null) =>
  corpus === null ? 0 : Object.values(corpus).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);

/**
 * Times buildCorpus on each replica count (median of `runs(k)` runs, after one warm-up build) and
 * checks that the replicated builds scale the real one: k times the records and k times the issues.
 */
export function measureBuildGrowth(root: string, workDir: string, replicaCounts: readonly number[], runs: (replicas: number) => number): BuildGrowth {
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const reference = buildCorpus({ root, corpusVersion: version });
  const base = { records: recordCount(reference.corpus as never), issues: reference.issues.length };
  const points: BuildGrowth['points'] = [];
  for (const replicas of replicaCounts) {
    const dataDir = path.join(workDir, `data-x${replicas}`);
    replicateData(path.join(root, 'data'), dataDir, replicas);
    const times: number[] = [];
    let last: ReturnType<typeof buildCorpus> | undefined;
    const n = runs(replicas);
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      last = buildCorpus({ root, dataDir, corpusVersion: version });
      times.push(performance.now() - t0);
    }
    const result = last as ReturnType<typeof buildCorpus>;
    const records = recordCount(result.corpus as never);
    if (result.corpus === null && reference.corpus !== null) throw new Error(`bench: the ${replicas}x replicated data does not build (${result.issues[0]?.message ?? 'schema'}); scripts/bench/build-growth.ts rewrote it wrongly`);
    if (records !== base.records * replicas || result.issues.length !== base.issues * replicas) {
      throw new Error(`bench: the ${replicas}x replicated data builds ${records} records and ${result.issues.length} issues, expected ${base.records * replicas} and ${base.issues * replicas}; first issue: ${result.issues[0]?.message ?? 'none'}`);
    }
    if (replicas === 1 && reference.files['corpus.json'] !== result.files['corpus.json']) {
      throw new Error('bench: data/ copied through YAML parse and stringify builds a different corpus.json; the replication in scripts/bench/build-growth.ts is not faithful');
    }
    points.push({ replicas, ms: median(times), runs: n, records, issues: result.issues.length });
    rmSync(dataDir, { recursive: true, force: true });
  }
  const sized = points.map((p) => ({ size: p.replicas, ms: p.ms }));
  return { points, exponent: growthExponent(sized), lastStepExponent: growthExponent(sized.slice(-2)) };
}
