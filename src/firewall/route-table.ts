// The receipt routes (upstream message id → the ESME that submitted it), kept in typed arrays
// rather than as a million JS objects. A route lives for as long as its receipt may come (the
// last million messages), so on the JS heap every one was copied by a scavenge, then promoted,
// then traced by every mark-compact: 149 bytes of heap a submit_sm kept (measured after full
// collections, 100,000 submit_sm through the firewall in one process), ~150 MB at the cap. And
// the Map trimmed by deleting its first key was slow at the cap (see RecentMap). Here a route is
// a slot of fixed-size fields and 48 bytes for its id and recipient, in a ring (the newest route
// takes the oldest's slot), found through an open-addressing index: nothing per message for the
// collector to copy or trace.

/** What a route says (src/firewall/proxy.ts Route). */
export interface StoredRoute {
  readonly esme: string;
  readonly ids?: readonly string[];
  readonly dataCoding: number;
  readonly to: string;
  readonly whole: boolean;
}

const LIVE = 1;
const WHOLE = 2;
/** The id and recipient did not fit the slot's bytes (or are not 8-bit text): they are in #long. */
const LONG = 4;
/** Bytes a slot has for its upstream id and recipient; SMSC ids are mostly 8 to 20 characters, recipients up to 21 digits. */
const SLOT_BYTES = 48;

