// Small hand-written traffic for the lines tests: an infected handset texting one lure to
// its contacts, an ordinary line, an OTP-receiving proxy. Not the simulator: these are fixed.
import type { TrafficRecord } from '../core/lines/types.js';

export const T0 = Date.parse('2026-11-02T09:00:00Z');
const LURE = '【佐川急便】お荷物のお届けにあがりましたが宛先不明の為持ち帰りました。再配達はこちら https://sagawa-redeliv.top/?id=';

/** `n` lures to new recipients, one every 20 s from `start`. */
export function infected(line: string, start = T0, n = 30, recipientPrefix = '0802'): TrafficRecord[] {
  return Array.from({ length: n }, (_, i) => ({ ts: start + i * 20_000, from: line, to: `${recipientPrefix}${String(i).padStart(7, '0')}`, origin: 'handset' as const, text: `${LURE}${1000 + i}` }));
}

/** A few ordinary texts to friends. */
export function ordinary(line: string, start = T0, n = 5): TrafficRecord[] {
  return Array.from({ length: n }, (_, i) => ({ ts: start + i * 600_000, from: line, to: `0701111${String(i % 3).padStart(4, '0')}`, origin: 'handset' as const, text: i % 2 ? '了解、駅前で待ってるね' : '今日の夕飯どうする？' }));
}

export const jsonl = (records: readonly TrafficRecord[]): string => records.map((r) => JSON.stringify({ ...r, ts: new Date(r.ts).toISOString() })).join('\n') + '\n';

export const byTime = (...groups: TrafficRecord[][]): TrafficRecord[] => groups.flat().sort((a, b) => a.ts - b.ts);
