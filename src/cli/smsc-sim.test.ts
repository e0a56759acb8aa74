import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SmppClient } from '../smpp/index.js';
import { runCli } from './run-cli.js';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

describe('smishguard smsc-sim', () => {
  it('refuses a subscriber that is not a phone number', async () => {
    const r = await runCli(['smsc-sim', '--from', 'abc', '--port', '0']);
    assert.equal(r.code, 64);
    assert.match(r.stderr, /E_BAD_NUMBER/);
  });

  it('sends typed lines to the bound platform and prints what comes back', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'smsc-sim', '--port', '0', '--linger', '500', '--password', 'pw'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no port in ${out}`)), 10_000);
      child.stdout.on('data', () => {
        const m = /listening on 127\.0\.0\.1:(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    const got: string[] = [];
    const client = new SmppClient({
      smsc: `smpp://smishguard:pw@127.0.0.1:${port}`,
      onMessage: async (m) => {
        got.push(m.text);
        await client.submit(m.from, `受け付けました: ${m.text.length}文字`, { from: '7726' });
        return 0;
      },
    });
    assert.ok((await client.start()).ok);
    const lure = 'お荷物のお届けにあがりましたが不在の為持ち帰りました。再配達は下記よりご確認ください http://x.example.top/ お問い合わせはこちらまで';
    child.stdin.end(`${lure}\n`);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    await client.close();
    assert.equal(code, 0);
    assert.equal(got.length, 1);
    assert.match(out, /bound as transceiver/);
    assert.match(out, /→ 09012345678 → 7726 \(2 parts\): accepted/);
    assert.ok(out.includes(`← 7726 → 09012345678:\n  受け付けました: ${lure.length}文字`), out);
  });
});
