// The registry on both engines: defaults, changes with history and audit, reassignment,
// the detection gate and the warnings question cases ask.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import type { Store } from '../store/index.js';
import { sqliteDatabase, TEST_DATABASES } from '../store/test-support.js';
import { lineKey, openConsent, type ConsentActor } from './index.js';
import { fastLineKey, parsedLineKey } from './line-key.js';

const CLI: ConsentActor = { id: 'cli', channel: 'cli' };
const CARRIER: ConsentActor = { id: 'Example Mobile (K-TEST)', channel: 'carrier-api' };

test('lineKey: every written form of a line is one key; other numbers are not lines', () => {
  for (const raw of ['09012345678', '090-1234-5678', '+81 90-1234-5678', '+819012345678', '819012345678', '０９０－１２３４－５６７８', '(090) 1234 5678', '010-81-90-1234-5678']) {
    assert.equal(lineKey(raw), '09012345678', raw);
  }
  assert.equal(lineKey('02012345678'), '02012345678');
  for (const raw of ['0312345678', '0120123456', '7726', '+14155550100', 'Amazon', '', '0901234567', '090123456789', '00050001234']) assert.equal(lineKey(raw), null, raw);
});

test('lineKey: the character-code fast path agrees with the full parser wherever it answers', () => {
  const bodies = ['9012345678', '8012345678', '7012345678', '6012345678', '2012345678', '3012345678', '1201234567', '5012345678', '901234567', '90123456789', '005012345'];
  const forms = (b: string): string[] => [
    `0${b}`, `+81${b}`, `81${b}`, `+810${b}`, `010${b}`, `01081${b}`, `0${b.slice(0, 2)}-${b.slice(2, 6)}-${b.slice(6)}`, `${b}`, `+${b}`,
    `0${b} `, ` 0${b}`, `0${b}x`, `(0${b.slice(0, 2)})${b.slice(2)}`, `0${b}`.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  ];
  const extra = ['', '+', '0', '7726', '21092', 'Amazon', 'SMBC-Bank', '+14155550100', '0120-123-456', '0005012345', '090-1234-567８', '０９０-1234-5678', '090ー1234ー5678'];
  let answered = 0;
  for (const raw of [...bodies.flatMap(forms), ...extra]) {
    const fast = fastLineKey(raw);
    if (fast !== undefined) {
      answered++;
      assert.equal(fast, parsedLineKey(raw), JSON.stringify(raw));
    }
    assert.equal(lineKey(raw), parsedLineKey(raw), JSON.stringify(raw));
  }
  assert.ok(answered > 80, `the fast path answers most forms (${answered})`);
});

test('lineKey: a plus after an opening bracket, or tabs between the groups, still reach the parser (the gate must not wave an opted-out line through)', () => {
  for (const raw of ['(+81)90-1234-5678', '(+81) 90 1234 5678', '090\t1234\t5678', '+81\t90\t1234\t5678']) {
    assert.equal(parsedLineKey(raw), '09012345678', JSON.stringify(raw));
    const fast = fastLineKey(raw);
    assert.ok(fast === undefined || fast === '09012345678', `fast path said ${String(fast)} for ${JSON.stringify(raw)}`);
    assert.equal(lineKey(raw), '09012345678', JSON.stringify(raw));
  }
});

