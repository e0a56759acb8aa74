// Behaviour of the detector with the real engine, on hand-written traffic: the simulator's
// behaviours are measured by `npm run eval:lines`; these are other shapes of traffic, so the
// detector is not only right about the simulator.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine } from '../engine.js';
import { getEngine, loadEngineData } from '../../engine/index.js';
import { engineDeps } from '../../simulate/deps.js';
import { createLineDetector } from './detector.js';
import type { DetectorDeps, LineFlag, TrafficRecord } from './types.js';

const T0 = Date.UTC(2026, 0, 5, 1, 0, 0);
const MIN = 60_000;
const engine = getEngine();
const deps = (over: Partial<DetectorDeps> = {}): DetectorDeps => engineDeps(engine, over);

function run(records: readonly TrafficRecord[], d: DetectorDeps = deps()): LineFlag[] {
  const det = createLineDetector(d);
  return records.flatMap((r) => det.push(r));
}

const recipient = (i: number): string => `080${String(20_000_000 + i * 7919).padStart(8, '0')}`;

/**
 * One line sending texts[i % n] to recipient(i) (or to `to(i)`), every gapMs. With `human`, the
 * gaps vary between half and one and a half times gapMs (deterministically), as a person's do:
 * exact intervals are a machine's habit, and the detector counts them as one.
 */
function sends(from: string, count: number, text: (i: number) => string | undefined, opts: { start?: number; gapMs?: number; to?: (i: number) => string; origin?: TrafficRecord['origin']; human?: boolean } = {}): TrafficRecord[] {
  const gap = opts.gapMs ?? 20_000;
  let ts = opts.start ?? T0;
  return Array.from({ length: count }, (_, i) => {
    const t = text(i);
    const r = { ts, from, to: (opts.to ?? recipient)(i), origin: opts.origin ?? 'handset' };
    ts += opts.human ? Math.round(gap * (0.5 + ((i * 0.618034) % 1))) : gap;
    return t === undefined ? r : { ...r, text: t };
  });
}

/** Reports naming `line` from these reporters' numbers (keyed as the intake keys them), received at `at`. */
function reportedBy(line: (l: string) => boolean, who: readonly string[], at: number): Partial<DetectorDeps> {
  const hash = deps().hashNumber;
  const reports = who.map((n) => ({ reporter: hash(n), at }));
  return { reports: (l) => (line(l) ? reports : []) };
}
const firstThree = [recipient(0), recipient(1), recipient(2)];

const byTime = (...streams: TrafficRecord[][]): TrafficRecord[] => streams.flat().sort((a, b) => a.ts - b.ts);
const sagawa = (i: number): string => `お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sgw${i % 5}-jp.top/${i}`;

test('an infected handset sending lures to new recipients is flagged once, within its first few lures', () => {
  const flags = run(sends('09011110000', 30, sagawa));
  assert.equal(flags.length, 1);
  const f = flags[0]!;
  assert.equal(f.kind, 'infected');
  assert.equal(f.line, '09011110000');
  assert.ok(f.score >= 60 && f.score <= 100);
  assert.ok(f.firstFlaggedAt <= T0 + 3 * 20_000, `flagged at lure ${(f.firstFlaggedAt - T0) / 20_000 + 1}`);
  assert.ok(f.reasons.some((r) => r.code === 'ENGINE_BLOCK') && f.reasons.some((r) => r.code === 'LURES_TO_NEW_RECIPIENTS'));
  for (const r of f.reasons) assert.ok(r.en && r.ja, 'every reason is explained in English and Japanese');
});

