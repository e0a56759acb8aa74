// What an allow-list entry beats and what it does not (case table), on the real trusted index.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAllowList, createTrustedIndex, trustedBadUnlessAllowed, withAllowList, type IndicatorKind } from './index.js';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const LATER = NOW + 86_400_000;
type Entry = [IndicatorKind, string];
type Level = 'suspected' | 'confirmed';

function lookupWith(trusted: [IndicatorKind, string, Level][], allowed: Entry[]) {
  const idx = createTrustedIndex({ seed: 3 });
  for (const [k, v, l] of trusted) idx.set(k, v, l, 4, LATER);
  const allow = createAllowList();
  for (const [k, v] of allowed) allow.set(k, v, true);
  return { lookup: withAllowList(idx.lookup(() => NOW), allow), idx, allow };
}

test('allow-list against reputation hits (case table)', () => {
  const URL = 'https://shop.example.jp/sale/1';
  // [case, trusted indicators, allow-list entries, asked, expected source or undefined]
  const cases: [string, [IndicatorKind, string, Level][], Entry[], ['url' | 'domain' | 'phone', string], string | undefined][] = [
    ['a suspected host, nothing allow-listed', [['host', 'shop.example.jp', 'suspected']], [], ['url', URL], 'suspected'],
    ['a suspected host, its domain allow-listed', [['host', 'shop.example.jp', 'suspected']], [['domain', 'example.jp']], ['url', URL], 'allowlisted'],
    ['a suspected host, the host itself allow-listed', [['host', 'shop.example.jp', 'suspected']], [['host', 'shop.example.jp']], ['url', URL], 'allowlisted'],
    ['a suspected host, another host of the domain allow-listed', [['host', 'shop.example.jp', 'suspected']], [['host', 'www.example.jp']], ['url', URL], 'suspected'],
    ['a suspected URL, its host allow-listed', [['url', URL, 'suspected']], [['host', 'shop.example.jp']], ['url', URL], 'allowlisted'],
    ['a suspected URL, that exact URL allow-listed', [['url', URL, 'suspected']], [['url', URL]], ['url', URL], 'allowlisted'],
    ['a suspected URL, another URL of the host allow-listed', [['url', URL, 'suspected']], [['url', 'https://shop.example.jp/other']], ['url', URL], 'suspected'],
    ['an analyst-confirmed URL, its domain allow-listed: the URL still counts', [['url', URL, 'confirmed']], [['domain', 'example.jp']], ['url', URL], 'confirmed'],
    ['an analyst-confirmed URL, that exact URL allow-listed: the URL still counts', [['url', URL, 'confirmed']], [['url', URL]], ['url', URL], 'confirmed'],
    ['a suspected domain, allow-listed', [['domain', 'example.jp', 'suspected']], [['domain', 'example.jp']], ['domain', 'example.jp'], 'allowlisted'],
    ['a suspected domain, only a host under it allow-listed', [['domain', 'example.jp', 'suspected']], [['host', 'shop.example.jp']], ['domain', 'example.jp'], 'suspected'],
    ['a suspected sender ID, allow-listed', [['sender', 'EXAMPLE', 'suspected']], [['sender', 'EXAMPLE']], ['phone', 'EXAMPLE'], 'allowlisted'],
    ['a suspected number, allow-listed', [['phone', '0312345678', 'suspected']], [['phone', '0312345678']], ['phone', '0312345678'], 'allowlisted'],
    ['a suspected number, another allow-listed', [['phone', '0312345678', 'suspected']], [['phone', '0312345679']], ['phone', '0312345678'], 'suspected'],
    ['allow-listed but never reported: no hit at all', [], [['domain', 'example.jp']], ['url', URL], undefined],
  ];
  for (const [name, trusted, allowed, [kind, value], expected] of cases) {
    const { lookup } = lookupWith(trusted, allowed);
    const hit = kind === 'url' ? lookup.url?.(value) : kind === 'domain' ? lookup.domain?.(value) : lookup.phone?.(value);
    assert.equal(hit?.source, expected, name);
  }
});

test('removing an entry gives the suspicion back', () => {
  const { lookup, allow } = lookupWith([['domain', 'example.jp', 'suspected']], [['domain', 'example.jp']]);
  assert.equal(lookup.domain?.('example.jp')?.source, 'allowlisted');
  allow.set('domain', 'example.jp', false);
  assert.equal(lookup.domain?.('example.jp')?.source, 'suspected');
});

test("the line detector's question follows the same precedence", () => {
  const { idx, allow } = lookupWith([['host', 'shop.example.jp', 'suspected'], ['url', 'https://shop.example.jp/bad', 'confirmed'], ['phone', '0312345678', 'suspected']], [['domain', 'example.jp'], ['phone', '0312345678']]);
  const bad = trustedBadUnlessAllowed(idx.isTrustedBad(() => NOW), (u) => idx.get('url', u, NOW)?.level === 'confirmed', allow);
  assert.equal(bad('domain', 'shop.example.jp'), false);
  assert.equal(bad('url', 'https://shop.example.jp/bad'), true);
  assert.equal(bad('phone', '0312345678'), false);
});
