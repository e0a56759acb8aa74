// Synthetic carrier traffic for tests, demos, evaluation and benchmarks. Deterministic: a
// pure function of its options (seed included). Behaviours are parametrised by a variant so
// the detector is measured on more than one idea of what traffic looks like.
import type { TrafficRecord } from '../core/lines/index.js';
import { createRng, type Rng } from './prng.js';
import {
  chatText, clubOf, clubText, driverCompany, driverText, forwardedLure, greetingText, heavyOtpText, intlText, inviteText, lureText, makeCampaign,
  OTP_SERVICES, otpText, shopOf, shopText, warningForward, type Campaign,
} from './texts.js';

export type VariantName = 'default' | 'stealthy' | 'noisy' | 'textless' | 'reported' | 'unbranded' | 'warnings' | 'otp' | 'bursty' | 'forwarded';

/** The knobs behind a variant. Rates are per line per day unless said otherwise. */
export interface Variant {
  readonly name: VariantName;
  /** Share of infected lines that creep (low and slow) rather than burst. */
  readonly creepShare: number;
  /** Minutes between a creeping line's lures: [min, max] of its own pace. */
  readonly creepGapMin: readonly [number, number];
  /** Seconds between a burst's lures (mean). */
  readonly burstGapSec: number;
  /** Campaigns an infected line rotates through (new templates mid-infection). */
  readonly campaignsPerLine: number;
  /** Share of lure links written without a scheme. */
  readonly bareLinks: number;
  /** Share of handset records that carry their text. */
  readonly textShare: number;
  /** Hard negatives per 10,000 lines, each kind. */
  readonly negativesPer10k: number;
  readonly greetingCardLinks: number;
  readonly driverMapLinks: number;
  /** Ordinary users forwarding a lure they received, per line per day. */
  readonly forwardRate: number;
  /** Share of lure recipients who report the sender (to 7726 or the web form); a forwarded lure's recipient reports the forwarder at ten times this, up to half. */
  readonly reportRate: number;
  /** Infected handsets send unbranded lures with a full-width link on a `.top` domain, which the engine mostly allows. */
  readonly unbranded?: boolean;
  /** Subscribers per 10,000 lines forwarding a quoted lure to their contacts to warn them. */
  readonly warningForwardersPer10k?: number;
  /** Subscribers per 10,000 lines receiving many codes of one or two services (heavy users, not proxies). */
  readonly heavyOtpPer10k?: number;
  /** Verification proxies also chat like anyone else. */
  readonly chattyProxies?: boolean;
  /** Subscribers per 10,000 lines inviting 40–80 people to an event in one evening, partly by their phone's group send. */
  readonly invitersPer10k?: number;
  /** Infected handsets send at 240–600 an hour in clumps of seconds apart with pauses between, not at a pace. */
  readonly bursty?: boolean;
  /** Share of the infected handsets' lures whose recipient passes the very text on to a contact or two (half word for word, as a phone's forward copies it). */
  readonly passOnRate?: number;
}