test('other lure shapes: English lures, call-back lures without a link, a slow creeper', () => {
  const english = sends('09022220000', 10, (i) => `Your parcel is held at our depot. Pay the redelivery fee: http://dhl-redeliver.top/p/${i}`, { gapMs: 45_000 });
  const callback = sends('09033330000', 12, () => '【三井住友カード】お客様のカードに不正利用の疑いがあります。至急 0120-555-123 までお電話ください', { gapMs: 60_000 });
  const creeper = sends('09044440000', 8, (i) => `【国税庁】最終通知、未払い税金お支払いのお願い。 https://nta-${i}.cc/x`, { gapMs: 40 * MIN });
  const flags = run(byTime(english, callback, creeper));
  assert.deepEqual(flags.map((f) => f.line).sort(), ['09022220000', '09033330000', '09044440000']);
  const creep = flags.find((f) => f.line === '09044440000')!;
  assert.equal(creep.firstFlaggedAt, T0 + 40 * MIN, 'the creeper is flagged at its second lure: a different link each time');
  assert.ok(creep.reasons.some((r) => r.code === 'VARYING_LINKS'));
  // The same lure, same link, twice: what a person forwarding it does; flagged only at the third.
  const sameLink = run(sends('09044440001', 4, () => '【国税庁】最終通知、未払い税金お支払いのお願い。 https://nta-0.cc/x', { gapMs: 40 * MIN }));
  assert.equal(sameLink[0]?.firstFlaggedAt, T0 + 2 * 40 * MIN);
});

test('texts the engine blocks without confidence: a courier texting customers all day passes, the same text blasted is flagged', () => {
  const courier = (i: number): string => `ヤマト運輸の配達担当です。本日14時頃お届け予定です。ご不在の場合はこちら https://bit.ly/${i}x`;
  // The premise: the engine blocks the text, but without confidence. The rules alone give it: the model's
  // points move with every retraining and would make this premise a coin toss.
  const data = loadEngineData(undefined, { withoutModel: true });
  if (!data.ok) throw new Error(data.error);
  const rules = createEngine(data.value);
  const byRules = engineDeps(rules);
  const verdict = rules.analyse({ text: courier(1), from: '09013130000' });
  assert.ok(verdict.verdict === 'block' && verdict.score < 85, `premise: a marginal block, got ${verdict.verdict} ${verdict.score}`);
  const day = sends('09013130000', 90, courier, { gapMs: 6 * MIN, human: true });
  assert.deepEqual(run(day, byRules), []);
  const blast = run(sends('09013140000', 60, courier, { gapMs: 15_000 }), byRules);
  assert.equal(blast.length, 1);
  assert.ok(blast[0]!.reasons.some((r) => r.code === 'ENGINE_BLOCK' && (r.value ?? 100) < 85), 'a marginal verdict, carried by volume');
});

test('malware working through the address book: lures to known contacts count when each carries its own link', () => {
  const contacts = (i: number): string => recipient(100 + i);
  const chats = sends('09012120000', 5, () => '了解です', { start: T0 - 60 * MIN, gapMs: 5 * MIN, to: contacts });
  const lures = sends('09012120000', 5, sagawa, { gapMs: 4 * MIN, to: contacts });
  const flags = run(byTime(chats, lures));
  assert.equal(flags[0]?.firstFlaggedAt, lures[1]!.ts);
  // A person forwarding one lure (one link) to the same known contacts is not flagged.
  const forwarder = sends('09012130000', 5, () => sagawa(3), { gapMs: 4 * MIN, to: contacts });
  assert.deepEqual(run(byTime(sends('09012130000', 5, () => '了解です', { start: T0 - 60 * MIN, gapMs: 5 * MIN, to: contacts }), forwarder)), []);
});

test('hard negatives stay unflagged: invitations, school phone trees, estate agents, link sharing among friends, forwarded lures', () => {
  // Each guest's own link, copied in by hand: one every half minute or so.
  const wedding = sends('09050000001', 70, (i) => `結婚式の招待状をお送りします。出欠はこちらからお願いします https://wedding-invite.jp/inv/${i}`, { gapMs: 30_000, human: true });
  const school = sends('09050000002', 35, () => '台風のため明日は休校です。詳しくは学校からの連絡をご確認ください', { gapMs: 5000, human: true });
  const agent = sends('09050000003', 25, (i) => `新着物件のご案内です https://suumo.jp/chintai/bc_${100000 + i}/`, { gapMs: 9 * MIN, human: true });
  const friends = sends('09050000004', 40, (i) => `写真アップしたよ https://photos.app.goo.gl/${i}abc`, { gapMs: 3 * MIN, to: (i) => recipient(i % 4), human: true });
  // Someone forwarding a lure to two friends to ask whether it is real, while the campaign runs.
  const forward = sends('09050000005', 2, () => `これ詐欺かな? ${sagawa(1)}`, { gapMs: MIN, start: T0 + 10 * MIN });
  // A lure blast that spoofs a domestic number over an international route is not that line's doing.
  const spoofed = sends('+819050000006', 100, sagawa, { origin: 'international', gapMs: 2000 });
  assert.deepEqual(run(byTime(wedding, school, agent, friends, forward, spoofed)), []);
  // Word for word, with no campaign seen elsewhere, two copies are not spread either.
  assert.deepEqual(run(sends('09050000007', 2, () => sagawa(1), { gapMs: MIN })), []);
});

