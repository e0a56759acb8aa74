// npm run perturb-legit: every legitimate Japanese-market row (ja_public, ja_extra, ja_dev; never
// the blind sets) rewritten the ways a carrier also sees legitimate traffic — a small business in
// place of the brand, a registrant-restricted Japanese domain in place of the link, a driver's or
// an unknown sender, no link, only the first sentence — and judged by the shipped engine.
// Prints the variants that are BLOCKED, counted by variant and by the reason codes that blocked
// them, so a cause that blocks a KIND of legitimate message shows up as a count, not a row. The
// smishing rows are judged too, quoted or forwarded as warnings (f:warning): those must never block.
// `--rows` prints every blocked variant; `--rules` turns the model off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../src/core/engine.js';
import { loadEngineData } from '../src/engine/index.js';
import { loadDatasets } from './datasets.js';

const showRows = process.argv.includes('--rows');
const data = loadEngineData();
if (!data.ok) throw new Error(data.error);
// The shipped model was trained on these very rows, so it vouches for their wording; `--rules`
// judges the variants with the rules alone, as an unseen legitimate text would be.
const engine = createEngine(process.argv.includes('--rules') ? { ...data.value, model: null } : data.value);

const brands = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'brands.json'), 'utf8')) as { brands: { variants: string[]; name: string }[] }).brands;
// Longest first, so 三菱UFJ銀行 goes before 三菱UFJ.
const brandNames = [...new Set(brands.flatMap((b) => [b.name, ...b.variants]))].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const brandRe = new RegExp(brandNames.map(escape).join('|'), 'gi');
const URL_RE = /(?:https?:\/\/|www\.)[^\s\u3000「」【】()（）]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:jp|com|net|org|to|me|ly|gl|ee|co)(?:\/[^\s\u3000「」【】()（）]*)?/gi;

// Small businesses and local bodies, each with the kind of domain it would really use.
const SMALL = [
  { name: 'さくら歯科', host: 'sakura-dental.jp' },
  { name: 'みどり内科クリニック', host: 'midori-clinic.com' },
  { name: 'ヘアサロンAOI', host: 'salon-aoi.net' },
  { name: '青葉町自治会', host: 'aoba-jichikai.org' },
  { name: '山田不動産管理', host: 'yamada-fudosan.co.jp' },
];
// Registrant-restricted second-level domains (JPRS): only the named kind of body can hold one.
// The organisation named is the kind that holds that domain, so the variant stays realistic.
const RESTRICTED = [
  { name: 'さくら市役所', host: 'www.city.sakura.lg.jp' },
  { name: '国土交通省', host: 'www.mlit.go.jp' },
  { name: '東都大学', host: 'www.toto-u.ac.jp' },
  { name: 'さくら高等学校', host: 'www.sakura-h.ed.jp' },
  { name: 'さくら市社会福祉協議会', host: 'www.sakura-shakyo.or.jp' },
  { name: '山田商事', host: 'www.yamada-shoji.co.jp' },
];
const MOBILES = ['09012345678', '08098765432'];
const ALPHA = ['SAKURA', 'Info-SMS'];

type Variant = { kind: string; text: string; from?: string };
function variants(text: string, from: string | undefined, i: number): Variant[] {
  const small = SMALL[i % SMALL.length]!;
  const out: Variant[] = [];
  const hasUrl = URL_RE.test(text);
  URL_RE.lastIndex = 0;
  const hasBrand = brandRe.test(text);
  brandRe.lastIndex = 0;
  if (hasBrand || hasUrl) {
    out.push({ kind: 'a:small-business', text: text.replace(brandRe, small.name).replace(URL_RE, `https://${small.host}/info`), from: undefined });
  }
  if (hasUrl) {
    const org = RESTRICTED[i % RESTRICTED.length]!;
    out.push({ kind: `b:restricted(${org.host.split('.').slice(-2).join('.')})`, text: text.replace(brandRe, org.name).replace(URL_RE, `https://${org.host}/oshirase`), from });
    out.push({ kind: 'd:no-link', text: text.replace(URL_RE, '').replace(/\s+$/, ''), from });
  }
  out.push({ kind: 'c:mobile-sender', text, from: MOBILES[i % MOBILES.length] });
  out.push({ kind: 'c:alpha-sender', text, from: ALPHA[i % ALPHA.length] });
  const first = text.split(/(?<=[。！？!?\n])/)[0]!.trim();
  if (first.length >= 8 && first.length < text.trim().length) out.push({ kind: 'e:first-sentence', text: first, from });
  return out;
}

