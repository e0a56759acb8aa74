// Hand a bank card, passbook, cash "held as a deposit", a PIN or the My Number to someone who comes to the door: "職員がご自宅まで受け取りに
// 伺います", "キャッシュカードと通帳をご用意ください". No bank, office or police officer collects
// them at home (NPA: キャッシュカード詐欺盗, 預貯金詐欺; the census never asks the My Number), so the visitor is the channel, and nobody
// the reader knows stands behind it. Nor does anyone come to check, exchange or keep the reader's cash ("ニセ札が出回っています。
// お手元の現金を担当者にお見せください", 旧札の交換): a collector at the door takes a fee, and that only from people who know them.
// A visit that takes nothing asks nothing here (a meter reading, a mover), nor one that needs a seal or a card payment (a care
// manager's forms, a repair paid by card), nor a card on its way to the reader ("新しいカードを本人限定受取郵便でお送りします").
import type { Ask } from '../check.js';
import { kinMarks, speaksAsKin } from './kin.js';
import { reconVoice } from './recon.js';
import { anchorSet, holdsAny } from '../match/anchors.js';
import { replyChannel } from './reply.js';
import { cuesOf, hasCue, inSentence, tellsOfScam, speaksAsOffice, speaksAsPerson, sentenceAt, type AskFinder, type AskInput, type AskNeeds, luresOfCategory, NO_ASKS } from './types.js';
import { gated } from '../match/literals.js';

// The cues createCollectAsk's hand-overs are of: a valuable (handed at a visit, brought to a place told later, a card with
// its PIN) or personal data made ready for a visitor (preparedForVisitor).
const COLLECT_CUES = ['valuables', 'personal-data'];
// The words ENVOY and ENVOY_GIVEN begin with (envoyForMoney): a colleague, a boss, a proxy, a lawyer.
const ENVOY_WORD = gated(/上司|部下|同僚|後輩|先輩|会社の|代わりの|代理の|弁護士の/);
// The key KEY_HANDED begins with (keyForAbsence).
const KEY_WORD = /鍵|カギ|かぎ|スペアキー/;

/**
 * What createCollectAsk cannot find an ask without (types.ts AskNeeds), path by path: a cue of COLLECT_CUES; カード, which
 * every bare bank card holds (bareBankCards, the other thing handed at a visit); the bank money an office's alarm needs
 * (BANK_MONEY, for officeStaffComing with bankAlarm); cash named (CASH_NAMED, handedAtMeeting; ON_THE_SPOT, publicBodyCash);
 * an envoy (ENVOY_WORD) or a key (KEY_WORD).
 */
// What each pattern below cannot match without (match/anchors.ts), one character of each of its words: BANK_MONEY 座 引 預 キ 帳
// (口座, 引き出し, 預金, キャッシュカード, 通帳) or "atm"; CASH_NAMED 万 ま ね 金 幣 札 封 (万, まんえん, おかね, お金/現金, 紙幣,
// お札, 封筒); ON_THE_SPOT 金 場; ENVOY_WORD 司 部 僚 輩 社 代 弁; KEY_WORD 鍵 ギ ぎ ペ (鍵, カギ, かぎ, スペアキー).
const BANK_MONEY_ANCHORS = anchorSet('座引預キ帳');
const CASH_ANCHORS = anchorSet('万まね金幣札封');
const SPOT_ANCHORS = anchorSet('金場');
const ENVOY_ANCHORS = anchorSet('司部僚輩社代弁');
const KEY_ANCHORS = anchorSet('鍵ギぎペ');
// ド of カード (String.includes over two-byte text costs some 50 ns).
const CARD_ANCHOR = anchorSet('ド');

export const collectNeeds: AskNeeds = (input) => {
  if (hasCue(input, COLLECT_CUES)) return true;
  const lower = input.norm.lower;
  return (holdsAny(lower, CARD_ANCHOR) && lower.includes('カード')) || STAND_IN.test(lower) || UTILITY.test(lower) || SURVEY.test(lower) || ADVANCE.test(lower) || DOOR_COLLECTOR.test(lower) || ((holdsAny(lower, BANK_MONEY_ANCHORS) || lower.includes('atm')) && BANK_MONEY.test(lower)) || (holdsAny(lower, CASH_ANCHORS) && CASH_NAMED.test(lower))
    || (holdsAny(lower, SPOT_ANCHORS) && ON_THE_SPOT.test(lower)) || (holdsAny(lower, ENVOY_ANCHORS) && ENVOY_WORD.test(lower)) || (holdsAny(lower, KEY_ANCHORS) && KEY_WORD.test(lower));
};

export function createCollectAsk(): AskFinder {
  return (input) => {
    const envoy = envoyForMoney(input) ?? handedAtMeeting(input) ?? publicBodyCash(input) ?? keyForAbsence(input) ?? broughtToPlaceUntold(input) ?? cardWithPin(input) ?? cardForRefund(input) ?? cardForCall(input) ?? standInCollector(input) ?? cashCardForJobOrHome(input) ?? orderMoneyAtDoor(input) ?? utilityCashAtDoor(input) ?? advanceAtDoor(input) ?? rentCashAtDoor(input);
    if (envoy) return [{ kind: 'collect', cue: envoy.cue, channel: replyChannel(input), quoted: false }];
    // A relative or friend fetching the card or passbook the reader asked them to ("母さんに頼まれてたキャッシュカード、明日
    // 取りに行くね"): the errand is the reader's own.
    if (readersErrand(input)) return preparedForVisitor(input);
    const staffVisit = cuesOf(input, 'visit-collect').find((c) => !c.quoted && !inSentence(input, c.index, 'never-ask')) ?? officeStaffComing(input);
    const visit = staffVisit ?? handedToStaff(input) ?? announcedVisit(input);
    if (!visit) return preparedForVisitor(input);
    // The thing handed over, with a word of handing or preparing it in its sentence or the visit's
    // ("キャッシュカードのICチップ交換が必要です。職員が…受け取りに伺います").
    // Cash made ready for whoever comes ("上司の息子さんが取りに行くから現金を用意して") is the same hand-over,
    // whoever collects, when a relative's trouble or an office's voice sets it up; a club's treasurer or a
    // child fetching the fees ("部費の現金を用意しといてね、明日取りに行く") asks it of people who know them.
    // Cash to be shown, checked, exchanged or kept ("お見せください", "確認", "交換", "お預かり") is no fee, whoever asks.
    const cashSetUp = speaksAsOffice(input) || luresOfCategory(input.lures, 'family').some((l) => l.kind === 'lure' && !l.quoted);
    // A PIN beside a staff member's visit to the home needs no word of handing it: no visitor has any use for it but
    // taking the card with it ("銀行協会の職員がご自宅に伺いますので暗証番号を控えておいてください"). Not a building's or a
    // key box's code (door).
    // (Not a PIN said to be unneeded: "暗証番号は不要です".)
    const pinForVisitor = (o: { cue: string; index: number }): boolean => staffVisit !== undefined && PIN.test(o.cue) && cuesOf(input, 'door').every((d) => d.quoted)
      && !PIN_UNNEEDED.test(input.norm.lower.slice(o.index + o.cue.length, o.index + o.cue.length + 12));
    const handed = [...cuesOf(input, 'valuables'), ...bareBankCards(input)].find((o) => !o.quoted && !inSentence(input, o.index, 'never-ask') && !inSentence(input, o.index, 'door') && !comesToReader(input, o.index + o.cue.length) && !writersOwn(input, o.index) && !passbookForBooking(input, o)
      && (inSentence(input, o.index, 'collect-word') || inSentence(input, visit.index, 'collect-word') || pinForVisitor(o))
      && (!isCash(o.cue) || (!paysFee(input, o.index) && !paysFee(input, visit.index)
        && (cashSetUp || TROUBLE_MONEY.test(o.cue) || cashTaken(input, o.index) || cashTaken(input, visit.index)))));
    if (handed) return [{ kind: 'collect', cue: `${handed.cue} / ${visit.cue}`, channel: replyChannel(input), quoted: false }];
    // "郵便局です。ATMに行かれましたか?不正な引き出しの形跡があり、これから警察官が確認に伺います": an office's alarm about
    // the reader's bank money, and its staff or the police coming over it: the card is asked for at the door (キャッシュカード詐欺盗).
    const staff = officeStaffComing(input);
    if (staff && bankAlarm(input)) return [{ kind: 'collect', cue: staff.cue, channel: replyChannel(input), quoted: false }];
    return preparedForVisitor(input);
  };
}

