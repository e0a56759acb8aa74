// The SMPP fuzzer shared by the fuzz tests of our SMPP peers (src/smpp/fuzz.test.ts) and of
// the firewall (src/firewall/fuzz.test.ts): seeded PDUs built field by field and then
// mutated, a raw peer that counts what is answered, and the run that drives a peer.
import assert from 'node:assert/strict';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { PduFramer } from './pdu.js';
import { Status } from './status.js';
import { seededRandom } from '../core/model/index.js';

export const INPUTS = Number(process.env.FUZZ_INPUTS ?? 20_000);
export const SEED = Number(process.env.FUZZ_SEED ?? 7726);
/** After this many inputs the link is asked enquire_link, and everything sent must be answered. */
export const BATCH = 100;
export const KNOWN_STATUSES = new Set<number>(Object.values(Status));


export const ID = {
  generic_nack: 0x80000000, bind_receiver: 0x01, bind_transmitter: 0x02, query_sm: 0x03, submit_sm: 0x04, deliver_sm: 0x05, unbind: 0x06,
  replace_sm: 0x07, cancel_sm: 0x08, bind_transceiver: 0x09, outbind: 0x0b, enquire_link: 0x15, submit_multi: 0x21, alert_notification: 0x102, data_sm: 0x103,
} as const;
export const RESP = 0x80000000;

export function header(id: number, status: number, seq: number, body: Buffer): Buffer {
  const h = Buffer.alloc(16);
  h.writeUInt32BE(16 + body.length, 0);
  h.writeUInt32BE(id >>> 0, 4);
  h.writeUInt32BE(status >>> 0, 8);
  h.writeUInt32BE(seq >>> 0, 12);
  return Buffer.concat([h, body]);
}
export const cstr = (s: string | Buffer): Buffer => Buffer.concat([Buffer.isBuffer(s) ? s : Buffer.from(s, 'latin1'), Buffer.from([0])]);
export const u8 = (...n: number[]): Buffer => Buffer.from(n.map((x) => x & 0xff));
export const tlv = (tag: number, value: Buffer): Buffer => {
  const h = Buffer.alloc(4);
  h.writeUInt16BE(tag & 0xffff, 0);
  h.writeUInt16BE(value.length & 0xffff, 2);
  return Buffer.concat([h, value]);
};

