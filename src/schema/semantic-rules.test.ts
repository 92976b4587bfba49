import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { figureRange } from '../figure-series.js';
import { QUALIFIERS } from './figure.js';
import { mentionPlacement, qualifierWording } from './semantic-rules.js';

describe('qualifier-wording', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(qualifierWording, miniCorpus())).toEqual([]);
  });

  it('each wording calls for its qualifier and no other', () => {
    const WORDINGS: [string, string][] = [
      ['more than 3,000', 'more-than'], ['over 3,000', 'more-than'], ['at least 3,000', 'at-least'], ['up to 3,000', 'up-to'],
      ['as many as 3,000', 'up-to'], ['about 3,000', 'approximately'], ['nearly 3,000', 'approximately'], ['some 3,000', 'approximately'], ['3,000', 'exact'],
    ];
    fc.assert(fc.property(fc.constantFrom(...WORDINGS), fc.constantFrom(...QUALIFIERS.filter((q) => q !== 'vague')), ([text, fits], qualifier) => {
      const corpus = miniCorpus();
      Object.assign(corpus.figures[0]!, { qualifier, span: { start: 0, end: text.length, text } });
      const issues = check(qualifierWording, corpus);
      expect(issues.length, `${text} as ${qualifier}`).toBe(qualifier === fits ? 0 : 1);
      if (issues.length > 0) expect(issues[0]).toMatchObject({ ...where('figures', 0, 'mini-arrests', 'qualifier'), rule: 'qualifier-wording' });
    }));
  });

  it('leaves vague figures alone ("some detainees")', () => {
    const corpus = miniCorpus();
    Object.assign(corpus.figures[0]!, { qualifier: 'vague', value: null, span: { start: 0, end: 14, text: 'some detainees' } });
    expect(check(qualifierWording, corpus)).toEqual([]);
  });

  it("figureRange knows the schema's qualifiers, no more and no fewer", () => {
    for (const qualifier of QUALIFIERS) expect(() => figureRange({ value: 1, qualifier, low: null, high: null })).not.toThrow();
    expect(() => figureRange({ value: 1, qualifier: 'roughly' as never, low: null, high: null })).toThrow(/valid values: exact, approximately, at-least, more-than, up-to, vague$/);
  });
});

describe('mention-placement', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(mentionPlacement, miniCorpus())).toEqual([]);
  });

  it('reports a naming mention on a word that is not the entity\'s name, but not a descriptor', () => {
    const corpus = miniCorpus();
    const m = corpus.entityMentions[0]!;
    const other = { start: 0, end: 4, text: corpus.articles[0]!.text.slice(0, 4) };
    Object.assign(m, { span: other, id: `${m.article}@0-4/${m.entity}` });
    expect(check(mentionPlacement, corpus)).toMatchObject([{ collection: 'entityMentions', index: 0, field: 'span', rule: 'mention-placement' }]);
    m.form = 'descriptor';
    expect(check(mentionPlacement, corpus)).toEqual([]);
  });

  it('reports a mention ID that does not match its span', () => {
    const corpus = miniCorpus();
    const m = corpus.claimMentions[0]!;
    m.id = `${m.article}@${m.span.start + 1}-${m.span.end}/${m.claim}`;
    expect(check(mentionPlacement, corpus)).toMatchObject([{ collection: 'claimMentions', index: 0, field: 'id' }]);
  });
});