test('a lure blasted over international routes is campaign evidence: a handset that never received it is flagged at its first copy', () => {
  const blast = sends('+12025550143', 30, sagawa, { origin: 'international', gapMs: 2000 });
  const creeper = sends('09088880000', 4, sagawa, { start: T0 + 5 * MIN, gapMs: 30 * MIN });
  const flags = run(byTime(blast, creeper));
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.firstFlaggedAt, creeper[0]!.ts);
  assert.ok(flags[0]!.reasons.some((r) => r.code === 'CAMPAIGN_LURE_NOT_RECEIVED'));
  // One of the blast's recipients passing it on word for word, link and all, is not flagged.
  const forward = sends(recipient(3), 2, () => sagawa(3), { start: T0 + 10 * MIN, gapMs: MIN, to: (i) => recipient(500 + i) });
  assert.deepEqual(run(byTime(blast, forward)), []);
});

test('reports and known-bad links are evidence: fewer lures are needed, and links the engine passes count', () => {
  // The engine allows this text (an ordinary .net name; a handset sending a .top page is blocked
  // by the engine itself); the link is a reported phishing domain.
  const text = (i: number): string => `見てね https://photo-share.net/${i}`;
  const isKnownBad = (kind: string, value: string): boolean => kind === 'domain' && value === 'photo-share.net';
  assert.deepEqual(run(sends('09066660000', 5, text)), []);
  const flags = run(sends('09066660000', 5, text), deps({ isKnownBad }));
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.firstFlaggedAt, T0 + 20_000, 'flagged at the second recipient');
  assert.ok(flags[0]!.reasons.some((r) => r.code === 'KNOWN_BAD_INDICATOR'));
  const reported = run(sends('09077770000', 3, sagawa), deps(reportedBy((l) => l === '09077770000', firstThree, T0 + 30 * MIN)));
  assert.equal(reported[0]?.firstFlaggedAt, T0 + 20_000);
  // Two of the three reporters by then: a reporter counts once the line has texted them.
  assert.equal(reported[0]?.reasons.find((r) => r.code === 'REPORTED')?.value, 2);
});

test('a feed without text: a line named by three people it texted and still texting new people is flagged; reports alone are not enough', () => {
  const reported = (l: string): boolean => l.startsWith('0901515');
  const spreading = sends('09015150000', 20, () => undefined, { gapMs: 2 * MIN });
  assert.deepEqual(run(spreading), [], 'no text, no reports: 20 texts are not a blast');
  const flags = run(spreading, deps(reportedBy(reported, firstThree, T0 + 30 * MIN)));
  assert.equal(flags[0]?.firstFlaggedAt, spreading[4]!.ts, 'at the fifth new recipient');
  assert.ok(flags[0]!.reasons.some((r) => r.code === 'REPORTED_AND_SPREADING'));
  // Reported (a friend was confused by a forward), but texting the same two people: not spread.
  assert.deepEqual(run(sends('09015150001', 20, () => undefined, { gapMs: 2 * MIN, to: (i) => recipient(i % 2) }), deps(reportedBy(reported, [recipient(0), recipient(1)], T0 + 30 * MIN))), []);
  // Three SIMs naming the line, which never texted them: a report names the number its reporter chose.
  const forged = deps(reportedBy(reported, ['07012340001', '07012340002', '07012340003'], T0 + 30 * MIN));
  assert.deepEqual(run(spreading, forged), [], 'forged reports: the feed shows no text to the reporters');
  // A report received before the line texted its reporter is no witness of that text (a few minutes' clock skew aside).
  assert.deepEqual(run(spreading, deps(reportedBy(reported, firstThree, T0 - 60 * MIN))), [], 'reports older than the texts');
  // The web form and the API give no reporter number: such reports are never a witness.
  assert.deepEqual(run(spreading, deps({ reports: (l) => (reported(l) ? [{ at: T0 + 30 * MIN }, { at: T0 + 31 * MIN }, { at: T0 + 32 * MIN }] : []) })), [], 'reports with no reporter number');
});

