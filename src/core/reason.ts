// A reason's words (en, ja) and its detail are for people, and most verdicts are read by machines
// that want only its code and weight (a firewall's decision, check --jsonl --brief, the campaign
// counts). Building them for every message was some half of what analysing one allocated, so a
// check hands over how to say them, and they are said when first read, once.
import type { Reason, ReasonCode } from './types.js';

export type ReasonDetail = NonNullable<Reason['detail']>;

/** What a reason says: its words in both languages and, for most, its evidence. */
export interface Said {
  readonly en: string;
  readonly ja: string;
  readonly detail?: ReasonDetail;
}

/**
 * A Reason whose en, ja and detail are worked out on first reading. It reads as the plain object
 * did (getters), and serialises as it (toJSON: the same keys, in the same order), so a verdict's
 * JSON, wherever it is written, is what it was. Spreading one copies only code and weight: use
 * withWeight (the engine's one spread) or toJSON.
 */
export class LazyReason implements Reason {
  readonly code: ReasonCode;
  readonly weight: number;
  // Dropped once said, so a verdict kept for a while keeps its words, not the message's context.
  #say: (() => Said) | undefined;
  #said: Said | undefined;

  constructor(code: ReasonCode, weight: number, say: () => Said) {
    this.code = code;
    this.weight = weight;
    this.#say = say;
    this.#said = undefined;
  }

  #words(): Said {
    if (this.#said === undefined) {
      this.#said = (this.#say as () => Said)();
      this.#say = undefined;
    }
    return this.#said;
  }

  get en(): string {
    return this.#words().en;
  }

  get ja(): string {
    return this.#words().ja;
  }

  get detail(): ReasonDetail | undefined {
    return this.#words().detail;
  }

  /** The same reason at another weight, saying the same (the model's capped reason). */
  withWeight(weight: number): LazyReason {
    return new LazyReason(this.code, weight, () => this.#words());
  }

  /** The plain reason, as a check used to write it: code, weight, en, ja, then detail when it has one. */
  toJSON(): Reason {
    const s = this.#words();
    return s.detail === undefined ? { code: this.code, weight: this.weight, en: s.en, ja: s.ja } : { code: this.code, weight: this.weight, en: s.en, ja: s.ja, detail: s.detail };
  }
}

/** A reason of `code` at `weight`; `say` gives its words and detail when someone reads them. */
export function reason(code: ReasonCode, weight: number, say: () => Said): Reason {
  return new LazyReason(code, weight, say);
}

/** A reason at another weight: the lazy one keeps its words; a plain one is copied. */
export function reweighed(r: Reason, weight: number): Reason {
  return r instanceof LazyReason ? r.withWeight(weight) : { ...r, weight };
}
