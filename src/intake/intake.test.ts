// The 7726 dialogue end to end: the SMSC simulator (a real SMPP peer on loopback) sends what
// a subscriber types, the intake answers over the same bind, reports land in a real store.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { getEngine } from '../engine/index.js';
import { SmscServer, Status, addressOf, splitForSubmit, type SubmittedMessage } from '../smpp/index.js';
import { Inbox } from '../smpp/test-support.js';
import type { Store } from '../store/index.js';
import { sqliteDatabase, TEST_DATABASES, type TestDatabase } from '../store/test-support.js';
import { startSmppIntake, type SmppIntake, type SmppIntakeOptions } from './index.js';

const DAY = 24 * 3600_000;
const FAST = { reconnectMinMs: 30, reconnectMaxMs: 100, responseTimeoutMs: 2_000 } as const;
const REPORTER = '09011112222';
const LURE = '【佐川急便】お荷物のお届けにあがりましたが宛先不明の為持ち帰りました。再配達のご依頼は下記URLよりお手続きください。 https://sagawa-redelivery.example.top/check?id=83920 お問い合わせは 0120-123-456 まで';
const engine = getEngine();

interface Harness {
  server: SmscServer;
  inbox: Inbox;
  intake: SmppIntake;
  send(text: string, from?: string): ReturnType<SmscServer['deliver']>;
  restart(store: Store, extra?: Partial<SmppIntakeOptions>): Promise<void>;
  close(): Promise<void>;
}

async function harness(store: Store, extra: Partial<SmppIntakeOptions> = {}): Promise<Harness> {
  const server = new SmscServer({ systemId: 'smishguard', password: 'secret' });
  const port = await server.listen();
  const inbox = new Inbox(server);
  const start = (s: Store, more: Partial<SmppIntakeOptions>): Promise<SmppIntake> => startSmppIntake({
    store: s, engine, smscUrls: [`smpp://smishguard:secret@127.0.0.1:${port}`], shortCode: '7726',
    dialogueTimeoutMs: DAY, formUrl: 'http://127.0.0.1:8080/', smpp: FAST, ...more,
  });
  const h: Harness = {
    server, inbox,
    intake: await start(store, extra),
    send: (text, from = REPORTER) => server.deliver({ from, to: '7726', text }),
    async restart(s, more = {}) {
      await h.intake.close();
      h.intake = await start(s, { ...extra, ...more });
    },
    async close() {
      await h.intake.close();
      await server.close();
    },
  };
  return h;
}

const refOf = (reply: SubmittedMessage): string => {
  const m = /R-[0-9A-Z]{5}-[0-9A-Z]{5}/.exec(reply.text);
  assert.ok(m, `no reference in ${reply.text}`);
  return m[0];
};

async function openDialogues(store: Store): Promise<{ reporter: string; report_id: string }[]> {
  return store.db.withTables<{ intake_dialogues: { reporter: string; report_id: string } }>()
    .selectFrom('intake_dialogues').select(['reporter', 'report_id']).execute();
}

async function reporterHashOf(store: Store, id: string): Promise<string | null> {
  const row = await store.db.selectFrom('reports').select('reporter_hash').where('id', '=', id).executeTakeFirstOrThrow();
  return row.reporter_hash;
}

