// A small sender's own site: a clinic, salon, school or shop that names itself at the head of
// its message (【さくら歯科】, "ヘアサロンAOIです") and links to a host that carries that name
// (sakura-dental.jp, salon-aoi.net). It is no listed brand, so no registry knows its domain; the
// name it signs with and the host it links to agree, as an impersonator's lure for a brand it is
// not rarely does. Kana are read in Hepburn; kanji cannot be read, so a name in kanji alone never
// matches (a bank or an office is judged as before).
import type { ExtractedUrl } from '../types.js';

const KANA: Readonly<Record<string, string>> = (() => {
  const rows: [string, string[]][] = [
    ['', ['a', 'i', 'u', 'e', 'o']], ['k', ['ka', 'ki', 'ku', 'ke', 'ko']], ['s', ['sa', 'shi', 'su', 'se', 'so']],
    ['t', ['ta', 'chi', 'tsu', 'te', 'to']], ['n', ['na', 'ni', 'nu', 'ne', 'no']], ['h', ['ha', 'hi', 'fu', 'he', 'ho']],
    ['m', ['ma', 'mi', 'mu', 'me', 'mo']], ['y', ['ya', '', 'yu', '', 'yo']], ['r', ['ra', 'ri', 'ru', 're', 'ro']],
    ['w', ['wa', '', '', '', 'wo']], ['g', ['ga', 'gi', 'gu', 'ge', 'go']], ['z', ['za', 'ji', 'zu', 'ze', 'zo']],
    ['d', ['da', 'ji', 'zu', 'de', 'do']], ['b', ['ba', 'bi', 'bu', 'be', 'bo']], ['p', ['pa', 'pi', 'pu', 'pe', 'po']],
  ];
  const hira = ['あいうえお', 'かきくけこ', 'さしすせそ', 'たちつてと', 'なにぬねの', 'はひふへほ', 'まみむめも', 'や　ゆ　よ', 'らりるれろ', 'わ　　　を', 'がぎぐげご', 'ざじずぜぞ', 'だぢづでど', 'ばびぶべぼ', 'ぱぴぷぺぽ'];
  const out: Record<string, string> = { ん: 'n' };
  hira.forEach((line, r) => {
    [...line].forEach((ch, i) => {
      const roman = (rows[r] as [string, string[]])[1][i];
      if (ch === '　' || !roman) return;
      out[ch] = roman;
      out[String.fromCharCode(ch.charCodeAt(0) + 0x60)] = roman; // the katakana twin
    });
  });
  out['ン'] = 'n';
  return out;
})();
const SMALL_Y: Readonly<Record<string, string>> = { ゃ: 'ya', ゅ: 'yu', ょ: 'yo', ャ: 'ya', ュ: 'yu', ョ: 'yo' };

/** Hepburn romaji of a kana run ("さくら" → "sakura", "しゅう" → "shuu"); other characters dropped. */
export function romaji(kana: string): string {
  let out = '';
  let double = false;
  for (const ch of kana) {
    if (ch === 'っ' || ch === 'ッ') {
      double = true;
      continue;
    }
    if (ch === 'ー') continue;
    const y = SMALL_Y[ch];
    if (y !== undefined) {
      // きゃ → kya, しゃ → sha, ちゃ → cha
      if (out.endsWith('shi') || out.endsWith('chi') || out.endsWith('ji')) out = out.slice(0, -1) + y.slice(1);
      else if (out.endsWith('i')) out = out.slice(0, -1) + y;
      continue;
    }
    const r = KANA[ch];
    if (r === undefined) continue;
    out += double && r.length > 0 ? r[0] + r : r;
    double = false;
  }
  return out;
}

// The name a message signs with at its head: 【さくら歯科】, [Salon AOI], "みどり内科です".
const HEADER = /^\s*(?:【([^】]{2,30})】|\[([^\]]{2,30})\]|([^\s、。,，【】[\]]{2,20}?)(?:です|でございます)[。、,!！\s])/;

// Latin words that name a kind of organisation or desk, not one organisation: a signature made of them ("[Univ IT Helpdesk]",
// "[Support Center]") names no one, and a host that carries them (portal-univ-auth.com) proves nothing about whose page it is
// (dev batch-44's lure: a university's helpdesk claimed from abroad, its 'own' site named with the same generic word).
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'univ', 'university', 'college', 'school', 'academy', 'helpdesk', 'help', 'desk', 'support', 'service', 'services', 'center',
  'centre', 'team', 'office', 'info', 'information', 'system', 'systems', 'admin', 'account', 'accounts', 'security', 'official',
  'customer', 'customers', 'care', 'notice', 'alert', 'alerts', 'portal', 'online', 'member', 'members', 'staff', 'dept',
  'department', 'the', 'and',
]);

/** Parts of a name a host could carry: its kana runs in romaji and its Latin words (4+ letters; 3 for Latin), not a kind's generic word. */
function nameParts(name: string): string[] {
  const parts: string[] = [];
  for (const run of name.match(/[ぁ-んァ-ヶー]{2,}/g) ?? []) {
    const r = romaji(run);
    if (r.length >= 4) parts.push(r);
  }
  for (const w of name.toLowerCase().match(/[a-z]{3,}/g) ?? []) if (!GENERIC_WORDS.has(w)) parts.push(w);
  return parts;
}

// Suffixes an ordinary business registers under (a cheap or abused TLD is judged as before).
// The site builders small senders use (Wix, Jimdo) count by the site's own label.
const ORDINARY_SUFFIXES: ReadonlySet<string> = new Set(['jp', 'co.jp', 'or.jp', 'ne.jp', 'ac.jp', 'ed.jp', 'gr.jp', 'com', 'net', 'org', 'wixsite.com', 'jimdofree.com', 'jimdosite.com', 'jimdo.com']);

/**
 * The links (normalised) whose host carries the name the message signs with. Hosts of free
 * site builders count by the site's own label (sakura-dental.wixsite.com), as small senders use them.
 * `alsoTlds`: top-level domains read as a small business's too for the caller's purpose (the cheap TLDs shops keep their
 * sites on, data/url-risk.json ownSiteHosts: hidamari-seitai.shop under "整体院ひだまりです").
 */
export function namedSiteLinks(text: string, urls: readonly ExtractedUrl[], alsoTlds?: ReadonlySet<string>): string[] {
  if (urls.length === 0) return [];
  const m = HEADER.exec(text);
  if (m === null) return [];
  const parts = nameParts((m[1] ?? m[2] ?? m[3]) as string);
  if (parts.length === 0) return [];
  const out: string[] = [];
  for (const u of urls) {
    if (u.isIp || u.isIdn || u.isShortener || u.redacted || u.userinfoHost || u.suffix === null || !(ORDINARY_SUFFIXES.has(u.suffix) || alsoTlds?.has(u.suffix) === true)) continue;
    const labels = u.host.slice(0, u.host.length - u.suffix.length).split(/[.-]/).filter((l) => l.length > 0 && l !== 'www');
    if (labels.some((l) => parts.some((p) => l.includes(p) || (l.length >= 4 && p.includes(l))))) out.push(u.normalized);
  }
  return out;
}
