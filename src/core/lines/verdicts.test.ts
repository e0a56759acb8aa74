// The line detector's verdict table (Rspamd's habit): one row per shape of traffic, the flag it
// must or must not raise, how soon, and the reasons that must explain it. Real engine, shipped
// data/line-scores.json. The simulator's variants measure rates (npm run eval:lines); these rows
// pin the behaviours issue 8 names, so a weight change that breaks one fails here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getEngine } from '../../engine/index.js';
import { engineDeps } from '../../simulate/deps.js';
import { createLineDetector } from './detector.js';
import type { DetectorDeps, LineFlag, LineFlagKind, LineReasonCode, TrafficRecord } from './types.js';

const T0 = Date.UTC(2026, 0, 5, 1, 0, 0);
const SEC = 1000;
const MIN = 60 * SEC;
const engine = getEngine();

const stranger = (i: number): string => `080${String(30_000_000 + i * 7919).padStart(8, '0')}`;
const contact = (i: number): string => `090${String(40_000_000 + i * 104_729).padStart(8, '0')}`;
/** Deterministic spread in [0, 1): gaps and choices that are neither regular nor random. */
const frac = (i: number): number => (i * 0.618034 + 0.1) % 1;
const wide = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

interface Sends {
  from: string;
  n: number;
  text?: (i: number) => string | undefined;
  to?: (i: number) => string;
  /** Mean gap; the gaps vary between `jitter` below and above it. */
  gapMs: number;
  jitter?: number;
  start?: number;
  origin?: TrafficRecord['origin'];
}

function sends(o: Sends): TrafficRecord[] {
  let ts = o.start ?? T0;
  const out: TrafficRecord[] = [];
  for (let i = 0; i < o.n; i++) {
    const text = o.text?.(i);
    const r = { ts, from: o.from, to: (o.to ?? stranger)(i), origin: o.origin ?? 'handset' } as const;
    out.push(text === undefined ? r : { ...r, text });
    ts += Math.round(o.gapMs * (1 + (o.jitter ?? 0.5) * (2 * frac(i) - 1)));
  }
  return out;
}

/** Reports naming `line` from these reporters' numbers (keyed as the intake keys them), received at `at`. */
function reportedBy(line: string, who: readonly string[], at: number): Partial<DetectorDeps> {
  const hash = engineDeps(engine).hashNumber;
  const reports = who.map((n) => ({ reporter: hash(n), at }));
  return { reports: (l) => (l === line ? reports : []) };
}

/** `n` clumps of `size` sends `gapMs` apart, `pauseMs` between clumps, to strangers. */
function clumps(from: string, n: number, size: number, gapMs: number, pauseMs: number, text?: () => string): TrafficRecord[] {
  const out: TrafficRecord[] = [];
  let ts = T0;
  for (let c = 0; c < n; c++) {
    for (let k = 0; k < size; k++) {
      const r = { ts, from, to: stranger(c * size + k), origin: 'handset' } as const;
      out.push(text ? { ...r, text: text() } : r);
      ts += gapMs;
    }
    ts += pauseMs;
  }
  return out;
}

/** A person's ordinary day with their contacts before the row's traffic: they are known, and they write back. */
function lifeWith(line: string, contacts: number, start = T0 - 3 * 60 * MIN): TrafficRecord[] {
  const out: TrafficRecord[] = [];
  for (let i = 0; i < contacts; i++) {
    out.push({ ts: start + i * 4 * MIN, from: line, to: contact(i), origin: 'handset', text: '了解です' });
    out.push({ ts: start + i * 4 * MIN + MIN, from: contact(i), to: line, origin: 'handset', text: 'ありがとう' });
  }
  return out;
}

const lure = 'お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。';
const otpOf = (service: string, code: string, k: number): string => [
  `【${service}】認証コード: ${code}`, `${code}は${service}の確認コードです。`, `[${service}] Your verification code is ${code}`, `${service}のワンタイムパスワードは${code}です。`,
][k % 4]!;
const SERVICES = ['LINE', 'Google', 'メルカリ', 'PayPay', 'Amazon', 'Yahoo', 'Uber', 'Tinder', 'Airbnb', 'Microsoft', 'TikTok', 'Instagram', 'Discord', 'Telegram'];

interface Row {
  readonly name: string;
  readonly traffic: () => TrafficRecord[];
  /** The line the row is about. */
  readonly line: string;
  readonly expect: LineFlagKind | 'none';
  /** Flagged no later than this after the row's first record of interest (`from`, default T0). */
  readonly withinMs?: number;
  readonly from?: number;
  readonly reasons?: readonly LineReasonCode[];
  readonly deps?: Partial<DetectorDeps>;
}

