import { at, type CorpusIssue } from './issue.js';
import { showText } from './text-tools.js';
import type { CorpusRule, RuleCorpus } from './types.js';

interface SpanLike {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every span of every record points into its article's text and repeats exactly what is there. */
export const spans: CorpusRule = {
  name: 'spans',
  description: 'Every span lies inside its article text, with start < end and text === article.text.slice(start, end).',
  completeness: false,
  check(corpus: RuleCorpus) {
    const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
    const issues: CorpusIssue[] = [];
    const checkSpan = (collection: string, index: number, id: string | null, article: string, field: string, span: SpanLike | null) => {
      if (span === null) return;
      const text = texts.get(article);
      if (text === undefined) return; // reported by the references rule
      const problem =
        !Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start >= span.end
          ? `span [${span.start}, ${span.end}) is not a non-empty range inside the text (length ${text.length})`
          : text.slice(span.start, span.end) !== span.text
            ? `span text ${showText(span.text)} differs from the text at [${span.start}, ${span.end}): ${showText(text.slice(span.start, span.end))}`
            : null;
      if (problem) issues.push({ ...at(collection, index, id, field), rule: 'spans', message: problem, fix: 'recompute start, end and text from the article text' });
    };
    corpus.articles.forEach((a, i) => a.segments.forEach((s, j) => checkSpan('articles', i, a.id, a.id, `segments.${j}.span`, s.span)));
    corpus.entityMentions.forEach((m, i) => checkSpan('entityMentions', i, m.id, m.article, 'span', m.span));
    corpus.dateMentions.forEach((m, i) => checkSpan('dateMentions', i, m.id, m.article, 'span', m.span));
    corpus.claimMentions.forEach((m, i) => checkSpan('claimMentions', i, m.id, m.article, 'span', m.span));
    corpus.exemptions.forEach((e, i) => checkSpan('exemptions', i, null, e.article, 'span', e.span));
    corpus.figures.forEach((f, i) => {
      checkSpan('figures', i, f.id, f.article, 'span', f.span);
      checkSpan('figures', i, f.id, f.article, 'alternate.span', f.alternate?.span ?? null);
    });
    corpus.citations.forEach((c, i) => {
      checkSpan('citations', i, c.id, c.article, 'speakerSpan', c.speakerSpan);
      checkSpan('citations', i, c.id, c.article, 'cue.span', c.cue?.span ?? null);
      c.content.forEach((s, j) => checkSpan('citations', i, c.id, c.article, `content.${j}`, s));
      c.relay.forEach((r, j) => checkSpan('citations', i, c.id, c.article, `relay.${j}.span`, r.span));
    });
    return issues;
  },
};
