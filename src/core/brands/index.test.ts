import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, testData } from '../test-support.js';
import { createBrandCheck, parseBrandRegistry } from './index.js';

const check = createBrandCheck(testData.brands, testData.scores.weights);
const codes = (text: string, from?: string) => check(contextOf(text, from)).map((r) => r.code).sort();

test('the registry covers at least 200 brands, each with sources, and every brand named in the shared data', () => {
  assert.ok(testData.brands.brands.length >= 200, `${testData.brands.brands.length} brands`);
  for (const b of testData.brands.brands) assert.ok(b.sources.length > 0, b.id);
  const named = ['三菱UFJ銀行', '国税庁', 'ソフトバンク', 'NTTドコモ', 'Apple', 'd払い', 'KDDI', 'ヤマト運輸', 'NTTファイナンス', '三井住友銀行', '日本郵便', '東京電力',
    'dカード', '東京都水道局', 'JCB', '三井住友カード', '東京都主税局', '総務省', '佐川急便', '楽天カード', 'メルカリ', 'みずほ銀行', 'Google', '三井住友信託銀行', 'エポスカード',
    'アイフル', '静岡銀行', 'auじぶん銀行', '警察庁', 'りそな銀行', '楽天市場', 'セディナ', 'PayPay', 'Amazon', 'au'];
  for (const name of named) {
    const found = contextOf(`【${name}】お知らせ`).brands;
    assert.ok(found.length > 0, `${name} is recognised`);
  }
});