// A third person the writer sends to the reader's home, named by role, not by a name the reader knows ("部下の田中が4時ごろ
// 家に寄る", "上司の人が家さ取りに行ぐがら", "会社の同僚が受け取りに行く"): the one who takes the cash in the オレオレ setup
// (NPA: 会社の上司・同僚・部下を名乗る受け子). Dialect forms of the verbs (行ぐ) are read as well.
const ENVOY = /(?:上司|部下|同僚|後輩|先輩|会社の(?:人|者|同僚|先輩|後輩)|代わりの(?:人|者)|代理の(?:人|者)|弁護士の(?:先生|事務員|人))(?:の[^、。!?\s]{1,6}?)?(?:さん|くん|君)?が[^。\n]{0,16}?(?:取りに|受け取りに|もらいに|預かりに|寄る|寄り|寄ら|伺)/;
// The same envoy as the one the money is given to, or sent to take it ("上司の部下にお金渡して", "会社の後輩に書類と一緒にお金受け取りに行かせたい").
const ENVOY_GIVEN = gated(/(?:上司|部下|同僚|後輩|先輩|会社の(?:人|者))(?:の[^、。!?\s]{1,6}?)?(?:さん|くん|君)?に[^。\n]{0,16}?(?:お金|現金|\d[\d,]*\s*万)[^。\n]{0,6}?(?:渡して|わたして|受け取りに|取りに)/);
// An amount of money ("120万", "30万円", "50,000円").
const AMOUNT = /\d[\d,]*\s*(?:万|円)|[一二三四五六七八九十百]+万/;

/**
 * Cash for a relative's trouble, fetched by a third person the writer sends: a family lure (the trouble told, the
 * "it's me" opening, a secret kept from the family), an envoy named by role coming to the home, and money named by
 * its amount or as cash. A relative's colleague dropping by for a book or a present names no money and no trouble.
 */
function envoyForMoney(input: AskInput): { cue: string } | undefined {
  // Money handed to the envoy ("上司の部下にお金渡してくれる?", "会社の後輩にお金受け取りに行かせたい"), asked of a reader
  // called by a kinship word: the オレオレ 受け子 however the trouble is left unsaid.
  const to = ENVOY_GIVEN.exec(input.norm.lower);
  // (Not a debt the writer repays through the reader: "立て替えてもらった分".)
  if (to !== null && reconVoice(input) === 'kin' && !inSentence(input, to.index, 'never-ask') && !paysFee(input, to.index) && !cuesOf(input, 'shared-cost').some((l) => !l.quoted)) return { cue: to[0] };
  // A relative's trouble told (a family lure), or the writer speaking as the reader's kin ("おじいちゃん、孫のけいです") with a sum.
  if (!luresOfCategory(input.lures, 'family').some((l) => l.kind === 'lure' && !l.quoted) && reconVoice(input) !== 'kin' && !speaksAsKin(input)) return undefined;
  const m = ENVOY.exec(input.norm.lower);
  if (m === null || inSentence(input, m.index, 'never-ask') || paysFee(input, m.index)) return undefined;
  // The money may go unnamed behind the trouble it makes good ("株の損失を出した。穴埋めしないとクビになる…部下が取りに行く"): a
  // relative's trouble beyond a bare hurry (asks/kin.ts kinMarks) is what the envoy comes for.
  const money = AMOUNT.test(input.norm.lower) || cuesOf(input, 'valuables').some((o) => !o.quoted && isCash(o.cue))
    || (speaksAsKin(input) && kinMarks(input).has('trouble'));
  return money ? { cue: m[0] } : undefined;
}

// Where cash changes hands away from any counter: a station, its gates or exits, the front door, a park, outside a post office.
// (As one pattern, /駅|改札|…|駐車場|[北南東西中央]口|ロータリー|…/, its exits' class kept it from skipping ahead: it was
// tried at every character. The exits, which begin with none of the other words' first characters, are found apart, where a 口
// stands, and the first place in the text is taken, as the one pattern took it.)
const MEET_PLACE = gated(/駅|改札|えき|かいさつ|玄関|げんかん|公園|郵便局の前|ゆうびんきょくの まえ|ゆうびんきょくのまえ|コンビニの前|駐車場|ロータリー|門の前|家の前|自宅の前/);
const MEET_EXIT = /[北南東西中央]口/;

function meetPlace(lower: string): RegExpExecArray | null {
  const place = MEET_PLACE.exec(lower);
  const exit = lower.includes('口') ? MEET_EXIT.exec(lower) : null;
  if (exit === null) return place;
  return place === null || exit.index < place.index ? exit : place;
}
// Cash named: a sum in 万, cash, banknotes, an envelope of it.
const CASH_NAMED = gated(/\d[\d,]*\s*万|[一二三四五六七八九十百]+万|まん\s*えん|お金|おかね|現金|紙幣|お札|封筒/);
// Someone sent in another's place ("会社の先輩が代わりに受け取りに行く", "代わりに私が駅でお金を預かります").
const IN_PLACE = /代わりに|代わりの|かわりに|代理/;
// The absent one is the reader's relative ("息子さんの同僚です"), or the sum is a large one (10万 and up): not a party's fees.
const RELATIVE_OR_LARGE = /息子さん|娘さん|お子さん|お孫さん|ご主人|旦那さん|奥様|奥さん|\d{2,}\s*万|[十百]万/;
// Cash handed over, whoever takes it: given, kept, put in an envelope to wait with, brought ("もってきて").
const GIVEN = /渡して|わたして|預か|あずか|入れて[^。\n]{0,12}?待|持ってきて|もってきて|持って来て/;
const TAKEN = /受け取り|受取|取りに/;

/**
 * Cash handed over at a station, the front door, a park or outside a post office, to someone sent in another's place
 * ("会社の先輩が代わりに受け取りに行くから、封筒に100万入れて渡して", "息子さんの同僚です…代わりに私が駅でお金を預かります"),
 * or asked in a relative's trouble or an office's or the police's voice ("警察官です…自宅にある紙幣を全部封筒に入れて玄関で
 * お待ちください"): the 受け子 of オレオレ and 預貯金詐欺 (NPA) meets the victim wherever a hand-over passes unnoticed. No police
 * takes banknotes at the door, and an envoy for a relative's large sum is a stranger the reader cannot check. Not a club's
 * fees or a bill (FEE), and not the party money a friend collects in someone's place (a small sum, no relative named).
 */
function handedAtMeeting(input: AskInput): { cue: string } | undefined {
  const lower = input.norm.lower;
  const place = meetPlace(lower);
  if (place === null || !CASH_NAMED.test(lower) || FEE.test(lower) || inSentence(input, place.index, 'never-ask')) return undefined;
  if (IN_PLACE.test(lower) && RELATIVE_OR_LARGE.test(lower) && (GIVEN.test(lower) || TAKEN.test(lower))) return { cue: place[0] };
  const voice = luresOfCategory(input.lures, 'family').some((l) => l.kind === 'lure' && !l.quoted)
    || ((speaksAsOffice(input) || luresOfCategory(input.lures, 'institution').some((l) => !l.quoted)) && /紙幣|お札|封筒/.test(lower));
  return voice && GIVEN.test(lower) ? { cue: place[0] } : undefined;
}

