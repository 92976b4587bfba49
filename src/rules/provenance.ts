import { at, type CorpusIssue } from './issue.js';
import type { CorpusRule } from './types.js';

/**
 * Provenance fields agree with each other: segment origins with the article's publisher, the
 * derivation chain with the translation record, and the spans of a hop with whole segments.
 */
export const provenance: CorpusRule = {
  name: 'provenance',
  description: 'Separators have no origin and other segments one; only an article with a publisher has segments of origin `publisher`; an article is translated exactly when its first derivation hop is `translation-of`; a hop names an outlet or a source; a hop\'s spans start and end on segment boundaries.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    corpus.articles.forEach((a, i) => {
      const issue = (field: string, message: string, fix: string) => issues.push({ ...at('articles', i, a.id, field), rule: 'provenance', message, fix });
      a.segments.forEach((s, j) => {
        if (s.kind === 'separator' && s.origin !== null) issue(`segments.${j}.origin`, `separator segment has origin ${s.origin}`, 'set origin to null for separators');
        if (s.kind !== 'separator' && s.origin === null) issue(`segments.${j}.origin`, `${s.kind} segment has no origin`, 'set origin to author or publisher');
        if (s.origin === 'publisher' && a.publisher === null) issue(`segments.${j}.origin`, `${s.kind} segment has origin publisher, but the article has no publisher`, 'set the article\'s publisher, or origin: author');
      });
      const first = a.derivedFrom[0];
      if (a.translatedFrom !== null && first?.relation !== 'translation-of') {
        issue('derivedFrom', `the article is translated from ${a.translatedFrom.language} but its derivation chain does not start with translation-of`, 'add the hop to the original as the first entry of derivedFrom, with relation translation-of');
      }
      if (a.translatedFrom === null && first?.relation === 'translation-of') {
        issue('translatedFrom', 'the derivation chain starts with translation-of but translatedFrom is null', 'record the original language in translatedFrom');
      }
      const starts = new Set(a.segments.map((s) => s.span.start));
      const ends = new Set(a.segments.map((s) => s.span.end));
      a.derivedFrom.forEach((d, j) => {
        if (d.outlet === null && d.source === null) issue(`derivedFrom.${j}`, `derivation hop ${j} names neither an outlet nor a source`, 'set outlet (whose story it is) or source (the source record of the story)');
        d.spans?.forEach((s, k) => {
          if (!starts.has(s.start) || !ends.has(s.end)) issue(`derivedFrom.${j}.spans.${k}`, `span ${s.start}-${s.end} of derivation hop ${j} does not start and end on segment boundaries`, 'anchor the hop\'s spans on whole segments (from the first words of one segment to the last words of another)');
        });
      });
    });
    return issues;
  },
};
