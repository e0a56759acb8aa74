// What a warning says about the link it shows, in the languages the engine reads: the link is the scam's,
// shown so the reader knows it, not offered to be opened. Read on the lower-cased text with Latin
// diacritics folded away (lures/fold.ts): "không bấm" and "khong bam", "não clique" and "nao clique" alike.
// Sources: the warnings of data/labelled (cities', carriers' and police notices in Japanese, Korean,
// Chinese, Vietnamese, Portuguese, Tagalog, English, Spanish, Indonesian, Nepali and Thai) and the
// ordinary negated imperatives of each language (하지 마세요, 不要/请勿, đừng/không, não, huwag, no, jangan, न-, อย่า).

/** Don't open, tap, press or click it (the link the message shows). */
const DONT_OPEN: readonly string[] = [
  // ja
  '開かず', '開かない', '押さず', '押さない', 'タップせず', 'タップしない', 'アクセスせず', 'アクセスしない', 'クリックせず', 'クリックしない', '触らない',
  // en
  "don't open", "don't click", "don't tap", 'do not open', 'do not click', 'do not tap', 'never click', 'never open', 'never tap',
  // ko
  '누르지 마', '누르지마', '클릭하지 마', '클릭하지마', '열지 마', '열지마', '접속하지 마', '접속하지마', '터치하지 마', '누르지 말', '클릭하지 말', '열지 말', '접속하지 말',
  // zh
  '不要点', '不要點', '不要打开', '不要打開', '请勿点', '請勿點', '切勿点', '切勿點', '勿点击', '勿點擊', '别点', '別點', '不要访问', '不要訪問',
  // vi (folded)
  'khong bam', 'dung bam', 'khong nhan vao', 'dung nhan vao', 'khong click', 'dung click', 'khong mo link', 'dung mo link', 'khong truy cap', 'dung truy cap',
  // pt (folded)
  'nao clique', 'nao abra', 'nao acesse', 'nao toque', 'nao cliquem', 'nunca clique',
  // tl
  'huwag i-click', 'huwag mag-click', 'huwag buksan', 'huwag pindutin', 'wag i-click', 'wag buksan', 'huwag mong i-click', 'huwag mong buksan',
  // es (folded)
  'no haga clic', 'no hagas clic', 'no abra', 'no abras', 'no pulse', 'no pulses', 'no toque el enlace', 'no acceda',
  // id
  'jangan klik', 'jangan diklik', 'jangan buka', 'jangan dibuka', 'jangan tekan', 'jangan akses',
  // ne (Devanagari and romanised)
  'क्लिक नगर्नु', 'नखोल्नु', 'नथिच्नु', 'click nagarnu', 'nakholnu', 'nathichnu',
  // th
  'อย่ากด', 'อย่าคลิก', 'ห้ามกด', 'ห้ามคลิก', 'อย่าเปิดลิงก์',
];

/** The link is named the fake one, or shown as an example ("偽サイト(例:…)", "e.g."). */
const NAMED_FAKE: readonly string[] = [
  // ja
  '偽サイト', '偽のサイト', 'ニセサイト', '偽url', '偽のurl', '偽物', '詐欺サイト', 'フィッシングサイト', '(例:', '(例)', '例:', '例)',
  // en
  'fake site', 'fake link', 'fake website', 'phishing site', 'phishing link', 'e.g.',
  // ko
  '가짜 사이트', '가짜 링크', '피싱 사이트', '예:', '예)',
  // zh
  '假网站', '假網站', '假链接', '假連結', '钓鱼网站', '釣魚網站', '例如',
  // vi (folded)
  'trang gia', 'web gia', 'link gia', 'trang web gia', 'vd:', 'vi du',
  // pt (folded)
  'site falso', 'link falso', 'pagina falsa', 'ex.:', 'exemplo',
  // tl, es, id
  'pekeng site', 'pekeng link', 'sitio falso', 'enlace falso', 'situs palsu', 'link palsu', 'situs phishing', 'contoh:',
  // ne, th
  'नक्कली', 'nakkali', 'เว็บปลอม', 'ลิงก์ปลอม',
];

/**
 * The link told as where the scam's texts lead the reader ("…へ誘導するSMS", "…に誘導する手口", "texts that send
 * you to…"): the words warnings use of a lure, not the words a lure uses of its own page ("こちらから", "tap here").
 * Sources: the dev warnings of data/labelled ("「料金未払い」のような文面で…[.]onlineへ誘導するSMSに注意") and the
 * verbs of luring or leading someone to a place in each language (유도/유인하다, 诱导/引诱, dẫn dụ/dụ dỗ,
 * levar/direcionar, dalhin, llevar/redirigir, mengarahkan, लैजानु, หลอก/พาไป).
 */
const LEADS_TO: readonly string[] = [
  // ja
  // (Not "誘導します": a page's own voice, "ご案内ページへ誘導します".)
  '誘導する', '誘導され', '誘導しよう', '誘導して', '誘導の手口', '誘い込', 'おびき寄せ',
  // en
  'send you to', 'sends you to', 'sending you to', 'lead you to', 'leads you to', 'leading you to', 'lure you to', 'lures you to',
  'luring you to', 'lure people to', 'lure victims to', 'direct you to', 'directs you to', 'directing you to', 'redirect you to', 'redirects you to',
  // ko
  '유도하', '유인하',
  // zh
  // (Traditional 誘導 is written as the Japanese is: only with whom or what it leads to.)
  '诱导', '誘導您', '誘導你', '誘導民眾', '誘導用戶', '誘導點擊', '引诱', '引誘', '诱骗', '誘騙', '引导至', '引導至', '引导到', '引導到',
  // vi (folded)
  'dan du', 'du do', 'dan nguoi dung', 'dan ban den', 'dan ban toi',
  // pt (folded)
  'levam para', 'levam voce', 'direcionam para', 'redirecionam para', 'induzem',
  // tl
  'nagdadala sa', 'dinadala ka sa', 'magdadala sa iyo', 'nagre-redirect',
  // es (folded)
  'te llevan a', 'llevan a un', 'redirigen a', 'te dirigen a',
  // id
  'mengarahkan ke', 'mengarahkan anda', 'menggiring', 'diarahkan ke',
  // ne, th
  'लैजाने', 'लैजान्छ', 'หลอกให้เข้า', 'พาไปยัง', 'ล่อให้',
];

