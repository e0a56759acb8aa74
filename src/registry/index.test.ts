// The sender registry on both stores: entries and their validation, CSV import (line numbers,
// codes, idempotence, dry runs), revocation, and the snapshot the engine judges senders by.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { getEngine } from '../engine/index.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { openRegistrySnapshot, openSenderRegistry, parseRegistryCsv, withRegistry } from './index.js';

const engine = getEngine();
const SAGAWA = '【佐川急便】お荷物のお届け予定日をお知らせします。詳細はこちら https://www.sagawa-exp.co.jp/';
const YAMATO = '【ヤマト運輸】お荷物のお届け予定日をお知らせします。詳細はこちら https://www.kuronekoyamato.co.jp/';
const HEADER = 'kind,value,company,brands,source,verified_at';
const codes = (a: { reasons: readonly { code: string }[] }): string[] => a.reasons.map((r) => r.code);
const OWN = ['SENDER_REGISTERED', 'BRAND_OFFICIAL_SENDER', 'SENDER_CARRIER'];

describe('registry CSV', () => {
  it('reads quoted fields with commas and line breaks, and numbers rows by the line they start on', () => {
    const csv = `${HEADER}\n0005,0005-12-3456,"佐川急便株式会社, SMS窓口",sagawa,https://example.jp/a,2026-12-01\n\nalphanumeric,SAGAWA,"複数行\nの会社",sagawa;yamato,https://example.jp/b,2026-12-02\n`;
    const { rows, errors } = parseRegistryCsv(csv);
    assert.deepEqual(errors, []);
    assert.deepEqual(rows.map((r) => r.line), [2, 4]);
    assert.equal(rows[0]!.input.company, '佐川急便株式会社, SMS窓口');
    assert.deepEqual(rows[1]!.input.brandIds, ['sagawa', 'yamato']);
  });

  it('refuses a file without the columns, rows of the wrong width and an unclosed quote, each by line', () => {
    assert.equal(parseRegistryCsv('kind,value\n0005,00051234').errors[0]?.code, 'E_CSV_HEADER');
    const { errors } = parseRegistryCsv(`${HEADER}\n0005,00051234,x\nshort-code,7777,"x,sagawa,https://e.jp,2026-12-01\n`);
    assert.deepEqual(errors.map((e) => [e.line, e.code]), [[3, 'E_CSV_QUOTE'], [2, 'E_CSV_COLUMNS']]);
  });
});

