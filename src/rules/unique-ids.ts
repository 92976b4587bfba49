import { at, type CorpusIssue } from './issue.js';
import type { CorpusRule, RuleCorpus } from './types.js';

const COLLECTIONS = [
  'outlets', 'articles', 'entities', 'events', 'claims', 'figureGroups', 'figures', 'citations',
  'entityMentions', 'dateMentions', 'claimMentions',
] as const satisfies readonly (keyof RuleCorpus)[];

/** Figures and citations share one namespace per kind across all articles; so do the registries. */
export const uniqueIds: CorpusRule = {
  name: 'unique-ids',
  description: 'Every record ID occurs once in its collection (figure and citation IDs across all articles).',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    for (const collection of COLLECTIONS) {
      const seen = new Map<string, number>();
      (corpus[collection] as readonly { id: string }[]).forEach((record, index) => {
        const first = seen.get(record.id);
        if (first === undefined) {
          seen.set(record.id, index);
          return;
        }
        issues.push({
          ...at(collection, index, record.id, 'id'),
          rule: 'unique-ids',
          message: `ID ${JSON.stringify(record.id)} is used twice in ${collection} (records ${first} and ${index})`,
          fix: 'give one of the two records a new ID that has never been used (IDs are never reused)',
        });
      });
    }
    return issues;
  },
};
