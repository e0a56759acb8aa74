// Take up an offer that pays the reader, made out of the blue: an investment site or app, a
// "simple" phone job at several times a day's wage. The invitation ("登録してみませんか",
// "興味はありますか", "返信いただければ詳細送ります") is the ask, answered through the sender;
// what follows is the fee, the deposit or the crime (NPA: SNS型投資詐欺, 闇バイト). One word of
// pay from a person (a foreman's 日給1万2千円) and an answer to the reader's own application
// (面接, ご応募) are not such offers.
import { foldDiacritics } from '../lures/fold.js';
import { WRITERS_WIN } from './prepay.js';
import { guaranteedReturn, lossGuarantee } from '../lures/offers.js';
import { insideQuoteMarks } from '../quotes/index.js';
import { namesCrime } from './join.js';
import { replyChannel } from './reply.js';
import { hasCue, inSentence, sentenceAt, speaksAsPerson, type AskFinder, type AskInput, type AskNeeds, luresOfCategory, NO_ASKS } from './types.js';

function sentenceOf(input: AskInput, index: number): string {
  const [s, e] = sentenceAt(input.norm.text, index);
  return input.norm.lower.slice(s, e);
}

// Pay of 30,000 yen or more a day or a task: "日給は4万円", "1日3万円", "報酬1回5万円", "1件10万円" (skilled
// trades pay 2万-odd a day, and say so).
const BIG_PAY = /(?:日給|日当|1日|一日|1回|1件|一件|報酬)\D{0,4}(?:[3-9]|[1-9]\d)\s*万/;

