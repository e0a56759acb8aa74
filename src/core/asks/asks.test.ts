// The ask finders, as a table: text → the kinds of ask found (Rspamd style).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from '../test-support.js';
import { placeOrObject } from './types.js';

const kinds = (text: string, from?: string): string[] =>
  [...new Set(contextOf(text, from).asks.filter((a) => !a.quoted).map((a) => a.kind))].sort();

const table: [text: string, from: string | undefined, expected: string[]][] = [
  // Session between: a cash card brought to a job's café or checked at the home (collect.ts cashCardForJobOrHome), the request
  // erased once paid (coach.ts traceErased), a room held for money first (prepay.ts), the collector moved (moved-payee.ts).
  ['【最終面接のご案内】面接は弊社提携カフェで行います。当日、印鑑と通帳、キャッシュカードをご持参ください', '09022871145', ['collect']],
  ['人事です。給与口座の確認のため、明日出社したときにキャッシュカードを見せてください', '09055550212', []],
  ['カフェの店長です。初日の持ち物は印鑑と給与振込口座の通帳のコピーです', '08055550211', []],
  ['ご祝儀をまとめています。1人5,000円。振込後はこのメッセージを消してください。', '08065329868', ['coach']],
  ['振り込んだらこのメッセージは消して大丈夫です、ありがとう!', '08055550214', []],
  ['Chào em, anh là người quản lý nhà ở. Tiền đặt cọc phòng ký túc xá 20.000 yên, chuyển trước hôm nay thì giữ phòng', '+84903381127', ['payee']],
  ['卒業旅行の幹事交代しました、新幹事の中島です!残りは今週中に私宛にお願いします。前の幹事には払わないでね', '09055900993', ['payee']],
  ['卒業旅行の幹事交代しました、新幹事の中島です!残りは今週中に私宛にお願いします。', '09055900993', []],
  // An office-holder's money or detail through a personal channel (role.ts); the organisation's route, a named officer, a booking, not.
  ['代行運転の者です。差額3,500円をこの番号のPayPayへお願いします', '09081132141', ['money', 'role']],
  ['管理人です。不在票の番号と配達会社を教えてください', '09012345678', ['role']],
  ['マンションの排水管洗浄、今回から有料(1万2千円)になりました。作業員が明日伺います', '09012345678', ['role']],
  ['町内会班長の田村です。明日、町内会費2,400円の集金に伺います', '09012345678', []],
  ['ご予約ありがとうございます。明日10時に伺います。料金12,000円は当日現金でお願いします', '09012345678', []],
  ['昨日の飲み会代、一人4,200円でした。この番号のPayPayに送ってくれればOK!', '09012345678', []],
  // アポ電 (recon.ts): what the home holds or when it is empty, asked; quoted in a warning, paid as a fee, a visit's time, or a spouse's own question, not.
  ['防犯調査です。ご自宅に現金はいくら置いていますか?', '09012345678', ['recon']],
  ['ご近所の者です。平日の昼間、家が留守になる時間はありますか?', '09012345678', ['recon']],
  ['「家に現金はいくらありますか」と聞く電話は詐欺です。', undefined, []],
  ['佐川急便です。代引きのお荷物です。お手元に現金はありますか?', '09012345678', []],
  ['ガスの点検で伺います。ご在宅の時間を教えてください。', '09012345678', []],
  ['旦那へ。家に現金いくらあったっけ?', '09012345678', []],
  ['お荷物のお届けにあがりましたが不在の為持ち帰りました。https://sagawa-xx.top/', '09012345678', ['open-link']],
  ['不在の為持ち帰りました。下記よりご確認ください。', undefined, ['open-link', 'resolve']],
  ['ご利用料金の確認が取れておりません。本日中に 03-1234-5678 迄ご連絡下さい。', undefined, ['call']],
  ['間違えてあなたの番号に認証コードを送ってしまいました。届いたコードを教えてください。', '09011112222', ['share-code']],
  ['カード番号と暗証番号を入力してください', undefined, ['secret']],
  // The mistake is told in the past; the ask follows it.
  ['すみません、間違えて認証コードをこの番号に送ってしまいました。届いた6桁の数字を返信してもらえませんか?', '09011112222', ['share-code']],
  ['電話番号を送ったから、SMSに届いた番号を返信してね', '09011112222', ['share-code']],
  ['間違えて認証番号を送信してしまいました。このメッセージを削除してください。', undefined, []],
  // A number named only by its arrival, then taken up again to be passed on; the same arrival with the
  // number typed in on the service's own screen, or a test SMS whose arrival is what is asked, asks nothing.
  ['今からスマホにSMSで番号が届きます。その番号をそのまま教えてください。', '09011112222', ['share-code']],
  ['数字が届くはずだから、それスクショして送ってほしい', '09011112222', ['share-code']],
  // What arrives told as the SMS itself, its content (only beside a text message), or a number about to come from a
  // service named in Latin letters (secret.ts arrivalHeaded); a parcel's contents, or a number that already came, are not.
  ['そっちにSMS届くから中身教えてくれる?', '09011112222', ['share-code']],
  ['実家から荷物届くから中身教えて', '09011112222', []],
  ['今から届くLINEの番号、教えてもらえます?', '09011112222', ['share-code']],
  ['さっき届いたAmazonの番号教えて、追跡したい', '09011112222', []],
  ['ショートメールに数字来てない?それ教えて', '09011112222', ['share-code']],
  ['昨日私が送ったSMSの内容教えて、消しちゃった', '09011112222', []],
  // A hand-over the message reports ("「…教えて」って") is someone else's ask, told; "送ってくれる" is the verb's own ending.
  ['私のLINEから「認証番号教えて」ってメッセージ行ってない?', '09011112222', []],
  ['いまそっちに認証番号が届いたと思うんだけど、画面のスクショ送ってくれる?', '09011112222', ['share-code']],
  ['SMSで番号が届きますので、画面に入力してください。', undefined, []],
  ['テストでSMS送ったから、届いたら教えて', '09011112222', []],
  ['追加認証コード 12 34 56 のうち、画面の指示どおり入力してください。', undefined, []],
  ['ワンタイムパスワードがSMSで届きますので、画面に入力してください。', undefined, []],
  // Another number that arrives (a booking's, a queue ticket's) is not an account's code.
  ['予約番号がSMSで届きますので、その番号を当日受付でお伝えください。', '0355551234', []],
  // A messenger account said to be lost and a new one to add is a move; one kept is not.
  ['LINE消えちゃったから、こっちのIDで追加しなおして！ mei_1204', '09011112222', ['messenger']],
  ['LINE消えちゃったけど復活できた！いつものアカウントで大丈夫', '09011112222', []],
  // "新しい番号になりました" tells the number became new (messenger.ts numberBecame): a colleague's news, no move; a relative's is
  // the opener and keeps its move, and "新しい番号に連絡して" moves the reader.
  ['新しい番号になりました、田村です。前の番号は来週解約します。登録お願いします。', '08062731549', []],
  ['お母さんです。スマホがこわれて新しい番号になりました。このばんごうを保存してね。', '09040789048', ['messenger']],

  ['当社がお客様に暗証番号をお聞きすることはありません。', '0120123456', []],
  ['オートロックの暗証番号を教えていただけますか?配達に伺います。', '08012345678', []],
  ['【楽天】認証コード 551804 を入力してください。このコードは誰にも教えないでください。', undefined, []],
  ['ご本人確認のため、お名前と生年月日を返信してください。', undefined, ['reply-data']],
  // Vietnamese đã: money told as arrived in the account, then a transfer told as made (rồi nhé): nothing asked; the fee asked
  // into an account, with no đã, is.
  ['Con chao ba, tien nenkin cua me da vao tai khoan ngay 15. Con chuyen tien phi nha duong lao nhu moi thang roi nhe.', '09022567719', []],
  ['Tiền hoàn thuế đã vào tài khoản tạm. Vui lòng chuyển phí 3000 yên vào tài khoản sau để nhận', '09022567719', ['money']],
  // A rider who cannot find the address asks the way to the door (a landmark), not the address (types.ts asksWayToDoor); the
  // address or its parts asked back are the data ask still.
  ['まるや寿司です。本日のデリバリー、ご住所の番地が見つからず少し迷っております。近くの目印を教えていただけますか?', '08070618354', []],
  ['お届け先のご住所が確認できません。番地と建物名を返信してください', '08070618354', ['reply-data', 'reply-yes-no']],
  ['ご住所が見つかりません。目印と、ご住所・お名前を返信してください', '08070618354', ['reply-data']],
  ['Apple IDが停止されました。解除するにはYと返信してください。', undefined, ['reply-yes-no', 'resolve']],
  // A company's name with a problem on the reader's account asks, unsaid, to put it right.
  ['【MyJCB】利用が停止されました', undefined, ['resolve']],
  // (A day's pay of 3万 for work made light is an offer, taken up through the messenger: lures/offers.ts.)
  ['日給3万円、スマホだけで簡単作業。詳しくはLINE IDを追加して連絡ください', undefined, ['call', 'messenger', 'offer']],
  ['セキュリティアプリをインストールしてください https://docomo-safe.top/app.apk', undefined, ['install', 'open-link']],
  ['お願いがあるの。コンビニでギフトカードを買ってきて、裏の番号を送ってくれない?', '09033334444', ['gift-card']],
  // A card bought for the writer (paid back, or for a client) or with its number sent as a photo (gift-card.ts boughtForWriter,
  // backOfBoughtCard); a parent's card for the parent's own account, charged at home, not.
  ['コンビニでカード買ってきてくれない?あとで返すから', '09033334444', ['gift-card']],
  ['先方にギフトカードを用意したい。コンビニで買える?', '09033334444', ['gift-card']],
  ['楽天ギフト3万円分買ってくれない?番号だけ写メで送って', '09033334444', ['gift-card']],
  // English cards named in the plural are the same ask; a shop's cards sold for points, with nothing of them asked back, are kept
  // by the buyer (gift-card.ts soldToKeep).
  ['I need you to buy some gift cards for our clients today and send me the codes.', '08012345678', ['gift-card']],
  ['Please purchase 3 Google Play cards and send pictures of the back.', '08012345678', ['gift-card']],
  ['Buy gift cards at any AEON store this week and get 500 bonus points!', undefined, []],
  ['【イオン】ギフトカードを買ってポイントをためよう', undefined, []],
  ['Last chance! Buy gift cards at AEON today and get 500 bonus points!', undefined, []],
  // Beside a prize, a refund or an institution, the "bonus" is the bait and the cards its fee.
  ['You won a prize! Buy 3 Google Play cards to unlock your bonus points.', '09012345678', ['gift-card']],
  ['Tax office: your refund of 30,000 yen is ready. Buy gift cards worth 5,000 yen at any store to get your refund bonus.', '09012345678', ['gift-card']],
  // An English hand-over with its object right after the verb.
  ['Send a photo of the front and back of your card to renew.', '07001042135', ['secret']],
  ['お母さんのゲームのアカウントに入れたいから、コンビニでプリペイドカード買ってきてくれる?', '09033334444', []],
  // A work group asked made with its QR sent here, whoever asks (role.ts workGroupAsk); a group told as made, not.
  ['会社のLINEグループ作成をお願いします。できたら招待リンクをこの番号に', '09033334444', ['role']],
  ['会社の忘年会のLINEグループ作ったよ。招待リンクは社内掲示板に貼りました', '09033334444', []],
  // The accounts department moved to a free webmail address (role.ts workMailAsk); its own domain, or a sole trader's invoice, not.
  ['経理の件です。至急確認したいことがあるので、keiri.tanaka55@gmail.com に返信ください', '09033334444', ['reply-yes-no', 'role']],
  ['経理の件です。確認したいことがあるので、keiri@tanaka-kogyo.co.jp に返信ください', '09033334444', ['reply-yes-no']],
  ['母さん、スマホ壊れた。急ぎで10万円振り込んでほしい。お父さんには内緒で', '08055556666', ['coach', 'money']], // coach: urgent money kept from the father (asks/coach.ts)
  // A relative reached on a line told as new, borrowed or hoarse (kin-line.ts): asked to call or answer on it, or not the old number;
  // not a relative's call asked with no such story, nor one who invites the check on the old number or keeps the same number.
  ['息子です。風邪で声が変だから、あとでこの番号にかけて', '09012345678', ['kin-line']],
  ['母さん、スマホ壊れたから友達の借りてる。ここで返事して', '09012345678', ['kin-line', 'reply-yes-no']],
  ['俺だけど、番号変わった。元の番号には掛けないで', '09012345678', ['kin-line']],
  ['お母さんです。仕事終わったら電話ちょうだい', '09012345678', []],
  ['父さん、新しい番号これね。心配なら前の番号にかけてみて、まだ生きてるから', '09012345678', []],
  ['Mum, new phone but same number. Call me tonight', '+447700900123', ['call']], // a call, not a kin-line ask
  ['「息子です。風邪で声が変だから、この番号にかけて」って電話が来たら詐欺です', '09012345678', []],
  // A stranger by their own words asking to go on talking (stranger-tie.ts); people who met, or a wrong number left, not.
  ['間違えて送ってしまいました。でもこれも何かのご縁ですね。よかったらお友達になりませんか?', '+447700900412', ['befriend']],
  ['プロフ見て連絡しました。LINE交換しませんか', '07011923386', ['befriend']],
  ['昨日はありがとう!LINE交換しよ、IDは hana.0611 です', '09012345678', []],
  ['あ、すみません!間違えて送ってしまいました。美容室の予約のつもりでした。失礼しました', '09012345678', []],
  // A messenger said to stay as it was is no move; "the same" said of something else is.
  ['엄마, 나 번호 바꿨어. 카톡은 그대로야', '08055556666', []],
  ['My number is the same but I moved to Telegram, add me there', '09012345678', ['messenger']],
  // A money verb negated warns; a transfer paid by the writer (vi: the kinship word other than the reader's) is told.
  ['有人冒充银行打电话,千万不要汇款', '09012345678', []],
  ['请马上汇款到这个账户', '09012345678', ['money']],
  ['Jangan transfer uang ke nomor yang tidak dikenal', '09012345678', []],
  ['Nếu không chuyển tiền hôm nay, tài khoản của bạn sẽ bị khóa', '09012345678', ['money']],
  ['Bu, tolong transfer uang sekarang ya', '09012345678', ['money']],
  ['Chị ơi, em gửi tiền học cho chị rồi nhé', '09012345678', []],
  ['Chị ơi, chị gửi tiền cho em gấp nhé', '09012345678', ['money']],
  ['明日の飲み会、7時に駅前ね', '09087654321', []],
  ['Amazonのドライバーです。マンションの入口の暗証番号を教えてください', '08012345678', []],
  ['新しい端末からログインがありました。心当たりがない場合はお問い合わせください。', 'SMBC', []],
  // A job whose work is a crime asks, unsaid, to take it up; the warning that names it asks nothing.
  ['口座を貸すだけで月5万円。キャッシュカードを郵送するだけ。', '07050280000', ['join']],
  ['闇バイトの勧誘が増えています。口座を貸すだけの求人には絶対に応じないでください。', '08012345678', []],
  // Parcels received and sent on with words between, paid by the parcel: the reshipping mule; a friend's errand offers no pay.
  ['Easy part-time job for foreigners: receive packages at your apartment and forward them. 30,000 yen per package', '+9771792940301', ['join']],
  ['Hi, can you receive the packages at my apartment while I am away and forward them to my new address? Thanks!', '+9771792940301', []],
  // Account buying as residents leave Japan, and its warning, which names the crime.
  ['Selling your Japanese bank account before you leave? We pay ¥50,000 cash.', '09012345678', ['join']],
  ['Bán tài khoản ngân hàng trước khi về nước là phạm tội.', '09012345678', []],
  // A "new number" relative's urgent favour announced for later is the money ask the scam leads to;
  // a talk with no hurry is how relatives who did change numbers write too.
  ['母さん、携帯が壊れて番号変わった。急ぎの用事でお願いがあるの', '08029900000', ['money']],
  ['母さん、携帯が壊れて番号変わった。あと今度ちょっと相談したいことがある', '08029900000', []],
  ['お母さん、スマホ変えて番号も変わったよ。急ぎの用はないので、登録だけお願い。', '08029900000', []],
  // A messenger handle written out counts when the message pushes a lure; a friend's ID is not an ask. The job at
  // several days' wage is the offer too, whatever way back it gives (offer.ts BIG_PAY).
  ['日給3万円の簡単作業。連絡はLINE: easy_job88', '09012345678', ['messenger', 'offer']],
  ['荷物を運ぶだけの簡単なお仕事。一件10万円〜。リスクゼロ、安全に稼げます', '05043991750', ['offer']],
  ['来週の現場、日給3万円で手元ほしいんだけど空いてる?', '09011112222', []],
  ['LINE: tanaka_0311 です。また連絡するね!', '09028830617', []],
  // A payee the reader cannot check: changed, a person's own, sent later, crypto, a fee before money owed.
  ['【管理会社】更新料の振込先口座が変更になりました。今月末までに新しい口座へお振込ください。', '09012345678', ['money', 'payee']],
  ['PTA会計です。今月分の集金はこちらの個人口座にお振込ください', '08012345678', ['money', 'payee']],
  ['先にお振込いただければすぐ発送します。口座はこの後送りますね', '07012345678', ['payee']],
  ['出金には資産額の10%の保証料が必要です。', '05012345678', ['payee']],
  ['干物セットを代引き8,800円で明日発送します。', '09012345678', ['payee']],
  // Money "sent by mistake" through a named app, asked back to the writer's number: the app reverses its own transfers.
  ['Pasensya na po, napadala ko sa inyo ang ¥8,000 sa PayPay nang mali. Pakibalik po sa number na ito.', '09012345678', ['payee']],
  ['Pasensya na po, napadala ko sa inyo ang ¥8,000 sa PayPay nang mali, pero naibalik na ng PayPay.', '09012345678', []],
  // A fee before a job is given, in Devanagari (the danda does not end a sentence here: one sentence).
  ['जापानमा काम: होटल, महिनाको ¥250,000। दर्ता शुल्क ¥30,000 पहिले पठाउनुहोस्।', '+9779801234567', ['payee']],
  ['ご注文の干物セットを代引きで明日発送します。', '09012345678', []],
  // The reader's own property sent back cash on delivery: the courier is paid at the door for what is already theirs.
  ['〇〇ホテルのフロントです。お忘れ物(充電器)がございました。着払いでお送りします。', '08011112222', []],
  ['払い戻しには手数料220円が必要です(払戻額から差し引きます)。', '0312345678', []],
  ['お振込先は見積書に記載の口座です。お振込をお願いします。', '08012345678', []],
  ['给食费は登録の口座振替で引き落とします。', '08012345678', []],
  // E-money named as the way to pay is the gift-card ask; listed among ways to pay at a counter, it is not.
  ['修復費用9,800円を電子マネーでお支払いください。', '05012345678', ['gift-card', 'money', 'resolve']],
  ['店頭では現金・電子マネーがご利用いただけます。', '0312345678', []],
  // Cards or a passbook taken at the door; a visit that takes nothing asks nothing.
  ['職員がご自宅まで受け取りに伺います。キャッシュカードと通帳をご用意ください', '05012345678', ['collect']],
  ['明日ご自宅に伺います。通帳や印鑑などの貴重品はご自身で保管してください。', '08012345678', []],
  // A code just arrived is an account's, whatever door it is said to open; the reader's number asked for a verification is the first step.
  ['オートロック解除に必要なので、今届いた認証番号を教えてください', '08012345678', ['share-code']],
  ['携帯番号教えてくれる?認証するのに必要で', '09012345678', ['share-code']],
  ['携帯番号教えて。年賀状送りたいから', '09012345678', []],
  // An offer out of the blue, with its invitation; an answer to the reader's application, or one that calls it a crime, is not.
  ['あなたも投資サイトに登録してみませんか?', undefined, ['offer']],
  ['スマホを使ったお仕事に興味はありますか?1日3万円お支払いします。', '09012345678', ['offer']],
  ['ご応募ありがとうございます。面接は10日です。日給1万円、スマホのお仕事です。', '09012345678', []],
  ['「即日払い」「運ぶだけ」の募集は闇バイトです。', '09012345678', []],
  ['実はNISA始めたんだ。今度一緒に投資の勉強会に参加しませんか?', '09012345678', []],
  ['給与の振込先口座の変更を受け付けました。来月分から新しい口座へお振込みします。', '0312345678', ['money']],
  // Numbers however written, and call and reply cues in foreign residents' languages.
  ['サポート窓口 (0101) 2274-8816 までお電話ください', undefined, ['call']],
  ['〇五〇ー一二三四ー五六七八までご連絡ください', undefined, ['call']],
  ['대사관입니다. 급히 전화주세요 03-1234-5678', undefined, ['call']],
  ['Tapai ko bank khata ma samasya chha. Turuntai 050-3918-2265 ma phone garnuhos.', undefined, ['call']],
  ['這裡是大使館，請撥打 03-1234-5678', undefined, ['call']],
  ['請回覆您的姓名和護照號碼', undefined, ['reply-data']],
  ['Klik tautan berikut untuk verifikasi akun Anda https://bank-id.top', undefined, ['open-link']],
  // The オレオレ setup: someone else will call or come, to be taken at the sender's word.
  ['俺だけど、会社の小切手をなくしちゃった。あとで上司から電話いくと思うから出てね', '09012345678', ['money']],
  ['上司から電話いくと思うから出てね。今日は遅くなる', '09012345678', []],
  // What a visitor takes: cash "held as a deposit", the My Number, a PIN; not a seal or a door code.
  ['保証金をお預かりするため、本日担当者がご自宅に伺います。', undefined, ['collect']],
  ['明日ご自宅に伺いますので、世帯全員のマイナンバーをご用意ください。', undefined, ['collect']],
  ['明日14時にご自宅に伺います。介護保険証と印鑑をご用意ください。', undefined, []],
  ['国勢調査の回答に不備がありました。調査員が明日伺いますので、世帯全員の生年月日をご用意ください', '09012345678', ['reply-data']],
  ['お荷物の件で配達員が伺います。本人限定受取のため身分証をご用意ください', '08012345678', []],
  ['市の公式LINE、友だち追加しといた。給付金の案内が来るって → https://lin.ee/abcd123', '09012345678', []],
  ['給付金のご案内です。LINEで友だち追加してください→ https://lin.ee/abcd123', '09012345678', ['messenger', 'open-link']],
  // A person's payment-app ID for a cause's money; between friends, their own (the sum asked is a money ask, money.ts sumAsked,
  // which checks/ask-channel.ts weighs as nothing between people with no lure: no payee ask).
  ['被災地への義援金をお願いします。PayPay送金先ID: noto_shien2024 までご送金ください。', undefined, ['payee']],
  ['同窓会の会費3000円、PayPayで私のIDに送ってね。ID: tanaka_k', '09012345678', ['money']],
  ['データ消去まで残り5分。サポート窓口 (0101) 2274-8816', undefined, ['call']],
  ['お父さん、今日会社で大事な書類なくしちゃった。たぶん上司から電話いくと思うから出てね', '09012345678', ['money']],
  // Cards taken by a visitor, however the visit is worded; cash made ready only when a trouble or an office sets it up.
  ['職員がカードを回収に伺います。', '09012345678', ['collect']],
  ['これから捜査員がご自宅にキャッシュカードを預かりに伺います。', '09012345678', ['collect']],
  ['お父さん、書類をなくした。上司が取りに行くから現金を用意して', '09012345678', ['collect']],
  ['サークルの会費、明日取りに行くから現金を用意しといてね', '09012345678', []],
  // Cash shown, checked, exchanged or kept for whoever comes, or handed to "the staff"; an alarm about the reader's ATM and staff coming;
  // not a fee paid in cash, nor a card sent to the reader.
  ['偽札の確認のため、お手元の現金を担当者にお見せください。明日伺います', '09012345678', ['collect']],
  ['新札と交換しますので、ご自宅の現金を係の者にお渡しください', '09012345678', ['collect']],
  ['不正な引き出しがありました。保護のため通帳とカードをお預かりします。本日午後伺います', '09012345678', ['collect']],
  ['工事は明日10時に業者が伺います。費用は当日現金でお願いします。', '0312345678', []],
  ["Mom, I'll come to your home Sunday to pick up my bank card I left there", '09012345678', []],
  ['息子さんの上司です。代わりに私の部下がキャッシュカードを受け取りに伺います', '09012345678', ['collect']],
  ['新しいキャッシュカードを簡易書留でお送りします。配達員が伺いますので身分証をご用意ください', '0312345678', []],
  // Money for the writer's own need paid into a friend's account.
  ['お母さん、家賃が払えない。5万振り込んで。口座は友達ので大丈夫', '09012345678', ['money', 'payee']],
  ['旅行代は幹事の佐藤さんの口座に振り込んでね', '09012345678', ['money']],
  // A threat to expose the reader is a demand; quoted in a warning it is reported.
  ['動画を送られたくなければ返信して', undefined, ['extort']],
  ['「動画を送られたくなければ返信して」というSMSは詐欺です。無視してください', undefined, []],
  // Personal data asked by a penalty for not sending it.
  ['住所と免許証の写真が届いていません。今日中に送らないと違約金が発生します', '09012345678', ['reply-data']],
  ['当日のキャンセルはキャンセル料が発生します。ご住所の変更はマイページでどうぞ。', '0312345678', []],
  // A code that will arrive, asked back; one typed into the reader's own app is not handed over.
  ['あなたの携帯に届く番号を教えてくれる?', '09012345678', ['share-code']],
  ['スマホに届いた番号は自分でアプリに入力してね', '09012345678', []],
  // A refund "received" on the reader's own send screen, by a code or the app held for a call, or with the screen shared (refund.ts
  // refundBySending, an atm ask); an overpaid sum asked sent back (overpaidSentBack, a payee ask); a collector at the door for an
  // order's money (collect.ts orderMoneyAtDoor); a refund told to need nothing, a friend's difference in person, a COD, not.
  ['返金担当です。アプリを開いて「送る」を選び、返金コード 4999 を入力すると返金が完了します。', '07012345678', ['atm']],
  ['결제 앱으로 환불해 드리겠습니다. 라인 친구 추가 후 화면 공유를 켜 주세요.', '09012345678', ['atm']],
  ['返金済みの金額に誤りがありました。多く振り込まれた8,000円をPayPayで返してください', '08012345678', ['payee']],
  ['返金は元のお支払い方法に自動で行われます。お手続きは不要です', '09012345678', []],
  ['ごめん、さっき多く送っちゃった。差額の500円は今度会った時に返してくれればいいよ', '09012345678', []],
  ['【最終通告】通販代金未納。明日、回収担当がご自宅へ伺います。', undefined, ['collect']],
  ['ヤマト運輸です。本日お届けのお荷物は代金引換です。代金3,980円をご用意ください', '09012345678', []],
  // The reader's own bank named as where to go (reply.ts bankAsPlace) is no data asked; named as what to send back, it is.
  ['取引銀行の窓口にご相談ください。', '09012345678', ['call']],
  ['本人確認のため取引銀行と口座番号をご返信ください。', '09012345678', ['reply-data']],
];

