// Between people, a payee moved away from the one the reader knows. Money between friends, relatives and a group's members goes
// to the account or the payment-app ID the reader already holds for them: a friend is repaid on the PayPay they always use, a
// club's dues go to the club's account, money sent by mistake comes back the way it came (the bank's 組戻し, the app's own
// reversal). A message that moves the money elsewhere — to a third person's account ("妹の口座", "彼のやつ", "my flatmate's
// account", "GCash ng pinsan ko", "conta do meu amigo"), to an account or an ID told as new or changed ("会計のIDが変わりました",
// "口座はいつものじゃなくて", "Our bank account has changed", "Nag-iba po yung account", "tài khoản cũ bị lỗi") — is the
// taken-over account's and the impersonator's script (警察庁・全銀協 on 口座変更 and なりすまし; PayPay on 送金先の変更を装う詐欺):
// the reader can check only the payee they knew. A genuine friend or treasurer says such a change in person or in the group,
// so the move alone is not held against the message; with a second sign it is (movedPayee): the old payee ruled out
// ("これまでのIDには送らないで", "旧口座は閉鎖済", "Huwag na po sa dati", "기존 계좌로는 보내지 마시고"), the writer's own account
// unusable (凍結, 使えなくて, locked, bị khoá, naka-lock), the money pressed for today, kept secret, a name told to differ
// ("名義は違うけど気にしないで"), the writer on a new number, or money "sent by mistake" to be returned there.
import type { AskInput } from './types.js';
import { DUE_TODAY, inSentence, sentenceAt, tellsOfScam } from './types.js';
import { gated } from '../match/literals.js';
import { foldDiacritics } from '../lures/fold.js';

// A third person's account or ID as the payee (not a parent's: a child's 仕送り account may be a parent's by design).
const THIRD_ACCOUNT = gated(new RegExp([
  '(?:妹|弟|姉|兄|彼氏|彼女|彼|友達|友人|いとこ|従兄弟|従姉妹|知人|同僚|後輩|先輩|ルームメイト|同居人|親戚|知り合い)(?:さん)?の(?:口座|アカウント|paypay|id|やつ|ほう|方)',
  "(?:sister|brother|cousin|friend|mate|flatmate|roommate|housemate|boyfriend|girlfriend|colleague|partner|niece|nephew)(?:'|’)?s (?:bank )?(?:account|paypay|gcash|wallet|id)",
  '(?:gcash|account|paypay|bank) (?:ng|ni) (?:aking |ko )?(?:pinsan|kapatid|kaibigan|ate|kuya|pamangkin|jowa|tita|tito|kasama)',
  'tài khoản (?:của )?(?:bạn (?:chị|em|anh|mình|tôi|tớ)|em gái|em trai|chị gái|anh trai|người quen|anh họ|chị họ|em họ)',
  'conta d[oa] (?:meu|minha) (?:amig[oa]|irm[ãa]o?|prim[oa]|namorad[oa]|colega|cunhad[oa])',
  '(?:동생|친구|언니|오빠|누나|형|사촌|지인)(?:의)? ?(?:계좌|통장)',
  '(?:朋友|妹妹|弟弟|姐姐|哥哥|表妹|表弟|表哥|表姐|同事|亲戚)的(?:账户|账号|银行卡|paypay)',
  'rekening (?:teman|adik|kakak|sepupu|saudara)',
].join('|')));

