// The scorer is its own entry: the main entry never loads it (nor zod), and it loads no zod itself.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUALIFIERS, ENTITY_KINDS } from './labels.js';
import { figureSchema } from '../schema/figure.js';
import { entitySchema } from '../schema/entity.js';
import { root } from '../../test/support/score.js';

const node = (code: string) => execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' }).trim();

describe('the ./score entry', () => {
  it('the main entry loads neither the scorer nor zod (CommonJS module cache after require)', () => {
    const loaded = JSON.parse(node("require('./dist/index.cjs'); console.log(JSON.stringify(Object.keys(require.cache)))")) as string[];
    // The main entry and its data; wt-package may split the data into several JSON files, so only the kinds are fixed.
    const files = loaded.map((f) => path.relative(root, f));
    expect(files).toContain('dist/index.cjs');
    expect(files.filter((f) => !f.endsWith('.json'))).toEqual(['dist/index.cjs']);
    expect(files.some((f) => /score|zod/.test(f))).toBe(false);
  });

  it('the scorer entry loads no zod, and scores through the CommonJS and ESM builds alike', () => {
    const cjs = JSON.parse(node("const s = require('./dist/score.cjs'); const r = s.scorePredictions('segments', '', { bootstrap: 0 }); console.log(JSON.stringify({ zod: Object.keys(require.cache).some((k) => k.includes('zod')), recall: r.metrics.find((m) => m.id === 'recall').value }))"));
    expect(cjs).toEqual({ zod: false, recall: 0 });
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', "import { scorePredictions, LAYER_NAMES } from './dist/score.js'; console.log(LAYER_NAMES.join(','), scorePredictions('segments', '', { bootstrap: 0 }).n.gold)"], { cwd: root, encoding: 'utf8' }).trim();
    expect(esm).toMatch(/^segments,entity-mentions,figures,citations,claim-mentions,labels,techniques,entity-roles \d+$/);
  });

  it('package.json maps ./score types-first for import and require', () => {
    const pkg = JSON.parse(node("console.log(JSON.stringify(require('./package.json').exports['./score']))"));
    expect(pkg).toEqual({ import: { types: './dist/score.d.ts', default: './dist/score.js' }, require: { types: './dist/score.d.cts', default: './dist/score.cjs' } });
  });

  it('the label lists repeated for the zod-free entry equal the schema\'s', () => {
    expect([...QUALIFIERS]).toEqual(figureSchema.shape.qualifier.options);
    expect([...ENTITY_KINDS]).toEqual(entitySchema.shape.kind.options);
  });
});
