// Seeded fuzzing of our SMPP peers over loopback sockets (issue 10's floor), both ways:
// as an ESME talking to our SMSC (SmscServer), and as an SMSC talking to our ESME
// (SmppClient). PDUs are built field by field and then mutated (flipped and cut bytes,
// junk TLVs and UDH, NUL and unpaired surrogates in UCS-2, unknown commands and statuses,
// a command_length no PDU can have). No input may crash the process; every request gets
// exactly one answer (its response or generic_nack) with a status from SMPP 3.4 that
// describeStatus names; the link keeps answering enquire_link.
//
//   FUZZ_INPUTS=1000000 FUZZ_SEED=7726 node scripts/test.mjs src/smpp/fuzz.test.ts
//
// Defaults: 20,000 PDUs a side (FUZZ_INPUTS, shared with src/web/fuzz.test.ts), seed 7726.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SmppClient } from './client.js';
import { SmscServer } from './server.js';
import { Status } from './status.js';
import { INPUTS, SEED, type Peer, assertSurvived, boundEsme, crashCounter, fuzzSmsc, run, tallyOf } from './fuzz-support.js';

test(`as an ESME: ${INPUTS} fuzzed PDUs at our SMSC (SmscServer, seed ${SEED})`, async () => {
  const smsc = new SmscServer({ systemId: 'fuzz', password: 'fuzz', responseTimeoutMs: 2_000 });
  const port = await smsc.listen();
  const crashes = crashCounter();
  const tally = tallyOf();
  const started = process.hrtime.bigint();
  let bindSeq = 1;
  const open = (): Promise<Peer> => boundEsme(port, tally, 'fuzz', 'fuzz', bindSeq++);
  try {
    const failures = await run('SMSC', 'submit_sm', open, tally);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`fuzz smpp (our SMSC): ${tally.inputs} PDUs (seed ${SEED}), ${crashes.count()} crashes, ${tally.requests} requests / ${tally.answered} answered / ${tally.cutOff} cut off by a link the fuzzer broke, ${tally.closes} links ended on purpose, ${tally.reconnects} re-binds, unknown statuses ${JSON.stringify(tally.unknownStatuses)}, ${seconds.toFixed(1)} s`);
    assertSurvived(crashes.count(), failures, tally);
  } finally {
    crashes.stop();
    await smsc.close();
  }
});

test(`as an SMSC: ${INPUTS} fuzzed PDUs at our ESME (SmppClient, seed ${SEED})`, async () => {
  const tally = tallyOf();
  const crashes = crashCounter();
  const smsc = await fuzzSmsc(tally);
  let messages = 0;
  const client = new SmppClient({
    smsc: `smpp://fuzz:fuzz@127.0.0.1:${smsc.port}`, reconnectMinMs: 5, reconnectMaxMs: 50, responseTimeoutMs: 2_000, enquireLinkMs: 60_000,
    onMessage: async () => {
      messages++;
      return Status.ESME_ROK;
    },
  });
  const started = process.hrtime.bigint();
  try {
    assert.ok((await client.start()).ok);
    const failures = await run('ESME', 'deliver_sm', smsc.next, tally);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`fuzz smpp (our ESME): ${tally.inputs} PDUs (seed ${SEED}), ${crashes.count()} crashes, ${tally.requests} requests / ${tally.answered} answered / ${tally.cutOff} cut off by a link the fuzzer broke, ${messages} messages handed on, ${tally.closes} links ended on purpose, ${tally.reconnects} re-binds, unknown statuses ${JSON.stringify(tally.unknownStatuses)}, ${seconds.toFixed(1)} s`);
    assertSurvived(crashes.count(), failures, tally);
  } finally {
    crashes.stop();
    await client.close();
    await smsc.close();
  }
});
