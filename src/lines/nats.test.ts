// Scale-out through NATS JetStream: records published by partition, consumed by one worker or
// by two sharing the partitions, flag the same lines. Runs when NATS answers (or CI=true).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { simulate, recordLine } from '../simulate/index.js';
import { pgSkip, postgresDatabase, sqliteDatabase } from '../store/test-support.js';
import { jetstreamManager } from '@nats-io/jetstream';
import { connectNats, partitionOf, partitionsFor, publishTraffic, startWorker, type StreamTarget } from './nats.js';
import { openLinesPipeline } from './pipeline.js';
import { linesRecords } from './records.js';
import { runCli } from '../cli/run-cli.js';
import { byTime, infected, jsonl, ordinary, T0 } from './test-fixtures.js';

const NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

async function natsReachable(): Promise<boolean> {
  const u = new URL(NATS_URL);
  return new Promise((resolve) => {
    const s = netConnect({ host: u.hostname, port: Number(u.port || 4222) });
    s.setTimeout(2000, () => (s.destroy(), resolve(false)));
    s.once('connect', () => (s.end(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}
const natsSkip = (await natsReachable()) || process.env.CI === 'true' ? false : `NATS not reachable at ${NATS_URL}`;

it('partitions are stable, follow the sending line (or the recipient of aggregator records), and split among workers', () => {
  const h = { from: '09012345678', to: '08011112222', origin: 'handset' as const };
  assert.equal(partitionOf(h, 8), partitionOf({ ...h, from: '+81 90-1234-5678' }, 8), 'one line, however written');
  assert.equal(partitionOf({ from: 'Amazon', to: '09012345678', origin: 'aggregator' }, 8), partitionOf(h, 8), 'codes a line receives meet its own sends');
  // Test vector: FNV-1a 32 of "09012345678" is 0xc63fe046. Publishers and workers of other
  // versions must agree, so a change here is a breaking change.
  assert.equal(partitionOf(h, 8), 0xc63fe046 % 8);
  assert.equal(partitionOf(h, 1_000_003), 0xc63fe046 % 1_000_003);
  assert.deepEqual(partitionsFor(1, 2, 5), [0, 2, 4]);
  assert.deepEqual(partitionsFor(2, 2, 5), [1, 3]);
  assert.deepEqual([...partitionsFor(1, 3, 8), ...partitionsFor(2, 3, 8), ...partitionsFor(3, 3, 8)].sort(), [0, 1, 2, 3, 4, 5, 6, 7]);
});

describe('lines over NATS JetStream', { skip: natsSkip }, () => {
  // Scaled out, workers share PostgreSQL (where it answers); the single worker uses SQLite.
  const dbs = [sqliteDatabase(), pgSkip === false ? postgresDatabase() : sqliteDatabase()];
  after(async () => Promise.all(dbs.map((d) => d.cleanup())));

  it(`one worker (SQLite) and two workers sharing ${pgSkip === false ? 'PostgreSQL' : 'SQLite'} flag the same lines`, { timeout: 120_000 }, async () => {
    const sim = simulate({ lines: 1500, infected: 6, hours: 6, seed: 7 });
    const name = `LT${process.pid}${Date.now()}`;
    const target: StreamTarget = { stream: name, prefix: `traffic.${name}`, partitions: 6 };
    const nc = await connectNats(NATS_URL);
    try {
      const published = await publishTraffic(nc, target, sim.records.map(recordLine));
      assert.equal(published.records, sim.records.length);

      const flagged = async (dbIndex: number, workers: number): Promise<string[]> => {
        const store = await dbs[dbIndex]!.open();
        const runs = [];
        for (let i = 1; i <= workers; i++) {
          const pipeline = await openLinesPipeline({ store, engine: getEngine(), actor: `worker:${i}/${workers}` });
          runs.push(startWorker(nc, { target, index: i, count: workers, group: `g${workers}`, pipeline, exitWhenIdleMs: 1500 }));
        }
        const done = await Promise.all((await Promise.all(runs)).map((w) => w.done));
        assert.equal(done.reduce((n, d) => n + d.records, 0), sim.records.length, 'every record consumed once');
        const rows = await store.db.selectFrom('audit').select('subject').where('action', '=', 'lines.flag').execute();
        const flags = await linesRecords(store).listFlags({ limit: 10_000 });
        assert.equal(rows.length, flags.length);
        return flags.map((f) => `${f.kind} ${f.line} ${f.firstFlaggedAt}`).sort();
      };
      const one = await flagged(0, 1);
      const two = await flagged(1, 2);
      assert.ok(one.length >= 5, `the infected lines are flagged (${one.length})`);
      assert.deepEqual(two, one);
      const infected = new Set(sim.truth.infected.map((t) => t.line));
      assert.ok(one.filter((f) => f.startsWith('infected ')).every((f) => infected.has(f.split(' ')[1]!)), 'no ordinary line flagged');
    } finally {
      await (await jetstreamManager(nc)).streams.delete(target.stream).catch(() => false);
      await nc.drain();
    }
  });
});

describe('publishing and consent', { skip: natsSkip }, () => {
  it('records of a line opted out of detection, as sender or recipient, are not put on the stream (it keeps records 24 h)', { timeout: 60_000 }, async () => {
    const name = `LO${process.pid}${Date.now()}`;
    const target: StreamTarget = { stream: name, prefix: `traffic.${name}`, partitions: 1 };
    const nc = await connectNats(NATS_URL);
    try {
      const out = '09012120077';
      const records = byTime(infected(out), ordinary('09012120078'), [{ ts: T0 + 5, from: '09012120079', to: '+81 90-1212-0077', origin: 'handset' as const, text: 'hi' }]);
      const r = await publishTraffic(nc, target, jsonl(records).trimEnd().split('\n'), undefined, { excluded: (l) => l === out || l === '+81 90-1212-0077' });
      assert.equal(r.dropped, 31);
      assert.equal(r.records, records.length - 31);
      const m = await (await jetstreamManager(nc)).streams.getMessage(name, { last_by_subj: `${target.prefix}.0` });
      const kept = m ? new TextDecoder().decode(m.data) : '';
      assert.ok(kept.includes('09012120078') && !kept.includes('1212-0077') && !kept.includes(out));
    } finally {
      await (await jetstreamManager(nc)).streams.delete(name).catch(() => false);
      await nc.drain();
    }
  });
});

describe('lines publish and lines worker commands', { skip: natsSkip }, () => {
  it('publish then one worker from the command line prints the flags', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smishguard-nats-cli-'));
    const stream = `LC${process.pid}${Date.now()}`;
    try {
      writeFileSync(join(dir, 't.jsonl'), jsonl(byTime(infected('09012120001'), ordinary('09012120002'))) + 'oops\n');
      assert.equal((await runCli(['consent', 'set', '090-1212-0002', '--detection', 'off', '--db', join(dir, 'w.db')])).code, 0);
      const pub = await runCli(['lines', 'publish', '--nats', NATS_URL, '--input', join(dir, 't.jsonl'), '--partitions', '3', '--stream', stream, '--db', join(dir, 'w.db')]);
      assert.equal(pub.code, 65, 'a bad line is reported, the rest published');
      assert.match(pub.stderr, /line 36: .*E_BAD_RECORD/);
      assert.match(pub.stderr, /published 30 records/);
      assert.match(pub.stderr, /5 records of lines opted out of detection left out/);
      const wrong = await runCli(['lines', 'worker', '--nats', NATS_URL, '--partitions', '4', '--worker', '1/1', '--stream', stream, '--db', join(dir, 'w.db')]);
      assert.equal(wrong.code, 69);
      assert.match(wrong.stderr, /has 3 partitions, not 4/);
      const w = await runCli(['lines', 'worker', '--nats', NATS_URL, '--partitions', '3', '--worker', '1/1', '--stream', stream, '--db', join(dir, 'w.db'), '--exit-when-idle', '1s']);
      assert.equal(w.code, 0, w.stderr);
      assert.deepEqual(w.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: string }).line), ['09012120001']);
    } finally {
      const nc = await connectNats(NATS_URL);
      await (await jetstreamManager(nc)).streams.delete(stream).catch(() => false);
      await nc.drain();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