/**
 * The pretext a public body's cash-taking visit gives (publicBodyCash), or the utility's name such a visit claims (utilityCashAtDoor): a duty, a law or a danger of the home told
 * (data/lures.json inspection-pretext, home-harm: "法改正で一般家庭も点検が義務になりました", "消防法違反"); the stake of that
 * visit, weighed as VISIT_STAKE by checks/ask-channel.ts.
 */
export function publicBodysPretext(input: AskInput): string | undefined {
  // A stand-in sent for the usual visitor, with no ID to check (standInCollector): the visitor the reader cannot check is the stake.
  const standIn = standInCollector(input);
  if (standIn !== undefined) return standIn.cue;
  // A utility's or a water bureau's name claimed for cash taken at the door (utilityCashAtDoor): as a fire station's or a city's
  // name claimed for a visit, it is what the visitor borrows, since none of them collects so.
  const utility = utilityCashAtDoor(input) ?? advanceAtDoor(input);
  if (utility !== undefined) return utility.cue;
  if (publicBodyCash(input) === undefined) return undefined;
  return [...luresOfCategory(input.lures, 'inspection-pretext'), ...luresOfCategory(input.lures, 'home-harm')]
    .find((l) => !l.quoted && !inSentence(input, l.index, 'never-ask'))?.cue;
}

// A public survey's or office's voice: its papers are what a stand-in would collect.
const SURVEY_OR_OFFICE = gated(/統計局|統計調査|家計調査|国勢調査|調査票|市役所|区役所|役場|年金事務所|税務署|保健所/);
// The usual visitor said away and another sent in their place ("いつもの調査員は休暇中のため", "代わりに回収しています").
const STAND_IN = gated(/(?:いつもの|担当の)(?:調査員|担当|職員|方)[^。\n]{0,12}?(?:休暇|休み|不在|都合|退職|異動|体調)|(?:代わり|代理)(?:に|の(?:者|方|調査員|担当|職員))[^。\n]{0,16}?(?:回収|伺|お預か|受け取)/);
// The papers or money handed at the door ("玄関先でお渡しください", "回収に伺います").
const HANDED_AT_DOOR = /お渡し(?:ください|下さい|いただ)|渡して(?:ください|下さい)|回収に伺|回収いたします|回収します|お預かりに/;
// The visitor's ID offered for checking: the office's own surveyor shows it.
const ID_SHOWN = /調査員証|身分証|職員証|証明書を(?:携帯|提示|お見せ)|名札/;

/**
 * A public survey's papers or an office's documents collected at the door by a stand-in the message announces for the usual
 * visitor ("統計局です。家計調査の家計簿を代わりに回収しています。いつもの調査員は休暇中のため、明日担当の者が伺います。玄関先で
 * お渡しください"): a survey's appointed 調査員 comes with the ID the office issued, and no office texts a substitute to take the
 * household's papers (総務省統計局: かたり調査). Not a notice that the visitor carries an ID to check, nor one that asks nothing handed.
 */
function standInCollector(input: AskInput): { cue: string } | undefined {
  const lower = input.norm.lower;
  if (input.reported || speaksAsPerson(input) || !SURVEY_OR_OFFICE.test(lower) || ID_SHOWN.test(lower)) return undefined;
  const standIn = STAND_IN.exec(lower);
  const handed = HANDED_AT_DOOR.exec(lower);
  if (standIn === null || handed === null || inSentence(input, standIn.index, 'never-ask') || inSentence(input, handed.index, 'never-ask')) return undefined;
  return { cue: `${standIn[0]} / ${handed[0]}` };
}

// A collector announced at the reader's home for money ("集金に伺います", "集金担当が訪問します", "回収担当がご自宅へ伺います", "a
// collector will visit your home", "we will come to your house to collect").
const DOOR_COLLECTOR = gated(/(?:集金|回収|徴収|取り立て|取立)(?:に|の(?:ため|為)に?)[^。\n]{0,6}?(?:伺|参り|参ります|まいり|お邪魔|訪問|行きます)|(?:集金|回収|徴収)(?:担当|係|員|スタッフ|の者|担当者)[^。\n]{0,14}?(?:伺|訪問|参り|参ります|まいり|お邪魔|向かい)|(?:ご自宅|お宅|ご住所)(?:まで|へ|に)[^。\n]{0,10}?(?:集金|回収|徴収)|\bcollector\b[^.!?\n]{0,30}?\b(?:visit|come|call at|stop by)|\b(?:visit|come to) your (?:home|house|address)\b[^.!?\n]{0,30}?\bcollect/);
// An online order's or a parcel's money: a shop online, an order, goods, a parcel returned or refused, a COD's shortfall.
const ORDER_MONEY = /通販|ネット(?:ショップ|スーパー|通販)|オンライン(?:ショップ|ストア)?|ご?注文|商品|お?荷物|返送|受取拒否|受け取り拒否|受取り拒否|代引|代金引換|配達員|宅配|\b(?:online )?orders?\b|\bparcel\b|\bpackage\b|\bdelivery\b/;
// Owed beyond the goods handed over now: unpaid, short, a return's fee, overdue ("未納", "不足分", "返送料", "滞納", "unpaid").
const OWED = /未納|未払|滞納|延滞|不足|差額|返送料|返送費|返品送料|受取拒否|受け取り拒否|督促|最終通告|\bunpaid\b|\boverdue\b|\boutstanding\b|\bshortfall\b|\breturn (?:fee|shipping|postage)\b/;

/**
 * "受取拒否された商品の返送料が発生しています。配達員が明日集金に伺います", "【ネットスーパー】代金引換の不足分1,980円があります。本日、
 * 集金担当が訪問します", "通販代金未納。明日、回収担当がご自宅へ伺います": a collector announced at the reader's home for an online
 * order's or a parcel's money owed beyond the goods handed over (unpaid, short, a return's fee). No shop or courier sends anyone to
 * collect so: a COD is paid as the parcel is handed over, a shop's unpaid bill goes by its own invoice or page, a refused parcel
 * goes back at the sender's cost (国民生活センター: 身に覚えのない代金の請求・訪問集金; 日本郵便・ヤマト運輸: 不在・返送料を名目に
 * 金銭を求めるSMSにご注意). Not a COD delivered with its price ("代金引換です。代金3,980円をご用意ください": nothing owed beyond it),
 * a newspaper's or a neighbourhood's 集金 (no order, no parcel), a person's voice, a warning or a report.
 */
function orderMoneyAtDoor(input: AskInput): { cue: string } | undefined {
  if (input.reported || speaksAsPerson(input) || tellsOfScam(input)) return undefined;
  const lower = input.norm.lower;
  const visit = DOOR_COLLECTOR.exec(lower);
  if (visit === null || inSentence(input, visit.index, 'never-ask') || inSentence(input, visit.index, 'never-does')) return undefined;
  const owed = OWED.exec(lower);
  if (owed === null || !ORDER_MONEY.test(lower)) return undefined;
  return { cue: `${owed[0]} / ${visit[0]}` };
}

