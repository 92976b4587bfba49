// The `qantar-corpus/score` entry: the benchmark scorer. Separate from the main entry so that
// importing the data never loads the scorer. The surface is small on purpose: the per-layer metric
// functions stay internal until users need them on their own gold.
export { scorePredictions } from './score-predictions.js';
export { EVALUATION_SET_NOTE, type MetricResult, type ScoreOptions, type ScoreReport } from './evaluate.js';
export { LAYER_NAMES } from './registry.js';
