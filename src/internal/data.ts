import { CORPUS_FREEZE_PLAN } from '../generated/freeze-plan.js';
import corpusJson from '../generated/corpus.json' with { type: 'json' };
import type { Corpus } from '../generated/types.js';
import { freezeWithPlan } from './freeze.js';

/**
 * The whole corpus, loaded once as JSON and deeply frozen so that no caller can change it. Freezing
 * follows the plan generated from the schema, so it visits only fields that hold objects: this runs
 * at import time, so its cost is part of the import cost (docs/performance.md).
 */
export const corpus: Corpus = freezeWithPlan(corpusJson as unknown as Corpus, CORPUS_FREEZE_PLAN);
