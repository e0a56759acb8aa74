// A revoked sender loses its trust in every running process, not at the next restart: `serve`
// (the check API and 7726, one engine) and `firewall`, both on one store, while an operator
// revokes from a third process (the CLI). Seen only as a carrier would: HTTP, SMPP and the
// firewall's decision log.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli, startCommand, stopCommand, within, type Started } from '../cli/run-cli.js';
import { SmppClient, SmscServer } from '../smpp/index.js';
import { Inbox } from '../smpp/test-support.js';
import { TEST_SECRET } from '../store/test-support.js';

const ENV = { SMISHGUARD_SECRET: TEST_SECRET, SMISHGUARD_SECRET_FILE: '', DATABASE_URL: '' };
// The bank's own number as data/brands.json lists it: a call-back to it is the bank's own channel
// until its listing is revoked (a returned number, say), then a call-back lure like any other.
const BANK_NUMBER = '0120-050-929';
// A restriction told with a call-back: through the bank's own number it is the bank's notice (the model held to
// half the own-channel credit keeps it allowed); once the number is revoked, the same words are a call-back lure.
// (A letters ID is neutral by itself, so the lure's words, not the sender, carry it past 'suspicious'.)
const TEXT = `【三井住友銀行】お客様の口座のお取引を一時制限しています。確認のため${BANK_NUMBER}までお電話ください。`;
const OWN = 'ASK_OWN_CHANNEL';

const dir = mkdtempSync(join(tmpdir(), 'smishguard-revoke-'));
const started: Started[] = [];
after(async () => {
  for (const s of started) await stopCommand(s);
  rmSync(dir, { recursive: true, force: true });
});
const start = async (args: string[], ready: RegExp): Promise<Started> => {
  const s = await startCommand(args, ready, ENV);
  started.push(s);
  return s;
};

describe('revoking a sender reaches every running process', () => {
  it('serve (check API, 7726) and firewall stop crediting a revoked number within seconds, with no restart', async () => {
    const db = join(dir, 'store.db');
    const cli = (...args: string[]) => runCli([...args, '--db', db], { env: ENV });
    const key = /^\S+\t(\S+)$/m.exec((await cli('keys', 'create', '--org', 'SOC', '--role', 'analyst')).stdout)?.[1];
    assert.ok(key, 'an analyst key');

    const intakeSmsc = new SmscServer({ systemId: 'smishguard', password: 'secret' });
    const intakePort = await intakeSmsc.listen();
    const replies = new Inbox(intakeSmsc);
    const upstream = new SmscServer({ systemId: 'fw', password: 'up' });
    const upstreamPort = await upstream.listen();
    new Inbox(upstream);
    const decisions = join(dir, 'decisions.jsonl');
    const config = join(dir, 'firewall.json');
    writeFileSync(config, JSON.stringify({
      listen: { host: '127.0.0.1', port: 0 }, upstream: { smsc: [`smpp://fw:up@127.0.0.1:${upstreamPort}`], reconnectMinMs: 50 },
      esmes: [{ systemId: 'agg1', password: 'pw1' }], policy: { verdicts: { block: 'tag' } }, decisionLog: decisions,
    }));
    const serve = await start(['serve', '--db', db, '--http-port', '0', '--rate-limit', '0', '--smsc', `smpp://smishguard:secret@127.0.0.1:${intakePort}`], /serving on (http:\/\/\S+)/);
    const url = serve.match[1] as string;
    const firewall = await start(['firewall', '--config', config, '--db', db], /listening on 127\.0\.0\.1:(\d+)/);
    const client = new SmppClient({ smsc: `smpp://agg1:pw1@127.0.0.1:${firewall.match[1]}`, reconnectMinMs: 50, submitTimeoutMs: 5_000 });
    try {
      assert.ok((await client.start()).ok);
      assert.ok(await within(15_000, async () => (await fetch(`${url}/readyz`)).status === 200), `serve never bound to the SMSC:\n${serve.output()}`);

      const viaCheck = async (): Promise<string[]> => {
        const r = await fetch(`${url}/api/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT }) });
        return ((await r.json()) as { reasons: { code: string }[] }).reasons.map((x) => x.code);
      };
      let forwarders = 0;
      const via7726 = async (): Promise<string[]> => {
        assert.ok((await intakeSmsc.deliver({ from: `0901111${String(++forwarders).padStart(4, '0')}`, to: '7726', text: TEXT })).ok);
        const ref = /R-[0-9A-Z]{4,5}-[0-9A-Z]{4,5}/.exec((await replies.next(10_000)).text)?.[0];
        assert.ok(ref, 'the 7726 reply names the report');
        const r = await fetch(`${url}/api/v1/reports/${ref}`, { headers: { authorization: `Bearer ${key}` } });
        return ((await r.json()) as { reasons: { code: string }[] }).reasons.map((x) => x.code);
      };
      const logged = (): { verdict: string; reasons: string[] }[] => {
        try {
          return readFileSync(decisions, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { verdict: string; reasons: string[] });
        } catch {
          return [];
        }
      };
      // The decision log names reasons only of what it does not pass: the verdict tells.
      const viaFirewall = async (): Promise<string> => {
        const n = logged().length;
        await client.submit('09022223333', TEXT, { from: 'SMBC' });
        assert.ok(await within(5_000, async () => logged().length > n), 'the decision is logged');
        return logged()[n]!.verdict;
      };

      assert.ok((await viaCheck()).includes(OWN), 'check API: the bank\'s own number');
      assert.ok((await via7726()).includes(OWN), '7726: the bank\'s own number');
      assert.equal(await viaFirewall(), 'allow', 'firewall: the bank\'s own number');

      const revoked = await cli('registry', 'revoke', BANK_NUMBER);
      assert.equal(revoked.code, 0, revoked.stderr);
      // Each process polls the registry's version every 2 s.
      assert.ok(await within(10_000, async () => !(await viaCheck()).includes(OWN)), 'check API still credits the revoked number');
      assert.ok(!(await via7726()).includes(OWN), '7726 still credits the revoked number');
      assert.ok(await within(10_000, async () => (await viaFirewall()) !== 'allow'), 'firewall still credits the revoked number');
      assert.ok(logged().at(-1)!.reasons.includes('CALLBACK_LURE'));
    } finally {
      await client.close();
      await intakeSmsc.close();
      await upstream.close();
    }
  });
});
