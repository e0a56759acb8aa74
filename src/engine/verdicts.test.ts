// Minimal pairs with the shipped data: each lure pattern beside its legitimate twin on the same
// topic (official channel, asks nothing, a warning, a person's message). A verdict table,
// Rspamd style: input → expected verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEngine } from './index.js';
import type { VerdictLabel } from '../core/types.js';

const engine = getEngine();
type Expect = VerdictLabel | 'flagged' | 'not-block';
type Pair = [topic: string, lure: [text: string, from: string | undefined, expect: Expect], twin: [text: string, from: string | undefined, expect: Expect]];

const pairs: Pair[] = [
  ['delivery link from a handset vs. the same notice as a warning',
    ['お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。配送物は下記よりご確認ください。https://sagawa-delivery.top/', '09012345678', 'block'],
    ['これ詐欺だよね?「お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました」ってSMS来た。押さないでね', '09012345678', 'allow']],
  ['forwarded lure with its live link: suspicious at most',
    ['【三菱UFJ銀行】お客様の口座取引を一時的に規制しています。必ずご確認ください。https://mufg-secure.top/login', '09011112222', 'block'],
    ['これ詐欺SMSだよね?【三菱UFJ銀行】お客様の口座取引を一時的に規制しています。必ずご確認ください。https://mufg-secure.top/login', '09011112222', 'not-block']],
  ['one-time code passed on vs. the service telling its own code',
    ['ごめんなさい、間違えてあなたの番号に認証コードを送ってしまいました。届いた6桁のコードを教えてもらえますか?', '08012345678', 'block'],
    ['【LINE】認証番号:482913 この番号を他人に教えないでください。', 'LINE', 'allow']],
  ['PIN asked for vs. "we never ask for your PIN"',
    ['【三井住友銀行】セキュリティ強化のため、キャッシュカードの暗証番号とカード番号を返信してください。', '09012345678', 'block'],
    ['【三井住友銀行】当行が電話やSMSで暗証番号をお聞きすることはありません。不審なSMSにご注意ください。', '0120050929', 'allow']],
  ['account code vs. a driver asking for the building door code',
    ['Amazonアカウントの確認のため、SMSで届いた確認コードを返信してください。', '+15551234567', 'block'],
    ['ヤマト運輸の配達員です。マンションのオートロックの暗証番号を教えていただけますか?', '08012345678', 'allow']],
  ['reply with personal data vs. a clinic reminder that asks nothing',
    ['【日本年金機構】還付金のお受け取りのため、氏名と生年月日、ご住所を返信してください。', '09098765432', 'block'],
    ['【さくら歯科】明日15時のご予約です。ご変更の際はお電話ください。03-5555-1234', '0355551234', 'allow']],
  ['gift cards asked for vs. a shop campaign',
    ['部長の田中です。至急、取引先に渡すのでコンビニでGoogle Playカードを5万円分買って、裏面の番号を送ってください。内緒で頼む', '08033334444', 'block'],
    ['いつも○○書店をご利用いただきありがとうございます。今月のご来店ポイントが貯まりました。', '0005123456', 'allow']],
  ['side job: 闇バイト vs. a part-time shift message',
    ['【高額バイト】日給5万円、スマホだけで簡単作業。荷物の受け取りだけ。詳しくはLINE IDを追加: yami_job88', '09011223344', 'block'],
    ['明日のシフト、10時からでお願いできる?店長より', '09011223344', 'allow']],
  ['investment group vs. a brokerage notice asking nothing',
    ['元本保証で月利20%!投資グループに参加しませんか。WhatsAppで連絡ください https://wa.me/8190000000', '+8613800138000', 'block'],
    ['【SBI証券】お取引報告書を電子交付しました。ログインしてご確認ください。', '0005012345', 'not-block']],
  ['new-number child asking money vs. a person texting family',
    ['母さん、スマホ壊れたから新しい番号。急ぎで10万円振り込んでほしい。お父さんには内緒で', '08055556666', 'flagged'],
    ['母さん、今日夕飯いらないよ。遅くなる', '08055556666', 'allow']],
  ['install an app from a link vs. the carrier\'s own infection notice',
    ['お客様の端末がウイルスに感染しています。セキュリティアプリをインストールしてください https://docomo-safe.top/app.apk', '09012345678', 'block'],
    ['【ドコモからのお知らせ】お客様の端末が不正なアプリに感染している可能性があります。https://www.docomo.ne.jp/info/', 'NTTDOCOMO', 'allow']],
  ['Y/N reply bait vs. an appointment confirmation',
    ['Apple IDに異常なログインが検出されました。24時間以内にYと返信しないとアカウントを停止します。', '+447700900123', 'block'],
    ['明日の打ち合わせ、予定どおりでよければYって返信して〜', '09012345678', 'allow']],
  ['login alert: advice "if it wasn\'t you" vs. the same alert with a link to act on',
    ['【三井住友銀行】不正ログインを検知しました。心当たりがない場合は下記URLからご確認ください https://smbc-login-check.top/', '09012345678', 'block'],
    ['【三井住友銀行】新しい端末からログインがありました。心当たりがない場合はお問い合わせください。', 'SMBC', 'not-block']],
  ['brand named in a personal message',
    ['【Amazon】お支払い方法に問題があります。更新してください https://amazon-pay-update.top/', '09012345678', 'block'],
    ['Amazonで頼んだやつ届いたよ!ありがと', '09012345678', 'allow']],
  ['Chinese delivery lure vs. a Chinese chat message',
    ['您的包裹因地址不详无法投递,请点击链接更新地址 https://jp-post-cn.top/', '+8613912345678', 'block'],
    ['明天一起吃饭吧,七点见', '+8613912345678', 'allow']],
  ['Vietnamese lure without diacritics vs. a Vietnamese chat message',
    ['Tai khoan cua ban bi khoa. Vui long xac minh tai https://vcb-xacminh.top', '09012345678', 'block'],
    ['Toi nay em ve muon nhe, anh an com truoc di', '09012345678', 'allow']],
  ['Portuguese delivery lure vs. a Portuguese chat message',
    ['Sua encomenda esta retida na alfândega. Taxa pendente: clique no link https://correios-jp.top/', '09012345678', 'block'],
    ['Oi, chego amanhã às 10h. Beijos', '09012345678', 'allow']],
  ['a lure vs. the same lure told of in reported speech (「…」って来た), with no word of scam',
    ['【au】ご利用料金が未納です。本日中にお支払いください https://au-ryokin-kakunin.top/', '09011112222', 'block'],
    ['「【au】ご利用料金が未納です。本日中にお支払いください」って知らない番号から来た。消しといた', '09011112222', 'allow']],
  ['a bank\'s stop notice with an unowned link vs. the same notice from a carrier-vetted 0005 number, asking nothing elsewhere',
    ['【PayPay銀行】口座の利用を一時停止しました。本日中に下記より解除手続きをしてください https://paypay-kaijo.top/', '08012345678', 'block'],
    ['【PayPay銀行】不正利用の疑いがあるため口座の利用を一時停止しました。PayPay銀行アプリからご確認ください。', '0005012777', 'not-block']],
  ['a messenger\'s "support" asking its code back vs. its own code message naming it',
    ['WhatsAppサポートです。アカウント確認のため、SMSで届いた6桁のコードをこのメッセージに返信してください。', '+447700900456', 'block'],
    ["Your WhatsApp code: 123-456. Don't share this code with others", 'WhatsApp', 'allow']],
  ['a call back to a sender speaking as an office vs. a person asking to be called',
    ['お客様の口座に関して確認したい事項がございます。本日中にこの番号へ折り返しお電話ください。', '08012340000', 'flagged'],
    ['資料を共有フォルダに入れておきました。急ぎなら電話ください。', '08012340000', 'allow']],
  ['a number written by a handset claiming an office vs. one written by a vetted sender',
    ['【国税庁】未納の税金があります。本日中に 03-5555-0101 までご連絡ください。差押えの手続きに入ります。', '09012345678', 'block'],
    ['【東京ガス】点検日のご案内です。ご都合が悪い場合は 0570-002211 までお電話ください。', '0005012888', 'allow']],
  ['a delivery lure with fillers between its characters vs. a driver\'s plain note',
    ['お*客~様が不#在の為お荷*物を持~ち帰りまし#た。こちら*にてご~確認ください fuzai-nimotsu.top', '08066667777', 'block'],
    ['ヤマト運輸です。お荷物をお届けに伺いましたがご不在でしたので宅配ボックスに入れました。', '08066667777', 'not-block']],
  ['a "reply STOP" renewal in a brand\'s name vs. an opt-out line',
    ['Amazonプライムの年会費を本日更新します。停止を希望する場合は「STOP」と返信してください。', '09011119999', 'flagged'],
    ['Amazonのドライバーからのメッセージの受信を停止するには、「STOP」と返信してください', '09011119999', 'allow']],
  ['a "new number" asking money vs. a "new number" asking nothing',
    ['兄ちゃんだよ、番号変わった。今日中に振り込んでほしいお金がある、後で説明する', '07011112222', 'flagged'],
    ['携帯の番号変わりました、登録お願いします!(佐藤)', '07011112222', 'not-block']],
  ['a call-back to an 050 number anyone can rent, in an office\'s voice, vs. a clinic\'s own fixed line',
    ['大切なお知らせがあります。本日中にこの番号へ折り返しお電話ください。担当:サポートセンター', '05012345678', 'flagged'],
    ['さくら歯科です。明日のご予約の件で、お手すきの際にお電話ください。', '0355551234', 'allow']],
  ['a tax office\'s call-back number written by a handset vs. by the fixed line it names',
    ['品川都税事務所です。お伝えしたいことがありますので、本日中にお電話ください。徴収係 03-5555-0142', '09012345678', 'block'],
    ['品川都税事務所です。お伝えしたいことがありますので、平日の日中にお電話ください。徴収係 03-5555-0142', '0355550142', 'not-block']],
  ['a carrier\'s name asking a call to a stranger\'s number vs. to the carrier\'s own service number',
    ['【ドコモ】ご利用料金が未納です。本日中に 03-5555-0188 へご連絡ください。', 'NTTDOCOMO', 'block'],
    ['【ドコモ】お客さまの回線から大量のSMS送信を検知したため、SMSの送信を一時停止しました。151へご連絡ください。', 'NTTDOCOMO', 'not-block']],
  ['an unpaid bill asking payment by an unstated way vs. by the paper notice in hand',
    ['【東邦ガス】ガス料金が未納です。本日中にお支払いください。お支払いがない場合は供給を停止します。', '09012345678', 'block'],
    ['【東邦ガス】ガス料金のお支払いが確認できておりません。お手元の払込票でお支払いください。', '09012345678', 'not-block']],
  ['a Y/N reply bait about money vs. a courier asking whether to come again',
    ['【緊急】お客様の口座から高額送金の申請がありました。ご本人の操作であれば「1」、違う場合は「0」を返信してください。', '08012345678', 'flagged'],
    ['ヤマト運輸の鈴木です。本日ご不在でしたので、17時頃にもう一度伺ってもよろしければ1、明日がよければ2で返信ください。', '08012345678', 'not-block']],
  ['a code asked back vs. a locker\'s code typed at the locker',
    ['【PUDO】お荷物のお受け取りには本人確認が必要です。SMSで届いた認証番号をこのメッセージに返信してください。', '09012345678', 'block'],
    ['【PUDO】お荷物をロッカーに預け入れました。ロッカー画面で認証番号を入力してお受け取りください。https://www.pudo.jp/', '0005012999', 'allow']],
  ['a code asked for in the sentence after it vs. a code message',
    ['息子の友人です。こちらの番号に届いたコードが必要なんです。急ぎで教えてください。', '08099990000', 'block'],
    ['【LINE】認証番号:482913。この番号を他人に教えないでください。', 'LINE', 'allow']],
  ['a Vietnamese police call-back vs. a Vietnamese family message',
    ['Cảnh sát Tokyo: tài khoản của bạn liên quan đến rửa tiền. Liên hệ ngay 03-5555-0199.', '+84931000000', 'block'],
    ['Tối nay con gọi lại cho mẹ nhé, liên hệ con số này.', '+84931000000', 'not-block']],
  ['a letters-ID lure with its link vs. the same notice with no way to act (no link, no number, a sender that cannot be answered)',
    ['【中部電力ミライズ】12月分の電気料金のお支払い期限が過ぎています。ご確認ください。 https://chubu-miraiz.top/pay', 'Info-SMS', 'block'],
    ['【中部電力ミライズ】12月分の電気料金のお支払い期限が過ぎています。ご確認ください。', 'Info-SMS', 'not-block']],
  ['the same no-link notice from a handset, which can be called back, stays blocked vs. a scam reported with a quote inside the quote',
    ['【中部電力ミライズ】12月分の電気料金のお支払い期限が過ぎています。至急ご確認ください。', '09012345678', 'block'],
    ['会社のスマホに「【一律給付】申請期限は本日中です とくべつ生活応援金 LINE登録時に「受給対象」と出ます」ってSMS来た。', '09011112222', 'allow']],
  ['a nested-quote lure that is not reported stays blocked vs. its report',
    ['【一律給付】申請期限は本日中です とくべつ生活応援金 LINE登録で「受給対象」と出ます https://lin.ee/abc123', '09011112222', 'block'],
    ['「【一律給付】申請期限は本日中です LINE登録時に「受給対象」と出ます」ってSMSが来たけど詐欺だよね', '09011112222', 'not-block']],
  ['a city office on a look-alike of its lg.jp domain vs. on its lg.jp domain (only local governments can hold one)',
    ['【さくら市役所】住民税の納付期限が過ぎています。納付方法は https://city-sakura-lg-jp.com/tax をご確認ください', '09012345678', 'block'],
    ['【さくら市役所】住民税の納付期限が過ぎています。納付方法は https://www.city.sakura.lg.jp/tax をご確認ください', '09012345678', 'allow']],
  ['国税庁 on a host that only spells go.jp and lg.jp vs. on a real go.jp host',
    ['国税庁です。未納の税金があります。本日中に https://www.nta.go.jp.lg-jp.top/nozei よりお支払いください', undefined, 'block'],
    ['【さくら市役所】住民税の納付期限が過ぎています。納付方法は https://www.e-gov.go.jp/tax をご確認ください', undefined, 'allow']],
  ['a claimed brand linking to some co.jp company that is not its own vs. a small business on its own co.jp',
    ['【Amazon】お支払い方法に問題があります。アカウントを保護するため、こちらから情報を更新してください https://www.yamada-shoji.co.jp/amazon', '09012345678', 'block'],
    ['【山田不動産管理】今月分の家賃のお引き落としができませんでした。お支払い期限は12月20日です。お手続きは https://www.yamada-kanri.co.jp/pay', '09012345678', 'not-block']],
  ['a payment notice naming no brand of ours: on an open .com the engine cannot tell a landlord from a scammer vs. on a co.jp only a registered company holds',
    ['【山田不動産管理】今月分の家賃のお引き落としができませんでした。お支払い期限は12月20日です。お手続きは https://www.yamada-kanri.com/pay', '09012345678', 'block'],
    ['【山田不動産管理】今月分の家賃のお引き落としができませんでした。お支払い期限は12月20日です。お手続きは https://www.yamada-kanri.co.jp/pay', undefined, 'allow']],
  ['a side job reached through LINE stays blocked vs. a shop naming its LINE account (LINE the medium, not the speaker)',
    ['【副業】1日5分で日給3万円!LINEお友だち追加で詳細をお送りします https://lin.ee/m8QxZ3k', '09012345678', 'block'],
    ['【カフェ・ド・ミモザ】いつもご来店ありがとうございます。LINEお友だち限定で冬の新作ケーキ10%オフ中です https://lin.ee/m8QxZ3k', '09012345678', 'not-block']],
  ['LINE speaking for itself (からのお知らせ) keeps its claim vs. a dealer\'s 店舗LINEから',
    ['LINEからのお知らせ:アカウントの利用を制限しました。こちらから解除してください https://line-verify.top/', '09012345678', 'block'],
    ['【トヨタモビリティ東京】車検のご案内:満期日1/20。ご予約はお電話または店舗LINEから https://lin.ee/Tq8mRz2', '09012345678', 'not-block']],
  ['passwords asked for beside a code vs. the code message itself, from a letters ID (its own code typed into its own screen)',
    ['【三井住友銀行】本人確認のため、ログインパスワードと暗証番号を入力してください。ワンタイムパスワード：905512', 'Info-SMS', 'block'],
    ['【三井住友銀行】ワンタイムパスワード：905512 お取引画面に入力してください。当行が電話等でお尋ねすることはありません。', 'Info-SMS', 'allow']],
  // Legitimate notices that ask nothing, or ask through a way the sender owns, from a sender that earns no credit.
  ['a login-change lure with its link vs. the same notice whose "if this was not you" advice names the bank\'s own desk, no number',
    ['【ソニー銀行】スマート認証の機種変更を受け付けました。至急こちらで本人確認してください https://sonybank-auth.top/', '08011112222', 'block'],
    ['【ソニー銀行】ログインパスワードが変更されました。お手続きに覚えがない場合は至急カスタマーセンターへご連絡ください。', '08011112222', 'not-block']],
  ['an insurer asking to be called on a number it does not own vs. naming its own desk and the agent, no number written',
    ['【明治安田生命】保険料が未納のため契約が失効します。至急 050-3123-4567 までご連絡ください。', '09012345678', 'block'],
    ['【明治安田生命】保険料の払込みが確認できませんでした。担当営業またはコールセンターへご相談ください。', '09012345678', 'allow']],
  ['a carrier notice asking to call an 050 number vs. its 151 service number written with the desk in brackets',
    ['【ワイモバイル】SIMカードの再発行を受け付けました。ご自身でお手続きされていない場合は、すぐに050-5555-0151へご連絡ください。', '09012345678', 'block'],
    ['【ワイモバイル】SIMカードの再発行を受け付けました。ご自身でお手続きされていない場合は、151(カスタマーセンター)へご連絡ください。', '09012345678', 'allow']],
  ['a document request through a link vs. one that says the link is never the way (リンクから…ことはありません)',
    ['【楽天モバイル】本人確認書類の再提出をお願いします。下記リンクから手続きしてください https://rakuten-mobile-kyc.top/', '08055556666', 'block'],
    ['【楽天モバイル】本人確認書類の再提出をお願いします。アプリの「お知らせ」から手続きしてください。SMS内のリンクから受け付けることはありません。', '08055556666', 'not-block']],
  ['a "new number" relative moving you to a new LINE ID vs. a person\'s number-change notice that names LINE in passing (a mention, not a claim)',
    ['母さん、番号変わったよ。LINEも新しくしたからこのIDを追加して→ taro_new2026', '08012341234', 'block'],
    ['【番号変更】田中です。機種変更で携帯番号が変わりました。今後はこちらにご連絡ください。LINEはそのままです', '08012341234', 'allow']],
  ['a login alert that links to a stop page vs. the bank\'s own 0005 notice that asks nothing',
    ['【みずほ銀行】みずほダイレクトへのログインがありました。ご本人でない場合は利用停止の手続きをこちらから https://mizuho-stop.top/', '09012345678', 'block'],
    ['【みずほ銀行】みずほダイレクトへのログインがありました 12/05 08:10 Android。ご本人でない場合はすぐに利用停止をお願いします。', '0005310001', 'allow']],
  ['a UK premium line to ring in a British-priced text vs. the same digits as a friend\'s Japanese mobile',
    ['Call 09061743806 now to hear who fancies you! Calls 150p/min', undefined, 'flagged'],
    ['Landed at Narita, call me on 09061743806 when you are free', undefined, 'not-block']],
  ['a dating service asking for your name and age by text vs. a friend asking which name you used',
    ['Find your perfect match tonight! Just txt back your NAME and AGE to join. 18+ only', undefined, 'flagged'],
    ['Hey, what name did you put on the team sheet? Need it for the booking', undefined, 'allow']],
  ['gift cards asked for vs. one already sent as a present (told, not asked)',
    ['おばあちゃん、急ぎでアマゾンギフトカード5万円分買って番号送ってくれない？', '08012345678', 'block'],
    ['いつもありがとう。Amazonギフトカード3000円分をメールで送っておいたので、好きなものに使ってね。', '09011112222', 'allow']],
  ['an ID photo asked for vs. a police warning to those who already sent one',
    ['【高収入バイト】面接不要、日給5万円。応募は身分証の写真をこの番号に送ってください。', '09012345678', 'block'],
    ['【さくら警察署】「即日払い」「運ぶだけ」の募集は闇バイトです。身分証の写真を送ってしまった方も、すぐ警察署へ相談してください。', '09012345678', 'not-block']],
  ['a fake police officer moving you to a LINE ID vs. the police saying they never contact you by LINE',
    ['【警視庁】あなたの口座が犯罪に使われています。捜査のためLINE ID: keishi_110 を追加してください。', '+8613800000000', 'block'],
    ['【さくら警察署】警察がLINEやSMSで捜査の連絡をすることはありません。不安な時は#9110へ。', '09012345678', 'allow']],
  ['a lure with its link vs. the same lure quoted in English by someone who told their mother to delete it (no word for scam)',
    ['【イオン銀行】お客様の口座で異常な取引を検知しました。ご本人確認をお願いします https://aeonbank-check.xyz/', '08098765432', 'block'],
    ['My mum got this one today: "【イオン銀行】お客様の口座で異常な取引を検知しました。ご本人確認をお願いします https://aeonbank-check.xyz/" Told her to delete it.', '08098765432', 'not-block']],
  ['a stranger asking for the code "sent by mistake" vs. the service\'s own code message, in Chinese and Vietnamese',
    ['您好，我不小心把验证码发到您的手机了，请把收到的6位验证码发给我，谢谢。', '+8613800000000', 'block'],
    ['【微信】验证码：7731。用于登录验证，请勿转发给任何人，包括客服。', 'WeChat', 'allow']],
  ['a Vietnamese account lure vs. a Vietnamese code given (Zalo named as the service, not as a place to move to)',
    ['Tai khoan Zalo cua ban bi khoa. Xac minh ngay tai https://zalo-verify.top/', '+84931000000', 'block'],
    ['Ma xac thuc Zalo cua ban la 8842. Khong chia se ma nay voi bat ky ai.', 'Zalo', 'allow']],
  ['a premium-rate text service vs. a shop\'s English notice that only offers an opt-out',
    ['FreeMsg: get 3 polyphonic ringtones this week! Txt TONES to 87021, 150p/msg, 18+', undefined, 'flagged'],
    ['Sakura Dental: your check-up is on Tue 10 Dec at 15:00. Reply STOP to opt out of reminders.', undefined, 'allow']],
];