// The payee told as changed or new: the account, the ID, the payee itself.
const CHANGED = gated(new RegExp([
  '(?:口座|id|アカウント|振込先|送金先|集金先|集金口座|受取口座|振込口座|paypay|au pay|d払い|楽天ペイ|kyash)[^。\\n上限額暗証パ住]{0,12}(?:が|を|は)?(?:変わ|変え|変更|作り直|新しく)',
  '(?:新しい|新しく作った|新)(?:口座|id|アカウント|方)',
  'いつもの(?:口座|id|アカウント)?(?:じゃなく|ではなく|でなく)',
  // The money moved off the body it is owed to onto the writer ("入院費…病院ではなく私の口座に", "not to the school but to my account"):
  // a hospital, a school, a shop or a landlord is paid on its own account, and the relative or member who asks it paid to themself
  // moves the payee as surely as a changed account does.
  '(?:病院|学校|施設|会社|業者|お店|店|大家|管理会社|旅行会社|式場)(?:に|へ)?(?:ではなく|じゃなく|でなく)[^。\\n]{0,6}(?:私|わたし|俺|僕|こちら|こっち)の?(?:口座|paypay|id|アカウント)',
  "not (?:to )?the (?:hospital|school|clinic|shop|landlord|agency)[^.\\n]{0,12}(?:but )?(?:to )?my (?:bank )?(?:account|paypay)",
  '今回(?:だけ|は)[^。\\n]{0,8}(?:下|以下|こちら|こっち)の(?:口座|id)',
  '別の(?:口座|id|アカウント)',
  "(?:account|id|paypay|gcash)\\s+(?:has\\s+|have\\s+)?(?:changed|moved)",
  '(?:changed|moved) (?:the |our |my |his |her |their )?(?:[a-z]+ )?(?:account|id)\\b',
  'new (?:bank )?(?:account|id|paypay)',
  'tài khoản mới|tài khoản cũ[^.\\n]{0,12}(?:bị|không|đừng|lỗi|khoá|khóa)|số tài khoản mới|id mới|chuyển vào số mới',
  'nag-?iba (?:po )?(?:yung |ang )?(?:account|gcash)|bagong (?:account|gcash)|huwag na (?:po )?sa dati',
  'conta[^.\\n]{0,30}mudou|nova conta|conta nova',
  '계좌[가를이]? ?(?:바뀌|변경|바꿨)|새 계좌|새로운 계좌|기존 계좌',
  '(?:收款)?(?:账户|账号)[^。\\n]{0,6}(?:有问题|变了|换了|变更)|新的?(?:收款)?(?:账户|账号)|原来的(?:收款)?(?:账户|账号)',
  'rekening (?:baru|lama)|ganti rekening',
].join('|')));

// The old payee ruled out.
const OLD_RULED_OUT = gated(new RegExp([
  '(?:これまで|今まで|前|以前|旧|古い|いつも)の?(?:口座|id|アカウント)[^。\\n]{0,12}(?:送らない|振り込まない|振込まない|入れない|使えな|解約|閉鎖|控え|使わない)',
  '旧口座',
  'いつもの(?:口座|id|アカウント)?(?:じゃなく|ではなく|でなく)',
  'huwag na (?:po )?sa dati',
  '기존 계좌로는|기존 계좌는',
  "old (?:one|account|id)|(?:not|don't|do not)[^.\\n]{0,20}\\bold\\b",
  'conta antiga|não (?:deposite|use|mande)[^.\\n]{0,20}antiga',
  'tài khoản cũ[^.\\n]{0,12}(?:bị|không dùng|đừng)',
  '原来的(?:收款)?(?:账户|账号)',
  'rekening lama',
].join('|')));

