// Report intake over SMPP: the 7726-style short code (see README.md beside this file).
export { startSmppIntake, SmppIntakeError, DEFAULT_REPORTS_PER_HOUR } from './intake.js';
export type { IntakeObserver, SmppIntake, SmppIntakeOptions } from './intake.js';
export { createPartStore } from './parts.js';
export { classifyInbound, answerNumber, formLink, replies } from './dialogue.js';
export type { Inbound } from './dialogue.js';
