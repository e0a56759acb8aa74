import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SmppClient, SmscServer } from '../smpp/index.js';
import { Inbox } from '../smpp/test-support.js';
import { runCli } from './run-cli.js';

const promtool = spawnSync('promtool', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'smishguard-firewall-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('smishguard firewall', () => {
  it('refuses a configuration that does not validate, naming the setting', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ upstream: { smsc: ['smpp://a:b@127.0.0.1:1'] }, esmes: [{ systemId: 'agg1', password: 'pw' }], policy: { verdicts: { block: 'delete' } } }));
    const r = await runCli(['firewall', '--config', file]);
    assert.equal(r.code, 78);
    assert.match(r.stderr, /policy\.verdicts\.block: must be one of pass, tag, block, hold/);
  });

  it('relays through the configured SMSC, blocks a lure, logs decisions, serves Prometheus metrics, takes a new policy from the edited file and refuses a bad one', async () => {
    const smsc = new SmscServer({ systemId: 'fw', password: 'up' });
    const smscPort = await smsc.listen();
    const inbox = new Inbox(smsc);
    const file = join(dir, 'firewall.json');
    const decisions = join(dir, 'decisions.jsonl');
    const config = (block: string): string => JSON.stringify({
      listen: { host: '127.0.0.1', port: 0 },
      upstream: { smsc: [`smpp://fw:up@127.0.0.1:${smscPort}`], reconnectMinMs: 50 },
      esmes: [{ systemId: 'agg1', password: 'pw1' }],
      policy: { verdicts: { block } },
      decisionLog: decisions,
    });
    writeFileSync(file, config('block'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'firewall', '--config', file, '--metrics-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no port in ${err}`)), 15_000);
      child.stderr.on('data', () => {
        const m = /listening on 127\.0\.0\.1:(\d+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    const client = new SmppClient({ smsc: `smpp://agg1:pw1@127.0.0.1:${port}`, reconnectMinMs: 50, submitTimeoutMs: 5_000 });
    try {
      assert.ok((await client.start()).ok);
      const lure = '【三菱UFJ銀行】お客様の口座取引を一時的に規制しています。必ずご確認ください。https://mufg-secure.top/login';
      // The firewall binds upstream in the background: the first submit may wait for it.
      const refused = await client.submit('09011112222', lure, { from: '09033334444' });
      assert.ok(!refused.ok && refused.status === 0x66, JSON.stringify(refused));
      assert.ok((await client.submit('09011112222', 'こんにちは', { from: '09033334444' })).ok);
      assert.equal((await inbox.next()).text, 'こんにちは');
      const read = (): { action: string; esme: string }[] => {
        try {
          return readFileSync(decisions, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { action: string; esme: string });
        } catch {
          return [];
        }
      };
      // The log is written through a buffer: give it a moment.
      for (let i = 0; i < 50 && read().length < 2; i++) await new Promise((r) => setTimeout(r, 50));
      const logged = read();
      assert.deepEqual(logged.map((d) => d.action), ['block', 'pass']);
      // Counts per ESME and action, for Prometheus to scrape.
      const metricsPort = /metrics on http:\/\/127\.0\.0\.1:(\d+)\/metrics/.exec(err)?.[1];
      assert.ok(metricsPort, err);
      const scraped = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      assert.match(scraped.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
      const text = await scraped.text();
      assert.match(text, /^smishguard_firewall_messages_total\{esme="agg1",outcome="block"\} 1$/m);
      assert.match(text, /^smishguard_firewall_messages_total\{esme="agg1",outcome="pass"\} 1$/m);
      assert.match(text, /^smishguard_firewall_upstream_up\{smsc="smpp:\/\/fw@127\.0\.0\.1:\d+"\} 1$/m);
      if (promtool) {
        const checked = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
        assert.equal(checked.status, 0, `${checked.stdout}${checked.stderr}`);
      }

      writeFileSync(file, config('tag'));
      let tagged = false;
      for (let i = 0; i < 60 && !tagged; i++) {
        await new Promise((r) => setTimeout(r, 100));
        tagged = /configuration reloaded/.test(err);
      }
      assert.ok(tagged, err);
      assert.ok((await client.submit('09011112222', lure, { from: '09033334444' })).ok);
      assert.equal((await inbox.next()).text, `【迷惑SMSの可能性】${lure}`);

      // A bad edit is refused with the setting named, and the running policy (tag) stays.
      writeFileSync(file, config('delete'));
      let refusedReload = '';
      for (let i = 0; i < 60 && !refusedReload; i++) {
        await new Promise((r) => setTimeout(r, 100));
        refusedReload = err.split('\n').find((l) => /configuration change refused/.test(l)) ?? '';
      }
      assert.match(refusedReload, /policy\.verdicts\.block: must be one of pass, tag, block, hold/);
      assert.match(refusedReload, /"level":"error"/);
      assert.ok((await client.submit('09011112222', lure, { from: '09033334444' })).ok, 'still tagged, not blocked');
      assert.equal((await inbox.next()).text, `【迷惑SMSの可能性】${lure}`);
    } finally {
      await client.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await smsc.close();
    }
  });
});