function suite(name: string, skip: string | false, open: () => Promise<{ store: Store; another: () => Promise<Store>; cleanup: () => Promise<void> }>): void {
  describe(`consent registry on ${name}`, { skip }, () => {
    let env: Awaited<ReturnType<typeof open>> | undefined;
    after(async () => env && (await env.cleanup()));

    test('defaults on; a change is kept, timestamped, in the history and the audit; a transfer resets and keeps history', async () => {
      env = await open();
      const { store } = env;
      let now = new Date('2026-04-01T09:00:00.000Z');
      const consent = openConsent(store, { clock: () => now });

      const fresh = await consent.get('+81 90-1111-2222');
      assert.ok(fresh.ok);
      assert.deepEqual(fresh.value.settings, { detection: true, warnings: true, filtering: true, cncBlocking: true });
      assert.equal(fresh.value.since, null);
      assert.equal(await consent.warningsAllowed('09011112222'), true);

      const set = await consent.set('090-1111-2222', { detection: false, warnings: false }, CLI);
      assert.ok(set.ok);
      assert.deepEqual(set.value.changed, ['detection', 'warnings']);
      assert.deepEqual(set.value.settings, { detection: false, warnings: false, filtering: true, cncBlocking: true });
      assert.equal(set.value.since, '2026-04-01T09:00:00.000Z');
      assert.equal(await consent.warningsAllowed('０９０１１１１２２２２'), false);

      now = new Date('2026-04-02T09:00:00.000Z');
      const same = await consent.set('09011112222', { detection: false }, CARRIER);
      assert.ok(same.ok);
      assert.deepEqual(same.value.changed, [], 'setting what is already set changes nothing and records nothing');
      assert.equal(same.value.history.changes, 1);
      const on = await consent.set('09011112222', { warnings: true, cncBlocking: false }, CARRIER);
      assert.ok(on.ok);
      assert.deepEqual(on.value.settings, { detection: false, warnings: true, filtering: true, cncBlocking: false });
      assert.equal(on.value.history.changes, 2);

      now = new Date('2026-04-03T09:00:00.000Z');
      const moved = await consent.reassign('+819011112222', 'transfer', CARRIER);
      assert.ok(moved.ok);
      assert.deepEqual(moved.value.settings, { detection: true, warnings: true, filtering: true, cncBlocking: true });
      assert.equal(moved.value.since, '2026-04-03T09:00:00.000Z');
      assert.deepEqual(moved.value.history, { changes: 2, reassignments: 1, lastChangedAt: '2026-04-02T09:00:00.000Z', lastReassignedAt: '2026-04-03T09:00:00.000Z' });

      const h = await consent.history('09011112222');
      assert.ok(h.ok);
      assert.deepEqual(h.value.map((e) => [e.action, e.channel, e.at]), [
        ['reassign', 'carrier-api', '2026-04-03T09:00:00.000Z'],
        ['set', 'carrier-api', '2026-04-02T09:00:00.000Z'],
        ['set', 'cli', '2026-04-01T09:00:00.000Z'],
      ]);
      const first = h.value[2];
      assert.ok(first?.action === 'set');
      assert.deepEqual(first.changes, { detection: { from: true, to: false }, warnings: { from: true, to: false } });
      const reassigned = h.value[0];
      assert.ok(reassigned?.action === 'reassign');
      assert.equal(reassigned.reason, 'transfer');
      assert.deepEqual(reassigned.before, { detection: false, warnings: true, filtering: true, cncBlocking: false });

      const audit = (await store.audit.list({ limit: 20 })).filter((a) => a.action.startsWith('consent.'));
      assert.deepEqual(audit.map((a) => [a.action, a.actor, a.subject]), [
        ['consent.reassign', 'Example Mobile (K-TEST)', '09011112222'],
        ['consent.set', 'Example Mobile (K-TEST)', '09011112222'],
        ['consent.set', 'cli', '09011112222'],
      ]);
      assert.equal((audit[2]?.detail as { channel: string }).channel, 'cli');
    });

    test('bad input is refused with a code naming the field', async () => {
      const { store } = env!;
      const consent = openConsent(store);
      const bad = await consent.set('0312345678', { detection: false }, CLI);
      assert.deepEqual(bad.ok ? null : [bad.code, bad.field], ['E_BAD_LINE', 'line']);
      const field = await consent.set('09011113333', { detection: 'no' } as never, CLI);
      assert.deepEqual(field.ok ? null : [field.code, field.field], ['E_BAD_CHANGES', 'detection']);
      const unknown = await consent.set('09011113333', { tracking: false } as never, CLI);
      assert.deepEqual(unknown.ok ? null : [unknown.code, unknown.field], ['E_BAD_CHANGES', 'tracking']);
      const none = await consent.set('09011113333', {}, CLI);
      assert.equal(none.ok ? null : none.code, 'E_BAD_CHANGES');
      const reason = await consent.reassign('09011113333', 'stolen' as never, CLI);
      assert.equal(reason.ok ? null : reason.code, 'E_BAD_REASON');
      assert.equal(await consent.warningsAllowed('7726'), false);
      const h = await consent.history('09011113333');
      assert.deepEqual(h.ok ? h.value : null, []);
    });

    test('the detection gate holds the opted-out lines in every written form, and follows this registry\'s changes at once', async (t) => {
      const { store } = env!;
      const consent = openConsent(store);
      const elsewhere = await env!.another();
      t.after(() => elsewhere.close());
      const other = openConsent(elsewhere);
      assert.ok((await other.set('08055556666', { detection: false }, CLI)).ok);
      const gate = await consent.detectionGate();
      for (const raw of ['08055556666', '+818055556666', '818055556666', '080-5555-6666', '０８０５５５５６６６６']) assert.equal(gate.excluded(raw), true, raw);
      for (const raw of ['08055556667', '09011112222', 'Amazon', '', '0120123456']) assert.equal(gate.excluded(raw), false, raw);
      assert.ok((await consent.set('07012121212', { detection: false }, CLI)).ok);
      assert.equal(gate.excluded('+817012121212'), true, 'a change through the same registry reaches its gates at once');
      assert.ok((await openConsent(store).set('07034343434', { detection: false }, CLI)).ok);
      assert.equal(gate.excluded('07034343434'), false, 'another registry\'s change arrives with the next load');
      assert.ok((await consent.set('08055556666', { detection: true }, CLI)).ok);
      assert.equal(gate.excluded('08055556666'), false);
      assert.ok((await other.set('09099998888', { detection: false }, CLI)).ok);
      assert.equal(gate.excluded('09099998888'), false, 'so does another process\'s');
      await consent.detectionGate();
      assert.equal(gate.excluded('09099998888'), true);
      assert.ok((await consent.reassign('09099998888', 'port-in', CLI)).ok);
      assert.equal(gate.excluded('09099998888'), false);
      // An opt-out committed while a load is reading is not lost when the load lands.
      const [reloaded] = await Promise.all([consent.detectionGate(), consent.set('08078787878', { detection: false }, CLI)]);
      assert.equal(reloaded.excluded('08078787878'), true);
      assert.equal(gate.excluded('08078787878'), true);
    });

    test('concurrent changes to one line each land once, with an exact history', async () => {
      const { store } = env!;
      const consent = openConsent(store);
      const fields = ['detection', 'warnings', 'filtering', 'cncBlocking'] as const;
      const results = await Promise.all(fields.map((f) => consent.set('09044443333', { [f]: false }, CLI)));
      assert.ok(results.every((r) => r.ok));
      const v = await consent.get('09044443333');
      assert.deepEqual(v.ok ? v.value.settings : null, { detection: false, warnings: false, filtering: false, cncBlocking: false });
      assert.equal(v.ok ? v.value.history.changes : null, 4);
    });
  });
}

