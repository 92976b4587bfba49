import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityRoles, roleCounts, type RolePrediction } from './entity-roles.js';

const r = (start: number, end: number, main: string, ...fine: string[]): RolePrediction => ({ article: 'a', span: { start, end }, main, fine });
const score = (gold: RolePrediction[], predicted: RolePrediction[]) => entityRoles.compute(roleCounts(gold, predicted));

describe('entity-roles scorer (SemEval-2025 Task 10 subtask 1)', () => {
  it('computes EMR, main-role accuracy and fine-role micro P/R/F1 as worked out by hand', () => {
    const gold = [r(0, 5, 'Antagonist', 'Instigator', 'Foreign Adversary'), r(10, 15, 'Protagonist', 'Guardian'), r(20, 25, 'Innocent', 'Victim')];
    const predicted = [
      r(0, 5, 'Antagonist', 'Foreign Adversary'), // main right, fine 1 of 2: not an exact match
      r(10, 15, 'Protagonist', 'Guardian'), // exact
      // 20-25 not predicted: wrong on every count
      r(30, 35, 'Antagonist', 'Tyrant'), // no gold role here: one false positive
    ];
    // EMR 1/3; main 2/3; fine: tp = 2 (Foreign Adversary, Guardian), predicted 3, gold 4.
    expect(score(gold, predicted)).toEqual({ emr: 1 / 3, main_accuracy: 2 / 3, fine_micro_precision: 2 / 3, fine_micro_recall: 2 / 4, fine_micro_f1: (2 * (2 / 3) * (1 / 2)) / (2 / 3 + 1 / 2) });
  });

  it('treats two records on one mention (two voices, two main roles) as the union of their roles', () => {
    const gold = [r(0, 5, 'Protagonist', 'Rebel'), r(0, 5, 'Innocent', 'Victim')];
    expect(score(gold, [r(0, 5, 'Innocent', 'Victim')]).emr).toBe(0);
    expect(score(gold, [r(0, 5, 'Protagonist', 'Rebel'), r(0, 5, 'Innocent', 'Victim')])).toMatchObject({ emr: 1, main_accuracy: 1 });
  });

  it('scores any gold against itself as 1 on every metric, whatever the order of the predictions', () => {
    const role = fc.constantFrom(['Antagonist', 'Tyrant'], ['Protagonist', 'Guardian'], ['Innocent', 'Victim'], ['Antagonist', 'Deceiver']);
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 5 }), role), { minLength: 1, maxLength: 12 }), (items) => {
      const gold = items.map(([s, len, [main, fine]]) => r(s, s + len, main!, fine!));
      const result = score(gold, [...gold].reverse());
      for (const v of Object.values(result)) expect(v).toBe(1);
    }));
  });

  it('reads the SemEval-2025 subtask 1 file, end offsets inclusive, and refuses a fine role of another main role', () => {
    const ctx = { texts: new Map([['art', 'The West plotted.']]), ids: {} } as never;
    const parsed = entityRoles.parseOther!('art.txt\tThe West\t0\t7\tAntagonist\tConspirator\tInstigator\n', ctx);
    expect(parsed).toEqual([{ line: 1, record: { article: 'art', main: 'Antagonist', fine: ['Conspirator', 'Instigator'], span: { start: 0, end: 8, text: 'The West' } } }]);
    const record = entityRoles.parse(parsed![0]!.record, { ...(ctx as object), line: 1 } as never);
    expect(record).toEqual({ article: 'art', span: { start: 0, end: 8 }, main: 'Antagonist', fine: ['Conspirator', 'Instigator'] });
    expect(() => entityRoles.parse({ article: 'art', span: { start: 0, end: 8 }, main: 'Antagonist', fine: ['Guardian'] }, { ...(ctx as object), line: 3 } as never)).toThrow(/Guardian is not a Antagonist role; the Antagonist roles are Instigator, Conspirator/);
  });
});
