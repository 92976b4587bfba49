import { ID_PATTERN } from '../schema/common.js';
import { at, type CorpusIssue } from './issue.js';
import type { CorpusRule } from './types.js';

const suggest = (id: string) => id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const idForm: CorpusRule = {
  name: 'id-form',
  description: 'Every record ID is lowercase kebab-case.',
  completeness: false,
  check(corpus) {
    const issues: CorpusIssue[] = [];
    const collections = ['outlets', 'articles', 'entities', 'events', 'claims', 'figureGroups', 'figures', 'citations'] as const;
    for (const collection of collections) {
      (corpus[collection] as readonly { id: string }[]).forEach((record, index) => {
        if (ID_PATTERN.test(record.id)) return;
        issues.push({
          ...at(collection, index, record.id, 'id'),
          rule: 'id-form',
          message: `ID ${JSON.stringify(record.id)} is not lowercase kebab-case`,
          fix: `rename it to ${JSON.stringify(suggest(record.id))} (letters a-z, digits, single hyphens)`,
        });
      });
    }
    return issues;
  },
};