/**
 * The link written as what a text the message tells of carried: in brackets after the text's name ("…をうたうSMS
 * (kosodate-kyufu[.]shop)", "SMS(例:myna-hoken[.]top)", "a text (jp-post-xxx[.]top)"), or named as like it ("denki-henkin[.]lol
 * とかいうURL", "tepco-ep[.]billing-renew[.]xyz みたいな変なドメイン", "a link like …", "something like jpost-xxx[.]icu"). A lure gives its own link as the way to act,
 * never as the contents of some message or as a sample of a kind. Defanged hosts only (the caller's condition).
 */
const MESSAGE_NOUN = String.raw`(?:sms|mms|メール|メッセージ|ショートメール|テキスト|texts?|messages?|e-?mails?|문자|메시지|短信|簡訊|短訊|tin nhan|mensage[mn]s?|mensajes?|pesan|सन्देश|ข้อความ)`;
const LINK_IN_TOLD_TEXT = new RegExp(String.raw`${MESSAGE_NOUN}\s*[(（]\s*(?:例[:：]?|e\.g\.,?|vd:?|ex\.:?|like|như)?\s*(?:hxxps?:\/\/)?[a-z0-9-]+(?:\[\.\]|\(\.\))`);
const LINK_AS_SAMPLE = /(?:\[\.\]|\(\.\))[a-z0-9./-]*\s*(?:みたいな|とかいう|とかの|のような|っぽい)[^。\n]{0,6}(?:url|ドメイン|リンク|アドレス)|(?:(?:links?|urls?|domains?) |\bsomething |\banything )like (?:hxxps?:\/\/)?[a-z0-9-]+(?:\[\.\]|\(\.\))/;

/**
 * The link told as what a text the writer got said, in the writer's own past or reported speech: "hxxps://x[.]net って
 * 書いてあった", "x[.]cc ってURLだった", "リンクが x[.]buzz になってた", "the link was hxxps://x[.]top". A lure gives its
 * link as the way to act, never as what some message it tells of read. Defanged hosts only (the caller's condition).
 */
const DEFANGED_LINK = String.raw`(?:hxxps?:\/\/[!-~]*|[a-z0-9-]+(?:(?:\[\.\]|\(\.\))[a-z0-9-]+)+[!-~]*)`;
const LINK_TOLD = new RegExp(String.raw`${DEFANGED_LINK}\s*(?:(?:って|と)(?:書|かい|か[かい]れ|載|あっ|来|き[たて]|届|いう|言う|url|リンク|ドメイン|アドレス)|(?:に)?なって(?:た|いた)|だった)`
  + String.raw`|(?:リンク|url|ドメイン|アドレス)が\s*${DEFANGED_LINK}|\b(?:the )?(?:link|url|domain) (?:was|went to|said)\s+${DEFANGED_LINK}`);

/**
 * Texts going round, told of (出回っている), in the languages the engine reads: "going around", "circulating",
 * 流传/流傳, 돌고 있, đang lan truyền, circulando, kumakalat, beredar.
 */
const GOING_ROUND = /出回って|出まわって|(?:送られて|届いて)いる(?:との|という)|\bgoing (?:a)?round\b|\bcirculating\b|\bdoing the rounds\b|流传|流傳|돌고 있|돌고있|dang lan truyen|dang duoc gui|circulando|kumakalat|beredar/;

/** Beware: the message cautions the reader. */
const BEWARE: readonly string[] = [
  '注意', '気をつけ', '気を付け', 'beware', 'caution', 'warning', 'watch out', 'heads up', 'heads-up', 'be careful', '주의', '조심', '경고', '小心', '警惕', 'canh bao', 'can than', 'luu y',
  'cuidado', 'atencao', 'alerta', 'mag-ingat', 'ingat', 'babala', 'hati-hati', 'waspada', 'awas', 'सावधान', 'saavdhan', 'sawadhan', 'ระวัง', 'เตือน',
];

function hasAny(text: string, cues: readonly string[]): boolean {
  for (const c of cues) if (text.includes(c)) return true;
  return false;
}

/**
 * A message with a defanged link (x[.]top, hxxps://) that in its own words disowns it: tells the reader
 * not to open it, writes it as what a text it tells of carried or as a sample of such links, or cautions the
 * reader while naming it the fake site or an example, while telling of texts going round, or while telling it as
 * where the scam's texts lead. `folded` is the lower-cased text
 * with Latin diacritics folded.
 */
export function disownsDefanged(folded: string): boolean {
  if (hasAny(folded, DONT_OPEN) || LINK_IN_TOLD_TEXT.test(folded) || LINK_AS_SAMPLE.test(folded) || LINK_TOLD.test(folded)) return true;
  return (GOING_ROUND.test(folded) || hasAny(folded, NAMED_FAKE) || hasAny(folded, LEADS_TO)) && hasAny(folded, BEWARE);
}
