// The intake killed between parts, as bench/intake-kill.ts does with 10,000 messages, on a
// small run: no acknowledged part lost, duplicates only after a part went unanswered.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { killRun } from './kill-harness.js';

const TEXTS = [
  '【佐川急便】お荷物のお届けにあがりましたが宛先不明の為持ち帰りました。再配達はこちら https://sagawa-xyz.example.top/a',
  'お客様の口座が凍結されました。本人確認のため下記よりお手続きください https://bank-check.example.xyz/',
  '【Amazon】お支払い方法に問題があります。アカウントを確認してください。',
];

describe('7726 intake killed at random points (SIGKILL and SIGTERM)', () => {
  it('loses no acknowledged part of a multi-part message; duplicates only where a part was sent again', async () => {
    const r = await killRun({
      messages: 60, seed: 26, window: 8, killEvery: [30, 70], texts: TEXTS,
      serverArgs: (db, smsc) => ['--import', 'tsx', join(import.meta.dirname, '..', 'cli', 'main.ts'), 'serve', '--http-port', '0', '--db', db, '--smsc', smsc],
    });
    assert.ok(r.kills.sigkill + r.kills.sigterm >= 2, JSON.stringify(r));
    assert.equal(r.acknowledged, 60);
    assert.equal(r.lost, 0, JSON.stringify(r));
    assert.equal(r.altered, 0, JSON.stringify(r));
    assert.equal(r.duplicatesUnexplained, 0, JSON.stringify(r));
  });
});
