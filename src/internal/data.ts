import corpusJson from '../generated/corpus.json' with { type: 'json' };
import type { Corpus } from '../generated/types.js';

// Children first, then the object itself. Indexed loops and for...in rather than Object.keys, and no
// Object.isFrozen test on every object: JSON is a tree, so nothing is visited twice. This walk runs
// at import time over every record, so its cost is part of the import cost (docs/performance.md).
function deepFreeze<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') deepFreeze(item);
    }
  } else {
    for (const key in value) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') deepFreeze(item);
    }
  }
  return Object.freeze(value);
}

/** The whole corpus, loaded once as JSON and deeply frozen so that no caller can change it. */
export const corpus: Corpus = deepFreeze(corpusJson as unknown as Corpus);
