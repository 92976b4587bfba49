import { LABEL_VOCABULARY } from '../schema/labels.js';
import { at, type CorpusIssue } from './issue.js';
import { contains } from './text-tools.js';
import type { CorpusRule } from './types.js';

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
const EVENT_CATEGORIES = new Set(['unrest', 'intervention']);

/**
 * A label's fields agree with its text: the head is a form of its label and is written in its span,
 * the voice follows from whether a citation's content holds the span, a scare-quoted label stands
 * in quotation marks, and the target is an event or an entity as the category says.
 */
export const labelConsistency: CorpusRule = {
  name: 'label-consistency',
  description: 'A label\'s head is a vocabulary form of its label written in its span; it is attributed exactly when a citation of its article holds it (and names that citation); a scare-quoted label stands in quotation marks; unrest and intervention labels target events, the others entities.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const articles = new Map(corpus.articles.map((a) => [a.id, a]));
    corpus.labels.forEach((l, i) => {
      const issue = (field: string, message: string, fix: string) => issues.push({ ...at('labels', i, l.id, field), rule: 'label-consistency', message, fix });
      const forms = ((LABEL_VOCABULARY as Record<string, Record<string, readonly string[]>>)[l.category]?.[l.label] ?? []) as readonly string[];
      if (forms.length === 0) issue('label', `label ${l.label} is not in the ${l.category} vocabulary`, `use one of: ${Object.keys((LABEL_VOCABULARY as Record<string, object>)[l.category] ?? {}).join(', ')}`);
      else if (!forms.includes(l.head.toLowerCase())) issue('head', `head ${JSON.stringify(l.head)} is not a form of the label ${l.label} (${forms.join(', ')})`, 'correct the head or the label, or add the form to LABEL_VOCABULARY with a codebook entry');
      if (!l.span.text.toLowerCase().replace(/\s+/g, ' ').includes(l.head.toLowerCase())) issue('head', `head ${JSON.stringify(l.head)} is not written in the span ${JSON.stringify(l.span.text)}`, 'anchor the label on the noun phrase that holds its head');
      const holders = corpus.citations.filter((c) => c.article === l.article && c.content.some((s) => contains(s, l.span)));
      if (l.voice === 'attributed' && l.citation === null) issue('citation', 'attributed label names no citation', 'name the citation whose content holds the phrase');
      if (l.voice === 'attributed' && l.citation !== null && !holders.some((c) => c.id === l.citation)) issue('citation', `citation ${l.citation}'s content does not hold the span`, holders.length > 0 ? `use ${holders.map((c) => c.id).join(' or ')}` : 'the phrase is in the outlet\'s own words: use voice authorial');
      if (l.voice === 'authorial' && l.citation !== null) issue('citation', 'authorial label names a citation', 'remove the citation, or make the voice attributed');
      if (l.voice === 'authorial' && holders.some((c) => c.mode !== 'scare-quote')) issue('voice', `the span is inside the content of ${holders.filter((c) => c.mode !== 'scare-quote').map((c) => c.id).join(', ')}`, 'make the voice attributed and name the citation');
      const text = articles.get(l.article)?.text ?? '';
      const before = text[l.span.start - 1] ?? '';
      const after = text[l.span.end] ?? '';
      const quoted = (QUOTES.has(before) && QUOTES.has(after)) || (QUOTES.has(l.span.text[0] ?? '') && QUOTES.has(l.span.text.at(-1) ?? ''));
      if (l.scareQuoted && !quoted) issue('scareQuoted', 'scare-quoted label does not stand in quotation marks', 'anchor the span on the quoted word, or set scareQuoted: false');
      const wantEvent = EVENT_CATEGORIES.has(l.category);
      if (wantEvent !== (l.target.kind === 'event')) issue('target', `labels of category ${l.category} target ${wantEvent ? 'an event' : 'an entity'}, not ${l.target.kind === 'event' ? 'an event' : 'an entity'}`, `set target: { ${wantEvent ? 'event' : 'entity'}: <id> }`);
    });
    return issues;
  },
};
