// For tests that send SMS through the SMSC simulator: what it received, one message at a time.
import type { SmscServer, SubmittedMessage } from './server.js';

/** The messages (submit_sm) the simulator received, in order, each taken once. */
export class Inbox {
  readonly #got: SubmittedMessage[] = [];
  readonly #waiting: ((m: SubmittedMessage) => void)[] = [];
  constructor(server: SmscServer) {
    server.on('submit', (m) => {
      const w = this.#waiting.shift();
      if (w) w(m);
      else this.#got.push(m);
    });
  }
  /** How many arrived and were not taken yet. */
  get pending(): number {
    return this.#got.length;
  }
  next(timeoutMs = 5_000): Promise<SubmittedMessage> {
    const m = this.#got.shift();
    if (m) return Promise.resolve(m);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no SMS reached the SMSC within ${timeoutMs} ms`)), timeoutMs);
      this.#waiting.push((x) => {
        clearTimeout(timer);
        resolve(x);
      });
    });
  }
}
