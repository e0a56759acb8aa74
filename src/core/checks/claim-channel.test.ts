// The pair a claim's foreign channel and a risky ask through it make (claim-channel.ts), on reasons handed in by hand:
// which channel each contradiction stands for, which asks count through it, and what leaves it out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ask, LureMatch } from '../check.js';
import type { ReasonCode } from '../types.js';
import { askThroughUnownedChannel } from './claim-channel.js';

const ask = (kind: Ask['kind'], type: 'reply' | 'phone' | 'url' | 'messenger' | 'unstated'): Ask =>
  ({ kind, cue: '', channel: type === 'url' ? { type, value: 'https://x.top/', host: 'x.top' } : { type, value: type === 'unstated' ? '' : '05000000000' }, quoted: false }) as Ask;
const lure = (kind: LureMatch['kind'], category: string): LureMatch => ({ kind, category, cue: '', index: 0, quoted: false });
const found = (...codes: ReasonCode[]) => codes.map((code) => ({ code }));
const ctx = (...lures: LureMatch[]) => ({ lures, reported: false });
const never = () => false;
const always = () => true;

test('a secret, a code or a gift card sent back to a line the claim does not own is counted, with a problem asserted or not', () => {
  for (const kind of ['secret', 'share-code', 'gift-card'] as const) {
    assert.ok(askThroughUnownedChannel(ctx(), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask(kind, 'reply')], never), kind);
  }
  // A name and an address sent back are a farm's or a clinic's ordinary ask about an order or a booking.
  assert.equal(askThroughUnownedChannel(ctx(), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('reply-data', 'reply')], never), undefined);
  assert.ok(askThroughUnownedChannel(ctx(lure('lure', 'tax-refund')), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('reply-data', 'reply')], never));
  // A move to a messenger is weighed elsewhere: a shop's own handset promotes its LINE account too.
  assert.equal(askThroughUnownedChannel(ctx(lure('lure', 'prize')), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('messenger', 'messenger')], never), undefined);
});

test('a call or a payment back to that line is counted when the message presses or names a listed brand, not for a booking', () => {
  assert.equal(askThroughUnownedChannel(ctx(), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('call', 'reply')], never), undefined);
  assert.ok(askThroughUnownedChannel(ctx(lure('lure', 'unpaid-charge')), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('call', 'reply')], never));
  assert.ok(askThroughUnownedChannel(ctx(), found('BRAND_UNOFFICIAL_SENDER'), () => [ask('money', 'reply')], never));
  // The account the reader already pays into is theirs to know.
  assert.equal(askThroughUnownedChannel(ctx(lure('lure', 'office-matter'), lure('context', 'known-payee')), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('money', 'reply')], never), undefined);
});

test('each contradiction counts only the ask through its own channel', () => {
  // A foreign number is rung; a foreign line is not a foreign page.
  assert.ok(askThroughUnownedChannel(ctx(), found('CALLBACK_OPEN_LINE'), () => [ask('call', 'phone')], never));
  // An institution's handset number may be its own nurse's, given from its landline: counted beside an asserted problem.
  assert.equal(askThroughUnownedChannel(ctx(), found('CALLBACK_PERSONAL_LINE'), () => [ask('call', 'phone')], never), undefined);
  assert.ok(askThroughUnownedChannel(ctx(lure('lure', 'unpaid-charge')), found('CALLBACK_PERSONAL_LINE'), () => [ask('call', 'phone')], never));
  // A number written by a foreign line is rung when the message presses or names a listed brand; not for a booking.
  assert.ok(askThroughUnownedChannel(ctx(), found('BRAND_UNOFFICIAL_SENDER'), () => [ask('call', 'phone')], never));
  assert.equal(askThroughUnownedChannel(ctx(), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('call', 'phone')], never), undefined);
  assert.equal(askThroughUnownedChannel(ctx(), found('CALLBACK_OPEN_LINE'), () => [ask('open-link', 'url')], always), undefined);
  assert.equal(askThroughUnownedChannel(ctx(), found('BRAND_UNOFFICIAL_SENDER'), () => [ask('open-link', 'url')], always), undefined);
  assert.ok(askThroughUnownedChannel(ctx(), found('BRAND_LOOKALIKE_DOMAIN'), () => [ask('open-link', 'url')], never));
  // A Y/N reply is mild, and a "resolve" names no channel; but not beside an alarm about the reader's own account, card or line
  // (the fake bank's "身に覚えがなければ0を返信"), unless the message names the scam itself.
  assert.equal(askThroughUnownedChannel(ctx(lure('lure', 'unpaid-charge')), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('reply-yes-no', 'reply'), ask('resolve', 'unstated')], never), undefined);
  assert.ok(askThroughUnownedChannel(ctx(lure('lure', 'security-alert')), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('reply-yes-no', 'reply')], never));
  assert.ok(askThroughUnownedChannel(ctx(lure('context', 'accused')), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('reply-yes-no', 'reply')], never));
  assert.equal(askThroughUnownedChannel(ctx(lure('lure', 'security-alert'), lure('benign', 'scam-awareness')), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('reply-yes-no', 'reply')], never), undefined);
  // A bare pressure word ("至急") is a clinic's as much as a lure's: it asserts nothing.
  assert.equal(askThroughUnownedChannel(ctx(lure('pressure', 'urgency')), found('SENDER_HANDSET_OFFICE_ASK'), () => [ask('call', 'reply')], never), undefined);
  assert.equal(askThroughUnownedChannel(ctx(lure('pressure', 'urgency')), found('BRAND_UNOFFICIAL_SENDER'), () => [ask('resolve', 'unstated')], never), undefined);
});

