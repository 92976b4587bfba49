import { CORPUS_FREEZE_PLAN } from '../generated/freeze-plan.js';
// In the package this import points at dist/internal/corpus.json (tsup.config.ts), the library's own
// copy of the data: no entry of the exports map reaches it, so its module object is private. Whoever
// imports `qantar-corpus/corpus.json` gets another module object, which they may edit, and which
// freezing this one leaves as it was.
import corpusJson from '../generated/corpus.json' with { type: 'json' };
import type { Corpus } from '../generated/types.js';
import { lazilyFrozen } from './freeze.js';

/**
 * The whole corpus, loaded once as JSON, and deeply frozen so that no caller can change it. Each
 * collection is frozen (by the plan generated from the schema) the first time it is read, by a
 * getter of this frozen object, so the import freezes nothing and a program pays only for the
 * collections it uses (docs/performance.md). Every record reaches callers through these getters.
 */
export const corpus: Corpus = lazilyFrozen(corpusJson as unknown as Corpus, CORPUS_FREEZE_PLAN);