const japanese = loadDatasets().filter((m) => m.dataset === 'ja_public' || m.dataset === 'ja_extra' || m.dataset === 'ja_dev');
const legit = japanese.filter((m) => m.label === 0);
// A lure forwarded or quoted by someone warning their family is a legitimate message too (a warning is
// allowed; a forwarded lure with its live link may be suspicious, never blocked): the smishing rows,
// framed as people and offices pass them on, from a handset.
const WARNINGS: ((t: string) => string)[] = [
  (t) => `これ詐欺だよね？「${t}」ってSMSが来た。押さないでね`,
  (t) => `【転送】${t} ←これ本物？`,
  (t) => `Got this text, is it a scam? "${t}"`,
  (t) => `【注意喚起】「${t}」という偽SMSが確認されています。記載のURLや番号には連絡しないでください。`,
  // No word for scam at all: the quotation and the telling are the only signs.
  (t) => `お母さんの携帯に「${t}」って届いてた。消しといたよ`,
  (t) => `My mum got this one today: "${t}" Told her to delete it.`,
];
function warnings(text: string, i: number): Variant[] {
  const w = WARNINGS[i % WARNINGS.length]!;
  return [{ kind: `f:warning(${i % WARNINGS.length})`, text: w(text.replace(/\s+/g, ' ').trim()), from: MOBILES[i % MOBILES.length] }];
}
const byKind = new Map<string, { n: number; blocked: number }>();
const byCause = new Map<string, number>();
const rows: string[] = [];
let n = 0, blocked = 0;
const jobs: Variant[][] = [...legit.map((m, i) => variants(m.text, m.from, i)), ...japanese.filter((m) => m.label === 1).map((m, i) => warnings(m.text, i))];
jobs.forEach((vs) => {
  for (const v of vs) {
    const a = engine.analyse({ text: v.text, from: v.from });
    const k = byKind.get(v.kind) ?? { n: 0, blocked: 0 };
    k.n++; n++;
    if (a.verdict === 'block') {
      k.blocked++; blocked++;
      // The cause: the positive reasons, strongest first (the model's share named apart).
      const pos = a.reasons.filter((r) => r.weight > 0).map((r) => r.code);
      const cause = pos.filter((c) => c !== 'MODEL').slice(0, 3).join('+') || 'MODEL';
      byCause.set(cause, (byCause.get(cause) ?? 0) + 1);
      rows.push(`  [${v.kind} ${a.score}] from=${v.from ?? '-'} ${v.text.replace(/\s+/g, ' ').slice(0, 110)}  {${a.reasons.map((r) => `${r.code}${Math.round(r.weight)}`).join(' ')}}`);
    }
    byKind.set(v.kind, k);
  }
});

console.log(`legitimate rows ${legit.length} and smishing rows passed on as warnings, variants ${n}, blocked ${blocked} (${(100 * blocked / n).toFixed(2)}%)`);
console.log('by variant:');
for (const [k, v] of [...byKind].sort()) console.log(`  ${k.padEnd(26)} ${String(v.blocked).padStart(4)} / ${v.n}`);
console.log('by cause (top positive reasons apart from the model):');
for (const [c, v] of [...byCause].sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(4)}  ${c}`);
if (showRows) for (const r of rows) console.log(r);
