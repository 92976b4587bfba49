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