for (const t of TEST_DATABASES) {
  describe(`sender registry on ${t.name}`, { skip: t.skip }, () => {
    const dbs: { cleanup(): Promise<void> }[] = [];
    afterEach(async () => { for (const d of dbs.splice(0)) await d.cleanup(); });
    const fresh = async () => {
      const db = t.create();
      dbs.push(db);
      const store = await db.open();
      const snapshot = await openRegistrySnapshot(store, { refreshMs: 0 });
      return { store, snapshot, registry: openSenderRegistry(store), judge: withRegistry(engine, snapshot) };
    };

    it('import: valid rows are kept, refused rows are named by line and code, and a second run changes nothing', async () => {
      const { store, registry } = await fresh();
      const csv = [
        `${HEADER},state`,
        '0005,0005-12-3456,佐川急便,sagawa,https://example.jp/sagawa,2026-12-01,',
        'short-code,21092,ヤマト運輸,yamato,https://example.jp/yamato,2026-12-01,active',
        'alphanumeric,Sagawa Info,佐川急便,sagawa,https://example.jp/id,2026-12-01,',
        '0005,090-1234-5678,だれか,sagawa,https://example.jp/x,2026-12-01,',
        'business-number,0120-12-3456,どこか,nosuchbrand,ftp://example.jp,2026-13-01,',
        'fax,1234,x,,https://example.jp,2026-12-01,',
        '0005,0005123456,佐川急便,sagawa,https://example.jp/sagawa,2026-12-01,',
      ].join('\n');
      const dry = await registry.importCsv(csv, 'cli', { dryRun: true });
      assert.equal(dry.created, 3);
      assert.equal((await registry.entries.all()).length, 0, 'a dry run writes nothing');
      const r = await registry.importCsv(csv, 'cli');
      assert.deepEqual([r.rows, r.created, r.updated, r.unchanged], [7, 3, 0, 0]);
      assert.deepEqual(r.errors.map((e) => [e.line, e.code]), [
        [5, 'E_BAD_VALUE'], [6, 'E_UNKNOWN_BRAND'], [6, 'E_BAD_SOURCE'], [6, 'E_BAD_DATE'], [7, 'E_BAD_KIND'], [8, 'E_DUPLICATE'],
      ]);
      const id = await registry.entries.get('sagawainfo');
      assert.equal(id?.display, 'Sagawa Info');
      assert.equal((await registry.entries.get('0005123456'))?.company, '佐川急便');
      const again = await registry.importCsv(csv, 'cli');
      assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 3]);
      const audits = (await store.audit.list({ limit: 10 })).filter((a) => a.action === 'senders.import');
      assert.equal(audits.length, 1, 'only the run that changed something is audited');
      const changed = await registry.importCsv(`${HEADER}\n0005,0005123456,佐川急便株式会社,sagawa,https://example.jp/sagawa,2026-12-03`, 'cli');
      assert.deepEqual([changed.created, changed.updated], [0, 1]);
    });

    it('create, update and revoke: validated, conflicts refused, each audited', async () => {
      const { store, registry } = await fresh();
      const input = { kind: '0005', value: '0005-99-0001', company: '例', brandIds: ['sagawa'], source: 'https://example.jp', verifiedAt: '2026-12-01' };
      const made = await registry.create(input, 'key:a');
      assert.ok(made.ok);
      assert.equal(made.entry.value, '0005990001');
      const dup = await registry.create(input, 'key:a');
      assert.ok(!dup.ok && dup.code === 'E_CONFLICT');
      const bad = await registry.create({ ...input, kind: 'short-code' }, 'key:a');
      assert.ok(!bad.ok && bad.code === 'E_VALIDATION' && bad.errors[0]?.code === 'E_BAD_VALUE');
      const up = await registry.update('0005990001', { brandIds: ['yamato'] }, 'key:b');
      assert.ok(up.ok && up.entry.brandIds[0] === 'yamato' && up.entry.updatedBy === 'key:b');
      assert.ok((await registry.revoke('0005990001', 'key:b', 'number returned')).ok);
      const twice = await registry.revoke('0005990001', 'key:b');
      assert.ok(!twice.ok && twice.code === 'E_CONFLICT');
      const missing = await registry.revoke('0005000000', 'key:b');
      assert.ok(!missing.ok && missing.code === 'E_NOT_FOUND');
      const actions = (await store.audit.list({ limit: 10 })).map((a) => a.action);
      assert.deepEqual(actions.filter((a) => a.startsWith('senders.')).reverse(), ['senders.create', 'senders.update', 'senders.revoke']);
    });

    it('a change whose audit record cannot be written is not made: neither the entry nor the record', async () => {
      const { store, registry } = await fresh();
      const input = { kind: '0005', value: '0005-99-0002', company: '例', brandIds: ['sagawa'], source: 'https://example.jp', verifiedAt: '2026-12-01' };
      assert.ok((await registry.create({ ...input, value: '0005-99-0003' }, 'key:a')).ok);
      const version = await registry.entries.version();
      // The audit table out of reach: every write to it fails, as a full disk or a lost connection would.
      await sql`alter table audit rename to audit_away`.execute(store.db);
      try {
        await assert.rejects(registry.create(input, 'key:a'));
        await assert.rejects(registry.importCsv(`${HEADER}\n0005,0005-99-0004,例,sagawa,https://example.jp,2026-12-01\n`, 'key:a'));
        await assert.rejects(registry.revoke('0005990003', 'key:b'));
      } finally {
        await sql`alter table audit_away rename to audit`.execute(store.db);
      }
      assert.equal(await registry.entries.get('0005990002'), undefined);
      assert.equal(await registry.entries.get('0005990004'), undefined);
      assert.equal((await registry.entries.get('0005990003'))?.state, 'active');
      assert.equal(await registry.entries.version(), version);
      const actions = (await store.audit.list({ limit: 10 })).map((a) => a.action).filter((a) => a.startsWith('senders.'));
      assert.deepEqual(actions, ['senders.create']);
    });

    it('verdicts: a 0005 number registered for a brand is credited for that brand only; an unregistered one is a business number', async () => {
      const { registry, snapshot, judge } = await fresh();
      const before = judge.analyse({ text: SAGAWA, from: '0005123456' });
      assert.equal(before.sender?.tier, 'business-number', 'unregistered 0005: business-number tier only');
      // Unlisted, it is still a common number the carriers issued only after vetting the business
      // (src/core/checks/sender-trust.ts), so it owns the claim it makes; the registry then
      // narrows that to the brands it is registered for.
      const vetted = before.reasons.find((r) => r.code === 'SENDER_REGISTERED');
      assert.ok(vetted && (vetted as { en: string }).en.includes('0005 common number'), codes(before).join(' '));
      await registry.importCsv(`${HEADER}\n0005,0005-12-3456,佐川急便,sagawa,https://example.jp/sagawa,2026-12-01`, 'cli');
      await snapshot.refresh();
      const cases: { text: string; from: string; credited: boolean; tier: string }[] = [
        { text: SAGAWA, from: '0005-12-3456', credited: true, tier: 'registered-business' },
        { text: YAMATO, from: '0005123456', credited: false, tier: 'registered-business' },
        { text: SAGAWA, from: '0005999999', credited: true, tier: 'business-number' },
      ];
      for (const c of cases) {
        const a = judge.analyse({ text: c.text, from: c.from });
        assert.equal(a.sender?.tier, c.tier, `${c.from}: tier`);
        assert.equal(codes(a).some((x) => OWN.includes(x)), c.credited, `${c.from} ${c.text.slice(0, 8)}: ${codes(a).join(' ')}`);
      }
      assert.equal(engine.analyse({ text: SAGAWA, from: '0005123456' }).sender?.tier, 'business-number', 'the shipped engine alone knows nothing of the registration');
    });

    it('a call-back number written in the text is the brand\'s own once registered for it, and no longer once revoked', async () => {
      const { registry, snapshot, judge } = await fresh();
      const call = '【佐川急便】お荷物のお届けについて確認があります。0120-12-3456までお電話ください。';
      const bank = '【三井住友銀行】お取引の確認のため0120-050-929までお電話ください。';
      assert.ok(codes(judge.analyse({ text: call })).includes('CALLBACK_LURE'));
      assert.ok(codes(judge.analyse({ text: bank })).includes('ASK_OWN_CHANNEL'), "the bank's number from data/brands.json");
      await registry.importCsv(`${HEADER},state\nbusiness-number,0120-12-3456,佐川急便,sagawa,https://example.jp/call,2026-12-01,\nbusiness-number,0120-050-929,三井住友銀行,smbc,https://example.jp/smbc,2026-12-01,revoked`, 'cli');
      await snapshot.refresh();
      const after = codes(judge.analyse({ text: call }));
      assert.ok(after.includes('ASK_OWN_CHANNEL') && !after.includes('CALLBACK_LURE'), after.join(' '));
      assert.ok(!codes(judge.analyse({ text: bank })).includes('ASK_OWN_CHANNEL'));
    });

    it('a revoked entry removes trust, also from a shipped listing; the lookup follows', async () => {
      const { registry, snapshot, judge } = await fresh();
      const docomo = 'ドコモからのお知らせです。ご利用料金はMy docomoでご確認ください https://www.docomo.ne.jp/';
      assert.deepEqual(judge.analyse({ text: docomo, from: 'NTTDOCOMO' }).sender?.brandIds, ['docomo']);
      const shipped = snapshot.lookup('nttdocomo');
      assert.ok(shipped.ok && shipped.listing?.origin === 'shipped' && shipped.listing.company === 'NTTドコモ');
      const smbc = snapshot.lookup('0120-050-929');
      assert.ok(smbc.ok && smbc.listing?.origin === 'brands' && smbc.listing.brands[0]?.id === 'smbc');
      await registry.importCsv(`${HEADER},state\nalphanumeric,NTTDOCOMO,NTTドコモ,docomo,https://example.jp,2026-12-01,revoked\nbusiness-number,0120050929,三井住友銀行,smbc,https://example.jp,2026-12-01,revoked`, 'cli');
      await snapshot.refresh();
      const id = judge.analyse({ text: docomo, from: 'NTTDOCOMO' }).sender;
      assert.deepEqual([id?.brandIds, id?.revoked], [[], true]);
      const after = snapshot.lookup('NTTDOCOMO');
      assert.ok(after.ok && after.listing === null);
      const smbcAfter = snapshot.lookup('0120050929');
      assert.ok(smbcAfter.ok && smbcAfter.listing === null, "a brand's own listing is revoked too");
      const a = judge.analyse({ text: '【三井住友銀行】お取引の確認 https://www.smbc.co.jp/', from: '0120050929' });
      assert.equal(a.sender?.tier, 'business-number');
      assert.ok(!codes(a).includes('BRAND_OFFICIAL_SENDER'));
      const store = snapshot.lookup('0005-12-3456');
      assert.ok(store.ok && store.listing === null && store.phoneKind === 'carrier-common');
      assert.deepEqual(snapshot.lookup('hello?!<>'), { ok: false, code: 'E_BAD_SENDER' });
    });

    it('a second process sees an entry made by another once it refreshes', async () => {
      const { store, registry, snapshot } = await fresh();
      const other = await openRegistrySnapshot(store, { refreshMs: 0 });
      const gen = other.generation;
      await registry.create({ kind: 'short-code', value: '21092', company: 'ヤマト運輸', brandIds: ['yamato'], source: 'https://example.jp', verifiedAt: '2026-12-01' }, 'key:a');
      await other.refresh();
      assert.ok(other.generation > gen);
      const hit = other.lookup('21092');
      assert.ok(hit.ok && hit.listing?.origin === 'registry' && hit.listing.kind === 'short-code' && hit.listing.verifiedAt === '2026-12-01');
      // A courier's short code is a registered business's; only a carrier's own is tier carrier.
      await registry.create({ kind: 'short-code', value: '15100', company: 'ソフトバンク', brandIds: ['softbank'], source: 'https://example.jp', verifiedAt: '2026-12-01' }, 'key:a');
      await other.refresh();
      const judged = withRegistry(engine, other);
      assert.equal(judged.analyse({ text: 'お荷物のお届け予定です', from: '21092' }).sender?.tier, 'registered-business');
      assert.equal(judged.analyse({ text: 'ご利用料金のお知らせです', from: '15100' }).sender?.tier, 'carrier');
      await snapshot.refresh();
      const before = snapshot.generation;
      await snapshot.refresh();
      assert.equal(snapshot.generation, before, 'nothing changed, nothing rebuilt');
      other.close();
    });
  });
}
