// Report intake over SMPP: the 7726-style short code (see README.md beside this file).
export { startSmppIntake, SmppIntakeError } from './intake.js';
export type { SmppIntake, SmppIntakeOptions } from './intake.js';
export { classifyInbound, answerNumber, formLink, replies } from './dialogue.js';
export type { Inbound } from './dialogue.js';