export const VARIANTS: Readonly<Record<VariantName, Variant>> = {
  default: { name: 'default', creepShare: 0.4, creepGapMin: [5, 25], burstGapSec: 20, campaignsPerLine: 1, bareLinks: 0.2, textShare: 0.95, negativesPer10k: 30, greetingCardLinks: 0.2, driverMapLinks: 0, forwardRate: 0.002, reportRate: 0 },
  stealthy: { name: 'stealthy', creepShare: 0.8, creepGapMin: [15, 50], burstGapSec: 60, campaignsPerLine: 3, bareLinks: 0.6, textShare: 0.95, negativesPer10k: 30, greetingCardLinks: 0.2, driverMapLinks: 0, forwardRate: 0.002, reportRate: 0 },
  noisy: { name: 'noisy', creepShare: 0.4, creepGapMin: [5, 25], burstGapSec: 20, campaignsPerLine: 1, bareLinks: 0.2, textShare: 0.95, negativesPer10k: 100, greetingCardLinks: 0.5, driverMapLinks: 0.3, forwardRate: 0.01, reportRate: 0, invitersPer10k: 30 },
  // A feed that rarely carries text, where subscribers' reports are the evidence that remains.
  reported: { name: 'reported', creepShare: 0.4, creepGapMin: [5, 25], burstGapSec: 20, campaignsPerLine: 1, bareLinks: 0.2, textShare: 0.1, negativesPer10k: 30, greetingCardLinks: 0.2, driverMapLinks: 0, forwardRate: 0.01, reportRate: 0.05 },
  // Lures the engine does not block: only behaviour and links tell the handsets apart.
  unbranded: { name: 'unbranded', creepShare: 0.4, creepGapMin: [5, 25], burstGapSec: 20, campaignsPerLine: 1, bareLinks: 0.2, textShare: 0.95, negativesPer10k: 30, greetingCardLinks: 0.2, driverMapLinks: 0.3, forwardRate: 0.002, reportRate: 0, unbranded: true },
  // Warnings about a lure, quoting it, sent to friends and family while the campaign runs.
  warnings: { name: 'warnings', creepShare: 0.4, creepGapMin: [5, 25], burstGapSec: 20, campaignsPerLine: 1, bareLinks: 0.2, textShare: 0.95, negativesPer10k: 30, greetingCardLinks: 0.2, driverMapLinks: 0, forwardRate: 0.01, reportRate: 0, warningForwardersPer10k: 50 },
  // Heavy receivers of one or two services' codes beside proxies that also chat.
  otp: { name: 'otp', creepShare: 0.4, creepGapMin: [5, 25], burstGapSec: 20, campaignsPerLine: 1, bareLinks: 0.2, textShare: 0.95, negativesPer10k: 30, greetingCardLinks: 0.2, driverMapLinks: 0, forwardRate: 0.002, reportRate: 0, heavyOtpPer10k: 30, chattyProxies: true },
  // A feed of records without content (many carriers' CDRs): every infected handset sends in
  // irregular clumps at 240–600 an hour; people invite friends by group send beside it.
  bursty: { name: 'bursty', creepShare: 0, creepGapMin: [5, 25], burstGapSec: 20, campaignsPerLine: 1, bareLinks: 0.2, textShare: 0, negativesPer10k: 30, greetingCardLinks: 0.2, driverMapLinks: 0, forwardRate: 0.002, reportRate: 0, unbranded: true, invitersPer10k: 30, bursty: true },
  // Recipients of the campaigns' lures pass them on to family while the campaigns run: half by
  // the phone's forward (word for word, link and all), half with a question in front.
  forwarded: { name: 'forwarded', creepShare: 0.6, creepGapMin: [10, 40], burstGapSec: 20, campaignsPerLine: 2, bareLinks: 0.2, textShare: 0.95, negativesPer10k: 30, greetingCardLinks: 0.2, driverMapLinks: 0, forwardRate: 0.002, reportRate: 0, passOnRate: 0.03 },
  textless: { name: 'textless', creepShare: 0.4, creepGapMin: [5, 25], burstGapSec: 20, campaignsPerLine: 1, bareLinks: 0.2, textShare: 0.3, negativesPer10k: 30, greetingCardLinks: 0.2, driverMapLinks: 0, forwardRate: 0.002, reportRate: 0 },
};

export interface SimulationOptions {
  readonly lines: number;
  readonly infected: number;
  readonly hours: number;
  readonly seed: number;
  /** Epoch ms; default 2025-12-31T15:00:00Z, midnight of New Year's Day in Japan. */
  readonly start?: number;
  readonly variant?: VariantName;
  /** Verification proxies; default one per 2,000 lines, at least 2. */
  readonly proxies?: number;
}

export interface InfectedTruth {
  readonly line: string;
  readonly mode: 'burst' | 'creep';
  /** Event time (epoch ms) of its first lure. */
  readonly firstLure: number;
  readonly lures: number;
}

export interface SimulationTruth {
  readonly seed: number;
  readonly variant: VariantName;
  readonly start: number;
  readonly hours: number;
  readonly lines: number;
  readonly infected: readonly InfectedTruth[];
  readonly proxies: readonly string[];
  /** Hard-negative lines by behaviour. */
  readonly negatives: Readonly<Record<string, readonly string[]>>;
  /** Subscribers' reports naming a sending line, in time order (what the intake would hold). */
  readonly reports: readonly SimulatedReport[];
}

export interface SimulatedReport {
  /** The reported sender. */
  readonly line: string;
  /** The reporting subscriber (a recipient of the text). */
  readonly reporter: string;
  /** Event time (epoch ms) of the report. */
  readonly at: number;
}

export interface Simulation {
  /** Time-ordered. */
  readonly records: readonly TrafficRecord[];
  readonly truth: SimulationTruth;
}