export class Fuzzer {
  readonly #r: () => number;
  constructor(seed: number) {
    this.#r = seededRandom(seed);
  }
  int(n: number): number {
    return Math.floor(this.#r() * n);
  }
  chance(p: number): boolean {
    return this.#r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b;
  }
  address(): string {
    return this.pick(['7726', '09012345678', '+819012345678', '0005017726', 'SMBC', '', 'x'.repeat(this.int(30)), this.bytes(this.int(12)).toString('latin1').replace(/\0/g, '')]);
  }
  text(): { coding: number; octets: Buffer } {
    const r = this.#r();
    if (r < 0.3) return { coding: 0, octets: Buffer.from(this.pick(['STOP', 'ヘルプ', 'Your parcel https://x.example', 'help', '']), 'latin1') };
    if (r < 0.6) {
      const s = this.pick(['【国税庁】未払い税金 https://x.example', 'あ\u0000い', 'lone \ud800 high', 'lone \udc00 low', '😀', '']);
      const b = Buffer.alloc(s.length * 2);
      for (let i = 0; i < s.length; i++) b.writeUInt16BE(s.charCodeAt(i), i * 2);
      return { coding: 8, octets: this.chance(0.1) ? b.subarray(0, Math.max(0, b.length - 1)) : b };
    }
    if (r < 0.7) return { coding: this.pick([0, 1, 3, 4, 8, 0xf0, 0xff]), octets: this.bytes(this.int(160)) };
    // A concatenated part (UDH), honest or not.
    const udh = this.chance(0.7) ? u8(5, 0, 3, this.int(256), this.int(5), this.int(6)) : this.bytes(1 + this.int(8));
    return { coding: this.pick([0, 8]), octets: Buffer.concat([udh, this.bytes(this.int(120))]) };
  }
  /** submit_multi's destinations: SMEs and distribution lists, honest or not (none, an unknown dest_flag). */
  dests(): Buffer {
    const n = this.chance(0.05) ? this.pick([0, 255]) : 1 + this.int(4);
    const out: Buffer[] = [u8(n)];
    for (let i = 0; i < Math.min(n, 6); i++) {
      const flag = this.chance(0.9) ? this.pick([1, 1, 2]) : this.int(256);
      out.push(flag === 2 ? Buffer.concat([u8(2), cstr(this.pick(['list', '']))]) : Buffer.concat([u8(flag, this.int(7), this.int(19)), cstr(this.address())]));
    }
    return Buffer.concat(out);
  }
  /** A replace_sm body: about an id the SMSC may have issued, with a new text. */
  replaceBody(): Buffer {
    const { octets } = this.text();
    const sm = octets.length > 254 ? octets.subarray(0, 254) : octets;
    const id = this.chance(0.7) ? (1 + this.int(50)).toString(16).toUpperCase().padStart(8, '0') : String(this.int(1e6));
    return Buffer.concat([cstr(id), u8(this.int(7), this.int(19)), cstr(this.address()), cstr(''), cstr(''), u8(this.int(2), 0, this.chance(0.05) ? this.int(256) : sm.length), sm]);
  }
  /** A message-carrying PDU body: submit_sm / deliver_sm / submit_multi, or data_sm. */
  smBody(data: boolean, multi = false): Buffer {
    const { coding, octets } = this.text();
    const udhi = octets.length && this.chance(0.3) ? 0x40 : 0;
    const esm = this.chance(0.9) ? udhi | this.pick([0, 0, 0, 0x04]) : this.int(256);
    const dest = multi ? this.dests() : Buffer.concat([u8(this.int(7), this.int(19)), cstr(this.address())]);
    const parts = [cstr(this.pick(['', 'CMT', 'xxxxxxxx'])), u8(this.int(7), this.int(19)), cstr(this.address()), dest, u8(esm)];
    if (data) parts.push(u8(this.int(2), coding));
    else {
      const sm = octets.length > 254 ? octets.subarray(0, 254) : octets;
      const len = this.chance(0.05) ? this.int(256) : sm.length;
      parts.push(u8(0, 0), cstr(''), cstr(''), u8(this.int(2), 0, coding, 0, len), sm);
    }
    if (data || this.chance(0.2)) parts.push(tlv(0x0424, this.bytes(this.int(300))));
    if (this.chance(0.1)) parts.push(tlv(0x020c, this.bytes(2)), tlv(0x020e, u8(this.int(256))), tlv(0x020f, u8(this.int(256))));
    if (this.chance(0.1)) parts.push(tlv(this.int(0x10000), this.bytes(this.int(20))));
    if (this.chance(0.05)) parts.push(this.bytes(1 + this.int(3)));
    return Buffer.concat(parts);
  }
  /** One input: the PDU's bytes and whether it is a request that must be answered. */
  pdu(seq: number, sending: 'deliver_sm' | 'submit_sm'): { bytes: Buffer; request: boolean; closes: boolean } {
    const r = this.#r();
    let id: number;
    let body: Buffer;
    if (r < 0.55) [id, body] = [ID[sending], this.smBody(false)];
    else if (r < 0.65) [id, body] = [ID.data_sm, this.smBody(true)];
    else if (r < 0.72) [id, body] = [ID.enquire_link, this.chance(0.2) ? this.bytes(this.int(8)) : Buffer.alloc(0)];
    else if (r < 0.74) [id, body] = this.chance(0.6) ? [ID.submit_multi, this.smBody(false, true)] : [ID.replace_sm, this.replaceBody()];
    else if (r < 0.76) [id, body] = [this.pick([ID.bind_transceiver, ID.bind_receiver, ID.bind_transmitter]), Buffer.concat([cstr('fuzz'), cstr('fuzz'), cstr(''), u8(0x34, 0, 0), cstr('')])];
    else if (r < 0.84) [id, body] = [this.pick([ID.query_sm, ID.replace_sm, ID.cancel_sm, ID.submit_multi, ID.outbind, ID.alert_notification, this.int(0x7fffffff)]), this.bytes(this.int(40))];
    else if (r < 0.94) [id, body] = [this.pick([RESP | ID.submit_sm, RESP | ID.deliver_sm, RESP | ID.enquire_link, ID.generic_nack, RESP | this.int(0x7fffffff)]), this.chance(0.5) ? cstr(String(this.int(1e6))) : Buffer.alloc(0)];
    else [id, body] = [this.int(0x100000000), this.bytes(this.int(64))];
    // Mutations of a well-formed body.
    if (this.chance(0.25)) {
      body = Buffer.from(body);
      for (let k = 1 + this.int(4); k > 0 && body.length; k--) body[this.int(body.length)] = this.int(256);
    }
    if (this.chance(0.08)) body = body.subarray(0, this.int(body.length + 1));
    if (this.chance(0.05)) body = Buffer.concat([body, this.bytes(this.int(100))]);
    const status = this.chance(0.05) ? this.int(0x100000000) : 0;
    const bytes = header(id, status, seq, body);
    // A command_length no PDU can have: the stream cannot be resynchronised, the peer must close.
    if (this.chance(0.004)) {
      bytes.writeUInt32BE(this.pick([0, 1, 15, 0x7fffffff, 0xffffffff]), 0);
      return { bytes, request: false, closes: true };
    }
    return { bytes, request: (id & RESP) === 0, closes: false };
  }
}

export interface Tally {
  inputs: number;
  requests: number;
  answered: number;
  unknownStatuses: number[];
  closes: number;
  reconnects: number;
  /** Requests still unanswered when a link the fuzzer broke (bad length, unbind) closed. */
  cutOff: number;
}

/** Our end of one socket: frames what the peer under test sends and counts its answers. */
export class Peer {
  readonly #framer = new PduFramer();
  readonly #waiting = new Map<number, (status: number) => void>();
  readonly pending = new Set<number>();
  closed: Promise<void>;
  isClosed = false;
  badFrames = 0;
  constructor(readonly socket: Socket, readonly tally: Tally, onRequest: (id: number, seq: number, peer: Peer) => void) {
    socket.setNoDelay(true);
    this.closed = new Promise((resolve) => socket.on('close', () => {
      this.isClosed = true;
      resolve();
    }));
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      for (const f of this.#framer.push(chunk)) {
        if (f.kind !== 'pdu') {
          this.badFrames++;
          continue;
        }
        const id = f.bytes.readUInt32BE(4);
        const status = f.bytes.readUInt32BE(8);
        const seq = f.bytes.readUInt32BE(12);
        if ((id & RESP) === 0) {
          onRequest(id, seq, this);
          continue;
        }
        if (status !== 0 && !KNOWN_STATUSES.has(status) && tally.unknownStatuses.length < 20) tally.unknownStatuses.push(status);
        if (this.pending.delete(seq)) tally.answered++;
        this.#waiting.get(seq)?.(status);
        this.#waiting.delete(seq);
      }
    });
  }
  send(b: Buffer): void {
    if (!this.isClosed) this.socket.write(b);
  }
  /** Resolves with the response's status, or null when the link closed or nothing came. */
  ask(id: number, seq: number, body: Buffer = Buffer.alloc(0), timeoutMs = 10_000): Promise<number | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      void this.closed.then(() => resolve(null));
      this.#waiting.set(seq, (s) => {
        clearTimeout(timer);
        resolve(s);
      });
      this.send(header(id, 0, seq, body));
    });
  }
  respond(id: number, seq: number, body: Buffer = Buffer.alloc(0)): void {
    this.send(header(id | RESP, 0, seq, body));
  }
}

