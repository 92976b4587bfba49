// The label lists of the record fields that the runtime helpers validate too. They live here,
// free of zod, so that the main entry can check arguments against the same lists the schemas
// use: one definition, no copies to drift apart.

export const CITATION_MODES = ['direct', 'indirect', 'mixed', 'scare-quote'] as const;

export const CHANNELS = [
  'verbal-message',
  'phone-call',
  'press-briefing',
  'statement',
  'meeting',
  'tv-report',
  'speech',
  'interview',
  'social-media',
  'unspecified',
] as const;

export const VOICES = ['authorial', 'attributed'] as const;

export const STANCES = ['asserts', 'endorses', 'reports', 'questions', 'disputes'] as const;

export const MEASURES = [
  'killed',
  'injured',
  'arrested',
  'detained',
  'deployed',
  'participants',
  'dismissed',
  'length',
  'duration',
  'money',
  'count',
] as const;

export const ASSERTIONS = ['asserted', 'presupposed', 'insinuated'] as const;

export const SEGMENT_ORIGINS = ['author', 'publisher'] as const;

export const DERIVATION_RELATIONS = ['translation-of', 'rewrite-of', 'follows-wording-of', 'republication-of'] as const;

export const SOURCE_KINDS = [
  'readout',
  'transcript',
  'statement',
  'speech',
  'press-briefing',
  'wire-story',
  'news-report',
  'original-language-article',
  'official-figures',
  'reference-work',
  'fact-check',
  'social-media-post',
] as const;

/**
 * The controlled vocabulary of naming labels (the framing layer), by what the noun phrase names.
 * Each normalised label lists the head nouns that realise it in English; the `labels`
 * completeness rule finds those heads in article content (docs/annotation-guide.md, "Labels").
 */
export const LABEL_VOCABULARY = {
  unrest: {
    protests: ['protest', 'protests'],
    demonstrations: ['demonstration', 'demonstrations'],
    rallies: ['rally', 'rallies'],
    unrest: ['unrest'],
    riots: ['riot', 'riots', 'rioting'],
    turmoil: ['turmoil'],
    upheaval: ['upheaval'],
    uprising: ['uprising', 'uprisings'],
    violence: ['violence'],
    terrorism: ['terror', 'terrorism', 'terrorist attacks'],
    insurgency: ['insurgency', 'insurgencies'],
    coup: ['coup'],
    'color-revolution': ['color revolution', 'color revolutions', 'colour revolution', 'colour revolutions'],
    revolution: ['revolution'],
    crisis: ['crisis'],
    clashes: ['clashes', 'conflicts'],
    incident: ['incident'],
  },
  participants: {
    protesters: ['protester', 'protesters', 'protestors'],
    demonstrators: ['demonstrator', 'demonstrators'],
    rioters: ['rioter', 'rioters'],
    terrorists: ['terrorist', 'terrorists'],
    bandits: ['bandit', 'bandits'],
    militants: ['militant', 'militants'],
    insurgents: ['insurgent', 'insurgents'],
    radicals: ['radical', 'radicals'],
    criminals: ['criminal', 'criminals'],
    extremists: ['extremist', 'extremists'],
    mob: ['mob'],
    people: ['people'],
  },
  'security-forces': {
    'security-forces': ['security forces'],
    police: ['police'],
    army: ['army'],
    troops: ['troops'],
    'law-enforcement': ['law enforcement'],
  },
  intervention: {
    peacekeepers: ['peacekeepers', 'peacekeeping contingent', 'peacekeeping forces'],
    troops: ['troops'],
    intervention: ['intervention'],
    deployment: ['deployment'],
    'military-bloc': ['military bloc', 'military alliance'],
  },
  response: {
    repression: ['suppression', 'repression', 'crackdown', 'repressive actions', 'repressive stance'],
    measures: ['measures', 'actions'],
    operation: ['operation', 'operations'],
  },
  actor: {
    'party-leader': ['leader'],
    dictator: ['dictator'],
    authoritarian: ['authoritarian'],
  },
} as const;

/** What a label names: the unrest, its participants, the security forces, the CSTO deployment, the authorities' response, or a principal actor. */
export const LABEL_CATEGORIES = Object.keys(LABEL_VOCABULARY) as (keyof typeof LABEL_VOCABULARY)[];

/** Every normalised label, in vocabulary order. */
export const LABEL_NAMES = [...new Set(Object.values(LABEL_VOCABULARY).flatMap((labels) => Object.keys(labels)))] as [string, ...string[]];