const ROWS: readonly Row[] = [
  {
    name: 'branded lures the engine blocks, to strangers, every 20 s', line: '09011110000', expect: 'infected', withinMs: 1 * MIN,
    traffic: () => sends({ from: '09011110000', n: 40, gapMs: 20 * SEC, text: (i) => `${lure} https://sgw${i % 5}-jp.top/${i}` }),
    reasons: ['ENGINE_BLOCK', 'LURES_TO_NEW_RECIPIENTS'],
  },
  {
    name: 'unbranded lures the engine allows (full-width link, .top, rotating domains), every 20 s', line: '09011110001', expect: 'infected', withinMs: 5 * MIN,
    traffic: () => sends({ from: '09011110001', n: 60, gapMs: 20 * SEC, text: (i) => `先日の件です。${wide(`https://photo-${'abcde'[i % 5]}${i % 3}.top/${i}`)}` }),
    reasons: ['VARYING_LINKS'],
  },
  {
    name: 'no text at all, 200 never-texted recipients an hour at a machine\'s steady pace', line: '09011110002', expect: 'infected', withinMs: 10 * MIN,
    traffic: () => sends({ from: '09011110002', n: 200, gapMs: 18 * SEC, jitter: 0.1 }),
    reasons: ['REGULAR_TIMING'],
  },
  {
    name: 'no text at all, 200 never-texted recipients in an hour, irregular gaps', line: '09011110003', expect: 'infected', withinMs: 40 * MIN,
    traffic: () => sends({ from: '09011110003', n: 220, gapMs: 18 * SEC, jitter: 0.9 }),
    reasons: ['NEW_RECIPIENTS_HOUR'],
  },
  {
    name: 'no text, 600 never-texted recipients an hour (the issue\'s 11,800-a-day handset)', line: '09011110004', expect: 'infected', withinMs: 10 * MIN,
    traffic: () => sends({ from: '09011110004', n: 300, gapMs: 6 * SEC, jitter: 0.9 }),
  },
  {
    // Clumps seconds apart with pauses: only exact sliding counts see the hour's 200 (fixed windows split them).
    name: 'no text, 200 never-texted recipients an hour in clumps of 20 two seconds apart, 6 min between', line: '09011110006', expect: 'infected', withinMs: 30 * MIN,
    traffic: () => clumps('09011110006', 12, 20, 2 * SEC, 6 * MIN),
    reasons: ['NEW_RECIPIENTS_HOUR'],
  },
  {
    name: 'no text, 480 never-texted recipients an hour in clumps of 40, 5 min between', line: '09011110007', expect: 'infected', withinMs: 10 * MIN,
    traffic: () => clumps('09011110007', 6, 40, 2 * SEC, 5 * MIN),
    reasons: ['NEW_RECIPIENTS_BURST'],
  },
  {
    // 240 an hour, the slowest the rule names, in clumps longer than a group send: the run is
    // the machine's mark, so the line is flagged at 30 strangers, not at the count's 60.
    name: 'no text, 240 never-texted recipients an hour in clumps of 25 two seconds apart, 5 min between', line: '09011110017', expect: 'infected', withinMs: 10 * MIN,
    traffic: () => clumps('09011110017', 10, 25, 2 * SEC, 5 * MIN),
    reasons: ['NEW_RECIPIENTS_RUN', 'NEW_RECIPIENTS_BURST'],
  },
  {
    // Minimal pair, no text: 55 strangers in 8 minutes either way; a phone's group send of 20
    // stops where its list does (two texts of the person's own landing among its copies
    // included), a run of 28 copies seconds apart does not fit one.
    name: 'no text, a group-sent invitation: 55 strangers in sends of 20, 20 and 15, copies 2 s apart, 3 min between, two chats to new numbers among the first', line: '09033330005', expect: 'none',
    traffic: () => [
      ...clumps('09033330005', 2, 20, 2 * SEC, 3 * MIN),
      ...clumps('09033330005', 1, 15, 2 * SEC, 0).map((r, i) => ({ ...r, ts: r.ts + 2 * (20 * 2 * SEC + 3 * MIN), to: stranger(40 + i) })),
      ...[0, 1].map((i) => ({ ts: T0 + (38 + i) * SEC + 500, from: '09033330005', to: stranger(900 + i), origin: 'handset' as const })),
    ],
  },
  {
    // Its twin that goes on: the same shape for its first 10 minutes (no flag is owed there, a
    // person's invitation looks so), then more clumps than a person's list holds, at 240 an
    // hour. The 200-an-hour rule's 10 minutes run from its 200th never-texted recipient.
    name: 'no text, clumps of 20 copies 2 s apart, 4 min 20 s between, going on past a person\'s list (240 an hour): flagged by 10 min after its 200th', line: '09011110019', expect: 'infected',
    from: T0 + 9 * (40 * SEC + 260 * SEC) + 19 * 2 * SEC, withinMs: 10 * MIN,
    traffic: () => clumps('09011110019', 12, 20, 2 * SEC, 260 * SEC),
    reasons: ['NEW_RECIPIENTS_HOUR'],
  },
  {
    name: 'no text, the same 55 strangers in runs of 28 and 27 copies 2 s apart, 3 min between', line: '09011110018', expect: 'infected', withinMs: 5 * MIN,
    traffic: () => [...clumps('09011110018', 1, 28, 2 * SEC, 0), ...clumps('09011110018', 1, 27, 2 * SEC, 0).map((r, i) => ({ ...r, ts: r.ts + 28 * 2 * SEC + 3 * MIN, to: stranger(28 + i) }))],
    reasons: ['NEW_RECIPIENTS_RUN'],
  },
  {
    // One text word for word to a list is a group send however long it runs: the run adds nothing.
    name: 'a club notice to 45 members by one group send (copies 2 s apart), one text, no link', line: '09033330006', expect: 'none',
    traffic: () => clumps('09033330006', 1, 45, 2 * SEC, 0, () => 'テニス部です。今週土曜の練習は雨天のため中止します。来週は通常通りです。'),
  },
  {
    name: 'an invitation to 70 friends by group send (copies a second apart, 20 at a time), one form link', line: '09033330004', expect: 'none',
    traffic: () => clumps('09033330004', 4, 20, SEC, 2 * MIN, () => '新年会のお知らせです!10日(土)18時から駅前の店で。出欠はこちらから https://chouseisan.com/s?h=3f9a1c2b7d8e4f60').slice(0, 70),
  },
  {
    // Flagged at its second lure: the first is one text to one person, what a forwarded lure is too.
    name: 'low and slow: a confident lure every 20 min to its contacts, bare domains with no path, a new path on one host', line: '09011110008', expect: 'infected', withinMs: 21 * MIN,
    traffic: () => [...lifeWith('09011110008', 6), ...sends({ from: '09011110008', n: 6, gapMs: 20 * MIN, jitter: 0.05, to: contact, text: (i) => `【ヤマト運輸】${lure} ${i === 0 ? 'kuroneko-tc.cc' : i === 1 ? 'kuroneko-tc.cc/a8' : `smbc-jp-${i}x.cn`}` })],
    reasons: ['ENGINE_BLOCK', 'VARYING_LINKS'],
  },
  {
    // Two handsets already flagged for this wording make it a campaign's; a handset that received
    // none of its copies is making its own. Decided on one send: the next may be an hour off.
    name: 'low and slow: a running campaign\'s lure, once, from a handset that never received it', line: '09011110014', expect: 'infected', withinMs: 0,
    from: T0 + 30 * MIN,
    traffic: () => [
      ...sends({ from: '09011110020', n: 10, gapMs: 20 * SEC, text: (i) => `【ヤマト運輸】${lure} https://sgw${i % 5}-jp.top/${i}` }),
      ...sends({ from: '09011110021', n: 10, gapMs: 20 * SEC, start: T0 + 10 * MIN, to: (i) => stranger(100 + i), text: (i) => `【ヤマト運輸】${lure} https://sgw${i % 5}-jp.top/b${i}` }),
      ...lifeWith('09011110014', 4, T0 - 60 * MIN),
      ...sends({ from: '09011110014', n: 3, gapMs: 60 * MIN, start: T0 + 30 * MIN, to: contact, text: (i) => `【ヤマト運輸】${lure} kuroneko-${i}x.cc/q${i}` }),
    ],
    reasons: ['ENGINE_BLOCK', 'CAMPAIGN_LURE_NOT_RECEIVED'],
  },
  {
    // The same campaign, and one of the infected handsets' recipients passing its copy on word for word.
    name: 'a running campaign\'s lure received from an infected handset, forwarded word for word to two friends', line: stranger(3), expect: 'none',
    traffic: () => [
      ...sends({ from: '09011110020', n: 10, gapMs: 20 * SEC, text: (i) => `【ヤマト運輸】${lure} https://sgw${i % 5}-jp.top/${i}` }),
      ...sends({ from: '09011110021', n: 10, gapMs: 20 * SEC, start: T0 + 10 * MIN, to: (i) => stranger(100 + i), text: (i) => `【ヤマト運輸】${lure} https://sgw${i % 5}-jp.top/b${i}` }),
      ...sends({ from: stranger(3), n: 2, gapMs: 3 * MIN, start: T0 + 40 * MIN, to: contact, text: () => `【ヤマト運輸】${lure} https://sgw3-jp.top/3` }),
    ],
  },
  {
    // Malware works through the address book: contacts who wrote to the line first are its own sends' recipients too, hours later.
    name: 'no text, texting contacts who wrote to it hours ago, then strangers; three of the contacts report it', line: '09011110015', expect: 'infected', withinMs: 61 * MIN,
    traffic: () => [
      ...[0, 1, 2].map((i) => ({ ts: T0 - 3 * 60 * MIN + i * MIN, from: contact(i), to: '09011110015', origin: 'handset' as const })),
      ...sends({ from: '09011110015', n: 3, gapMs: MIN, to: contact }),
      ...sends({ from: '09011110015', n: 8, gapMs: 15 * MIN, start: T0 + 5 * MIN, jitter: 0.3 }),
    ],
    deps: reportedBy('09011110015', [contact(0), contact(1), contact(2)], T0 + 50 * MIN),
    reasons: ['REPORTED', 'REPORTED_AND_SPREADING'],
  },
  {
    // A feed that drops most texts: the one that survives is a confident lure, and the line is texting strangers at a rate.
    name: 'text on one record of many: a confident lure among textless sends to strangers every 20 s', line: '09011110016', expect: 'infected', withinMs: 5 * MIN,
    traffic: () => sends({ from: '09011110016', n: 40, gapMs: 20 * SEC, text: (i) => (i === 12 ? `【佐川急便】${lure} https://sgw-jp-k2.top/a9` : undefined) }),
    reasons: ['ENGINE_BLOCK', 'LURES_TO_NEW_RECIPIENTS'],
  },
  {
    name: 'the same lure forwarded once to a stranger by a line texting nobody else new', line: '09022220005', expect: 'none',
    traffic: () => [...lifeWith('09022220005', 5), ...sends({ from: '09022220005', n: 1, gapMs: MIN, text: () => `【佐川急便】${lure} https://sgw-jp-k2.top/a9` })],
  },
  {
    name: 'a bare-domain lure forwarded word for word to three friends, an hour apart', line: '09022220003', expect: 'none',
    traffic: () => [...lifeWith('09022220003', 3), ...sends({ from: '09022220003', n: 3, gapMs: 60 * MIN, to: contact, text: () => `【ヤマト運輸】${lure} kuroneko-tc.cc/a8` })],
  },
  {
    // Reports come long after the text; the spread they stand beside is counted over the lure window, not the hour.
    name: 'no text, one stranger every 15 min, named by three subscribers', line: '09011110009', expect: 'infected', withinMs: 61 * MIN,
    traffic: () => sends({ from: '09011110009', n: 10, gapMs: 15 * MIN, jitter: 0.3 }),
    deps: reportedBy('09011110009', [stranger(0), stranger(1), stranger(2)], T0 + 50 * MIN),
    reasons: ['REPORTED', 'REPORTED_AND_SPREADING'],
  },
  {
    // The red team's forgery: a report names the number its reporter chose. The feed says the line never texted them.
    name: 'no text, a line texting five new people in 6 h, named by three SIMs it never texted', line: '09011110010', expect: 'none',
    traffic: () => sends({ from: '09011110010', n: 6, gapMs: 50 * MIN, jitter: 0.3 }),
    deps: reportedBy('09011110010', ['07012340001', '07012340002', '07012340003'], T0 + 60 * MIN),
  },
  {
    name: 'no text, the same line texting the three reporters too, before their reports', line: '09011110011', expect: 'infected',
    traffic: () => [...sends({ from: '09011110011', n: 6, gapMs: 50 * MIN, jitter: 0.3 }), ...sends({ from: '09011110011', n: 3, gapMs: MIN, start: T0 + 2 * MIN, to: (i) => `0701234000${i + 1}` })],
    deps: reportedBy('09011110011', ['07012340001', '07012340002', '07012340003'], T0 + 60 * MIN),
    reasons: ['REPORTED', 'REPORTED_AND_SPREADING'],
  },
  {
    // Texting the line first and getting an answer is no lure received: a reply is not the line's own send.
    name: 'no text, three SIMs text a line, it answers them, then texts five new people; the SIMs report it', line: '09011110012', expect: 'none',
    traffic: () => [
      ...sends({ from: '09011110012', n: 1, gapMs: MIN, to: contact }),
      ...[1, 2, 3].map((i) => ({ ts: T0 + i * MIN, from: `0701234000${i}`, to: '09011110012', origin: 'handset' as const })),
      ...sends({ from: '09011110012', n: 3, gapMs: MIN, start: T0 + 5 * MIN, to: (i) => `0701234000${i + 1}` }),
      ...sends({ from: '09011110012', n: 6, gapMs: 50 * MIN, start: T0 + 10 * MIN, jitter: 0.3 }),
    ],
    deps: reportedBy('09011110012', ['07012340001', '07012340002', '07012340003'], T0 + 60 * MIN),
  },
  {
    name: 'no text, the reports received more than 72 h after the line texted their reporters', line: '09011110013', expect: 'none',
    traffic: () => [...sends({ from: '09011110013', n: 3, gapMs: MIN, to: (i) => `0701234000${i + 1}` }), ...sends({ from: '09011110013', n: 6, gapMs: 50 * MIN, start: T0 + 5 * MIN, jitter: 0.3 })],
    deps: reportedBy('09011110013', ['07012340001', '07012340002', '07012340003'], T0 + 73 * 60 * MIN),
  },
  {
    name: 'a forwarder two confused friends reported, texting eight people it had not texted today', line: '09022220004', expect: 'none',
    traffic: () => [...sends({ from: '09022220004', n: 2, gapMs: MIN, to: contact, text: () => `これ本物? ${lure} http://sgw1-jp.top/a` }), ...sends({ from: '09022220004', n: 8, gapMs: 25 * MIN, start: T0 + 5 * MIN, to: (i) => contact(i + 2) })],
    deps: reportedBy('09022220004', [contact(0), contact(1)], T0 + 30 * MIN),
  },
  {
    name: 'a clinic\'s evening reminders from its mobile: 40 patients by name, one booking link', line: '09033330005', expect: 'none',
    traffic: () => sends({ from: '09033330005', n: 40, gapMs: 45 * SEC, text: (i) => `【山田歯科】${['佐藤', '鈴木', '高橋', '田中', '伊藤'][i % 5]}様 明日${10 + (i % 8)}時のご予約をお待ちしております。変更はこちら https://beauty.hotpepper.jp/kr/slnh000123456/` }),
  },
  {
    name: 'a subscriber warning 15 contacts, quoting the lure with its live link', line: '09022220000', expect: 'none',
    traffic: () => [...lifeWith('09022220000', 15), ...sends({ from: '09022220000', n: 15, gapMs: 40 * SEC, to: contact, text: () => `これ詐欺だって、気をつけて「【佐川急便】${lure} http://sgw1-jp.top/a」` })],
  },
  {
    name: 'the same warning to 15 people it never texted (a class list), in English', line: '09022220001', expect: 'none',
    traffic: () => sends({ from: '09022220001', n: 15, gapMs: 30 * SEC, text: () => `Beware, this is a scam going round: "${lure} http://sgw1-jp.top/a"` }),
  },
  {
    name: 'a bare lure forwarded to two friends to ask about it', line: '09022220002', expect: 'none',
    traffic: () => sends({ from: '09022220002', n: 2, gapMs: MIN, to: contact, text: () => `${lure} http://sgw1-jp.top/a` }),
  },
  {
    name: 'a courier\'s driver with a map link per customer, all day', line: '09033330000', expect: 'none',
    traffic: () => sends({ from: '09033330000', n: 100, gapMs: 6 * MIN, text: (i) => `ヤマト運輸の配達員です。本日14時頃お届けに伺います。ご不在の場合はこちら https://maps.app.goo.gl/${i}xq` }),
  },
  {
    name: 'a New Year blast by hand: 90 strangers at ~17 s, no text in the feed', line: '09033330001', expect: 'none',
    traffic: () => sends({ from: '09033330001', n: 90, gapMs: 17 * SEC, jitter: 0.9 }),
  },
  {
    name: 'a club\'s phone tree: 40 members, a form link', line: '09033330002', expect: 'none',
    traffic: () => sends({ from: '09033330002', n: 40, gapMs: 15 * SEC, jitter: 0.8, text: () => 'テニス部です。今週土曜の練習は9時から市民体育館です。出欠はこちら https://forms.gle/abcdEFGH12' }),
  },
  {
    // The engine suspects a forms link from a mobile (free hosting): one text, one link, to a list is still an announcement.
    name: 'a club\'s phone tree the engine suspects: 40 members, one form link, a text the feed sometimes drops', line: '09033330003', expect: 'none',
    traffic: () => sends({ from: '09033330003', n: 40, gapMs: 12 * SEC, jitter: 0.8, text: (i) => (i % 10 === 3 ? undefined : 'バドミントンクラブです。今週土曜の練習は10時から公民館です。出欠はこちら https://forms.gle/abcdEFGH12') }),
  },
  {
    name: 'the same club text with a different link in each copy, to 40 strangers: a bot\'s habit', line: '09011110005', expect: 'infected', withinMs: 5 * MIN,
    traffic: () => sends({ from: '09011110005', n: 40, gapMs: 12 * SEC, jitter: 0.8, text: (i) => `バドミントンクラブです。今週土曜の練習は10時から公民館です。出欠はこちら https://forms-${'abcdefgh'[i % 8]}.top/${i}` }),
  },
  {
    name: 'a proxy that also chats: codes of 12 services', line: '07055556666', expect: 'verification-proxy',
    traffic: () => [
      ...sends({ from: 'SMS-AUTH', n: 12, gapMs: 7 * MIN, to: () => '07055556666', origin: 'aggregator', text: (i) => otpOf(SERVICES[i]!, String(123456 + i), i) }),
      ...sends({ from: '07055556666', n: 10, gapMs: 5 * MIN, to: contact, text: () => '了解です' }),
    ],
    reasons: ['OTP_FROM_MANY_SERVICES', 'ALSO_CHATS'],
  },
  {
    name: 'a heavy user of one service: 80 codes, letter-digit codes, ten sender numbers', line: '07055557777', expect: 'none',
    traffic: () => sends({ from: 'x', n: 80, gapMs: 10 * MIN, to: () => '07055557777', origin: 'aggregator', text: (i) => [`K${i % 10}Q${(i * 7) % 10}ZP は メルカリ の確認コードです。${10 + (i % 12)}:${10 + (i % 50)}まで有効です。`, `Your メルカリ verification code is A${i}B${i % 7}C\n\n@mercari.example #A${i}B${i % 7}C`][i % 2] })
      .map((r, i) => ({ ...r, from: `0${500_000_000 + (i % 10)}` })),
  },
  {
    name: 'a heavy user of two services, tagged codes from a pool of sender IDs', line: '07055558888', expect: 'none',
    traffic: () => sends({ from: 'x', n: 60, gapMs: 15 * MIN, to: () => '07055558888', origin: 'aggregator', text: (i) => otpOf(['PayPay', 'Uber'][i % 2]!, String(100000 + i * 37), 0) })
      .map((r, i) => ({ ...r, from: ['SMS-AUTH', 'NOTICE', 'VERIFY', '0120123456'][i % 4]! })),
  },
];

for (const row of ROWS) {
  test(`verdict: ${row.name} → ${row.expect}${row.withinMs ? ` within ${row.withinMs / MIN} min` : ''}`, () => {
    const det = createLineDetector(engineDeps(engine, row.deps));
    const flags: LineFlag[] = [];
    for (const r of row.traffic().sort((a, b) => a.ts - b.ts)) flags.push(...det.push(r));
    const mine = flags.filter((f) => f.line === row.line);
    if (row.expect === 'none') {
      assert.deepEqual(mine.map((f) => [f.kind, f.reasons.map((r) => r.code)]), []);
      return;
    }
    const f = mine.find((x) => x.kind === row.expect);
    assert.ok(f, `no ${row.expect} flag on ${row.line}`);
    if (row.withinMs !== undefined) {
      const delay = f.firstFlaggedAt - (row.from ?? T0);
      assert.ok(delay <= row.withinMs, `flagged after ${(delay / MIN).toFixed(1)} min`);
    }
    for (const code of row.reasons ?? []) assert.ok(f.reasons.some((r) => r.code === code), `${code} not among ${f.reasons.map((r) => r.code).join(', ')}`);
    assert.ok(f.score >= 0 && f.score <= 100);
  });
}
