// Coach the reader to deceive the people who would stop the payment: what to tell the bank teller, the
// convenience-store clerk or the police when they ask ("銀行の窓口で何か聞かれたら、リフォーム代と言ってください",
// "銀行の人に聞かれても『家族への仕送り』って答えてね"), or to keep the payment or the call from the bank, the
// police, the family or anyone ("奥様にも銀行の方にも話さないでください", "親父には絶対言うなよ", "誰にも言わないでね").
// Banks and stores ask what the money is for because that question stops fraud (全銀協・NPA: 銀行窓口での声かけ,
// コンビニでの声かけ); a script for it, or a ban on telling, is the fraud's own (NPA: 「誰にも言わないで」は詐欺の典型).
// Secrecy from the family alone is ordinary (a surprise party, a pregnancy kept quiet): counted only with money
// asked or handed over, and never for a present or a surprise. A bank's warning that quotes the script asks nothing.
import type { Ask } from '../check.js';
import { replyChannel } from './reply.js';
import { inSentence, sentenceAt, type AskFinder, type AskInput, type AskNeeds, NO_ASKS } from './types.js';
import { gated } from '../match/literals.js';

// Those who check a payment: a bank, a post office, a store clerk, the police.
const CHECKER = '銀行|窓口|行員|郵便局|局員|金融機関|信用金庫|信金|農協|コンビニ|店員|レジ|警察|警官|お巡り|おまわり|交番|刑事';
// Those the reader would tell at home or anyone at all.
const KIN = '家族|奥様|奥さん|ご主人|旦那|主人|夫|妻|嫁|親|父|母|パパ|ママ|おとん|おかん|兄|姉|弟|妹|息子|娘|子ども|子供|家の人|周り|周囲|他の人|誰|だれ';

// "銀行の人に聞かれても『家族への仕送り』って答えてね", "店員に聞かれたら自分で使うと言ってください": what to answer.
const ASKED = '(?:聞かれ|訊かれ|きかれ|尋ねられ|確認され|質問され)';
const SCRIPT = new RegExp(`(?:${CHECKER})[^。\\n]{0,14}?${ASKED}(?:たら|ても|た時|たとき|た場合|る)[、\\s]*[^。\\n]{0,30}?(?:と|って|』|」)\\s*(?:言って|いって|答えて|こたえて|お答え|説明して|伝えて|おっしゃって|言う(?:よう|こと)|答える(?:よう|こと)|言え|答えろ|説明する)`);
// "銀行の方にも話さないでください", "ママにはいわないで", "親父には絶対言うなよ", "誰にも言わんでね".
const HIDE_VERB = '(?:言わんといて|言わないどいて|言わねで|話さないで|話さずに|話すな|話しては|言わないで|いわないで|言わんで|いわんで|言うな|いうな|言っては|言わずに|相談しないで|相談せず|相談しては|知らせないで|連絡しないで|内緒|ないしょ|黙って|秘密)';
const HIDE_FROM = (who: string): RegExp => new RegExp(`(?:${who})(?:の(?:人|方|者|窓口))?(?:さん|様)?(?:に|には|にも|にだけは)[、\\s]*(?:絶対(?:に)?|決して|ぜったい|まだ)?[、\\s]*${HIDE_VERB}`);
const HIDE_CHECKER = HIDE_FROM(CHECKER);
const HIDE_KIN = HIDE_FROM(KIN);
// What every match of SCRIPT, and of HIDE_CHECKER and HIDE_KIN, holds: tested first, alone. The long patterns start at any
// of thirty words and are tried at nearly every character; their verbs are few, and most texts have none.
const ASKED_WORD = gated(new RegExp(ASKED));
const HIDE_WORD = gated(new RegExp(HIDE_VERB));

function scriptIn(lower: string): RegExpExecArray | null {
  return ASKED_WORD.test(lower) ? SCRIPT.exec(lower) : null;
}

function hiddenFrom(re: RegExp, lower: string): RegExpExecArray | null {
  return HIDE_WORD.test(lower) ? re.exec(lower) : null;
}

// A warning about the script: "…と言うよう指示されたら詐欺です", "口止めされたら詐欺".
const WARNING = /詐欺(?:です|だ|に(?:ご)?注意|かも|を疑)|ご注意|注意して|気をつけ|騙されない|だまされない|口止めされ|指示され(?:たら|ても)|言われ(?:たら|ても)|ように言われ/;
// A present or a surprise kept from the family: the secret the family itself keeps.
const SURPRISE = /サプライズ|プレゼント|誕生日|お祝い|驚かせ|驚かそ|びっくりさせ|記念日/;
// Trouble that makes the money urgent or hidden: needed today, lost, the company's money, an accident, a debt, an arrest.
const TROUBLE = /今日中|至急|急ぎ|今すぐ|なくし|無くし|失くし|落とし|使い込|手をつけ|手ぇつけ|会社の(?:お)?金|事故|トラブ|示談|借金|返さん|返さない|クビ|首に|捕ま|逮捕|入院|困って|こまって/;
// Money asked of the reader or handed over: a sum, a transfer, a loan, cash, a withdrawal, an envelope.
const MONEY = /\d[\d,]*\s*(?:万|千|円)|[一二三四五六七八九十百]+万|まん(?:円|えん)?|お金|おかね|現金|送金|振込|振り込|ふりこ|仕送り|用立て|貸して|かして|立て替|paypay|ペイペイ|払って|支払|引き出|下ろ|おろし|封筒|渡して|預け|受け取りに|取りに/;

