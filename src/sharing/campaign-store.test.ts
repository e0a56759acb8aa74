// The campaign store on both engines: reports fold into campaigns in arrival order, two
// processes (two stores over one database) agree on ids, a merge keeps the older id and the
// newer leads to it, and nothing waits in the inbox once folded.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getEngine } from '../engine/index.js';
import { getReputationData } from '../reputation/index.js';
import { createReportService } from '../reports/index.js';
import type { Store } from '../store/index.js';
import { TEST_DATABASES } from '../store/test-support.js';
import { openCampaignStore } from './campaign-store.js';
import { backfillCampaignInbox } from '../store/migrations/017_campaigns.js';
import type { Kysely } from 'kysely';

for (const engineDb of TEST_DATABASES) {
  describe(`campaign store on ${engineDb.name}`, { skip: engineDb.skip }, () => {
    const db = engineDb.create();
    let store: Store;
    let n = 0;
    const report = async (text: string) => {
      const r = await createReportService({ store, engine: getEngine() }).submit({ channel: 'api', text, reporter: { kind: 'address', address: `192.0.2.${++n}` } });
      assert.ok(r.ok);
    };
    before(async () => { store = await db.open(); });
    after(async () => { await db.cleanup(); });

    it('folds, agrees across two processes, merges into the older', async () => {
      const nb = getReputationData().neverBlock;
      const one = openCampaignStore(store, { neverBlock: nb, batch: 3 });
      const two = openCampaignStore(store, { neverBlock: nb });
      for (let i = 0; i < 4; i++) await report(`【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました https://s${i}.parcel-a.top/${i}`);
      for (let i = 0; i < 3; i++) await report(`【国税庁】未払いの税金があります。本日中にお支払いください https://t${i}.tax-b.top/${i}`);
      assert.equal((await one.sync()).folded, 7);
      const [a, b] = await one.list();
      assert.deepEqual([a?.lures, b?.lures], [4, 3]);
      await report(`【佐川急便】お荷物のお届けにあがりましたが不在のため持ち帰りました https://s9.parcel-a.top/9`);
      assert.equal((await two.sync()).folded, 1);
      assert.equal((await one.get(a!.id))?.lures, 5, 'the other process folded into the same id');
      await report('ご確認ください https://x.parcel-a.top/1 https://y.tax-b.top/2');
      await one.sync();
      const merged = await two.list();
      assert.deepEqual(merged.map((c) => [c.id, c.lures, c.mergedFrom]), [[a!.id, 9, [b!.id]]]);
      assert.equal((await two.get(b!.id))?.id, a!.id);
      const waiting = await store.db.withTables<{ campaign_inbox: { seq: number } }>().selectFrom('campaign_inbox').select('seq').execute();
      assert.deepEqual(waiting, []);
      await report(`【国税庁】税金の未払いがあります。至急お支払いください https://t7.tax-b.top/7`);
      await two.sync();
      assert.equal((await one.get(a!.id))?.lures, 10, "the index reloaded after the merge knows tax-b.top is the older campaign's");
    });

    it('a store made before migration 017 gets its flagged reports as campaigns; recomputed from the same evidence, the same ids', async () => {
      const nb = getReputationData().neverBlock;
      const before = (await openCampaignStore(store, { neverBlock: nb }).list()).map((c) => [c.id, c.lures]);
      const t = store.db.withTables<{ campaigns: { id: string }; campaign_merges: { from_id: string }; campaign_inbox: { seq: number }; campaign_state: { name: string; version: number; next_ord: number } }>();
      await t.deleteFrom('campaigns').execute();
      await t.deleteFrom('campaign_merges').execute();
      await t.updateTable('campaign_state').set({ version: 0, next_ord: 0 }).execute();
      assert.equal(await backfillCampaignInbox(store.db as unknown as Kysely<unknown>), 10, "every flagged report");
      const again = openCampaignStore(store, { neverBlock: nb });
      assert.equal((await again.sync()).folded, 10);
      assert.deepEqual((await again.list()).map((c) => [c.id, c.lures]), before);
    });
  });
}
