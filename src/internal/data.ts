import corpusJson from '../generated/corpus.json' with { type: 'json' };
import type { Corpus } from '../generated/types.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The whole corpus, loaded once as JSON and deeply frozen so that no caller can change it. */
export const corpus: Corpus = deepFreeze(corpusJson as unknown as Corpus);
