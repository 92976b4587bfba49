import { at, type CorpusIssue } from './issue.js';
import { contains, numbersWritten } from './text-tools.js';
import type { CorpusRule } from './types.js';

/** A figure's value, qualifier, bounds, group and source agree with each other. */
export const figureConsistency: CorpusRule = {
  name: 'figure-consistency',
  description: "A figure's value is written in its span and fits its qualifier, its bounds are ordered, its group allows its measure, and a citation source contains it.",
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const groups = new Map(corpus.figureGroups.map((g) => [g.id, g]));
    const citations = new Map(corpus.citations.map((c) => [c.id, c]));
    corpus.figures.forEach((f, i) => {
      const here = (field: string) => at('figures', i, f.id, field);
      const push = (field: string, message: string, fix: string) => issues.push({ ...here(field), rule: 'figure-consistency', message, fix });
      if (f.qualifier === 'vague' && f.value !== null) push('value', `vague figure has value ${f.value}`, 'set value to null and give low/high if the wording implies bounds');
      if (f.qualifier !== 'vague' && f.value === null && f.low === null && f.high === null) push('value', `${f.qualifier} figure has no value and no bounds`, 'give the number, or use qualifier vague');
      if (f.value !== null && !numbersWritten(f.span.text).includes(f.value)) {
        push('value', `value ${f.value} is not written in the span ${JSON.stringify(f.span.text)}`, 'correct the value or widen the span to the number it counts; a number the text does not write belongs in low/high or a note');
      }
      if (f.alternate && !numbersWritten(f.alternate.span.text).includes(f.alternate.value)) {
        push('alternate.value', `alternate value ${f.alternate.value} is not written in its span ${JSON.stringify(f.alternate.span.text)}`, 'correct the alternate value or its anchor');
      }
      if (f.low !== null && f.high !== null && f.low > f.high) push('low', `low ${f.low} is greater than high ${f.high}`, 'swap or correct the bounds');
      if ((f.asOf === null) !== (f.asOfBasis === null)) push('asOfBasis', 'asOf and asOfBasis must be given together', 'give both or neither');
      if (f.group !== null) {
        const group = groups.get(f.group);
        if (group && !group.measures.includes(f.measure)) push('group', `group ${f.group} allows measures ${group.measures.join(', ')}, not ${f.measure}`, 'choose the right group or measure');
      }
      if (f.source.kind === 'citation') {
        const citation = citations.get(f.source.citation);
        if (citation && citation.article !== f.article) push('source.citation', `source citation ${citation.id} is in another article`, 'link a citation of the same article');
        else if (citation && !citation.content.some((s) => contains(s, f.span))) push('source.citation', `the figure ${JSON.stringify(f.span.text)} is not inside the content of citation ${citation.id}`, 'link the citation whose content holds the figure, or use source: { entity: ... }');
      }
    });
    return issues;
  },
};
