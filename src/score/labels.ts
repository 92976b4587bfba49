// Label lists the scorer checks predictions against. The figure qualifiers and entity kinds are
// defined in src/schema/figure.ts and src/schema/entity.ts, which import zod; the scorer entry must
// not load zod, so they are repeated here and a test (labels.test.ts) checks that they stay equal.
export { CITATION_MODES, MEASURES, STANCES, VOICES } from '../schema/labels.js';

export const QUALIFIERS = ['exact', 'approximately', 'at-least', 'more-than', 'up-to', 'vague'] as const;

export const ENTITY_KINDS = ['person', 'organization', 'government-body', 'place', 'group', 'event', 'document', 'concept'] as const;

// The 23 persuasion techniques of SemEval-2023 Task 3 (subtask 3) with the task's exact IDs, and the
// normalised labels of the labels layer: one definition, in the schema's zod-free label lists.
export { LABEL_NAMES, TECHNIQUE_CATEGORIES as TECHNIQUES_BY_CATEGORY, TECHNIQUES } from '../schema/labels.js';

// The SemEval-2025 Task 10 entity-framing roles (main role -> fine-grained roles), zod-free.
export { ENTITY_ROLE_TAXONOMY, FINE_ROLES, MAIN_ROLES } from '../schema/labels.js';