function dialogueSuite(name: string, skip: string | false, open: () => Promise<{ store: Store; reopen: () => Promise<Store>; cleanup: () => Promise<void> }>): void {
  describe(`7726 dialogue over SMPP on ${name}`, { skip }, () => {
    it('forward → report at once and an ask-back; number → sender recorded and thanks; the number is then forgotten', async () => {
      const { store, cleanup } = await open();
      const h = await harness(store);
      try {
        const delivered = await h.send(LURE);
        assert.ok(delivered.ok, JSON.stringify(delivered));
        const ask = await h.inbox.next();
        assert.equal(ask.to, REPORTER);
        assert.equal(ask.from, '7726');
        const id = refOf(ask);
        assert.match(ask.text, /送信元の番号を返信してください/);
        // One SMS part, and no link: the service tells people not to trust links in SMS.
        assert.equal(ask.parts, 1);
        assert.doesNotMatch(ask.text, /https?:/);
        // Committed before deliver_sm_resp: it is there now, without a sender yet.
        const report = await store.reports.get(id);
        assert.equal(report?.channel, 'sms');
        assert.equal(report?.text, LURE);
        assert.equal(report?.sender, null);
        assert.equal(report?.verdict, 'block');
        // The reporter is a keyed hash on the report, never the number.
        const hash = await reporterHashOf(store, id);
        assert.equal(hash, await store.hashSubscriber(REPORTER));
        assert.ok(!hash?.includes('1112222'));
        assert.deepEqual(await openDialogues(store), [{ reporter: REPORTER, report_id: id }]);

        assert.ok((await h.send('０９０－１２３４－５６７８')).ok);
        const thanks = await h.inbox.next();
        assert.match(thanks.text, /受け付けました/);
        assert.equal(refOf(thanks), id);
        assert.equal((await store.reports.get(id))?.sender, '09012345678');
        assert.equal((await store.indicators.lookup('phone', '09012345678'))?.reportCount, 1);
        assert.deepEqual(await openDialogues(store), []);
      } finally {
        await h.close();
        await cleanup();
      }
    });

    it('reads answers written many ways, and takes 不明 / unknown as no sender', async () => {
      const { store, cleanup } = await open();
      const h = await harness(store);
      try {
        const answers: [string, string | null][] = [
          ['090-1234-5678', '09012345678'],
          ['+81 80 2222 3333', '08022223333'],
          ['送信元は 070-4444-5555 です。', '07044445555'],
          ['不明', null],
          ['unknown', null],
          ['わからないです', null],
        ];
        for (const [answer, sender] of answers) {
          await h.send(`${LURE} (${answer})`);
          const id = refOf(await h.inbox.next());
          await h.send(answer);
          const reply = await h.inbox.next();
          assert.equal(refOf(reply), id, answer);
          assert.equal((await store.reports.get(id))?.sender, sender, answer);
          assert.match(reply.text, sender ? /の送信元を受け付けました/ : /送信元不明のまま/, answer);
        }
        assert.deepEqual(await openDialogues(store), []);
      } finally {
        await h.close();
        await cleanup();
      }
    });

    it('a new forward before answering starts a new report, even one full of numbers and links', async () => {
      const { store, cleanup } = await open();
      const h = await harness(store);
      try {
        await h.send(LURE);
        const first = refOf(await h.inbox.next());
        const second = 'お客様の口座が凍結されました。0120-111-222 までお電話いただくか https://bank-check.example.xyz/ からご確認ください 090-9999-8888';
        await h.send(second);
        const secondId = refOf(await h.inbox.next());
        assert.notEqual(secondId, first);
        assert.equal((await store.reports.get(secondId))?.text, second);
        await h.send('080-5555-6666');
        assert.equal(refOf(await h.inbox.next()), secondId);
        assert.equal((await store.reports.get(first))?.sender, null);
        assert.equal((await store.reports.get(secondId))?.sender, '08055556666');
      } finally {
        await h.close();
        await cleanup();
      }
    });

    it('`Call 0312345678` and `通話 03-1234-5678` report calls and are acknowledged at once', async () => {
      const { store, cleanup } = await open();
      const h = await harness(store);
      try {
        for (const text of ['Call 0312345678', '通話 03-1234-5678']) {
          await h.send(text);
          const ack = await h.inbox.next();
          assert.match(ack.text, /迷惑電話の報告を受け付けました/);
          const r = await store.reports.get(refOf(ack));
          assert.equal(r?.channel, 'call');
          assert.equal(r?.sender, '0312345678');
        }
        assert.deepEqual(await openDialogues(store), []);
      } finally {
        await h.close();
        await cleanup();
      }
    });

    it('keeps part 1 of a long lure across a restart (graceful, or none at all): part 2 after it completes the report', async () => {
      for (const graceful of [true, false]) {
        const env = await open();
        let store = env.store;
        const h = await harness(store);
        try {
          const split = splitForSubmit(LURE, { scheme: 'udh8', reference: graceful ? 7 : 8 });
          assert.ok(split.ok && split.parts.length >= 2);
          const parts = split.parts;
          const sendPart = (i: number): ReturnType<SmscServer['deliverSm']> => {
            const p = parts[i] as (typeof parts)[number];
            return h.server.deliverSm({ source: addressOf(REPORTER), dest: addressOf('7726'), esmClass: p.esmClass, dataCoding: p.dataCoding, shortMessage: p.shortMessage });
          };
          for (let i = 0; i < parts.length - 1; i++) {
            const r = await sendPart(i);
            assert.ok(r.ok && r.pdu.command_status === Status.ESME_ROK);
          }
          // Acknowledged: now the process goes. Gracefully (SIGTERM), or as a crash would:
          // the store is opened anew without the old one ever being told.
          if (graceful) {
            await h.intake.close();
            await store.close();
          }
          store = await env.reopen();
          await h.restart(store);
          const last = await sendPart(parts.length - 1);
          assert.ok(last.ok && last.pdu.command_status === Status.ESME_ROK);
          const id = refOf(await h.inbox.next());
          assert.equal((await store.reports.get(id))?.text, LURE);
          // The SMSC sends the last part again (its response lost): a copy, not a new report.
          const again = await sendPart(parts.length - 1);
          assert.ok(again.ok && again.pdu.command_status === Status.ESME_ROK);
          assert.equal((await store.reports.list({ limit: 10 })).length, 1);
        } finally {
          await h.close();
          await store.close();
          await env.cleanup();
        }
      }
    });

    it('takes a text with NUL and a lone surrogate, and stores the same on every store (U+FFFD)', async () => {
      const { store, cleanup } = await open();
      const h = await harness(store);
      try {
        const odd = `${LURE.slice(0, 40)}\u0000${LURE.slice(40, 60)}\ud800${LURE.slice(60)}`;
        const sent = await h.server.deliver({ from: REPORTER, to: '7726', text: odd, coding: 'ucs2' });
        assert.ok(sent.ok, JSON.stringify(sent));
        const id = refOf(await h.inbox.next());
        assert.equal((await store.reports.get(id))?.text, `${LURE.slice(0, 40)}\ufffd${LURE.slice(40, 60)}\ufffd${LURE.slice(60)}`);
      } finally {
        await h.close();
        await cleanup();
      }
    });

    it('caps reports per reporter per hour: over it, acknowledged, no report, one reply only', async () => {
      const { store, cleanup } = await open();
      const h = await harness(store, { reportsPerHour: 2 });
      try {
        for (let i = 0; i < 6; i++) {
          const r = await h.send(`${LURE} #${i}`);
          assert.ok(r.ok, JSON.stringify(r)); // acknowledged: the SMSC must not offer it again
        }
        assert.equal((await store.reports.list({ limit: 20 })).length, 2);
        // Another reporter is not held back by the first.
        assert.ok((await h.send(LURE, '08099998888')).ok);
        assert.equal((await store.reports.list({ limit: 20 })).length, 3);
        const replies = [await h.inbox.next(), await h.inbox.next(), await h.inbox.next(), await h.inbox.next()];
        const toFirst = replies.filter((r) => r.to === REPORTER);
        assert.equal(toFirst.length, 3);
        assert.equal(toFirst.filter((r) => /しばらく受付を停止/.test(r.text)).length, 1);
        assert.equal(h.inbox.pending, 0);
      } finally {
        await h.close();
        await cleanup();
      }
    });

    it('STOP / 停止 ends replies to that number (reports still taken), 開始 resumes them; HELP / ヘルプ answers; none is a report', async () => {
      const { store, cleanup } = await open();
      const h = await harness(store);
      try {
        await h.send('ヘルプ');
        assert.match((await h.inbox.next()).text, /本文をそのまま転送/);
        await h.send('HELP');
        assert.match((await h.inbox.next()).text, /本文をそのまま転送/);
        await h.send('停止');
        assert.match((await h.inbox.next()).text, /返信しません/);
        await h.send(LURE); // reported, not answered
        await h.send('開始');
        // The next reply is the one to 開始: nothing was sent for the lure in between.
        assert.match((await h.inbox.next()).text, /返信を再開しました/);
        const reports = await store.reports.list({ limit: 10 });
        assert.deepEqual(reports.map((r) => r.text), [LURE]);
        await h.send('STOP');
        assert.match((await h.inbox.next()).text, /返信しません/);
        assert.equal((await store.reports.list({ limit: 10 })).length, 1);
      } finally {
        await h.close();
        await cleanup();
      }
    });

    it('survives a restart mid-dialogue: the answer after it completes the report', async () => {
      const env = await open();
      let store = env.store;
      const h = await harness(store);
      try {
        await h.send(LURE);
        const id = refOf(await h.inbox.next());
        await h.intake.close();
        await store.close();
        store = await env.reopen();
        await h.restart(store);
        assert.ok((await h.send('090-7777-8888')).ok);
        assert.equal(refOf(await h.inbox.next()), id);
        assert.equal((await store.reports.get(id))?.sender, '09077778888');
      } finally {
        await h.close();
        await store.close();
        await env.cleanup();
      }
    });
  });
}