/** Money or a hand-over named anywhere in the message. */
function moneyNamed(input: Pick<AskInput, 'norm'>): boolean {
  return MONEY.test(input.norm.lower);
}

/** The coaching serves a payment: money named, or a script for the bank's or the store's question, which is asked only of one. */
export function coachedMoney(input: Pick<AskInput, 'norm'>): boolean {
  return moneyNamed(input) || scriptIn(input.norm.lower) !== null;
}

/**
 * What createCoachAsk cannot find an ask without (types.ts AskNeeds): each ask is a match of SCRIPT (which holds ASKED_WORD),
 * HIDE_CHECKER or HIDE_KIN (which hold HIDE_WORD). A report asks nothing.
 */
export const coachNeeds: AskNeeds = (input) => !input.reported && (ASKED_WORD.test(input.norm.lower) || HIDE_WORD.test(input.norm.lower) || ERASE_WORD.test(input.norm.lower));

// The request itself erased once the money is sent: the message, the chat or the transfer's record deleted.
const ERASE = /(?:メッセージ|sms|ショートメール|メール|履歴|トーク|やり取り|やりとり|記録|message|chat)(?:は|も|を)?[、\s]*(?:すぐに?|必ず|全部|すべて)?[、\s]*(?:消して|消しといて|消しておいて|けして|削除して|削除しておいて|削除をお願い|消去して|delete)/;
const ERASE_ALLOWED = /^[^。\n]{0,4}?(?:大丈夫|いい|ok|構い|かまい|も可|もok)/;
const ERASE_WORD = gated(/消して|消しといて|消しておいて|けして|削除|消去|delete/);
// After the money is sent: "振込後は", "送金したら", "払ったら", "after you pay".
const AFTER_PAID = /(?:振込|振り込み|送金|入金|支払い?|お支払い)(?:が済んだら|完了後|後|のあと|したら|しましたら)|(?:振り込ん|送金し|入金し|払っ|支払っ|送っ)たら|after (?:you )?(?:pay|send|transfer)/;

/**
 * The request erased once the money is sent ("1人5,000円。人事に知られると面倒なので、振込後はこのメッセージを消してください",
 * "送金したらこのトークは削除してね"): whoever would check the payment afterwards (the bank asked to trace it, the police, the
 * family, the group) finds nothing to check it against. No treasurer, friend or organiser asks the payer to destroy the request
 * (警察庁 SNS型投資・ロマンス詐欺, 闇バイト: やり取りの削除を指示する); the scam's collector does. Not a surprise or a present kept
 * from the one it is for (that secret is the family's own), not a warning.
 */
function traceErased(input: AskInput): RegExpExecArray | null {
  const lower = input.norm.lower;
  if (!ERASE_WORD.test(lower)) return null;
  const m = ERASE.exec(lower);
  if (m === null || inSentence(input, m.index, 'never-ask')) return null;
  // Leave to delete it ("消して大丈夫です", "消してもいいよ") is no instruction: the reader keeps it if they like.
  if (ERASE_ALLOWED.test(lower.slice(m.index + m[0].length))) return null;
  const [s, e] = sentenceAt(input.norm.text, m.index);
  const sentence = lower.slice(s, e);
  if (!AFTER_PAID.test(sentence) || SURPRISE.test(lower) || !moneyNamed(input)) return null;
  return m;
}

export function createCoachAsk(): AskFinder {
  return (input) => {
    const lower = input.norm.lower;
    if (input.reported || WARNING.test(lower)) return NO_ASKS;
    const said = (at: number): boolean => !inSentence(input, at, 'never-ask');
    const ask = (cue: string): Ask[] => [{ kind: 'coach', cue, channel: replyChannel(input), quoted: false }];
    const script = scriptIn(lower) ?? hiddenFrom(HIDE_CHECKER, lower);
    if (script !== null && said(script.index)) return ask(script[0]);
    const erased = traceErased(input);
    if (erased !== null) return ask(erased[0]);
    // Kept from the family or anyone: the money asked is the payment hidden, with the trouble the オレオレ tells
    // (a child hiding a loan till pocket money from a parent tells of none).
    const kin = hiddenFrom(HIDE_KIN, lower);
    if (kin !== null && said(kin.index) && moneyNamed(input) && TROUBLE.test(lower) && !SURPRISE.test(lower)) {
      const [s, e] = sentenceAt(input.norm.text, kin.index);
      if (!SURPRISE.test(lower.slice(s, e))) return ask(kin[0]);
    }
    return NO_ASKS;
  };
}

/** The coaching is a script for, or a secret from, the bank, a store or the police (not only the family), or the request erased once paid. */
export function coachesChecker(input: AskInput): boolean {
  return scriptIn(input.norm.lower) !== null || hiddenFrom(HIDE_CHECKER, input.norm.lower) !== null || traceErased(input) !== null;
}