function check(text: string, from: string | undefined, expected: Expect): void {
  const a = engine.analyse({ text, from });
  const why = `${a.verdict} ${a.score} ${a.reasons.map((r) => `${r.code}${r.weight > 0 ? '+' : ''}${Math.round(r.weight)}`).join(' ')}`;
  if (expected === 'flagged') assert.notEqual(a.verdict, 'allow', why);
  else if (expected === 'not-block') assert.notEqual(a.verdict, 'block', why);
  else assert.equal(a.verdict, expected, why);
}

for (const [topic, lure, twin] of pairs) {
  test(`minimal pair, lure: ${topic}`, () => check(...lure));
  test(`minimal pair, twin: ${topic}`, () => check(...twin));
}

test('a message that asks nothing is not blocked, however it reads', () => {
  for (const text of ['【重要】通信サービスはまもなく停止します', 'お客様が不在のため、本日のお荷物はお届けできませんでした。', 'Congratulations! You have won a prize!']) {
    assert.notEqual(engine.analyse({ text, from: '09012345678' }).verdict, 'block', text);
  }
});

test('the model never outweighs a channel the claimed sender owns', () => {
  const official = new Set(['BRAND_OFFICIAL_DOMAIN', 'BRAND_OFFICIAL_SENDER', 'ASK_OWN_CHANNEL', 'SENDER_CARRIER', 'SENDER_REGISTERED']);
  const texts = [
    '【dカード】ご本人の利用であるか確認がとれるまでカードの利用を制限しています。詳しくはこちら https://dcard.docomo.ne.jp/st/security/',
    '【楽天カード】ご利用確認のお願い。至急ご確認ください https://www.rakuten-card.co.jp/e-navi/',
  ];
  for (const text of texts) {
    const a = engine.analyse({ text, from: '09012345678' });
    const credit = a.reasons.filter((r) => official.has(r.code)).reduce((s, r) => s + r.weight, 0);
    const model = a.reasons.find((r) => r.code === 'MODEL')?.weight ?? 0;
    assert.ok(credit < 0, `an official link is credited: ${text}`);
    assert.ok(model <= -credit / 2, `model ${model} against credit ${credit}`);
  }
});