// The writer's own account or ID unusable.
const OWN_UNUSABLE = /使えな|止ま(?:って|った|り)|凍結|ロック|制限中|限度額|上限|locked|frozen|blocked|restricted|suspended|naka-?lock|na-?lock|bị kho[áa]|bị khóa|bị lỗi|có vấn đề|有问题|冻结|不能用|bloquead|estourou|limite|막혔|정지|동결|diblokir/;
// Pressed: a deadline of today (DUE_TODAY, types.ts), tonight or tomorrow morning, or at once.
const PRESSED = new RegExp(`${DUE_TODAY.source}|至急|今すぐ|今夜|今日お願い|明日の(?:正午|朝)|急ぎ(?!ませ|じゃ|ではな)|tonight|asap|urgent|\\bgấp\\b|hoje|urgente|马上|segera`);
// Kept secret.
const SECRET = /内緒|言わないで|言わなくて|バレない|秘密|内密|keep it (?:a )?secret|secret from|don't tell|do not tell|bí mật|đừng nói|sikreto|huwag (?:mong )?sabihin|segredo|não conta|비밀|保密|别告诉/;
// The payee's name told to differ from the collector's.
const NAME_DIFFERS = /名義[^。\n]{0,8}(?:違|ちが)|different name|name (?:is )?different|tên khác|ibang pangalan|nome diferente|名字不一样|이름이 달라/;
const NAME_DISMISSED = gated(/名義[^。\n]{0,8}(?:違|ちが)[^。\n]{0,8}(?:気にしない|大丈夫|問題ない|気にせず)|different name[^.\n]{0,20}(?:don't worry|no worries|it's fine)|tên khác[^.\n]{0,20}(?:không sao|đừng lo)|ibang pangalan[^.\n]{0,20}(?:okay lang|ok lang)|nome diferente[^.\n]{0,20}(?:sem problema|não liga)/);
// The writer on a new number.
const NEW_NUMBER = /番号(?:変え|変わ|を変)|新しい番号|仮の番号|スマホ(?:を)?新しく|機種変|new number|using a (?:mate|friend)'s|đổi số|số mới|bagong number|número novo|novo número|换号|번호 바꿨/;
// The writer newly taking over the group's collection ("今月から私がまとめることにしました", "これからは俺が集めるから"): the collector and
// the payee changed at once, by text, is the impersonator's move on a family's or a group's shared cost (a sibling's care costs
// split and "now paid to me, to this new account"); a real one keeps the account everyone knows or says so in person.
const COLLECTOR_TAKEN = /(?:私|わたし|あたし|僕|ぼく|俺|おれ)が(?:まとめ|取りまとめ|集め|集金|預か|管理)(?:る|て|ます|ること|させ)/;
// The collector changed ("幹事交代しました、新幹事の中島です", "会計が変わりました") and the old one ruled out ("前の幹事には払わないで",
// "以前の会計さんには振り込まないでください"): the new collector's word alone sets aside the one the group appointed, the payee
// moved as surely as an account told changed with the old one closed. A group that changes its 幹事 says so in the group, and the
// old one hands over what was paid; telling members not to pay the old one is what only an impersonator needs (警察庁 なりすまし).
// Behind its literal gate (match/literals.ts): every match holds one of the collector's titles or the English phrases' words.
const COLLECTOR_CHANGED = gated(/(?:幹事|会計|集金係|集金担当|取りまとめ役?)(?:を|が|は)?(?:交代|交替|変わ|変更)|新(?:しい)?(?:幹事|会計|集金係|集金担当)|(?:treasurer|organi[sz]er) (?:has )?changed|new (?:treasurer|organi[sz]er)/);
const COLLECTOR_RULED_OUT = /(?:前|以前|旧|元|これまで)の(?:幹事|会計|集金係|集金担当|取りまとめ)(?:さん|の人)?(?:に|へ)(?:は|も)?[^。\n]{0,6}?(?:払わない|振り込まない|振込まない|渡さない|送らない|入れない)|(?:don't|do not) (?:pay|send)[^.\n]{0,12}(?:old|previous|former) (?:treasurer|organi[sz]er)/;
// Money sent by mistake.
const MISTAKE = /間違えて|誤って|間違って|by mistake|instead of|nhầm|\bmali\b|by accident|por engano|잘못 보냈|转错|打错|salah transfer/;
// The same, on the folded text, for a return asked into a given account (RETURNED_ELSEWHERE): there the mistake is the second sign.
const MISTAKE_FOLDED = /間違えて|誤って|間違って|間違い|by mistake|instead of|in error|\bnham\b|\bmali\b|by accident|por engano|em dobro|a mais|잘못 (?:보냈|입금|송금)|转错|打错|多转|salah transfer/;

// Money asked to be sent or paid: the ask the moved payee serves.
// (Behind its literal gate, match/literals.ts: mayMovePayee tries it on every message, and three in four hold none of its words.)
// (Also the verb clipped after the account, "今日中に…私の口座に。".)
const PAY_ASKED = gated(/口座(?:に|へ|まで)\s*(?:[。!！]|$)|振り込|振込|集め|集金|徴収|送って|送っ(?:と|て)|送金|入れて|戻して|返して|お願い|\bsend\b|\bpay\b|transfer|return|deposit|chuyển|gửi|ipadala|padala|hulog|magbayad|pakibalik|ibalik|depositar|mandar|pagar|보내|입금|转|汇|kirim/);
// The payee kept as it was ("như mọi tháng, không đổi gì", "いつもの口座にお願い", "same account as always", "房租还是转到原来的账户"), or a change only
// supposed ("口座変えたとかでしたら教えて"): nothing is moved.
const KEPT = /いつもの(?:口座|id|アカウント|paypay)(?:に|へ|で|まで)|不変|変わりません|変更はありません|như mọi tháng|không đổi|như cũ|vẫn như|same (?:account|id|paypay)|as usual|as always|gaya ng dati|como sempre|mesma conta|평소|그대로|照旧|不变|还是[^。\n，,]{0,6}原来的|原来的(?:收款)?(?:账户|账号)(?:就行|就可以|即可)|(?:和|跟)以前一样|seperti biasa/;
const SUPPOSED = /^[^。\n]{0,4}(?:とか|なら|たら|ていたら|ましたら|でしたら|if)/;
// A warning's own words: what these scams say, told to be careful of.
const WARNS = /気をつけ|注意して|詐欺|求められ(?:た場合|ても)|手続きせず|応じないで|ご相談ください|scam|never ask|lừa đảo|golpe|manloloko|骗|사기|penipuan/;

// Money said sent by mistake, asked back into an account the message gives, not the way it came ("chuyển lại giúp con vào tài
// khoản này", "下記の口座に戻してください", "return it to this account", "devolva na conta abaixo", "转回到这个账户"): a mistaken
// transfer goes back by the sending bank's 組戻し or the app's own reversal, to the account it left (全銀協 組戻し; PayPay on
// 誤送金を装う詐欺), so an account named for its return is a payee moved away. Matched on the text with diacritics folded.
const RETURNED_ELSEWHERE = gated(new RegExp([
  '(?:下記|以下|こちら|この|別|新しい)の(?:口座|id|アカウント|paypay)(?:に|へ|まで)[^。\\n]{0,12}(?:戻|返|振り?込|送)',
  '(?:return|send|transfer|pay)(?: it| the (?:money|difference|rest|extra))?(?: back)? (?:to|into) (?:this|the following|the below|another|my (?:other|new)) (?:bank )?(?:account|paypay|id)',
  '(?:chuyen|gui|tra) lai[^.\\n]{0,24}(?:vao|qua|sang|cho) (?:tai khoan|stk|so tai khoan)[^.\\n]{0,6}(?:nay|sau|duoi day|moi|khac|nay nhe)',
  '(?:devolv[ae]|envie de volta|transfira de volta)[^.\\n]{0,40}(?:(?:nesta|para esta|na|para a) conta (?:abaixo|nova|seguinte)|nesta conta|para esta conta|(?:pel[oa]|via|no|na) (?:pix|chave))',
  '(?:ibalik|pakibalik)[^.\\n]{0,30}sa (?:account|gcash)(?: na ito| na to|ng ito)',
  '(?:转回|退回|还)到?(?:这个|下面的?|以下|新的?)(?:账户|账号)',
  '(?:kembalikan|transfer balik)[^.\\n]{0,30}ke rekening (?:ini|berikut|baru)',
].join('|')));

// The new payee written out in the very message that tells of the change (an account's number, a ゆうちょ's 記号-番号, an app's ID):
// the reader is given nothing to hold it against but the message itself. A real change comes with a way to check it away from this
// line (全銀協: confirm a changed account with the payee on the contact you already hold): the paper notice or letter, the office's
// or the group's known number, the counter, a meeting in person (checked by CHECKABLE below).
const NEW_PAYEE_WRITTEN = /\d{6,8}(?!\d)|\d{5}-\d{7,8}|(?:\bid|ＩＤ)\s*(?:[:：]|は|na|é)?\s*[a-z0-9][a-z0-9_.-]{3,}/;
// A way to check the change off this line: a paper notice, a letter or a post card, the organisation's representative number, the
// counter, in person, at the next meeting or practice, in the group (書面, 郵送, ハガキ, 紙の通知, 社印, 代表番号, 窓口, 直接, 会った時,
// 練習日, 総会; in writing, by post, letter, in person, at rehearsal; por escrito, carta, pessoalmente; sulat, personal).
const CHECKABLE = /書面|郵送|ハガキ|はがき|葉書|紙の(?:通知|お知らせ)|通知書|社印|代表番号|窓口|直接(?:会|お会い|お渡し|確認)|会った(?:時|とき)|会ったら|練習(?:日|の時|のとき)|総会|説明会|in writing|by post|\bletter\b|in person|at (?:the )?(?:rehearsal|practice|meeting)|por escrito|\bcarta\b|pessoalmente|na reuni[aã]o|sa sulat|personal na/;

/**
 * A 'done' cue in the move's sentence that tells what was done before a request asks the money ("I sent YOU ¥30,000 instead of ¥3,000
 * 😅 Can you return ¥27,000 to my sister's account?"): the request after it is still asked, as engine.ts reads "送ったから…返信して".
 * Only a done cue standing after the last request word before the move, or after the move, tells the move itself as done.
 */
const REQUEST_WORD = /can you|could you|would you|please|\bpls\b|ください|下さい|お願い|て(?:ね|ほしい|欲しい|くれ|もらえ)|favor|por favor|pakis?|vui long|giup/g;
function moveToldDone(input: AskInput, index: number): boolean {
  const dones = input.lures.filter((l) => l.category === 'done' && !l.quoted);
  if (dones.length === 0) return false;
  const [s, e] = sentenceAt(input.norm.text, index);
  const lower = input.norm.lower;
  return dones.some((d) => {
    if (d.index < s || d.index >= e) return false;
    if (d.index >= index) return true;
    REQUEST_WORD.lastIndex = 0;
    return !REQUEST_WORD.test(lower.slice(d.index + d.cue.length, index));
  });
}

/** The cheap test first: any of the moved-payee families' anchors. */
const ANCHORS = gated(/口座|振込先|送金先|id|アカウント|paypay|pay|払い|kyash|account|tài khoản|tai khoan|conta|계좌|账户|账号|rekening|gcash|やつ/);

// What every RETURNED_ELSEWHERE match names, on the unfolded text: the account returned into (口座, ID, アカウント, PayPay, account,
// GCash; Vietnamese "tài khoản" in any accenting keeps its ASCII "kho", or "stk"; conta, PIX, chave; 账户, 账号; rekening). That way
// asks no money in PAY_ASKED's words ("chuyen lai giup con vao tai khoan nay" has no accented chuyển), so the pre-check takes it too.
const RETURN_ACCOUNT = gated(/口座|id|アカウント|paypay|account|gcash|kho|stk|conta|pix|chave|账户|账号|rekening/);

/**
 * The pre-check of movedPayee, exact: both its ways to an answer (collectorMoved, and the moves below) return undefined for a
 * report and for a text where PAY_ASKED finds no money asked, tested on the same whole text, and a return into a given account
 * (RETURNED_ELSEWHERE, which needs no PAY_ASKED) names the account in RETURN_ACCOUNT's words. Most messages ask no money this
 * way, and they skip the four long move patterns (and the collector's) that ran on every message (a move is found in about one
 * message in two hundred).
 */
function mayMovePayee(input: Pick<AskInput, 'norm' | 'reported'>): boolean {
  return !input.reported && (PAY_ASKED.test(input.norm.lower) || RETURN_ACCOUNT.test(input.norm.lower));
}

/**
 * A payee between people moved away from the one the reader knows (a third person's account, or one told as changed or new),
 * with a second sign beside it (the old one ruled out, the writer's own unusable, pressed for today, secrecy, a name told to
 * differ, a new number, money sent by mistake), money asked, and no warning's words: the cue of the move, if so.
 */
export function movedPayee(input: Pick<AskInput, 'norm' | 'lures' | 'reported'>): string | undefined {
  const lower = input.norm.lower;
  if (!mayMovePayee(input)) return undefined;
  const collector = collectorMoved(input);
  if (collector !== undefined) return collector;
  if (!ANCHORS.test(lower)) return undefined;
  const third = THIRD_ACCOUNT.exec(lower);
  const changed = third === null ? CHANGED.exec(lower) : null;
  // The name told to differ and brushed aside ("名義は違うけど気にしないで"): the payee is someone else, said so.
  const dismissed = third === null && changed === null ? NAME_DISMISSED.exec(lower) : null;
  // The old payee ruled out with nothing said of the new one but the payee given ("※いつものアカウントは機種変で使えなくなった").
  const ruledOut = third === null && changed === null && dismissed === null ? OLD_RULED_OUT.exec(lower) : null;
  const returned = third === null && changed === null && dismissed === null && ruledOut === null ? RETURNED_ELSEWHERE.exec(foldDiacritics(lower)) : null;
  const move = third ?? changed ?? dismissed ?? ruledOut ?? returned;
  if (move === null) return undefined;
  if (input.reported || WARNS.test(lower) || tellsOfScam(input) || KEPT.test(lower)) return undefined;
  if (SUPPOSED.test(lower.slice(move.index + move[0].length))) return undefined;
  const asInput = input as AskInput;
  if (inSentence(asInput, move.index, 'never-ask') || moveToldDone(asInput, move.index)) return undefined;
  // A return into a given account is a payee moved only as a mistaken transfer's: the mistake told is its second sign (its own
  // words ask the money sent; a warning typed without diacritics, "lua dao", is still a warning).
  if (returned !== null) return MISTAKE_FOLDED.test(foldDiacritics(lower)) && !/\blua dao\b/.test(foldDiacritics(lower)) ? returned[0] : undefined;
  if (!PAY_ASKED.test(lower)) return undefined;
  // The second sign. A third person's account is moved twice over only beside the writer's own account unusable, a mistake,
  // a hurry, secrecy, a name told to differ or a new number; a changed one the same, or the old one ruled out.
  // (A payee moved only by ruling the old one out needs a sign other than the words that rule it out.)
  const second = (ruledOut === null && (OLD_RULED_OUT.test(lower) || OWN_UNUSABLE.test(lower))) || PRESSED.test(lower) || SECRET.test(lower) || NAME_DIFFERS.test(lower)
    || NEW_NUMBER.test(lower) || MISTAKE.test(lower) || COLLECTOR_TAKEN.test(lower)
    // A change told and its new payee written out in the same message, with no way to check it off this line: the message is its
    // own only proof (NEW_PAYEE_WRITTEN, CHECKABLE). The treasurer who does change banks says where to check it.
    || (changed !== null && NEW_PAYEE_WRITTEN.test(lower.slice(changed.index)) && !CHECKABLE.test(lower));
  return second || dismissed !== null ? move[0] : undefined;
}

/**
 * The collector changed and the old one ruled out, money asked (COLLECTOR_CHANGED, COLLECTOR_RULED_OUT): the cue of the change.
 * Not a warning or a report, nor a change told with nothing ruled out (a new 幹事 announced is the group's ordinary business).
 */
function collectorMoved(input: Pick<AskInput, 'norm' | 'lures' | 'reported'>): string | undefined {
  const lower = input.norm.lower;
  const changed = COLLECTOR_CHANGED.exec(lower);
  if (changed === null || !COLLECTOR_RULED_OUT.test(lower) || !PAY_ASKED.test(lower)) return undefined;
  if (input.reported || WARNS.test(lower) || tellsOfScam(input)) return undefined;
  return changed[0];
}
