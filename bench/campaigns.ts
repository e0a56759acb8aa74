// npm run bench:campaigns — campaign clustering speed on one core (issue 12 floor: ≥ 50,000
// texts/s), and what it makes of the public Japanese corpora.
//
// Timed on two streams: (a) 200,000 lures with a fresh link and fresh digits each, written from
// the Japanese-market benchmark set (most collapse to a known template: the common case of a
// campaign sent many times), (b) 100,000 texts each a new wording (the Japanese-market set with
// a random character changed and a number inserted: every text takes the MinHash path).
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createClusterer } from '../src/core/campaigns/cluster.js';
import { japaneseMessages, PUBLIC_DATA } from './messages.js';

let seed = 12345;
const rand = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
const base = japaneseMessages().map((m) => m.text.replace(/https?:\/\/\S+/g, '').trim()).filter((t) => t.length > 0);
const withLink = (t: string): string => `${t} https://${Math.floor(rand() * 1e9).toString(36)}.top/${Math.floor(rand() * 1e6)}`;

function time(label: string, texts: string[]): void {
  const c = createClusterer();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const t of texts) c.add(t);
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