// A utility or a public waterworks named, by its bill or as the writer: an electric power company (東京電力, 電力会社), a city-gas
// company (東京ガス, ガス会社, ガス料金), the water bureau or its bill (水道局, 上下水道部, 水道料金), in the residents' languages too
// (empresa de água/luz/gás, power company, công ty điện, 电力公司, 燃气公司, 自来水公司). Not an LP-gas dealer (プロパン, LPガス: a
// local shop that may still collect its own bill at the door), a plumber or an electrician (水道工事, 電気工事: a tradesman the
// reader called, paid for the job).
const UTILITY = gated(/電力|電気(?:料金|代)|(?:東京|大阪|東邦|西部|京葉|北海道|静岡|広島|北陸|仙台市|日本)ガス|都市ガス|ガス(?:会社|料金|代|局)|水道(?:局|部|課|料金|代|事業|お客さま)|上下水道|検針票|empresa de (?:agua|água|luz|gas|gás|energia)|companhia de (?:agua|água|luz|gas|gás|energia|saneamento)|(?:electric|power|gas|water) (?:company|utility|bureau)|electricity company|cong ty (?:dien|nuoc)|công ty (?:điện|nước)|电力公司|燃气公司|煤气公司|自来水公司|水务局/);
const LP_GAS = /プロパン|lpガス|lpg/;
// The visit announced: coming to the home (伺います, 訪問, 参ります), or in the residents' languages ("Vamos passar amanhã", "we will
// come", "đến nhà", "上门").
const UTILITY_VISIT = /伺|訪問|参ります|お邪魔|集金|回収に|vamos passar|passaremos|iremos (?:a|à|na|ate|até)|vamos (?:a|à|na|ate|até) sua casa|\bwill (?:visit|come|stop by)\b|\bwe(?:'ll| will) (?:visit|come|stop by)\b|den nha|đến nhà|上门|到府/;
// Cash, or the bill collected in hand ("現金", "em dinheiro", "in cash", "tiền mặt", "现金").
const UTILITY_CASH = /現金|dinheiro|em especie|em espécie|\bin cash\b|\bcash\b|tien mat|tiền mặt|现金|現款/;

/**
 * A utility or a water bureau announcing a visit to take cash at the door ("東京電力パワーグリッドです。電柱工事に伴いブレーカーの
 * 点検に伺います。点検費は作業後に現金でお支払いください", "水道料金の集金に明日伺います。検針票と現金をご用意ください", "aqui é da
 * empresa de água. Vamos passar amanhã para cobrar a conta atrasada em dinheiro"): electricity, city gas and water are billed by
 * slip, debit or card against the meter, and none of them sends anyone to collect cash or charges a safety check at the door
 * (東京電力パワーグリッド・東京ガス・東京都水道局: 社員・委託先を名乗る訪問集金や点検商法にご注意; 国民生活センター 点検商法).
 * The visitor is the channel, and nobody the reader can check stands behind it. Not an LP-gas dealer, a plumber or an
 * electrician paid for a job, a warning or a report, a notice that says no cash is taken (never-ask), a person's voice.
 */
function utilityCashAtDoor(input: AskInput): { cue: string } | undefined {
  if (input.reported || tellsOfScam(input) || speaksAsPerson(input)) return undefined;
  const lower = input.norm.lower;
  const utility = UTILITY.exec(lower);
  if (utility === null || LP_GAS.test(lower) || inSentence(input, utility.index, 'never-ask')) return undefined;
  const visit = UTILITY_VISIT.exec(lower);
  const cash = UTILITY_CASH.exec(lower);
  if (visit === null || cash === null || inSentence(input, visit.index, 'never-ask') || inSentence(input, cash.index, 'never-ask')) return undefined;
  return { cue: `${utility[0]} / ${visit[0]} / ${cash[0]}` };
}

// Money asked ahead of what it buys, or for a rite: a deposit (手付金, 前金, 内金, 予約金, 申込金) or a rite's fee (供養料, 祈祷料, お布施).
const ADVANCE = gated(/手付金|前金|内金|予約金|申込金|供養料|祈祷料|祈願料|除霊料|浄霊料|お布施/);
// Taken at the reader's home by whoever comes ("ご自宅に受け取りに参ります", "お宅までいただきに伺います").
const TAKEN_AT_HOME = /(?:ご自宅|お宅|ご住所)(?:まで|へ|に)?[^。\n]{0,12}?(?:受け取りに|受取りに|いただきに|頂きに|お預かりに|集金に)(?:伺|参り|参ります|まいり|お邪魔)/;
// The reader's own order, booking or request named (data/lures.json ordered, applied, recon-requested).
const READERS_OWN = ['ordered', 'applied', 'recon-requested'];
// …or told in the business's words: the reader's contract, request, order, booking, estimate or purchase (ご契約いただいた, ご依頼の).
const CONTRACTED = /ご契約|ご成約|ご依頼|ご注文|ご予約|お申し?込み|お見積も?り|ご購入いただ|ご相談いただ/;

/**
 * A deposit for goods to come, or a rite's fee, collected at the reader's home by someone the message sends ("金の延べ棒を安くお分け
 * できます。現物は後日お届け。まずは手付金を担当者がご自宅に受け取りに参ります", "ご先祖の供養が足りず…供養料を明日ご自宅まで受け取りに
 * 伺います"): money handed at the door before anything is delivered, for an offer the reader never asked for, is the 現物まがい
 * and 霊感商法's hand-over (国民生活センター: 金の現物まがい取引, 開運商法・霊感商法; 消費者庁 訪問販売). Not the reader's own order,
 * booking or request (ご依頼の工事の手付金), a person's voice, a warning or a report.
 */
function advanceAtDoor(input: AskInput): { cue: string } | undefined {
  if (input.reported || tellsOfScam(input) || speaksAsPerson(input)) return undefined;
  const lower = input.norm.lower;
  const advance = ADVANCE.exec(lower);
  if (advance === null) return undefined;
  const home = TAKEN_AT_HOME.exec(lower);
  if (home === null || inSentence(input, home.index, 'never-ask') || inSentence(input, advance.index, 'never-ask')) return undefined;
  if (READERS_OWN.some((c) => luresOfCategory(input.lures, c).some((l) => !l.quoted)) || CONTRACTED.test(lower)) return undefined;
  return { cue: `${advance[0]} / ${home[0]}` };
}

// A lease's money (家賃, 賃料, 管理費, 共益費), cash in hand, a collector's visit, and months of it at once.
const RENT_MONEY = /家賃|賃料|管理費|共益費|地代/;
const CASH_IN_HAND = /現金(?:手渡し|払い|集金|で|を)|手渡しで/;
const COLLECTOR_VISIT = /(?:集金|回収|受け取り|受取)(?:の者|係|担当者?|の担当者?|に)?[^。\n]{0,6}?(?:伺|参り|参ります|まいり|訪問|行きます|回ります)/;
const MONTHS_AHEAD = /[2-9２-９二三四五六]\s*(?:か|ヶ|ケ|カ|箇)月分|数か月分|まとめて|前払い|先払い|半年分|1年分|一年分/;

/**
 * A lease's money switched to cash taken at the door, months of it at once ("オーナーの佐々木です。来月から家賃の受け取りを現金手渡しに
 * します。集金の者が伺いますので、3か月分をまとめてご用意ください"): rent is paid month by month into the account the lease names or by
 * its guarantor's debit, and a change of how it is paid comes on paper from the managing agent (賃貸住宅標準契約書; 国土交通省), never
 * as a collector sent for months ahead in cash, which nobody can trace once handed over (国民生活センター: 大家・管理会社をかたる家賃の
 * 振込先変更・集金). Not a person's voice, a warning, a notice that says no cash is taken.
 */
function rentCashAtDoor(input: AskInput): { cue: string } | undefined {
  if (input.reported || tellsOfScam(input) || speaksAsPerson(input)) return undefined;
  const lower = input.norm.lower;
  const rent = RENT_MONEY.exec(lower);
  if (rent === null) return undefined;
  const cash = CASH_IN_HAND.exec(lower);
  const visit = COLLECTOR_VISIT.exec(lower);
  const ahead = MONTHS_AHEAD.exec(lower);
  if (cash === null || visit === null || ahead === null || inSentence(input, cash.index, 'never-ask') || inSentence(input, visit.index, 'never-ask')) return undefined;
  return { cue: `${rent[0]} / ${cash[0]} / ${ahead[0]}` };
}

// Money said to come back to the reader: a refund, an over-collected premium returned.
const REFUND = gated(/お返し(?:します|いたします|いたしま|する)|還付|返金|払い戻し|払戻|過払い|多く(?:引き落と|徴収|いただ)|退税|refund/);
// The reader's cash card or passbook made ready ("キャッシュカードをご準備ください", "通帳とキャッシュカードをお手元に").
const CARD_READY = gated(/(?:キャッシュカード|銀行のカード|通帳|cash card|bank card|银行卡)[^。\n]{0,12}?(?:ご?準備|ご?用意|お手元に|手元に|ready)/);

/**
 * A refund in an office's voice that asks the reader's cash card or passbook made ready ("健康保険料を多く引き落としておりましたので
 * お返しします…残高の多い口座のキャッシュカードをご準備ください"): money paid back goes into the account on file, and no card is needed
 * to receive it; the card made ready is for the ATM the caller talks the reader through, or for whoever comes for it (NPA:
 * 還付金詐欺, キャッシュカード詐欺盗). Not in a sentence that says it is never asked, not a person's own errand.
 */
function cardForRefund(input: AskInput): { cue: string } | undefined {
  const lower = input.norm.lower;
  const refund = REFUND.exec(lower);
  const card = CARD_READY.exec(lower);
  if (refund === null || card === null || input.reported || speaksAsPerson(input)) return undefined;
  if (inSentence(input, card.index, 'never-ask') || inSentence(input, refund.index, 'never-ask')) return undefined;
  const office = speaksAsOffice(input) || luresOfCategory(input.lures, 'institution').some((l) => !l.quoted);
  return office ? { cue: card[0] } : undefined;
}

/**
 * A call announced in an office's voice (its staff will ring: data/lures.json await-call, "担当者から確認のお電話をいたします") with the
 * reader's cash card or passbook to be made ready for it ("お手元にキャッシュカードをご用意ください"): no bank, office or police has a
 * card at hand for a call it makes; on the call the card's number and PIN are read out, or the card is fetched by whoever comes
 * next (NPA キャッシュカード詐欺盗・預貯金詐欺; 全国銀行協会: 電話でキャッシュカードや暗証番号を確認することはない). As cardForRefund,
 * it is the card's hand-over whoever writes. Not a person's own errand, a report, or a sentence that says it is never asked; the
 * reader's own call to the bank's number ("お問い合わせの際はキャッシュカードをお手元に") announces no call.
 */
function cardForCall(input: AskInput): { cue: string } | undefined {
  const card = CARD_READY.exec(input.norm.lower);
  if (card === null || input.reported || speaksAsPerson(input) || inSentence(input, card.index, 'never-ask')) return undefined;
  const call = cuesOf(input, 'await-call').find((l) => !l.quoted && !inSentence(input, l.index, 'never-ask'));
  if (call === undefined) return undefined;
  const office = speaksAsOffice(input) || luresOfCategory(input.lures, 'institution').some((l) => !l.quoted) || luresOfCategory(input.lures, 'desk').some((l) => !l.quoted);
  return office ? { cue: `${card[0]} / ${call.cue}` } : undefined;
}

// A public body's staff named as the visitor ("県税の者", "市役所の職員", "年金事務所の担当者", "消防の者").
const PUBLIC_STAFF = gated(/(?:県税|都税|市税|区税|税務署|市役所|区役所|町役場|村役場|役所|年金事務所|年金機構|消防署?|保健所|水道局|警察署?)の(?:者|職員|担当者?|係員?|方)/);
// Set for today or tomorrow, in the message: the reader has no time to ring the office's own number first.
const NEAR_DAY = /本日|今日|明日|あす|今夜|今晩|このあと|この後/;
// Cash for the visit's own day ("当日現金で", "当日、現金にて").
const CASH_ON_THE_DAY = /当日[^。\n]{0,4}?現金/;
// Cash, or money to be paid or handed on the spot ("その場で", "現金で"), or a sum handed to the staff ("保証金5万円を本日中に担当者に
// お渡しください": in hand, it is cash).
const ON_THE_SPOT = gated(/現金|その場で|お金|円[^。\n]{0,16}?(?:お渡し|渡して)/);

/**
 * A public body's staff announced by text for today or tomorrow, to take money at the door ("自動車税の件で県税の者が本日伺います。
 * 滞納分はその場で現金でお支払いいただけます"): taxes, pensions and fees are paid at a counter, by transfer or at a
 * convenience store against a notice sent by post, and no office texts a visit to take cash (消費者庁・自治体: 職員を名乗る訪問
 * 徴収). Here the fee is the lure, so it is not excused as one; a visit that takes nothing, or a notice that says no one
 * collects, asks nothing.
 */
function publicBodyCash(input: AskInput): { cue: string } | undefined {
  const lower = input.norm.lower;
  const m = PUBLIC_STAFF.exec(lower) ?? publicBodysStaff(lower);
  // (Or cash asked for the visit's own day, whenever that is: "来週…お宅を回ります…点検費8,800円は当日現金で". The money is taken at
  // the door all the same, and no fire station or office inspects, sells or collects at homes.)
  if (m === null || inSentence(input, m.index, 'never-ask') || !(NEAR_DAY.test(lower) || CASH_ON_THE_DAY.test(lower)) || !ON_THE_SPOT.test(lower)) return undefined;
  if (!/伺|訪問|参ります|回ります|お邪魔/.test(lower.slice(m.index, m.index + 80))) return undefined;
  const cash = ON_THE_SPOT.exec(lower);
  return cash !== null && !inSentence(input, cash.index, 'never-ask') ? { cue: `${m[0]} / ${cash[0]}` } : undefined;
}

// A public body speaking in the message's heading or opening (【市役所】, "区役所です") and its staff named after it ("職員が
// ご自宅に伺います"): the same visitor as "市役所の職員".
// (入管 too: 出入国在留管理庁 takes its fees by revenue stamp at its counter and sends no staff to collect money,
// https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00001.html.)
const PUBLIC_VOICE = gated(/^[\s【[]*[^】\]。\n]{0,12}?(?:市役所|区役所|町役場|村役場|役所|税務署|年金事務所|県税事務所|市税事務所|保健所|水道局|消防署|出入国在留管理|入国管理局|入管)/);
const STAFF_NAMED = gated(/(?:職員|係員|担当者|担当の者|係の者|調査員)が/);

function publicBodysStaff(lower: string): RegExpExecArray | null {
  return PUBLIC_VOICE.test(lower) ? STAFF_NAMED.exec(lower) : null;
}

// The house key taken by the writer or sent to it ("鍵をお預かりします", "合鍵を郵送してください"); not one left with the building's
// caretaker the reader knows ("当日ご不在の方は管理人室に鍵をお預けください": a 管理組合's drain cleaning).
// Or where it is kept, asked back ("立会いできない場合は鍵の場所をご返信ください"): the key left for whoever asked.
const KEY_HANDED = gated(/(?:鍵|合鍵|カギ|かぎ|スペアキー)(?:を|は)[^。\n]{0,8}?(?:お?預か|受け取|回収|送って|郵送|お送り)|(?:鍵|合鍵|カギ|かぎ|スペアキー)の(?:置き|隠し|保管)?場所を?[^。\n]{0,6}?(?:ご?返信|お知らせ|お?教え)(?:て)?(?:ください|下さい|いただ|願|もらえ)/);
// The key put in the mailbox, under the mat or by the door, or the door left unlocked.
const KEY_LEFT_OUT = gated(/(?:鍵|合鍵|カギ|かぎ|スペアキー)(?:を|は)[^。\n]{0,10}?(?:ポスト|郵便受け|新聞受け|メーターボックス|植木鉢|マットの下|玄関前|玄関の前|ドアの前|ドアノブ)[^。\n]{0,4}?(?:に|へ)(?:入れ|置い|掛け|かけ)|(?:鍵|カギ|かぎ|玄関)を?(?:開けて|あけて|開けたまま|かけずに|掛けずに)(?:おいて|おき|ください|下さい|いただ)|施錠(?:せず|しないで)/);
// A job in the home told (an inspection, works, cleaning, a tradesman): the visit the key is asked for.
const HOME_JOB = /点検|工事|作業|清掃|修理|交換|業者|入室|室内に入/;

/**
 * The key left out for a job in the home (KEY_LEFT_OUT beside HOME_JOB, as keyForAbsence finds it): the stake of the visit
 * (checks/ask-channel.ts VISIT_STAKE), since a key in a mailbox is the whole home handed to whoever reads the message.
 */
export function keyLeftForJob(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  const out = KEY_LEFT_OUT.exec(lower);
  return out !== null && HOME_JOB.test(lower) && keyForAbsence(input)?.cue === out[0] ? out[0] : undefined;
}
// The building's own caretaker, manager or landlord (data/lures.json role).
const BUILDING_ROLE = /管理人|管理室|管理会社|管理組合|大家|家主|管理员|房东|landlord|caretaker|building manager/;
// The home said to stand empty: an absence, a trip, the holidays' homecoming.
const ABSENCE = /留守|空き家|不在|家を空け|帰省|旅行|お出かけ|外出|立会いできない|立ち会いできない|立ち会えない|立会えない/;

/**
 * The house key asked of the reader for the days the home stands empty ("お盆の帰省で空き家になるお宅向けに見回りサービスを始め
 * ました。鍵をお預かりします"), by a service the reader never booked: the key and the dates are all a burglar needs, and a
 * watch the reader signed up for names the booking (ご予約, ご依頼, ご登録いただいた). Between people (a neighbour's "旅行中、
 * 鍵預かっとこうか?") it is theirs to offer.
 */
function keyForAbsence(input: AskInput): { cue: string } | undefined {
  const lower = input.norm.lower;
  const m = KEY_HANDED.exec(lower);
  // The key left where anyone can take it, or the door left unlocked, for the visit ("お留守の場合は鍵を集合ポストに入れておいて
  // 下さい", "ご不在なら玄関の鍵を開けておいてください"), whoever asks: a managing agent enters with its own key and its
  // caretaker beside it, and never asks a key left in a mailbox (a burglar's ask in its name).
  const out = KEY_LEFT_OUT.exec(lower);
  if (out !== null && ABSENCE.test(lower) && !inSentence(input, out.index, 'never-ask') && !speaksAsPerson(input)
    && !['ordered', 'recon-requested', 'applied'].some((c) => luresOfCategory(input.lures, c).some((l) => !l.quoted))) return { cue: out[0] };
  if (m === null || !ABSENCE.test(lower) || inSentence(input, m.index, 'never-ask') || speaksAsPerson(input)) return undefined;
  // The building's own caretaker or manager taking the key for a job in the reader's flat while they are out ("管理人の山田
  // です。排水管清掃の日、ご不在の場合は鍵をお預かりします"): someone the reader knows, who keeps the building's keys already.
  if (luresOfCategory(input.lures, 'role').some((l) => !l.quoted && BUILDING_ROLE.test(l.cue))) return undefined;
  if (['ordered', 'recon-requested', 'applied'].some((c) => luresOfCategory(input.lures, c).some((l) => !l.quoted))) return undefined;
  return { cue: m[0] };
}

// Money named for a relative's trouble (示談金, 弁償金): the trouble is the setup, in whatever voice it is told.
const TROUBLE_MONEY = /^(?:示談金|保釈金|補償金|弁償金|賠償金|慰謝料)/;

// What the cash at the reader's home is said to be for when no fee is paid: shown, checked, exchanged, kept, sealed up.
const CASH_TAKEN = /見せ|確認|交換|預か|封筒|拝見|保管/;

/** A word that takes the cash without paying anything (CASH_TAKEN) stands in the sentence at `index`. */
function cashTaken(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  return luresOfCategory(input.lures, 'collect-word').some((l) => l.index >= s && l.index < e && CASH_TAKEN.test(l.cue));
}

// A fee or a bill paid in cash ("費用は当日現金でお願いします", "新聞代の集金に伺います。現金をご用意ください"): a collector's
// or a tradesman's, taken from people who called them; the office's voice alone does not make it a hand-over.
const FEE = /代金|料金|費用|会費|集金|お支払|支払い|精算|月謝|購読料|修理代|新聞代|fee|payment|taxa|phi /;

function paysFee(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  return FEE.test(input.norm.lower.slice(s, e));
}

// The writer's own card or passbook fetched from the reader's home ("I'll come to pick up my bank card I left there").
const WRITERS = /(?:\bmy|私の|俺の|僕の|自分の|\bmeu|\bminha)\s*$/;

function writersOwn(input: AskInput, index: number): boolean {
  return WRITERS.test(input.norm.lower.slice(Math.max(0, index - 12), index));
}

// The card's own clause sends it to the reader ("新しいカードを本人限定受取郵便でお送りします", "カードはお届けします").
const SENT_TO_READER = /お送り|送付|郵送|発送|お届け|届きます|届けます|送ります|will be sent|will be delivered/;
const CLAUSE_END = /[、。!?！？\n,，]/;

function comesToReader(input: AskInput, from: number): boolean {
  const text = input.norm.lower;
  let end = from;
  while (end < text.length && end < from + 24 && !CLAUSE_END.test(text[end]!)) end++;
  return SENT_TO_READER.test(text.slice(from, end));
}

// The reader's bank money named beside an office's alarm: the account, the ATM, a withdrawal, the card.
const BANK_MONEY = /atm|口座|引き出し|引出し|預金|キャッシュカード|通帳/;
// An office's alarm about the reader (not a parcel, a bill or a refund: a meter reader or a fee collector comes over those).
const ALARMS: ReadonlySet<string> = new Set(['security-alert', 'account-restriction', 'legal-threat']);

// …or said in so many words: something wrong with the money ("不審な引き出し", "口座情報が流出", "不正利用").
const ALARM_WORDS = /不正|不審|流出|悪用|被害|詐欺/;

function bankAlarm(input: AskInput): boolean {
  const text = input.norm.lower;
  return BANK_MONEY.test(text) && (ALARM_WORDS.test(text) || input.lures.some((l) => l.kind === 'lure' && !l.quoted && ALARMS.has(l.category)));
}

// Handed to a role, not to someone by name ("ご自宅の現金を係の者にお渡しください", "担当者にお見せください", "上司の人に渡して"):
// whoever stands at the door as "the staff" is the channel as much as one announced as coming.
const TO_STAFF = gated(/(?:職員|係員|行員|局員|署員|担当者|担当の者|係の者|の者|警察官|捜査員|刑事|調査員|弁護士|上司)(?:の方|の人)?に[^。\n]{0,12}?(?:お?渡し|渡して|お見せ|見せて|預け|手渡)/);

function handedToStaff(input: AskInput): { cue: string; index: number } | undefined {
  const m = TO_STAFF.exec(input.norm.lower);
  if (m === null || inSentence(input, m.index, 'never-ask')) return undefined;
  return { cue: m[0], index: m.index };
}

// A visit announced, however bare ("本日午後伺います", "明日10時にお伺いします"), not a question asked on the phone ("お電話でお話を伺います");
// also the visitor named by the visit ("明日訪問する担当者", "伺う職員") and a hand delivery that is one ("手渡しでお届けします").
const VISIT = gated(/お?伺い(?:ます|いたします|しま)|ご?訪問(?:します|いたします|させ)|参ります|お邪魔します|(?:訪問|お?伺い|伺う)する?(?:担当|職員|係|調査員|者)|手渡しで(?:お届け|お渡し)/);

/** A bare visit: counted only with a valuable and a word of taking it (the finder above), never alone. */
function announcedVisit(input: AskInput): { cue: string; index: number } | undefined {
  const m = VISIT.exec(input.norm.lower);
  if (m === null || inSentence(input, m.index, 'never-ask')) return undefined;
  const [s, e] = sentenceAt(input.norm.text, m.index);
  if (/電話|お話|ご意見|ご要望|ご希望/.test(input.norm.lower.slice(s, e))) return undefined;
  return { cue: m[0], index: m.index };
}

// An office's staff coming to the home, however the visit is worded ("年金事務所の職員が明日10時ごろ書類を
// お持ちします", "担当者がご訪問いたします", "警察官がそちらに向かいます").
const OFFICE_STAFF_COMING = gated(/(?:職員|係員|行員|局員|署員|担当者|担当の者|係の者|警察の者|協会の者|銀行の者|警察官|捜査員|刑事|調査員|弁護士)(?:の方)?が[^。\n]{0,30}?(?:お?伺|ご?訪問|お持ち|持参|参ります|お届けに|向かいます|向かわせ|行きます|行く(?:ので|から|ため|予定|こと)|来ます|来る(?:ので|から|予定))/);

/**
 * A visit by an office's staff (an office's voice and its staff coming), as a visit cue: the card or
 * passbook made ready for it is handed to whoever comes (NPA: offices never collect cards at the door).
 */
function officeStaffComing(input: AskInput): { cue: string; index: number } | undefined {
  if (!speaksAsOffice(input) && !luresOfCategory(input.lures, 'institution').some((l) => !l.quoted)) return undefined;
  const m = OFFICE_STAFF_COMING.exec(input.norm.lower);
  if (m === null || inSentence(input, m.index, 'never-ask')) return undefined;
  return { cue: m[0], index: m.index };
}

/** Cash ("現金を用意", "示談金", "your cash"), not a card, a passbook or a number: people hand it to each other at the door, and pay a repair in it. */
function isCash(cue: string): boolean {
  return /^(?:現金|お金|示談金|保釈金|補償金|弁償金|賠償金|慰謝料|お札|旧札|タンス預金|金塊|现金|your cash|dinheiro|tien mat)/.test(cue);
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
function preparedForVisitor(input: AskInput): readonly Ask[] {
  const survey = surveyPapers(input);
  if (survey !== undefined) return [{ kind: 'reply-data', cue: survey, channel: replyChannel(input), quoted: false }];
  if (!speaksAsOffice(input) || !STAFF_VISIT.test(input.norm.lower)) return NO_ASKS;
  const prepared = cuesOf(input, 'personal-data').find((o) => !o.quoted && !o.cue.includes('証') && !inSentence(input, o.index, 'never-ask') && preparedIn(input, o.index));
  return prepared ? [{ kind: 'reply-data', cue: prepared.cue, channel: replyChannel(input), quoted: false }] : NO_ASKS;
}

// A public survey named (国勢調査, 統計調査, 家計調査) or its surveyor: its questionnaire is all it collects.
const SURVEY = /国勢調査|統計調査|家計調査|調査員/;
// Papers of the household's income or assets: 収入証明, 所得証明, 源泉徴収票, 課税証明, 確定申告書, 給与明細, 年金証書, 預金通帳.
const INCOME_PAPER = /収入証明|所得証明|源泉徴収票|課税証明|確定申告書|給与明細|年金証書|預金通帳|資産(?:の)?(?:一覧|状況)/;

/**
 * A public survey's visitor announced and the household's income or asset papers asked made ready for them ("本日、市から依頼を受けた
 * 調査員が伺います。国勢調査の回答確認とあわせ、今年の収入証明をご用意ください"): the census and the statistics surveys collect their
 * questionnaire only, never papers of income (総務省統計局: 調査員が収入証明や通帳を求めることはありません; かたり調査), so the papers
 * go to whoever comes. A tax accountant or a case worker the reader deals with names no survey.
 */
function surveyPapers(input: AskInput): string | undefined {
  const lower = input.norm.lower;
  if (input.reported || tellsOfScam(input) || speaksAsPerson(input) || !SURVEY.test(lower) || !STAFF_VISIT.test(lower) && !VISIT.test(lower)) return undefined;
  const m = INCOME_PAPER.exec(lower);
  if (m === null || inSentence(input, m.index, 'never-ask') || !preparedIn(input, m.index)) return undefined;
  return m[0];
}

// Words of making something ready (ご用意, 用意して, 準備して), not of taking it (受け取り, 回収).
function preparedIn(input: AskInput, index: number): boolean {
  const [s, e] = sentenceAt(input.norm.text, index);
  return luresOfCategory(input.lures, 'collect-word').some((l) => l.index >= s && l.index < e && (l.cue.includes('用意') || l.cue.includes('準備')));
}

// A passbook named (not a card, a PIN or cash).
const PASSBOOK = /^(?:通帳|passbook|bankbook|存折|存摺|so tiet kiem)/;
// Words that take a thing away, as against making it ready (ご用意, ご準備).
const TAKING = /受け取|受取|回収|預か|預け|引き取|取りに|渡し|渡して|封筒|見せ|拝見|確認|交換|保管|collect|pick up|hand/;

/**
 * A passbook made ready for a visit the reader booked or asked for ("さくら信用金庫の佐藤です。ご依頼の定期預金の件、明日10時に
 * お伺いします。通帳と印鑑をご用意ください"): a 信用金庫's 渉外係 visits its customers at home by appointment to take deposits, and
 * the passbook is written up there, before the reader's eyes. Nothing is taken away: no word of taking stands in the message, and
 * nothing else is asked at the door (no card, no PIN, no cash: those stay asks, booked or not), no alarm is told and nothing is
 * pressed. A visit the reader never booked ("年金の受給額が上がる手続き…明日訪問する担当者に…通帳をご準備ください") stays the ask.
 */
function passbookForBooking(input: AskInput, o: { cue: string; index: number }): boolean {
  if (!PASSBOOK.test(o.cue) || !preparedIn(input, o.index)) return false;
  if (!['ordered', 'recon-requested', 'applied'].some((c) => luresOfCategory(input.lures, c).some((l) => !l.quoted))) return false;
  if (input.lures.some((l) => !l.quoted && (l.kind === 'lure' || l.kind === 'pressure'))) return false;
  if (luresOfCategory(input.lures, 'collect-word').some((l) => !l.quoted && TAKING.test(l.cue))) return false;
  if (bankAlarm(input)) return false;
  return !cuesOf(input, 'valuables').some((v) => !v.quoted && !PASSBOOK.test(v.cue)) && bareBankCards(input).length === 0;
}

// Brought by the reader: "持ってきてください", "お持ちください", "ご持参ください".
const BRING = gated(/持ってきて|持って来て|お持ちくだ|お持ち下さ|お持ちになって|ご持参|持参して|持参くだ/);
// The place to be told by reply: "場所は返信で案内します", "会場は折り返しお伝えします" (not one already sent: "返信で送った地図").
const PLACE_LATER = /(?:場所|会場|住所|行き先|受付場所)(?:は|を)?\s*(?:返信|折り返し)(?:で|にて)?\s*(?:ご?案内|お?知らせ|お?伝え|ご?連絡|お?送り|お?教え)?(?:し|いた)?(?:ます|する|[。!?！？]|$)/;

/**
 * A passbook, a bank card, cash or identity papers to be brought by the reader to a place the message does not say, to be
 * told by reply ("パスポートと通帳を持ってきてください。場所は返信で案内します"): an office has an address and says it, and
 * no office takes a passbook over a visa; whoever answers the reply is who takes them (NPA: 預貯金詐欺; 入管 asks for the
 * passport and the residence card at its own counter, named). A friend's "パスポートと在留カード持っていけばOK" names the
 * office they are going to and asks nothing by reply.
 */
function broughtToPlaceUntold(input: AskInput): { cue: string } | undefined {
  const lower = input.norm.lower;
  const bring = BRING.exec(lower);
  if (bring === null || !PLACE_LATER.test(lower)) return undefined;
  if (inSentence(input, bring.index, 'never-ask')) return undefined;
  const [s, e] = sentenceAt(input.norm.text, bring.index);
  const valuable = cuesOf(input, 'valuables').find((o) => !o.quoted && o.index >= s && o.index < e);
  if (valuable === undefined) return undefined;
  return { cue: `${valuable.cue} / ${bring[0]}` };
}

// A PIN named: the card's secret, of no use to anyone but the card's taker.
const PIN = /^(?:暗証番号|your pin|a senha)/;
const PIN_UNNEEDED = /^[^。\n]{0,4}?(?:不要|いりません|要りません|必要(?:は)?ありません|必要ない|聞きません|伺いません|お聞きしません)/;

// A card named by no kind ("カードをご準備ください", "カードを封筒に入れて", "新しい口座のカードと"), not a point, gift, library,
// IC or My Number card, which a katakana, kanji or Latin word before it names.
const BARE_CARD = /(?<![\p{Script=Katakana}\p{Script=Han}a-z0-9ー・])カード(?=を|と|や|は|も|の(?:ご)?(?:準備|用意|確認|交換|回収))/gu;
// The reader's bank money, a refund or a benefit paid into it, or an alarm about a card: the bare card is the bank card.
const BANK_FRAME = /金融機関|銀行|信金|信用金庫|ゆうちょ|口座|還付|給付|キャッシュカード|通帳|暗証番号|不正利用|atm|預金|貯金/;

/**
 * The bank card named bare in a message about the reader's bank money ("【区役所】還付金お受け取りのため、金融機関の職員を
 * ご自宅に伺わせます。カードをご準備ください"): as much the valuables as a キャッシュカード named in full. Read as the words of
 * handing it beside it are: quoted when they are.
 */
function bareBankCards(input: AskInput): { cue: string; index: number; quoted: boolean }[] {
  const lower = input.norm.lower;
  if (!holdsAny(lower, CARD_ANCHOR) || !lower.includes('カード') || !BANK_FRAME.test(lower)) return [];
  const out: { cue: string; index: number; quoted: boolean }[] = [];
  for (const m of lower.matchAll(BARE_CARD)) {
    const [s, e] = sentenceAt(input.norm.text, m.index);
    const words = cuesOf(input, 'collect-word').filter((l) => l.index >= s && l.index < e);
    out.push({ cue: m[0], index: m.index, quoted: words.length > 0 && words.every((l) => l.quoted) });
  }
  return out;
}

// A card or passbook handed on with its PIN, to anyone and by any way: given, left with someone, sent back, posted,
// the PIN written on a sheet beside it ("新しい口座のカードと暗証番号を会社に預けてください", "暗証番号を記入した用紙と共に
// カードを返送してください"). No bank, office, employer or police takes the two together (全銀協, NPA キャッシュカード詐欺盗;
// an employer keeping a worker's card or passbook is forbidden: 技能実習法, 労基法18条).
const CARD_OR_BOOK = /キャッシュカード|カード|通帳|bank card|debit card/;
const HANDED_ON = /預けて|預け入れ|お預け|渡して|お渡し|返送|郵送|送付|送って|お送り|提出|封筒に/;
const REFUSED = /ない|ません|ことは|禁止|厳禁/;

function cardWithPin(input: AskInput): { cue: string } | undefined {
  for (const p of cuesOf(input, 'valuables')) {
    if (p.quoted || !PIN.test(p.cue) || inSentence(input, p.index, 'never-ask') || inSentence(input, p.index, 'door')) continue;
    const [s, e] = sentenceAt(input.norm.text, p.index);
    const sentence = input.norm.lower.slice(s, e);
    const card = CARD_OR_BOOK.exec(sentence);
    const hand = HANDED_ON.exec(sentence);
    // (Not handing forbidden: "カードと暗証番号を一緒に返送しないでください", "渡すことはありません".)
    if (card !== null && hand !== null && !REFUSED.test(sentence.slice(hand.index + hand[0].length, hand.index + hand[0].length + 12))) return { cue: `${card[0]} / ${p.cue} / ${hand[0]}` };
  }
  return undefined;
}

// The reader's own request for the errand ("頼まれてた", "言われてた"), not a third person's ("息子さんに頼まれて").
const ERRAND = gated(/(?<!(?:息子さん|娘さん|ご主人|旦那さん|奥さん|奥様|お子さん|お孫さん|様|上司|会社|先生|銀行|警察|の方|から)に)頼まれ(?:て|た)|頼んで(?:た|くれた)|言われてた|お願いされてた/);

/** A person's errand the reader asked for, in a message telling no relative's trouble (no family lure). */
function readersErrand(input: AskInput): boolean {
  if (!ERRAND.test(input.norm.lower) || !speaksAsPerson(input)) return false;
  return !luresOfCategory(input.lures, 'family').some((l) => l.kind === 'lure' && !l.quoted);
}

// The cash card itself, named in full (not a copy or a photo of it, which a payroll desk may take: "キャッシュカードのコピー").
const CASH_CARD = /^(?:キャッシュカード|cash card|atm card)/;
const CARD_COPY = /^[^。\n]{0,4}?(?:コピー|写し|写真|画像|の番号|番号)/;
// Brought, made ready, shown or checked: the card leaves the reader's hands or is looked over by whoever asks.
const CARD_BROUGHT = /持ってきて|持って来て|お持ちくだ|お持ち下さ|お持ちになって|ご持参|持参|ご用意|用意して|ご準備|準備して|お見せ|見せて|拝見|確認(?:します|いたします|させ|に伺|しに)|伺って確認|お預か|預か|bring|show/;
// What the card is asked for: a job (an interview, hiring, the pay's account) or the reader's home (the rent, a lease, the room).
const NOT_BANKS_MATTER = /面接|採用|内定|入社|勤務|給与|給料|アルバイト|バイト|家賃|入居|お部屋|賃貸|大家|オーナー|管理会社|interview|hiring|salary|payroll|rent|landlord/;
// The organisation's own premises or the bank's own counter, where a card may be put in a terminal before staff the reader can see
// (口座振替受付サービス at a shop's counter, a branch's 来店予約), or the employer's office on a working day ("明日出社したときに通帳か
// キャッシュカードを見せてください": its HR checks the pay's account face to face).
const OWN_PREMISES = /店頭|店舗|窓口|ご?来店|ご?来社|ご?出社|社内|職場で|会社で|オフィス|本社|事務所|受付|当行|当金庫|お取引店|支店|counter|branch/;

/**
 * A cash card asked to be brought to a job's interview or made ready for someone about the reader's home to check
 * ("面接は弊社提携カフェで…印鑑と通帳、キャッシュカードをご持参ください(給与口座登録のため)", "家賃値下げの手続きのため通帳と
 * キャッシュカードを担当が伺って確認します"): nobody but the bank at its own counter has any use for the card itself. Employers take
 * the pay's account as its number or a copy of the passbook, landlords and managing agents change the rent on paper, and the card
 * looked over at a café or at the door is the card taken or swapped (警察庁 キャッシュカード詐欺盗: 「カードを確認する」と言って
 * すり替える; 政府広報オンライン 預貯金詐欺). Not a copy, its number, a passbook alone, the organisation's own premises or the
 * bank's counter, a warning or a never-ask notice.
 */
function cashCardForJobOrHome(input: AskInput): { cue: string } | undefined {
  const lower = input.norm.lower;
  // (A person's errand, "家賃払いに行くならキャッシュカード持ってきて", is between people who share a home.)
  if (!NOT_BANKS_MATTER.test(lower) || OWN_PREMISES.test(lower) || tellsOfScam(input) || (speaksAsPerson(input) && !speaksAsOffice(input))) return undefined;
  for (const o of cuesOf(input, 'valuables')) {
    if (o.quoted || !CASH_CARD.test(o.cue) || CARD_COPY.test(lower.slice(o.index + o.cue.length))) continue;
    if (inSentence(input, o.index, 'never-ask')) continue;
    const [s, e] = sentenceAt(input.norm.text, o.index);
    const m = CARD_BROUGHT.exec(lower.slice(s, e));
    if (m !== null) return { cue: `${o.cue} / ${m[0]}` };
  }
  return undefined;
}
