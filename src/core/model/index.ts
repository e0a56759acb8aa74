export { createModelScorer, parseModel, sigmoid, MODEL_VERSION, type LinearModel, type ModelScore, type Contribution } from './model.js';
export { trainModel, seededRandom, DEFAULT_FEATURES, type TrainExample, type TrainOptions } from './train.js';
export { createModelCheck } from './check.js';
export { forEachNgram, maskedText, namedFeatures, type FeatureSpec } from './features.js';
