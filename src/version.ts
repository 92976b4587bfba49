import { corpus } from './internal/data.js';

/**
 * Version of this corpus release; equal to the npm package version.
 *
 * @example
 * ```ts
 * import { CORPUS_VERSION } from 'qantar-corpus';
 * console.log(CORPUS_VERSION); //=> '0.1.0'
 * ```
 */
export const CORPUS_VERSION: string = corpus.corpusVersion;

/**
 * Version of the record shape; it moves only when a schema changes (see the versioning policy).
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION } from 'qantar-corpus';
 * console.log(SCHEMA_VERSION); //=> '2.0.0'
 * ```
 */
export const SCHEMA_VERSION: string = corpus.schemaVersion;