// text, sender → reason codes
const table: [string, string | undefined, string[]][] = [
  ['【三菱UFJ銀行】お客様の口座を確認してください https://mufg-check.top/', undefined, ['BRAND_CLAIMED', 'BRAND_LOOKALIKE_DOMAIN', 'BRAND_UNOFFICIAL_DOMAIN']],
  ['確認はこちら hxxps://mufgug.com', undefined, ['BRAND_LOOKALIKE_DOMAIN']],
  ['【楽天カード】ご利用確認 https://www.rakuten-card.co.jp/e-navi/', '0570666910', ['BRAND_CLAIMED', 'BRAND_OFFICIAL_DOMAIN', 'BRAND_OFFICIAL_SENDER']],
  ['【三井住友銀行】口座を確認してください', '09012345678', ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_SENDER']],
  ['【三菱UFJ銀行】取引を規制しています https://muf[redacted].com', undefined, ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_DOMAIN']],
  ['【三井住友カード】ご利用確認にご協力をお願いいたします https://~', undefined, ['BRAND_CLAIMED']],
  ['【dカード】ご利用確認 https://s.vpass.jp/?id=○○○○', undefined, ['BRAND_CLAIMED', 'BRAND_OFFICIAL_DOMAIN']],
  ['ヤマト運輸の配達員です。14時頃伺います', '08012345678', ['BRAND_CLAIMED']],
  ['会議資料 https://docs.google.com/document/d/1', '08012345678', []],
  ['see http://www.mufg.jp@evil.example/', undefined, ['BRAND_LOOKALIKE_DOMAIN']],
  ['because I said so, au revoir', undefined, []],
  ['【au】重要なお知らせ', undefined, ['BRAND_CLAIMED']],
  ['This line is busy, call me later', undefined, []],
  // A brand's own short links are official for that brand only.
  ['【Amazon】ご注文の商品を発送しました https://amzn.asia/d/abc123', undefined, ['BRAND_CLAIMED', 'BRAND_OFFICIAL_DOMAIN']],
  ['【楽天市場】お買い物マラソン開催中 https://r10.to/hAbCdE', undefined, ['BRAND_CLAIMED', 'BRAND_OFFICIAL_DOMAIN']],
  // …and another brand's short link is no impersonator's page either: neither credit nor blame.
  ['【三井住友銀行】ご確認ください https://amzn.to/3abc', undefined, ['BRAND_CLAIMED']],
  ['【三井住友銀行】ご確認ください https://bit.ly/3abc', undefined, ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_DOMAIN']],
  // LINE accounts are anyone's: a stranger's lin.ee link earns no official discount, even naming LINE.
  ['【LINE】友だち追加はこちら https://lin.ee/AbCdEf', undefined, ['BRAND_CLAIMED']],
  ['【LINE】友だち追加はこちら https://line.me/R/ti/p/@abc', '+1 202 555 0100', ['BRAND_CLAIMED']],
  ['【三井住友銀行】お手続きはこちら https://lin.ee/AbCdEf', undefined, ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_DOMAIN']],
  // "Googleフォームに…" names the product the form lives on, the medium: no claim of Google at all.
  ['Googleフォームに回答してください https://forms.gle/AbCdEf', undefined, []],
  ['【Google】回答してください https://forms.gle/AbCdEf', undefined, ['BRAND_CLAIMED']],
  ['資料です https://sites.google.com/view/abc', undefined, []],
  ['【PayPay】残高を受け取ってください https://qr.paypay.ne.jp/p2p01_AbCdEf', undefined, ['BRAND_CLAIMED']],
  ['【PayPay】ご利用明細 https://paypay.ne.jp/notice/', undefined, ['BRAND_CLAIMED', 'BRAND_OFFICIAL_DOMAIN']],
  ['【Microsoft】共有ファイル https://contoso.sharepoint.com/:b:/s/x', undefined, ['BRAND_CLAIMED']],
  // A registered letters ID earns credit only with official links or when it asks nothing.
  ['【Apple】ご購入ありがとうございます https://www.apple.com/jp/', 'Apple Notifications', ['BRAND_CLAIMED', 'BRAND_OFFICIAL_DOMAIN', 'BRAND_OFFICIAL_SENDER']],
  ['【Apple】Apple Payの設定が完了しました', 'Apple Notifications', ['BRAND_CLAIMED', 'BRAND_OFFICIAL_SENDER']],
  ['【Apple】アカウントを確認 https://apple-id-verify.top/', 'Apple Notifications', ['BRAND_CLAIMED', 'BRAND_LOOKALIKE_DOMAIN', 'BRAND_UNOFFICIAL_DOMAIN']],
  // From a handset: speaking as the brand is impersonation, talking about it is not.
  ['【市役所】保険料の還付金があります', '09012345678', ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_SENDER']],
  // A carrier-prefixed 00XX display (not 0005) is no handset's: not evidence against the claim.
  ['【市役所】保険料の還付金があります', '0032051234', ['BRAND_CLAIMED']],
  // Talking about it in a person's voice ("…てくるね") names it without claiming it.
  ['市役所行ってくるね', '09012345678', []],
  ['楽天銀行の口座に振り込んでくれたら助かる。口座番号はLINEで送ったやつ', '08011843326', []],
  ['【楽天銀行】口座の振込制限を解除するため下記にてご確認ください', '08011843326', ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_SENDER']],
  // A chatty voice does not hide a name it speaks as ("Xです").
  ['姉ちゃん、楽天銀行です。口座の確認のため暗証番号を返信してね', '08011843326', ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_SENDER']],
  ['警察です。あなたの口座が犯罪に使われています', '09012345678', ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_SENDER']],
  // A shop named as the spot the writer stands at (check.ts namedAsLandmark) claims nothing; its 【header】 still speaks.
  ['配達員です。住所の建物名が見つからず近くのローソン前にいます。何号棟か教えてもらえますか？', '07044519983', ['BRAND_CLAIMED']],
  ['【ローソン】ポイント失効のお知らせ。ローソン前の店舗でご確認ください', '07044519983', ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_SENDER']],
  // A public body named only as where the reader turns is a mention (engine.ts whoSpeaks, TURNED_TO): no claim.
  ['警察に相談した方がいいよ', '09012345678', []],
  // A person telling a friend the collector came names NHK; it does not speak as NHK (a mention, no claim).
  ['NHKの集金来たんだけど', '09012345678', []],
  ['NHK受信料のお支払い https://pay.example.top/', '09012345678', ['BRAND_CLAIMED', 'BRAND_UNOFFICIAL_DOMAIN', 'BRAND_UNOFFICIAL_SENDER']],
  // Ordinary words inside hosts are not look-alikes.
  ['予約はこちら https://hotel-booking.example.jp/', undefined, []],
  ['旅行記 https://jalan-jalan.example.com/', undefined, []],
  ['申請は https://kyufu-shinsei.example.lg.jp/', undefined, []],
  // A carrier's short code is its own.
  ['【au】ご利用料金のお知らせ', '157', ['BRAND_CLAIMED', 'BRAND_OFFICIAL_SENDER']],
];

for (const [text, from, expected] of table) {
  test(`brand check: ${text.slice(0, 40)} (${from ?? 'no sender'})`, () => {
    assert.deepEqual(codes(text, from), [...expected].sort());
  });
}

test('a look-alike reason names the brand and the official domains', () => {
  const r = check(contextOf('hxxps://mufgug.com')).find((x) => x.code === 'BRAND_LOOKALIKE_DOMAIN')!;
  assert.equal(r.detail?.brand, 'mufg');
  assert.match(r.ja, /三菱UFJ銀行/);
  assert.match(r.en, /mufg\.jp/);
});

test('a registry without sources or with a bad domain is refused', () => {
  const brand = { id: 'x', name: 'X', nameEn: 'X', category: 'bank', variants: ['X銀行'], officialDomains: ['x.co.jp'], officialSenders: [], sources: ['https://x.co.jp/'] };
  assert.equal(parseBrandRegistry({ brands: [brand] }).ok, true);
  assert.equal(parseBrandRegistry({ brands: [{ ...brand, sources: [] }] }).ok, false);
  assert.equal(parseBrandRegistry({ brands: [{ ...brand, officialDomains: ['https://x.co.jp'] }] }).ok, false);
  assert.equal(parseBrandRegistry({ brands: [brand, brand] }).ok, false);
  assert.equal(parseBrandRegistry({ brands: [brand], restrictedDomains: { government: ['go.jp'], organisation: ['co.jp'] } }).ok, true);
  assert.equal(parseBrandRegistry({ brands: [brand], restrictedDomains: { government: ['.go.jp'], organisation: [] } }).ok, false);
});

test('brands lures impersonate in Japan are recognised by their names', () => {
  const named = ['SBI証券', '楽天証券', '野村證券', 'マネックス証券', '大和証券', '松井証券', 'auカブコム証券', '横浜銀行', '千葉銀行', '福岡銀行', '北洋銀行',
    '京都銀行', '広島銀行', 'GMOあおぞらネット銀行', '九州電力', '東北電力', 'NEXCO東日本', 'NEXCO中日本', 'NEXCO西日本', '首都高', 'モバイルSuica', 'JR西日本', 'ICOCA',
    'VISA', 'Mastercard', 'ダイナースクラブ', 'ライフカード', 'UCSカード', 'U-NEXT', 'DAZN', 'Hulu', 'ディズニープラス', 'Spotify', 'ABEMA', '警視庁', '大阪府警',
    '検察庁', '消費者庁', 'マイナ保険証', 'ahamo', 'IIJmio', 'mineo', 'ZOZOTOWN', 'PayPayフリマ', '楽天ペイ', 'Instagram', 'TikTok', '任天堂', 'PlayStation',
    '楽天トラベル', 'じゃらん', 'Booking.com', '日本生命', '東京海上日動', '市役所', 'Vプリカ', '三越伊勢丹', 'エムアイポイント', 'ココナラ',
    'エックスサーバー', 'ユニバーサル・スタジオ・ジャパン', 'IKEA', 'ハローワーク', 'ヤマダデンキ', 'ゴールドポイントカード'];
  for (const name of named) assert.ok(contextOf(`【${name}】お知らせ`).brands.length > 0, `${name} is recognised`);
});

test('brand names do not fire inside ordinary words', () => {
  const ordinary = ['システムメンテナンスのお知らせ', 'インスタントラーメン買ってきて', 'マイナス5度だって', 'スイカ食べよう', '漢方薬を飲んだ', 'au revoir',
    'Please visa application by Friday', 'steam the vegetables', 'diners and cafes nearby', 'see the peach tree', 'ETC. and so on', 'one of his friends',
    'ユニバーサルデザインの椅子', 'yamadaさんに聞いて'];
  for (const text of ordinary) assert.deepEqual(contextOf(text).brands.map((b) => b.brandId), [], text);
});

test('every brand has a source, valid official and platform domains, and names no other brand uses', () => {
  const owner = new Map<string, string>();
  for (const b of testData.brands.brands) {
    assert.ok(b.sources.length > 0, b.id);
    for (const d of [...b.officialDomains, ...b.platformDomains]) assert.match(d, /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, `${b.id}: ${d}`);
    for (const v of b.variants) {
      const key = v.normalize('NFKC').toLowerCase();
      assert.ok(!owner.has(key) || owner.get(key) === b.id, `${v} names both ${owner.get(key)} and ${b.id}`);
      owner.set(key, b.id);
    }
  }
  const brand = { id: 'x', name: 'X', nameEn: 'X', category: 'bank', variants: ['X銀行'], officialDomains: ['x.co.jp'], officialSenders: [], sources: ['https://x.co.jp/'] };
  assert.equal(parseBrandRegistry({ brands: [brand, { ...brand, id: 'y' }] }).ok, false, 'one name for two brands is refused');
  assert.equal(parseBrandRegistry({ brands: [{ ...brand, platformDomains: ['lin.ee/x'] }] }).ok, false);
});

test('a platform named as the medium is no claim to be it; speaking as it, or of the reader\'s account there, is', () => {
  const claims = (text: string) => contextOf(text, '09012345678').brands.map((b) => b.brandId);
  for (const text of ['連絡用のLINEグループにご招待します', '電話番号教えてくれる?LINEの友だち追加したいから', '市の公式LINE友だち追加しといた',
    '集金はPayPayで送ってください', 'Googleフォームで回答してね', 'LINE ID: taro_01 です']) assert.deepEqual(claims(text), [], text);
  for (const text of ['【LINE】アカウントが凍結されました', 'LINEヤフーです。不正ログインがありました', 'LINEからのお知らせ:利用を制限しました',
    'LINEにログインがありました', 'LINEの引き継ぎを手伝って', 'PayPayポイントが失効します']) assert.ok(claims(text).length > 0, text);
  const brand = { id: 'x', name: 'X', nameEn: 'X', category: 'tech', variants: ['Xchat'], officialDomains: ['x.co.jp'], officialSenders: [], sources: ['https://x.co.jp/'] };
  const media = { brands: ['x'], particles: ['で'], features: [], before: [], speaks: [], account: [], sources: ['https://x.co.jp/'] };
  assert.equal(parseBrandRegistry({ brands: [brand], media }).ok, true);
  assert.equal(parseBrandRegistry({ brands: [brand], media: { ...media, brands: ['y'] } }).ok, false, 'a medium must be a listed brand');
  assert.equal(parseBrandRegistry({ brands: [brand], media: { ...media, sources: [] } }).ok, false, 'media need their sources');
  const payment = { categories: ['bank'], details: ['支店'], within: 16, after: ['に振り込'], before: [] };
  assert.equal(parseBrandRegistry({ brands: [brand], media: { ...media, payment } }).ok, true);
  assert.equal(parseBrandRegistry({ brands: [brand], media: { ...media, payment: { ...payment, within: 0 } } }).ok, false, 'payment.within is a positive count');
});

test('a bank or payment app named where money goes is no claim to be it; the bank speaking, or of the reader\'s account there, is', () => {
  const claims = (text: string) => contextOf(text, '09012345678').brands.map((b) => b.brandId);
  for (const text of ['立替分はあとでりそなに振り込むね', '部費は楽天銀行 第一営業支店 普通 1234567 までお願いします', 'ゆうちょ 記号12345 番号6789012 へお振込みください',
    '用PayPay转给我就行', 'i-send sa PayPay ni Ate Rose', 'Em chuyển vào tài khoản ゆうちょ rồi nhé', 'Transfer ke rekening Japan Post Bank saya ya']) assert.deepEqual(claims(text), [], text);
  for (const text of ['【りそな銀行】お客様の口座を一時停止しました', 'りそな銀行です。お振込みの確認が必要です', 'りそなの口座に不正なアクセスがありました',
    '楽天銀行 第一営業支店です。手続きが必要です', 'PayPayで送金エラーが発生しました。PayPayサポートです',
    // The reader's account there, in the residents' languages: no money moves into it.
    'Tài khoản ゆうちょ của bạn đã bị khóa', 'Sua conta do Rakuten Bank foi bloqueada', 'Rekening Japan Post Bank Anda diblokir']) assert.ok(claims(text).length > 0, text);
});

test('a local public body\'s geographic-type name (city.kawasaki.jp, pref.kanagawa.jp, town.x.y.jp) is a government\'s own, a general-use name\'s sub-domain is not', async () => {
  const { createBrandLookups } = await import('./index.js');
  const lookups = createBrandLookups(testData.brands);
  const gov = (host: string) => lookups.officialForHost(host).some((b) => b.category === 'government');
  for (const host of ['www.city.kawasaki.jp', 'www.pref.kanagawa.jp', 'www.town.hakone.kanagawa.jp', 'www.vill.kawakami.nagano.jp', 'www.metro.tokyo.jp', 'www.city.uji.kyoto.jp']) {
    assert.ok(gov(host), host);
    assert.ok(lookups.restricted(host), host);
  }
  // sakai.jp is a general-use name; ujisuido.kyoto.jp a prefecture-type one anyone may register: "city." under them is theirs.
  for (const host of ['city.sakai.jp', 'city.ujisuido.kyoto.jp', 'city-kawasaki.jp', 'pref.example.com', 'kawasaki-city.info']) {
    assert.ok(!gov(host), host);
    assert.ok(!lookups.restricted(host), host);
  }
});
