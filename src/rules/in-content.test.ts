import { describe, expect, it } from 'vitest';
import { check, miniCorpus, type MiniCorpus, where } from '../../test/support/mini-corpus.js';
import { spansInContent } from './in-content.js';

/** Makes the body segment page furniture (not content). */
const bodyNotContent = (c: MiniCorpus) => {
  const body = c.articles[0]!.segments[2]!;
  c.articles[0]!.segments[2] = { ...body, kind: 'site-furniture', content: false };
};

describe('in-content', () => {
  it('accepts the valid mini corpus', () => {
    expect(check(spansInContent, miniCorpus())).toEqual([]);
  });

  it('reports every figure, citation content, claim mention and date mention outside content', () => {
    const corpus = miniCorpus();
    bodyNotContent(corpus);
    const issues = check(spansInContent, corpus);
    expect(issues.map((i) => [i.collection, i.index, i.id, i.field])).toEqual([
      ['figures', 0, 'mini-arrests', 'span'],
      ['citations', 0, 'mini-xi-coup', 'content.0'],
      ['claimMentions', 1, corpus.claimMentions[1]!.id, 'span'],
      ['claimMentions', 2, corpus.claimMentions[2]!.id, 'span'],
      ['dateMentions', 0, corpus.dateMentions[0]!.id, 'span'],
    ]);
    expect(issues[0]!.message).toContain('"3,000"');
    expect(issues.every((i) => i.rule === 'in-content')).toBe(true);
  });

  it('ignores separators: a span across a separator between content segments is in content', () => {
    const corpus = miniCorpus();
    const text = corpus.articles[0]!.text;
    const span = { start: 18, end: 26, text: text.slice(18, 26) }; // "maty\n\nOn"
    corpus.claimMentions[0]!.span = span;
    expect(check(spansInContent, corpus)).toEqual([]);
  });

  it('reports a span that touches only a separator (it is in no content at all)', () => {
    const corpus = miniCorpus();
    const sep = corpus.articles[0]!.segments[1]!.span;
    corpus.claimMentions[0]!.span = { ...sep };
    expect(check(spansInContent, corpus)).toMatchObject([where('claimMentions', 0, corpus.claimMentions[0]!.id, 'span')]);
  });

  it('reports a span that reaches from content into a non-content segment', () => {
    const corpus = miniCorpus();
    const segments = corpus.articles[0]!.segments;
    const body = segments[2]!;
    const cut = body.span.end - 8; // " people." becomes furniture
    const text = corpus.articles[0]!.text;
    segments.splice(2, 1,
      { ...body, span: { start: body.span.start, end: cut, text: text.slice(body.span.start, cut) } },
      { kind: 'site-furniture', span: { start: cut, end: body.span.end, text: text.slice(cut, body.span.end) }, content: false, origin: 'author', note: null });
    expect(check(spansInContent, corpus).map((i) => i.collection)).toEqual(['claimMentions']);
  });
});
