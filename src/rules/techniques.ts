import { at, type CorpusIssue } from './issue.js';
import { contains } from './text-tools.js';
import type { CorpusRule } from './types.js';

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
    const articles = new Map(corpus.articles.map((a) => [a.id, a]));
    const inContent = (article: string, span: { start: number; end: number }) =>
      (articles.get(article)?.segments ?? []).some((s) => s.content && contains(s.span, span));
    corpus.techniques.forEach((t, i) => {
      const issue = (field: string, message: string, fix: string) => issues.push({ ...at('techniques', i, t.id, field), rule: 'framing-layer', message, fix });
      if (UNTRIMMED.test(t.span.text)) issue('span', `span ${JSON.stringify(t.span.text)} starts or ends with a space or punctuation`, 'trim the span to the words that carry the technique (PTC v2)');
      if (!inContent(t.article, t.span)) issue('span', `span ${JSON.stringify(t.span.text)} is not inside one content segment`, 'anchor the technique in article content, within one segment');
      const holders = corpus.citations.filter((c) => c.article === t.article && c.mode !== 'scare-quote' && c.content.some((s) => contains(s, t.span)));
      if (t.voice === 'attributed' && !holders.some((c) => c.id === t.citation)) issue('citation', `attributed technique names citation ${t.citation ?? 'null'}, whose content does not hold the span`, holders.length > 0 ? `use ${holders.map((c) => c.id).join(' or ')}` : 'the span is in the outlet\'s own words: use voice authorial');
      if (t.voice === 'authorial' && t.citation !== null) issue('citation', 'authorial technique names a citation', 'remove the citation, or make the voice attributed');
      if (t.voice === 'authorial' && holders.length > 0) issue('voice', `the span is inside the content of ${holders.map((c) => c.id).join(', ')}: the technique is the quoted speaker's`, 'make the voice attributed and name the citation');
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
