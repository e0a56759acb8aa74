// One-time codes and their limits, against the store (the page's flow is in routes.test.ts).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, test } from 'node:test';
import type { Store } from '../store/index.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { consentCodes } from './codes.js';

const MIN = 60_000;

function suite(name: string, skip: string | false, open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  describe(`consent codes on ${name}`, { skip }, () => {
    let env: { store: Store; cleanup: () => Promise<void> } | undefined;
    after(async () => env && (await env.cleanup()));

    test('one address walking many lines is stopped; the window reopens when it has passed', async () => {
      env = await open();
      let now = new Date('2026-06-01T00:00:00Z');
      const codes = consentCodes(env.store, { clock: () => now, perClient: [{ max: 3, windowMs: 60 * MIN }] });
      for (let i = 0; i < 3; i++) assert.ok((await codes.request(`0901000000${i}`, 'addr:203.0.113.9')).ok);
      const walked = await codes.request('09010000009', 'addr:203.0.113.9');
      assert.equal(walked.ok ? null : walked.code, 'E_RATE_LIMITED');
      assert.ok(!walked.ok && walked.code === 'E_RATE_LIMITED' && walked.retryAfterS > 59 * 60);
      assert.ok((await codes.request('09010000009', 'addr:198.51.100.7')).ok, 'another address is not held back');
      now = new Date(now.getTime() + 60 * MIN + 1);
      assert.ok((await codes.request('09010000008', 'addr:203.0.113.9')).ok);
    });

    test('guesses are limited per address across lines, and a code is kept only as a keyed hash', async () => {
      const { store } = env!;
      const now = new Date('2026-06-02T00:00:00Z');
      const codes = consentCodes(store, { clock: () => now, guessesPerClient: [{ max: 4, windowMs: 60 * MIN }], randomCode: () => '424242' });
      for (let i = 0; i < 3; i++) assert.ok((await codes.request(`0802000000${i}`, `addr:${i}`)).ok);
      const rows = await store.db.withTables<{ consent_codes: { line: string; code_hash: string } }>().selectFrom('consent_codes').selectAll().where('line', 'like', '0802%').execute();
      const plain = createHash('sha256').update('424242').digest('hex');
      assert.ok(rows.every((r) => r.code_hash !== plain && !r.code_hash.includes('424242')));
      assert.equal(new Set(rows.map((r) => r.code_hash)).size, 3, 'the same code for two lines hashes apart');
      for (let i = 0; i < 4; i++) {
        const r = await codes.verify(`0802000000${i % 3}`, '000000', 'addr:attacker');
        assert.equal(r.ok ? null : r.code, 'E_WRONG_CODE');
      }
      const stopped = await codes.verify('08020000002', '424242', 'addr:attacker');
      assert.equal(stopped.ok ? null : stopped.code, 'E_RATE_LIMITED', 'even the right code, once the address is over its guesses');
      const owner = await codes.verify('08020000002', '424242', 'addr:owner');
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
      assert.ok((await codes.request('07030000000', 'addr:x')).ok);
      const wrong = await Promise.all(Array.from({ length: 12 }, (_, i) => codes.verify('07030000000', String(100000 + i), `addr:g${i}`)));
      assert.ok(wrong.every((r) => !r.ok));
      const right = await codes.verify('07030000000', '777777', 'addr:x');
      assert.equal(right.ok ? null : right.code, 'E_NO_CODE', 'the code died after its fifth guess');
    });
  });
}

for (const target of TEST_DATABASES) {
  suite(target.name, target.skip, async () => {
    const db = target.create();
    return { store: await db.open(), cleanup: () => db.cleanup() };
  });
}