for (const [text, from, expected] of table) {
  test(`asks: ${text.slice(0, 36)}`, () => {
    assert.deepEqual(kinds(text, from), expected);
  });
}

test('Vietnamese cues match with and without diacritics', () => {
  const withMarks = contextOf('Tài khoản của bạn bị khóa. Vui lòng xác minh tại https://vcb-xacminh.top');
  const without = contextOf('Tai khoan cua ban bi khoa. Vui long xac minh tai https://vcb-xacminh.top');
  const cats = (c: typeof withMarks) => c.lures.filter((l) => l.kind === 'lure').map((l) => l.cue).sort();
  assert.ok(cats(withMarks).length > 0);
  assert.deepEqual(cats(withMarks), cats(without));
});

test('a warning that quotes a lure marks the lure as quoted, its own words not', () => {
  const ctx = contextOf('「お荷物のお届けにあがりましたが不在の為持ち帰りました」というSMSは詐欺です。リンクを開かないで。');
  assert.equal(ctx.reported, true);
  assert.ok(ctx.lures.filter((l) => l.kind === 'lure').every((l) => l.quoted));
});

test('a person naming a brand in chat is not the brand speaking', () => {
  const ctx = contextOf('Amazonで買ったやつ届いたよ!ありがと', '09012345678');
  assert.deepEqual(ctx.brands, []);
  assert.equal(ctx.mentions.length, 1);
  assert.equal(contextOf('【Amazon】ご注文の商品を発送しました').brands.length, 1);
});

test('a Devanagari danda ends a sentence, as 。 does: a Nepali message is read sentence by sentence', async () => {
  const { sentenceAt } = await import('./types.js');
  const text = 'आमा, मेरो नयाँ नम्बर यही हो। यो महिनाको पैसा पठाइसकेँ।';
  const [s, e] = sentenceAt(text, text.indexOf('पैसा'));
  assert.equal(text.slice(s, e).trim(), 'यो महिनाको पैसा पठाइसकेँ');
  const [s0, e0] = sentenceAt('お金を送った。コードを教えて', 8);
  assert.equal('お金を送った。コードを教えて'.slice(s0, e0), 'コードを教えて');
});

test('an institution named in English after a preposition of place or a visit is where the writer went, not who speaks', () => {
  const at = (text: string, name: string): boolean => placeOrObject(text, text.indexOf(name), name.length);
  assert.ok(at('Hi, I just got back from the embassy, call me later', 'embassy'));
  assert.ok(at("I'm at the ward office now", 'ward office'));
  assert.ok(at('We went to the immigration office', 'immigration office'));
  assert.ok(!at('Embassy: your passport has a problem', 'Embassy'));
  assert.ok(!at('Message from the embassy: call us back', 'embassy'));
});
