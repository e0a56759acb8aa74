import assert from 'node:assert/strict';
import { createServer, connect, type Socket } from 'node:net';
import { test } from 'node:test';
import { PduLink, type RequestResult } from './link.js';
import { encodeSm } from './pdu.js';
import { addressOf } from './address.js';
import { Status } from './status.js';

/** Two links over loopback; the far one answers submit_sm unless `hold` says to keep it unanswered. */
async function pair(hold: (sequence: number) => boolean): Promise<{ near: PduLink; far: PduLink; close(): Promise<void> }> {
  let farSocket: Socket | null = null;
  const server = createServer((s) => (farSocket = s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise((r) => socket.once('connect', r));
  while (!farSocket) await new Promise((r) => setImmediate(r));
  const far: PduLink = new PduLink(farSocket, { responseTimeoutMs: 10_000, onRequest: (req) => (hold(req.pdu.sequence_number) ? undefined : far.respond(req.pdu, Status.ESME_ROK, { message_id: `M${req.pdu.sequence_number}` })) });
  const near = new PduLink(socket, { responseTimeoutMs: 10_000, onRequest: () => {} });
  return {
    near, far,
    async close() {
      near.destroy();
      far.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

const pdu = encodeSm('submit_sm', 1, { source: addressOf('0312345678'), dest: addressOf('09012345678'), esmClass: 0, dataCoding: 8, shortMessage: Buffer.from('3042', 'hex'), registeredDelivery: 0 });

test('a request left unanswered while thousands go keeps its place; each response reaches its own request', async () => {
  const link = await pair((seq) => seq === 3);
  try {
    const answers = new Map<number, RequestResult>();
    const sink = { onResponse: (r: RequestResult, token: number) => answers.set(token, r) };
    // Sequence 1 is a promise's; the sink's from 2 on (token 100 + n - 2), 3 held by the far side.
    const first = link.near.requestRaw(pdu, 60_000);
    for (let i = 0; i < 3_000; i++) {
      link.near.requestRawTo(pdu, sink, 100 + i);
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 1));
    }
    while (answers.size < 2_999) await new Promise((r) => setTimeout(r, 5));
    assert.equal(link.near.outstanding, 1);
    assert.equal(answers.has(101), false);
    for (const [token, r] of answers) {
      assert.ok(r.ok);
      assert.equal(String(r.pdu.message_id), `M${token - 100 + 2}`);
    }
    assert.equal(await Promise.race([first.then((r) => (r.ok ? 'answered' : r.code)), new Promise((r) => setTimeout(() => r('waiting'), 20))]), 'answered');
  } finally {
    await link.close();
  }
});

test('requests time out at their own deadline, and the closed link answers the rest', async () => {
  const link = await pair(() => true);
  try {
    const t0 = performance.now();
    const short = link.near.requestRaw(pdu, 50);
    const long = link.near.requestRaw(pdu, 60_000);
    const r = await short;
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.code, 'E_SMPP_TIMEOUT');
    assert.ok(performance.now() - t0 >= 45);
    assert.equal(link.near.outstanding, 1);
    link.far.destroy();
    const l = await long;
    assert.equal(!l.ok && l.code, 'E_SMPP_CLOSED');
    assert.equal(link.near.outstanding, 0);
  } finally {
    await link.close();
  }
});
