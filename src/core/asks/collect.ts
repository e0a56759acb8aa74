// Hand a bank card, passbook, cash "held as a deposit", a PIN or the My Number to someone who comes to the door: "職員がご自宅まで受け取りに
// 伺います", "キャッシュカードと通帳をご用意ください". No bank, office or police officer collects
// them at home (NPA: キャッシュカード詐欺盗, 預貯金詐欺; the census never asks the My Number), so the visitor is the channel, and nobody
// the reader knows stands behind it. A visit that takes nothing (a meter reading, a mover) asks nothing
// here, nor one that needs a seal or a card payment (a care manager's forms, a repair paid by card).
import type { Ask } from '../check.js';
import { replyChannel } from './reply.js';
import { cuesOf, inSentence, speaksAsOffice, sentenceAt, type AskFinder, type AskInput } from './types.js';

export function createCollectAsk(): AskFinder {
  return (input) => {
    const visit = cuesOf(input, 'visit-collect').find((c) => !c.quoted && !inSentence(input, c.index, 'never-ask')) ?? officeStaffComing(input);
    if (!visit) return preparedForVisitor(input);
    // The thing handed over, with a word of handing or preparing it in its sentence or the visit's
    // ("キャッシュカードのICチップ交換が必要です。職員が…受け取りに伺います").
    // Cash made ready for whoever comes ("上司の息子さんが取りに行くから現金を用意して") is the same hand-over,
    // whoever collects, when a relative's trouble or an office's voice sets it up; a club's treasurer or a
    // child fetching the fees ("部費の現金を用意しといてね、明日取りに行く") asks it of people who know them.
    const cashSetUp = speaksAsOffice(input) || input.lures.some((l) => l.category === 'family' && l.kind === 'lure' && !l.quoted);
    const handed = cuesOf(input, 'valuables').find((o) => !o.quoted && !inSentence(input, o.index, 'never-ask') && !inSentence(input, o.index, 'door')
      && (inSentence(input, o.index, 'collect-word') || inSentence(input, visit.index, 'collect-word'))
      && (!isCash(o.cue) || cashSetUp));
    if (handed) return [{ kind: 'collect', cue: `${handed.cue} / ${visit.cue}`, channel: replyChannel(input), quoted: false }];
    return preparedForVisitor(input);
  };
}

// An office's staff coming to the home, however the visit is worded ("年金事務所の職員が明日10時ごろ書類を
// お持ちします", "担当者がご訪問いたします", "警察官がそちらに向かいます").
const OFFICE_STAFF_COMING = /(?:職員|係員|行員|局員|署員|担当者|担当の者|係の者|警察官|捜査員|刑事|調査員)(?:の方)?が[^。\n]{0,30}?(?:お?伺|ご?訪問|お持ち|持参|参ります|お届けに|向かいます|向かわせ)/;

/**
 * A visit by an office's staff (an office's voice and its staff coming), as a visit cue: the card or
 * passbook made ready for it is handed to whoever comes (NPA: offices never collect cards at the door).
 */
function officeStaffComing(input: AskInput): { cue: string; index: number } | undefined {
  if (!speaksAsOffice(input) && !input.lures.some((l) => l.category === 'institution' && !l.quoted)) return undefined;
  const m = OFFICE_STAFF_COMING.exec(input.norm.lower);
  if (m === null || inSentence(input, m.index, 'never-ask')) return undefined;
  return { cue: m[0], index: m.index };
}

/** Cash made ready ("現金を用意"), not a card, a passbook or a number: people hand it to each other at the door. */
function isCash(cue: string): boolean {
  return /^(?:現金|お金)を(?:ご)?(?:用意|準備)/.test(cue);
}

// A staff member coming ("調査員が明日伺います", "担当の者が訪問します").
const STAFF_VISIT = /(?:員|者)が[^、。]{0,8}?(?:お?伺|訪問|参ります)/;

/**
 * Personal data made ready for the visitor of an office that tells of a problem ("国勢調査の回答に不備が
 * ありました。調査員が明日伺いますので、世帯全員の生年月日とお勤め先をご用意ください"): the visitor carries
 * the data off as a reply would, so it is that ask, owned by an office's registered line (a city's 0005
 * notice) and by no handset (the census comes by post and by enumerators with ID, never by a text about
 * 不備: https://www.city.kuwana.lg.jp/soumu/kokuchoqanda1.html, かたり調査). An ID shown at the door
 * (身分証, 免許証: 本人限定受取) is looked at, not carried off.
 */
function preparedForVisitor(input: AskInput): Ask[] {
  if (!speaksAsOffice(input) || !STAFF_VISIT.test(input.norm.lower)) return [];
  const prepared = cuesOf(input, 'personal-data').find((o) => !o.quoted && !o.cue.includes('証') && !inSentence(input, o.index, 'never-ask') && preparedIn(input, o.index));
  return prepared ? [{ kind: 'reply-data', cue: prepared.cue, channel: replyChannel(input), quoted: false }] : [];
}

// Words of making something ready (ご用意, 用意して, 準備して), not of taking it (受け取り, 回収).
function preparedIn(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  return input.lures.some((l) => l.category === 'collect-word' && l.index >= s && l.index < e && (l.cue.includes('用意') || l.cue.includes('準備')));
}
