// Consent (issue 4): a registry per subscriber line of the settings that rest on the
// contract terms, the gate the line detector asks before it looks at a record, and the
// subscriber page's one-time codes. Routes: ./routes.ts (loaded by the web app).
export { openConsent, validateChanges, CONSENT_FIELDS, CONSENT_CHANNELS, DEFAULT_SETTINGS, REASSIGN_REASONS } from './registry.js';
export type {
  ConsentActor, ConsentChannel, ConsentChanges, ConsentError, ConsentErrorCode, ConsentField, ConsentOptions, ConsentRegistry,
  ConsentResult, ConsentSettings, ConsentView, DetectionGate, HistoryEntry, ReassignReason,
} from './registry.js';
export { lineKey } from './line-key.js';
export { consentCodes, CODE_DEFAULTS } from './codes.js';
export type { CodeError, CodeOptions, CodeResult, ConsentCodes, Limit } from './codes.js';
export type { ConsentTables } from './tables.js';
