import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareCorpus, check, miniCorpus, MINI_ARTICLE, spanOf } from '../../test/support/mini-corpus.js';
import { LABEL_HEADS_NOT_DETECTED, LABEL_VOCABULARY } from '../schema/labels.js';
import { DETECTED_HEADS, labels } from './labels.js';

const rule = labels;

describe('labels (completeness)', () => {
  it('accepts the valid mini corpus, whose "riots" and "coup" are labels', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('reports every detected head of the vocabulary that no label or exemption covers, and only those', () => {
    fc.assert(fc.property(fc.constantFrom(...DETECTED_HEADS), fc.constantFrom(...LABEL_HEADS_NOT_DETECTED), (head, quiet) => {
      const text = `The ${head} spread. The ${quiet} stayed.`;
      const issues = check(rule, bareCorpus(text));
      return issues.length === 1 && issues[0]!.message.startsWith(`label head ${JSON.stringify(head)} at [4, ${4 + head.length})`);
    }));
  });

  it('finds a multi-word head across a line break and prefers the longer head', () => {
    const text = 'They warned of a color\nrevolution there.';
    const issues = check(rule, bareCorpus(text));
    expect(issues.map((i) => i.message.split(' at ')[0])).toEqual(['label head "color\\nrevolution"']);
  });

  it('counts a label exemption as covering the head', () => {
    const text = 'The three evil forces of extremism, terrorism and separatism.';
    const corpus = bareCorpus(text);
    expect(check(rule, corpus)).toHaveLength(1);
    corpus.exemptions.push({ article: MINI_ARTICLE, layer: 'label', span: spanOf(text, 'terrorism'), reason: 'names a concept' });
    expect(check(rule, corpus)).toEqual([]);
  });

  it('detects every form of every label except the documented undetected heads', () => {
    const forms = Object.values(LABEL_VOCABULARY).flatMap((l) => Object.values(l).flat() as string[]);
    expect(new Set(DETECTED_HEADS)).toEqual(new Set(forms.filter((f) => !LABEL_HEADS_NOT_DETECTED.includes(f))));
  });
});