/** Sends INPUTS fuzzed PDUs to whatever `open` connects us to, re-opening after a close. */
export async function run(name: string, sending: 'deliver_sm' | 'submit_sm', open: () => Promise<Peer>, tally: Tally, inputs = INPUTS): Promise<string[]> {
  const f = new Fuzzer(SEED + (sending === 'submit_sm' ? 1 : 2));
  const failures: string[] = [];
  let peer = await open();
  let seq = 1000;
  for (let i = 0; i < inputs; i++) {
    if (peer.isClosed) {
      // Only an unbind or a broken frame may end a link (checked where they are sent).
      tally.cutOff += peer.pending.size;
      peer.pending.clear();
      tally.reconnects++;
      peer = await open();
    }
    const input = f.pdu(++seq, sending);
    tally.inputs++;
    if (input.request) {
      tally.requests++;
      peer.pending.add(seq);
    }
    peer.send(input.bytes);
    const id = input.bytes.readUInt32BE(4);
    if (input.closes || id === ID.unbind) {
      await Promise.race([peer.closed, new Promise((r) => setTimeout(r, 2_000))]);
      if (input.closes && !peer.isClosed) failures.push(`${name} #${i}: a bad command_length did not end the link`);
      if (peer.isClosed) tally.closes++;
      continue;
    }
    if (peer.isClosed) {
      failures.push(`${name} #${i}: the link closed after ${JSON.stringify(input.bytes.subarray(0, 24).toString('hex'))}`);
      continue;
    }
    if (i % BATCH === BATCH - 1) {
      const alive = await peer.ask(ID.enquire_link, ++seq);
      if (alive === null && !peer.isClosed) failures.push(`${name} #${i}: enquire_link unanswered`);
      // Requests are answered in order, or at the latest right behind what they wait for.
      const deadline = Date.now() + 5_000;
      while (peer.pending.size && !peer.isClosed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      if (peer.pending.size && peer.isClosed) failures.push(`${name} #${i}: the link closed with ${peer.pending.size} request(s) unanswered`);
      if (peer.pending.size && !peer.isClosed) failures.push(`${name} #${i}: ${peer.pending.size} request(s) never answered: ${[...peer.pending].slice(0, 5).join(',')}`);
      peer.pending.clear();
    }
    if (peer.badFrames) failures.push(`${name} #${i}: the peer sent a frame with an impossible length`);
    if (failures.length >= 10) break;
  }
  if (!peer.isClosed) {
    const alive = await peer.ask(ID.enquire_link, ++seq);
    if (alive !== 0) failures.push(`${name}: not answering enquire_link at the end (${alive})`);
  }
  peer.socket.destroy();
  return failures;
}

export const tallyOf = (): Tally => ({ inputs: 0, requests: 0, answered: 0, unknownStatuses: [], closes: 0, reconnects: 0, cutOff: 0 });

export function crashCounter(): { count: () => number; stop: () => void } {
  let n = 0;
  const on = (): void => void n++;
  process.on('uncaughtException', on);
  process.on('unhandledRejection', on);
  return { count: () => n, stop: () => (process.off('uncaughtException', on), process.off('unhandledRejection', on)) };
}

/** What both directions must show: no crash, no failure, only SMPP 3.4 statuses, every request answered unless its link was broken. */
export function assertSurvived(crashCount: number, failures: unknown[], tally: ReturnType<typeof tallyOf>): void {
  assert.equal(crashCount, 0);
  assert.deepEqual(failures, []);
  assert.deepEqual(tally.unknownStatuses, []);
  assert.equal(tally.answered + tally.cutOff, tally.requests, 'every request answered, unless the fuzzer broke its link');
}


/** A raw ESME on `port`, bound as a transceiver (asserted), answering what the SMSC sends it. */
export async function boundEsme(port: number, tally: Tally, systemId: string, password: string, seq = 1): Promise<Peer> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  // The other side may send deliver_sm or enquire_link: answered, like an ESME would.
  const peer = new Peer(socket, tally, (id, s, p) => p.respond(id, s, id === ID.deliver_sm ? cstr('') : Buffer.alloc(0)));
  const bound = await peer.ask(ID.bind_transceiver, seq, Buffer.concat([cstr(systemId), cstr(password), cstr(''), u8(0x34, 0, 0), cstr('')]));
  assert.equal(bound, 0, 'bind_transceiver accepted');
  return peer;
}

/**
 * A raw SMSC on a loopback port for an ESME under test to bind to: every bind, probe and
 * unbind is answered as an SMSC would, and `next()` gives the next bound link to fuzz.
 */
export async function fuzzSmsc(tally: Tally): Promise<{ port: number; next: () => Promise<Peer>; close: () => Promise<void> }> {
  let accept: ((p: Peer) => void) | null = null;
  const queue: Peer[] = [];
  const server = createServer((socket) => {
    void new Peer(socket, tally, (id, seq, p) => {
      if (id === ID.bind_transceiver) p.respond(id, seq, cstr('fuzz-smsc'));
      else p.respond(id, seq);
      if (id === ID.bind_transceiver) {
        if (accept) {
          accept(p);
          accept = null;
        } else queue.push(p);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    next: () => new Promise((resolve) => {
      const ready = queue.shift();
      if (ready) resolve(ready);
      else accept = resolve;
    }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