/** Heads too common to require a label everywhere: labelled where they name the participants or an actor, not detected. */
export const LABEL_HEADS_NOT_DETECTED: readonly string[] = ['people', 'leader', 'conflicts', 'incident', 'deployment', 'troops', 'police', 'army', 'measures', 'actions', 'operation', 'operations'];

/** The persuasion techniques of SemEval-2023 Task 3 (subtask 3), with their exact IDs, by category. */
export const TECHNIQUE_CATEGORIES = {
  'Attack on Reputation': ['Name_Calling-Labeling', 'Guilt_by_Association', 'Doubt', 'Appeal_to_Hypocrisy', 'Questioning_the_Reputation'],
  Justification: ['Flag_Waving', 'Appeal_to_Authority', 'Appeal_to_Popularity', 'Appeal_to_Values', 'Appeal_to_Fear-Prejudice'],
  Simplification: ['Causal_Oversimplification', 'False_Dilemma-No_Choice', 'Consequential_Oversimplification'],
  Distraction: ['Straw_Man', 'Red_Herring', 'Whataboutism'],
  Call: ['Slogans', 'Appeal_to_Time', 'Conversation_Killer'],
  'Manipulative Wording': ['Loaded_Language', 'Obfuscation-Vagueness-Confusion', 'Exaggeration-Minimisation', 'Repetition'],
} as const;

/** Every technique ID, in category order. */
export const TECHNIQUES = Object.values(TECHNIQUE_CATEGORIES).flat() as [string, ...string[]];

/** The six technique categories. */
export const TECHNIQUE_CATEGORY_NAMES = Object.keys(TECHNIQUE_CATEGORIES) as [string, ...string[]];

/** The 14 framing dimensions of the Media Frames Corpus, as SemEval-2023 Task 3 subtask 2 names them. */
export const FRAMES = [
  'Economic', 'Capacity_and_resources', 'Morality', 'Fairness_and_equality', 'Legality_Constitutionality_and_jurisprudence',
  'Policy_prescription_and_evaluation', 'Crime_and_punishment', 'Security_and_defense', 'Health_and_safety', 'Quality_of_life',
  'Cultural_identity', 'Public_opinion', 'Political', 'External_regulation_and_reputation',
] as const;

/** SemEval-2023 Task 3 subtask 1 genres. */
export const ARTICLE_GENRES = ['reporting', 'opinion', 'satire'] as const;

/**
 * The entity-framing roles of SemEval-2025 Task 10 subtask 1: three main roles and the 22
 * fine-grained roles (archetypes) nested in them, spelled as the task spells them.
 */
export const ENTITY_ROLE_TAXONOMY = {
  Protagonist: ['Guardian', 'Martyr', 'Peacemaker', 'Rebel', 'Underdog', 'Virtuous'],
  Antagonist: ['Instigator', 'Conspirator', 'Tyrant', 'Foreign Adversary', 'Traitor', 'Spy', 'Saboteur', 'Corrupt', 'Incompetent', 'Terrorist', 'Deceiver', 'Bigot'],
  Innocent: ['Forgotten', 'Exploited', 'Victim', 'Scapegoat'],
} as const;

/** The three main roles. */
export const MAIN_ROLES = Object.keys(ENTITY_ROLE_TAXONOMY) as [keyof typeof ENTITY_ROLE_TAXONOMY, ...(keyof typeof ENTITY_ROLE_TAXONOMY)[]];

/** Every fine-grained role, in taxonomy order. */
export const FINE_ROLES = Object.values(ENTITY_ROLE_TAXONOMY).flat() as [string, ...string[]];

/**
 * The outside narrative records a claim can link to: an EUvsDisinfo database case, a DISARM
 * framework technique, or a SemEval-2025 Task 10 narrative label.
 */
export const NARRATIVE_SCHEMES = ['euvsdisinfo-case', 'disarm-technique', 'semeval2025-narrative'] as const;

/**
 * How a claim relates to a linked narrative record, as SKOS mapping relations do: `exact` (the same
 * proposition), `broader` (a wider narrative that includes the claim), `narrower` (a more specific
 * form of it, such as one that names the external force), `related` (an analogous narrative from
 * another domain, such as SemEval-2025's Ukraine-war taxonomy).
 */
export const NARRATIVE_RELATIONS = ['exact', 'broader', 'narrower', 'related'] as const;
