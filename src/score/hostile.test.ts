// Hostile prediction files: whatever a line holds, the scorer returns a report or throws the
// library's error naming the line, never anything else; inherited properties are never read.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { QantarCorpusError } from '../errors.js';
import { corpus, SCORED_LAYERS } from '../../test/support/score.js';
import { scoreWithCorpus } from './evaluate.js';

const article = corpus.articles[0]?.id as string;
const FIELDS = ['article', 'span', 'start', 'end', 'text', 'content', 'entity', 'kind', 'value', 'unit', 'qualifier', 'measure', 'cue', 'cue_start', 'cue_end', 'speakerSpan', 'speaker', 'mode', 'claim', 'candidates', 'stance', 'voice', '__proto__', 'constructor'];
const value = fc.oneof(
  fc.constant(article), fc.integer({ min: -5, max: 7000 }), fc.double(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 6 }),
  fc.record({ start: fc.integer({ min: -2, max: 7000 }), end: fc.integer({ min: -2, max: 7000 }) }),
  fc.array(fc.record({ start: fc.integer({ min: 0, max: 50 }), end: fc.integer({ min: 0, max: 60 }) }), { maxLength: 3 }),
  fc.constantFrom('asserts', 'direct', 'exact', 'xi-jinping', 'person', 1e308, Number.MAX_SAFE_INTEGER + 2),
);
const line = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 }).map((o) => ({ article, ...o }));

describe('any prediction line', () => {
  for (const layer of SCORED_LAYERS) {
    it(`${layer}: a report, or QantarCorpusError naming the line`, () => {
      fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.map((l) => JSON.stringify(l)).join('\n');
        try {
          const report = scoreWithCorpus(corpus, layer, text, { bootstrap: 0 });
          for (const m of report.metrics) expect(m.value === null || (m.value >= 0 && m.value <= 1)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(QantarCorpusError);
          expect((error as Error).message).toMatch(/^line [1-4]: /);
        }
      }), { numRuns: 150 });
    });
  }

  it('a JSON "__proto__" key is an own field like any other, and changes no prototype', () => {
    const text = `{"__proto__":{"article":"${article}","content":true},"span":{"start":0,"end":3}}`;
    expect(() => scoreWithCorpus(corpus, 'segments', text, { bootstrap: 0 })).toThrow(/line 1: field "article": required/);
    expect(({} as Record<string, unknown>).article).toBeUndefined();
  });
});

describe('a polluted Object.prototype', () => {
  const proto = Object.prototype as Record<string, unknown>;
  afterEach(() => {
    delete proto.article;
    delete proto.content;
    delete proto.span;
  });
  it('is never read as a field of a line', () => {
    proto.article = article;
    proto.content = true;
    proto.span = { start: 0, end: 5 };
    expect(() => scoreWithCorpus(corpus, 'segments', '{}', { bootstrap: 0 })).toThrow(/line 1: field "article": required/);
    expect(() => scoreWithCorpus(corpus, 'segments', `{"article":"${article}"}`, { bootstrap: 0 })).toThrow(/line 1: field "span": required/);
  });
  it('adds no metric value or interval: metric names on the prototype are not read', () => {
    proto.precision = 0.5;
    try {
      const report = scoreWithCorpus(corpus, 'segments', '', { bootstrap: 0 });
      expect(report.metrics.map((m) => [m.id, m.value, m.ci])).toEqual([['precision', null, null], ['recall', 0, null], ['f1', 0, null], ['accuracy', expect.any(Number), null]]);
    } finally {
      delete proto.precision;
    }
  });
  it('changes no count: names of counts on the prototype leave the scores as they are', () => {
    const lines = corpus.entityMentions.filter((_, i) => i % 2 === 0).map((m) => JSON.stringify({ article: m.article, span: m.span, entity: m.entity })).join('\n');
    const clean = scoreWithCorpus(corpus, 'entity-mentions', lines, { bootstrap: 20 });
    for (const key of ['strict_cor', 'exact_cor', 'strict_inc', 'partial_par', 'link_correct', 'gold']) proto[key] = 1000;
    try {
      expect(scoreWithCorpus(corpus, 'entity-mentions', lines, { bootstrap: 20 })).toEqual(clean);
    } finally {
      for (const key of ['strict_cor', 'exact_cor', 'strict_inc', 'partial_par', 'link_correct', 'gold']) delete proto[key];
    }
  });
});
