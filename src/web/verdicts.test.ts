import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { openConsent } from '../consent/index.js';
import { getEngine } from '../engine/index.js';
import { openReputationSnapshot } from '../reputation/index.js';
import { sqliteDatabase } from '../store/test-support.js';
import { buildApp } from './index.js';

const LURE = '【三菱UFJ銀行】お客様の口座取引を一時的に規制しています。必ずご確認ください。https://mufg-secure.top/login';
const PLAIN = '明日のシフト、10時からでお願いできる?店長より';

describe('POST /api/v1/verdicts', () => {
  const db = sqliteDatabase();
  const opened: { close(): Promise<void> }[] = [];
  after(async () => {
    for (const o of opened) await o.close();
    await db.cleanup();
  });

  async function setup() {
    const store = await db.open();
    const reputation = await openReputationSnapshot(store, { refreshMs: 0 });
    const app = await buildApp({ engine: getEngine(), store, reputation, config: { rateLimit: 0 } });
    opened.push({ close: async () => { await app.close(); reputation.close(); } });
    const carrier = (await store.apiKeys.create({ org: 'Example Mobile SMSC', role: 'carrier' })).key;
    const analyst = (await store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
    const ask = (key: string | null, payload: unknown) => app.inject({
      method: 'POST', url: '/api/v1/verdicts', payload: JSON.stringify(payload),
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    });
    return { store, carrier, analyst, ask };
  }

  it('decides each message of a batch as the firewall would, in order, echoing the ids', async () => {
    const s = await setup();
    const r = await s.ask(s.carrier, { messages: [{ id: 'a', text: LURE, from: '09033334444', to: '09011112222' }, { id: 'b', text: PLAIN }, { id: 'c', text: 'bad\u0007text' }] });
    assert.equal(r.statusCode, 200);
    const { results } = r.json() as { results: { id: string; action?: string; verdict?: string; reasons?: string[]; error?: { code: string } }[] };
    assert.deepEqual(results.map((x) => x.id), ['a', 'b', 'c']);
    assert.equal(results[0]?.action, 'block');
    assert.equal(results[0]?.verdict, 'block');
    assert.ok(results[0]?.reasons?.includes('VERDICT_BLOCK'));
    assert.equal(results[1]?.action, 'pass');
    assert.equal(results[2]?.error?.code, 'E_BINARY_TEXT');
  });

  it('passes a lure to a line that turned filtering off', async () => {
    const s = await setup();
    assert.ok((await openConsent(s.store).set('09055556666', { filtering: false }, { id: 'test', channel: 'cli' })).ok);
    const r = await s.ask(s.carrier, { messages: [{ id: 'x', text: LURE, to: '090-5555-6666' }] });
    const { results } = r.json() as { results: { action: string; verdict: string; reasons: string[] }[] };
    assert.equal(results[0]?.action, 'pass');
    assert.equal(results[0]?.verdict, 'block', 'the verdict is still told');
    assert.ok(results[0]?.reasons.includes('FILTERING_OFF'));
  });

  it('is for carriers: no key 401, an analyst 403, an empty or oversized batch 400', async () => {
    const s = await setup();
    assert.equal((await s.ask(null, { messages: [{ id: 'a', text: PLAIN }] })).statusCode, 401);
    assert.equal((await s.ask(s.analyst, { messages: [{ id: 'a', text: PLAIN }] })).statusCode, 403);
    assert.equal((await s.ask(s.carrier, { messages: [] })).statusCode, 400);
    const many = Array.from({ length: 1001 }, (_, i) => ({ id: String(i), text: PLAIN }));
    assert.equal((await s.ask(s.carrier, { messages: many })).statusCode, 400);
    const full = await s.ask(s.carrier, { messages: many.slice(0, 1000) });
    assert.equal(full.statusCode, 200, 'a full batch fits the body limit');
    assert.equal((full.json() as { results: unknown[] }).results.length, 1000);
  });
});
