import { at, type CorpusIssue } from './issue.js';
import type { CorpusRule } from './types.js';
import { checkVoice, contentCheck } from './voice.js';

const UNTRIMMED = /^[\s.,;:]|[\s.,;:]$/;

/**
 * Technique spans are trimmed as in PTC v2, lie in content, and are in the voice the citations
 * give them; every article has a framing record whose frame spans lie in content.
 */
export const framingLayer: CorpusRule = {
  name: 'framing-layer',
  description: 'Technique spans start and end on a word (no space or . , ; : at either end), lie in content, and are attributed exactly when a citation holds them; every article has a framing record (genre, frames, technique review) whose frame spans lie in content.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const inContent = contentCheck(corpus.articles);
    corpus.techniques.forEach((t, i) => {
      const issue = (field: string, message: string, fix: string) => issues.push({ ...at('techniques', i, t.id, field), rule: 'framing-layer', message, fix });
      if (UNTRIMMED.test(t.span.text)) issue('span', `span ${JSON.stringify(t.span.text)} starts or ends with a space or punctuation`, 'trim the span to the words that carry the technique (PTC v2)');
      if (!inContent(t.article, t.span)) issue('span', `span ${JSON.stringify(t.span.text)} is not inside one content segment`, 'anchor the technique in article content, within one segment');
      checkVoice(corpus.citations, t, { record: 'technique', unit: 'span', act: 'the technique' }, issue);
    });
    const framed = new Set(corpus.framing.map((f) => f.article));
    corpus.articles.forEach((a, i) => {
      if (!framed.has(a.id)) issues.push({ ...at('articles', i, a.id, 'framing'), rule: 'framing-layer', message: `article ${a.id} has no framing record`, fix: 'write framing.yaml with genre, genreNote, frames and techniquesReviewed: all-content-segments' });
    });
    corpus.framing.forEach((f, i) => {
      f.frames.forEach((frame, j) => frame.spans.forEach((s, k) => {
        if (!inContent(f.article, s)) issues.push({ ...at('framing', i, f.article, `frames.${j}.spans.${k}`), rule: 'framing-layer', message: `span ${JSON.stringify(s.text)} of frame ${frame.frame} is not inside one content segment`, fix: 'anchor the frame in article content' });
      }));
    });
    return issues;
  },
};