// The ways a stranger's offer is taken up besides the invitation's own words: a reply or a DM, a move to a
// messenger, a call, the reader's ID or residence card (its photo), a fee first. Any of them answers it.
const ANSWERS: ReadonlySet<string> = new Set(['invite', 'reply-yes-no', 'messenger', 'messenger-name', 'messenger-mention', 'call', 'personal-data', 'fee']);
// "詳しくはDMで", "返信だけください", "参加は返信で", "DM me", "chama no zap", "ทักไลน์", "hubungi": answered back to the sender.
// The residents' languages say "メッセージして" too (read with Latin diacritics folded): "nhắn tin qua Facebook / cho mình",
// "manda mensagem", "i-message mo ako", "mag-message", "私信我", "私聊", "문자 주세요", "톡 주세요", "chat saya".
// The reader asked to tell the sender about themselves ("まずは年齢と住んでる地域を教えてください"): answered by reply too.
// The group's assistant or desk to be contacted ("アシスタントの真理子さんに連絡して", "アシスタントに連絡を"): answered through whoever it names.
// (Or the keyword to reply given in brackets, "返信「参加」", as "返信で「1」" is.)
const ANSWER_BACK = /(?:返信|dm|メッセージ|(?<![ァ-ヺー])ライン|(?<![a-z])line)\s*(?:で|を|ください|下さい|して|ちょうだい|だけ|くれ|お願い|まで)|返信\s*[「『]|\btext back\b|\breply back\b|教えて(?:ください|下さい|ほしい|もらえ|いただけ)|に\s*(?:ご)?連絡(?:して|を|ください|下さい|ちょうだい)|\bdm\b|\b(?:pm|dm|message|text) me\b|\bchama\b|\bhubungi\b|\bwa sekarang\b|\binbox\b|ทัก|ติดต่อ|\bnhan tin (?:qua|cho|ngay|de)\b|\bmanda (?:uma )?(?:mensagem|msg)\b|\bi-?message mo\b|\bmag-?message\b|私信|私聊|문자 ?주세요|톡 ?주세요|\bchat saya\b/;
// The writer proposing to invest together ("一緒に資産運用しよう?", "같이 투자해요", "一起投资吧", "let's invest together",
// "vamos investir juntos"): the romance and "friend" investment scripts' invitation (NPA SNS型ロマンス詐欺), taken up by the
// reader's yes; read only beside an investment offer (below), so "一緒にランチしよう" asks nothing here.
const TOGETHER = /一緒に[^。!?！？\n]{0,14}(?:しよう|しない|やろう|やらない|始めよう|始めない|増やそう|運用しよう)|같이 ?(?:투자|해요|하자|시작|해 ?보)|一起(?:投资|投資|做|赚|賺)|\b(?:let'?s|we (?:can|could)) (?:invest|trade|start investing)\b[^.!?]{0,20}\btogether\b|\binvest together\b|vamos investir|mag-?invest tayo|cung (?:nhau )?dau tu|bersama(?:-sama)? investasi/;
// The romance's cast offering to teach the reader the way to the gain it told ("My uncle's crypto platform gave me 40% this month, I can
// teach you", "やり方教えてあげる"): the romance-investment script's invitation (警察庁 SNS型ロマンス詐欺), read only beside a romance's cue
// (data/lures.json romance: a dating app, 二人の将来), since a friend who teaches a friend to invest asks nothing of them.
const TEACH = /\bi (?:can|will|'ll|could) (?:teach|show) you\b|教えてあげる|教えるね|やり方(?:を)?教え/;
// Where the money goes named by its first stake or its exchange ("最初は5万円から", "처음엔 10만엔만 넣어 보세요", "코인 거래소",
// "start with just ¥50,000"): an investment offer that names a deposit names its venue.
const FIRST_STAKE = /(?:最初は|まずは|初回は?)\s*\d[\d,]*\s*万?円|처음(?:엔|에는)? ?\d[\d,]*\s*만?\s*엔|넣어 ?보세요|거래소|取引所|交易所|\bstart with (?:just |only )?[¥$]?\s?\d|\bcrypto (?:platform|exchange)\b|san giao dich|corretora/;
// The first stake told as the writer's own plan or deed ("最初は5万円から入れてみる予定", "私は月3万円からにした", "I'm starting
// with"): a friend saying what they put in themselves names no deposit the reader is to make, so no venue is named by it.
const OWN_STAKE_AFTER = /^[^。!?！？\n]{0,16}?(?:予定|つもり|にした|にしてる|にしました|始めた|入れた|入れてる|積み立ててる)/;
function stakeAsked(lower: string): boolean {
  const m = FIRST_STAKE.exec(lower);
  if (m === null) return false;
  return !/^(?:最初は|まずは|初回は?)/.test(m[0]) || !OWN_STAKE_AFTER.test(lower.slice(m.index + m[0].length));
}
// A sentence that wishes for, doubts or denies what it names: a question, "かな", "なんて", a negated ending.
const UNSURE = /[?？]|かな|かしら|なんて|とか|ない(?:の|よ|か|わ|ね|って|し|$)|ません|わけない|はずがない/;
// An investment cue that itself urges a deposit ("多めに入金", "追加入金", "入金額が多いほど"): the offer's ask is the money in.
const DEPOSIT_URGED = /入金/;
// Venue cues that name a messenger (data/lures.json invest-venue): where the talk goes, not the money.
const MESSENGER_VENUE = /^(?:line|ライン)$/;
// Right after an application's word, words that say there is none: "面接なし", "選考不要", "no interview".
const NONE_AFTER = /^\s*(?:なし|無し|不要|一切なし|ない|せず|no\b)/;
// An ending addressed to the reader in the sentence naming where the money goes ("まずは口座を作ってください"), or the request
// clipped to its object ("本日15時までに入金を": お願いします left unsaid).
const ASKS_READER = /ください|下さい|して(?:ね|ほしい|ちょうだい)?(?:$|[。!?！？\s])|しませんか|しましょう|お願い|を[。!?！？\s]*$/;

// An account the writer made for the two of them ("二人の口座を作りました", "投資口座を作ったの", "私たちの口座を開設"), with the reader's
// money to go in and be run by the writer ("あなたの分も一緒に運用する", "最初の入金は10万円から"): the romance-investment script's pot
// (警察庁 SNS型ロマンス詐欺: 「二人の将来のために」と投資を勧める). Read only beside a romance's cast (data/lures.json romance): a couple's
// joint savings ("結婚資金用に二人の口座作ったよ。毎月3万ずつ入れようね") names no stake's floor, no investment and no running of it.
const POT = /(?:二人|ふたり|2人|私たち|僕たち|俺たち|わたしたち|あなたと私)(?:の|で|用の?|のための)[^。!?！？\n]{0,8}?口座|投資(?:用の?)?口座|運用(?:用の?)?口座/;
const POT_STAKE = /運用|投資|最初の入金|入金は\s*\d|\d[\d,]*\s*万?円から|あなたの分/;
// A purchase on the reader's own deferred payment (後払い, ツケ払い, 分割, クレジットで) for which the writer hands cash first ("商品を後払いで
// 購入して…先に3万円をお渡しします"): 後払い現金化, a loan at any rate dressed as a purchase, the reader left owing the full price
// (金融庁・消費者庁: 「後払い(ツケ払い)現金化」に注意). A friend's "後払いで買っておいて、後で現金渡すね" pays back after, not first.
const ON_CREDIT = /(?:後払い|ツケ払い|つけ払い|分割払い|クレジット(?:カード)?)(?:で|を使って|を利用して)[^。!?！？\n]{0,12}?(?:購入|買って|買い物|注文)/;
const CASH_FIRST = /(?:先に|すぐに?|即日|その場で|当日)[^。!?！？\n]{0,8}?\d[\d,]*\s*(?:万|千)?\s*円?[^。!?！？\n]{0,4}?(?:お渡し|渡し|お振込|振り込|送金|現金)|現金化/;

// A loan urged to pay for the stake or the course ("学生ローンでも参加できるって", "初期費用は学生ローンで払える", "カードなければ消費者金融で
// 借りればOK"): whoever tells the reader to borrow to invest is selling the stake, not sharing a tip, in any voice, a friend's or
// a senior's too (国民生活センター: 友人・先輩からの投資・副業の勧誘で「借金してでも」と消費者金融へ誘導; 金融庁). Not a warning ("カードローンで
// 投資はダメ").
const BORROW = /学生ローン|消費者金融|カードローン|借金して|借りて(?:でも|まで)|借りれば|ローンを組/;
const WARNS = /ダメ|だめ|駄目|やめ|止め|ない(?:方|ほう)|危|詐欺|注意|気をつけ|しないで|するな|ません/;

// A sum won told the reader ("海外宝くじで8億円が当選しました"), 10万円 or more in the win's sentence, with the reader asked to get in touch
// for it with no way written but this line ("受け取り手続きのため担当者へご連絡ください"): the 当選商法's opener, whose next step is the fee or the
// data (消費者庁: 「当選しました」「受け取りには連絡を」は詐欺; a foreign lottery cannot be won without a ticket bought, and buying one from
// Japan is itself unlawful, 刑法187条). A campaign's winner is sent the prize or told to enter an address on the campaign's own page.
const PRIZE_SUM = /(\d+(?:\.\d+)?)\s*(億|万)\s*円/;
const CONTACT_ASKED = /(?:へ|に|まで)\s*(?:ご)?連絡(?:ください|下さい|をください|をお願い|願います|して(?:ください|下さい|ね|ほしい))|ご連絡(?:を)?お待ち/;
const QUESTIONS = /不明|質問|問い合わせ|問合せ/;

// The cues that make an investment (`investment`) or a job (`side-job`, `crime-job`, `crime-task`) in createOfferAsk.
const OFFER_CUES = ['investment', 'side-job', 'crime-job', 'crime-task'];

/**
 * What createOfferAsk cannot find an offer without (types.ts AskNeeds): an investment offer needs an `investment` cue or a
 * guarantee against loss (`guarded`); a job offer needs two of a job cue, BIG_PAY and a fee first, and the fee counts only
 * beside a job cue, so it needs a job cue. A report asks nothing.
 */
export const offerNeeds: AskNeeds = (input) => !input.reported && (hasCue(input, OFFER_CUES) || lossGuarantee(input.norm.lower) !== null
  || hasCue(input, ['prize']) || (hasCue(input, ['romance']) && POT.test(input.norm.lower)) || (hasCue(input, ['pay-later']) && ON_CREDIT.test(input.norm.lower)));

/** The pot made for the two (POT) with the reader's stake in it (POT_STAKE), beside a romance's cast: its cue, if any. */
function sharedPot(input: AskInput): string | undefined {
  if (!input.lures.some((l) => l.category === 'romance' && !l.quoted)) return undefined;
  const m = POT.exec(input.norm.lower);
  if (m === null || insideQuoteMarks(input.norm.lower, m.index) || inSentence(input, m.index, 'never-ask')) return undefined;
  return POT_STAKE.test(input.norm.lower) ? m[0] : undefined;
}

/** A sum of 10万円 or more told won (PRIZE_SUM in a prize cue's sentence) and the reader asked to get in touch (CONTACT_ASKED): its cue. */
function prizeContact(input: AskInput): string | undefined {
  const won = input.lures.find((l) => l.category === 'prize' && l.kind === 'lure' && !l.quoted && /当選|当せん|当たりました/.test(l.cue));
  if (won === undefined || WRITERS_WIN.test(input.norm.lower) || inSentence(input, won.index, 'never-ask')) return undefined;
  const sum = PRIZE_SUM.exec(sentenceOf(input, won.index));
  if (sum === null || Number(sum[1]) * (sum[2] === '億' ? 1e8 : 1e4) < 100000) return undefined;
  const m = CONTACT_ASKED.exec(input.norm.lower);
  return m !== null && !QUESTIONS.test(sentenceOf(input, m.index)) && !insideQuoteMarks(input.norm.lower, m.index) ? m[0] : undefined;
}

/** A loan urged beside an investment offered (BORROW), in no warning's sentence: its cue, if any. */
function borrowToInvest(input: AskInput): string | undefined {
  const m = BORROW.exec(input.norm.lower);
  if (m === null || insideQuoteMarks(input.norm.lower, m.index) || WARNS.test(sentenceOf(input, m.index)) || inSentence(input, m.index, 'never-ask')) return undefined;
  return input.lures.some((l) => l.category === 'investment' && l.kind === 'lure' && !l.quoted && !inSentence(input, l.index, 'never-ask')) ? m[0] : undefined;
}

/** A purchase on the reader's deferred payment asked, with cash handed first for it (後払い現金化): its cue, if any. */
function cashForCredit(input: AskInput): string | undefined {
  if (!input.lures.some((l) => l.category === 'pay-later' && !l.quoted)) return undefined;
  const m = ON_CREDIT.exec(input.norm.lower);
  if (m === null || insideQuoteMarks(input.norm.lower, m.index) || inSentence(input, m.index, 'never-ask')) return undefined;
  return CASH_FIRST.test(input.norm.lower) ? m[0] : undefined;
}

export function createOfferAsk(): AskFinder {
  return (input) => {
    if (input.reported) return NO_ASKS;
    const open = (l: { category: string; quoted: boolean; index: number }): boolean => !l.quoted && !inSentence(input, l.index, 'never-ask');
    const venueAsked = luresOfCategory(input.lures, 'invest-venue').some((l) => open(l) && ASKS_READER.test(sentenceOf(input, l.index)));
    // A guarantee against loss in the writer's own words (not in 「」, not in a sentence that rules the ask out): the offer
    // needs no invitation besides it, since no one may lawfully make it (lossGuarantee); it is made to be taken up.
    const guard = lossGuarantee(input.norm.lower);
    const guarded = guard !== null && !insideQuoteMarks(input.norm.lower, guard.index) && !inSentence(input, guard.index, 'never-ask');
    const invite = luresOfCategory(input.lures, 'invite').find((l) => open(l))
      ?? input.lures.find((l) => ANSWERS.has(l.category) && open(l))
      ?? (ANSWER_BACK.test(foldDiacritics(input.norm.lower)) || venueAsked ? { cue: 'answer' } : undefined)
      ?? (guarded ? { cue: guard.cue } : undefined)
      ?? (TOGETHER.test(foldDiacritics(input.norm.lower)) ? { cue: 'together' } : undefined)
      ?? (TEACH.test(input.norm.lower) && input.lures.some((l) => l.category === 'romance' && !l.quoted) ? { cue: 'teach' } : undefined);
    // "「運ぶだけ」の募集は闇バイトです": a message that calls the offer a crime warns of it.
    // ("面接なし", "選考不要" say no application was made, and is none to come.)
    const applied = (l: { category: string; cue: string; index: number }): boolean => l.category === 'applied' && !NONE_AFTER.test(input.norm.lower.slice(l.index + l.cue.length, l.index + l.cue.length + 4));
    if (input.lures.some((l) => applied(l) && !l.quoted) || namesCrime(input)) return NO_ASKS;
    // The pot and the cash for credit are taken up by the money itself: the reader's deposit, the reader's purchase.
    const made = sharedPot(input) ?? cashForCredit(input) ?? borrowToInvest(input) ?? prizeContact(input);
    if (made !== undefined) return [{ kind: 'offer', cue: made, channel: replyChannel(input), quoted: false, implied: true }];
    const investment = new Set<string>();
    const job = new Set<string>();
    for (const l of input.lures) {
      if (l.quoted || l.kind !== 'lure' || inSentence(input, l.index, 'never-ask')) continue;
      if (l.category === 'investment') investment.add(l.cue);
      else if (l.category === 'side-job' || l.category === 'crime-job' || l.category === 'crime-task') job.add(l.cue);
    }
    // A fee asked first for the work ("まずは教材費9,800円", "taxa de cadastro") piles onto its pay: employers pay, they do not charge.
    // The guarantee is an investment's word whatever the product is called ("安全な投資です。元本は100%保証").
    if (guarded) investment.add(guard.cue);
    const feeFirst = job.size > 0 && luresOfCategory(input.lures, 'fee').some((l) => open(l));
    // The recruiting piles up its pay; an office's voice, not a person's, makes it an offer to a stranger.
    const jobOffer = job.size + (BIG_PAY.test(input.norm.lower) ? 1 : 0) + (feeFirst ? 1 : 0) >= 2 && !speaksAsPerson(input);
    // An investment offer names where the money goes (a site, an app, a group, a first deposit);
    // "一緒に投資の勉強会に参加しませんか" from a friend names none.
    // So does a return no market gives, promised ("確実に上がる", "3か月で資産倍増", "月利10%"): whoever promises it holds the money.
    // So does a guarantee against loss ("元本保証", "損失は全額補償", "絶対に損をしません").
    // A messenger named as the venue ("LINEで話そう") by a person in their own voice, who gives no sign of being a
    // stranger (stranger-tie, weak-tie), is where friends talk: "新NISA始めたよ。一緒に投資の勉強会行かない?LINEで".
    const friendsChat = speaksAsPerson(input) && !input.lures.some((l) => !l.quoted && (l.category === 'stranger-tie' || l.category === 'weak-tie'));
    // An amount cue ("万円から") followed by the writer's own plan is their own stake (OWN_STAKE_AFTER), no venue.
    const ownStake = (l: { cue: string; index: number }): boolean => /円から$/.test(l.cue) && OWN_STAKE_AFTER.test(input.norm.lower.slice(l.index + l.cue.length));
    const venue = luresOfCategory(input.lures, 'invest-venue').some((l) => !l.quoted && !(friendsChat && MESSENGER_VENUE.test(l.cue)) && !ownStake(l))
      || stakeAsked(foldDiacritics(input.norm.lower))
      // The stock group's cast (lures/offers.ts studyGroup: a 先生 directing trades) is the group the money goes through.
      || [...investment].some((c) => c.startsWith('group-'))
      // A stranger who says so (a wrong number turned friendly, a friend of a friend: stranger-tie) and invites the reader to invest
      // is the venue: the "wrong number" opener of the SNS investment scam, whose next message is the group's LINE (警察庁).
      || (invite !== undefined && input.lures.some((l) => !l.quoted && l.category === 'stranger-tie'));
    const investOffer = investment.size > 0 && (venue || guaranteedReturn(input.norm.lower) !== null || guarded);
    if (!investOffer && !jobOffer) return NO_ASKS;
    // With no way back written, a job at several days' wage a task or a day (BIG_PAY) is still made to be taken up,
    // by answering the line it came from: pay no honest job offers is the 闇バイト's own bait (NPA: 高額報酬).
    const bigPay = jobOffer ? BIG_PAY.exec(input.norm.lower) : null;
    // So is an investment offer with no way back written, from whoever is no friend talking (not a person's voice, or one that
    // tells it is a stranger), where what it offers is itself the bait: a return no market gives (guaranteedReturn), a guarantee
    // against loss, the stock group's cast handing out picks (lures/offers.ts studyGroup, its cue "group-…"), or a deposit urged
    // by its gain ("多めに入金すると利益も大きく"): the reply to the line it came from is how the group's LINE or the deposit
    // follows (警察庁 SNS型投資詐欺: the first message names no account; the reply gets one).
    const stranger = !speaksAsPerson(input) || input.lures.some((l) => !l.quoted && (l.category === 'stranger-tie' || l.category === 'weak-tie'));
    // The return asserted, not wished for or denied in its sentence ("確実に上がる銘柄とかないかなー", "…なんてないのにね").
    const sure = guaranteedReturn(input.norm.lower);
    const asserted = sure !== null && !UNSURE.test(sentenceOf(input, sure.index)) ? sure.cue : undefined;
    const bait = investOffer && stranger ? (asserted ?? (guarded ? guard.cue : undefined)
      ?? [...investment].find((c) => c.startsWith('group-') || DEPOSIT_URGED.test(c))) : undefined;
    const taken = invite ?? (bigPay ? { cue: bigPay[0] } : undefined) ?? (bait !== undefined ? { cue: bait } : undefined);
    if (!taken) return NO_ASKS;
    return [{ kind: 'offer', cue: taken.cue, channel: replyChannel(input), quoted: false, implied: true }];
  };
}
