// The floor of issue 9 as an operator runs it: two `smishguard serve` OS processes on one
// PostgreSQL (DATABASE_URL, as in production), one of them bound to an SMSC for 7726. A lure
// URL reported by three independent reporters whose reports the engine flags, or confirmed by
// an analyst, is blocked by POST /api/v1/check, the web form and the 7726 verdict, on both,
// within 60 s — seen only through HTTP and SMPP, as a carrier would see it.
// (two-servers.test.ts checks the same with both servers in this process.)
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startCommand, stopCommand as stop, within, type Started } from '../cli/run-cli.js';
import { SmscServer } from '../smpp/index.js';
import { Inbox } from '../smpp/test-support.js';
import { PG_URL, pgSkip, postgresDatabase, TEST_SECRET } from '../store/test-support.js';

const FLOOR_MS = 60_000;

type Serve = Started & { readonly url: string };

/** `serve` on a free port, behind a (pretend) reverse proxy on 127.0.0.1 that names the client. */
async function serve(databaseUrl: string, extra: string[] = []): Promise<Serve> {
  const s = await startCommand(['serve', '--http-port', '0', '--rate-limit', '0', '--trust-proxy', '127.0.0.1', ...extra], /serving on (http:\/\/\S+)/,
    { DATABASE_URL: databaseUrl, SMISHGUARD_SECRET: TEST_SECRET, SMISHGUARD_SECRET_FILE: '' });
  return { ...s, url: s.match[1] as string };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const postForm = (url: string, fields: Record<string, string>, client: string): Promise<Response> =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client }, body: new URLSearchParams(fields).toString(), redirect: 'manual' });

const checkVerdict = async (s: Serve, text: string): Promise<string> =>
  ((await (await post(`${s.url}/api/v1/check`, { text })).json()) as { verdict: string }).verdict;
const formShowsReputation = async (s: Serve, text: string): Promise<boolean> =>
  /Known smishing/.test(await (await postForm(`${s.url}/`, { text, action: 'check', lang: 'en' }, '203.0.113.9')).text());

describe('two serve processes on one PostgreSQL: trusted indicators reach every verdict', { skip: pgSkip }, () => {
  const db = postgresDatabase();
  let a: Serve | undefined;
  let b: Serve | undefined;
  let smsc: SmscServer | undefined;
  after(async () => {
    await stop(a);
    await stop(b);
    await smsc?.close();
    await db.cleanup();
  });

  it('three independent flagged reporters on both processes and three channels, then an analyst, block on both', async () => {
    // This test's own schema, made and migrated here; the servers reach it through the URL.
    const store = await db.open();
    const analystKey = (await store.apiKeys.create({ org: 'SOC', role: 'analyst' })).key;
    const schema = db.options.schema as string;
    const databaseUrl = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

    smsc = new SmscServer({ systemId: 'smishguard', password: 'secret' });
    const port = await smsc.listen();
    const inbox = new Inbox(smsc);
    [a, b] = await Promise.all([serve(databaseUrl, ['--smsc', `smpp://smishguard:secret@127.0.0.1:${port}`]), serve(databaseUrl)]);
    const sa = a;
    const sb = b;
    assert.ok(await within(15_000, async () => (await fetch(`${sa.url}/readyz`)).status === 200), `A never bound to the SMSC:\n${sa.output()}`);

    /** A subscriber forwards a text to 7726 (served by A); the verdict its report got, read over A's API. */
    const via7726 = async (from: string, text: string): Promise<{ verdict: string; reasons: { code: string }[] }> => {
      assert.ok((await smsc!.deliver({ from, to: '7726', text })).ok);
      const ref = /R-[0-9A-Z]{4,5}-[0-9A-Z]{4,5}/.exec((await inbox.next(10_000)).text)?.[0];
      assert.ok(ref, 'the 7726 reply names the report');
      const r = await fetch(`${sa.url}/api/v1/reports/${ref}`, { headers: { authorization: `Bearer ${analystKey}` } });
      assert.equal(r.status, 200);
      return (await r.json()) as { verdict: string; reasons: { code: string }[] };
    };

    const url = `https://parcel-check-${Date.now()}.example.top/d/8231`;
    const lure = `配達日時を確認してください ${url}`;
    assert.notEqual(await checkVerdict(sb, url), 'block');
    // Reporter 1 by 7726 on A, reporter 2 by the form on B, reporter 3 by the API on A.
    assert.equal((await via7726('09011110001', lure)).verdict, 'suspicious');
    const form = await postForm(`${sb.url}/`, { text: lure, lang: 'en' }, '192.0.2.20');
    assert.ok([201, 303].includes(form.status), `the form took the report (${form.status})`);
    assert.equal((await post(`${sa.url}/api/v1/reports`, { text: lure }, { 'x-forwarded-for': '198.51.100.30' })).status, 201);

    const started = Date.now();
    for (const s of [sa, sb]) {
      assert.ok(await within(FLOOR_MS - (Date.now() - started), async () => (await checkVerdict(s, url)) === 'block'), 'the check API blocks it');
      assert.ok(await formShowsReputation(s, url), 'the web form names it');
    }
    const v = await via7726('09011110004', `再送: ${url}`);
    assert.equal(v.verdict, 'block');
    assert.ok(v.reasons.some((r) => r.code === 'REPUTATION_URL'));

    // An analyst on B confirms a URL nobody reported; A blocks it too.
    const confirmed = `https://account-check-${Date.now()}.example.top/login`;
    const d = await post(`${sb.url}/api/v1/indicators/decisions`, { action: 'confirm', indicators: [{ kind: 'url', value: confirmed }] }, { authorization: `Bearer ${analystKey}` });
    assert.equal(d.status, 200, await d.text());
    assert.ok(await within(FLOOR_MS, async () => (await checkVerdict(sa, confirmed)) === 'block'));
    assert.ok(await formShowsReputation(sa, confirmed));
    assert.equal((await via7726('09011110005', confirmed)).verdict, 'block');
  });
});
