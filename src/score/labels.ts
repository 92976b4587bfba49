// Label lists the scorer checks predictions against. The figure qualifiers and entity kinds are
// defined in src/schema/figure.ts and src/schema/entity.ts, which import zod; the scorer entry must
// not load zod, so they are repeated here and a test (labels.test.ts) checks that they stay equal.
export { CITATION_MODES, MEASURES, STANCES, VOICES } from '../schema/labels.js';

export const QUALIFIERS = ['exact', 'approximately', 'at-least', 'more-than', 'up-to', 'vague'] as const;

export const ENTITY_KINDS = ['person', 'organization', 'government-body', 'place', 'group', 'event', 'document', 'concept'] as const;

/**
 * The 23 persuasion techniques of SemEval-2023 Task 3 (subtask 3), with the task's exact IDs, by
 * category. The corpus has no technique annotations yet; the scorer accepts these labels so that
 * predictions can be checked for form today.
 */
export const TECHNIQUES_BY_CATEGORY = {
  'Attack_on_Reputation': ['Name_Calling-Labeling', 'Guilt_by_Association', 'Casting_Doubt', 'Appeal_to_Hypocrisy', 'Questioning_the_Reputation'],
  'Justification': ['Flag_Waving', 'Appeal_to_Authority', 'Appeal_to_Popularity', 'Appeal_to_Values', 'Appeal_to_Fear-Prejudice'],
  'Simplification': ['Causal_Oversimplification', 'False_Dilemma-No_Choice', 'Consequential_Oversimplification'],
  'Distraction': ['Straw_Man', 'Red_Herring', 'Whataboutism'],
  'Call': ['Slogans', 'Conversation_Killer', 'Appeal_to_Time'],
  'Manipulative_Wording': ['Loaded_Language', 'Obfuscation-Vagueness-Confusion', 'Exaggeration-Minimisation', 'Repetition'],
} as const;

export const TECHNIQUES: readonly string[] = Object.values(TECHNIQUES_BY_CATEGORY).flat();
