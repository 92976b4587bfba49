import { describe, expect, it } from 'vitest';
import { at, check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { labelConsistency } from './label-consistency.js';

const rule = labelConsistency;

describe('label-consistency', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('rejects a head that is not a form of the label, or not written in the span', () => {
    const corpus = miniCorpus();
    corpus.labels[0]!.label = 'protests';
    expect(check(rule, corpus)).toMatchObject([{ ...where('labels', 0, corpus.labels[0]!.id, 'head'), message: 'head "riots" is not a form of the label protests (protest, protests)' }]);
    const other = miniCorpus();
    other.labels[0]!.span = at('Police');
    expect(check(rule, other).map((i) => i.field)).toContain('head');
  });

  it('ties the voice to the citations: inside a citation\'s content is attributed to it, outside is authorial', () => {
    const corpus = miniCorpus();
    Object.assign(corpus.labels[0]!, { voice: 'authorial', citation: null });
    expect(check(rule, corpus)).toMatchObject([{ field: 'voice', message: 'the span is inside the content of mini-xi-coup' }]);
    const outside = miniCorpus();
    Object.assign(outside.labels[0]!, { span: at('Police'), head: 'Police', category: 'security-forces', label: 'police', target: { kind: 'entity', entity: 'almaty' } });
    expect(check(rule, outside)).toMatchObject([{ field: 'citation', message: "citation mini-xi-coup's content does not hold the span", fix: "the phrase is in the outlet's own words: use voice authorial" }]);
  });

  it('requires quotation marks around a scare-quoted label, and the right kind of target', () => {
    const corpus = miniCorpus();
    corpus.labels[0]!.scareQuoted = true;
    expect(check(rule, corpus)).toMatchObject([{ field: 'scareQuoted' }]);
    const quoted = miniCorpus();
    // "an attempt at a coup" stands in quotation marks in the mini text: a label on it may be scare-quoted.
    Object.assign(quoted.labels[1]!, { span: at('an attempt at a coup'), scareQuoted: true });
    expect(check(rule, quoted)).toEqual([]);
    const target = miniCorpus();
    target.labels[0]!.target = { kind: 'entity', entity: 'almaty' };
    expect(check(rule, target)).toMatchObject([{ field: 'target', message: 'labels of category unrest target an event, not an entity' }]);
  });
});
