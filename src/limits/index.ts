// Per-key allowances in process memory, for the HTTP layer and for services alike.
export { failureLimit, type FailureLimit } from './failure-limit.js';