test('changes from several processes on one SQLite file (a server and the CLI) all land, none refused as busy', async () => {
  const db = sqliteDatabase();
  const file = db.options.sqlitePath!;
  try {
    await (await db.open()).close();
    const url = (p: string): string => pathToFileURL(join(import.meta.dirname, p)).href;
    const script = `
      const { openStore } = await import(${JSON.stringify(url('../store/index.ts'))});
      const { openConsent } = await import(${JSON.stringify(url('./index.ts'))});
      const store = await openStore({ sqlitePath: ${JSON.stringify(file)} });
      const c = openConsent(store);
      const w = Number(process.argv[1]);
      let changed = 0;
      for (let i = 0; i < 60; i++) {
        const r = await c.set('09012345678', { [i % 2 ? 'warnings' : 'detection']: (i + w) % 3 === 0 }, { id: 'p' + w, channel: 'cli' });
        if (!r.ok) throw new Error(r.message);
        changed += r.value.changed.length;
      }
      await store.close();
      console.log(changed);`;
    const run = (w: number): Promise<{ code: number | null; out: string; err: string }> => new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, String(w)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('close', (code) => resolve({ code, out, err }));
    });
    const results = await Promise.all([1, 2, 3].map(run));
    for (const r of results) assert.equal(r.code, 0, r.err);
    const changed = results.reduce((n, r) => n + Number(r.out.trim()), 0);
    const v = await openConsent(await db.open()).get('09012345678');
    assert.ok(v.ok);
    // Each change counted by a process is one field's change in one history entry; entries can hold two only in a single call, never here.
    assert.equal(v.value.history.changes, changed);
  } finally {
    await db.cleanup();
  }
});

for (const target of TEST_DATABASES) {
  suite(target.name, target.skip, async () => {
    const db = target.create();
    return { store: await db.open(), another: () => db.open(), cleanup: () => db.cleanup() };
  });
}
