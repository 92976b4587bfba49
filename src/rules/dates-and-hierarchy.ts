import { at, type CorpusIssue } from './issue.js';
import type { CorpusRule } from './types.js';

/** Date ranges run forwards, and parent links (events, outlets) form no cycle. */
export const datesAndHierarchy: CorpusRule = {
  name: 'dates-and-hierarchy',
  description: 'Event and date-mention ranges do not end before they start; event and outlet parents form no cycle; an article\'s publisher differs from its outlet.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    corpus.events.forEach((e, i) => {
      if (e.end !== null && e.end < e.start) issues.push({ ...at('events', i, e.id, 'end'), rule: 'dates-and-hierarchy', message: `event ends ${e.end}, before it starts ${e.start}`, fix: 'correct start or end' });
    });
    corpus.dateMentions.forEach((m, i) => {
      if (m.end !== null && m.end < m.date) issues.push({ ...at('dateMentions', i, m.id, 'end'), rule: 'dates-and-hierarchy', message: `date range ends ${m.end}, before ${m.date}`, fix: 'correct date or end' });
    });
    const cycles = (collection: 'events' | 'outlets', records: readonly { id: string; parent: string | null }[]) => {
      const parent = new Map(records.map((r) => [r.id, r.parent]));
      records.forEach((r, i) => {
        const seen = new Set<string>([r.id]);
        for (let p = r.parent; p !== null && p !== undefined; p = parent.get(p) ?? null) {
          if (seen.has(p)) {
            issues.push({ ...at(collection, i, r.id, 'parent'), rule: 'dates-and-hierarchy', message: `parent chain of ${r.id} loops back to ${p}`, fix: 'break the cycle of parent links' });
            break;
          }
          seen.add(p);
        }
      });
    };
    cycles('events', corpus.events);
    cycles('outlets', corpus.outlets);
    corpus.articles.forEach((a, i) => {
      if (a.publisher !== null && a.publisher === a.outlet) issues.push({ ...at('articles', i, a.id, 'publisher'), rule: 'dates-and-hierarchy', message: `publisher ${a.publisher} is the outlet itself`, fix: 'set publisher to null when the outlet published the copy itself' });
    });
    return issues;
  },
};
