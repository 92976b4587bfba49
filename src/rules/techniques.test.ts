import { describe, expect, it } from 'vitest';
import { at, check, miniCorpus, where } from '../../test/support/mini-corpus.js';
import { framingLayer } from './techniques.js';

const rule = framingLayer;

describe('framing-layer', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(rule, miniCorpus())).toEqual([]);
  });

  it('rejects an untrimmed technique span, naming it', () => {
    const corpus = miniCorpus();
    corpus.techniques[0]!.span = at('Police arrested 3,000 people.');
    Object.assign(corpus.techniques[0]!, { voice: 'authorial', citation: null });
    expect(check(rule, corpus)).toMatchObject([{ ...where('techniques', 0, corpus.techniques[0]!.id, 'span'), message: 'span "Police arrested 3,000 people." starts or ends with a space or punctuation' }]);
  });

  it('ties the voice to the citations: a technique inside quoted words is the speaker\'s', () => {
    const corpus = miniCorpus();
    Object.assign(corpus.techniques[0]!, { voice: 'authorial', citation: null });
    expect(check(rule, corpus)).toMatchObject([{ field: 'voice' }]);
    const own = miniCorpus();
    Object.assign(own.techniques[0]!, { span: at('Calm returns to Almaty') });
    expect(check(rule, own)).toMatchObject([{ field: 'citation', fix: "the span is in the outlet's own words: use voice authorial" }]);
  });

  it('requires a framing record for every article, with frame spans in content', () => {
    const corpus = miniCorpus();
    corpus.framing = [];
    expect(check(rule, corpus)).toMatchObject([{ ...where('articles', 0, 'mini-article', 'framing'), message: 'article mini-article has no framing record' }]);
    const bad = miniCorpus();
    bad.framing[0]!.frames[0]!.spans = [{ start: 20, end: 26, text: 'ty\n\nOn' }];
    expect(check(rule, bad)).toMatchObject([{ field: 'frames.0.spans.0' }]);
  });
});
