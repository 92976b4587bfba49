// Type tests: `npm test` type-checks this file with tsc, so a wrong expectation or an
// unused @ts-expect-error fails the run; vitest runs it too, so the calls are real.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type Article, type ArticleId, byOutlet, citations, claimsAbout, type Citation, type Claim, type ClaimId, type EntityId, type Figure, figures,
  getOutlet, type Outlet, type OutletId, stanceMatrix,
} from '../src/index.js';
import type { schemas } from '../src/schema/index.js';

type articleSchema = typeof schemas.article;
type citationSchema = typeof schemas.citation;
type claimSchema = typeof schemas.claim;
type figureSchema = typeof schemas.figure;
type outletSchema = typeof schemas.outlet;

type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? Widen<U>[] : T extends object ? { [K in keyof T]: Widen<T[K]> } : T;

describe('types', () => {
  it('the published record interfaces are the zod schemas, with ID fields narrowed', () => {
    // The generated interfaces and z.infer agree once IDs are widened back to string: one definition.
    expectTypeOf<Widen<DeepMutable<Outlet>>>().toEqualTypeOf<Widen<z.infer<outletSchema>>>();
    expectTypeOf<Widen<DeepMutable<Article>>>().toEqualTypeOf<Widen<z.infer<articleSchema>>>();
    expectTypeOf<Widen<DeepMutable<Figure>>>().toEqualTypeOf<Widen<z.infer<figureSchema>>>();
    expectTypeOf<Widen<DeepMutable<Citation>>>().toEqualTypeOf<Widen<z.infer<citationSchema>>>();
    expectTypeOf<Widen<DeepMutable<Claim>>>().toEqualTypeOf<Widen<z.infer<claimSchema>>>();
    expectTypeOf<Article['outlet']>().toEqualTypeOf<OutletId>();
    expectTypeOf<Citation['speaker']>().toEqualTypeOf<EntityId | null>();
    expect(getOutlet('rt-de').parent).toBe('rt');
  });

  it('ID parameters take literal unions, so a typo does not compile', () => {
    expectTypeOf(getOutlet).parameter(0).toEqualTypeOf<OutletId>();
    expectTypeOf(byOutlet).parameter(0).toEqualTypeOf<OutletId>();
    expectTypeOf<'global-times'>().toExtend<OutletId>();
    expectTypeOf<'global-time'>().not.toExtend<OutletId>();
    expectTypeOf<string>().not.toExtend<ArticleId>();
    expectTypeOf<'color-revolution'>().toExtend<EntityId>();
    expectTypeOf<'external-forces-sought-color-revolution'>().toExtend<ClaimId>();
    // @ts-expect-error: not an outlet ID
    expect(() => getOutlet('global-time')).toThrow();
    // @ts-expect-error: not a filter key
    expect(() => figures({ outlett: 'rt' })).toThrow();
    // @ts-expect-error: not a citation mode
    expect(() => citations({ mode: 'quoted' })).toThrow();
  });

  it('results are wide, readonly record types', () => {
    expectTypeOf(figures()).toEqualTypeOf<readonly Figure[]>();
    expectTypeOf(byOutlet('rt')).toEqualTypeOf<readonly Article[]>();
    expectTypeOf(claimsAbout('xi-jinping')[0]!.claim).toEqualTypeOf<Claim>();
    expectTypeOf(stanceMatrix().cells[0]!.stances).toEqualTypeOf<readonly ('asserts' | 'endorses' | 'reports' | 'questions' | 'disputes')[]>();
    expectTypeOf<Figure['value']>().toEqualTypeOf<number | null>();
    expect(figures().length).toBeGreaterThan(0);
  });
});
