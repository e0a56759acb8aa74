// One-time codes and their limits, against the store (the page's flow is in routes.test.ts).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, test } from 'node:test';
import type { Store } from '../store/index.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { CODE_DEFAULTS, consentCodes } from './codes.js';

const MIN = 60_000;

function suite(name: string, skip: string | false, open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  describe(`consent codes on ${name}`, { skip }, () => {
    let env: { store: Store; cleanup: () => Promise<void> } | undefined;
    after(async () => env && (await env.cleanup()));

    test('one address walking many lines is stopped; the window reopens when it has passed', async () => {
      env = await open();
      let now = new Date('2026-06-01T00:00:00Z');
      const codes = consentCodes(env.store, { clock: () => now, perClient: [{ max: 3, windowMs: 60 * MIN }] });
      for (let i = 0; i < 3; i++) assert.ok((await codes.request(`0901000000${i}`, 'addr:203.0.113.9', 'browser-a')).ok);
      const walked = await codes.request('09010000009', 'addr:203.0.113.9', 'browser-a');
      assert.equal(walked.ok ? null : walked.code, 'E_RATE_LIMITED');
      assert.ok(!walked.ok && walked.code === 'E_RATE_LIMITED' && walked.retryAfterS > 59 * 60);
      assert.ok((await codes.request('09010000009', 'addr:198.51.100.7', 'browser-b')).ok, 'another address is not held back');
      now = new Date(now.getTime() + 60 * MIN + 1);
      assert.ok((await codes.request('09010000008', 'addr:203.0.113.9', 'browser-a')).ok);
    });

    test('guesses are limited per address across lines, and a code is kept only as a keyed hash', async () => {
      const { store } = env!;
      const now = new Date('2026-06-02T00:00:00Z');
      let n = 0;
      const codes = consentCodes(store, { clock: () => now, guessesPerClient: [{ max: 4, windowMs: 60 * MIN }], randomCode: () => (n++ < 3 ? '424242' : '515151') });
      for (let i = 0; i < 3; i++) assert.ok((await codes.request(`0802000000${i}`, `addr:${i}`, `owner-${i}`)).ok);
      for (let i = 0; i < 3; i++) assert.ok((await codes.request(`0802000000${i}`, 'addr:attacker', `attacker-${i}`)).ok);
      const rows = await store.db.withTables<{ consent_codes: { line: string; code_hash: string } }>().selectFrom('consent_codes').selectAll().where('line', 'like', '0802%').execute();
      const plain = createHash('sha256').update('424242').digest('hex');
      assert.ok(rows.every((r) => r.code_hash !== plain && !r.code_hash.includes('424242')));
      assert.equal(new Set(rows.map((r) => r.code_hash)).size, 6, 'the same code for two lines hashes apart');
      for (let i = 0; i < 4; i++) {
        const r = await codes.verify(`0802000000${i % 3}`, '000000', 'addr:attacker', `attacker-${i % 3}`);
        assert.equal(r.ok ? null : r.code, 'E_WRONG_CODE');
      }
      const stopped = await codes.verify('08020000002', '515151', 'addr:attacker', 'attacker-2');
      assert.equal(stopped.ok ? null : stopped.code, 'E_RATE_LIMITED', 'even the right code, once the address is over its guesses');
      const owner = await codes.verify('08020000002', '424242', 'addr:owner', 'owner-2');
      assert.ok(owner.ok);
      const s = await codes.session(owner.value.token);
      assert.equal(s?.line, '08020000002');
      assert.equal(await codes.session('x'.repeat(43)), null);
      await codes.endSession(owner.value.token);
      assert.equal(await codes.session(owner.value.token), null);
    });

    test('concurrent guesses cannot exceed the allowance', async () => {
      const { store } = env!;
      const codes = consentCodes(store, { clock: () => new Date('2026-06-03T00:00:00Z'), randomCode: () => '777777' });
      assert.ok((await codes.request('07030000000', 'addr:x', 'browser-x')).ok);
      const wrong = await Promise.all(Array.from({ length: 12 }, (_, i) => codes.verify('07030000000', String(100000 + i), `addr:g${i}`, 'browser-x')));
      assert.ok(wrong.every((r) => !r.ok));
      const right = await codes.verify('07030000000', '777777', 'addr:x', 'browser-x');
      assert.equal(right.ok ? null : right.code, 'E_NO_CODE', 'the code died after its fifth guess');
    });

    test("another browser's wrong guesses never reach the subscriber's code", async () => {
      const { store } = env!;
      const codes = consentCodes(store, { clock: () => new Date('2026-06-04T00:00:00Z'), randomCode: () => '246810' });
      assert.ok((await codes.request('09040000000', 'addr:subscriber', 'subscriber-browser')).ok);
      for (let i = 0; i < 20; i++) {
        const r = await codes.verify('09040000000', String(100000 + i), `addr:evil${i}`, `evil-${i % 2}`);
        assert.equal(r.ok ? null : r.code, 'E_NO_CODE', 'the attacker has no code of its own to guess at');
      }
      // The attacker asks for a code of its own and burns it: the subscriber's is untouched.
      assert.ok((await codes.request('09040000000', 'addr:evil', 'evil-0')).ok);
      for (let i = 0; i < 5; i++) await codes.verify('09040000000', '000000', 'addr:evil', 'evil-0');
      const owner = await codes.verify('09040000000', '246810', 'addr:subscriber', 'subscriber-browser');
      assert.ok(owner.ok, JSON.stringify(owner));
    });

    test('requests for someone else\'s number cannot lock the subscriber out: they only slow the line, for at most an hour', async () => {
      const { store } = env!;
      let now = new Date('2026-06-05T00:00:00Z');
      const codes = consentCodes(store, { clock: () => now });
      const line = '08050000000';
      // One address: its own 3 a quarter-hour, then refused — without touching the line's count.
      const own = [];
      for (let i = 0; i < 10; i++) own.push((await codes.request(line, 'addr:evil', 'evil')).ok);
      assert.deepEqual(own, [true, true, true, false, false, false, false, false, false, false]);
      assert.ok((await codes.request(line, 'addr:subscriber', 'sub')).ok, 'one noisy address does not hold the subscriber back');
      // Many addresses: the line is slowed for the rest of the quarter-hour…
      assert.ok((await codes.request(line, 'addr:evil2', 'e2')).ok);
      const slowed = await codes.request(line, 'addr:subscriber', 'sub');
      assert.ok(!slowed.ok && slowed.code === 'E_RATE_LIMITED' && slowed.retryAfterS <= 15 * 60, JSON.stringify(slowed));
      // …and an hour of it from ever new addresses runs the line past its day's count: one
      // code an hour from then on, never none — the subscriber gets one when the hour is up.
      let attacker = 0;
      const got: boolean[] = [];
      for (let quarter = 0; quarter < 4; quarter++) {
        now = new Date(now.getTime() + 15 * MIN);
        for (let k = 0; k < 6; k++) got.push((await codes.request(line, `addr:bot${attacker}`, `bot${attacker++}`)).ok);
      }
      assert.equal(got.filter(Boolean).length, 8, '5 + 2 up to the day\'s 12, then one for the hour');
      now = new Date(now.getTime() + 60 * MIN);
      const sub = await codes.request(line, 'addr:subscriber', 'sub');
      assert.ok(sub.ok, JSON.stringify(sub));
      const guessesPerDay = (12 + 24) * CODE_DEFAULTS.maxAttempts;
      assert.ok(guessesPerDay / 1e6 < 0.0002, 'and guessing across codes stays below 0.02% a day');
    });
  });
}

for (const target of TEST_DATABASES) {
  suite(target.name, target.skip, async () => {
    const db = target.create();
    return { store: await db.open(), cleanup: () => db.cleanup() };
  });
}
