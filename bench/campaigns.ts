// npm run bench:campaigns — campaign clustering speed on one core (issue 12 floor: ≥ 50,000
// texts/s), and what it makes of the public Japanese corpora.
//
// Timed on two streams: (a) 200,000 lures with a fresh link and fresh digits each, written from
// the Japanese-market benchmark set (most collapse to a known template: the common case of a
// campaign sent many times), (b) 100,000 texts each a new wording (the Japanese-market set with
// a random character changed and a number inserted: every text takes the MinHash path), and
// (c) as (a) with shared-infrastructure keys.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createClusterer } from '../src/core/campaigns/cluster.js';
import { japaneseMessages, PUBLIC_DATA } from './messages.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { lureOf } from '../src/core/campaigns/lure.js';
import { getEngine } from '../src/engine/index.js';
import { openCampaignStore } from '../src/sharing/campaign-store.js';
import { getReputationData } from '../src/reputation/index.js';
import { openStore } from '../src/store/index.js';

let seed = 12345;
const rand = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
const base = japaneseMessages().map((m) => m.text.replace(/https?:\/\/\S+/g, '').trim()).filter((t) => t.length > 0);
const withLink = (t: string): string => `${t} https://${Math.floor(rand() * 1e9).toString(36)}.top/${Math.floor(rand() * 1e6)}`;

function time(label: string, texts: string[], keys?: string[][]): void {
  const c = createClusterer();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  if (keys) texts.forEach((t, i) => c.add(t, keys[i]));
  else for (const t of texts) c.add(t);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const used = process.cpuUsage(c0);
  // CPU time beside wall time: on a shared machine the wall clock also counts the neighbours.
  const cpu = (used.user + used.system) / 1e6;
  console.log(`  ${label}: ${texts.length.toLocaleString('en')} texts, ${c.size.toLocaleString('en')} campaigns; ${Math.round(texts.length / cpu).toLocaleString('en')} texts per CPU second (${Math.round(texts.length / s).toLocaleString('en')}/s wall)   floor ≥ 50,000/s`);
}

console.log(`campaigns (${process.version}; ${base.length} Japanese-market texts as the base; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`);
time('(a) repeated lures, rotating links and digits', Array.from({ length: 200_000 }, () => withLink(base[Math.floor(rand() * base.length)] as string)));
const chars = 'あいうえおかきくけこさしすせそ確認荷物支払';
time('(b) every text a new wording', Array.from({ length: 100_000 }, () => {
  const t = base[Math.floor(rand() * base.length)] as string;
  const i = Math.floor(rand() * t.length);
  return withLink(`${t.slice(0, i)}${chars[Math.floor(rand() * chars.length)]}${t.slice(i + 1)} ${Math.floor(rand() * 1000)}`);
}));

// (c) as (a), each lure also naming its infrastructure (src/core/campaigns/infrastructure.ts):
// the operator's registrable domain (one of five per base text, hosts rotating under it) and
// for one in four a call-back number, as the campaign store gives them.
{
  const texts: string[] = [];
  const keys: string[][] = [];
  for (let i = 0; i < 200_000; i++) {
    const b = Math.floor(rand() * base.length);
    const d = `op${b}-${Math.floor(rand() * 5)}.top`;
    texts.push(`${base[b] as string} https://${Math.floor(rand() * 1e9).toString(36)}.${d}/${Math.floor(rand() * 1e6)}`);
    keys.push(rand() < 0.25 ? [`d:${d}`, `p:050${String(b).padStart(8, '0')}`] : [`d:${d}`]);
  }
  time('(c) as (a), with infrastructure keys', texts, keys);
}

// The public Japanese corpora: do smishing and legitimate texts ever share a campaign?
const rows = ['ja_smishing.csv', 'ja_legit.csv'].flatMap((f) => parse(readFileSync(join(PUBLIC_DATA, f), 'utf8'), { columns: true, relax_quotes: true }) as { text: string; label: string }[]);
const c = createClusterer();
const ids = rows.map((r) => c.add(r.text));
const byCampaign = new Map<number, Set<string>>();
const sizes = new Map<number, number>();
ids.forEach((raw, i) => {
  const id = c.resolve(raw);
  (byCampaign.get(id) ?? byCampaign.set(id, new Set()).get(id))?.add(rows[i]?.label ?? '');
  sizes.set(id, (sizes.get(id) ?? 0) + 1);
});
const mixed = [...byCampaign.values()].filter((s) => s.size > 1).length;
const multi = [...sizes.values()].filter((n) => n > 1);
console.log(`  public Japanese corpora: ${rows.length} texts → ${c.size} campaigns (${multi.length} with 2+ texts, largest ${Math.max(...sizes.values())}); ${mixed} mix smishing and legitimate texts`);

// (d) The stored campaigns (src/sharing/campaign-store.ts): 20,000 analysed lures in the inbox
// (SQLite), folded by one sync — template, infrastructure keys, clustering, campaign rows written.
{
  const dir = mkdtempSync(join(tmpdir(), 'smishguard-bench-campaigns-'));
  const store = await openStore({ sqlitePath: join(dir, 'bench.db') });
  try {
    const engine = getEngine();
    const at = new Date().toISOString();
    const analysed = base.slice(0, 200).map((t) => { const a = engine.analyse({ text: withLink(t) }); return { t, a }; });
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const { t, a } = analysed[i % analysed.length] as (typeof analysed)[number];
      return { at, channel: 'sms', lure: JSON.stringify(lureOf({ text: withLink(t), sender: null, reasons: a.reasons, indicators: a.indicators })) };
    });
    const db = store.db.withTables<{ campaign_inbox: { at: string; channel: string; lure: string } }>();
    for (let i = 0; i < rows.length; i += 500) await db.insertInto('campaign_inbox').values(rows.slice(i, i + 500)).execute();
    const campaigns = openCampaignStore(store, { neverBlock: getReputationData().neverBlock });
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const r = await campaigns.sync();
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    const used = process.cpuUsage(c0);
    console.log(`  (d) stored campaigns, one sync of ${r.folded.toLocaleString('en')} lures (SQLite): ${r.campaigns} campaigns; ${Math.round(r.folded / ((used.user + used.system) / 1e6)).toLocaleString('en')} lures per CPU second (${Math.round(r.folded / s).toLocaleString('en')}/s wall)`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