test('only handsets can be infected: the same lures over aggregator or international routes never flag a line', () => {
  for (const origin of ['aggregator', 'international'] as const) assert.deepEqual(run(sends('09011110000', 40, sagawa, { origin })), []);
});

test('an opted-out line is never flagged, even when infected; nothing about an opted-out recipient is kept', () => {
  const records = sends('09011110000', 40, sagawa);
  assert.deepEqual(run(records, deps({ excluded: (l) => l === '09011110000' })), []);
  // Every recipient opted out: not even the sender is hashed or kept.
  const det = createLineDetector(deps({ excluded: (l) => l !== '09011110000', hashNumber: () => assert.fail('hashed a number of an excluded record') }));
  for (const r of records) assert.deepEqual(det.push(r), []);
  assert.equal(det.activeLines, 0);
  assert.equal(det.stats().dropped, records.length);
});

test('a line that offends again after its state expired is flagged again', () => {
  const det = createLineDetector(deps());
  assert.equal(sends('09011110000', 10, sagawa).flatMap((r) => det.push(r)).length, 1);
  assert.equal(sends('09011110000', 10, sagawa, { start: T0 + 6 * 60 * MIN }).flatMap((r) => det.push(r)).length, 0, 'still the same episode');
  assert.equal(sends('09011110000', 10, sagawa, { start: T0 + 48 * 60 * MIN }).flatMap((r) => det.push(r)).length, 1);
});

test('state is bounded: idle lines expire, and a line texting 20,000 numbers keeps a fixed amount', () => {
  const det = createLineDetector(deps());
  for (let i = 0; i < 5000; i++) det.push({ ts: T0 + i * 1000, from: `070${String(i).padStart(8, '0')}`, to: recipient(i), origin: 'handset', text: 'おはよう' });
  assert.equal(det.activeLines, 5000);
  for (const r of sends('09011110000', 20_000, () => undefined, { gapMs: 3000 })) det.push(r);
  const s = det.stats();
  // Ring of 64 sends, 128 known recipients and when each was first texted, a send counter, the run of never-texted sends seconds apart, and the times of at most 200 sends to new recipients (the highest spread tier).
  assert.ok(s.largestLineState <= 64 * 6 + 128 * 2 + 3 + 3 + 200, `largest line keeps ${s.largestLineState} numbers`);
  assert.equal(s.senders, 1, 'the 5,000 idle lines expired while event time moved on');
  det.expire(T0 + 365 * 24 * 60 * MIN);
  assert.equal(det.activeLines, 0);
});

test('one record stamped far in the future (a clock glitch) does not stop idle lines from expiring afterwards', () => {
  const det = createLineDetector(deps());
  det.push({ ts: Date.UTC(2099, 0, 1), from: '09099990000', to: recipient(0), origin: 'handset', text: 'おはよう' });
  for (let i = 0; i < 5000; i++) det.push({ ts: T0 + i * 1000, from: `070${String(i).padStart(8, '0')}`, to: recipient(i), origin: 'handset', text: 'おはよう' });
  for (const r of sends('09011110000', 20_000, () => undefined, { gapMs: 3000 })) det.push(r);
  assert.ok(det.stats().senders <= 2, `the 5,000 idle lines expired while event time moved on (${det.stats().senders} senders kept)`);
});

