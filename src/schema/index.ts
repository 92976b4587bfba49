// The `qantar-corpus/schema` entry: the zod schemas (the one definition of the record shape) and
// validators for corpora that users extend or modify. It loads zod; the main entry does not.
export * from './common.js';
export * from './outlet.js';
export * from './article.js';
export * from './entity.js';
export * from './claim.js';
export * from './event.js';
export * from './figure.js';
export * from './citation.js';
export * from './exemption.js';
export { corpusSchema, SCHEMA_VERSION, type CorpusRecord } from './corpus.js';
export { validateCorpus, validateRecord, type ValidationProblem, type ValidationResult, type RecordKind } from './validate.js';
export type { CorpusIssue } from '../rules/issue.js';