function hashOf(via: number, id: string): number {
  // FNV-1a over the link and the id's characters.
  let h = Math.imul(0x811c9dc5 ^ via, 0x01000193);
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class RouteTable {
  readonly #capacity: number;
  readonly #hash: Uint32Array;
  readonly #via: Uint16Array;
  readonly #esme: Uint16Array;
  readonly #coding: Uint8Array;
  readonly #flags: Uint8Array;
  readonly #idLen: Uint8Array;
  readonly #toLen: Uint8Array;
  readonly #bytes: Buffer;
  /** Open addressing with linear probing: slot + 1, 0 for empty. */
  readonly #index: Int32Array;
  readonly #mask: number;
  /** Routes whose id or recipient is not kept in the slot's bytes; and the ids of routes that have them. */
  readonly #long = new Map<number, { readonly id: string; readonly to: string }>();
  readonly #ids = new Map<number, readonly string[]>();
  readonly #esmes: string[] = [];
  readonly #esmeIndex = new Map<string, number>();
  /** The slot the next route takes (the oldest, once the ring is full). */
  #next = 0;
  #size = 0;

  constructor(capacity: number) {
    this.#capacity = Math.max(1, Math.floor(capacity));
    const c = this.#capacity;
    this.#hash = new Uint32Array(c);
    this.#via = new Uint16Array(c);
    this.#esme = new Uint16Array(c);
    this.#coding = new Uint8Array(c);
    this.#flags = new Uint8Array(c);
    this.#idLen = new Uint8Array(c);
    this.#toLen = new Uint8Array(c);
    this.#bytes = Buffer.alloc(c * SLOT_BYTES);
    let n = 2;
    while (n < c * 2) n *= 2;
    this.#index = new Int32Array(n);
    this.#mask = n - 1;
  }

  get size(): number {
    return this.#size;
  }

  /** Keeps the route of upstream message `id` on link `via`, in place of one it had; the oldest gives way when full. */
  set(via: number, id: string, route: StoredRoute): void {
    const had = this.#find(via, id);
    if (had >= 0) this.#remove(had);
    const slot = this.#next;
    this.#next = (slot + 1) % this.#capacity;
    if ((this.#flags[slot] as number) & LIVE) this.#remove(this.#position(slot));
    const h = hashOf(via, id);
    this.#hash[slot] = h;
    this.#via[slot] = via;
    this.#esme[slot] = this.#esmeOf(route.esme);
    this.#coding[slot] = route.dataCoding;
    let flags = LIVE | (route.whole ? WHOLE : 0);
    const base = slot * SLOT_BYTES;
    if (id.length + route.to.length <= SLOT_BYTES && id.length < 256 && this.#write(base, id) && this.#write(base + id.length, route.to)) {
      this.#idLen[slot] = id.length;
      this.#toLen[slot] = route.to.length;
    } else {
      flags |= LONG;
      this.#long.set(slot, { id, to: route.to });
    }
    this.#flags[slot] = flags;
    if (route.ids) this.#ids.set(slot, route.ids);
    let i = h & this.#mask;
    while (this.#index[i] !== 0) i = (i + 1) & this.#mask;
    this.#index[i] = slot + 1;
    this.#size++;
  }

  get(via: number, id: string): StoredRoute | undefined {
    const i = this.#find(via, id);
    if (i < 0) return undefined;
    const slot = (this.#index[i] as number) - 1;
    const flags = this.#flags[slot] as number;
    const long = flags & LONG ? this.#long.get(slot) : undefined;
    const base = slot * SLOT_BYTES + (this.#idLen[slot] as number);
    const to = long ? long.to : this.#bytes.toString('latin1', base, base + (this.#toLen[slot] as number));
    const ids = this.#ids.get(slot);
    const route = { esme: this.#esmes[this.#esme[slot] as number] as string, dataCoding: this.#coding[slot] as number, to, whole: (flags & WHOLE) !== 0 };
    return ids ? { ...route, ids } : route;
  }

  #esmeOf(systemId: string): number {
    let e = this.#esmeIndex.get(systemId);
    if (e === undefined) {
      e = this.#esmes.length;
      // More system_ids than a slot can name is not a configuration anyone runs: the first is reused rather than failing a relay.
      if (e > 0xffff) return 0;
      this.#esmes.push(systemId);
      this.#esmeIndex.set(systemId, e);
    }
    return e;
  }

  /** Writes 8-bit text into the slot bytes; false for a character above U+00FF. */
  #write(at: number, s: string): boolean {
    const b = this.#bytes;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 0xff) return false;
      b[at + i] = c;
    }
    return true;
  }

  /** The index position of (via, id), or -1. */
  #find(via: number, id: string): number {
    const h = hashOf(via, id);
    for (let i = h & this.#mask; ; i = (i + 1) & this.#mask) {
      const s = this.#index[i] as number;
      if (s === 0) return -1;
      const slot = s - 1;
      if (this.#hash[slot] === h && this.#via[slot] === via && this.#idIs(slot, id)) return i;
    }
  }

  #idIs(slot: number, id: string): boolean {
    if ((this.#flags[slot] as number) & LONG) return this.#long.get(slot)?.id === id;
    if (this.#idLen[slot] !== id.length) return false;
    const b = this.#bytes;
    const base = slot * SLOT_BYTES;
    for (let i = 0; i < id.length; i++) if (b[base + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  /** The index position that names this live slot. */
  #position(slot: number): number {
    for (let i = (this.#hash[slot] as number) & this.#mask; ; i = (i + 1) & this.#mask) if (this.#index[i] === slot + 1) return i;
  }

  /** Forgets the route at index position `i`, shifting back the entries after it (linear probing keeps no tombstones). */
  #remove(i: number): void {
    const slot = (this.#index[i] as number) - 1;
    this.#flags[slot] = 0;
    this.#long.delete(slot);
    this.#ids.delete(slot);
    this.#size--;
    const index = this.#index;
    const mask = this.#mask;
    let hole = i;
    for (let j = (hole + 1) & mask; ; j = (j + 1) & mask) {
      const s = index[j] as number;
      if (s === 0) break;
      const home = (this.#hash[s - 1] as number) & mask;
      // The entry at j may fill the hole unless its home lies cyclically in (hole, j].
      const stays = hole <= j ? home > hole && home <= j : home > hole || home <= j;
      if (stays) continue;
      index[hole] = s;
      hole = j;
    }
    index[hole] = 0;
  }
}

/**
 * A map that keeps about its last `capacity` keys without deleting any one of them: in
 * generations of a quarter, the oldest dropped whole when a fifth would begin (it keeps between
 * three quarters and all of `capacity`). A Map trimmed by deleting its first key is slow at its
 * cap: the deleted entries stay at the front of its table until a rehash, and finding the first
 * live key walks past every one of them (measured with a million entries: ~280 µs an insert on
 * average, some over 300 ms).
 */
export class RecentMap<K, V> {
  readonly #generation: number;
  #generations: Map<K, V>[] = [new Map()];

  constructor(capacity: number) {
    this.#generation = Math.max(1, Math.ceil(capacity / 4));
  }

  /** A key set again goes into the newest generation; its older value is shadowed there (get looks newest first) until its generation goes. */
  set(key: K, value: V): void {
    let newest = this.#generations[this.#generations.length - 1] as Map<K, V>;
    if (newest.size >= this.#generation && !newest.has(key)) {
      newest = new Map();
      this.#generations.push(newest);
      if (this.#generations.length > 4) this.#generations.shift();
    }
    newest.set(key, value);
  }

  get(key: K): V | undefined {
    for (let g = this.#generations.length - 1; g >= 0; g--) {
      const v = (this.#generations[g] as Map<K, V>).get(key);
      if (v !== undefined) return v;
    }
    return undefined;
  }

}
