// A move to a messenger account from a line that vouches for nothing, tied to something of value, weighed together.
//
// ASK_MESSENGER weighs the move alone (30): people who met swap LINE IDs, a friend's new account is added, and the
// move by itself gives nothing away. What makes it the lure is what the move is for. A stranger or an unverified line
// (a handset, an 050 line, a number abroad, an unregistered letters ID, or no sender known) that moves the talk off
// the carrier's network, where filters, reports and the carrier's records no longer reach, AND ties something of value
// to that move (money to be paid first or collected, a fee, a ticket paid ahead, dues; returns, pay or a referral fee
// offered; a job; goods to be handed over; the reader's data, a code or a favour; secrecy from the party who would
// check) is the SNS investment, 闇バイト, ticket and "new contact" scam's own ask (NPA SNS型投資・ロマンス詐欺, 闇バイト;
// 国民生活センター チケット転売トラブル): the money, the data or the crime follows on an account nobody can trace.
// Summed, the move (30) and the cue of value beside it reached 30-65 on the rules; the pair is weighed as one more
// finding (MESSENGER_STAKE_ASK), up to block and never past it.
//
// Twins that stay as they were: people who met swapping IDs with nothing sought ("今日の交流会でお話しした鈴木です。
// LINE IDは…"), a friend's new account, a group for a class or a club the reader belongs to (blockingAsks drops those
// moves), a shop's LINE official account link (lin.ee, page.line.me: issued to registered businesses) or an account a
// channel we know owns, a warning that tells of the scam (reported), a service's code message.
//
// Pure: reads the context, the reasons the checks found and the asks blockingAsks let block.
import type { Ask, CheckContext } from '../check.js';
import type { ReasonCode } from '../types.js';
import { MESSENGER_BY_NAME, NUMBER_KEYED, stakeOfMove } from '../asks/messenger.js';
import { namesAccount, openLine, vouchesForNothing } from './ask-channel.js';

/** A channel someone we know owns: then the move is that owner's (its official account), left to the other checks. */
const OWNED: ReadonlySet<ReasonCode> = new Set(['BRAND_OFFICIAL_DOMAIN', 'BRAND_OFFICIAL_SENDER', 'ASK_OWN_CHANNEL', 'SENDER_CARRIER', 'SENDER_REGISTERED', 'OTP_MESSAGE']);

// LINE official accounts' own links (lin.ee, page.line.me, line.me/R/ti/p/@…): LINE issues them to registered businesses.
const OFFICIAL_ACCOUNT = /(?:^|\/\/|\b)(?:lin\.ee|page\.line\.me)\/|line\.me\/r\/ti\/p\/@/i;


/**
 * The messenger move that may block (checks/ask-channel blockingAsks: unowned, not quoted, not a quiet move between people
 * or into a members' group), sent by a line that vouches for nothing, into an account that is not a LINE official account's
 * link, beside a stake (stakeOfMove); with the stake, or undefined. Never with a channel someone we know owns, nor in a report.
 */
export function moveWithStake(
  ctx: CheckContext,
  found: readonly { readonly code: ReasonCode }[],
  blockingOf: () => readonly Ask[],
): { readonly move: Ask; readonly stake: string } | undefined {
  if (ctx.reported || !vouchesForNothing(ctx.sender)) return undefined;
  for (const r of found) if (OWNED.has(r.code)) return undefined;
  // Worked out only now: most messages name no messenger.
  if (!found.some((r) => r.code === 'ASK_MESSENGER')) return undefined;
  if (ctx.indicators.urls.some((u) => OFFICIAL_ACCOUNT.test(u.normalized))) return undefined;
  // The move names a messenger (a new number told is the kin checks' and ASK_NEW_NUMBER's) and the account to go to: written
  // out (an ID, a handle, a number, a link), or the open line itself on a messenger found by number ("WhatsAppで連絡ください"
  // from +44…). "LINEで" alone names the chat two people already share.
  const lower = ctx.norm.lower;
  // A messenger's link opens an account or a group by its path (line.me/ti/p/…, t.me/jp_work, wa.me/81…); its bare site
  // (guide.line.me) is the messenger's own help page, no account.
  const messengerLink = ctx.indicators.urls.some((u) => u.path.length > 1 && ctx.asks.some((a) => a.kind === 'messenger' && a.channel.value === u.normalized));
  if (!messengerLink && !MESSENGER_BY_NAME.test(lower)) return undefined;
  const blocking = blockingOf();
  const move = blocking.find((a) => a.kind === 'messenger');
  if (move === undefined) return undefined;
  const linkMove = ctx.indicators.urls.some((u) => u.normalized === move.channel.value);
  const account = messengerLink || (!linkMove && namesAccount(ctx, move)) || ctx.indicators.phones.length > 0 || (openLine(ctx.sender) && NUMBER_KEYED.test(lower));
  if (!account) return undefined;
  const stake = stakeOfMove(ctx, blocking);
  return stake === undefined ? undefined : { move, stake };
}

// A greeting after a long gap (data/lures.json long-gap: お久しぶり, ご無沙汰, 好久不见) and the writer's contact told as new
// (contact-changed, phone-changed, account-lost): the reader knows the writer, if at all, by an old line, not this one.
const GAP = 'long-gap';
const CHANGED: ReadonlySet<string> = new Set(['contact-changed', 'phone-changed', 'account-lost']);

/**
 * An old acquaintance's "new contact" given as a messenger account, with nothing at stake ("お久しぶりです、去年の同窓会で会った
 * 佐藤です。連絡先が変わりました。LINE ID：… で追加してね"), from a line that vouches for nothing: the opening 国民生活センター warns of
 * (知らない番号からの『久しぶり』), the tie the money is asked through later. A real classmate writes the same, so it only flags:
 * the engine weighs it below block (MESSENGER_NEW_CONTACT). Not a relative's new number (the kin checks and ASK_NEW_NUMBER weigh
 * that), not people who just met swapping IDs (no long gap), not a friend's new account told with no gap, not beside a stake
 * (MESSENGER_STAKE_ASK weighs that).
 */
export function newContactAfterGap(ctx: CheckContext, found: readonly { readonly code: ReasonCode }[]): boolean {
  if (ctx.reported || !vouchesForNothing(ctx.sender)) return false;
  let gap = false;
  let changed = false;
  for (const l of ctx.lures) {
    if (l.quoted) continue;
    if (l.kind === 'lure' && l.category === 'family') return false;
    if (l.category === GAP) gap = true;
    else if (CHANGED.has(l.category)) changed = true;
  }
  if (!gap || !changed) return false;
  for (const r of found) if (OWNED.has(r.code) || r.code === 'MESSENGER_STAKE_ASK') return false;
  if (!found.some((r) => r.code === 'ASK_MESSENGER')) return false;
  if (ctx.indicators.urls.some((u) => OFFICIAL_ACCOUNT.test(u.normalized))) return false;
  // The new contact is an account written out (an ID, a handle, a messenger's link), not the chat the two already share.
  return ctx.asks.some((a) => a.kind === 'messenger' && !a.quoted && namesAccount(ctx, a));
}
