// The `qantar-corpus/score` entry: the benchmark scorer. Separate from the main entry so that
// importing the data never loads the scorer.
export { scorePredictions } from './score-predictions.js';
export { EVALUATION_SET_NOTE, type MetricResult, type ScoreOptions, type ScoreReport } from './evaluate.js';
export { LAYER_NAMES } from './registry.js';
export { ptcCounts, ptcScores, parseSpanTsv, type TechniqueSpan } from './layers/ptc.js';
export { averagePrecisionAt, reciprocalRank } from './layers/claim-mentions.js';
export { BOOTSTRAP_SEED } from './bootstrap.js';
export { TECHNIQUES } from './labels.js';