export const DEFAULT_START = Date.UTC(2025, 11, 31, 15, 0, 0);
const HOUR = 3_600_000;
const MIN = 60_000;
const JST = 9 * HOUR;
// Relative sending activity by hour of the day in Japan (people sleep; evenings are busy).
const DIURNAL = [0.25, 0.12, 0.06, 0.04, 0.04, 0.08, 0.3, 0.6, 0.8, 0.8, 0.85, 0.9, 1.1, 0.9, 0.85, 0.85, 0.9, 1.0, 1.2, 1.4, 1.5, 1.4, 1.1, 0.6];
const DIURNAL_MEAN = DIURNAL.reduce((a, b) => a + b, 0) / 24;

function jstHour(ts: number): number {
  return Math.floor((ts + JST) / HOUR) % 24;
}

function numbers(rng: Rng, n: number, taken: Set<string>): string[] {
  const out: string[] = [];
  while (out.length < n) {
    const s = `0${rng.pick(['90', '80', '70'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    if (taken.has(s)) continue;
    taken.add(s);
    out.push(s);
  }
  return out;
}

/** Event times of a Poisson process following the diurnal curve, `perDay` on average. */
function diurnalTimes(rng: Rng, perDay: number, start: number, end: number): number[] {
  const out: number[] = [];
  for (let h = start; h < end; h += HOUR) {
    const rate = (perDay / 24) * (DIURNAL[jstHour(h)]! / DIURNAL_MEAN);
    let t = rng.exp(1 / rate);
    while (t < 1) {
      const ts = h + Math.floor(t * HOUR);
      if (ts < end) out.push(ts);
      t += rng.exp(1 / rate);
    }
  }
  return out;
}

/** The next time at or after `ts` when it is `hour`:00 in Japan. */
function nextJstHour(ts: number, hour: number): number {
  const dayStart = Math.floor((ts + JST) / (24 * HOUR)) * 24 * HOUR - JST;
  let t = dayStart + hour * HOUR;
  if (t < ts) t += 24 * HOUR;
  return t;
}

export function simulate(opts: SimulationOptions): Simulation {
  const v = VARIANTS[opts.variant ?? 'default'];
  const start = opts.start ?? DEFAULT_START;
  const end = start + opts.hours * HOUR;
  const root = createRng(opts.seed);
  const taken = new Set<string>();
  const population = numbers(root.fork('population'), opts.lines, taken);
  const outsiders = numbers(root.fork('outsiders'), Math.max(1000, opts.lines), taken);
  const records: TrafficRecord[] = [];
  const push = (rng: Rng, ts: number, from: string, to: string, text: string | undefined, origin: TrafficRecord['origin'] = 'handset'): void => {
    if (ts < start || ts >= end) return;
    const keep = origin !== 'handset' || rng.chance(v.textShare);
    records.push(keep && text !== undefined ? { ts, from, to, origin, text } : { ts, from, to, origin });
  };
  const reports: SimulatedReport[] = [];
  const report = (rng: Rng, p: number, line: string, reporter: string, ts: number): void => {
    // No draw at all when nobody reports: the other variants' traffic stays as it was.
    if (p <= 0 || !rng.chance(p)) return;
    const at = ts + Math.floor(rng.exp(15 * MIN));
    if (at < end) reports.push({ line, reporter, at });
  };
  const anyone = (rng: Rng): string => (rng.chance(0.7) ? rng.pick(population) : rng.pick(outsiders));

  // Roles: the first lines infected, then proxies, then hard negatives; the order is shuffled
  // by the population's randomness, so roles carry no pattern in the numbers themselves.
  const roleRng = root.fork('roles');
  const order = population.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(roleRng.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let cursor = 0;
  const take = (n: number): string[] => {
    const got = order.slice(cursor, cursor + n);
    cursor += got.length;
    return got;
  };
  const infectedLines = take(opts.infected);
  const proxyLines = take(opts.proxies ?? Math.max(2, Math.round(opts.lines / 2000)));
  const perKind = Math.max(1, Math.round((opts.lines * v.negativesPer10k) / 10_000));
  const negatives: Record<string, string[]> = { greeting: take(perKind), club: take(perKind), shop: take(perKind), driver: take(perKind), otpHeavy: take(perKind) };
  if (v.warningForwardersPer10k) negatives.warning = take(Math.max(1, Math.round((opts.lines * v.warningForwardersPer10k) / 10_000)));
  if (v.heavyOtpPer10k) negatives.heavyOtp = take(Math.max(1, Math.round((opts.lines * v.heavyOtpPer10k) / 10_000)));
  if (v.invitersPer10k) negatives.invite = take(Math.max(1, Math.round((opts.lines * v.invitersPer10k) / 10_000)));

  // Ordinary life for every line (infected and hard-negative lines have one too).
  const contactsOf = new Map<string, string[]>();
  for (const line of population) {
    const rng = root.fork(`life:${line}`);
    const contacts = Array.from({ length: rng.int(3, 30) }, () => anyone(rng));
    contactsOf.set(line, contacts);
    const proxy = proxyLines.includes(line);
    const perDay = proxy && !v.chattyProxies ? 0.5 : rng.logNormal(6, 0.8);
    for (const ts of diurnalTimes(rng, perDay, start, end)) {
      // A few contacts get most texts.
      const to = contacts[Math.floor(contacts.length * rng.next() ** 2)]!;
      push(rng, ts, line, to, chatText(rng));
      if (rng.chance(0.5)) push(rng, ts + Math.floor(rng.exp(3 * MIN)), to, line, chatText(rng));
    }
    if (rng.chance(v.forwardRate * opts.hours / 24)) {
      const ts = start + Math.floor(rng.next() * (end - start));
      const lure = lureText(rng, makeCampaign(rng));
      for (let k = rng.int(1, 2); k > 0; k--) {
        const to = contacts[k % contacts.length]!;
        push(rng, ts + k * MIN, line, to, forwardedLure(rng, lure));
        // A confused friend reports the forwarder: reports name innocent lines too.
        report(rng, Math.min(0.5, v.reportRate * 10), line, to, ts + k * MIN);
      }
    }
    // One-time codes from the few services this person uses.
    const services = Array.from({ length: rng.int(1, 5) }, () => rng.pick(OTP_SERVICES));
    for (const ts of diurnalTimes(rng, 0.6, start, end)) push(rng, ts, rng.pick(['SMS-AUTH', 'NOTICE', '0120123456', '0570001234']), line, otpText(rng, rng.pick(services)), 'aggregator');
  }

  // Hard negatives.
  for (const line of negatives.greeting) {
    const rng = root.fork(`greeting:${line}`);
    const card = rng.chance(v.greetingCardLinks);
    const text = greetingText(rng, card);
    let ts = start + Math.floor(rng.exp(15 * MIN));
    for (let i = rng.int(20, 90); i > 0; i--) {
      push(rng, ts, line, anyone(rng), text);
      ts += Math.floor(rng.exp(15_000)) + 2000;
    }
  }
  for (const line of negatives.club) {
    const rng = root.fork(`club:${line}`);
    const club = clubOf(rng);
    const members = Array.from({ length: rng.int(10, 40) }, () => anyone(rng));
    for (let b = rng.int(1, 3), day = start; b > 0; b--) {
      let ts = nextJstHour(day, rng.int(18, 21)) + rng.int(0, 50) * MIN;
      const text = clubText(rng, club);
      for (const m of members) {
        push(rng, ts, line, m, text);
        ts += rng.int(3, 30) * 1000;
      }
      day = ts + rng.int(2, 10) * HOUR;
    }
  }
  for (const line of negatives.shop) {
    const rng = root.fork(`shop:${line}`);
    const shop = shopOf(rng);
    for (let day = start; day < end; day += 24 * HOUR) {
      let ts = nextJstHour(day, rng.int(17, 20)) + rng.int(0, 50) * MIN;
      for (let i = rng.int(8, 40); i > 0; i--) {
        push(rng, ts, line, anyone(rng), shopText(rng, shop));
        ts += rng.int(20, 120) * 1000;
      }
    }
  }
  for (const line of negatives.driver) {
    const rng = root.fork(`driver:${line}`);
    const company = driverCompany(rng);
    const maps = rng.chance(v.driverMapLinks);
    for (let day = start; day < end; day += 24 * HOUR) {
      let ts = nextJstHour(day, 8) + rng.int(0, 60) * MIN;
      const stop = nextJstHour(day, 8) + 12 * HOUR;
      while (ts < stop) {
        push(rng, ts, line, rng.pick(outsiders), driverText(rng, company, maps));
        ts += Math.floor(rng.exp(6 * MIN)) + 30_000;
      }
    }
  }
  for (const line of negatives.otpHeavy) {
    // Someone who signs up for many things, but nowhere near a proxy's volume.
    const rng = root.fork(`otp:${line}`);
    for (const ts of diurnalTimes(rng, 6, start, end)) push(rng, ts, 'SMS-AUTH', line, otpText(rng, rng.pick(OTP_SERVICES.slice(0, 8))), 'aggregator');
  }

  // An invitation to everyone in the phone book, one evening: a few at a time by hand, or a
  // group send (one tap, the copies a second or two apart), a few minutes between sittings.
  for (const line of negatives.invite ?? []) {
    const rng = root.fork(`invite:${line}`);
    const text = inviteText(rng, rng.chance(0.6));
    let ts = nextJstHour(start, rng.int(19, 22)) + rng.int(0, 50) * MIN;
    for (let left = rng.int(40, 80); left > 0;) {
      const group = rng.chance(0.5);
      for (let k = Math.min(left, group ? rng.int(5, 20) : rng.int(1, 5)); k > 0; k--, left--) {
        push(rng, ts, line, anyone(rng), text);
        ts += group ? rng.int(1, 3) * 1000 : Math.floor(rng.exp(20_000)) + 5000;
      }
      ts += Math.floor(rng.exp(3 * MIN)) + 30_000;
    }
  }

  // Warnings: a subscriber got a lure and forwards it, quoted, to friends and family.
  for (const line of negatives.warning ?? []) {
    const rng = root.fork(`warning:${line}`);
    const lure = lureText(rng, makeCampaign(rng, { bare: v.bareLinks }));
    const text = warningForward(rng, lure);
    const contacts = contactsOf.get(line) ?? [];
    let ts = start + Math.floor(rng.next() * (end - start) * 0.9);
    for (const to of contacts.slice(0, rng.int(3, 15))) {
      push(rng, ts, line, to, text);
      ts += rng.int(15, 120) * 1000;
    }
  }
  // Heavy users of one or two services (a marketplace seller, a gig worker): many codes, few services.
  for (const line of negatives.heavyOtp ?? []) {
    const rng = root.fork(`heavy-otp:${line}`);
    const mine = Array.from({ length: rng.int(1, 2) }, () => rng.pick(OTP_SERVICES));
    const senders = Array.from({ length: rng.int(3, 12) }, () => `0${rng.int(100_000_000, 999_999_999)}`);
    for (const ts of diurnalTimes(rng, rng.int(30, 120), start, end)) push(rng, ts, rng.pick(senders), line, heavyOtpText(rng, rng.pick(mine)), 'aggregator');
  }

  // Verification proxies: codes for many unrelated services, day and night.
  for (const line of proxyLines) {
    const rng = root.fork(`proxy:${line}`);
    let ts = start + Math.floor(rng.exp(30 * MIN));
    const pace = rng.int(8, 40) * MIN;
    while (ts < end) {
      push(rng, ts, rng.pick(['SMS-AUTH', 'NOTICE', 'VERIFY', '0120123456', '0570001234']), line, otpText(rng, rng.pick(OTP_SERVICES)), rng.chance(0.85) ? 'aggregator' : 'international');
      ts += Math.floor(rng.exp(pace));
    }
  }

  // Aggregators' marketing and international traffic, lures included: never a line's fault.
  const agg = root.fork('aggregator');
  for (let i = Math.round((opts.lines * opts.hours) / 24 / 50); i > 0; i--) {
    const ts = start + Math.floor(agg.next() * (end - start));
    push(agg, ts, agg.pick(['SHOP-INFO', 'CAMPAIGN', '0120987654']), agg.pick(population), `【${agg.pick(['ドラッグストア', 'ECモール', 'ポイント'])}】本日限定セール! https://shop.example.co.jp/s/${agg.int(100, 999)}`, 'aggregator');
  }
  const intl = root.fork('international');
  for (let i = Math.round((opts.lines * opts.hours) / 24 / 10); i > 0; i--) {
    const ts = start + Math.floor(intl.next() * (end - start));
    push(intl, ts, intl.pick(['+12025550143', '+447700900123', '+8613800138000', '+639171234567']), intl.pick(population), intlText(intl), 'international');
  }
  // Campaigns: the crews behind infected handsets also buy international routes.
  const campaigns: Campaign[] = Array.from({ length: 6 }, () => makeCampaign(root.fork('campaigns'), { bare: v.bareLinks, unbranded: v.unbranded }));
  // A lure blast over an international route that spoofs one of our own handsets' numbers.
  {
    const spoofed = intl.pick(population);
    const c = intl.chance(0.5) ? campaigns[0]! : makeCampaign(intl, { bare: v.bareLinks });
    let ts = start + Math.floor(intl.next() * (end - start) * 0.8);
    for (let i = 0; i < 300; i++) {
      push(intl, ts, `+81${spoofed.slice(1)}`, intl.pick(population), lureText(intl, c), 'international');
      ts += intl.int(1, 10) * 1000;
    }
  }

  // Infected handsets.
  const infected: InfectedTruth[] = [];
  const received: { to: string; ts: number; text: string }[] = [];
  for (const line of infectedLines) {
    const rng = root.fork(`infected:${line}`);
    const mine = Array.from({ length: v.campaignsPerLine }, () => rng.pick(campaigns));
    const mode = rng.chance(v.creepShare) ? 'creep' : 'burst';
    // Malware works through the address book first (some of it known contacts), then numbers from C&C.
    const book = [...(contactsOf.get(line) ?? []), ...Array.from({ length: rng.int(30, 300) }, () => anyone(rng))];
    let next = 0;
    const target = (): string => (next < book.length ? book[next++]! : anyone(rng));
    let ts = start + Math.floor((0.03 + rng.next() * 0.8) * (end - start));
    let first = -1;
    let n = 0;
    const send = (): void => {
      if (ts >= end) return;
      if (first < 0) first = ts;
      const c = mine[Math.floor(n / 25) % mine.length]!;
      const to = target();
      const text = lureText(rng, c);
      push(rng, ts, line, to, text);
      if (v.passOnRate && ts < end) received.push({ to, ts, text });
      report(rng, v.reportRate, line, to, ts);
      n++;
    };
    if (v.bursty) {
      // Sessions of half an hour to two hours at its own rate, in clumps, hours apart.
      const perHour = rng.int(240, 600);
      while (ts < end) {
        const sessionEnd = ts + rng.int(30, 120) * MIN;
        while (ts < sessionEnd && ts < end) {
          const clump = Math.min(120, Math.max(3, Math.round(rng.logNormal(20, 0.8))));
          for (let k = clump; k > 0 && ts < end; k--) {
            send();
            ts += rng.int(1, 4) * 1000;
          }
          ts += Math.floor(rng.exp((clump / perHour) * HOUR));
        }
        ts += Math.floor(rng.exp(2 * HOUR));
      }
    } else if (mode === 'creep') {
      const pace = rng.int(v.creepGapMin[0], v.creepGapMin[1]) * MIN;
      while (ts < end) {
        send();
        ts += Math.floor(pace * (0.5 + rng.next()));
      }
    } else {
      while (ts < end) {
        for (let k = Math.min(400, Math.max(10, Math.round(rng.logNormal(60, 0.7)))); k > 0 && ts < end; k--) {
          send();
          ts += Math.floor(rng.exp(v.burstGapSec * 1000)) + 1000;
        }
        ts += Math.floor(rng.exp(2 * HOUR));
      }
    }
    if (first >= 0) infected.push({ line, mode, firstLure: first, lures: n });
  }

  // Recipients passing a lure on: ordinary subscribers only (one role per line), to the contacts they text.
  if (v.passOnRate) {
    const pass = root.fork('pass-on');
    const roles = new Set([...infectedLines, ...proxyLines, ...Object.values(negatives).flat()]);
    const passers = new Set<string>();
    for (const got of received) {
      const contacts = contactsOf.get(got.to);
      if (!contacts || roles.has(got.to) || !pass.chance(v.passOnRate)) continue;
      passers.add(got.to);
      const verbatim = pass.chance(0.5);
      let ts = got.ts + Math.floor(pass.exp(30 * MIN)) + 20_000;
      for (let k = pass.int(1, 2); k > 0; k--) {
        push(pass, ts, got.to, contacts[Math.floor(contacts.length * pass.next() ** 2)]!, verbatim ? got.text : forwardedLure(pass, got.text));
        ts += pass.int(20, 180) * 1000;
      }
    }
    negatives.passedOn = [...passers];
  }

  records.sort((a, b) => a.ts - b.ts);
  reports.sort((a, b) => a.at - b.at);
  return {
    records,
    truth: { seed: opts.seed, variant: v.name, start, hours: opts.hours, lines: opts.lines, infected, proxies: proxyLines, negatives, reports },
  };
}

/** One traffic record as a JSONL line (ts as ISO 8601, as carriers' exports usually have it). */
export function recordLine(r: TrafficRecord): string {
  return JSON.stringify({ ts: new Date(r.ts).toISOString(), from: r.from, to: r.to, origin: r.origin, ...(r.text === undefined ? {} : { text: r.text }) });
}
