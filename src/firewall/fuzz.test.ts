// Seeded fuzzing of the firewall's ESME side over loopback (issue 11: "malformed PDUs from
// either side get generic_nack or a clean close; never a crash"), with the SMPP fuzzer of
// src/smpp: flipped and cut octets, junk TLVs and UDH, bad UCS-2, unknown commands, impossible
// lengths. Every request is answered (its response, a refusal, or generic_nack) with an SMPP
// 3.4 status, the link keeps answering enquire_link, and nothing crashes. Parts of long
// messages that never complete are refused after the (short, here) multipart timeout.
//
//   FUZZ_INPUTS=100000 FUZZ_SEED=7726 node scripts/test.mjs src/firewall/fuzz.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getEngine } from '../engine/index.js';
import { SmscServer } from '../smpp/index.js';
import { INPUTS, SEED, type Peer, assertSurvived, boundEsme, crashCounter, fuzzSmsc, run, tallyOf } from '../smpp/fuzz-support.js';
import { Firewall, parseFirewallConfig } from './index.js';

// The firewall analyses every message that decodes: a quarter of the SMPP peers' count keeps the suite's time.
const FIREWALL_INPUTS = Math.max(1_000, Math.floor(INPUTS / 4));

test(`as an ESME: ${FIREWALL_INPUTS} fuzzed PDUs at the firewall (seed ${SEED})`, async () => {
  const smsc = new SmscServer({ systemId: 'up', password: 'up', responseTimeoutMs: 2_000 });
  const smscPort = await smsc.listen();
  const config = parseFirewallConfig({
    listen: { port: 0 },
    upstream: { smsc: [`smpp://up:up@127.0.0.1:${smscPort}`], reconnectMinMs: 20, responseTimeoutMs: 2_000 },
    esmes: [{ systemId: 'fuzz', password: 'fuzz' }],
    multipart: { timeoutMs: 200 },
  });
  assert.ok(config.ok);
  const fw = new Firewall({ config: config.value, engine: getEngine() });
  const port = await fw.start();
  assert.ok(await fw.whenUpstreamBound(5_000));
  const crashes = crashCounter();
  const tally = tallyOf();
  let bindSeq = 1;
  const open = (): Promise<Peer> => boundEsme(port, tally, 'fuzz', 'fuzz', bindSeq++);
  try {
    const failures = await run('firewall', 'submit_sm', open, tally, FIREWALL_INPUTS);
    console.log(`fuzz smpp (the firewall): ${tally.inputs} PDUs (seed ${SEED}), ${crashes.count()} crashes, ${tally.requests} requests / ${tally.answered} answered / ${tally.cutOff} cut off, unknown statuses ${JSON.stringify(tally.unknownStatuses)}; ${JSON.stringify(fw.metrics().byEsme)}`);
    assertSurvived(crashes.count(), failures, tally);
  } finally {
    crashes.stop();
    await fw.close();
    await smsc.close();
  }
});

test(`as an SMSC: ${FIREWALL_INPUTS} fuzzed PDUs at the firewall's upstream links (seed ${SEED})`, async () => {
  const tally = tallyOf();
  const crashes = crashCounter();
  const smsc = await fuzzSmsc(tally);
  const config = parseFirewallConfig({
    listen: { port: 0 },
    upstream: { smsc: [`smpp://fuzz:fuzz@127.0.0.1:${smsc.port}`], reconnectMinMs: 10, reconnectMaxMs: 50, responseTimeoutMs: 2_000, enquireLinkMs: 60_000 },
    esmes: [{ systemId: 'esme', password: 'esme', receivesMo: true }],
    multipart: { timeoutMs: 200 },
  });
  if (!config.ok) await smsc.close();
  assert.ok(config.ok, config.ok ? '' : config.error);
  // One of the fuzzer's senders is a line flagged infected: its MO is decided (and its long messages wait for their parts).
  const fw = new Firewall({ config: config.value, engine: getEngine(), infected: (line) => line === '09012345678' || line === '+819012345678' });
  const port = await fw.start();
  // An ESME bound to receive, so MO and receipts have somewhere to go.
  const esme = await boundEsme(port, tallyOf(), 'esme', 'esme');
  try {
    const failures = await run('firewall upstream', 'deliver_sm', smsc.next, tally, FIREWALL_INPUTS);
    console.log(`fuzz smpp (the firewall's SMSC side): ${tally.inputs} PDUs (seed ${SEED}), ${crashes.count()} crashes, ${tally.requests} requests / ${tally.answered} answered / ${tally.cutOff} cut off, unknown statuses ${JSON.stringify(tally.unknownStatuses)}; ${JSON.stringify(fw.metrics())}`);
    assertSurvived(crashes.count(), failures, tally);
  } finally {
    crashes.stop();
    esme.socket.destroy();
    await fw.close();
    await smsc.close();
  }
});
