import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecentMap, RouteTable, type StoredRoute } from './route-table.js';

const route = (esme: string, to: string, extra: Partial<StoredRoute> = {}): StoredRoute => ({ esme, dataCoding: 8, to, whole: true, ...extra });

test('a route is found by its link and id, and gives back what was kept', () => {
  const t = new RouteTable(8);
  t.set(0, '0000ABCD', route('esme-a', '+819012345678'));
  t.set(1, '0000ABCD', route('esme-b', '09012345678', { whole: false, dataCoding: 0, ids: ['FW00000001', 'FW00000002'] }));
  assert.deepEqual(t.get(0, '0000ABCD'), route('esme-a', '+819012345678'));
  assert.deepEqual(t.get(1, '0000ABCD'), { esme: 'esme-b', dataCoding: 0, to: '09012345678', whole: false, ids: ['FW00000001', 'FW00000002'] });
  assert.equal(t.get(2, '0000ABCD'), undefined);
  assert.equal(t.get(0, '0000ABCE'), undefined);
  assert.equal(t.get(0, '0000ABC'), undefined);
  assert.equal(t.size, 2);
});

test('ids and recipients that do not fit a slot, or are not 8-bit text, are kept whole', () => {
  const t = new RouteTable(4);
  const long = 'f'.repeat(64);
  t.set(0, long, route('e', '+81901234567812345678'));
  t.set(0, 'id-ü-✓', route('e', 'ｔｏ'));
  t.set(0, '', route('e', ''));
  assert.equal(t.get(0, long)?.to, '+81901234567812345678');
  assert.equal(t.get(0, 'f'.repeat(63)), undefined);
  assert.equal(t.get(0, 'id-ü-✓')?.to, 'ｔｏ');
  assert.equal(t.get(0, '')?.to, '');
});

test('the oldest route gives way when the table is full; setting an id again replaces its route', () => {
  const t = new RouteTable(3);
  t.set(0, 'a', route('e1', '1'));
  t.set(0, 'b', route('e1', '2'));
  t.set(0, 'a', route('e2', '3'));
  assert.equal(t.size, 2);
  assert.equal(t.get(0, 'a')?.esme, 'e2');
  t.set(0, 'c', route('e1', '4'));
  t.set(0, 'd', route('e1', '5'));
  // Slots in order: a (replaced, empty), b, a, c; d took the first slot, then b's.
  assert.equal(t.get(0, 'b'), undefined);
  assert.deepEqual(['a', 'c', 'd'].map((id) => t.get(0, id)?.to), ['3', '4', '5']);
  assert.equal(t.size, 3);
});

test('against a model that keeps the routes of the last `capacity` insertions: the same routes, colliding or not', () => {
  // A small table with many more ids than slots: every probe chain, wrap and shift is exercised.
  for (const capacity of [1, 2, 5, 64, 1000]) {
    const t = new RouteTable(capacity);
    const m = new Map<string, { route: StoredRoute; at: number }>();
    let sets = 0;
    const kept = (key: string): StoredRoute | undefined => {
      const e = m.get(key);
      return e && e.at >= sets - capacity ? e.route : undefined;
    };
    let seed = capacity;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 20_000; k++) {
      const via = rand(3);
      const id = rand(4) === 0 ? `long-${'x'.repeat(rand(60))}${rand(500)}` : rand(capacity * 3).toString(16).toUpperCase();
      const key = `${via}:${id}`;
      if (rand(3) === 0) {
        assert.deepEqual(t.get(via, id), kept(key), `capacity ${capacity}, step ${k}`);
        continue;
      }
      const r = route(`esme${rand(4)}`, `+8190${rand(1e8)}`, rand(5) === 0 ? { ids: [`FW${k}`] } : {});
      m.set(key, { route: r, at: sets++ });
      t.set(via, id, r);
    }
    let live = 0;
    for (const key of m.keys()) {
      const at = key.indexOf(':');
      const r = kept(key);
      if (r) live++;
      assert.deepEqual(t.get(Number(key.slice(0, at)), key.slice(at + 1)), r);
    }
    assert.equal(t.size, live);
  }
});

test('a RecentMap keeps at least the last three quarters of its capacity, the newest value of a key first', () => {
  const m = new RecentMap<string, number>(8);
  for (let i = 0; i < 100; i++) m.set(`k${i}`, i);
  for (let i = 94; i < 100; i++) assert.equal(m.get(`k${i}`), i);
  assert.equal(m.get('k91'), undefined);
  m.set('k95', -1);
  assert.equal(m.get('k95'), -1);
  for (let i = 100; i < 200; i++) m.set(`k${i}`, i);
  assert.equal(m.get('k95'), undefined);
  for (let i = 194; i < 200; i++) assert.equal(m.get(`k${i}`), i);
});
