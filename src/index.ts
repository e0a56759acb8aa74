// smishguard as a library: `import { analyse } from 'smishguard'`.
import { getEngine } from './engine/index.js';
import type { Analysis, Message, ReputationLookup } from './core/types.js';

export type {
  Analysis, ExtractedUrl, Indicators, Message, PhoneKind, PhoneNumber, Reason, ReasonCode,
  ReputationHit, ReputationLookup, SenderInfo, SenderRoute, VerdictLabel,
} from './core/types.js';
export { createEngine, type Engine, type EngineData } from './core/engine.js';
export { getEngine, loadEngineData } from './engine/index.js';

/** Analyses one SMS with the shipped brand registry, lures and model. */
export function analyse(message: Message | string, reputation?: ReputationLookup): Analysis {
  return getEngine().analyse(typeof message === 'string' ? { text: message } : message, reputation);
}