test('a text longer than any SMS is looked at only as far as an SMS goes (its link regexes cost the square of the length)', () => {
  const seen: number[] = [];
  const det = createLineDetector(deps({ analyseText: (text) => (seen.push(text.length), { verdict: 'allow', urls: 1, indicators: [] }) }));
  det.push({ ts: T0, from: '09011110000', to: recipient(1), origin: 'handset', text: `http: ${'a'.repeat(200_000)}` });
  det.push({ ts: T0 + 1, from: 'SMS', to: recipient(2), origin: 'aggregator', text: `認証コード 123456 http: ${'b'.repeat(200_000)}` });
  assert.equal(seen.length, 2);
  assert.ok(seen.every((n) => n <= 1000), `the engine was given ${seen.join(', ')} characters`);
});

test('verification proxies: codes from many services, whether or not the line chats; ordinary users and one service\'s heavy users are not', () => {
  const services = ['LINE', 'Google', 'メルカリ', 'PayPay', 'Amazon', 'Yahoo', 'Uber', 'Tinder', 'Airbnb', 'Microsoft', 'TikTok', 'Instagram'];
  const otp = (to: string, n: number, start = T0): TrafficRecord[] =>
    sends(`SMS${n % 3}`, n, (i) => `【${services[i % services.length]}】認証コード: ${123456 + i}`, { start, gapMs: 7 * MIN, to: () => to, origin: 'aggregator' });
  const proxy = otp('07055556666', 12);
  const ordinary = otp('07055557777', 6);
  // A proxy that also texts people: the codes say what the line is used for.
  const busy = [...otp('07055558888', 12), ...sends('07055558888', 10, () => '了解です', { gapMs: 5 * MIN })];
  // Codes without a 【tag】, all from one aggregator sender ID: told apart by their wording.
  const untagged = sends('SMS-AUTH', 14, (i) => `${100000 + i}は${services[i % services.length]}の確認コードです。`, { gapMs: 5 * MIN, to: () => '07055559999', origin: 'aggregator' });
  // One service's codes, many times, from a pool of sender IDs: one service, not a proxy.
  const oneService = sends('SMS', 30, (i) => `${200000 + i}はLINEの確認コードです。`, { gapMs: 3 * MIN, to: () => '07055550000', origin: 'aggregator' });
  const flags = run(byTime(proxy, ordinary, busy, untagged, oneService));
  assert.deepEqual(flags.map((f) => [f.kind, f.line]).sort(), [['verification-proxy', '07055556666'], ['verification-proxy', '07055558888'], ['verification-proxy', '07055559999']]);
  assert.ok(flags.find((f) => f.line === '07055558888')!.reasons.some((r) => r.code === 'ALSO_CHATS'));
  assert.equal(flags.find((f) => f.line === '07055556666')!.firstFlaggedAt, proxy[9]!.ts, 'at the tenth service');
});

test('replay is deterministic: same records, same flags at the same event times', () => {
  const records = byTime(sends('09011110000', 12, sagawa), sends('09022220000', 12, sagawa, { start: T0 + 3 * MIN }), sends('09050000001', 70, (i) => `結婚式の招待状 https://wedding-invite.jp/inv/${i}`, { gapMs: 30_000, human: true }));
  const a = run(records);
  assert.equal(a.length, 2);
  assert.deepEqual(run(records), a);
});

test('reports about a line its own texts contradict do not count: a club organiser sending one form link to new parents is not flagged for three reporters naming it', () => {
  // Anyone can forge a lure "from" a number and have three subscribers report it; the feed shows what the line really sent.
  const organiser = '09015150000';
  const reporters = reportedBy((l) => l === organiser, firstThree, T0 + 60 * MIN);
  for (const n of [5, 8, 12]) {
    const invites = sends(organiser, n, () => 'PTAの懇親会の出欠はこちらのフォームでお願いします https://forms.gle/AbCdEf123', { gapMs: 20 * MIN });
    assert.deepEqual(run(invites, deps(reporters)), [], `${n} invitations`);
  }
  // The same reporters still count against a line whose own texts are lures.
  const lures = run(sends(organiser, 3, sagawa), deps(reporters));
  assert.equal(lures[0]?.reasons.find((r) => r.code === 'REPORTED')?.value, 2, 'the two reporters it had texted when flagged at its second lure');
});
