// The benchmark script itself works: `npm run bench -- --smoke --json` finishes and reports every
// figure as a finite number. No speed thresholds here (house rule: speed targets live in the
// benchmark's own output and docs/performance.md, never in unit tests).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../src/generated/types.js';
import { runRules } from '../src/rules/index.js';
import { corpusSchema } from '../src/schema/corpus.js';
import { syntheticCorpus } from '../scripts/bench/synthetic.js';

const root = path.resolve(import.meta.dirname, '..');

const REQUIRED_KEYS = [
  'importRatio', 'importRatioVsFloor', 'importRatioNoScavenge', 'importRatioVsJsonWrapper', 'emptyModuleVsJson', 'jsonWrapperRatio', 'floorMs', 'libraryImportMs', 'jsonImportMs', 'heapAfterImportMB',
  'scaleArticles', 'queryMinSpeedup', 'queryMinSpeedupReal', 'queryScaling', 'firstCallMaxVsImport', 'firstCallMaxVsSteady', 'unfrozenVsJson', 'freezeVsJson', 'eagerVsJson', 'lazyFreezeSavedVsJson', 'embeddedVsJson', 'splitVsJson', 'splitFirstCallMaxVsImport', 'parseOnlyVsJson', 'importRatioCpu', 'buildGrowthExponent', 'tscRatio', 'tscRatioVsPlainFile', 'codeOnlyVsJson',
  'tarballBytes', 'indexJsBytes', 'indexJsGzipBytes', 'corpusJsonBytes', 'corpusJsonGzipBytes',
] as const;

describe('npm run bench -- --smoke --json', () => {
  it('prints a table, then one line of JSON with every figure a finite number', () => {
    const stdout = execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench.ts', '--smoke', '--json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = stdout.trimEnd().split('\n');
    const report = JSON.parse(lines.at(-1) ?? '') as Record<string, unknown>;
    for (const key of REQUIRED_KEYS) {
      expect(typeof report[key], key).toBe('number');
      expect(Number.isFinite(report[key]), key).toBe(true);
    }
    expect(report.smoke).toBe(1);
    expect(report.scaleReplicas).toBe(10);
    // The readable table comes before the JSON, with a row per target.
    const text = lines.slice(0, -1).join('\n');
    for (const figure of ['importRatio', 'firstCallMaxVsImport', 'queryMinSpeedup', 'queryScaling', 'buildGrowthExponent', 'tscRatio']) expect(text).toContain(figure);
  }, 300_000);
});

describe('the synthetic corpus (scripts/bench/synthetic.ts)', () => {
  const real = JSON.parse(readFileSync(path.join(root, 'src/generated/corpus.json'), 'utf8')) as Corpus;

  it('is a valid corpus: the schema and the structure rules accept 3 replicas as they accept the real one', () => {
    const synthetic = syntheticCorpus(JSON.parse(JSON.stringify(real)) as Corpus, 3);
    expect(corpusSchema.safeParse(synthetic).success).toBe(true);
    const realIssues = runRules(real as never, { completeness: false }).length;
    expect(runRules(synthetic as never, { completeness: false }).length).toBe(3 * realIssues);
  });

  it('has N times every collection, fresh IDs, and the real records unchanged', () => {
    const synthetic = syntheticCorpus(JSON.parse(JSON.stringify(real)) as Corpus, 4);
    for (const name of ['outlets', 'articles', 'entities', 'claims', 'claimMentions', 'figures', 'citations', 'exemptions'] as const) {
      expect(synthetic[name].length, name).toBe(4 * real[name].length);
    }
    const ids = synthetic.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(`${real.figures[0]?.id}-r3`);
    const copy = synthetic.articles.find((a) => a.id === `${real.articles[0]?.id}-r2`);
    expect(copy?.text.length).toBe(real.articles[0]?.text.length);
    expect(copy?.text).not.toBe(real.articles[0]?.text);
    expect(synthetic.articles.find((a) => a.id === real.articles[0]?.id)).toEqual(real.articles[0]);
  });
});