for (const target of TEST_DATABASES) {
  dialogueSuite(target.name, target.skip, async () => {
    const db = target.create();
    return { store: await db.open(), reopen: () => db.open(), cleanup: () => db.cleanup() };
  });
}

describe('7726 intake: failures and time', () => {
  const dbs: TestDatabase[] = [];
  after(() => Promise.all(dbs.map((db) => db.cleanup())));
  function sqlite(): Promise<Store> {
    const db = sqliteDatabase();
    dbs.push(db);
    return db.open();
  }

  it('answers ESME_RX_T_APPN when the store cannot commit, and takes the SMSC retry once it can', async () => {
    const store = await sqlite();
    const h = await harness(store);
    try {
      // A real failure inside the database: every insert into reports is refused.
      await sql`create trigger refuse_reports before insert on reports begin select raise(abort, 'disk failure'); end`.execute(store.db);
      const refused = await h.send(LURE);
      assert.equal(refused.ok, false);
      assert.equal(refused.statuses.at(-1), Status.ESME_RX_T_APPN);
      assert.equal((await store.reports.list({ limit: 10 })).length, 0);
      await sql`drop trigger refuse_reports`.execute(store.db);
      // The SMSC offers the message again (here: the last part; the others were kept).
      const retried = await h.send(LURE);
      assert.ok(retried.ok, JSON.stringify(retried));
      const reports = await store.reports.list({ limit: 10 });
      assert.equal(reports.length, 1);
      assert.equal(refOf(await h.inbox.next()), reports[0]?.id);
    } finally {
      await h.close();
      await store.close();
    }
  });

  it('a dialogue unanswered past --dialogue-timeout leaves the report without a sender and forgets the number', async () => {
    const store = await sqlite();
    let now = new Date('2026-11-24T09:00:00Z');
    const h = await harness(store, { clock: () => now, dialogueTimeoutMs: 3600_000 });
    try {
      await h.send(LURE);
      const id = refOf(await h.inbox.next());
      now = new Date('2026-11-24T10:00:01Z');
      await h.send('090-1234-5678');
      assert.match((await h.inbox.next()).text, /受付中の報告はありません/);
      assert.equal((await store.reports.get(id))?.sender, null);
      assert.deepEqual(await openDialogues(store), []);
    } finally {
      await h.close();
      await store.close();
    }
  });

  it('loses nothing acknowledged when the SMSC vanishes mid-dialogue; the dialogue resumes after reconnecting', async () => {
    const store = await sqlite();
    const h = await harness(store);
    try {
      await h.send(LURE);
      const id = refOf(await h.inbox.next());
      h.server.dropSessions();
      assert.ok(await h.server.waitForBind(5_000));
      assert.equal((await store.reports.get(id))?.text, LURE);
      const answered = await h.send('090-2468-1357');
      assert.ok(answered.ok, JSON.stringify(answered));
      assert.equal(refOf(await h.inbox.next()), id);
      assert.equal((await store.reports.get(id))?.sender, '09024681357');
    } finally {
      await h.close();
      await store.close();
    }
  });

  it('refuses messages to other addresses, and ignores delivery receipts', async () => {
    const store = await sqlite();
    const h = await harness(store);
    try {
      const elsewhere = await h.server.deliver({ from: REPORTER, to: '9999', text: LURE });
      assert.equal(elsewhere.statuses.at(-1), Status.ESME_RINVDSTADR);
      const receipt = await h.server.deliverSm({
        source: { ton: 0, npi: 1, addr: REPORTER }, dest: { ton: 3, npi: 0, addr: '7726' }, esmClass: 0x04, dataCoding: 0,
        shortMessage: Buffer.from('id:00000001 sub:001 dlvrd:001 submit date:2611240900 done date:2611240901 stat:DELIVRD err:000 text:'),
      });
      assert.ok(receipt.ok && receipt.pdu.command_status === Status.ESME_ROK);
      assert.equal((await store.reports.list({ limit: 10 })).length, 0);
    } finally {
      await h.close();
      await store.close();
    }
  });

  it('starts with a refused bind, keeps re-binding, and takes reports and sends SMS once the SMSC accepts', async () => {
    const store = await sqlite();
    const server = new SmscServer({ systemId: 'smishguard', password: 'secret' });
    const port = await server.listen();
    const inbox = new Inbox(server);
    const intake = await startSmppIntake({ store, engine, smscUrls: [`smpp://smishguard:rotated@127.0.0.1:${port}`], shortCode: '7726', dialogueTimeoutMs: DAY, formUrl: 'http://x/', smpp: FAST });
    try {
      assert.notEqual(intake.links()[0]?.state, 'bound');
      assert.equal(intake.sms.available(), false);
      server.setPassword('rotated');
      assert.ok(await server.waitForBind(5_000));
      while (intake.links()[0]?.state !== 'bound') await new Promise((r) => setImmediate(r));
      // What the consent page's one-time codes need: a sender that works again.
      assert.equal(intake.sms.available(), true);
      assert.deepEqual(await intake.sms.send({ from: '0005', to: REPORTER, text: 'code 123456' }), { ok: true });
      assert.equal((await inbox.next()).text, 'code 123456');
      assert.ok((await server.deliver({ from: REPORTER, to: '7726', text: LURE })).ok);
      assert.equal((await store.reports.list({ limit: 10 })).length, 1);
    } finally {
      await intake.close();
      await server.close();
      await store.close();
    }
  });

});
