// kill -9 of the firewall mid-stream (issue 11's floor): nothing acknowledged to an ESME is
// lost upstream, and nothing reaches the SMSC twice that the ESME did not send twice. The
// firewall runs as its own process (`smishguard firewall`), the SMSC simulator and the ESME
// here; the ESME keeps 64 submit_sm outstanding, each with a text of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import smpp from 'smpp';
import { PduLink, SmscServer, Status, Tlv, addressOf, decodePdu, decodeText, encodeSm, encodeUcs2 } from '../smpp/index.js';

const main = join(import.meta.dirname, '..', 'cli', 'main.ts');

function startFirewall(config: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', main, 'firewall', '--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the firewall did not start: ${err}`)), 20_000);
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      const m = /listening on 127\.0\.0\.1:(\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
  });
}

async function bind(port: number, got?: Buffer[]): Promise<PduLink> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const link = new PduLink(socket, { responseTimeoutMs: 10_000, onRequest: (req) => {
    got?.push(req.bytes);
    link.respond(req.pdu, Status.ESME_ROK);
  } });
  const r = await link.request('bind_transceiver', { system_id: 'esme', password: 'esme', interface_version: 0x34 });
  assert.ok(r.ok && r.pdu.command_status === Status.ESME_ROK, 'bound to the firewall');
  return link;
}

const submit = (i: number): Buffer => encodeSm('submit_sm', 1, {
  source: addressOf('0312345678'), dest: addressOf('09011112222'), esmClass: 0, dataCoding: 8, shortMessage: encodeUcs2(`明日の会議は10時からです。資料番号${i}`),
});

test('kill -9 of the firewall mid-stream loses nothing it acknowledged and duplicates nothing', async () => {
  const smsc = new SmscServer({ systemId: 'up', password: 'up' });
  const smscPort = await smsc.listen();
  // What reached the SMSC: message id → text, and how often each text came.
  const idsAtSmsc = new Map<string, string>();
  const arrivals = new Map<string, number>();
  smsc.on('submitPdu', (bytes, id) => {
    const d = decodePdu(bytes);
    const t = d.ok && d.sm ? decodeText(d.sm.shortMessage, d.sm.dataCoding) : null;
    const text = t?.ok ? t.text : '';
    idsAtSmsc.set(id, text);
    arrivals.set(text, (arrivals.get(text) ?? 0) + 1);
  });
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-firewall-kill-'));
  const config = join(dir, 'firewall.json');
  writeFileSync(config, JSON.stringify({
    listen: { host: '127.0.0.1', port: 0 },
    upstream: { smsc: [`smpp://up:up@127.0.0.1:${smscPort}`], reconnectMinMs: 50, window: 64 },
    esmes: [{ systemId: 'esme', password: 'esme' }],
    decisionLog: join(dir, 'decisions.jsonl'),
  }));
  let fw = await startFirewall(config);
  try {
    const link = await bind(fw.port);
    const acked = new Map<number, string>();
    const unanswered = new Set<number>();
    let next = 0;
    let killed = false;
    // 64 outstanding; once 300 are acknowledged, kill -9 with the window full.
    await new Promise<void>((resolve) => {
      const send = (): void => {
        if (killed) return;
        const i = next++;
        unanswered.add(i);
        void link.requestRaw(submit(i)).then((r) => {
          if (r.ok && r.pdu.command_status === Status.ESME_ROK) {
            unanswered.delete(i);
            acked.set(i, String(r.pdu.message_id));
          }
          if (!killed && acked.size >= 300) {
            killed = true;
            fw.child.kill('SIGKILL');
            void link.closed.then(() => resolve());
            return;
          }
          send();
        });
      };
      for (let k = 0; k < 64; k++) send();
    });
    assert.ok(acked.size >= 300);
    for (const [i, id] of acked) {
      assert.equal(idsAtSmsc.get(id), `明日の会議は10時からです。資料番号${i}`, `message ${i}, acknowledged as ${id}, is at the SMSC`);
    }
    for (const [text, n] of arrivals) assert.equal(n, 1, `${text} reached the SMSC ${n} times`);

    // A new firewall; the ESME sends again what was never acknowledged. Only those may come twice.
    fw = await startFirewall(config);
    const again = await bind(fw.port);
    const resent = [...unanswered];
    const results = await Promise.all(resent.map((i) => again.requestRaw(submit(i))));
    assert.ok(results.every((r) => r.ok && r.pdu.command_status === Status.ESME_ROK));
    for (const i of resent) assert.ok((arrivals.get(`明日の会議は10時からです。資料番号${i}`) ?? 0) >= 1, `resent message ${i} arrived`);
    for (const [text, n] of arrivals) {
      const i = Number(/資料番号(\d+)$/.exec(text)?.[1]);
      assert.ok(n === 1 || (n === 2 && resent.includes(i)), `${text} reached the SMSC ${n} times without being resent`);
    }
    again.destroy();
  } finally {
    fw.child.kill('SIGKILL');
    await smsc.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a receipt that comes after kill -9 and a restart still reaches the ESME that submitted the message (routes journalled)', async () => {
  const smsc = new SmscServer({ systemId: 'up', password: 'up' });
  const smscPort = await smsc.listen();
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-firewall-routes-'));
  const config = join(dir, 'firewall.json');
  const journal = join(dir, 'routes.jsonl');
  writeFileSync(config, JSON.stringify({
    listen: { host: '127.0.0.1', port: 0 },
    upstream: { smsc: [`smpp://up:up@127.0.0.1:${smscPort}`], reconnectMinMs: 50 },
    esmes: [{ systemId: 'esme', password: 'esme' }],
    decisionLog: join(dir, 'decisions.jsonl'),
    routesJournal: { path: journal, keepHours: 1 },
  }));
  let fw = await startFirewall(config);
  try {
    const link = await bind(fw.port);
    const asked = encodeSm('submit_sm', 1, {
      source: addressOf('0312345678'), dest: addressOf('09011112222'), esmClass: 0, dataCoding: 8, registeredDelivery: 1, shortMessage: encodeUcs2('明日の会議は10時からです。'),
    });
    const r = await link.requestRaw(asked);
    assert.ok(r.ok && r.pdu.command_status === Status.ESME_ROK);
    const id = String(r.pdu.message_id);
    // Written once the event-loop turn is over: wait for it rather than race it.
    for (let i = 0; i < 200 && !(existsSync(journal) && readFileSync(journal, 'utf8').includes(id)); i++) await new Promise((res) => setTimeout(res, 10));
    assert.ok(readFileSync(journal, 'utf8').includes(id), 'the route is in the journal');
    assert.ok(!readFileSync(journal, 'utf8').includes('09011112222'), 'no number in the journal');
    fw.child.kill('SIGKILL');
    await link.closed;

    fw = await startFirewall(config);
    const got: Buffer[] = [];
    const again = await bind(fw.port, got);
    const receipt = new smpp.PDU('deliver_sm', {
      source_addr: '09011112222', destination_addr: '0312345678', esm_class: 0x04,
      short_message: Buffer.from(`id:${id} sub:001 dlvrd:001 submit date:2612041200 done date:2612041200 stat:DELIVRD err:000 text:`, 'latin1'),
      receipted_message_id: id, message_state: 2,
    }).toBuffer();
    // The SMSC offers it until the new firewall has bound and taken it.
    let answered = await smsc.deliverRaw(receipt, 2_000);
    for (let i = 0; i < 100 && !(answered.ok && answered.pdu.command_status === Status.ESME_ROK); i++) {
      await new Promise((res) => setTimeout(res, 50));
      answered = await smsc.deliverRaw(receipt, 2_000);
    }
    assert.ok(answered.ok && answered.pdu.command_status === Status.ESME_ROK);
    assert.equal(got.length, 1, 'the receipt reached the ESME');
    const d = decodePdu(got[0] as Buffer);
    assert.ok(d.ok && d.sm);
    assert.equal(d.sm.tlvs.get(Tlv.receipted_message_id)?.toString('latin1').replace(/\0+$/, ''), id);
    again.destroy();
  } finally {
    fw.child.kill('SIGKILL');
    await smsc.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
