// The crash test of the 7726 intake: `smishguard serve` as a child process (SQLite), bound to
// the SMSC simulator here, which sends multi-part messages the way an SMSC does (a part not
// answered with ESME_ROK is sent again once a bind is back) while the server is killed at
// seeded random points, with SIGKILL or SIGTERM. Afterwards the database must hold every
// message all of whose parts were acknowledged, whole; a message may be there twice only if
// one of its parts was sent again after going unanswered. Used by
// bench/intake-kill.ts (10,000 messages) and by kill.test.ts (a smaller run).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteFile } from '../store/index.js';
import { createRng } from '../simulate/prng.js';
import { SmscServer, Status, addressOf, splitForSubmit, type SubmitPart } from '../smpp/index.js';

export interface KillRunOptions {
  readonly messages: number;
  readonly seed: number;
  /** deliver_sm outstanding at once (distinct messages in flight). */
  readonly window: number;
  /** Acknowledged parts between kills: uniform in [min, max]. */
  readonly killEvery: readonly [number, number];
  /** How to start the server: argv after the node binary, given the store path and SMSC URL. */
  readonly serverArgs: (db: string, smsc: string) => string[];
  readonly texts: readonly string[];
  readonly log?: (line: string) => void;
}

export interface KillRunResult {
  readonly messages: number;
  readonly parts: number;
  readonly kills: { readonly sigkill: number; readonly sigterm: number };
  /** Messages all of whose parts were acknowledged. */
  readonly acknowledged: number;
  /** …of which no report holds the whole text: must be 0. */
  readonly lost: number;
  /** Reports whose text is not a sent message whole (a part missing or garbled): must be 0. */
  readonly altered: number;
  /** Extra reports of one message, and how many of them are explained by a part sent again after going unanswered. */
  readonly duplicates: number;
  readonly duplicatesUnexplained: number;
  /** Parts sent again after going unanswered (the SMSC's retries). */
  readonly redelivered: number;
  readonly seconds: number;
}

export async function killRun(o: KillRunOptions): Promise<KillRunResult> {
  const rng = createRng(o.seed);
  const log = o.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-kill-'));
  const db = join(dir, 'kill.db');
  const sim = new SmscServer({ systemId: 'kill', password: 'kill', responseTimeoutMs: 5_000, reassembly: { maxSets: 1_000_000 } });
  sim.setMaxListeners(0); // every sender waits for the bind while the server restarts
  const port = await sim.listen();
  const smsc = `smpp://kill:kill@127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  const startServer = (): void => {
    server = spawn(process.execPath, o.serverArgs(db, smsc), { stdio: ['ignore', 'ignore', 'ignore'] });
  };
  const kills = { sigkill: 0, sigterm: 0 };
  const started = Date.now();

  // Each message: its own subscriber, a marker, 2–4 UCS-2 parts with a random 16-bit reference.
  const messages = Array.from({ length: o.messages }, (_, i) => {
    let text = `【通報${i}】`;
    while (text.length < 70 + rng.int(10, 190)) text += `${rng.pick(o.texts)} `;
    text = text.slice(0, 268).trim();
    const split = splitForSubmit(text, { scheme: rng.chance(0.5) ? 'udh8' : 'udh16', reference: rng.int(0, 0xffff), coding: 'ucs2' });
    if (!split.ok) throw new Error(split.message);
    return { text, from: `090${String(10_000_000 + i).padStart(8, '0')}`, parts: split.parts as SubmitPart[], acked: 0, redelivered: false };
  });
  const totalParts = messages.reduce((n, m) => n + m.parts.length, 0);

  let acks = 0;
  let nextKillAt = rng.int(o.killEvery[0], o.killEvery[1]);
  let killing: Promise<void> | null = null;
  let redelivered = 0;
  const dest = addressOf('7726');

  async function kill(): Promise<void> {
    const s = server as ChildProcess;
    const signal = rng.chance(0.5) ? 'SIGKILL' : 'SIGTERM';
    kills[signal === 'SIGKILL' ? 'sigkill' : 'sigterm']++;
    log(`kill ${kills.sigkill + kills.sigterm} (${signal}) after ${acks} acknowledged parts`);
    const exited = new Promise((r) => s.once('exit', r));
    s.kill(signal);
    await exited;
    startServer();
    nextKillAt = acks + rng.int(o.killEvery[0], o.killEvery[1]);
  }

  startServer();
  try {
    if (!(await sim.waitForBind(60_000))) throw new Error('the server did not bind');
    let next = 0;
    await Promise.all(Array.from({ length: o.window }, async () => {
      while (next < messages.length) {
        const m = messages[next++] as (typeof messages)[number];
        const source = addressOf(m.from);
        while (m.acked < m.parts.length) {
          if (killing) await killing;
          const part = m.parts[m.acked] as SubmitPart;
          const r = await sim.deliverSm({ source, dest, esmClass: part.esmClass, dataCoding: part.dataCoding, shortMessage: part.shortMessage });
          if (r.ok && r.pdu.command_status === Status.ESME_ROK) {
            m.acked++;
            if (++acks >= nextKillAt && !killing) killing = kill().finally(() => (killing = null));
            continue;
          }
          if (r.ok || r.code !== 'E_NO_ESME') {
            // Sent and not taken (refused, or no answer before the connection went): sent again.
            m.redelivered = true;
            redelivered++;
          }
          await sim.waitForBind(1_000);
        }
      }
    }));
    // Every part acknowledged: the server stops as in production, and the store is read.
    const s = server as unknown as ChildProcess;
    const exited = new Promise((r) => s.once('exit', r));
    s.kill('SIGTERM');
    await exited;
    const file = openSqliteFile(db, { readonly: true });
    const rows = file.prepare('select text from reports').all() as { text: string }[];
    file.close();
    const byMarker = new Map<number, string[]>();
    let altered = 0;
    for (const { text } of rows) {
      const i = Number(/^【通報(\d+)】/.exec(text)?.[1] ?? NaN);
      if (!Number.isInteger(i) || messages[i]?.text !== text) {
        altered++;
        continue;
      }
      byMarker.set(i, [...(byMarker.get(i) ?? []), text]);
    }
    let lost = 0;
    let duplicates = 0;
    let unexplained = 0;
    messages.forEach((m, i) => {
      const n = byMarker.get(i)?.length ?? 0;
      if (m.acked === m.parts.length && n === 0) lost++;
      if (n > 1) {
        duplicates += n - 1;
        if (!m.redelivered) unexplained += n - 1;
      }
    });
    return {
      messages: messages.length, parts: totalParts, kills, acknowledged: messages.filter((m) => m.acked === m.parts.length).length,
      lost, altered, duplicates, duplicatesUnexplained: unexplained, redelivered, seconds: (Date.now() - started) / 1000,
    };
  } finally {
    const s = server as ChildProcess | null;
    if (s && s.exitCode === null && s.signalCode === null) s.kill('SIGKILL');
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
