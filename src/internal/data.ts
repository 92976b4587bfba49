import { CORPUS_FREEZE_PLAN } from '../generated/freeze-plan.js';
// In the package this import points at dist/internal/corpus.json (tsup.config.ts), the library's own
// copy of the data: no entry of the exports map reaches it, so its module object is private. Whoever
// imports `qantar-corpus/corpus.json` gets another module object, which they may edit, and which
// freezing this one leaves as it was.
import corpusJson from '../generated/corpus.json' with { type: 'json' };
import type { Corpus } from '../generated/types.js';
import { freezeWithPlan } from './freeze.js';

/**
 * The whole corpus, loaded once as JSON and deeply frozen so that no caller can change it. Freezing
 * follows the plan generated from the schema, so it visits only fields that hold objects: this runs
 * at import time, so its cost is part of the import cost (docs/performance.md).
 */
export const corpus: Corpus = freezeWithPlan(corpusJson as unknown as Corpus, CORPUS_FREEZE_PLAN);
