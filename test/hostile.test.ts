// The library under hostile input (issue 16): the property suite over every export, clean and with
// Object.prototype polluted after import (test/hostile-polluted.test.ts pollutes it before), and
// one test for each failure the adversarial review found.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import * as schema from '../src/schema/index.js';
import { byOutlet, citations, claimsAbout, corpus, figureRange, figures, getClaim, getFigure, getOutlet, QantarCorpusError, spanContext, stanceMatrix } from '../src/index.js';
import { hostileSuite } from './support/hostile-suite.js';
import { HUGE, nullPrototypeFunction, pollute, revokedProxy, symbolNamedInstance, throwingConstructorGetter, throwingProxy } from './support/hostile.js';

const { figures: allFigures } = corpus;

const root = path.resolve(import.meta.dirname, '..');

const thrown = (f: () => unknown): QantarCorpusError => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(QantarCorpusError);
    return error as QantarCorpusError;
  }
  throw new Error('expected a QantarCorpusError, nothing was thrown');
};

describe('clean', () => {
  hostileSuite('clean', () => ({ lib: lib as never, schema }));
});

describe('Object.prototype polluted after import', () => {
  // Results of the same calls before the pollution: they must not change.
  const calls: [string, () => unknown][] = [
    ['figures()', () => figures()], ['figures({})', () => figures({})], ['citations()', () => citations()],
    ['claimsAbout', () => claimsAbout('color-revolution')], ['byOutlet', () => byOutlet('rt')], ['stanceMatrix', () => stanceMatrix()],
    ['spanContext', () => spanContext(allFigures[0]!.article, { start: allFigures[0]!.span.start, end: allFigures[0]!.span.end })],
    ['validateCorpus', () => schema.validateCorpus(structuredClone(corpus))],
  ];
  const before = new Map(calls.map(([name, call]) => [name, JSON.stringify(call())]));
  let undo: () => void = () => {};
  beforeAll(() => { undo = pollute(); });
  afterAll(() => undo());

  it('changes no result (inherited keys are not options)', () => {
    expect((Object.prototype as Record<string, unknown>).outlet).toBe('rt');
    for (const [name, call] of calls) expect(JSON.stringify(call()), name).toBe(before.get(name));
    expect(figures().length).toBe(allFigures.length);
  });

  hostileSuite('polluted after import', () => ({ lib: lib as never, schema }));
});

describe('failures found by the adversarial review', () => {
  it('figureRange validates its argument and returns a frozen range', () => {
    for (const bad of [undefined, 42, null, 'exact', {}, { value: 1, qualifier: 'roughly', low: null, high: null }, { value: '1', qualifier: 'exact', low: null, high: null }]) {
      const e = thrown(() => figureRange(bad as never));
      expect(e.code).toMatch(/BAD_ARGUMENT|UNKNOWN_ID/);
      expect(e.message).toMatch(/^figureRange/);
    }
    const range = figureRange(getFigure('gt-arrested-7939'));
    expect(range).toEqual([7939, 7939]);
    expect(Object.isFrozen(range)).toBe(true);
    expect(() => { (range as unknown as number[])[0] = 1; }).toThrow(TypeError);
  });

  it('describes any argument without throwing: revoked proxies, prototype-less functions, symbol names, throwing getters', () => {
    const cases: [unknown, RegExp][] = [
      [revokedProxy(), /cannot be inspected/], [throwingProxy(), /cannot be inspected/], [nullPrototypeFunction(), /a function "hostile"/],
      [symbolNamedInstance(), /an instance of a class/], [throwingConstructorGetter(), /got an object$/], [Symbol('s'), /symbol "s"/],
      [10n ** 100n, /bigint 1000.*… \(101 digits\)n/], [-0, /number -0/],
    ];
    for (const [value, description] of cases) {
      expect(thrown(() => getOutlet(value as never)).message).toMatch(description);
      expect(thrown(() => figures(value as never)).code).toBe('BAD_ARGUMENT');
    }
  });

  it('caps the work and the message for a huge unknown ID (no suggestions past 128 characters)', () => {
    const e = thrown(() => getClaim(HUGE as never));
    expect(e.code).toBe('UNKNOWN_ID');
    expect(e.suggestions).toEqual([]);
    expect(e.message.length).toBeLessThan(300);
    expect(e.message).toContain('(1000000 characters)');
    expect(thrown(() => getClaim('unrest-was-atempted-coup' as never)).suggestions[0]).toBe('unrest-was-attempted-coup');
  });

  it('reads each option and span field once, so a getter cannot pass the check and then change', () => {
    let reads = 0;
    const filter = Object.defineProperty({}, 'outlet', { enumerable: true, get: () => (reads++ === 0 ? 'rt' : 'no-such-outlet') });
    expect(figures(filter as never)).toEqual(figures({ outlet: 'rt' }));
    expect(reads).toBe(1);
    const f = allFigures[0]!;
    let spanReads = 0;
    const span = { get start() { return spanReads++ === 0 ? f.span.start : -5; }, end: f.span.end };
    expect(spanContext(f.article, span).text).toBe(f.span.text);
  });

  it('rejects sparse, oversized and throwing arrays instead of skipping items', () => {
    const ids = stanceMatrix().claims;
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => stanceMatrix({ claims: [ids[0], , ids[1]] as never })).message).toMatch(/item 1 is missing/);
    expect(thrown(() => stanceMatrix({ claims: Object.assign([], { length: 2 ** 32 - 1 }) as never })).message).toMatch(/at most 100000/);
    expect(thrown(() => stanceMatrix({ claims: throwingProxy([]) as never })).message).toMatch(/threw/);
  });

  it('freezes nothing it does not own: options, spans and arrays passed in stay as they were', () => {
    const options = { voice: 'authorial' as const };
    const span = { start: allFigures[0]!.span.start, end: allFigures[0]!.span.end };
    const claimIds = [stanceMatrix().claims[0]!];
    claimsAbout('color-revolution', options);
    spanContext(allFigures[0]!.article, span);
    stanceMatrix({ claims: claimIds as never });
    for (const value of [options, span, claimIds]) expect(Object.isFrozen(value)).toBe(false);
  });

  it('an error thrown by the CommonJS build is instanceof the ESM class, and the other way round', async () => {
    if (!existsSync(path.join(root, 'dist/index.cjs'))) execFileSync(process.execPath, [path.join(root, 'node_modules/tsup/dist/cli-default.js')], { cwd: root, stdio: 'ignore' });
    const esm = (await import(pathToFileURL(path.join(root, 'dist/index.js')).href)) as typeof lib;
    const cjs = createRequire(import.meta.url)(path.join(root, 'dist/index.cjs')) as typeof lib;
    expect(esm.QantarCorpusError).not.toBe(cjs.QantarCorpusError);
    for (const [thrower, checker] of [[cjs, esm], [esm, cjs], [cjs, lib], [lib, esm]] as const) {
      let caught: unknown;
      try { thrower.getOutlet('no-such-outlet' as never); } catch (error) { caught = error; }
      expect(caught instanceof checker.QantarCorpusError).toBe(true);
    }
    // The brand is an own data property: neither an inherited one nor a lookalike fakes it.
    const brand = Symbol.for('qantar-corpus.QantarCorpusError');
    expect(Object.create({ [brand]: true }) instanceof QantarCorpusError).toBe(false);
    expect(new Error('x') instanceof QantarCorpusError).toBe(false);
    expect(throwingProxy() instanceof QantarCorpusError).toBe(false);
  });
});
