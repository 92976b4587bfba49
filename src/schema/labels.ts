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
