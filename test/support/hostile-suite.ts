/**
 * The property suite over every export of both entries, shared by test/hostile.test.ts (clean, and
 * with Object.prototype polluted after import) and test/hostile-polluted.test.ts (polluted before
 * the library is imported). Whatever a caller passes, a helper returns a deeply frozen result or
 * throws the library's error with a short message; a validator returns a bounded result and never
 * throws.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { HUGE, hostile } from './hostile.js';

type Lib = Record<string, unknown> & { QantarCorpusError: new (...args: never[]) => Error };
type Schema = Record<string, unknown>;

/** Runs per export; FUZZ_RUNS raises it for a deeper search. */
export const RUNS_PER_EXPORT = Number(process.env.FUZZ_RUNS ?? 150);

/** Every object below `value` is frozen (own keys only; a cap keeps the walk short). */
function expectDeeplyFrozen(value: unknown, seen = new Set<object>()): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value) || seen.size > 5_000) return;
  seen.add(value);
  expect(Object.isFrozen(value)).toBe(true);
  for (const key of Object.keys(value)) expectDeeplyFrozen((value as Record<string, unknown>)[key], seen);
}

/** The library's error, with a message short enough to read (the huge input is never echoed). */
function expectLibraryError(lib: Lib, error: unknown): void {
  expect(error instanceof lib.QantarCorpusError, String((error as Error)?.stack ?? error)).toBe(true);
  const message = (error as Error).message;
  expect(typeof message).toBe('string');
  expect(message.length).toBeLessThan(2_000);
  expect(message.includes(HUGE.slice(0, 1_000))).toBe(false);
}

/** IDs and labels from the corpus itself, so that generated calls also get past the first argument. */
function validStrings(lib: Lib): string[] {
  const corpus = lib.corpus as Record<string, { id?: string }[]>;
  const ids = ['outlets', 'articles', 'entities', 'events', 'claims', 'figureGroups', 'figures', 'citations', 'sources'].flatMap((c) => corpus[c]!.slice(0, 6).map((r) => r.id as string));
  return [...ids, 'apa', 'bibtex', 'csl-json', 'author', 'publisher', 'either', 'direct', 'killed', 'authorial', 'asserts', 'asserted', 'exact', 'figure', 'outlet', 'citation', 'Antagonist', 'Foreign Adversary', 'euvsdisinfo-case', 'broader'];
}

/** Registers the suite's tests; `label` says which set-up they run under. */
export function hostileSuite(label: string, load: () => { lib: Lib; schema: Schema }): void {
  it(`${label}: every helper of the main entry returns a deeply frozen result or throws QantarCorpusError`, () => {
    const { lib } = load();
    const helpers = Object.entries(lib).filter(([name, v]) => typeof v === 'function' && name !== 'QantarCorpusError') as [string, (...a: unknown[]) => unknown][];
    expect(helpers.map(([n]) => n).sort()).toEqual([
      'byOutlet', 'citations', 'cite', 'claimsAbout', 'entityRoles', 'figureRange', 'figureSeries', 'figures', 'framing', 'getArticle', 'getCitation', 'getClaim', 'getEntity',
      'getEvent', 'getFigure', 'getFigureGroup', 'getOutlet', 'getSource',
      'isArticleId', 'isCitationId', 'isClaimId', 'isEntityId', 'isEventId', 'isFigureGroupId', 'isFigureId', 'isOutletId', 'isSourceId',
      'labelMatrix', 'labels', 'narratives', 'quoteVariants', 'spanContext', 'stanceMatrix', 'techniques',
    ]);
    const arb = hostile(validStrings(lib));
    for (const [name, helper] of helpers) {
      fc.assert(
        fc.property(arb, arb, arb, (a, b, c) => {
          let result: unknown;
          try {
            result = helper(a(), b(), c());
          } catch (error) {
            expectLibraryError(lib, error);
            return;
          }
          expectDeeplyFrozen(result);
        }),
        { numRuns: RUNS_PER_EXPORT, seed: name.length * 7919 + RUNS_PER_EXPORT },
      );
    }
  });

  it(`${label}: the error class recognises only its own errors, and constructing one never throws`, () => {
    const { lib } = load();
    const E = lib.QantarCorpusError as unknown as new (...args: unknown[]) => Error;
    const arb = hostile(validStrings(lib));
    fc.assert(
      fc.property(arb, arb, arb, arb, (code, message, value, suggestions) => {
        const error = new E(code(), message(), value(), suggestions());
        expect(error instanceof E).toBe(true);
        expect(Object.isFrozen((error as unknown as { suggestions: unknown }).suggestions)).toBe(true);
        // `instanceof` never throws and is false for everything else, however hostile.
        expect(value() instanceof E).toBe(false);
      }),
      { numRuns: RUNS_PER_EXPORT },
    );
  });

  it(`${label}: validateCorpus and validateRecord never throw and return bounded, frozen results`, () => {
    const { lib, schema } = load();
    const validateCorpus = schema.validateCorpus as (d: unknown, o?: unknown) => { ok: boolean; problems: unknown[]; omitted: number };
    const validateRecord = schema.validateRecord as (k: unknown, v: unknown, o?: unknown) => { ok: boolean; problems: unknown[]; omitted: number };
    const arb = hostile([...validStrings(lib), 'figure', 'citation', 'article', 'outlet', 'claimMention']);
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        for (const r of [validateCorpus(a()), validateCorpus(a(), b()), validateRecord(a(), b()), validateRecord(a(), b(), c()), validateRecord('figure', a())]) {
          expect(typeof r.ok).toBe('boolean');
          expect(r.problems.length).toBeLessThanOrEqual(100);
          expect(Number.isInteger(r.omitted)).toBe(true);
          expectDeeplyFrozen(r);
        }
      }),
      { numRuns: RUNS_PER_EXPORT * 2 },
    );
  });
}
