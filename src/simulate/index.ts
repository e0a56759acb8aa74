// Synthetic traffic (deterministic, seeded) for tests, demos, evaluation and benchmarks.
export { DEFAULT_START, recordLine, simulate, VARIANTS, type InfectedTruth, type SimulatedReport, type Simulation, type SimulationOptions, type SimulationTruth, type Variant, type VariantName } from './simulate.js';
export { createRng, type Rng } from './prng.js';