test('a brand\'s link off its listed domains counts only on a page nobody keeps a site on', () => {
  assert.equal(askThroughUnownedChannel(ctx(), found('BRAND_UNOFFICIAL_DOMAIN'), () => [ask('open-link', 'url')], never), undefined);
  assert.ok(askThroughUnownedChannel(ctx(), found('BRAND_UNOFFICIAL_DOMAIN'), () => [ask('open-link', 'url')], always));
});

test('a channel the claim owns, or a report, leaves the pair out', () => {
  assert.equal(askThroughUnownedChannel(ctx(), found('CALLBACK_OPEN_LINE', 'ASK_OWN_CHANNEL'), () => [ask('call', 'phone')], never), undefined);
  assert.equal(askThroughUnownedChannel({ lures: [], reported: true }, found('CALLBACK_OPEN_LINE'), () => [ask('call', 'phone')], never), undefined);
  assert.equal(askThroughUnownedChannel(ctx(), found('CALLBACK_OPEN_LINE'), () => [], never), undefined);
});

test('a call back through a line the claim does not own is counted beside the alarm or the promise it answers, not a bare hurry', () => {
  const call = () => [ask('call', 'reply')];
  const rung = () => [ask('call', 'phone')];
  // The reader's account or identity accused, a charge threatened, money said due or released, the call asked through what follows.
  for (const l of [lure('context', 'accused'), lure('context', 'penalty'), { ...lure('context', 'refund-due'), cue: '返金' }, lure('context', 'release'), { ...lure('ask', 'call'), cue: 'ご連絡なき場合' }]) {
    assert.ok(askThroughUnownedChannel(ctx(l), found('SENDER_HANDSET_OFFICE_ASK'), call, never), l.category);
    assert.ok(askThroughUnownedChannel(ctx(l), found('CALLBACK_PERSONAL_LINE'), rung, never), l.category);
    assert.ok(askThroughUnownedChannel(ctx(l), found('ROLE_PERSONAL_LINE'), rung, never), l.category);
  }
  // A booking's cancellation is no money due; a plain call cue is no threat; a message naming the scam warns of it.
  assert.equal(askThroughUnownedChannel(ctx({ ...lure('context', 'refund-due'), cue: '取消' }), found('SENDER_HANDSET_OFFICE_ASK'), call, never), undefined);
  assert.equal(askThroughUnownedChannel(ctx({ ...lure('ask', 'call'), cue: 'ご連絡ください' }), found('SENDER_HANDSET_OFFICE_ASK'), call, never), undefined);
  assert.equal(askThroughUnownedChannel(ctx(lure('context', 'accused'), lure('benign', 'scam-awareness')), found('SENDER_HANDSET_OFFICE_ASK'), call, never), undefined);
  // An office-holder's personal mobile with nothing at stake only tags; a listed brand's handset needs nothing more.
  assert.equal(askThroughUnownedChannel(ctx(), found('ROLE_PERSONAL_LINE'), rung, never), undefined);
  assert.ok(askThroughUnownedChannel(ctx(), found('CALLBACK_PERSONAL_LINE', 'BRAND_CLAIMED'), rung, never));
});
