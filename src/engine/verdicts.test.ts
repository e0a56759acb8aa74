// Minimal pairs with the shipped data: each lure pattern beside its legitimate twin on the same
// topic (official channel, asks nothing, a warning, a person's message). A verdict table,
// Rspamd style: input → expected verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEngine, loadEngineData } from './index.js';
import { createEngine } from '../core/engine.js';
import { blockingAsks } from '../core/checks/ask-channel.js';
import { createBrandLookups } from '../core/brands/index.js';
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
  ['a 信用金庫 we do not list, on a .top page from a handset, vs. its own notice asking nothing (unlisted institutions weigh as listed ones)',
    ['【みなと信用金庫】お客様の口座で不審なお取引を確認しました。お取引の再開はこちら https://minato-shinkin.anzen-kakunin.top/', '08051234567', 'block'],
    ['【みなと信用金庫】お振込みを受け付けました。詳細はアプリのお取引履歴でご確認ください。', undefined, 'allow']],
  ['a municipality\'s water department we do not list, linking to a host spelling its name, vs. its own geographic-type city site',
    ['【高槻市水道部】検針データの電子化に伴い、お客さま番号の再登録が必要です。登録はこちら https://takatsuki-suido.com/reg', '08031234567', 'block'],
    ['【高槻市水道部】検針票の電子化のお知らせ。お客さま番号の登録方法は https://www.city.takatsuki.osaka.jp/suido/ をご覧ください', undefined, 'allow']],
  ['a tax named as the sender, a fee paid on a host spelling the tax, vs. the tax\'s notice on the city\'s geographic-type site',
    ['【軽自動車税】納税証明書の電子発行に不備がありました。再発行手数料のお支払いはこちら keijidoshazei-shomei.net', undefined, 'block'],
    ['【軽自動車税】納期限は5月31日です。スマホ決済アプリでの納付方法は https://www.city.matsudo.chiba.jp/zei/ をご覧ください', undefined, 'allow']],
  ['a city hall\'s department linking to an ordinary .net host vs. the same notice on www.city.kawasaki.jp (JPRS reserves city.* for the city)',
    ['川崎市役所 福祉課です。物価高騰支援給付金の申請はこちら https://kawasaki-kyufu.net/a', '09055512345', 'block'],
    ['川崎市役所 福祉課です。物価高騰支援給付金の申請はこちら https://www.city.kawasaki.jp/350/page/0000123.html', undefined, 'allow']],
  ['a municipal department we do not list on a .com form vs. its own lg.jp page',
    ['【子育て支援課】児童手当の受給資格の更新手続きが未完了です。手続きはこちら https://teate-koushin.com/form', undefined, 'block'],
    ['【子育て支援課】児童手当の現況届の提出をお願いします。電子申請は https://www.city.sakura.lg.jp/kosodate/ から', undefined, 'allow']],
  ['a pharmacy\'s re-dispensing fee on a cheap host spelling "yakkyoku" vs. the chain\'s notice on its own co.jp',
    ['【なの花薬局】お薬のお渡し期限が過ぎました。再調剤手数料 330円 のお支払いはこちら https://yakkyoku-shiharai.xyz/p', undefined, 'block'],
    ['【なの花薬局】お薬の準備ができました。受け取りはアプリまたは https://www.nanohana.co.jp/ をご確認ください', undefined, 'allow']],
  ['the 信用金庫 association on a .help host spelling "shinkin" vs. a 信金 on its own .jp name carrying the same word',
    ['【全国信用金庫協会】口座振替のご案内。身に覚えのない場合は取消手続きを→ shinkin-torikeshi.help/c', undefined, 'flagged'],
    ['【しののめ信用金庫】口座振替のご案内。詳しくは https://www.shinonome-shinkin.jp/ をご覧ください', undefined, 'allow']],
  ['a consumer co-op on an .info host spelling "coop" vs. a co-op\'s own .net name carrying it',
    ['【生活協同組合】ご注文内容に確認事項があります。お届け前にご確認ください coop-chumon.info/k', undefined, 'flagged'],
    ['【コープこうべ】今週の注文締切は明日10時です。注文は https://www.coop-kobe.net/ から', undefined, 'allow']],
  ['a water department\'s lure vs. a consumer centre quoting it',
    ['【高槻市水道部】お客さま番号の再登録が必要です。登録はこちら https://takatsuki-suido.com/reg', '08031234567', 'block'],
    ['消費生活センターより注意:「【高槻市水道部】お客さま番号の再登録が必要です。登録はこちら https://takatsuki-suido.com/reg」というSMSが出回っています。開かないでください', undefined, 'allow']],
  ['English: a city water bureau on a host spelling "water" vs. its notice on lg.jp',
    ['Kobe City Water Bureau: your e-billing registration is incomplete. Register here: https://kobe-water-billing.info/r', '+819012345678', 'block'],
    ['Kobe City Water Bureau: water supply will be suspended tonight for pipe work. Details: https://www.city.kobe.lg.jp/suido/', undefined, 'allow']],
  ['Vietnamese: a tax office on a .top host vs. a city\'s multilingual page on its geographic-type name',
    ['Cục thuế thành phố: Quý khách chưa nộp thuế cư trú. Nộp phạt tại https://cucthue-nop.top', undefined, 'block'],
    ['Cục thuế thành phố: Hướng dẫn nộp thuế cư trú bằng tiếng Việt tại https://www.city.hamamatsu.shizuoka.jp/', undefined, 'allow']],
  ['Portuguese: a city hall on an .info host vs. its page on its geographic-type name',
    ['Prefeitura: seu cadastro do auxílio está incompleto. Atualize em https://prefeitura-auxilio.info/cad', undefined, 'block'],
    ['Prefeitura de Hamamatsu: informações sobre a coleta de lixo em português: https://www.city.hamamatsu.shizuoka.jp/', undefined, 'allow']],
  ['a page anyone made, from abroad, with no lure worded vs. a restricted lg.jp page from a handset',
    ['先日の件です https://info-jp-page.top/a', '+639171234567', 'flagged'],
    ['先日の件です https://www.city.sakura.lg.jp/a', '09012345678', 'allow']],
  ['a code "sent by mistake" told in the past, then asked for vs. a service\'s own apology that asks nothing',
    ['友達の番号と間違えてコード送っちゃった!SMSで届いた6桁の数字教えてくれる?', '08012349876', 'block'],
    ['【LINE】間違えて認証番号を送信してしまいました。お手数ですがこのメッセージを削除してください。', undefined, 'allow']],
  ['what was done, then the code asked for in the same sentence vs. the same story telling to keep it',
    ['今、電話番号の引き継ぎ中で、あなたの番号を入れてしまったから、SMSに届いた番号をそのまま返信してね', '08012349876', 'block'],
    ['今、電話番号の引き継ぎ中で、あなたの番号を入れてしまったから、SMSに届いた番号は誰にも教えずに消してね', '08012349876', 'allow']],
  ['a failed payment with no brand, on a page anyone made, vs. a clinic telling the same at its own counter',
    ['ご利用料金の決済に失敗しました。再決済をお願いします https://kessai-saitouroku.top', '09055551111', 'block'],
    ['【さくら歯科】ご利用料金の決済に失敗しました。お手数ですが次回ご来院時に窓口でお支払いください。', undefined, 'allow']],
  ['an unlisted bank\'s account "locked" with a link from a handset vs. a friend whose phone locked',
    ['【みちのく銀行】お客様の口座がロックされました。解除手続きはこちら https://michinoku-kaijo.top/', '08051234567', 'block'],
    ['スマホがロックされちゃって、さっきまで連絡できなかった。ごめんね', '08051234567', 'allow']],
  ['an unpaid bill told from a handset, asking a call to an 050 line, vs. a landlord asking a call to the fixed line it texts from',
    ['あなたの携帯電話料金が未納です。法的措置を取る前に 050-5555-1234 へお電話ください。', '07098761234', 'block'],
    ['【さくら不動産】今月分の家賃が未納となっております。お手数ですが 03-5555-1234 までお電話ください。', '0355551234', 'not-block']],
  ['a card alert from a rented 050 line asking a call back vs. a person telling of their stopped card',
    ['お客様の口座で不正利用を検知しました。確認のためこの番号へ折り返しお電話ください。', '05012345678', 'block'],
    ['不正利用されたカード、止めてもらった。あとで電話ちょうだい', '09012345678', 'allow']],
  ['fake police in Portuguese naming the "fraud" it accuses you of vs. a warning that says "é golpe"',
    ['Polícia do Japão: seu número foi usado em uma fraude e há um mandado de prisão. Ligue hoje para 03-5555-0177.', '08012345678', 'block'],
    ['Cuidado! Recebi um SMS dizendo "seu pacote não pôde ser entregue, clique aqui". É golpe, não cliquem no link.', '08012345678', 'allow']],
  ['a lure that names phishing to sound careful, sending the reader to its own page, vs. a bank\'s phishing warning pointing at its own site',
    ['【セキュリティ警告】フィッシング詐欺の被害防止のため、アカウントの再認証が必要です https://anzen-ninsho.top/', '08012345678', 'block'],
    ['【三井住友銀行】当行を装ったフィッシングSMSにご注意ください。詳しくは https://www.smbc.co.jp/security/ をご覧ください。', 'SMBC', 'allow']],
  ['"なりすまし" as the lure\'s pretext vs. a person telling that a message was one, its link live',
    ['【三井住友カード】第三者によるなりすましの可能性があるため、カードを一時停止しました。解除はこちら https://smbc-kaijo.top/', '08012345678', 'block'],
    ['なりすましSMSだった。 https://smbc-kaijo.top/ ってリンク', '09012345678', 'not-block']],
  ['a job piling up its pay from a handset, asking a reply, vs. a foreman naming one day\'s pay',
    ['日給5万円の簡単なお仕事です。興味があれば返信ください', '09012345678', 'block'],
    ['山田建設の山田です。明日の現場、日給1万2千円で来られるなら返信ください', '09012345678', 'not-block']],
  ['a side job moved to a Telegram account vs. a friend who will talk about theirs on LINE',
    ['在宅ワークで月30万。詳しくはテレグラム @kasegu_jp まで', '07011112222', 'block'],
    // Session 12's retrained model leans to it (+14 over the rules' 60: a side job told as the writer's own, then LINE, is also
    // how the 'I earn from home, let's talk on LINE' bait opens), so it blocks; the rules alone hold it at suspicious.
    ['副業始めたんだ、今度LINEで話そう', '09012345678', 'flagged']],
  ['sextortion demanding money vs. a friend sending an embarrassing video as a joke',
    ['あなたの恥ずかしい動画を持っています。24時間以内に10万円を送金しないと友人に送ります。', '08011119999', 'block'],
    ['昨日の飲み会の恥ずかしい動画、グループに上げといたよ笑', '08011119999', 'not-block']],
  ['a person telling of an "account stopped" SMS in reported speech without quotation marks',
    ['【Amazon】アカウント停止のお知らせ。ご確認ください https://amazon-teishi.top/', '07011180035', 'block'],
    ['Amazonのアカウント停止ってSMS来たけど、アプリ開いたら普通に使えた。', '07011180035', 'allow']],
  ['an unlisted 信用金庫 on a .com named for what it asks (-check) vs. a person sharing an ordinary .com page',
    ['【京都信用金庫】お取引制限のお知らせ https://kyoto-shinkin-check.com', '08022223333', 'block'],
    ['この記事おもしろいよ https://www.example-news.com/article/123', '08022223333', 'allow']],
  ['a handset sending a bare .cc page with no words of a lure vs. a friend sending a YouTube link',
    ['荷物届いてる? https://n1motsu-check.cc', '08054848741', 'block'],
    ['これ見て笑った https://youtu.be/dQw4w9WgXcQ', '08054848741', 'allow']],
  ['a handset sending a "form" on a .top page vs. a classmate sending a Google Form',
    ['久しぶり!同窓会の幹事やってるんだけど、出欠フォームに登録してくれる? https://dousoukai-form.top/r', '07036335434', 'block'],
    ['久しぶり!同窓会の幹事やってるんだけど、出欠フォームに回答してくれる? https://forms.gle/AbCdEf123', '07036335434', 'not-block']],
  ['an unregistered letters ID sending a throwaway page vs. a shop\'s letters ID on its own site',
    ['【フォートナイト】限定スキンを無料配布中!アカウントにログインして受け取ってください https://fn-skin.top', 'FORTNITE', 'block'],
    ['【ヨドバシ】ご注文の商品を発送しました。配送状況はこちら https://www.yodobashi.com/', 'Yodobashi', 'allow']],
  ['a subscription "auto-renewal" with a cancel page named for the ask vs. the service\'s own renewal notice',
    ['ご契約中の有料プランが本日自動更新されます(月額9,800円)。解約をご希望の場合は下記よりお手続きください https://plan-cancel.shop/c', '08011619209', 'block'],
    ['Netflixのご契約は本日自動更新されます。解約はアカウントページから https://www.netflix.com/account', 'Netflix', 'allow']],
  ['a recorded video call held over the reader for money vs. a friend asking their share back',
    ['さっきのビデオ通話、録画したよ。フォロワー全員に送られたくなかったらPayPayで5万円送って。今すぐ返事して', '07012941286', 'block'],
    ['お土産代、立て替えといたから3万円送ってね', '09012345678', 'allow']],
  ['a certificate "expiry" with a number to call (no code given) vs. a code message with its expiry',
    ['【信用金庫】インターネットバンキングの電子証明書の有効期限が切れています。本日中に更新がない場合、お振込みが停止されます。更新窓口 050-3184-6275', '05028799090', 'block'],
    ['【LINE】認証番号:482913 有効期限は10分です。この番号を他人に教えないでください。', 'LINE', 'allow']],
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
  ['a payment notice naming no brand of ours: on an open .com the engine cannot tell a landlord from a scammer (flagged; the rules stop at 69, so whether it blocks is the model\'s call) vs. on a co.jp only a registered company holds',
    ['【山田不動産管理】今月分の家賃のお引き落としができませんでした。お支払い期限は12月20日です。お手続きは https://www.yamada-kanri.com/pay', '09012345678', 'flagged'],
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
  // (The lure was blocked only while "アマゾン" in a grandchild's voice counted as Amazon speaking from a handset.)
  ['gift cards asked for vs. one already sent as a present (told, not asked)',
    ['おばあちゃん、急ぎでアマゾンギフトカード5万円分買って番号送ってくれない？', '08012345678', 'flagged'],
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
  ['an organisation none of our brands names, linking to a free-hosting page from a handset vs. the same notice on a domain only such an organisation holds',
    ['【さくら総合病院】再検査のご案内があります。予約確認はこちら https://sakura-byoin.web.app/check', '09063310000', 'block'],
    ['【さくら総合病院】再検査のご案内があります。予約確認はこちら https://www.sakura-byoin.or.jp/check', '09063310000', 'allow']],
  ['a Y/"はい" reply to a handset that is not the office it names vs. a courier\'s driver confirming a time',
    ['マイナポイントの追加付与対象です。受け取る場合は「はい」と返信してください。', '08012345678', 'block'],
    ['ヤマト運輸の佐藤です。お荷物を17時頃にお届けしてもよろしいですか?よければ1と返信してください。', '08012345678', 'not-block']],
  ['a code "sent by mistake" asked back, in Indonesian and English vs. the service\'s own code message',
    ['Maaf, saya salah kirim kode verifikasi ke nomor Anda. Bisa tolong kirimkan 6 angka yang barusan masuk?', '+6281244700000', 'block'],
    ['Your verification code is 482913. Do not share it with anyone.', 'Microsoft', 'allow']],
  ['a "new number" relative asking for money, in Tagalog vs. the same news asking nothing',
    ['Anak, nagpalit ako ng number, nasira ang phone ko. Pwede mo ba akong padalhan ng 50,000 yen ngayon?', '08064420000', 'block'],
    ['Anak, nagpalit ako ng number, nasira ang phone ko. Save mo na lang ito, walang problema.', '08064420000', 'not-block']],
  ['the Immigration Services Agency named by an overseas number asking for a call vs. its notice on its own site',
    ['Immigration Services Agency of Japan: your residence card has an irregularity and will expire soon. Call 03-5819-2283 and press 1.', '+18775550102', 'block'],
    ['出入国在留管理庁からのお知らせ：在留期間更新許可申請はオンラインでも受け付けています。詳しくは https://www.moj.go.jp/isa/applications/online/onlineshinsei.html', undefined, 'allow']],
  ['a job whose work is a crime (lend an account) offered by a handset vs. the police warning that names the same work',
    ['口座を貸すだけで月5万円。使わなくなった口座を買い取ります。キャッシュカードを郵送するだけ。', '07050280000', 'block'],
    ['闇バイトの勧誘が増えています。口座を貸すだけ、受け子などの求人には絶対に応じないでください。#9110', '08012345678', 'allow']],
  ['a job whose work is a crime vs. a job board\'s ordinary offer',
    ['即金バイト カードを受け取ってATMで引き出すだけ。報酬は引き出し額の10%。身バレなし', '09012550000', 'block'],
    ['【マイナビバイト】新着のお仕事：倉庫内の軽作業、日給1万2千円、交通費支給。詳しくはアプリでご確認ください。', 'MynaviBaito', 'allow']],
  ['a "new number" relative announcing an urgent favour to come vs. one who says there is nothing urgent',
    ['お母さん?俺だけど。スマホ落として番号変わった。急ぎでお願いがあるんだけど今いい?', '07026100000', 'block'],
    ['お母さん、スマホ変えて番号も変わったよ。これが新しい番号です。急ぎの用はないので、登録だけお願い。', '07026100000', 'not-block']],
  ['the same news with an urgent matter but no favour asked ("急ぎの用事で明日電話するね") is not blocked',
    ['母さん、携帯変えたから新しい番号登録しといて。急ぎでお願いがあるの', '08029900000', 'block'],
    ['お母さん、携帯変えたよ。急ぎの用事で明日電話するね!', '08022228888', 'not-block']],
  ['a money transfer told to family from abroad is no ask',
    ['Bu, ini aku, nomorku ganti karena HP rusak. Tolong kirim uang 80.000 yen dulu, nanti aku jelaskan.', '09025514480', 'block'],
    ['Chị ơi, em chuyển tiền nhà tháng này rồi nhé. Chị kiểm tra giúp em.', '+84901234567', 'not-block']],
  ['a Y/N reply asked for from an overseas number vs. the same survey from a vetted 0005 number',
    ['【アンケート】今後もSMSでお得な情報を受け取りますか? 受け取る場合は「Y」、停止は「N」を返信してください。', '+17255550139', 'block'],
    ['【アンケート】今後もSMSでお得な情報を受け取りますか? 受け取る場合は「Y」、停止は「N」を返信してください。', '0005012345', 'allow']],
  ['a host whose every dot is an ideographic full stop is rebuilt: a lookalike on free hosting vs. the brand\'s own domain written the same way',
    ['[SoftBank] Seu celular está infectado. Instale o app de segurança: softbank-br。pages。dev', '+5531992046611', 'block'],
    ['[SoftBank] Seu celular está infectado? Nunca instale apps fora da loja oficial. Saiba mais em softbank。jp', 'SoftBank', 'allow']],
  ['identity papers asked for in the next sentence vs. brought in person',
    ['先週応募いただいた件、身分証と家族の連絡先を送らないと報酬が払えません。本日中に送ってください。', '09061182479', 'block'],
    ['先週応募いただいた件、面接日は12日です。身分証は当日ご持参ください。', '09061182479', 'allow']],
  ['a hospital linking to a cheap-TLD host from a handset vs. a club or a PTA linking to a free page or form, as clubs do',
    ['【さくら総合病院】再検査のご案内があります。予約確認はこちら https://sakura-byoin.top/check', '09063310000', 'block'],
    ['【○○小PTA】懇親会の出欠はこちらのフォームからお願いします https://forms.gle/AbCd1234', '09012345678', 'not-block']],
  ['a club\'s schedule on a free page from a member\'s phone is not blocked',
    ['【ゆうちょ銀行】お客様の口座が一時停止されました。再開手続き: https://jp-bank-yucho.top', '07011112222', 'block'],
    ['【テニスサークル】次回の練習日程はこちら https://tennis-circle.github.io/schedule', '07012345678', 'not-block']],
  ['a messenger handle written out under a side-job lure vs. a friend giving a LINE ID',
    ['いいねを押すだけの在宅ワーク、1件500円。登録はこちらのLINEまで:@iine-work', '09049920188', 'block'],
    ['LINE: tanaka_0311 です。また連絡するね!', '09028830617', 'allow']],
  ['a code "about to arrive" asked for by a friend vs. the service\'s code message warning about the same',
    ['久しぶり!あと今から届く認証コードを送ってほしい、ちょっと確認したいだけだから', '07051192286', 'block'],
    ['【LINE】認証番号:482913 今から届くメッセージの指示には従わないでください。この番号を他人に教えないでください。', 'LINE', 'allow']],
  ['"police" asking to move savings to a safe account vs. the police warning that they never ask it',
    ['警視庁です。あなたの口座が詐欺グループに悪用されています。資産を保護するため、全額を捜査用の安全な口座へ移してください。', '+81335814321', 'block'],
    ['警視庁です。警察官が「安全な口座へ移して」と言うことはありません。そのような電話はすぐに切ってください。', '0005001234', 'allow']],
  ['a "police" arrest warrant to call about vs. the police saying what they never send, from the same handset',
    ['【〇〇警察署】あなたに逮捕状が出ています。本日中にこの番号へご連絡ください。', '09012345678', 'block'],
    ['【〇〇警察署】警察がSMSやLINEで捜査の連絡をしたり、逮捕状の画像を送ったりすることはありません。不安な時は#9110へ。', '09012345678', 'not-block']],
  ['a benefit fee to pay vs. a consumer centre saying the city never asks for one',
    ['【〇〇市】給付金の手数料の振込が必要です。本日中に047-365-6565までご連絡ください。', '09012345678', 'block'],
    ['松戸市消費生活センターです。給付金の申請でATMの操作や手数料の振込をお願いすることは絶対にありません。不審な連絡は047-365-6565までご相談ください。', undefined, 'allow']],
  ['a carrier\'s name over an identity-check link vs. a person telling family to bring ID to the carrier\'s shop (plain speech: the brand is named, not claimed)',
    ['【ドコモ】本人確認書類の再提出が必要です。こちらから手続きしてください https://docomo-kakunin.top/', '08011112222', 'block'],
    ['ドコモショップ予約したよ。土曜の10時。本人確認書類持ってきてね。場所ここ https://maps.app.goo.gl/AbCd123', '08011112222', 'allow']],
  ['a stop notice pointing "below" vs. the same notice naming the brand\'s own service as the place to look (My docomo, e-NAVI, MyJCB)',
    ['【ドコモ】ご利用料金のお支払いが確認できないため、利用停止予定です。下記よりご確認ください。', undefined, 'block'],
    ['【ドコモ】ご利用料金のお支払いが確認できないため、利用停止予定です。My docomoでご確認ください。', undefined, 'not-block']],
  ['the same: a card stop with a link-ref vs. the card\'s own member site named',
    ['【JCB】ご利用確認のため、カードのご利用を一時停止しています。下記URLからご確認ください。', undefined, 'block'],
    ['【JCB】ご利用確認のため、カードのご利用を一時停止しています。MyJCBでご確認ください。', undefined, 'not-block']],
  ['a shop of a brand: an ID check on a look-alike vs. its map on another listed brand\'s own site',
    ['【ドコモショップ〇〇店】ご来店予約を承りました。本人確認書類をお持ちください。本人確認はこちら https://docomo-shop-kakunin.top/', '0005012345', 'block'],
    ['【ドコモショップ〇〇店】ご来店予約を承りました。本人確認書類をお持ちください。店舗の地図はこちら https://maps.app.goo.gl/AbCd123', '0005012345', 'allow']],
  ['another brand\'s site as an open redirect is still the address it carries',
    ['【三井住友銀行】お客様の口座を一時停止しました。解除はこちら https://www.google.com/url?q=https://smbc-kaijo.top', '08011112222', 'block'],
    ['【三井住友銀行】新しいアプリの使い方動画はこちら https://youtu.be/abc123', undefined, 'allow']],
  ['"call this number" about an unpaid fee vs. a school naming its own office as where to call',
    ['有料コンテンツの利用料金が未納です。本日中にこの番号へご連絡ください。', '09012345678', 'block'],
    ['明光塾です。本日は講師都合により数学の授業が休講となりました。振替は来週火曜19:30です。ご不明点は教室までお電話ください。', '09012345678', 'allow']],
  ['gift cards to buy for an "unpaid fee" vs. the police naming such words as examples (「未納料金」「当選」などのSMS)',
    ['【〇〇警察署】未納料金があります。コンビニでギフトカードを購入し、番号を返信してください。', '08098765432', 'block'],
    ['【〇〇警察署】ギフトカードの番号を教えることはお金を渡すのと同じです。「未納料金」「当選」などのSMSで購入を指示されたら、レジで店員に相談を。', '08098765432', 'not-block']],
  ['an unpaid bill with nowhere named vs. one naming the brand\'s own service as where to check',
    ['【ドコモ】ご利用料金のお支払い期限を過ぎています。本日中にお支払いがない場合、ご利用を停止します。', '09012345678', 'block'],
    ['【ドコモ】ご利用料金のお支払い期限を過ぎています。お支払い済みの場合はご容赦ください。確認はMy docomoから。ドコモがSMSでカード番号をお伺いすることはありません。', '09012345678', 'not-block']],
  ['a bank\'s name shown as the sender in Japanese letters: a look-alike link vs. a notice pointing to its app',
    ['【セブン銀行】口座の利用を制限しました。解除はこちら https://sevenbank-kaijo.top/', 'セブン銀行', 'block'],
    ['【セブン銀行】アプリでの口座開設が完了しました。キャッシュカードは簡易書留でお届けします。', 'セブン銀行', 'allow']],
  ['Vietnamese: money asked from a "new number" vs. money told as already sent (…rồi nhé)',
    ['Mẹ ơi, con đổi số mới rồi. Mẹ chuyển tiền giúp con 10 man vào tài khoản này nhé, con cần gấp.', '+84901234567', 'flagged'],
    ['Chị ơi, tháng này em gửi tiền nhà qua tài khoản Yucho rồi nhé. Chị kiểm tra giúp em.', '+84901234567', 'not-block']],
  ['a food-delivery driver asking to be called from their own phone is no brand impersonation',
    ['【Uber Eats】アカウントが停止されました。至急こちらから確認してください https://ubereats-kakunin.top/', '08023456789', 'block'],
    ['Hello, your Uber Eats order is on the way. I cant find your building, please call me.', '08023456789', 'not-block']],
  ['a refund to claim by a way not shown vs. a tax office pointing to the notice already mailed',
    ['【〇〇税務署】還付金があります。本日中にお手続きください。', undefined, 'block'],
    ['【〇〇税務署】還付金のお振込みが完了しました。振込通知書をご確認ください。', undefined, 'not-block']],
  ['a courier "from a handset" with an unpaid duty vs. a driver asking to be called on their own phone',
    ['【ヤマト運輸】お荷物の関税が未払いです。本日中にこの番号へお電話ください。', '09012345678', 'block'],
    ['ヤマト運輸の配達員です。本日14時頃お届けに伺います。ご不在の場合はお電話ください。', '09012345678', 'allow']],
  // Session 'lang2': a brand's or an office's alarm asking to be rung on a line no office uses (050, abroad, a handset), in
  // the residents' languages and scripts; the twin is the warning that names it and says not to call.
  ['a docomo bill in Nepali with a "फोन:" label before an 050 line vs. a Nepali warning quoting it (नक्कली SMS, नम्बरमा फोन नगर्नुहोस्)',
    ['डोकोमो: तपाईंको फोन बिल ¥6,389 बाँकी छ, 7/6 मा लाइन बन्द हुनेछ। फोन: 050-8221-8699', '09022467080', 'block'],
    ['डोकोमोको नाममा नक्कली SMS आउँदैछ: "फोन बिल बाँकी छ, फोन: 050-8221-8699"। त्यो नम्बरमा फोन नगर्नुहोस्।', '09022467080', 'allow']],
  ['Japan Post in Korean asking a call to an 050 line vs. a Korean warning about the text posing as it (사칭한 문자, 전화하지 마세요)',
    ['일본우편: 소포가 주소 불명으로 보관 중입니다. 보관 기한 4/23. 050-8275-5535로 연락 주세요.', '05030564531', 'block'],
    ['일본우편을 사칭한 문자 주의: "소포 보관 중, 050-8275-5535로 연락 주세요". 이 번호로 전화하지 마세요.', '05030564531', 'allow']],
  ['Japan Post in Thai with "โทร 050…" vs. a Thai warning that says not to call back (อย่าโทรกลับ)',
    ['ไปรษณีย์ญี่ปุ่น: พัสดุของคุณถูกระงับ โทร 050-6284-1937 ภายในวันนี้', '05062841937', 'block'],
    ['เตือนภัย: SMS ปลอมอ้างเป็นไปรษณีย์ญี่ปุ่น ให้โทร 050-6284-1937 อย่าโทรกลับ', '09012345678', 'allow']],
  ['SoftBank in Thai asking "กรุณาโทร 050…" vs. a Thai branch giving its own fixed line',
    ['ซอฟต์แบงก์: ค่าโทรศัพท์ค้างชำระ สายจะถูกตัดวันนี้ กรุณาโทร 050-6284-1937', '05062841937', 'block'],
    ['ไปรษณีย์ญี่ปุ่นสาขาชินจูกุ เปิด 9:00-17:00 โทร 03-3341-5123', undefined, 'allow']],
  ['Japan Customs asking to "call our officer" at a number abroad vs. an embassy warning naming that number (Do not call back)',
    ['Japan Customs: a parcel addressed to you contains prohibited goods. To avoid prosecution, call our officer at +44 7700 900862 today.', '+447700900849', 'block'],
    ['Embassy warning: scammers call from +44 7700 900862 claiming to be Japan Customs. Do not call back.', '0312345678', 'allow']],
  ['a card company asking to "contact our agent" on a handset vs. a friend asking to be called on theirs',
    ['JCB Security: A charge of ¥124,585 on card ending 9389 was flagged as possible fraud. Contact our agent at 090-2243-1861.', '+845780297016', 'block'],
    ['Hi it\'s Ken, my phone is broken, call me at 090-1234-5678 tonight', '09012345678', 'not-block']],
  ['an office\'s line cut with "reply 1 to talk to an operator" from abroad vs. a clinic\'s "Reply 1 to confirm"',
    ['MIC Japan notice: all phone services on your line will be suspended in 2 hours due to illegal use. Press reply 1 to talk to an operator.', '+18095550114', 'block'],
    ['Sakura Internal Medicine: reminder of your appointment on Tue 9 Dec at 10:30. Reply 1 to confirm or 2 to cancel.', '05055120874', 'allow']],
  ['a SoftBank bill in Tagalog with "Tumawag sa 050…" vs. the Tagalog warning that says not to call it (Huwag tumawag sa 050…)',
    ['SoftBank: May hindi nabayarang bill. Puputulin ang linya mo ngayong araw. Tumawag sa 050-6613-2759', '05050011990', 'block'],
    ['Paalala: may pekeng text na nagpapanggap na SoftBank. Huwag tumawag sa 050-6613-2759.', '09012345678', 'allow']],
  ['a bare "fwd:" is a lure\'s costume; a person passing one on says so in their own words (at most suspicious with its live link)',
    ['fwd:お荷物お預かりのお知らせ https://takuhaibin-hokan.top/', '09012345678', 'block'],
    ['お母さんのスマホにこれ来てた→【佐川急便】お荷物の配送先を確認してください https://sagawa-check.top/', '09012345678', 'not-block']],
  ['the same with a forwarded-message header, or someone who tapped it',
    ['【楽天】アカウントがロックされました https://rakuten-lock.top/', '09012345678', 'block'],
    ['これ押しちゃった… 【楽天】アカウントがロックされました https://rakuten-lock.top/ どうしよう', '09012345678', 'not-block']],
  ['a card stop from a handset vs. a colleague reporting the stop as already handled',
    ['【楽天カード】お客様のカードの利用停止のお知らせ。本日中にご対応ください。', '09012345678', 'block'],
    ['課長、楽天カードの法人カード、利用停止になっていました。カード会社に連絡済みです。', '09012345678', 'not-block']],
  ['a Google "storage full" lure vs. a parent sharing a file on Google Drive (the platform is the medium)',
    ['【Google】ストレージの容量が上限に達しました。アカウント停止を避けるため、こちらから確認してください https://google-storage-check.top/', '09012345678', 'block'],
    ['先生、本日の保護者会の資料をGoogleドライブに上げました。こちらからご確認ください https://drive.google.com/file/d/abc123', '09012345678', 'not-block']],
  ['a bank "from a handset" with a frozen account vs. a person opening with their own name and telling of one',
    ['【ゆうちょ銀行】お客様の口座が凍結されました。解除のため至急この番号へお電話ください。', '09012345678', 'block'],
    ['佐藤です。ゆうちょ銀行の口座が凍結されたと母から連絡がありました。詳しく話したいので、夜に電話ください。', '09012345678', 'not-block']],
  ['a clinic\'s unpaid fee on a cheap host vs. on the host that carries the name it signs with',
    ['【さくら歯科】キャンセル料のお支払いが確認できていません。お支払い期限は本日23:59です。https://sakura-shika.top/pay', '09012345678', 'block'],
    ['【さくら歯科】キャンセル料のお支払いが確認できていません。お支払い期限は本日23:59です。https://sakura-dental.jp/pay', undefined, 'not-block']],
  ['a card lure vs. the same lure passed on with a note that it is fake (偽物)',
    ['楽天カード：ご利用を一部制限しています 至急 rakuten-card-check.buzz で確認', '08061103321', 'block'],
    ['Fw: 『楽天カード：ご利用を一部制限しています 至急 rakuten-card-check.buzz で確認』\n↑これはドメインが楽天じゃないから偽物。本物はr10.toかrakuten-card.co.jp', '08061103321', 'not-block']],
  ['Chinese (traditional): a job lure with a LINE ID vs. a school warning quoting it as fraud (詐騙)',
    ['兼職日薪3萬,在家就能做。加LINE: job_tw88 了解詳情', '07099321145', 'block'],
    ['同學們注意:有人在群組裡發「兼職日薪3萬,加LINE: job_tw88」的訊息,是詐騙。學校的打工介紹只在學生支援中心網站上公布。', '07099321145', 'allow']],
  ['a code asked back vs. a service\'s own code message saying "keep it private"',
    ['Uber support here. We sent a 4-digit code to your phone to verify your account. Please reply with the code now.', '+14155550100', 'block'],
    ['Uber - use 4812 to verify your phone. Keep it private: our support team never asks you for this number.', 'Uber', 'allow']],
  // Whose words: what a message passes on (quoted, forwarded, pointed at, told) is not its own.
  ['a lure vs. the same lure forwarded with "is this real?" after e-mail quote marks, its link defanged',
    ['【重要】特別定額給付金の支払い資格があります。72時間以内にお申し込みください https://soumu-kyufu.top', '09045281167', 'block'],
    ['これ来たんだけど本物？\n>【重要】特別定額給付金の支払い資格があります。72時間以内にお申し込みください hxxps://soumu-kyufu[.]top\n→偽物。総務省はSMSで申請させない。消して', '09045281167', 'allow']],
  ['a lure vs. the same lure after Fw: with "↑これ" and the live link still in it: suspicious at most',
    ['楽天カード:ご利用を一部制限しています 至急 rakuten-card-check.buzz で確認', '08061103321', 'block'],
    ['Fw: 『楽天カード:ご利用を一部制限しています 至急 rakuten-card-check.buzz で確認』\n↑これはドメインが楽天じゃないから偽物', '08061103321', 'not-block']],
  ['a prize lure vs. the same lure kept as a training example, link defanged',
    ['【当選】iPhone17が当たりました 送料500円のみ https://gift-jp.xyz', '07081245530', 'block'],
    ['迷惑SMS転送用メモ:『【当選】iPhone17が当たりました 送料500円のみ hxxp://gift-jp[.]xyz』 これ会社の防犯研修の例題に使います', '07081245530', 'allow']],
  ['a side-job lure vs. a student warning that quotes it, in Chinese',
    ['兼職日薪3萬,加LINE: job_tw88 立即聯絡', '07099321145', 'block'],
    ['同學們注意:有人在群組裡發「兼職日薪3萬,加LINE: job_tw88」的訊息,是詐騙。', '07099321145', 'allow']],
  ['a messenger job lure vs. a sister warning about it, in Nepali',
    ['YouTube subscribe गरेर दिनको पैसा! Telegram मा सम्पर्क गर्नुहोस् https://t.me/jobnp88', '09066253301', 'block'],
    ["बहिनी, Telegram मा 'YouTube subscribe गरेर दिनको पैसा' भन्ने काम ठगी हो। जोइन नगर्नू", '09066253301', 'allow']],
  ['a lure vs. a quote of it followed by "だって" (reported speech without a scam word)',
    ['あなたの口座が犯罪に使われています。確認のため 0120-555-123 に電話をしてください', '09088234105', 'flagged'],
    ['スクショ送る。『あなたの口座が犯罪に使われています。確認のため 0120-xxx に電話を』だって。こういうのは消費生活センター188に相談だって', '09088234105', 'allow']],
  ['a lure that quotes for emphasis stays a lure (scammers quote too)',
    ['【重要】「未納料金のお知らせ」本日中にお支払いください https://docomo-pay.top', '09011112222', 'block'],
    ['【重要】「未納料金のお知らせ」ってSMSが来たけど詐欺だよね https://docomo-pay.top', '09011112222', 'not-block']],
  ['a bare forward of a lure is the lure (nothing said of it)',
    ['Fwd:お荷物お預かりのお知らせ 保管期限が過ぎると返送されます https://takuhaibin-hokan.top', '09011112222', 'block'],
    ['Fwd:お荷物お預かりのお知らせ 保管期限が過ぎると返送されます hxxps://takuhaibin-hokan[.]top\n↑これ本物？', '09011112222', 'allow']],
  // A brand named in a person's talk is not the brand speaking.
  ['a bank speaking from a handset vs. a friend naming her bank account',
    ['【楽天銀行】お振込みの確認が取れておりません。下記口座に振り込んでください', '08011843326', 'flagged'],
    ['旅行代金、1人4万2千円でした。楽天銀行の口座に振り込んでくれたら助かる。口座番号はLINEで送ったやつ', '08011843326', 'allow']],
  ['a messenger named by a stranger vs. by a sister sending a photo',
    ['副業のご案内です。詳しくはZaloでご連絡ください', '08022579916', 'flagged'],
    ['Chị ơi, tổ dân phố có gửi bảng thông báo lịch thu gom rác mới. Em chụp ảnh gửi chị qua Zalo nhé', '08022579916', 'allow']],
  ['a pharmacy claimed vs. named by family',
    ['【さくら薬局】処方箋の受付に不備があります。LINEで再登録してください https://lin.ee/abc123', '08033267740', 'flagged'],
    ['薬局のLINEに処方箋の写真送っておいたから、帰りに寄って受け取るだけで大丈夫。原本は持っていってね', '08033267740', 'allow']],
  // A quotation framed as received (a lead before it, a tail after it) or holding a defanged link is passed on, in any language.
  ['a Chinese parcel lure vs. a warning that says it was received (收到「…」) with the link defanged',
    ['您的包裹因地址不詳無法配送,請點擊 https://yamato-jp.top 更新', '08011112222', 'block'],
    ['提醒一下:收到「您的包裹因地址不詳無法配送,請點擊 hxxps://yamato-jp[.]top 更新」這種簡訊,千萬不要點', '08011112222', 'allow']],
  ['an English parcel lure from abroad vs. a Tagalog warning quoting it (may natanggap akong text na "…")',
    ['Your package is on hold, pay 300 yen at https://jp-post-delivery.top', '+639171234567', 'block'],
    ['Kuya, may natanggap akong text na "Your package is on hold, pay 300 yen at jp-post-delivery[.]top". Ingat ka!', '08033334444', 'allow']],
  ['a parcel lure with a raw-IP link vs. a colleague reporting it 「…hxxp://…」と届きました',
    ['お荷物の住所不備のため配送できません。確認してください http://198.51.100.7/jp', '09055556666', 'block'],
    ['課長、共有です。私用のスマホに「お荷物の住所不備のため配送できません。確認してください hxxp://198.51.100.7/jp」と届きました。リンクは開いていません。', '09055556666', 'allow']],
  ['a Vietnamese new-number child asking money vs. a mother telling of "someone claiming to be you" (người xưng là)',
    ['Me oi, con doi so roi. Me chuyen gap 5 trieu vao tai khoan nay giup con ngay lap tuc nhe: Vietcombank 0123456789', '+84981112222', 'block'],
    ['Con oi, me vua nhan tin nhan co nguoi xung la con noi doi so roi bao me chuyen tien. Me khong chuyen, da bao cong an roi.', '+84981112222', 'allow']],
  // Report words do not make a report of a message that itself presses the reader to ring a stranger's number.
  ['a fake office accusing the reader of fraud (詐騙) and pressing a call vs. a warning about that call',
    ['您好,這裡是駐日代表處。您的護照被用於詐騙,請立即回電 050-3198-0662 配合調查。', '+886912345678', 'block'],
    ['提醒大家:有人冒充駐日代表處打電話說護照被用於詐騙,那是詐騙,不要回電。', '09012345678', 'allow']],
  ['the same in Korean (사기): a prosecutor pressing a call vs. a child warning their mother',
    ['서울중앙지검입니다. 고객님 명의 계좌가 사기 사건에 연루되었습니다. 즉시 연락 주세요 050-3198-0662', '+821012345678', 'block'],
    ['엄마, 검찰이라면서 계좌가 사기에 연루됐다고 전화 오면 끊어. 그거 사기야.', '09012345678', 'allow']],
  ['the same in Portuguese (golpe): an "embassy" pressing a call vs. a daughter warning her mother',
    ['Embaixada: seu passaporte foi usado em golpe! Ligue imediatamente 050-3198-0662', '+5511912345678', 'flagged'],
    ['Mãe, se ligarem dizendo que seu passaporte foi usado em golpe, é golpe! Não ligue de volta.', '09012345678', 'allow']],
  ['a warning that offers a hotline if in doubt stays a warning; pressing the call makes it a lure',
    ['これ詐欺です。警察を名乗る電話に注意。至急 03-3581-4321 にお電話ください', '09012345678', 'flagged'],
    ['これ詐欺です。警察を名乗る電話に注意。不安なら 03-3581-4321 にお電話ください', '09012345678', 'allow']],
  ['a "refund" lure wrapped in a fraud warning, pressing a call now vs. the city\'s warning with a number for when it happens (場合は)',
    ['市役所職員を名乗る還付金詐欺の電話が多発しています。還付金の受け取り期限は本日までです。至急 0561-12-3456 までご連絡ください。', '09012345678', 'block'],
    ['【注意】市役所職員を名乗る還付金詐欺の電話が多発しています。不審な電話があった場合は、すぐに市民課 0561-12-3456 までご連絡ください。', '09012345678', 'allow']],
  // A worker's own phone: the number written is the one the message comes from.
  ['an anonymous "parcel held" pressing a call to the handset vs. a driver signing with the number they text from',
    ['お届け先不明のため、お荷物を保管しています。至急この番号(090-1234-5678)へご連絡ください。', '09012345678', 'block'],
    ['再配達を承りました。本日18-20時にお届けします。担当 田中(090-1234-5678)。ご都合が変わった場合はこの番号へご連絡ください。', '09012345678', 'not-block']],
  ['a courier\'s name on a handset asking Y to an unpaid fee vs. the driver asking where to leave the parcel',
    ['【ヤマト運輸】お荷物の配送料300円が未払いです。お支払いに同意の場合は「Y」と返信してください', '09012345678', 'block'],
    ['ヤマト運輸の配達担当 山田です。本日お届けのお荷物、ご不在でした。宅配ボックスでよろしければ「Y」、再配達希望は「N」とご返信ください。', '09012345678', 'allow']],
  // Telling of money already sent is not asking: the bank named is where it went.
  ['a bank asking data from a handset vs. a friend telling the rent went to his bank account (Chinese)',
    ['【三井住友银行】您的账户存在异常,请立即回复姓名、账户号码和密码。', '08012345678', 'block'],
    ['老李,这个月的房租我已经转到你三井住友的账户了,你查收一下。', '08012345678', 'allow']],
  ['Vietnamese: "transfer into this account to unlock it" vs. a sister telling the rent went into her Yucho account',
    ['Tai khoan Yucho cua ban bi khoa. Vui long chuyen tien vao tai khoan nay de mo khoa ngay lap tuc.', '08012345678', 'block'],
    ['Chi oi, tien nha thang nay em chuyen vao tai khoan Yucho cua chi roi nha, 50.000 yen.', '08012345678', 'allow']],
  // Asks other than a visit to a link (src/core/asks: payee, gift-card, secret, collect, offer, money).
  ['a payee announced as changed vs. the registered direct debit',
    ['【ひまわり小学校】今月から教材費の振込先が変更になりました。新しい口座へ本日中にお振込ください。', '09052318876', 'block'],
    ['【ひまわり小学校】12月分の給食費は、ご登録の口座振替で12月26日に引き落としいたします。残高のご確認をお願いします。', '09052318876', 'allow']],
  ['an office\'s money into a person\'s account vs. a mover pointing to the account on the quote',
    ['マンション管理組合です。今月の修繕積立金は、会計担当の個人口座にお振込ください。', '08036612290', 'flagged'],
    ['引越しの山田運送です。明日9時に伺います。お代金は当日現金か、お見積書に記載の口座へのお振込でお願いします。', '08036612290', 'allow']],
  ['a ticket paid first to an account sent later vs. a friend and the usual account',
    ['チケット譲渡の件、ご連絡ありがとうございます。1枚12,000円です。先にお振込いただければすぐ発送します。振込先をお送りしますね', '07055120983', 'flagged'],
    ['ライブのチケット取れたよ!代金6,000円はいつもの口座に振り込んどいてね', '07055120983', 'allow']],
  ['goods shipped cash on delivery that nobody ordered vs. a shop shipping an order',
    ['地域応援セール!北海道のカニセットを代引き12,800円で明日発送します。不要な方は本日中に08012347777までご連絡を', '09055122985', 'flagged'],
    ['ご注文ありがとうございます。北海道のカニセットを代引き12,800円で明日発送します。', '09055122985', 'allow']],
  ['a fee before winnings are released vs. a broker\'s withdrawal with no fee',
    ['おめでとうございます。5,000万円の当選金のお受け取りには、事務手数料3万円のお支払いが必要です。', '08044129870', 'block'],
    ['【楽天証券】出金のご依頼を受け付けました。出金手数料は無料です。ご登録口座へ翌営業日にお振込みします。', '0005012345', 'allow']],
  ['paying in e-money vs. a shop listing e-money among ways to pay at its counter',
    ['【サポートセンター】未払いの利用料金があります。本日中に電子マネーでお支払いください。', '05031234567', 'block'],
    ['いつも○○ストアをご利用いただきありがとうございます。ご注文の商品が入荷しました。店頭でのお支払いは現金・クレジットカード・電子マネーがご利用いただけます。', '0312345678', 'allow']],
  ['crypto demanded vs. an exchange confirming a purchase',
    ['あなたの端末を乗っ取りました。48時間以内に5万円分のビットコインを送ってください。', '+447700900123', 'flagged'],
    ['ビットコインの購入が完了しました。残高はアプリでご確認ください。', 'bitFlyer', 'allow']],
  ['a code that just arrived asked for by a "driver" vs. the building\'s door code',
    ['配達員です。置き配の登録に必要なので、今SMSで届いた確認番号を教えてください', '08012345678', 'block'],
    ['宅配便の者です。オートロックの番号を教えていただけますか?玄関前に置いておきます', '08012345678', 'allow']],
  ['a PIN code to be returned vs. the service\'s own PIN message',
    ['LINEの引き継ぎを手伝ってほしいの。届いたPINコードをそのまま送ってくれる?', '09081234567', 'block'],
    ['【LINE】PINコード 5521 をアプリに入力してください。他人に教えないでください。', 'LINE', 'allow']],
  ['the reader\'s number asked for an account\'s verification vs. for an address book',
    ['ひさしぶり!ちょっと頼みがあるんだけど、電話番号教えてくれない?アカウントの認証に必要なんだ', '09081234567', 'block'],
    ['新しい携帯番号教えて。年賀状の住所録を直したいから', '09081234567', 'allow']],
  ['a bank collecting cards at the door vs. a bank posting the new card',
    ['○○銀行です。お客様のキャッシュカードが不正利用されています。本日行員がご自宅に伺いますので、カードと通帳をご用意ください。', '05098765432', 'block'],
    ['○○銀行です。新しいキャッシュカードを簡易書留でお送りしました。お受け取り後、旧カードははさみを入れて破棄してください。', '05098765432', 'allow']],
  ['a visit that takes cards vs. a mover\'s visit that leaves the valuables with the reader',
    ['JAの職員です。年金の手続きの件で本日ご自宅に伺います。キャッシュカードと通帳をご用意ください', '08071006283', 'flagged'],
    ['アート引越センターです。明日9時にご自宅に伺います。作業中、通帳や印鑑などの貴重品はご自身で保管してください。', '08055558888', 'allow']],
  ['a call back under a legal threat vs. a clinic\'s reminder from its own line',
    ['ご利用料金の件で至急お電話ください。本日中にご連絡がない場合、法的措置を取らせていただきます。', '08011112222', 'block'],
    ['【みどり歯科】明日10時のご予約です。ご変更の際はお電話ください。', '0312345678', 'allow']],
  ['a vague contract matter only a call back explains vs. the insurer saying it will call',
    ['お電話がつながらなかったため失礼します。ご契約内容について確認事項がございますので、本日中にこの番号へご連絡ください。', '08065643288', 'block'],
    ['【あおば生命】ご契約内容について確認事項がございます。後日、担当者よりご登録の電話番号へお電話いたします。', '0005012345', 'allow']],
  ['a grandson\'s lost cheque and a boss who will call vs. a grandson\'s trip money talked over later',
    ['おじいちゃん、孫の翔太です。会社の小切手をなくしてしまって、今日中に100万必要なんだ。あとで上司から電話いくから', '08077776666', 'block'],
    ['おばあちゃん、来月の旅行で3万必要になっちゃった。お正月に会ったとき相談させて', '08077776666', 'allow']],
  ['an investment site out of the blue vs. a recruiter answering an application',
    ['はじめまして。私は為替の投資で毎月収益を出しています。あなたも投資サイトに登録してみませんか?', '08021234567', 'flagged'],
    ['株式会社ミライ採用担当の田中です。ご応募ありがとうございます。面接は12月10日14時です。日給1万2千円の倉庫作業です。', '08021234567', 'allow']],
  ['a "simple" phone job at 3万円 a day vs. a foreman\'s one line of pay',
    ['スマホを使ったお仕事に興味はありますか?1日3万円、在宅OK。返信いただければ詳細送ります', '09033445566', 'flagged'],
    ['明日の現場、日給1万2千円で人手募集してる。来れる人いたら連絡して', '09033445566', 'not-block']],
  // A call-back number is found however it is written (area code in parentheses, kanji digits, a
  // number abroad): without it the call ask has no channel and a desk named beside it reads as the
  // sender's own. The same forms in a business's or a person's message with no lure stay theirs.
  ['a call-back number with its area code in parentheses vs. a clinic writing its own number so',
    ['【Microsoft】ウイルス感染を検出しました。至急サポートセンター（03）1234-5678へお電話ください', '09012345678', 'block'],
    ['【さくら歯科】明日15時のご予約です。ご変更の際は（03）5555-1234までお電話ください。', '0355551234', 'allow']],
  ['a call-back number in kanji digits vs. a mother texting her new number in kanji',
    ['【NTTファイナンス】未払いのご利用料金について、〇五〇ー一二三四ー五六七八までお電話ください', '09012345678', 'block'],
    ['母です。新しい番号は〇九〇ー一二三四ー五六七八だよ。登録しておいてね', '09012345678', 'allow']],
  ['a number abroad written +1 (202): call-back lure vs. a friend giving a hotel number',
    ['Your Amazon account is locked. Call +1 (202) 555-0143 now to restore access', '+12025550143', 'block'],
    ["Hey it's Mike, landed in DC. My hotel number is +1 (202) 555-0143 if you need me", '+12025550143', 'allow']],
  // Pressure and call cues in the languages of Japan's foreign residents (the class × language
  // table in src/core/asks/README.md), each beside a person's chat using the same word.
  ['Korean call cue written without a space: embassy call-back vs. a child asking mum to call',
    ['대사관입니다. 귀하의 여권에 문제가 있습니다. 급히 전화주세요 03-1234-5678', '09012345678', 'block'],
    ['엄마, 퇴근하면 전화주세요', '09012345678', 'allow']],
  ['Nepali urgency and call: a "police" call-back vs. a brother asking to come at once',
    ['Tapai ko bank khata ma samasya chha. Turuntai 050-3918-2265 ma phone garnuhos.', '09012345678', 'block'],
    ['दाइ, भोलि बिहान तुरुन्त आउनुहोस्, काम छ', '09012345678', 'allow']],
  ['Indonesian urgency and pay: a customs-fee link vs. a friend arriving soon',
    ['Paket Anda tertahan di bea cukai. Segera bayar biaya 300 yen melalui https://jp-post-id.top', '+6281234567890', 'block'],
    ['Halo, aku segera sampai di stasiun. Tunggu ya', '09012345678', 'allow']],
  // Ask classes the foreign residents' languages lacked (src/core/asks/README.md, second table): each
  // lure asks the reader to pay, send, reply, tell or keep a secret; its twin tells, warns or asks nothing.
  ['Korean courier asking name and detailed address by reply vs. a son who will send his new address',
    ['택배가 주소 불명으로 보관 중입니다. 성함과 상세 주소를 이 번호로 답장 부탁드립니다.', '09012345678', 'block'],
    ['엄마, 나 이사했어. 새 주소는 나중에 카톡으로 보낼게.', '09012345678', 'allow']],
  ['Vietnamese without diacritics: a "bank clerk" asking to read out the code vs. the bank\'s own code message',
    ['Em oi chi la nhan vien ngan hang, tai khoan cua em bi khoa, em doc giup chi ma OTP vua nhan nhe.', '+84901234567', 'block'],
    ['Ma OTP cua quy khach la 482913. Tuyet doi khong cung cap ma nay cho bat ky ai.', 'VCB', 'allow']],
  ['Tagalog: money "sent by mistake" through PayPay asked back vs. the same mistake already reversed by the app',
    ['Pasensya na po, napadala ko sa inyo ang ¥8,000 sa PayPay nang mali. Pakibalik po sa number na ito.', '09012345678', 'flagged'],
    // The rules find nothing here (5 points); the model, which reads Tagalog from few rows, may tag it.
    ['Pasensya na po, napadala ko sa inyo ang ¥8,000 sa PayPay nang mali, pero naibalik na ng PayPay. Salamat po.', '09012345678', 'not-block']],
  ['a stranger\'s PayPay transfer "by mistake" to be sent back vs. a friend who paid twice (no app named: someone the reader knows)',
    ['Sorry, I sent you ¥10,000 on PayPay by mistake. Please send it back to this number.', '09012345678', 'flagged'],
    ['Sorry, I paid you twice for dinner by mistake. Could you send one back when you get a chance?', '09012345678', 'allow']],
  ['the same in Japanese',
    ['PayPayで間違えて1万円を送金してしまいました。お手数ですがこの番号に返金をお願いします。', '09012345678', 'flagged'],
    ['ごめん、間違えて2回振り込んじゃった。1回分返金してもらえる?', '09012345678', 'not-block']],
  ['Tagalog: money to get out of police custody, kept secret vs. a brother home from hospital',
    ['Mahal, nasa pulis ako sa Osaka, kinulong nila ako. Kailangan ko ng ¥100,000 para makalaya. Huwag mong sabihin kahit kanino.', '09012345678', 'block'],
    ['Mahal, nakalabas na si Kuya sa ospital kahapon, ayos na siya. Huwag kang mag-alala.', '09012345678', 'allow']],
  ['romanised Nepali: a friend asks bail money for a brother, tell no one vs. the brother released, bail paid',
    ['Dai, ma Hari ko sathi. Hari lai police le samatyo, ¥100,000 bail chahiyo. Kasailai nabhannu, yo account ma pathaidinus.', '09012345678', 'block'],
    ['Dai, Ram lai police le chhodyo. Bail hamile tiryau, kasailai chinta nagarnu.', '09012345678', 'allow']],
  ['Devanagari: a job\'s registration fee to be sent first vs. a brother telling a college fee was paid',
    ['जापानमा काम: होटल, महिनाको ¥250,000। दर्ता शुल्क ¥30,000 पहिले पठाउनुहोस्।', '+9779801234567', 'block'],
    ['दाइ, कलेजको दर्ता शुल्क ¥30,000 तिरें। धन्यवाद।', '09012345678', 'allow']],
  ['Indonesian fake police naming a laundering suspect vs. a warning of that very scam',
    ['Pemberitahuan dari kepolisian Osaka: nama Anda tercatat sebagai tersangka pencucian uang. Konfirmasi data diri Anda: https://osaka-polisi.web.app', '09012345678', 'block'],
    ['Polisi Kanagawa: hati-hati penipuan yang mengaku dari kepolisian dan menuduh pencucian uang. Polisi tidak pernah meminta data diri lewat SMS.', '09012345678', 'allow']],
  ['Indonesian: a "friend" asks hospital money for someone hurt vs. the same bill told as paid',
    ['Mas, aku teman Dewi dari Osaka. Dewi kecelakaan dan perlu biaya rumah sakit ¥200.000. Tolong transfer dulu ya.', '09012345678', 'block'],
    ['Mas, aku sudah transfer biaya rumah sakit Dewi ¥200.000 tadi. Dewi sudah baikan.', '09012345678', 'allow']],
  ['English: buying a departing resident\'s bank account vs. a warning that selling it is a crime',
    ['Selling your Japanese bank account before you leave Japan? We pay ¥50,000 cash. Text back with your bank name.', '09012345678', 'block'],
    ['Don\'t sell your Japanese bank account before going home. Buying or selling accounts is a crime in Japan.', '09012345678', 'allow']],
  ['Vietnamese and Chinese: the same account buying, warned of as a crime',
    ['Thu mua tài khoản ngân hàng Yucho, 30.000 yên một tài khoản. Ai sắp về nước nhắn tin số này.', '09012345678', 'flagged'],
    ['回国前出售日本银行账户是犯罪行为,请在银行办理销户。', '09012345678', 'allow']],
  ['Portuguese: receive and reship parcels for pay vs. a daughter telling her mother a parcel was sent',
    ['Trabalho em casa: receba pacotes e reenvie para o endereço indicado, ¥4.000 por caixa. Responda SIM.', '09012345678', 'block'],
    ['Mãe, já te mandei o pacote com os presentes. Chega sexta.', '09012345678', 'allow']],
  ['Portuguese: a "new number" child asking help today vs. a child who did change numbers',
    ['Mãe, meu celular caiu no chão e esse é o número novo. Salva aí. Preciso de uma ajuda hoje.', '09012345678', 'block'],
    ['Mãe, troquei de número, esse é o novo. Salva aí, beijos.', '09012345678', 'allow']],
  ['Spanish: bail money kept secret vs. a family surprise kept secret',
    ['Hijo, no le digas a nadie, pero estoy detenido y necesito dinero para la fianza. Transfiere hoy a esta cuenta.', '09012345678', 'block'],
    ['Mãe, não conta pra ninguém, mas a festa surpresa da vó é sábado!', '09012345678', 'allow']],
  ['Chinese: "tell no one" then reply with name, passport and card number vs. a payment app\'s code that says not to pass it on',
    ['【国际刑警】您涉嫌跨境洗钱案,请勿告知任何人,立即回复本人姓名、护照号码和银行卡号配合调查。', '+8613800138000', 'block'],
    ['【支付宝】您的验证码为 482913,请勿将验证码告知他人。', '0005123456', 'allow']],
  // Asks with no money named: what the reader is to do is take a stranger at the sender's word (a
  // boss's call, a visitor who holds cash, a PIN or the My Number), or pay a person's payment-app ID
  // for a cause; a lock-out no landlord may carry out. Each beside the real message on its topic.
  ['オレオレ setup (lost cheque, the boss will call) vs. a son who did change numbers and asks only to save it (the opener: it may tag, never block)',
    ['俺だけど、会社の小切手をなくしちゃった。あとで上司から電話いくと思うから出てね', '09012345678', 'block'],
    ['母さん、番号変わったよ。新しいのはこれ。登録しといてね', '09012345678', 'not-block']],
  ['"prosecutors" holding a deposit at the reader\'s home vs. a census enumerator delivering forms',
    ['【東京地検】あなたの口座が犯罪に使われています。保証金をお預かりするため、本日担当者がご自宅に伺います。', '09012345678', 'block'],
    ['国勢調査の調査員の佐藤です。調査票を配布しに明日の夕方お伺いします。ご不在の場合はポストに入れておきます。', '09012345678', 'allow']],
  ['a "census" visit asking the household\'s My Number vs. a care manager asking the insurance card and seal',
    ['国勢調査員です。明日ご自宅に伺いますので、世帯全員のマイナンバーをご用意ください。', '09012345678', 'block'],
    ['ケアマネジャーの田中です。明日14時にご自宅に伺います。介護保険証と印鑑をご用意ください。', '09012345678', 'allow']],
  ['disaster relief to a PayPay ID vs. a classmate collecting a reunion fee by PayPay',
    ['【能登半島地震 緊急支援】被災地への義援金をお願いします。PayPay送金先ID: noto_shien2024 までご送金ください。', '09012345678', 'block'],
    ['同窓会の会費3000円、PayPayで私のIDに送ってね。ID: tanaka_k', '09012345678', 'allow']],
  ['rent "not received, locks changed today" vs. a landlord announcing lock works',
    ['【〇〇不動産】家賃が届いていません。本日中にご連絡がない場合、鍵を交換します。', '09012345678', 'block'],
    ['大家の山田です。来週水曜に鍵の交換工事で業者が伺います。立ち会いは不要です。', '09012345678', 'allow']],
  ['a number under a desk\'s label with no call word (a tech-support pop-up) vs. a builder giving his contact',
    ['【Microsoft】お使いのPCがウイルスに感染しています。データ消去まで残り5分。サポート窓口 (0101) 2274-8816', '09012345678', 'block'],
    // The rules find nothing here; the model, retrained on session 9's dev batches, may tag it, never block it.
    ['〇〇工務店です。見積もりの件、連絡先 03-1234-5678 までお気軽に', '09012345678', 'not-block']],
  // A platform named as the medium of what the writer does (brands/media.ts) is no claim to be it.
  ['LINE speaking for itself (【LINE】, an account notice) vs. a PTA inviting parents to its LINE group from a handset',
    ['【LINE】アカウントが凍結されました。下記より本人確認してください https://line-kakunin.top/', '09012345678', 'block'],
    ['PTA役員の佐藤です。連絡用のLINEグループにご招待します。こちらから参加してください https://line.me/R/ti/g/abcdEF123', '09012345678', 'not-block']],
  ['a stranger moving the reader to a LINE ID for a job (the messenger ask, not a brand) vs. a friend who wants to add the reader on LINE',
    ['高収入の在宅ワークあります。詳しくはLINE ID: job_8899 を追加してください', '08012345678', 'block'],
    ['電話番号教えてくれる?LINEの友だち追加したいから', '08012345678', 'allow']],
  ['a LINE-takeover code asked for vs. a friend who added the city\'s official LINE account',
    ['LINEの乗っ取り防止のため確認が必要です。SMSで届いた認証番号をこのメッセージに返信してください', '09012345678', 'block'],
    ['市の公式LINE友だち追加しといたよ。ゴミの日とか防災情報が来るから便利 → https://lin.ee/AbC12de', '09033334444', 'not-block']],
  ['PayPay speaking about the reader\'s points vs. a friend collecting money by PayPay',
    ['【PayPay】ポイントの有効期限が本日までです。こちらから手続きしてください https://paypay-point.top/', '09012345678', 'block'],
    ['明日の集金はPayPayで送ってください。500円です', '08012345678', 'allow']],
  ['a number abroad moving the reader to WhatsApp vs. a relative abroad who will write on KakaoTalk',
    ['Hi, is this Kenji? It\'s Emily from the language exchange. Sorry if wrong number! Shall we chat on WhatsApp instead?', '+17734357762', 'flagged'],
    ['엄마, 도쿄 잘 도착했어. 기숙사 와이파이 연결되면 카톡할게.', '+821022318870', 'allow']],
  // A call back to the line the message comes from, about nothing but a visit (checks/ask-channel.ts visitHandset).
  ['a delivery asking a call to a written number vs. a driver\'s handset asking to be rung back, unsigned, no number written',
    ['お荷物をお届けに伺いましたが不在のため持ち帰りました。再配達は下記の番号へお電話ください 0570-012-345', '09012345678', 'block'],
    ['代引きのお荷物をお届けに伺いましたがご不在でした。再配達はお電話ください。', '09012345678', 'not-block']],
  ['a gas stop threatened with a link vs. a fitter\'s signed text from their own phone asking a time "to this number"',
    ['ガスの開栓手続きが未完了です。本日中に下記よりお手続きください。未対応の場合ガスを停止します https://gas-kaisen.top/', '09012345678', 'block'],
    ['ガスの開栓に伺ったのですが、ご不在でした。立ち会いが必要ですので、ご都合の良い時間をこの番号にSMSか電話でお知らせください。〇〇ガスサービス 藤井', '09022086173', 'allow']],
  ['unpaid postage to pay by a link vs. a driver naming the cash-on-delivery amount (the delivery itself)',
    ['お荷物をお届けしましたが、送料が未納のため保管しています。未納の送料をお支払いください https://yamato-soryo.top/', '09012345678', 'block'],
    ['代引きのお荷物(3,240円)をお届けに伺いましたが不在のため持ち帰りました。代金をご用意のうえ、再配達はこの番号にお電話ください。ヤマト運輸 田中', '08012345678', 'not-block']],
  // Session 13 'callback': a courier speaking as the company from a handset owns no call back to it (checks/ask-channel.ts
  // companyOnHandset); its driver, naming themself, does. With only the visit told, the company's voice tags and does not block.
  ['a courier\'s company voice from a handset asking a call back to it vs. its driver naming themself with the number they text from',
    ['ヤマト運輸より:配達できなかったお荷物があります。再配達は080-4621-3391へ', '08046213391', 'flagged'],
    ['佐川の山田です、不在だったので090-1234-5678のこちらに電話ください', '09012345678', 'allow']],
  ['the post office\'s name from a handset asking a call back "about the slip" vs. its carrier naming themself about the visit',
    ['日本郵便です。ご不在票の件、この番号へ折り返しお願いします', '07032218848', 'flagged'],
    ['郵便局の配達員です。ゆうパックの番地が伝票で読めないため、この番号にお電話いただけますか。', '07032218848', 'allow']],
  ['a courier\'s company voice from a handset with an unpaid duty pressed blocks vs. its driver saying when they come',
    ['【ヤマト運輸】お荷物の関税が未払いです。本日中にこの番号へお電話ください。', '07012345678', 'block'],
    ['ヤマトの配達担当の森です。本日19時頃もう一度伺います。ご都合悪ければこの番号にお電話ください', '07012345678', 'allow']],
  // Session 13 'callback': a public body or a carrier named as the speaker at the message's opening, from a handset or an 050
  // line, asking to be rung back on that line (checks/ask-channel.ts deskOnOpenLine; data/lures.json institution: 入管, 国税局,
  // 消費生活センター, 年金相談センター, 携帯会社, 대사관, 大使馆). Not the body named as where the writer went or whom they asked
  // ("…に相談したら", "从大使馆", "…에 다녀왔어": placeOrObject), nor its own 0005 notice giving its listed number.
  ['Immigration ("入管です") from a handset asking a call back to it vs. its 0005 notice giving the bureau\'s 0570 line',
    ['入管です。在留カードの更新手続きに不備があります。この番号へ折り返しお電話ください', '08021137799', 'block'],
    ['【入管】在留カードの更新手続きについてのご案内です。ご不明な点は東京出入国在留管理局(0570-013904)までお問い合わせください。', '0005012345', 'allow']],
  ['a consumer centre from a handset pressing a call back vs. a friend who consulted one asking to be called',
    ['消費生活センターです。あなたの個人情報が流出しています。至急この番号にお電話ください', '09082215599', 'block'],
    ['消費生活センターに相談したら、解約できるって。落ち着いたらお電話ください', '09012345678', 'allow']],
  ['a carrier\'s "support" on an 050 line asking a call back vs. the carrier\'s 0005 notice with its own 0800 desk',
    ['携帯会社のサポートです。回線の再設定が必要なため、この番号にお電話ください', '05037781199', 'block'],
    ['【ソフトバンク】SIMカードの再発行手続きについて、ご不明な点はカスタマーサポート(0800-919-0157)までお電話ください。', '0005023456', 'allow']],
  ['an embassy in Korean on an 050 line asking a call back vs. a child telling they went to the embassy',
    ['대사관입니다. 여권에 문제가 있습니다. 이 번호로 전화 주세요', '05012345678', 'block'],
    ['엄마, 대사관에서 여권 갱신 끝났어. 저녁에 전화할게', '09012345678', 'allow']],
  ['an embassy in Chinese on an 050 line asking a call back vs. a child back from the embassy',
    ['这里是中国大使馆,您的护照有问题,请回电此号码', '05012345678', 'block'],
    ['妈,我刚从大使馆办完护照,晚上给我回电', '09012345678', 'not-block']],
  ['a city hall\'s 0005 notice and a school\'s landline give their listed numbers; a voice-call code notice asks no call',
    ['〇〇市役所です。児童手当の申請書類に記入漏れがありました。市役所子育て支援課(045-671-2222)までご連絡ください。', '0005012233', 'allow'],
    ['〇〇小学校です。お子さんが発熱のため保健室で休んでいます。学校(03-5250-1234)までお電話ください。', '0352501234', 'allow']],
  ['a tax bureau from a handset pressing a call vs. an OTP voice-call notice',
    ['国税局です。未納の税金があります。本日中にこの番号へお電話ください', '09012345678', 'block'],
    ['Amazon: Your verification code will be read out in an automated voice call now. Do not share it with anyone.', '0120123456', 'allow']],
  // A "direct line" named with no number is no place the reader knows (asks/types.ts POINTERS): only the line the message came from.
  ['a ward office\'s refund from an 050 line "call the direct line" with none written vs. its 0005 notice saying the same',
    ['区役所保険年金課です。医療費の払戻しがございます。手続きはお電話で承ります。担当直通までご連絡ください', '05004944599', 'block'],
    ['区役所保険年金課です。高額療養費の申請書をお送りしました。ご不明な点は担当直通までご連絡ください', '0005012233', 'allow']],
  // A parcel's matter to be rung on another handset or an 050 line than the one it came from (checks/ask-channel.ts parcelOnOtherLine).
  ['a parcel\'s unknown address to be rung on an 050 line vs. a driver signing with the handset they text from',
    ['【宅配便】お届け先のご住所が不明です。ご確認はこちらへ(電話:050-6742-1899)', '07061351999', 'block'],
    ['再配達のご依頼ありがとうございます。本日19-21時にお伺いします。担当 佐藤(090-4451-6270)。変更がある場合はこの番号へご連絡ください。', '09044516270', 'allow']],
  ['a parcel\'s unknown address to be rung on another handset vs. the courier\'s 0005 notice giving its 0570 desk',
    ['宅配便のお届け先のご住所が分かりません。お手数ですがお電話にてご連絡ください 080-5562-0999', '07051747199', 'flagged'],
    ['【佐川急便】お届け先のご住所が確認できません。お手数ですが担当営業所(0570-01-0090)までお電話ください。', '0005012345', 'allow']],
  // A shop's or a courier's desk speaking from a handset is the company, not its driver (brands/check.ts deskVoice).
  ['"Amazon\'s customer centre" from a handset asking a call vs. a friend who rang the customer centre',
    ['Amazonカスタマーセンターです。不正な注文を検知しました。キャンセルは03-4520-1199へお電話ください', '08011029999', 'block'],
    ['Amazonのカスタマーセンターに電話したら、返金してくれるって。よかった', '08012345678', 'allow']],
  // An ask with its verb left out and the number after it ("本日中にご連絡を 050-…", asks/call.ts askedBefore), in a message that tells
  // a problem or presses, is a call ask: a "迷惑SMS" named in the lure's own accusation does not make it a warning (engine asksThroughStranger).
  ['a ministry\'s "spam from your phone" pressing "ご連絡を 050-…" vs. the warning that quotes it',
    ['総務省の調査で、あなたのスマホから迷惑SMSが大量送信されています。法的措置を避けるため本日中にご連絡を 050-3312-4999', '05033124999', 'block'],
    ['総務省を名乗り「あなたのスマホから迷惑SMSが送信されています。本日中にご連絡を 050-3312-4999」というSMSが届いています。連絡しないでください', '09011112222', 'allow']],
  // The procedure said to be done by phone ("解除はお電話で承ります", "お電話での手続きが必要"): the call is the way the notice gives.
  ['PayPay\'s "support centre" on an 050 line: the unblocking "taken by phone" vs. a salon\'s bookings taken by phone',
    ['PayPayサポートセンターです。アカウントに不審な送金があり利用を停止しています。解除はお電話で承ります。', '05065710899', 'block'],
    ['美容室ルミエールです。年末のご予約はお電話で承ります。', '09012345678', 'allow']],
  ['unpaid pension "to be claimed by phone" from a handset vs. a city hall\'s 0005 notice taking the procedure by phone',
    ['年金の未払い分が見つかりました。受け取りにはお電話での手続きが必要です', '07031128899', 'block'],
    ['〇〇市役所です。児童手当の現況届の手続きはお電話で承ります。子育て支援課(045-671-2222)', '0005012233', 'allow']],
  // The call with its verb left out at the sentence's end ("詳細は電話で", "至急ご連絡"), weighed by whose line it rings.
  ['a police station from a handset, "details by phone" after cash asked, vs. a builder\'s own handset saying the same about a quote',
    ['〇〇警察署生活安全課です。あなたの口座が犯罪に使われています。紙幣番号を確認するため現金を送ってください。詳細は電話で', '08047729099', 'block'],
    ['田中工務店です。見積もりの件、詳しくはお電話で。', '09012345678', 'allow']],
  ['an embassy from abroad, "至急ご連絡" to an identity check, vs. friends carrying on by phone',
    ['大使館です。在留資格の件でご本人確認が必要。至急ご連絡', '+862122184499', 'block'],
    ['了解、続きは電話で', '09012345678', 'allow']],
  // The reader told to ring the staff from the ATM (data/lures.json atm-go: "ATMで担当者にお電話ください"): the phone-guided transfer.
  ['a ward office from a handset: a refund "call the staff at the nearest ATM" vs. the city\'s notice that no refund is taken at an ATM by phone',
    ['区役所保険課より:介護保険料の過払い分をお返しします。キャッシュカードをお持ちの上、最寄りのATMで担当者にお電話ください', '07055160399', 'block'],
    ['〇〇市役所です。還付金をATMで電話しながら受け取ることはできません。不審な電話はすぐに切ってください。', '0005012233', 'allow']],
  ['a Y/N reply from abroad vs. a children\'s club asking a plain reply (the model\'s doubt may tag it; a reply never blocks alone)',
    ['【アンケート】今後もSMSでお得な情報を受け取りますか? 受け取る場合は「Y」、停止は「N」を返信してください。', '+17255550139', 'flagged'],
    ['【子ども会】12/14のクリスマス会の参加費500円は当日集金します。参加される方は「参加 人数」を返信してください。例:参加2', '09060251478', 'not-block']],
  // Japanese marks the writer's finished act by its ending (〜しといた, 〜しておいた, 〜済み); an ask is addressed to the reader.
  ['a stranger\'s 給付金 asking to add a LINE account vs. a relative telling they added the city\'s',
    ['給付金のご案内です。LINEで友だち追加してください→ https://lin.ee/abcd123', '09012345678', 'block'],
    ['市の公式LINE、友だち追加しといた。給付金の案内が来るって → https://lin.ee/abcd123', '09012345678', 'not-block']],
  ['an app to install for a 給付金 vs. a child telling they installed it',
    ['給付金の申請には専用アプリをインストールしてください https://kyufu-app.top/app.apk', '09012345678', 'block'],
    ['お母さん、給付金の申請アプリ、インストールしておいたよ。', '09012345678', 'not-block']],
  // An office's problem (不備) told from a handset, with personal data to make ready for a visitor: the census comes by post and from the city's registered line.
  ['census 不備 from a handset asking household data for a visitor vs. the same notice from the city\'s 0005 line',
    ['国勢調査の回答に不備がありました。調査員が明日伺いますので、世帯全員の生年月日とお勤め先をご用意ください', '09012345678', 'block'],
    ['【○○市】国勢調査の回答に不備がありました。調査員が明日伺いますので、世帯全員の生年月日とお勤め先をご用意ください', '0005123456', 'allow']],
  ['census data for a visitor from a handset vs. a city office\'s landline saying an enumerator will visit',
    ['国勢調査の回答に不備がありました。調査員が伺いますので、世帯全員の氏名と生年月日をご用意ください', '08012345678', 'block'],
    ['○○市役所です。国勢調査の調査員が明日伺いますので、調査票をご用意ください', '0312345678', 'allow']],
  // Who the message speaks as (an institution by its kind is a claim without a brand name), what it asks on
  // the page (a sign-in, a household's data) and whether the host is one that speaker would use.
  ['a utility named by its kind threatening a stop, with a free-hosted page, from a handset vs. a building manager announcing a planned outage',
    ['ガスの使用開始手続きが完了していません。本日中にお手続きがない場合、ガスが止まります。 https://gas-start.web.app', '09012345678', 'block'],
    ['○○マンション管理人です。明日10時〜12時、点検で水道が止まります。ご不便をおかけします。', '09012345678', 'allow']],
  ['a sign-in asked on a free-hosted vote page vs. the same vote page with no sign-in',
    ['サークルの後輩が作ったゲームの人気投票、Discordでログインして一票お願い! https://game-vote.netlify.app', '08012345678', 'block'],
    ['サークルの後輩が作ったゲームの人気投票、ログイン不要だから一票お願い! https://game-vote.netlify.app', '08012345678', 'not-block']],
  ['a sign-in asked on a free-hosted vote page (vi) vs. the same page with no account needed',
    ['Bỏ phiếu giúp mình nhé, chỉ cần đăng nhập Steam là xong https://vote-team.pages.dev', '08012345678', 'block'],
    ['Bỏ phiếu giúp mình nhé, không cần đăng ký https://vote-team.pages.dev', '08012345678', 'not-block']],
  ['a sign-in asked on a free-hosted page (en) vs. a friend linking the service\'s own sign-in page',
    ['Help my cousin\'s team win, just sign in with Discord to vote https://team-vote.vercel.app', '08012345678', 'block'],
    ['市の公式サイトからログインして申請してね https://www.city.example.lg.jp/login', '09012345678', 'allow']],
  ['a parents\' ID to re-register on a free-hosted page from a handset vs. the school\'s vetted line pointing to the app store',
    ['【部活連絡】新しい連絡アプリに移りました。保護者IDの再登録をお願いします https://club-renraku.web.app', '09012345678', 'block'],
    ['【○○小学校】連絡アプリが新しくなりました。保護者IDを再登録してください。アプリはこちら https://apps.apple.com/jp/app/id123456789', '0005123456', 'allow']],
  ['a household\'s phone numbers asked on a form from a handset (tagged, never blocked alone) vs. the same form from the school\'s vetted 0005 line',
    ['【△△中学校PTA】クラス連絡網を作ります。お子さまの学年と自宅の電話番号を下記フォームにご登録ください https://forms.gle/AbCdEf12345', '09012345678', 'flagged'],
    ['【△△中学校PTA】クラス連絡網を作ります。お子さまの学年と自宅の電話番号を下記フォームにご登録ください https://forms.gle/AbCdEf12345', '0005123456', 'allow']],
  ['a name and birth date typed into a free-hosted page for a 給付金 vs. a seminar\'s submission form asking a student number and name',
    ['給付金の対象です。お名前と生年月日をこちらにご入力ください https://kyufu-check.web.app', '09012345678', 'block'],
    ['ゼミの課題提出フォームです。学籍番号と氏名を入力してください https://forms.gle/Xyz123abc', '09012345678', 'not-block']],
  ['a shop\'s sale with a quota from a handset vs. the same sale from the shop\'s vetted 0005 line on its own domain',
    ['【冬の大感謝祭】人気ブランドバッグの予約枠を追加しました。先着50名様・定価の70%OFF https://brand-bag-sale.shop', '09012345678', 'block'],
    ['【○○セレクトショップ】冬の大感謝祭、先着50名様に定価の30%OFF。https://www.select-example.shop', '0005123456', 'allow']],
  ['a shop\'s sale with a quota from a handset (vi) vs. a friend passing a sale on',
    ['Giảm giá 70% túi hàng hiệu, số lượng có hạn, đặt ngay https://tui-sale.shop', '08012345678', 'block'],
    ['駅前の服屋、セールで半額だって!先着100名らしいよ https://ekimae-fuku.shop', '09012345678', 'not-block']],
  ['stock tips offered if the reader swaps LINE vs. a friend asking to swap LINE',
    ['先日の投資セミナーでお会いした者です。今週の推奨銘柄をお送りしたいので、LINEを交換しませんか?', '09012345678', 'block'],
    ['この前はありがとう!よかったらLINEを交換しませんか?', '09012345678', 'allow']],
  ['an insurer by its kind moving its business to a LINE ID from an 050 line vs. the insurer\'s registered line pointing to its official account',
    ['○○保険の者です。保険金のお手続きは担当のLINEで進めますので、友だち追加をお願いします ID:hoken-tanto77', '05012345678', 'block'],
    ['【○○損害保険】保険金請求のご案内は当社公式LINEでも承ります。友だち追加はこちら https://lin.ee/AbCd123', '0005123456', 'allow']],
  ['an "analyst\'s secretary" inviting to a free stock-tips LINE group vs. a class parents\' LINE group',
    ['有名アナリストの秘書です。無料で株情報を毎日お届けするグループを作りました。参加はこちら https://line.me/ti/g2/AbCdEf12', '09012345678', 'block'],
    ['3組の保護者LINEグループを作りました。参加はこちら https://line.me/ti/g2/AbCdEf12', '09012345678', 'not-block']],
  // A bank or a payment app named as where the money goes is the medium of a payment, not the bank speaking.
  ['a bank speaking about the reader\'s frozen account vs. a club\'s account written out at that bank',
    ['三井住友銀行です。お客様の口座が凍結されました。解除するには本日中に下記口座へ保証金をお振込みください。', '09012345678', 'block'],
    ['テニス部の合宿費、1人12,000円です。三井住友 渋谷支店 普通 7654321 テニスブカイケイ までお振込みください', '09012345678', 'not-block']],
  ['a payment app\'s "support" abroad vs. a friend paid through it (zh)',
    ['PayPay客服:您的账户已被冻结,请点击 https://paypay-jp.top/ 解冻', '+8613912345678', 'block'],
    ['周日的火锅每人1500日元,用PayPay转给我吧', '09012345678', 'allow']],
  // A messenger that stays as it was is the opposite of a move to one.
  ['new number and a move to a new messenger vs. the messenger kept (ko)',
    ['엄마 나 폰 고장나서 임시폰이야. 카톡 새로 만들었어. 텔레그램으로 연락해', '08055556666', 'block'],
    ['엄마, 나 번호 바꿨어. 카톡은 그대로야. 저장해 둬', '08055556666', 'allow']],
  ['new number and a move to a new messenger vs. the messenger kept (pt)',
    ['Mãe, troquei de número. Me chama no WhatsApp novo, preciso de um favor', '08055556666', 'block'],
    ['Mãe, troquei de número. O WhatsApp continua o mesmo, pode salvar este aqui', '08055556666', 'not-block']],
  ['messenger kept but money asked vs. messenger kept and money already sent (pt)',
    ['Mãe, troquei de número. O WhatsApp continua o mesmo, mas preciso que você me mande dinheiro hoje, é urgente', '08055556666', 'block'],
    ['Mãe, troquei de número. O WhatsApp continua o mesmo. Mandei o dinheiro ontem pelo banco', '08055556666', 'not-block']],
  // Money the writer sends is the writer's act, not an ask.
  ['the reader asked to transfer vs. the writer sending money home (vi)',
    ['Mẹ ơi con đổi số rồi. Mẹ chuyển tiền vào tài khoản này giúp con, con cần gấp', '08055556666', 'block'],
    ['Mẹ ơi, tháng này con gửi tiền về qua ngân hàng như mọi khi, mẹ nhớ kiểm tra nhé', '08055556666', 'allow']],
  ['new number asking a transfer vs. new number telling money already sent (id)',
    ['Bu, ini nomor baru saya. Tolong transfer uang sekarang ya, penting', '08055556666', 'block'],
    ['Bu, ini nomor baru saya. Uang bulan ini sudah saya kirim lewat bank ya', '08055556666', 'not-block']],
  // Warnings quote the lure and negate its ask.
  ['a prize lure vs. the same lure quoted in a warning (id)',
    ['Selamat! Anda memenangkan undian WhatsApp Rp50 juta, klik hadiah-wa.blogspot.com', '09012345678', 'block'],
    ["Hati-hati, ada SMS 'Selamat! Anda memenangkan undian WhatsApp Rp50 juta, klik hadiah-wa.blogspot.com'. Itu penipuan", '09012345678', 'not-block']],
  ['a fake police call asking money vs. a forwarded police warning "不要汇款" (zh)',
    ['这里是大阪府警,你的银行卡涉嫌洗钱,请立即汇款到安全账户', '+8613912345678', 'block'],
    ['转发一下警察的提醒:有人冒充警察打电话说你的银行卡涉嫌洗钱。不要汇款,直接挂掉', '09012345678', 'allow']],
  // A code the reader is to enter on the service's own screen is a code message, not a credential ask.
  ['a sign-in "check" with a link vs. the service\'s own sign-in code from abroad',
    ['Microsoft: unusual sign-in detected. Verify your account at https://ms-verify-login.top/', '+447700900123', 'block'],
    ['Microsoft: use 583920 to verify your sign-in. Do not forward this text to anyone.', '+447700900123', 'allow']],
  ['a password asked on a page vs. a WebOTP code to enter to reset it',
    ['Apple IDがロックされました。パスワードをこちらで入力してください https://apple-id-unlock.top/', '09012345678', 'block'],
    ['Apple ID のコード:772901 パスワードをリセットするにはこのコードを入力してください。@apple.com #772901', 'Apple', 'allow']],
  // An account number only receives money: personal data weighed by who asks, not a credential.
  ['an office asking account number and PIN vs. a friend asking where to pay them back',
    ['【日本年金機構】未支給の年金をお振込みするため、口座番号と暗証番号を返信してください', '09098765432', 'block'],
    ['この前の飲み会代、今夜振り込むね。口座番号もう一度教えてくれる?', '09012345678', 'not-block']],
  // Link-less asks in an office's, a relative's or a stranger's voice (issue 8, dev batch 9's families).
  // A Y/N or digit reply in an office's voice from a line no office texts from (050, a handset) vs. the same survey from a 0005 line.
  ['a survey asking a digit reply from an 050 line vs. the same survey from a vetted 0005 number',
    ['お客様アンケート調査センターです。現在ご加入中のプランに満足されている方は1、不満な方は2と返信してください。', '05012345678', 'flagged'],
    ['お客様アンケート調査センターです。現在ご加入中のプランに満足されている方は1、不満な方は2と返信してください。', '0005012345', 'allow']],
  ['a poll asking a digit reply from a number no plan knows (050 a digit short) vs. the same poll from a 0005 number',
    ['世論調査センターです。次の日曜の選挙で投票する方は1、しない方は2とご返信ください。回答者の中から抽選でギフト券を進呈します。', '0501234567', 'flagged'],
    ['世論調査センターです。次の日曜の選挙で投票する方は1、しない方は2とご返信ください。回答者の中から抽選でギフト券を進呈します。', '0005012345', 'allow']],
  ['a line "stopping" unless Y is replied, from a handset vs. a friend asking a 1/2 reply for a reunion',
    ['ご契約中の回線は今月末で停止予定です。継続の方は「Y」、解約の方は「N」とご返信ください。', '08012345678', 'block'],
    ['来月の同窓会、出席なら1、欠席なら2って返信してね!幹事より', '08012345678', 'allow']],
  // A relative's emergency paid today: through the line, into a friend's account, or by cash someone comes for.
  ['a "hospital" asking the family to pay a bill by transfer from an 050 line vs. the hospital\'s billing desk asking a call back',
    ['〇〇総合病院の受付です。娘さんが救急で運ばれ、財布を落とされて治療費が払えないそうです。ご家族の方から本日中にお振込みいただけますか', '05011112222', 'block'],
    ['〇〇総合病院 会計窓口です。先日の治療費についてご確認したいことがございます。03-1234-5678までお電話ください', '0312345678', 'not-block']],
  ['a grandchild\'s settlement money only grandma can help with vs. a grandchild asking to call',
    ['俺だけど、事故を起こしちゃって示談金がすぐ要る。ばあちゃんにしか頼めない', '09011112222', 'block'],
    ['ばあちゃん、来週そっちに遊びに行くね。夜電話してもいい?', '09011112222', 'allow']],
  ['a child\'s rent paid into "a friend\'s account" vs. a trip fund paid to the organiser',
    ['お母さん、今月の家賃が払えなくなっちゃった。3万円だけ振り込んでくれない?口座は友達のでお願い', '08011112222', 'block'],
    ['旅行の積立金、今月分は幹事の田中さんの口座に振り込んでね', '08011112222', 'allow']],
  ['cash made ready for a subordinate who comes for it vs. a club member fetching the fees',
    ['お父さん、会社のお金を失くしちゃった。部下が取りに行くから現金を用意しておいて', '09022223333', 'block'],
    ['サークルの会費、明日取りに行くから現金を用意しといてね', '09022223333', 'allow']],
  ['a "card desk" sending staff to take the card vs. the bank posting a new card',
    ['〇〇銀行のカード担当です。あなたのカードが不正に利用されました。係の者がカードを預かりに伺います。', '09033334444', 'block'],
    ['【〇〇銀行】新しいキャッシュカードを簡易書留でお送りしました。お受け取り後、旧カードはハサミを入れて破棄してください。', '0005012345', 'allow']],
  // Personal data asked in an office's voice, or under a penalty for not sending it.
  ['"police" asking savings and family size vs. the police saying they never ask',
    ['警察署の生活安全課です。詐欺被害の確認のため、預金残高とご家族の人数を教えてください。', '07011112222', 'block'],
    ['【〇〇警察署】特殊詐欺にご注意ください。警察が電話やSMSで預金残高や暗証番号を聞くことはありません。', '0005012345', 'allow']],
  ['a penalty unless ID photos are sent vs. an agency asking the ID be brought to the interview',
    ['登録いただいたお仕事の件、住所と身分証の写真がまだ届いていません。本日中に送らないと違約金が発生します', '08033334444', 'block'],
    ['【〇〇人材】ご応募ありがとうございます。面接日に身分証をご持参ください。', '0005012345', 'allow']],
  ['the code that will arrive asked for in a niece\'s name vs. a child telling a parent to type it in themselves',
    ['姪のLINEが乗っ取られたみたいで…あなたのスマホに届く番号を教えてくれたら戻せるって。お願い', '09055556666', 'block'],
    ['お母さん、スマホに届いた番号は自分でアプリに入力してね。誰にも教えちゃだめだよ', '09055556666', 'allow']],
  // Threats to expose the reader unless they pay or reply.
  ['a video sent to the family unless money is paid vs. a warning quoting the threat',
    ['あなたの恥ずかしい動画を持っています。家族に送られたくなければ今日中に5万円振り込んでください', '08044445555', 'block'],
    ['SNSで「動画を家族に送られたくなければ返信しろ」と脅すメッセージが増えています。返信せず警察に相談してください', '0005012345', 'allow']],
  ['photos "leaked" and a paid removal vs. a friend\'s photo share',
    ['あの写真ネットに流出してるよ。消してほしければ2万円で削除してあげる', '08044445555', 'flagged'],
    ['この前の写真、アルバムにまとめたよ。見てね', '08044445555', 'allow']],
  // Jobs that are crimes, investment and money asked in a romance.
  ['a "simple job" taking cards from elderly homes vs. a carrier\'s driver recruitment',
    ['高齢者宅からカードを受け取るだけの簡単なお仕事、1件5万円。興味のある方は返信ください', '09066667777', 'block'],
    ['【〇〇運送】ドライバー募集。日給1万2千円、普通免許でOK。ご応募は当社サイトから', '0005012345', 'allow']],
  ['an investment app pushed for "our future" vs. a friend telling they started NISA',
    ['私たちの将来のために、私が使っている投資アプリで一緒に資産を増やしましょう。5万円から始められます', '08077778888', 'block'],
    ['NISA始めたよ〜。証券会社のアプリで月1万円からできるから、興味あったら教えるね', '09077778888', 'allow']],
  ['a UN doctor abroad short of shipping money vs. a child abroad telling they arrived',
    ['国連の医師として派遣中です。日本へ送る荷物の輸送費が足りません。少し助けてもらえませんか', '+12025550100', 'flagged'],
    ['お母さん、ロンドンに着いたよ。寮の手続きも終わった。また電話するね', '+447700900123', 'allow']],
  ['a friend in hospital needing money today (Indonesian) vs. telling of an accident with no ask (Tagalog)',
    ['Mbak, aku teman Dewi. Dewi kecelakaan dan masuk rumah sakit, perlu biaya ¥200.000. Tolong transfer hari ini ya.', '09088889999', 'block'],
    ['Nay, naaksidente si Tatay pero okay na siya, nasa bahay na. Tawagan mo ako mamaya.', '09088889999', 'allow']],
  ['Korean: name and address asked back for a parcel from a handset vs. a child sending the new address',
    ['고객님 택배 주소가 불분명합니다. 성함과 상세 주소를 이 번호로 답장 부탁드립니다.', '08012121212', 'flagged'],
    ['엄마, 이사해서 새 주소 알려줄게. 주소 메모해 둬.', '08012121212', 'allow']],
  // Crime jobs told by their task and paid by it; a fee first to receive money; relatives' openers and
  // settlements; romance strangers; office staff at the door; fake police and immigration abroad.
  ['withdraw a set sum with a card the recruiter hands over, paid per task vs. a relative asking to fetch cash with the family card',
    ['お渡しするカードでATMから指定額を引き出すだけのお仕事、1件につき1万5千円。興味あれば返信ください', '08012349876', 'block'],
    ['ごめん、帰りにATMでお金おろしてきてくれる？カードは玄関の引き出しに入ってるよ', '08012349876', 'allow']],
  ['sign phone contracts in your name and hand them over, paid per phone vs. a family talking about a contract',
    ['あなたの名義で携帯を3台契約して渡すだけ。1台につき3万円払います', '09034561122', 'flagged'],
    ['スマホの契約、来週ショップに一緒に行こうか？名義はお父さんのままでいいって', '09034561122', 'allow']],
  ['leave parcels in a coin locker for day pay vs. a friend asking to fetch a parcel from a locker',
    ['日払い4万円！駅のロッカーに荷物を入れるだけの簡単なバイトです', '07011112222', 'block'],
    ['駅のコインロッカーに荷物預けてあるから、帰りに取ってきてもらえる？鍵はポストの中', '07011112222', 'allow']],
  ['receive parcels and send them on, paid per box vs. a moving company\'s job ad at ordinary pay',
    ['在宅でできるお仕事です。届いた荷物を指定の住所に送るだけで1箱3千円', '+8613512345678', 'flagged'],
    ['引越しスタッフ募集のお知らせ。日給1万2千円、週2日から。面接の日程は折り返しご連絡します', '0120123456', 'not-block']],
  ['money promised by PayPay once a fee is sent first vs. a friend splitting a ticket fee',
    ['3万円をPayPayで送ります。受け取るには、先に手数料の800円を下のIDに送金してください。ID: mk_8812', '09055554444', 'flagged'],
    ['ライブのチケット取れたよ！発券手数料が1人220円かかるから、チケット代と一緒にPayPayで送ってね', '09055554444', 'allow']],
  ['tax paid first to withdraw an investment\'s profit vs. a shop\'s delivery charge paid at the door',
    ['運用口座の利益を出金するには、先に税金として15%をお振込みいただく必要があります', '+85261234567', 'block'],
    ['ご注文の物置の配送料3,300円は、お届けの際に現金でお支払いください。ホームセンターみどり', '0312345678', 'allow']],
  ['a settlement through a lawyer "to be obeyed" vs. a child telling the insurer settles it',
    ['お父さん、ぶつけた相手と示談で話がまとまりそう。弁護士さんから電話が行くから、その人の言う通りにして', '08077778888', 'block'],
    ['お父さん、車の件は保険会社に任せたよ。示談も保険屋さんがやってくれるって。心配しないで', '08077778888', 'not-block']],
  ['a relative called by kinship asked to save the new number and delete the old vs. the same news with money ruled out',
    ['おばあちゃん、番号変わったから、これ登録しといて。前の番号は消してね', '07055556666', 'not-block'],
    ['おばあちゃん、番号変わったよ。お金の話とかは一切ないから安心してね。来月の法事で会おうね', '07055556666', 'not-block']],
  ['a stranger met online stuck at an airport asking money vs. a relative delayed by a typhoon',
    ['この前は楽しかったね。実は空港で足止めされて帰れないの。ホテル代のお金が足りないから助けてくれない？', '+447700900111', 'flagged'],
    ['台風で空港で足止めされてる。帰り明日になりそう、夕飯いらない', '09011119999', 'not-block']],
  ['a matching-app contact moving the talk off the app vs. a friend moving a plan out of a group chat',
    ['マッチングアプリでいいねをくれたユイです。アプリだと見逃しちゃうので、こっちで話しましょう', '08066667777', 'flagged'],
    ['明日の飲み会の件、こっちで話そう！グループだと流れちゃうから', '08066667777', 'not-block']],
  ['a "wrong number" opener from abroad turning to friendship vs. a real mistaken text apologising',
    ['突然すみません、番号を間違えたみたいです。これも何かのご縁ですね、お話ししませんか？', '+85291234567', 'flagged'],
    ['すみません、番号を間違えて送ってしまいました。失礼しました', '09012345678', 'not-block']],
  ['a trading app to try "for our future" vs. a friend recommending a budgeting app',
    ['二人の将来のために、私が使ってる投資アプリで一緒に資産を増やそう？少しだけ試してみて', '+6591234567', 'block'],
    ['家計簿アプリ使い始めたら便利だよ、試してみて', '09012345678', 'allow']],
  ['office staff bringing papers and the cash card and passbook made ready vs. an assessor who asks for the insurance card',
    ['【みどり市役所】保険料の還付の件で、職員が明日午後にご自宅へ書類をお持ちします。キャッシュカードと通帳をご用意ください', '09012340000', 'flagged'],
    ['【みどり市役所】介護保険の認定調査のため、調査員が明日10時に伺います。介護保険証をご用意ください', '0005012345', 'allow']],
  ['Thai: "Japanese police" asking a video call vs. a partner\'s video call tonight',
    ['ตำรวจญี่ปุ่นแจ้ง: บัญชีของคุณเกี่ยวข้องกับคดี กรุณาติดต่อเจ้าหน้าที่ทางวิดีโอคอลทันที', '+66812345678', 'block'],
    ['คืนนี้วิดีโอคอลกันนะ คิดถึง', '+66812345678', 'allow']],
  ['Spanish: "immigration" threatening detention unless called vs. a child who called the doctor',
    ['Inmigración: su visa será cancelada y podría ser detenido. Llame al 03-1234-5678 hoy.', '+5215512345678', 'block'],
    ['Hola mamá, llamé al doctor y la cita es el lunes', '09012345678', 'allow']],
  ['Nepali: a new number asking 2 man with the account to follow vs. a new number and a call on Sunday',
    ['आमा, यो मेरो नयाँ नम्बर हो। २ मान पठाइदिनुहुन्छ? खाता नम्बर पछि पठाउँछु', '08011112222', 'block'],
    ['आमा, यो मेरो नयाँ नम्बर हो। आइतबार फोन गर्छु', '08011112222', 'not-block']],
  ['Korean: "prosecutors" saying the reader\'s account was used by a voice-phishing ring (the accusation names the crime) vs. a warning that quotes it',
    ['[서울중앙지검] 고객님 통장이 보이스피싱에 연루되었습니다. 오늘 중으로 담당 검사에게 전화 주세요 02-1234-5678', '+82212345678', 'block'],
    ["'고객님 계좌가 범죄에 연루되었습니다'라는 전화는 보이스피싱입니다. 검찰은 전화로 계좌를 묻지 않아요", '09012345678', 'allow']],
  ['a courier link typed letter by letter vs. a driver naming the courier\'s own site',
    ['ヤマトの配達担当です。ご不在のため持ち戻りました。再配達の受付はこちらから k u r o n e k o - r e d l . c o m / r', '09044441111', 'block'],
    ['ヤマトの配達担当です。ご不在のため持ち戻りました。再配達はヤマトのアプリか伝票の番号からお願いします', '09044441111', 'not-block']],
  ['the census on a look-alike page vs. the city\'s reminder on the census site',
    ['【国勢調査】調査票の回答が未提出です。本日中にこちらからご回答ください https://kokusei-kaitou.online-form.com', '08077778888', 'block'],
    ['【○○市】国勢調査のインターネット回答は10月8日までです。回答はこちら https://www.kokusei2025.go.jp', '0005012345', 'allow']],
  ['an unpaid bill with a stranger\'s page vs. the carrier\'s notice pointing only to its own app',
    ['【au】ご利用料金のお支払いが確認できません。12月18日に回線を停止します。お手続きはこちら https://au-ryokin-pay.top/', '09066667777', 'block'],
    ['【au】ご利用料金のお支払いが確認できておりません。12月18日以降、ご利用を停止する場合があります。お支払い状況はMy auアプリでご確認ください。', 'au', 'allow']],
  ['a stranger asking money into an account vs. a shift lead saying wages go to the account as before (vi)',
    ['Viec nhe luong cao, chuyen 30.000 yen vao tai khoan nay de giu cho lam viec, gap trong hom nay', '08043110000', 'flagged'],
    ['Ban oi, tuan sau ca sang doi sang 9h nhe. Luong thang nay van tra vao tai khoan nhu moi thang', '08043110000', 'allow']],
  ['a company\'s cancel desk on an 050 line vs. the same company\'s 050 desk from its 0005 number',
    ['【ビックカメラ】お客様名義で84,800円のノートPCのご注文を受け付けました。ご注文に覚えがない場合はキャンセル受付 050-3310-2278 までお電話ください', '09055550000', 'block'],
    ['【ビックカメラ】ご注文の商品を発送しました。配送のお問い合わせはサポート窓口 050-3310-2278 まで', '0005099123', 'allow']],
  ['an office\'s callback on an 050 line vs. a friend giving their new 050 office number',
    ['市役所保険年金課です。医療費の還付金があります。本日中に担当 050-4471-8820 までお電話ください', '09011113333', 'block'],
    ['健太です。事務所の電話が050-4471-8820に変わったので、仕事の件はこっちにかけてね', '09011113333', 'allow']],
  ['photos of the reader\'s card asked for vs. a child telling a parent the card arrived',
    ['ママ?わたし。今スマホ使えなくて。急ぎで払うものがあるから、ママのクレジットカードの両面を撮って送ってくれない?', '08077770000', 'flagged'],
    ['ママ、新しいクレジットカード届いてたよ。机の上に置いておいたからね', '08077770000', 'allow']],
  // A code that arrives on the reader's phone, asked to be relayed: never owned, in any voice, register or language.
  ['a code arriving, relayed in a manager\'s voice vs. a work system\'s own one-time password',
    ['お疲れ様です、経理の佐々木です。勤怠システムの移行で、今からあなたの携帯に番号が届きます。届いたらそのまま転送をお願いします。', '08022223333', 'block'],
    ['【勤怠システム】ワンタイムパスワード 318204 をログイン画面に入力してください。このパスワードは誰にも教えないでください。', 'Kintai', 'allow']],
  ['a group "moving its chat" asking the SMS number back vs. a group moving with the invitation handed out in person',
    ['サークルのグループを別のアプリに移します。確認用のSMSが届くので、その番号をこちらに送ってください。', '08033334444', 'block'],
    ['サークルのグループを別のアプリに移します。招待リンクは明日の練習で紙で配ります。', '08033334444', 'allow']],
  ['a "hijacked" friend asking, casually, for the digits about to arrive vs. the friend warning about the hijack',
    ['ごめん、ライン乗っ取られたっぽい😭 今そっちに数字が届くから、それ教えて！', '09044445555', 'block'],
    ['ごめん、ライン乗っ取られたっぽい😭 私から変なメッセージ来ても無視してね', '09044445555', 'allow']],
  ['a courier asking back a drop-off code sent by SMS vs. a courier asking the building\'s door code',
    ['宅配業者です。置き配のためのコードがSMSで届きますので、届いた数字をご返信ください。', '09055556666', 'block'],
    ['宅配業者です。マンションのエントランスの暗証番号を教えていただけますか？玄関前に置いておきます。', '09055556666', 'allow']],
  ['English: a code "coming to your phone" asked back vs. the service\'s own code',
    ['Hey it\'s Sam, a code is coming to your phone in a sec, send it to me pls', '+447700900999', 'block'],
    ['Your Acme code is 482913. Do not share this code with anyone.', 'Acme', 'allow']],
  ['Chinese: a code about to arrive, screenshot asked vs. the code message',
    ['等一下你手机会收到一个验证码，截图发给我', '+8613911112222', 'block'],
    ['验证码 582910，请勿告知他人。', '+8613911112222', 'allow']],
  ['Korean: a code about to arrive, asked of a parent vs. the code message',
    ['엄마 지금 폰으로 인증번호 갈 거야 그거 보내줘', '+821033334444', 'block'],
    ['인증번호 [582910] 타인에게 절대 알려주지 마세요', '+821033334444', 'allow']],
  ['Portuguese: a code about to arrive, asked back vs. the service\'s own code',
    ['Vai chegar um codigo no seu celular, me passa por favor', '+5511912345678', 'block'],
    ['Seu codigo de verificacao e 482913. Nao compartilhe com ninguem.', 'WhatsApp', 'allow']],
  ['Indonesian: an OTP about to arrive, asked back vs. the service\'s own OTP',
    ['Nanti ada kode OTP masuk ke HP kamu, tolong kirimkan ke aku ya', '+628123456789', 'block'],
    ['Kode OTP Anda 482913. Jangan berikan kode ini kepada siapa pun.', 'Gojek', 'allow']],
  ['Vietnamese: a code sent to the reader\'s phone, read out asked vs. the service\'s own code',
    ['Em oi, se co ma gui ve may em, em doc cho chi nhe', '+84912345678', 'block'],
    ['Ma xac nhan cua ban la 482913. Khong chia se ma nay voi bat ky ai.', 'Zalo', 'allow']],
  ['a group announcing the SMS step and asking its number back vs. a bank announcing it and saying never to tell it',
    ['【町内会】連絡網を移行します。本人確認のSMSが届きますので、その番号をご返信ください。', '09088889999', 'block'],
    ['【さくら銀行】本人確認のSMSが届きますが、届いた番号は誰にも教えないでください。', '0005301122', 'allow']],
  ['the code relayed behind a security word vs. someone who gave the code away asking what to do',
    ['なりすまし防止のため、SMSで届いた認証番号をこのメッセージに返信してください。', '09012340000', 'block'],
    ['さっき知らない人に届いたコードを教えちゃった…どうしよう', '09066667777', 'allow']],
  ['a relative asking the arriving code vs. a parent telling a child never to tell it',
    ['おばさんだよ、スマホに番号が届いたらそのまま教えてね。ちょっと確認したいだけ', '09012341111', 'block'],
    ['届いた認証コードは誰にも教えちゃだめだよ。お母さんも聞かないからね', '09066667777', 'allow']],
  ['a shop\'s "number arriving by SMS" relayed to the writer vs. a booking number shown at the desk',
    ['【会員登録】確認のため番号がSMSで届きます。その番号をこのメッセージにご返信ください。', '09012342222', 'block'],
    ['【さくら整骨院】予約番号がSMSで届きますので、その番号を当日受付でお伝えください。', '0355551234', 'allow']],
  // The reader's own account said to be used by a crime: an accusation, not a warning, whatever crime word it uses.
  ['Korean: the reader\'s account "used by a fraud ring", call a prosecutor vs. a warning quoting that line',
    ['[서울지검] 귀하 명의 통장이 사기 범죄에 이용되었습니다. 담당 검사에게 바로 연락하십시오 02-555-1234', '+8225551234', 'block'],
    ['검찰을 사칭해 "계좌가 범죄에 이용됐다"고 하는 보이스피싱 문자에 주의하세요', '+8225551234', 'allow']],
  ['Chinese: the reader\'s card "suspected of fraud" vs. a forwarded reminder telling what such calls say',
    ['您名下的银行卡涉嫌诈骗，请立即致电 010-12345678 配合调查', '+8613800001111', 'block'],
    ['提醒:有人打电话说你的账户涉嫌诈骗，这是骗局，挂掉就好', '+8613800001111', 'allow']],
  ['Japanese: the reader\'s account "used in a fraud", call a detective vs. the police warning quoting it',
    ['あなたの口座が詐欺に利用されています。至急、担当刑事までご連絡ください 03-5555-1234', '09077778888', 'block'],
    ['警察を名乗り「あなたの口座が詐欺に使われている」というSMSに注意。警察はSMSで連絡しません。', '09077778888', 'allow']],
  // A brand's login code to be typed on its own screen, from a letters ID the registry does not list.
  ['a login code typed on the brand\'s own screen, from an unlisted letters ID, vs. a code asked on a throwaway page',
    ['【みずほ証券】追加認証が必要です。認証コードを下記で入力してください https://mizuho-ninsho.top/', 'MizuhoSec', 'block'],
    ['【みずほ証券】追加認証コード 18 42 77 の中から、画面の表示どおり入力してください。心当たりのない場合は至急パスワードを変更してください。', 'MizuhoSec', 'allow']],
  // A messenger account said to be lost, and a new one to add: the messenger move, casual or not.
  ['a friend\'s LINE "hijacked", a new account to add (casual) vs. a friend who kept their account',
    ['ライン乗っ取られた〜😢 新しいアカウント作ったからこっち追加しといて！ ID: saki_0909', '09011118888', 'flagged'],
    ['スマホ変えたけどLINEは引き継げたよ、アカウントそのまま！', '09011118888', 'allow']],
  ['Tagalog: a LINE account "hacked", the new one to add vs. a friend sending a meeting time',
    ['Na-hack yung LINE account ko, i-add mo yung bago ko: jun_8899', '+639171234567', 'flagged'],
    ['Kita tayo bukas sa Shibuya, alas-diyes ha', '+639171234567', 'allow']],
  // Residents' languages the cue table did not cover (Burmese, Sinhala, Mongolian, Bengali): the same asks,
  // each beside a relative's or a friend's message in that language that asks nothing.
  ['Burmese: new number and a friend\'s account vs. a son thanking for money received',
    ['အမေ၊ သားရဲ့ နံပါတ်အသစ်ပါ။ အခန်းခ ယန်း ၂၀,၀၀၀ သူငယ်ချင်းအကောင့်ကို ငွေလွှဲပေးပါ', '08055556666', 'block'],
    ['အမေ၊ ပို့ထားတဲ့ ငွေ ရပြီနော်။ ကျေးဇူးပါ', '08055556666', 'allow']],
  ['Burmese: buying bank accounts vs. a friend calling it fraud',
    ['ဘဏ်အကောင့်ရောင်းရင် ယန်း ၅ သောင်းပေးမယ်။ မပြန်ခင် ဆက်သွယ်ပါ', '08055556666', 'block'],
    ['ဘဏ်အကောင့်ရောင်းတာ ဥပဒေနဲ့ ညီလား။ လိမ်လည်မှုပါ သတိထားပါ', '08055556666', 'allow']],
  ['Sinhala: new number and a friend\'s account vs. a child thanking for money received',
    ['අම්මේ, මේ මගේ අලුත් අංකය. ඉක්මනට යෙන් 20,000ක් යාළුවාගේ ගිණුමට දාන්න', '08077778888', 'block'],
    ['අම්මේ, ඔයා එවපු සල්ලි ලැබුණා. ස්තූතියි', '08077778888', 'allow']],
  ['Sinhala: residence card "cancelled", call an 050 line vs. a card renewed',
    ['[ආගමන කාර්යාලය] ඔබගේ පදිංචි කාඩ්පත අවලංගු වේ. වහාම 050-1234-5678 අමතන්න', '08077778888', 'block'],
    ['මගේ පදිංචි කාඩ්පත අලුත් කළා, අවුරුදු 3ක් ලැබුණා', '08077778888', 'allow']],
  ['Mongolian: new number and a friend\'s account vs. money arrived',
    ['Ээж ээ, шинэ дугаар минь. 30,000 иен найзын данс руу шилжүүлээд өгөөч', '09022223333', 'block'],
    ['Ээж ээ, мөнгө ирлээ, баярлалаа', '09022223333', 'allow']],
  ['Mongolian: fake police asking a video call vs. a warning that calls it a scam',
    ['[Цагдаа] Таны данс залилангийн хэрэгт ашиглагдсан. Видео дуудлагаар холбогдоно уу', '09022223333', 'block'],
    ['Болгоомжтой! Цагдаа гэж видео дуудлага хийдэг луйвар шүү', '09022223333', 'allow']],
  ['Mongolian: parcels received and sent on for pay vs. money arrived',
    ['Японд хялбар ажил: илгээмж хүлээн аваад дахин илгээх, нэг бүрт 3,000 иен', '09022223333', 'block'],
    ['Ээж ээ, илгээмж ирлээ, баярлалаа', '09022223333', 'allow']],
  ['Bengali: new number and a friend\'s account vs. money received',
    ['মা, এটা আমার নতুন নম্বর। বন্ধুর অ্যাকাউন্টে ২০,০০০ ইয়েন টাকা পাঠাও', '09066667777', 'block'],
    ['মা, টাকা পেয়েছি, ধন্যবাদ', '09066667777', 'allow']],
  ['Bengali: a prize\'s fee in gift cards vs. a warning against selling accounts',
    ['অভিনন্দন! আপনি পুরস্কার জিতেছেন। প্রসেসিং ফি ৩,০০০ ইয়েন গিফট কার্ডে পরিশোধ করুন', '09066667777', 'block'],
    ['সাবধান! কেউ ব্যাংক অ্যাকাউন্ট বিক্রি করতে বললে সেটা প্রতারণা', '09066667777', 'allow']],
  ['Bengali: selling one\'s bank account before going home vs. money received',
    ['দেশে ফেরার আগে ব্যাংক অ্যাকাউন্ট বিক্রি করুন, ৫০,০০০ ইয়েন দেব', '09066667777', 'flagged'],
    ['মা, টাকা পেয়েছি, ধন্যবাদ', '09066667777', 'allow']],
  // A third person's account for the writer's own need, the money asked sentences away.
  ['a loan into a senior\'s account vs. a loan repaid',
    ['お母さん急ぎで10万貸して。給料日に返す。自分の口座使えないから先輩名義の口座にお願い', '08011112222', 'flagged'],
    ['お母さん、この前貸してくれた10万、今日振り込んだよ。ありがとう', '08011112222', 'allow']],
  ['a shortfall paid into the boss\'s account vs. a photo asked of an uncle',
    ['叔父さん、バイトのお金が足りなくて…上司の口座に直接振り込んでもらえない?', '08011112222', 'flagged'],
    ['叔父さん、バイト先の上司にもらった地図、写真で送ってもらえない?', '08011112222', 'allow']],
  ['Portuguese: money to a friend\'s account vs. a friend who paid back',
    ['Pai, estou sem celular. Manda 2 man pra conta do meu amigo que eu devolvo depois', '09033334444', 'flagged'],
    ['Pai, o meu amigo te devolveu o dinheiro? Ele disse que mandou pra sua conta ontem', '09033334444', 'allow']],
  ['lending an unused account for a monthly sum vs. advice to close it',
    ['使ってない口座あったら貸してくれるだけで月2万円渡すよ。通帳とカードを郵送してね', '09011113333', 'flagged'],
    ['使ってない口座、銀行で解約しといたほうがいいよ。通帳とカードは家にある?', '09011113333', 'allow']],
  ['Vietnamese: money into a friend\'s account vs. a child sending the receipt by Zalo',
    ['Ma oi, con bi mat vi. Ma gui giup con 5 man vao tk cua ban con nhe, mai con tra', '+84901234567', 'flagged'],
    ['Ma oi con nhan duoc tien roi, con chup hoa don gui qua zalo cho ma nhe', '+84901234567', 'allow']],
  // A person's money ask for the writer's own need (lend, send, transfer, pay on their behalf) told the way the
  // "it's me" and romance scams tell it (MONEY_PLIGHT: today, a third party's fee, their own way to pay stopped,
  // "only you", an account the message gives), vs. a loan till payday, a split bill, a repayment, a club's fee.
  ['a bank limit hit, paid on the writer\'s behalf vs. a loan till payday',
    ['ごめん、カードの限度額いっぱいで支払いできなくて。代わりに8万振り込んでもらえないかな？来週返すから', '09011112222', 'flagged'],
    ['ごめん、今月ピンチで…2万だけ貸してもらえない？次の給料日に必ず返すね', '09011112222', 'allow']],
  ['money needed today into an account the message gives vs. a split bill asked today',
    ['久しぶり！急で悪いけど今日中に3万必要なんだ。このアカウントに送金してくれない？', '08022223333', 'block'],
    ['昨日の飲み会、割り勘で一人3,800円ね。今日中にPayPayで送ってくれると助かる', '08022223333', 'allow']],
  ['an account frozen, rent covered today vs. a trip\'s share covered',
    ['急なお願いでごめん、口座が凍結されて家賃が払えない。今日中に6万立て替えてもらえる？明日返す', '09080808080', 'block'],
    ['急なお願いでごめん、来週の旅行代、立て替えてもらえる？チケット代は会った時に渡すね', '09080808080', 'allow']],
  ['customs on a gift from abroad vs. duty on the writer\'s own order',
    ['誕生日のプレゼント、海外から送ったよ。受け取りに関税1万5千円かかるって。払っといてね🎁', '+447700900555', 'block'],
    ['頼んでた海外の本、関税かかるみたい。届いたら払っといて、立て替え分は会った時に返すね', '09033334444', 'allow']],
  ['surgery money, "only you", from abroad vs. the surgery told as done',
    ['父の手術代がどうしても足りないの…あなたしか頼れる人がいなくて。20万だけ助けてもらえない？', '+12025550111', 'block'],
    ['父の手術、無事に終わりました。手術代は保険でまかなえたので心配しないでね', '+12025550111', 'allow']],
  ['company money spent, to be put back today, in secret vs. a surprise kept secret',
    ['おばあちゃん、会社のお金を使い込んじゃって今日中に戻さないといけない。お父さんには内緒にして', '07044445555', 'block'],
    ['おばあちゃん、お父さんには内緒で誕生日のサプライズ準備してるから、今度の日曜空けといてね', '07044445555', 'not-block']],
  ['a new number and money beside the allowance vs. a parent\'s allowance note',
    ['お母さん、携帯壊れて新しい番号になった。今月の仕送りとは別に急ぎで5万振り込んでほしい', '08055556666', 'block'],
    ['今月の仕送り、いつもの口座に振り込んだよ。足りなかったら言ってね 母', '08055556666', 'allow']],
  ['a club treasurer\'s fee vs. a landlord\'s reminder with the usual account',
    ['テニス部会計の佐藤です。合宿費12,000円、今月末までに部の口座に振り込んでください', '09066667777', 'allow'],
    ['大家の山本です。今月分の家賃がまだ確認できていないので、いつもの口座にお振込みお願いします', '09066667777', 'allow']],
  ['a customs charge at the airport, a sum sent ahead, from abroad vs. the flight told as paid',
    ['会いに行くチケットを取ったよ。でも空港で荷物の通関料を請求されて…10万だけ先に送ってもらえない？着いたらすぐ返すから', '+447700900777', 'block'],
    ['来月会いに行くね！航空券はもう払ったから心配しないで。空港まで迎えに来てくれたら嬉しい', '+447700900777', 'allow']],
  ['Chinese: a lost phone and rent sent on the writer\'s behalf vs. rent told as paid',
    ['妈，我手机丢了，这是新号码。急需交房租，先帮我转8万日元，这个月底还你', '08077778888', 'block'],
    ['妈，这个月的房租我已经转给房东了，生活费也够，别担心', '08077778888', 'allow']],
  ['Korean: a friend\'s phone and fees today into this account vs. a loan repaid',
    ['엄마 나 폰 액정 깨져서 친구 폰으로 연락해. 오늘 안에 등록금 내야 하는데 50만원만 이 계좌로 이체해줘', '07088889999', 'block'],
    ['엄마, 지난번에 빌려준 돈 오늘 이체했어. 확인해줘', '07088889999', 'allow']],
  ['Vietnamese: a broken phone and a fine paid into this account vs. fees told as sent',
    ['Mẹ ơi, điện thoại con bị hỏng, đây là số mới. Con cần gấp 8 man đóng tiền phạt, mẹ chuyển giúp con vào tài khoản này nhé', '09099990000', 'block'],
    ['Mẹ ơi, con chuyển 5 man tiền học cho em rồi nhé, mẹ kiểm tra giúp con', '09099990000', 'allow']],
  ['Portuguese: a new number and a fine today vs. a fine paid and a loan returned',
    ['Oi mãe, meu celular quebrou, esse é meu número novo. Preciso pagar uma multa hoje, faz uma transferência pra mim? Te devolvo amanhã', '08010101010', 'block'],
    ['Mãe, paguei a multa do carro hoje, já tá tudo certo. Te devolvo o dinheiro que você me emprestou no sábado', '08010101010', 'allow']],
  ['Spanish: a friend\'s phone, bail today, in secret vs. a transfer told as made',
    ['Mamá, perdí mi celular y te escribo desde el de un amigo. Necesito ¥60,000 hoy mismo para la fianza, ¿me haces una transferencia? No le digas a papá', '07020202020', 'block'],
    ['Mamá, ya te hice la transferencia del dinero que me prestaste. Gracias por todo', '07020202020', 'allow']],
  ['Tagalog: a new number and a fine at immigration vs. a share told as sent',
    ['Nay, nasira phone ko kaya bagong number ito. Pinagbabayad ako ng multa sa immigration, pahiram muna ng ¥80,000, ibabalik ko agad', '09030303030', 'block'],
    ['Nay, naipadala ko na yung ambag ko sa handaan sa Linggo. Pakicheck na lang sa GCash', '09030303030', 'allow']],
  ['Tagalog: a borrowed phone and a gift card bought at the konbini vs. milk bought on the way home',
    ['Ate, nasira phone ko kaya hiram lang ito. Pwede mo ba akong ibili ng Google Play card sa konbini? Picture-an mo yung likod tapos send dito', '+639170000111', 'block'],
    ['Ate, pwede mo ba akong ibili ng gatas sa konbini pauwi? Babayaran kita mamaya', '09040404040', 'allow']],
  ['Burmese: a broken phone and money urgently into this account vs. money told as sent',
    ['အမေ၊ ဖုန်းပျက်လို့ ဒီနံပါတ်အသစ်နဲ့ ပို့တာ။ ပိုက်ဆံ ယန်း ၅၀,၀၀၀ အရေးပေါ် လိုနေတယ်၊ ဒီအကောင့်ကို လွှဲပေးပါ', '08050505050', 'block'],
    ['အမေ၊ ဒီလ ယန်း ၅၀,၀၀၀ ပို့ပြီးပြီ။ မနက်ဖြန် ရောက်မယ်။', '08050505050', 'allow']],
  ['Nepali: a lost phone and a hospital bill today into this account vs. money told as sent',
    ['Aama, mero phone harayo, yo sathi ko phone bata lekhdai chu. Aajai hospital ko bill tirna 50,000 yen chahiyo, yo account ma pathaidinus', '07060606060', 'block'],
    ['Aama, yo mahina ko paisa IME bata pathaye, bholi bank ma aauchha', '07060606060', 'allow']],
  ['English: a new number and a bill today into this account vs. a loan sent back, and a loan till payday',
    ['Hi mum, dropped my phone so this is my new number. I need to pay a bill urgently today, can you transfer £400 to this account? I\'ll pay you back tomorrow', '+447700900666', 'block'],
    ['Hey, could you lend me 3,000 yen till payday on the 25th? I\'ll pay you back then', '09070707070', 'allow']],
  ['Tagalog: fake immigration asking a video call vs. a warning that tells what the caller says',
    ['[Tokyo Immigration] Ginamit sa krimen ang account mo. Mag-video call ka agad sa amin sa LINE para hindi ka ma-deport.', '09027704415', 'block'],
    ['Mag-ingat: may tumatawag na "Tokyo Immigration" daw, sinasabing ginamit sa krimen ang account mo at pinapa-video call ka. Hindi ganyan ang imigrasyon.', '09027704415', 'not-block']],
  // An office's matter (a failed debit, a benefit difference, a claim with questions, an expiring certificate,
  // an overpayment) told from a handset or an 050 line with a number to ring, vs. the office's own notice.
  ['tuition debit failed, ring an 050 desk, from a handset vs. a school\'s registered notice of a re-debit',
    ['奨学会事務局です。後期授業料の引落しに失敗しております。明日までにお手続きがない場合は除籍となります。担当 050-4411-2290', '08022334455', 'block'],
    ['【さくら学院】後期授業料の口座振替ができませんでした。12月25日に再度引き落としいたします。', '0005123987', 'allow']],
  ['a pension difference to be paid, call an 050 line vs. the pension service saying its notice was mailed',
    ['年金の支給額見直しにより差額をお支払いします。お手続きは年金窓口 050-2234-7788 へお電話ください', '05022347788', 'block'],
    ['【日本年金機構】年金額改定通知書を郵送しました。内容のお問い合わせはねんきんダイヤルへ。', '0005012233', 'allow']],
  ['an insurance claim "with questions", ring a toll-free number, from a handset vs. the insurer acknowledging papers',
    ['ご契約の火災保険、保険金の請求について確認事項がございます。担当までお電話ください 0120-441-229', '09033445566', 'block'],
    ['【みどり損保】保険金のご請求書類を受け付けました。審査後、ご指定口座へお振込みします。', '0005077881', 'allow']],
  ['a bank e-certificate expired, ring a desk, from a handset vs. the city\'s notice of the card certificate',
    ['お客様のネットバンキング電子証明書の有効期限が切れました。更新窓口 0120-339-554 までご連絡ください', '08077665544', 'block'],
    ['【市民課】マイナンバーカードの電子証明書の有効期限通知書を送付しました。更新は市役所窓口でお受けします。', '0005044331', 'allow']],
  ['候文: an overpayment to refund, ring an 050 line vs. a city notice in machine English from its registered line',
    ['謹啓 貴殿御加入の保険料に過誤納これあり、還付の儀取り計らい申し候。下記へ至急御連絡くだされ度候 050-6612-3349', '05066123349', 'block'],
    ['[City Hall] Reminder: the health checkup for residents aged 40+ is free until March. Book at the health center counter.', '0005063399', 'allow']],
  ['machine English "City Hall" refund, ATM and an 050 number vs. the same office\'s plain reminder',
    ['[City Hall] You have a refund of insurance money. Please go ATM today and call 050-7781-2266 for procedure.', '05077812266', 'block'],
    ['[City Hall] Reminder: the health checkup for residents aged 40+ is free until March. Book at the health center counter.', '0005063399', 'allow']],
  // A restriction lifted or a check completed, with nothing asked, leaves the reader nothing to do.
  ['a restriction lifted with a login page vs. the same news with nothing asked, from an unlisted line',
    ['【ミライカード】お取引の制限を解除いたしました。再度ご利用いただくには下記よりログインしてください https://mirai-card-kaijo.top/', '09011224433', 'block'],
    ['【ミライカード】ご本人確認が完了しました。これまでどおりご利用いただけます。', '0120998877', 'allow']],
  ['a pay-later bill on a look-alike host from a handset vs. the bill on the biller\'s own host',
    ['【NP後払い】お支払期限を過ぎています。本日中にお支払いがない場合は法的手続きに移ります https://np-atobarai-seikyu.com/', '08066778899', 'block'],
    ['【NP後払い】ご請求金額 2,980円、お支払期限は1月10日です。お支払い方法はこちら https://np-atobarai.jp/p/Zt81', 'NP-atobarai', 'allow']],
  ['a mover\'s deposit "not received", pay today, from a handset vs. the mover\'s registered confirmation',
    ['【あおば引越センター】お見積もりの内金のお振込が確認できておりません。本日中にお振込みください。', '08033449911', 'block'],
    ['【あおば引越センター】1月15日のお引越し、作業員は9時に伺います。前日に確認のお電話をいたします。', '0005060777', 'allow']],
  ['a fine threatened for a missed building check, book on a page, from a handset vs. the manager\'s notice',
    ['入居者の皆様へ 排水管清掃が未実施です。実施されない場合は罰金が発生します。予約はこちら haisui-yoyaku.net', '09077881122', 'flagged'],
    ['【みなと住宅管理】1月20日に排水管清掃を実施します。ご不在の場合は管理事務所へお知らせください。', '0005044812', 'allow']],
  // Batch 16's organisation families (2025-2026): benefits, credit threats, payment pages on hosts anyone uploads to.
  ['a benefit payout chosen by a numbered reply vs. the town office telling where to apply',
    ['臨時給付の受給対象です。お受け取り方法を番号でお知らせください。1:口座入金 2:電子マネー。ご返信で手続きが済みます', '08044556677', 'flagged'],
    ['【○○町役場】臨時給付金の申請受付を始めました。申請書は町役場福祉課の窓口でお受け取りください。', '0120111222', 'not-block']],
  ['a broadcaster\'s visit called off by ringing an 050 line vs. its own notice pointing at its site',
    ['日本放送協会 受信料窓口:お宅の受信契約が確認できません。近日中に職員が伺います。ご不要でしたら050-1234-5678まで。', '05012345678', 'block'],
    ['日本放送協会からのお知らせ:受信料のお手続きはNHKのホームページ nhk-cs.jp からも行えます。', '0120151515', 'allow']],
  ['a loan\'s arrears told as about to reach the credit bureau, on an 050 line vs. a friend passing it on',
    ['奨学金のご返済が遅れているため、明日付で信用情報機関へ登録となります。止めたい方は050-2222-3333へお電話を。', undefined, 'block'],
    ['奨学金って3か月延滞すると信用情報機関に登録されるらしいね。うちは口座振替にしといたよ', '09022223333', 'allow']],
  ['a tax office\'s payment QR as a picture on an image host vs. a friend sharing a photo there',
    ['市役所 税務課です。住民税の納付用QRを再発行しました。スマホ決済はこちらの画像から https://i.imgur.com/AbC12xY.png', '09033334444', 'flagged'],
    ['この前の花火の写真あげといた! https://i.imgur.com/Qw8eRt5.jpg', '09033334444', 'allow']],
  ['a medical-cost refund page on free hosting from a handset vs. the same topic from a person',
    ['高額療養費の払戻しがあります。受取口座をこちらでご登録ください https://iryohi-henkan.web.app', '07011112222', 'block'],
    ['高額療養費の申請、会社の健保に出したら3か月後に振り込まれたよ', '07011112222', 'allow']],
  ['a traffic fine on a shortener from a handset vs. a driving school\'s reminder',
    ['交通違反の反則金が未納です。納付状況を確認してください https://bit.ly/hansoku-nofu', '08055556666', 'block'],
    ['○○自動車学校です。明日の技能教習は10時からです。遅れる場合はお電話ください。', '0312345678', 'allow']],
  ['a carrier\'s number-porting page on a look-alike host vs. its own site',
    ['ワイモバイル：お客様の番号移行を受け付けました。覚えがない場合はこちらで取り消し ymobile-henkou.com', undefined, 'block'],
    ['ワイモバイル：お乗り換えの手続きが完了しました。ご契約内容は ymobile.jp でご確認いただけます。', undefined, 'not-block']],
  ['crypto handed out to whoever opens the link vs. a warning about the same',
    ['暗号資産エアドロップ当選!5,000円相当のトークンを受取る→ https://x.gd/tkn88', '08077778888', 'block'],
    ['エアドロップでウォレットをつながせるのも詐欺なんだって。知らないリンクは開かないでね', '08077778888', 'allow']],
  ['a retold NHK lure with the real site named: no ask of its own',
    ['NHKの督促っぽいSMSが来て、未払いで法的措置とかいうsms。NHKのページにはSMSで支払わせないと書いてあった', '08099990000', 'not-block'],
    ['NHKの受信料、今月から口座振替にしたよ', '08099990000', 'allow']],
  ['a class or club invite to its group from an officer\'s handset vs. a stranger\'s investment group',
    ['有名トレーダーの講座です。利益が出る銘柄を毎日配信するオープンチャットはこちら、今だけ無料 https://line.me/ti/g2/Tr4deQ9x', '08055557777', 'block'],
    ['3年2組の保護者の皆さん、学級委員の森です。連絡用のオープンチャットを作ったので参加お願いします https://line.me/ti/g2/Pq3zW8kL', '08055557777', 'allow']],
  ['a team\'s WhatsApp group link to its members vs. a stock "signals" group from abroad',
    ['Free daily stock signals, 25% a month guaranteed. Join our group now: chat.whatsapp.com/Hk2mQ8vZ', '+447700900555', 'block'],
    ['Hi everyone, coach Ken here. Saturday\'s match details are in the team group: chat.whatsapp.com/Lm5nR2tY', '08055557777', 'not-block']],
  ['a sheet shared on Google\'s own file host vs. a page on a host where anyone publishes',
    ['Google: 未払いの料金があります。本日中にお支払いください sites.google.com/view/pay-now-jp', '08055557777', 'block'],
    ['自治会の清掃当番表、スプレッドシートにしました。見るだけでOKです docs.google.com/spreadsheets/d/9kLm2PqX', '08055557777', 'not-block']],
  ['a "warning" that sends the reader to its own throwaway page vs. one that says not to open the scam\'s link',
    ['注意して!君の動画が勝手に拡散されてるみたい http://dougamatome-check.site/v/41', '08055557777', 'block'],
    ['注意して!「動画が拡散されてる」って偽のSMSが回ってるみたい。リンクは開かないでね', '08055557777', 'allow']],
  ['a warning that pushes its own "official" app link from a handset vs. one that sends to the store',
    ['配送業者を騙る詐欺に注意!安全な荷物追跡アプリをこちらからインストールしてください http://nimotsu-safe-track.com/dl', '08055557777', 'flagged'],
    ['配送業者を騙る詐欺に注意!追跡は公式アプリをストアから入れて使ってね', '08055557777', 'allow']],
  ['a payment app named as the way a club treasurer is paid vs. the same app claimed in a header with a throwaway page',
    ['【PayPay】残高の不正利用を検知しました。本日中に本人確認をお願いします https://paypay-hogo.top/', '09012345678', 'block'],
    ['テニス部会計の佐藤です。遠征費3000円、現金かPayPayで。PayPayの方は私あてに送ってください', '08012345678', 'allow']],
  ['"最終" as a deadline vs. a series\' last episode (最終回)',
    ['【重要】最終期限のご案内:未納料金を本日中にお支払いください https://pay-minou.top/', '09012345678', 'block'],
    ['昨日のアニメ最終回よかった!見逃し配信あるよ https://tver.jp/lp/abc123', '08012345678', 'allow']],
  ['a self-styled class officer asking children\'s data by "返信お願い" vs. the officer asking attendance the same way',
    ['クラス役員です。名簿を作り直すので、お子さんの氏名と生年月日、ご住所を返信お願いします', '09012345678', 'flagged'],
    ['クラス役員です。懇親会の出欠、今週中に返信お願いします', '09012345678', 'allow']],
  ['a new-number opener with the old number to be deleted in casual form (消しといて) vs. a relative asking to delete photos',
    ['ばあちゃん、携帯替えたからこれが新しい番号ね。古い方は消しといて', '08012345678', 'flagged'],
    ['母さん、この前の写真ぶれてたから消しといて', '08012345678', 'allow']],
  // A code said to come, go or fly to the reader (来た, 行った, 入った, 飛ぶ; vừa gửi đến, chegou, 받으신) and asked back
  // (返して, 読み上げて, đọc lại) is the relay, in any voice; a reward beside it does not make it a code notice (secret.ts).
  ['a code said to have come to the reader (来た), asked for with a reward, vs. the service\'s own code notice with a campaign',
    ['お買い物アプリの紹介キャンペーンで500円分もらえるんだ!そっちに来た確認コード、教えてくれる?', '08031415926', 'block'],
    ['【PayPay】認証コード 5521 友達紹介キャンペーン実施中!このコードを他人に教えないでください', 'PayPay', 'allow']],
  ['a code said to have gone to the reader (行った), asked back as "just the digits", vs. a friend saying to type it in themselves',
    ['ゲームの引き継ぎでそっちのスマホに認証SMS行っちゃったかも…数字だけ返してくれればOK!', '09027182818', 'block'],
    ['ゲームの引き継ぎ、そっちのスマホに認証SMS行ったら自分で入力してね。私には教えなくて大丈夫', '09027182818', 'allow']],
  ['a takeover warning in the writer\'s voice beside the writer\'s own ask for the code vs. the same warning alone',
    ['インスタ乗っ取られたっぽい、変なDM来ても無視してね。それと今そっちに入った6桁のコード送って', '07016180339', 'block'],
    ['インスタ乗っ取られたっぽい、変なDM来ても無視してね。コード教えてって来ても絶対教えないで', '07016180339', 'allow']],
  ['Vietnamese and Portuguese: the code that just reached the reader, asked for, vs. a booking number to be shown at the desk',
    ['Ban oi, ma OTP vua gui den may ban la cua minh, doc lai giup minh 6 chu so nhe', '08014142135', 'block'],
    ['Oi, o numero da reserva chegou por SMS, mostre no balcao do hotel quando chegar', '08014142135', 'allow']],
  ['a code message that asks its code told to a "staff member" is not credited as a code notice (suspicious at most) vs. the notice',
    ['【PayPay】認証番号 482913。この番号を担当者に教えてください', '08099990000', 'not-block'],
    ['【PayPay】認証番号 482913。この番号を他人に教えないでください', 'PayPay', 'allow']],
  // Cash, cards or passbooks taken, checked, exchanged or kept at the door, or handed to "the staff" (asks/collect.ts):
  // no bank, 全銀協, police, 金融庁 or shop does it; a fee paid to a collector or a tradesman, a card on its way, a visit that
  // takes nothing, and a bank's warning are their twins.
  ['an association\'s "we will keep your passbook and card", with a bare visit, vs. a bank\'s warning that it never does',
    ['銀行協会のセキュリティ担当です。不正な引き出しを防ぐため、通帳とキャッシュカードを一時お預かりします。明日の午前中に伺います', '08062831853', 'block'],
    ['【〇〇銀行】銀行協会や当行の職員がご自宅に伺い、通帳やキャッシュカードをお預かりすることは一切ありません', '0005012345', 'allow']],
  ['cash to be shown to "the person in charge" at a visit vs. a newspaper\'s fee collected in cash',
    ['旧札が使えなくなる件のご案内です。偽札の混入がないか、ご自宅の現金を担当者にお見せください。本日15時にお伺いします', '09071828182', 'block'],
    ['〇〇新聞販売店です。明日集金に伺いますので、今月分の新聞代を現金でご用意ください', '09071828182', 'allow']],
  ['an alarm about the reader\'s ATM withdrawals and the police coming over it vs. a meter reading announced',
    ['ゆうちょ銀行です。お客様の口座から不審な引き出しがありました。これから警察官がご自宅に確認に伺います', '08034142718', 'block'],
    ['東京ガスです。明日10時に定期点検で伺います。ご在宅をお願いします', '08034142718', 'allow']],
  ['a grandson\'s colleague to fetch the settlement money vs. a son dropping by to return a forgotten card',
    ['じいちゃん、取引先に迷惑かけて弁償金が今日いるんだ。会社の先輩が家まで取りに行くから、封筒に入れて用意しといて', '09066260700', 'block'],
    ['じいちゃん、昨日うちにキャッシュカード忘れてったよ。明日の夕方返しに行くね', '09066260700', 'allow']],
  ['en/zh/vi/pt: staff to collect the bank card at home vs. a courier\'s or a repairer\'s visit',
    ['Your bank account shows fraud. Our officer will come to your home today to collect your debit card and PIN for safekeeping.', '+818012345678', 'block'],
    ['Your sofa delivery is booked: our driver will come to your home on Saturday between 9 and 12.', '+818012345678', 'allow']],
  ['Chinese: bank staff to fetch the bank card and passbook at home vs. a repairer paid in cash',
    ['您的银行账户存在安全风险，工作人员将于今天下午上门收取您的银行卡和存折，请提前准备好。', '08012340001', 'block'],
    ['空调维修师傅明天上午十点上门，维修费用可以现金或刷卡支付。', '08012340001', 'allow']],
  ['Vietnamese and Portuguese: staff to take the ATM card at home vs. a friend dropping by',
    ['Ngan hang thong bao: the ATM cua ban bi lo thong tin. Nhan vien se den nha ban chieu nay de thu hoi the ATM.', '08012340002', 'block'],
    ['Oi! Passo na sua casa amanhã à tarde pra devolver a panela que você me emprestou.', '08012340002', 'allow']],
  ['a card on its way to the reader, handed at the door, is not a collection (suspicious at most from a handset)',
    ['警察の者です。お客様のカードが不正利用されています。捜査員がカードの確認に伺います', '09012340003', 'block'],
    ['〇〇カードです。新しいクレジットカードを本人限定受取郵便でお送りします。郵便局員が伺いますので本人確認書類をご用意ください', '09012340003', 'not-block']],
  // A host that carries the sender's name beside an instruction was made for the message (checks/ask-channel.ts namedSite).
  ['a credit union named by its kind linking to an instruction-named host with its name vs. a clinic linking to its own named site',
    ['【みどり信用組合】ご利用口座で不審なお取引を検知したため、お引き出しを停止しています。本日中にご本人確認をお願いします midori-kakunin.com/a', '09012345678', 'block'],
    ['【みどり歯科】明日10時のご予約を承っております。地図はこちら midori-shika.com/access', '0312345678', 'allow']],
  // A courier's worker on their own handset telling only of the visit, with no link and no number but its own.
  ['a delivery with a link from a handset vs. a driver\'s handset telling where the parcel was left, asking nothing',
    ['お荷物をお届けに伺いましたが不在でした。再配達のお手続きはこちら https://takuhai-saihaitatsu.top/', '08011112222', 'block'],
    ['佐川急便の配達の者です。本日お荷物をお届けに伺いましたが不在でしたので、メーターボックスの中に置いてあります。', '08011112222', 'allow']],
  // A page on free hosting from a number abroad: no domestic shop, office or club shares its page from there.
  ['a sale on a free-hosted page from a number abroad vs. the same page shared by a domestic handset',
    ['年末だけの特価!人気の返礼品がポイント5倍、寄附額もお値引き。詳しくは https://nenmatsu-gift.pages.dev', '+85251234567', 'flagged'],
    ['部活の打ち上げの出欠、このページに入れといて https://club-party.pages.dev', '09012345678', 'allow']],
  // A shop's sale with a limit, taken up by a reply to a handset (checks/sender-trust.ts shopSale): shops sell from registered lines.
  ['discounted vouchers offered to the first few by reply from a handset vs. a friend passing on their spare vouchers',
    ['優待券の特価販売です。先着5名様、ご希望の方は「購入」と返信してください。', '09044445555', 'flagged'],
    ['株主優待券が余ってるから半額で譲るよ、先着1名ね。欲しかったら返信して!', '09044445555', 'allow']],
  // A one-time-password token said to have drifted, to be fixed on a page: the account's security told as broken.
  ['an OTP token "drift" to fix on a page from a handset vs. the bank\'s own notice pointing to its app\'s button',
    ['○○銀行アプリ:ワンタイムパスワードのトークンに時刻のずれが見つかりました。こちらで補正してください https://otp-hosei.com/', '09012345678', 'flagged'],
    ['【○○銀行】ワンタイムパスワードアプリの時刻がずれている場合は、アプリの「時刻補正」ボタンを押してください。', '0005123456', 'allow']],
  // A co-op named by its kind is an institution's claim (data/lures.json institution).
  ['a co-op named by its kind linking to a throwaway page from a handset vs. a member telling what they ordered',
    ['【生活協同組合】今週のご注文に確認事項があります。下記をご確認ください coop-chumon.top', '08024467721', 'block'],
    ['生協の注文、今週は牛乳だけにしといたよ', '08024467721', 'allow']],
  ['a management company named by its kind linking to a throwaway page from an 050 line vs. its notice asking nothing',
    ['【管理会社】共用部の鍵の交換費用のお支払いが確認できていません。こちらからお手続きください https://kanri-tetsuzuki.top/', '05012345678', 'flagged'],
    ['○○管理会社です。来週水曜に共用廊下の清掃が入ります。ご協力お願いします。', '0312345678', 'allow']],
  // Offers told by their numbers (src/core/lures/offers.ts): pay out of proportion to a trivial task, a return no
  // market gives, money for the reader's own account; taken up by a reply, a DM, a messenger, an ID's photo.
  ['own account and card sold for money vs. a person closing their own unused account',
    ['通帳とキャッシュカード、使ってないなら2万で譲ってくれない？レターパックで送ってくれるだけでいいよ', '08051234567', 'block'],
    ['使ってない口座って解約したほうがいいのかな？銀行の窓口行ってくる', '08051234567', 'allow']],
  ['a new bank account\'s sign-in sent for 2万 vs. a parent telling a child to keep their new account\'s sign-in',
    ['【副業】ネット銀行の口座を開設して、ID・パスワードを送るだけで2万円。審査なし', '07043186115', 'block'],
    ['ネット銀行の口座開設できた?IDとパスワードは誰にも送らないで自分で管理してね', '07043186115', 'allow']],
  ['a hire told to transfer a uniform\'s cost before the workplace is named vs. an employer lending the uniform and a hotel\'s prepaid booking',
    ['採用のご連絡です。研修用の制服代として1万5千円を事前にお振込みください。振込確認後に勤務先をお伝えします', '05004628850', 'block'],
    ['株式会社〇〇人事部です。採用のご連絡です。入社日は4月1日、制服は当日貸与します。', '0355551234', 'allow']],
  ['a hotel\'s own booking paid beforehand to the account in its confirmation mail is no fee first',
    ['採用が決定しました。研修費用3万円を事前にお振込みください。口座は返信でお伝えします', '07011112222', 'block'],
    ['〇〇ホテルです。ご予約の宿泊代金は事前にお振込みください。振込先は予約確認メールをご覧ください', '0355551234', 'allow']],
  ['en: packages received and forwarded at 30,000 yen each vs. a friend asking the same favour unpaid',
    ['Easy part-time job for foreigners: receive packages at your apartment and forward them. 30,000 yen per package', '+9771792940301', 'block'],
    ['Hi, can you receive the packages at my apartment while I am away and forward them to my new address? Thanks!', '+9771792940301', 'not-block']],
  ['a stranger\'s errand at 10万 a task, the reader asked to tell their age and area vs. a foreman asking if the reader can come at a wage',
    ['書類を運ぶだけの簡単なお仕事です。都内1件10万円〜。リスクゼロ、安全に稼げます。まずは年齢と住んでる地域を教えてください', '07084495497', 'block'],
    ['現場の田中です。明日の解体、日給1万2千円、8時集合。来られるか教えてください', '07084495497', 'allow']],
  ['a trivial errand at 3万 with an ID photo vs. a job board\'s listing at a wage',
    ['【急募】荷物を駅のロッカーまで運ぶだけ。報酬3万。身分証の写真を送れる方のみ', '09087654321', 'block'],
    ['【タウンワーク】カフェスタッフ募集 時給1,200円 週2日〜OK。応募は https://townwork.net/ から', '0120123456', 'not-block']],
  ['phone work at 2万 a day answered by DM vs. a friend telling of their own side job',
    ['1日2時間、スマホで画像を保存するだけで2万円！主婦・学生大歓迎。詳しくはDMください', '07012349876', 'block'],
    ['俺いま副業でWebライターやってて、月3万くらいになってる。意外と楽しいよ', '07012349876', 'allow']],
  ['a sure rise promised, answered by reply vs. a brokerage\'s dividend notice',
    ['このメッセージを受け取った方限定。来週必ず値上がりする銘柄をお教えします。ご希望の方は返信ください', '08033335555', 'block'],
    ['【SBI証券】保有銘柄の配当金が入金されました。詳しくはSBI証券アプリでご確認ください', '0005123456', 'allow']],
  ['wealth doubled in months, joined by reply vs. a friend on their own savings plan',
    ['金の積立で半年で資産が2倍に。無料説明会の参加は返信で受け付けます', '09022228888', 'block'],
    ['ねえ、この前言ってた積立NISA始めた？私は先月から月1万でやってるよ', '09022228888', 'allow']],
  ['en: easy delivery job at ¥30,000 a day with a residence card photo vs. a friend passing on a factory job',
    ['Easy job in Japan! Just deliver packages, ¥30,000 a day. Send a photo of your residence card to apply.', '+959123456789', 'block'],
    ['Hi, it\'s Aung. I found a part-time job at the factory near the station, ¥1,200 an hour. Want me to ask if they need more people?', '+959123456789', 'not-block']],
  ['pt: envelopes at ¥20.000 a day, zairyu card photo by WhatsApp vs. a neighbour\'s shop hiring at a wage',
    ['Trabalho fácil: só entregar envelopes, ¥20.000 por dia. Manda foto do zairyu card pelo WhatsApp', '09011112233', 'block'],
    ['Oi, o mercado do bairro está contratando, ¥1.100 por hora. Quer que eu pergunte pra você?', '09011112233', 'allow']],
  ['vi: light work at 3 man a day, move to Zalo vs. a sister passing on a restaurant job at a wage',
    ['Viec nhe o Nhat, chi can nhan hang va chuyen di, 3 man moi ngay. Inbox Zalo de biet them', '+84912345678', 'block'],
    ['Em oi, chi moi tim duoc viec lam them o quan com, luong 1.100 yen/gio. Em co muon lam khong?', '+84912345678', 'not-block']],
  ['id and th: parcels at ¥25,000 and 2 หมื่นเยน a day, residence card photo or LINE',
    ['Kerja mudah di Jepang, cukup antar paket, ¥25.000 per hari. Kirim foto kartu izin tinggal ke WA ini', '+6281234567890', 'block'],
    ['งานง่าย แค่รับพัสดุที่บ้าน วันละ 2 หมื่นเยน สนใจทักไลน์ @easyjp99', '+66812345678', 'block']],
  // A guarantee against loss (元本保証, 損失は全額補償, 絶対に損をしません) is a promise no seller may lawfully make: the
  // offer is made to be taken up through the sender, with or without an invitation's words.
  ['a stranger\'s guaranteed-principal fund at 月利10% vs. a brokerage\'s own NISA notice that says its funds are not guaranteed',
    ['お世話になっております。投資セミナーの参加特典で、今なら元本保証で月利10％のファンドをご紹介できます', '07033318895', 'block'],
    ['【楽天証券】NISA口座で投資信託の約定が完了しました。投資信託は元本保証ではありません。詳細はアプリでご確認ください', '0005123456', 'allow']],
  ['a "teacher" promising no loss on a crypto project vs. a friend on the bond they bought for its guarantee',
    ['先生からのお知らせ：今回の暗号資産プロジェクトは絶対に損をしません。最低投資額は50万円です', '07000284136', 'block'],
    ['個人向け国債は元本保証だから、母さんの退職金にもいいと思う。今度一緒に銀行行こうか', '07000284136', 'allow']],
  ['losses covered in full for a stock group\'s VIP slot vs. a consumer centre quoting the same promise',
    ['おめでとうございます。抽選で株式学習グループのVIP枠に選ばれました。手数料ゼロ、損失は全額補償', '+6278097889806', 'block'],
    ['【消費生活センター】「損失は全額補償」「元本保証」とうたう投資の勧誘は詐欺です。お金を払う前にご相談ください（188）', '0005188188', 'allow']],
  // A fixed word asked sent back (「はい」と送ってください) is a reply asked, with 送る for 返信.
  ['a phone job at high pay taken up by sending 「はい」 vs. a manager asking the shift\'s answer the same way',
    ['【急募】スマホで完結する高収入バイト。18歳以上なら誰でも。詳細希望の方は「はい」と送ってください', '08014549828', 'block'],
    ['店長です。明日のシフトに入れる人は「OK」と送ってください。よろしく', '08014549828', 'allow']],
  ['a card\'s daily limit is no pay: the bank\'s own notice',
    ['【急募】スマホ操作するだけで1日3万円。ノルマなし。詳しくはDMで', '07015550000', 'block'],
    ['【三菱UFJ銀行】キャッシュカードの1日の引出限度額を50万円から20万円に変更しました。お心当たりがない場合は店舗までご連絡ください', '0005123456', 'not-block']],
  // A warning quotes the lure and tells the reader not to act, or to check through a channel they know: the
  // quoted words are the scam's, its own instructions defend (「…」と来ても, "dizendo", "que dicen", "tin nhắn …",
  // "… भन्ने SMS", "…라는 문자", "有短信说"). The lure itself, said in its own voice, stays blocked.
  ['a boss asking an urgent transfer and a move to LINE vs. a colleague warning that such asks come and to check by extension',
    ['部長の小林です。至急振込をお願いしたい。取引先の件はLINEで指示するので ID: kobayashi_bz を追加して', '08031234567', 'block'],
    ['人事の森です。役員名義のLINEで「至急振込を」と来ても応じず、必ず内線で本人に確認してください。', '08031234567', 'not-block']],
  ['Portuguese: a courier lure vs. a warning quoting it ("cuidado com mensagem dizendo …")',
    ['Sua encomenda da Sagawa foi devolvida. Pague a taxa de reenvio aqui: https://sagawa-reenvio.top/', '07051234567', 'block'],
    ['Pessoal, cuidado com mensagem dizendo "Sua conta foi bloqueada, confirme seus dados aqui". Minha tia caiu nessa', '07051234567', 'not-block']],
  ['Spanish: a courier lure vs. a warning quoting it ("los mensajes que dicen …")',
    ['Su paquete no pudo ser entregado. Pague el reenvío aquí: https://yamato-reenvio.top/', '07051234567', 'block'],
    ['Cuidado con los mensajes que dicen "Su cuenta fue bloqueada, confirme sus datos aquí". A mi vecino le vaciaron la cuenta', '07051234567', 'not-block']],
  ['Vietnamese: a locked-account lure vs. a warning that the message quoted is fake ("tin nhắn … là giả")',
    ['Tai khoan Amazon cua ban bi khoa. Xac minh ngay tai https://amazon-xacminh.top/', '08071234567', 'block'],
    ['Mọi người ơi, tin nhắn "Tài khoản ngân hàng bị khóa, xác minh ngay" là giả đó, đừng bấm nha', '08071234567', 'not-block']],
  ['Nepali: a parcel-fee lure vs. a warning that the SMS quoted ("… भन्ने SMS") is false',
    ['तपाईंको पार्सल रोकिएको छ। शुल्क तिर्न यहाँ थिच्नुहोस् https://jp-post-np.top/', '09081234567', 'block'],
    ['"तपाईंको बैंक खाता बन्द भयो, तुरुन्त प्रमाणित गर्नुहोस्" भन्ने SMS झुटो हो। कसैले पनि नथिच्नुहोला', '09081234567', 'not-block']],
  ['English: a locked-card lure vs. a warning quoting it ("a text going around that says …") and pointing to the card\'s own number',
    ['Your card has been suspended. Verify now at https://card-verify-jp.top/ to avoid closure', '09081234567', 'block'],
    ['Heads up: there is a text going around that says "Your card has been suspended, verify now". Do not reply, call the number on the back of your card', '09081234567', 'not-block']],
  ['Chinese: a parcel-fee lure vs. a warning quoting it ("有短信说…")',
    ['您的包裹无法投递，请立即点击链接支付运费 https://jp-post-pay.top/', '09091234567', 'block'],
    ['提醒大家，有短信说"您的银行账户已冻结，请点击链接验证"，是假的，千万别点', '09091234567', 'not-block']],
  // An ID given by someone the reader met, with nothing sought through it, is not a blocking ask; the stranger's
  // move comes with the pay, the investment or the details it withholds.
  ['an investment "assistant" moving the reader to a LINE ID vs. someone met at a reading club giving theirs',
    ['株の勉強会のアシスタントです。先生の推奨銘柄はLINEでお送りします。ID: kabu_assist33 を追加してください', '08061234567', 'block'],
    ['さっきの読書会で隣だった森です！LINE IDは mori_book21 です。よかったら追加してね', '08061234567', 'not-block']],
  ['English: a side job paid by the day on Telegram vs. someone from the climbing gym giving a LINE ID',
    ['Easy side job, 30,000 yen a day, just your phone. Details on Telegram: @easyjob_jp88', '08061234567', 'block'],
    ["Hi, it's Sam from the climbing gym tonight! My LINE ID is sam_climbs, add me and I'll share the route photos", '08061234567', 'not-block']],
  ['Vietnamese: a paid side job on Zalo vs. someone from Japanese class giving a LINE ID',
    ['Viec nhe luong cao 30.000 yen/ngay, ket ban Zalo: vieclam_jp88 de biet chi tiet', '08061234567', 'block'],
    ['Chị ơi, Line ID của em là lan.tran95 nha. Hôm nay gặp chị ở lớp tiếng Nhật vui lắm', '08061234567', 'not-block']],
  // A new number beside a plan the two share, by its day, asking nothing, moves the reader to the chat they have.
  ['Chinese: a new number with an urgent favour for later vs. a new number beside Sunday\'s shared plan',
    ['小李，我换号码了，这是新的，旧的删掉吧。有件急事要请你帮忙，加我微信 li_new2025', '08011234567', 'block'],
    ['小李，我换号码了，这是新的。周日打球的事我们微信聊', '08011234567', 'not-block']],
  ['a relative\'s new number to save, the old one gone, a favour later vs. a teammate\'s new number beside Saturday\'s match',
    ['お父さん、携帯壊れたから番号変えた。前の番号は消して、こっちを登録しといて。あとでお願いがあるんだ', '08011234567', 'flagged'],
    ['高橋です、番号変わりました。土曜のフットサルの件はLINEで話そう', '08011234567', 'not-block']],
  // A payee changed and pressed vs. the same change also put on paper in the mailbox, pressing nothing.
  ['a landlord\'s new account to pay today vs. a landlord whose new account is also on paper in the mailbox',
    ['大家の佐藤です。来月から家賃の振込先が変わります。本日中に新しい口座へお振込みください。三井住友銀行 新宿支店 普通 7654321 サトウ', '09071234567', 'block'],
    ['大家の木村です。4月分から家賃の振込先が変わります。新しい口座は りそな銀行 中野支店 普通 2345678 キムラ ハルオ です。紙の通知も郵便受けに入れておきました。', '09071234567', 'not-block']],
  // An ATM named as the place to receive a refund or benefit, or to cancel something: an ask on its own (還付金詐欺).
  ['ATM as where a refund is received vs. the city saying it never is',
    ['【市役所 保険年金課】後期高齢者医療保険料の過払いが判明しました。本日中にお近くのATMでお受け取り手続きをお願いします。担当 090-4412-7730', '09044127730', 'block'],
    ['【市役所 保険年金課】保険料の還付について：還付は郵送の請求書で受け付けます。市がATMでの手続きをお願いすることはありません。', '0005041199', 'allow']],
  ['ATM refund in Spanish vs. a consumer centre\'s warning',
    ['Aviso del Ayuntamiento: tiene un reembolso del seguro de salud de ¥32.000. Vaya hoy a un cajero automático y llámenos al 050-3381-2290 para cobrarlo.', '05033812290', 'block'],
    ['Centro del Consumidor: ninguna oficina pública le pedirá ir a un cajero para recibir un reembolso. Si le llaman así, cuelgue.', undefined, 'allow']],
  ['ATM refund in English vs. a clinic reminder with its own landline',
    ['Pension Office: your premium refund of ¥27,400 is unclaimed. Go to the nearest ATM today with your phone and we will guide you through the procedure.', '+447700900555', 'block'],
    ['Reminder from Tanaka Clinic: your appointment is tomorrow at 10:00. To change it, call us on 03-5555-0101.', '0355550101', 'allow']],
  ['ATM refund in Vietnamese vs. a sister who drew cash at an ATM',
    ['Văn phòng thuế: bạn có khoản hoàn thuế 41.000 yên chưa nhận. Hãy đến ATM gần nhất hôm nay để làm thủ tục nhận tiền.', '08061234567', 'block'],
    ['Chị ơi em vừa rút tiền ở ATM rồi, tối em gửi tiền nhà cho chị nhé', '08061234567', 'allow']],
  ['a subscription "cancelled" at an ATM vs. cancelling on the service\'s own page',
    ['【動画サイト事務局】有料会員の自動更新を解約するには、本日中にATMで解約手続きが必要です。', '08012349876', 'block'],
    ['【○○動画】自動更新の解約はマイページからお手続きいただけます。', '0005012399', 'allow']],
  ['a consumer centre quoting the ATM-refund call',
    ['事務局です。あなたに未受取の返戻金があります。携帯電話を持ってお近くのATMへ向かってください', '07066231199', 'block'],
    ['【消費生活センター】「還付金があるのでATMへ」という電話は詐欺です。ATMでお金が戻ることはありません。', '0005041234', 'allow']],
  // A settlement, a fine or damages demanded to make a legal threat go away is a payment asked.
  ['a settlement demanded for a copyright claim vs. a lawyer telling a settlement paid out',
    ['【著作権管理センター】あなたのブログ画像の無断使用が確認されました。和解金8万円をお支払いいただければ法的手続きは取り下げます。', '05012345678', 'block'],
    // Flagged since the session-11 model (its settlement words score as a lure; the model no longer leans away): never blocked.
    ['【○○法律事務所】先日ご依頼の件、相手方との示談が成立し、示談金30万円を本日ご指定口座へお振込みしました。', '0312345678', 'not-block']],
  ['a settlement demanded in English vs. a friend\'s settled claim',
    ['Copyright notice: a photo on your Instagram infringes our client\'s rights. Pay the settlement of $600 within 48 hours to avoid a lawsuit.', '+12025550143', 'block'],
    ['Hi, the insurer confirmed the settlement for my car accident, they paid it yesterday. All good now!', '+12025550143', 'allow']],
  ['a fine demanded in Chinese vs. a friend\'s parking fine',
    ['这里是东京警视厅。您涉嫌违法下载，需缴纳罚款20万日元，否则将被起诉。', '+8613800001111', 'block'],
    // From abroad, the session-11 model flags a short Chinese text about a fine on its words alone: never blocked.
    ['我昨天违章停车被罚款了，一万五千日元，气死了', '+8613800001111', 'not-block']],
  // A claimed insurer or bank whose only way given is a number it does not own: the call-back goes unsaid.
  ['money to receive with a bare handset number vs. the insurer\'s own site',
    ['【あいおいニッセイ同和損保】火災保険の解約返戻金 36,200円 が未受取です。受取期限は本日まで。070-3328-1196', '07033281196', 'block'],
    ['【あいおいニッセイ同和損保】満期返戻金のお受け取り手続きのご案内です。お手続きは公式サイト https://www.aioinissaydowa.co.jp/ から', '0005012345', 'allow']],
  ['a deadline with a bare 050 number vs. the insurer\'s own app',
    ['【損保ジャパン】ご契約の更新手続きの期限は本日までです。050-3102-7784', '09022223333', 'block'],
    ['【損保ジャパン】ご契約の満期日は12月20日です。継続のお手続きは損保ジャパン公式アプリから。', '0005012348', 'allow']],
  // "If it wasn't you, call this number" with a number the bank does not own, in foreign residents' languages.
  ['a suspicious purchase and an 050 call-back in Spanish vs. the number on the card',
    ['Banco: detectamos una compra sospechosa de ¥64.500 con su tarjeta. Si no fue usted, llame ahora al 050-3671-2284.', '08011113333', 'block'],
    ['Banco Shinsei: compra de ¥4.500 con su tarjeta terminada en 1234. Si no fue usted, llame al número que figura en el reverso de su tarjeta.', '0005012346', 'allow']],
  ['a suspicious purchase and an 050 call-back in Portuguese vs. a daughter\'s warning',
    ['Banco: detectamos uma transação suspeita de ¥72.000 no seu cartão. Se não foi você, ligue hoje 050-3541-8890.', '08022224444', 'block'],
    ['Mãe, se chegar mensagem de "compra suspeita" com número pra ligar, é golpe. Liga só pro número atrás do cartão.', '09012345678', 'allow']],
  ['a suspicious purchase and an 050 call-back in Vietnamese, Chinese, Korean, Tagalog and English vs. the card app',
    ['Ngân hàng thông báo: phát hiện giao dịch đáng ngờ 78.000 yên trên thẻ của bạn. Nếu không phải bạn, hãy gọi ngay 050-3212-4455.', '+84912345678', 'block'],
    ['【三井住友カード】カードご利用のお知らせ：3,200円（ローソン）。お心当たりがない場合はVpassアプリからご連絡ください。', 'SMBC', 'allow']],
  ['a suspicious purchase in Chinese',
    ['【银行】您的信用卡有一笔可疑交易¥120,000。如非本人操作，请立即致电 050-3377-1122。', '+8613811112222', 'block'],
    ['明天一起吃饭吧,七点见', '+8613811112222', 'allow']],
  ['a suspicious purchase in Korean',
    ['[은행] 고객님 카드로 의심스러운 거래 ¥98,000 가 감지되었습니다. 본인이 아닌 경우 050-3344-5566 으로 전화 주세요.', '+821012345678', 'block'],
    ['엄마, 오늘 저녁 먹고 들어갈게요', '+821012345678', 'allow']],
  ['a suspicious purchase in Tagalog vs. a brother\'s new card',
    ['Bangko: may kahina-hinalang transaksyon na ¥55,000 sa card mo. Kung hindi ikaw, tumawag agad sa 050-3456-7788.', '+639171234567', 'block'],
    ['Kuya, nakuha ko na yung bagong card sa bangko, salamat sa tulong!', '+639171234567', 'allow']],
  ['a suspicious purchase in English vs. the card issuer pointing to its own app',
    ['Your bank: a suspicious purchase of ¥88,000 was made on your card. If this wasn\'t you, call 050-3999-1212 now.', '+447700900777', 'block'],
    ['[SMBC] Card alert: ¥3,200 at Lawson. If this wasn\'t you, please contact us through the Vpass app.', '0005012349', 'allow']],
  // "Uma mensagem dizendo «…»", "el SMS que dice «…»": the quotation is a message received, told of.
  ['a redelivery lure in Portuguese vs. a warning that quotes one',
    ['Sua encomenda da Yamato foi devolvida. Pague a taxa de reenvio aqui: https://yamato-reenvio.top/', '08033445566', 'block'],
    ['Gente, cuidado com mensagem dizendo "Seu pacote da Sagawa está retido, clique aqui". Minha tia clicou e pediram o cartão', '07012398765', 'allow']],
  ['a warning in Spanish that quotes a redelivery lure',
    ['Su paquete de Yamato fue devuelto. Pague el reenvío aquí: https://yamato-reenvio.top/', '08033445566', 'block'],
    ['Ojo con el SMS que dice "Su paquete de Yamato fue devuelto, haga clic aquí". A mi vecino le robaron la tarjeta', '07012398765', 'allow']],
  // The Immigration Services Agency claimed, a visa or a stay threatened, and a number to ring.
  ['a fake immigration officer in Vietnamese vs. a language school\'s visa notice',
    ['Nhân viên Nyukan thông báo: visa của bạn sẽ bị hủy vì thiếu giấy tờ. Gọi 070-6612-4409 trong hôm nay.', '07066124409', 'block'],
    ['[Trường Nhật ngữ Sakura] Các bạn có visa hết hạn tháng 3: nộp hồ sơ gia hạn tại văn phòng trường trước ngày 15.', '0005027791', 'allow']],
  ['a fake immigration notice in English vs. the agency\'s real appointment reminder',
    ['Immigration Services: your status of residence will be cancelled due to missing documents. Phone 050-3712-6654 today.', undefined, 'block'],
    ['Immigration Services Agency: your visa extension appointment is confirmed for Dec 20, 9:00 at the Tokyo Regional Immigration Bureau. Details: https://www.moj.go.jp/isa/', undefined, 'allow']],
  ['a fake immigration notice in Chinese vs. the agency\'s booking on its own site',
    ['入管局通知：您的签证存在问题，在留资格可能被取消。请今天致电 050-3390-1177。', '+8613900001111', 'block'],
    ['【出入国在留管理庁】在留期間更新許可申請の受付予約を承りました。予約内容の確認・変更は https://www.moj.go.jp/isa/ から。', '0005012347', 'allow']],
  // A link hiding where it leads from a handset, with nothing but a teaser around it (TEASER_LINK): what
  // infected handsets send on. A friend's link names the place, the plan or the page. (A shortened link
  // alone is doubted by the model in en/pt whoever sends it: those twins are held to not-block here and to
  // allow on the rules in the test below.)
  ['teaser and a shortened link from a handset vs. a friend naming the place they talked about',
    ['ねえこれ見た?😂 https://is.gd/Xk29pQ', '09031234567', 'flagged'],
    ['昨日話してたカフェ、ここ bit.ly/3Cafe9x 土曜行こう', '09031234567', 'allow']],
  ['"looks like you" teaser vs. a friend sharing a video they describe',
    ['この動画、あなたに似てない? https://t.ly/Vb3x', '08051234567', 'flagged'],
    ['さっき話してた猫の動画これ! https://youtu.be/dQw4w9WgXcQ', '08051234567', 'allow']],
  ['en teaser vs. the hotel for Saturday',
    ['look at this lol https://rb.gy/q81zzx', '+447700900456', 'flagged'],
    ["Here's the hotel for Saturday, check-in at 3: https://bit.ly/3HtLsat", '+447700900456', 'not-block']],
  ['vi teaser vs. the noodle shop from yesterday',
    ['Xem cái này https://tinyurl.com/5n8vkw2c', '+84912345678', 'flagged'],
    ['Quán phở mình nói hôm qua nè, chủ nhật đi nha https://maps.app.goo.gl/Xy12ab', '+84912345678', 'allow']],
  ['pt teaser vs. the restaurant for Saturday',
    ['Olha isso kkkk https://bit.ly/3Fp0Lw', '08071234567', 'flagged'],
    ['O restaurante que falei ontem, sábado às 8: https://bit.ly/3RstXq', '08071234567', 'not-block']],
  ['a bare hidden link vs. a shop\'s booking page on its own domain',
    ['s.id/8kQp2', '07012345678', 'flagged'],
    ['【ヘアサロン花】ご予約はこちらから https://hair-hana.jp/reserve', '07012345678', 'allow']],
  // The reader's number asked for a third party's campaign or sign-up (third-party-use): the number goes to
  // whoever runs it. A friend asking for a number to save, or an address to send an invitation, gives no such purpose.
  ['phone number for a "campaign" vs. an address for a wedding invitation',
    ['元気?ちょっと頼みがあるんだけど、携帯番号教えてくれない?懸賞の応募に友達の番号がいるんだって', '09041234567', 'flagged'],
    ['結婚式の招待状送りたいから、新しい住所教えてもらえる?', '09041234567', 'allow']],
  ['en: phone number for a giveaway vs. photos from a trip',
    ["Hey! Can you send me your phone number? It's for a giveaway, they need a friend's number to sign up", '+447700900789', 'flagged'],
    ['Just got back from Osaka! Send me the photos from the trip when you can', '+447700900789', 'allow']],
  ['vi: phone number for a promotion vs. a new number to save',
    ['Gui minh so dien thoai cua ban nhe, chuong trinh khuyen mai can so cua ban be', '+84987654321', 'flagged'],
    ['Gui minh so dien thoai moi cua ban nhe, de minh luu lai', '+84987654321', 'allow']],
  ['pt: phone number for a promotion vs. a birthday dinner',
    ['Me passa seu numero? E pra uma promocao, precisam do numero de um amigo pro cadastro', '08061234567', 'flagged'],
    ['Oi! Jantar de aniversário da Ana no sábado às 19h, você vem?', '08061234567', 'allow']],
  // Pay first to receive (goods at a price, a prize, a withdrawal, a job, a visa, a scholarship) to a sender that is not
  // the organisation's own channel (asks/payee.ts fee branch), vs. paying what the reader ordered, owes or joined.
  ['a prize shipped once an office fee is paid first vs. a shop shipping an order once the transfer is seen',
    ['【抽選結果】お客様は家電プレゼントに当選しました。発送手続きのため、事務手数料3,000円を先にお振込みください。', '08041237765', 'block'],
    ['【家電のミドリ】ご注文ありがとうございます。銀行振込でのお支払いを確認後、商品を発送いたします。ご注文内容はマイページでご確認ください。', '0005123456', 'allow']],
  ['English: a grant released after a fee paid first vs. a university\'s tuition on its own slip and portal',
    ['You have been selected for the Tokyo Relocation Grant (¥200,000). A ¥4,000 release fee must be paid first to receive the funds.', '+447700900311', 'block'],
    ['[Sakura University] Spring tuition is due by 4/30. Please pay with the transfer slip mailed to you or via the student portal.', '0354271111', 'allow']],
  ['Nepali: a job in Japan with its visa fee sent first vs. the agency the reader hired, paid at its office',
    ['तपाईंलाई जापानमा काम मिल्यो, तलब महिनाको २५ मान। भिसा शुल्क ३ लाख रुपैयाँ पहिले पठाउनुहोस्', '+9779812345670', 'block'],
    ['दाइ, भिसा कागजात तयार भयो। एजेन्सीको शुल्क भोलि अफिसमा तिर्नुहोस्, रसिद दिन्छन्', '+9779812345671', 'allow']],
  ['Indonesian: a scholarship confirmed by a registration fee paid first vs. an arisan\'s dues to the treasurer',
    ['Selamat! Anda terpilih beasiswa kuliah di Jepang 2027. Bayar biaya pendaftaran 2 juta dulu untuk konfirmasi.', '+6281299887766', 'block'],
    ['Besok arisan di rumah Bu Ani ya, jangan lupa bayar iuran 100 ribu ke bendahara', '+6281299887767', 'allow']],
  ['Portuguese: a job in Japan with no interview and its fee first vs. a language school\'s monthly fee at its desk',
    ['Vaga de trabalho no Japão sem entrevista, salário de 300 mil ienes. Pague antes a taxa de inscrição de 50 mil ienes.', '+5511987654321', 'block'],
    ['A mensalidade do curso de japonês vence dia 10. Pague na secretaria da escola.', '0542551234', 'allow']],
  ['Vietnamese: a scholarship confirmed by a file fee paid first vs. a club\'s bingo night with its entry fee at the door',
    ['Chuc mung ban nhan hoc bong du hoc Nhat Ban 2027. Vui long nop phi ho so 5 man truoc de xac nhan.', '+84901234567', 'block'],
    ['来週のサークル忘年会でビンゴ大会やります!参加費1,000円は当日受付で。景品もあるよ', '09012349876', 'allow']],
  ['a fortune-teller\'s charm paid first vs. a shrine\'s new-year notice',
    ['占い鑑定士のサクラです。あなたの運気が下がっています。厄除けのお守りを特別価格でお譲りします。代金は先払いでお願いします', '08076543210', 'block'],
    ['【○○神社】新年の祈祷受付は1月1日から。初穂料は当日社務所にてお納めください。', '0355550101', 'allow']],
  // A charge that goes ahead unless the reader replies to a handset or a number abroad (real services stop a charge on
  // their own site or app; opt-out replies go to registered senders), vs. an opt-out or a booking reply with no charge.
  ['a monthly plan renewed unless "解約" is replied to a handset vs. a clinic asking Y from its own landline',
    ['【U-NEXT】月額プラン2,189円が明日自動更新されます。解約を希望される方は「解約」と返信してください。', '08055512345', 'block'],
    ['【さくら整骨院】明日10時のご予約確認です。ご来院の方は「Y」とご返信ください。', '0312345678', 'allow']],
  ['English: a subscription renewed unless STOP is replied abroad vs. a registered shop\'s opt-out by reply',
    ['Your streaming subscription will auto-renew today at ¥1,980. Reply STOP to cancel the charge.', '+12025550188', 'block'],
    ['【ドラッグ ミドリ】週末はポイント5倍。配信停止をご希望の方は「停止」と返信してください。', '0005201111', 'allow']],
  ['Vietnamese: a daily charge renewed unless HUY is replied abroad vs. a friend asking a yes for Sunday',
    ['Goi dich vu cua ban se tu dong gia han 300 yen/ngay. Hay tra loi HUY de dung.', '+84901234568', 'block'],
    ['Chu nhat di an lau khong? Hay tra loi truoc thu sau nhe', '09012348888', 'allow']],
  // アポ電 (asks/recon.ts): what the home holds and when it is empty, asked by SMS, vs. the twins that ask nothing of it.
  ['アポ電: a "survey" asks the cash kept at home and whether the reader lives alone vs. the city\'s census notice on its own site',
    ['市役所高齢福祉課です。防犯アンケートにご協力ください。ご自宅に現金をいくら置いているか、一人暮らしかどうかを返信してください。', '09012345678', 'block'],
    ['【○○市】国勢調査へのご協力をお願いします。回答は調査書類のQRコードまたは https://www.e-kokusei.go.jp から。SMSで回答をお願いすることはありません。', '0005028841', 'allow']],
  ['アポ電: a department store asks about gold and cash at home, call a number vs. its own sale notice',
    ['〇〇百貨店外商部です。貴金属の買取強化中につき、ご自宅にある金やプラチナ、現金をどのくらいお持ちか 03-5555-1234 までお聞かせください。', '08034561234', 'block'],
    ['【〇〇百貨店】冬の貴金属・宝飾フェアを12/10まで本館7階で開催中です。詳しくは店頭でご案内します。', '0005031122', 'allow']],
  ['アポ電: "police" ask about a safe and when the home is empty vs. the police quoting those questions as the scam',
    ['警察署生活安全課です。空き巣が多発しています。ご自宅に金庫はありますか。平日の日中に家が留守になる時間帯も返信してください。', '07011112222', 'block'],
    ['【警視庁】『家に現金はいくらありますか』『一人暮らしですか』と聞く電話は詐欺(アポ電)です。すぐに切って110番を。', '0005099110', 'allow']],
  ['アポ電 in katakana, elderly style vs. a town\'s crime-prevention warning that says not to answer',
    ['ボウハン アンケート デス。 オタクニ キンコ ハ アリマスカ。 ゲンキン ハ イクラ オイテ マスカ。 ヘンシン クダサイ', '09022223333', 'block'],
    ['【〇〇町 防犯係】アポ電にご注意。「家にいくら現金がありますか」「一人暮らしですか」と聞かれても答えないでください。', '08012349876', 'allow']],
  ['アポ電 in hiragana: a "city office" asks about living alone and cash vs. a relative visiting when grandma is home',
    ['しやくしょです。おひとりぐらしですか。いえにげんきんはいくらありますか。へんしんください', '09033334444', 'block'],
    ['ばあちゃん、土曜の昼に遊びに行くね。ばあちゃんが家にいる時間に合わせるよ', '09011113333', 'allow']],
  ['アポ電: a "bank" asks the amount of タンス預金 and a safe, call back vs. a 信金\'s own advice against cash at home',
    ['〇〇銀行です。お客様のタンス預金の額と、ご自宅の金庫の有無を確認させてください。折り返しお電話ください。', '05011112222', 'block'],
    ['【○○信用金庫】タンス預金は盗難・火災のリスクがあります。定期預金のご相談は窓口へ。', '0005012345', 'allow']],
  ['アポ電: a grandchild\'s voice asking the cash at home (tagged, not blocked) vs. a spouse\'s own question',
    ['おばあちゃん、おれだけど。いま家に現金いくらある？タンス預金とかしてる？', '09055556666', 'suspicious'],
    ['旦那へ。家に現金いくらあったっけ？明日の集金で使うから', '07012341234', 'allow']],
  ['アポ電: when the home is empty vs. a mover asking when the reader is home for the estimate',
    ['国勢調査の追加調査です。ご家族の人数と、平日の日中にご自宅が留守になる時間帯を返信してください。', '08044445555', 'block'],
    ['〇〇引越センターの山田です。お見積りのため訪問したいので、ご在宅の日時を教えてください。', '09012124545', 'allow']],
  ['アポ電: a home-security "check" asks the cash kept vs. the security company\'s own inspection notice',
    ['ホームセキュリティ点検センターです。防犯診断のため、ご自宅に保管している現金の額と金庫の有無をご返信ください。', '08077778888', 'block'],
    ['【セコム】ご契約のホームセキュリティの定期点検に12/10(水)午前に伺います。ご都合が悪い場合はお電話ください 0120-756-000', '0120756000', 'allow']],
  ['アポ電 among friends: none — a realtor answering an inquiry, a friend asking "今日家にいる?"',
    ['〇〇不動産の佐藤です。お問い合わせありがとうございます。お部屋探しは一人暮らし用でよろしいですか？', '08055553333', 'allow'],
    ['今日家にいる?おすそ分け持って行きたい', '08012341234', 'allow']],
  ['アポ電: a "neighbour" asks when the home stands empty vs. a landlord asking to hear of a long absence (pipes freezing)',
    ['ご近所の者です。防犯の見回りをしています。平日の昼間、お宅が留守になる時間帯を教えてください。', '08023456789', 'block'],
    ['大家の岩田です。年末年始に家を空ける予定があれば教えてください。水道凍結の対策をお願いします。', '09011122233', 'allow']],
  ['アポ電: a grandchild on a new number asks the cash at home vs. the same new number asking when grandma is in, to visit',
    ['おばあちゃん、携帯壊れて番号変わった。いま家に現金いくらある？タンス預金とかしてる？', '09012340000', 'block'],
    ['おばあちゃん、携帯壊れて番号変わった。土曜は家にいる？顔見に行くね', '09012340000', 'not-block']],
  ['アポ電 in Chinese vs. a Chinese crime-prevention warning',
    ['您好，这里是市政府防盗调查。请回复：您是否独居？家里放了多少现金？', '+8613800138000', 'block'],
    ['【〇〇市】防盗提醒：如有人打电话问“家里有多少现金”“是否独居”，请不要回答，这是诈骗。', '0005028841', 'allow']],
  ['アポ電 in Vietnamese vs. a friend asking whether the reader is home',
    ['Đây là khảo sát phòng chống trộm của thành phố. Vui lòng trả lời: bạn có sống một mình không, nhà bạn để bao nhiêu tiền mặt?', '+84912345678', 'block'],
    ['Chiều nay bạn có ở nhà không? Mình mang bánh qua cho.', '09012348765', 'allow']],
  ['アポ電 in English vs. the city\'s notice that it never asks about cash at home',
    ['This is the city hall safety survey. Please reply: do you live alone, and how much cash do you keep at home?', '09066667777', 'block'],
    ['[City Hall] Beware of phone calls asking how much cash you keep at home or whether you live alone. We never ask this. Do not answer.', '0005063399', 'allow']],
  ['アポ電 in Portuguese vs. a friend arranging a visit',
    ['Aqui é a prefeitura, pesquisa de segurança. Responda: mora sozinho? Quanto dinheiro em espécie guarda em casa?', '09077778888', 'block'],
    ['Oi! Você vai estar em casa no sábado à tarde? Quero levar o bolo que prometi.', '09011119999', 'allow']],
  // Money or a detail asked in an office-holder's voice through a channel the role does not own (asks/role.ts): this
  // number's PayPay, the writer's own account, an account by reply, cash at the door for nothing ordered, a slip's
  // number, a personal mobile; secrecy from the usual party. Twins: the organisation's own route, a named officer, a booking.
  ['a class teacher asking a shortfall to this number\'s PayPay vs. the same shortfall by the school\'s collection envelope',
    ['3年1組担任の佐々木です。校外学習のバス代が不足しました。1人1,500円を本日中にこの番号のPayPayへ送金してください。', '08055551234', 'block'],
    ['3年1組担任の佐々木です。校外学習のバス代が不足しました。差額の1人1,500円は来週の集金袋でお願いします。', '08055551234', 'allow']],
  ['a treasurer unnamed, this number\'s PayPay, the principal kept out vs. a treasurer naming herself and her PayPay ID',
    ['PTA会計です。卒業記念品の積立金が不足しています。各家庭2,000円をこの番号のPayPayへお願いします。校長先生には私から伝えます', '09011119999', 'flagged'],
    ['テニスサークル会計の宮本です。来月のコート代1人1,500円、PayPayで私(ID: miyamoto_tennis)に送ってください。', '09011119999', 'allow']],
  ['a landlord\'s rent to his own account, the agent kept out, vs. a landlord pointing to the management company\'s paper',
    ['大家です。来月から家賃は私の口座に直接お願いします。不動産屋には言わないでください', '08077778888', 'flagged'],
    ['大家の村上です。来月から家賃の振込先が変わります。詳しくは管理会社のみどり不動産から届く書面をご確認ください', '08077778888', 'allow']],
  ['a building committee\'s large levy with the account "by reply" vs. its notice of the general meeting',
    ['マンション管理組合です。大規模修繕の追加費用として1戸15万円が必要になりました。振込先は返信でお知らせします', '09033334444', 'block'],
    ['マンション管理組合です。大規模修繕の追加費用については、12/14の臨時総会で説明します。議案書は各戸に配布済みです', '09033334444', 'allow']],
  ['an unnamed association\'s "contribution" collected at the door vs. a named officer collecting the dues',
    ['自治会の者です。防犯灯の修理協力金として1世帯2,000円をお願いしています。明日係の者が集金に伺います', '09099990000', 'flagged'],
    ['自治会班長の中村です。今年度の自治会費2,400円、今週土曜に各戸を回って集めます。領収書をお渡しします', '09099990000', 'allow']],
  ['a maintenance desk\'s worker to take a fee in cash at the door vs. a booked cleaning paid in cash',
    ['決済端末のサポートセンターです。お店のカード端末が来月から使えなくなります。明日作業員が交換に伺います。交換費用38,000円は現金でお願いします', '09010400234', 'flagged'],
    ['エアコンクリーニングのご予約ありがとうございます。明日10時に伺います。料金12,000円は当日現金でお願いします', '09010400234', 'allow']],
  ['a caretaker asking the slip\'s number vs. a caretaker pointing to the slip for redelivery',
    ['管理人です。お部屋の前に不在票がありました。代わりに受け取っておくので、不在票の番号を教えてください', '08012345678', 'flagged'],
    ['管理人です。不在票が入っていたので、再配達は不在票の番号から手続きしてくださいね', '08012345678', 'allow']],
  ['a head teacher\'s "school phone is broken, call my mobile" (tags, never blocks alone) vs. her notice naming the school\'s line',
    ['〇〇保育園の園長です。園の電話が故障しているので、私の携帯 080-3941-5726 へ今日中にお電話ください', '08060646519', 'suspicious'],
    ['〇〇保育園の園長です。明日の遠足は雨天でも実施します。ご不明な点は園の電話までお願いします', '08060646519', 'allow']],
  ['a school\'s "treatment money to advance, ring the person in charge" on a mobile vs. a teacher asking to be rung about a pick-up',
    ['〇〇小学校です。お子さまが休み時間にけがをして病院に運ばれました。治療費の立替えが必要なため、担当 080-5521-3390 へすぐお電話ください', '07012223333', 'flagged'],
    ['〇〇中学校 2年3組 担任の石川です。お子さんが体育で足をひねったので保健室で休んでいます。お迎えをお願いできますか。私の携帯 090-1234-5678 へご連絡ください', '08012345678', 'allow']],
  ['English: a treasurer\'s "this number\'s PayPay, I\'ll tell the coach" vs. a club asking PayPay to a named ID or cash',
    ['I\'m the team treasurer. The bus fee went up, please send ¥3,000 to this number\'s PayPay today. I\'ll tell the coach myself.', '09012345678', 'flagged'],
    ['Hi all, the court fee is ¥1,500 each this month. Please PayPay me (ID: ken_tennis) or bring cash on Saturday.', '09012345678', 'allow']],
  ['Chinese: a company interpreter collecting dorm fees in cash, "don\'t tell the team leader", vs. the fee deducted as usual',
    ['我是你们公司的翻译小王。社长说宿舍费改成现金,明天我去宿舍收,每人30,000日元,先别跟组长说。', '08012340001', 'flagged'],
    ['我是你们公司的翻译小王。下个月宿舍费照常从工资里扣,有问题可以问组长。', '08012340001', 'allow']],
  // Fee first, in any wording: a payment asked now for a benefit the reader wants (a subsidy, a recommendation, a referral to
  // HR, a visa's renewal) to a payee the reader cannot check (asks/payee.ts fee branch and payee-later), vs. an invoice in
  // hand for a service asked for, an office's own counter, a revenue stamp at the immigration office.
  ['a subsidy agent\'s 着手金 before the subsidy vs. a scrivener\'s invoice for an application the reader asked for',
    ['ものづくり補助金の申請サポートです。採択率は9割以上、最大500万円。着手金15万円をお振込みいただければ書類はすべて弊社で作成します', '08061114222', 'flagged'],
    ['【山田行政書士事務所】ご依頼いただいた補助金申請の着手金5万円の請求書を郵送しました。請求書に記載の口座へお振込みください。', '0312345678', 'allow']],
  ['a recommendation letter\'s fee before a selection vs. a university career centre\'s letter issued at its counter',
    ['キャリア支援の佐藤です。外資系2社の非公開選考に推薦できます。推薦状の発行費用12,000円を本日中にお振込みいただければ、すぐに書類選考に進めます', '08061114223', 'flagged'],
    ['【さくら大学キャリアセンター】推薦状の発行を希望する学生は、窓口で申請してください。発行手数料は200円です。', '0354271112', 'allow']],
  ['a referral fee to reach a company\'s HR, sent by PayPay, vs. a career centre\'s letter',
    ['内定者です。人事部長に直接つなげる紹介枠があと1名分だけあります。紹介料4万円、PayPayで送ってくれたらすぐつなぎます', '09061114224', 'flagged'],
    ['【さくら大学キャリアセンター】OB・OG訪問の紹介は無料です。希望者はキャリアセンターの窓口へ。', '0354271112', 'allow']],
  ['Mongolian: an "interpreter\'s" visa-renewal fee, account to follow, vs. a school\'s notice of the revenue stamp paid at immigration',
    ['Сайн байна уу, би компанийн орчуулагч. Визийн сунгалтын хураамж 40,000 иенийг энэ сард төлөх ёстой. Дансаа би явуулна.', '+8613912345678', 'flagged'],
    ['【○○日本語学校】在留期間更新の申請手数料は収入印紙6,000円です。入管の窓口でお支払いください。書類は学校で準備します', '0354271111', 'allow']],
  ['Bengali: an agency\'s visa-renewal money today, account to follow, vs. the same school notice',
    ['দাদা, আমি এজেন্সি থেকে। আপনার ভিসা নবায়নে সমস্যা, আজই ৫০,০০০ ইয়েন পাঠাতে হবে। অ্যাকাউন্ট নম্বর পাঠাচ্ছি।', '08061114225', 'flagged'],
    ['【○○日本語学校】在留期間更新の申請手数料は収入印紙6,000円です。入管の窓口でお支払いください。書類は学校で準備します', '0354271111', 'allow']],
  ['Indonesian: a training centre\'s visa-extension fee by transfer vs. a friend telling the fee was paid at the immigration counter',
    ['Pak, saya dari LPK. Ada biaya administrasi perpanjangan visa 50.000 yen, harus dibayar minggu ini lewat transfer.', '08061114226', 'flagged'],
    ['Perpanjangan visa saya sudah selesai, biaya administrasi dibayar di loket imigrasi pakai materai', '08061114227', 'allow']],
  ['Indonesian: the same fee by transfer vs. a sister\'s advice to pay it at the immigration office and transfer to no one',
    ['Pak, saya dari LPK. Ada biaya administrasi perpanjangan visa 50.000 yen, harus dibayar minggu ini lewat transfer.', '08061114226', 'flagged'],
    ['Kak, biaya perpanjangan visa bayar di kantor imigrasi ya, pakai materai 6.000 yen. Jangan transfer ke siapa pun', '09011110007', 'allow']],
  ['Japanese: a visa-renewal fee to a broker vs. a friend reminding the fee is paid at immigration',
    ['ビザ更新の件で連絡しました。今月中に手数料3万円が必要です。口座は後ほどお送りします', '08061114233', 'flagged'],
    ['ビザ更新の手数料4,000円、入管で払うの忘れないでね', '09011110002', 'allow']],
  ['Mongolian and Nepali: the renewal fee paid at the immigration office with a stamp is not the broker\'s fee first',
    ['Сайн байна уу, би компанийн орчуулагч. Визийн сунгалтын хураамж 40,000 иенийг энэ сард төлөх ёстой. Дансаа би явуулна.', '+8613912345678', 'flagged'],
    ['Ах аа, визийн сунгалтын хураамжийг цагаачлалын албанд төлөх ёстой, тамга худалдаж аваарай.', '09011110010', 'allow']],
  ['Nepali: an agency\'s renewal money, account to follow, vs. a brother on the fee paid at the immigration office',
    ['नमस्ते भाइ, म एजेन्सीबाट। तपाईंको भिसा नवीकरणको कागज अड्कियो, आज ५०,००० येन तिर्नुपर्छ। खाता नम्बर पठाउँछु।', '08061114234', 'flagged'],
    ['भाइ, भिसा नवीकरणको शुल्क ४,००० येन अध्यागमन कार्यालयमा तिर्नुपर्छ, राजस्व टिकट किनेर।', '09011110008', 'not-block']],
  // Relatives in trouble in dialect or in kana alone (lures/kana.ts reads a kana-written text in one script; collect.ts
  // envoyForMoney: a boss, colleague or subordinate sent to the home for the money), vs. a relative's ordinary message.
  ['Kansai: cash for a colleague who drops by vs. vegetables for a colleague who drops by',
    ['母さん、オレやけど。会社の金でトラブってもうて今日だけ現金いるねん。同僚の山本が夕方家に寄るから、封筒に入れて渡しといて', '08061114228', 'block'],
    ['母さん、会社の後輩の田中が明日家に寄るから、この前の野菜を渡しといて', '09012340004', 'allow']],
  ['Tohoku: a boss coming for the money vs. thanks for the rice',
    ['ばあちゃん、おらだ。会社の金っこなくして首になる。上司の人が家さ取りに行ぐがら、50万用意してけろ。誰にも言わねでけろ', '07061114229', 'block'],
    ['じいちゃん、おらだ。今年の米っこ届いたがら、みんなで食べてけろ。ありがとな', '09012340005', 'allow']],
  ['Kansai: a loan asked on a new number vs. a surprise visit kept from mum',
    ['ばあちゃん、オレや。スマホ壊れてこの番号になってん。ちょっと困ってて、20万だけ貸してくれへん?おかんには言わんといて', '08061114232', 'block'],
    ['ばあちゃん、オレや。来週そっち帰るわ。おかんには言わんといて、びっくりさせたいねん', '09012340008', 'not-block']],
  ['hiragana: a gift card bought and its back\'s number sent vs. a gift card wished for as a present',
    ['おじいちゃん あたらしい ばんごう だよ。こまってるの。アマゾンの カードを 2まんえんぶん かって うらの ばんごうを おくって', '08061114230', 'block'],
    ['ママ、たんじょうびの プレゼント、アマゾンの カードが いいな。かいものに つかいたいの', '09012340002', 'allow']],
  ['a card bought and the number on its back sent, whatever the card is called, vs. the back of a health-insurance card the reader holds',
    ['おばあちゃん、困ってるの。コンビニでカードを3万円分買って、裏の番号を写真で送ってほしい', '08011112222', 'block'],
    ['お母さん、病院の受付で聞かれたから、保険証の裏の番号教えて', '08011112224', 'allow']],
  ['katakana: the police\'s call-back about an account used for fraud vs. a grandchild\'s thanks in kana',
    ['ケイサツ デス。アナタ ノ コウザ ガ サギ ニ ツカワレテ イマス。スグ 03-1234-5678 ニ デンワ シテ クダサイ', '08061114231', 'block'],
    ['おばあちゃん、おこづかい ありがとう! こんど あったら おれいに かたを もむね。また でんわ するね', '09012340001', 'allow']],
  // A warning among friends quotes the lure in single quotes, in any language, and says it was received or is fake:
  // Sinhala '…' කියලා ("saying"), Burmese '…' ဆိုတဲ့ ("that says"), Vietnamese tin nhắn giả kiểu '…' ("a fake message like").
  ['Sinhala: the account-selling lure vs. a friend quoting it as what messages say',
    ['ලංකාවට යනකොට බැංකු ගිණුම විකුණන්න, යෙන් 30,000ක් දෙනවා. LINE ID: acc_buy88', '09012345678', 'block'],
    ["යාළුවනේ, 'ලංකාවට යනකොට බැංකු ගිණුම විකුණන්න' කියලා පණිවිඩ එනවා. ගිණුම විකිණීම අපරාධයක්. එහෙම කරන්න එපා.", '09012345678', 'allow']],
  ['Burmese: the account-selling lure vs. a friend quoting it as the messages going round',
    ['ဘဏ်အကောင့်ရောင်းရင် ယန်း ၃၀၀၀၀ ပေးမယ်။ LINE ID: acc_buy88 ကို ဆက်သွယ်ပါ', '+959123456789', 'block'],
    ["သတိထားပါ။ 'ဘဏ်အကောင့်ရောင်းရင် ယန်း ၃၀၀၀၀ ပေးမယ်' ဆိုတဲ့ မက်ဆေ့ချ်တွေ လာနေတယ်။", '09012345678', 'allow']],
  ['Vietnamese: a redelivery lure vs. a friend calling it a fake message, quoted in single quotes',
    ['Bưu điện Nhật: bưu kiện của bạn bị giữ lại, bấm link để giao lại https://jp-post-vn.top/r', '+84901234567', 'block'],
    ["Cả nhà ơi, có tin nhắn giả kiểu 'Bưu điện Nhật: bưu kiện của bạn bị giữ lại, bấm link để giao lại' nha, đừng bấm.", '08012345678', 'allow']],
  // An advisor who says the office never texts so, and "if it comes, don't open it, tell me": a warning, no ask through a stranger.
  ['an office asking to be rung on a handset vs. an advisor: "such an SMS never comes; if it does, don\'t open it, tell me"',
    ['日本年金機構です。年金の振込口座に不備があります。本日中にこちらの番号までご連絡ください', '08012345678', 'block'],
    ['社労士の田中です。年金機構から口座の確認を求めるSMSが来ることはありませんので、もし届いたら開かずにご連絡ください', '08012345678', 'allow']],
  // A payee the reader reads off the papers the known party gave them (請求書に記載, 契約書に書いてある) is not a lure's account.
  ['family: a changed payee to pay today vs. the payee written on the landlord\'s papers',
    ['引っ越しの敷金、半分はお母さんが出すって。振込先が変わったから、今日中にこの口座に振り込んで。ゆうちょ 12345-6789', '07012345678', 'block'],
    ['引っ越しの敷金、半分はお母さんが出すって。振込先は不動産屋さんの契約書に書いてあるとこね', '07012345678', 'allow']],
  // A letters ID cannot be replied to or rung: with no link, number or e-mail written and nothing asked but through the
  // reader's own app, the notice gives a scammer nothing to collect, spoofed or not; its fear words are the brand's own.
  ['letters ID: a login alert linking to a look-alike page vs. the same alert sending the reader to the app',
    ['Netflix: 新しいデバイスからログインがありました。ご本人でない場合はこちらからパスワードを変更してください https://netflix-account-jp.top/login', 'NETFLIX', 'block'],
    ['Netflix: 新しいデバイスからログインがありました。ご本人でない場合はアプリの「アカウント」からパスワードを変更してください。', 'NETFLIX', 'allow']],
  ['letters ID: a login alert asking the password by reply vs. one pointing to the app\'s login history',
    ['【Yahoo! JAPAN】新しい端末からログインがありました。ご本人確認のため、このSMSにパスワードを返信してください。', 'Yahoo! JAPAN', 'block'],
    ['【Yahoo! JAPAN】新しい端末からログインがありました。ご自身でない場合はアプリの「ログイン履歴」をご確認ください。', 'Yahoo! JAPAN', 'allow']],
  // A notice that says what its sender never does disowns the scam's channel in its own words (no smishing row does);
  // with no link, number or e-mail of its own, it leaves nothing to collect: its benefit or arrears words are its own.
  ['a benefit form chased through a look-alike page vs. the town\'s notice that it never sends links',
    ['【桜川町】臨時給付金の確認書の返送が確認できません。本日中にこちらから手続きしてください https://sakuragawa-kyufu.top/k', '09012345678', 'block'],
    ['【桜川町】臨時給付金の確認書を発送しました。同封の返信用封筒でご返送ください。町からSMSでリンクをお送りすることはありません。', undefined, 'allow']],
  ['arrears pressed for today vs. arrears to be paid with the slip in hand, the payee never given by SMS',
    ['【桜川町 税務課】町民税が未納となっています。本日中にお支払いください。', undefined, 'flagged'],
    ['【桜川町 税務課】町民税が未納となっています。お手元の納付書でお支払いください。町からSMSで振込先を指定することはありません。', undefined, 'allow']],
  // A student greeting a teacher (em chào thầy/cô) speaks as a person: the immigration bureau is where they go, not who writes.
  ['Vietnamese: immigration claimed with a look-alike page vs. a student telling the teacher they go to immigration',
    ['Cục xuất nhập cảnh thông báo: thẻ cư trú của bạn sắp hết hạn, vui lòng gia hạn tại https://nyukan-vn.top/gh', '08012345678', 'block'],
    ['Em chào cô, thứ Năm em xin nghỉ học vì phải lên cục xuất nhập cảnh gia hạn thẻ cư trú ạ', '08012345678', 'allow']],
  // "立て替えてもらった" tells of a debt the writer owes the reader: the "立て替えて" inside it asks nothing.
  ['a new number asking the BBQ money today vs. a friend paying back what the reader advanced',
    ['ケンジ、俺だけど番号変わった。先月のBBQの肉代、今日中にこの口座に振り込んで。三井住友 1234567', '09012345678', 'block'],
    ['ケンジ、先月立て替えてもらったBBQの肉代、今夜振り込む。口座は前と同じ三井住友でいい？', '09012345678', 'allow']],
  // A notice that sends the reader to a way they already hold (the slip in hand, the enclosed envelope, the counter)
  // and writes no link, number or e-mail names no way a stranger holds: its arrears words are the notice's own.
  ['arrears: pay today (or through a look-alike page) vs. pay with the slip in hand',
    ['【ひまわり電力】11月分の電気料金のお支払い期限が過ぎています。本日中にお支払いください。', undefined, 'flagged'],
    ['【ひまわり電力】11月分の電気料金のお支払い期限が過ぎています。お手元の払込票でコンビニからお支払いください。', undefined, 'allow']],
  ['arrears through a look-alike page from a handset vs. the same notice naming only the slip in hand',
    ['【ひまわり電力】11月分の電気料金のお支払い期限が過ぎています。お支払いはこちら https://himawari-denki.top/pay', '09012345678', 'block'],
    ['【ひまわり電力】11月分の電気料金のお支払い期限が過ぎています。お手元の払込票でコンビニからお支払いください。', undefined, 'allow']],
  // Korean: the code asked for vs. the spouse's warning not to give it to whoever asks (as 教えちゃダメ).
  ['Korean: a new number asking for the KakaoTalk code vs. a spouse saying not to tell it to anyone who asks',
    ['엄마 나 폰 고장나서 새 번호야. 카톡 새로 깔았는데 인증번호 문자 갔을 거야. 그 번호 좀 알려줘, 급해', '08012345678', 'block'],
    ['여보 나 카톡 다시 깔아서 인증번호 문자 갔을 거야, 내가 한 거야. 누가 물어봐도 알려주지 마', '08012345678', 'allow']],
  // A new number saved beside a plan the two already share (its day or hour, no deadline) is news; the opener announces a matter for later.
  ['new number: saved with a favour announced for tomorrow vs. saved beside the family\'s plan',
    ['母さん、番号変わったよ。登録よろしく。明日ちょっと頼みたいことがあるから連絡するね', '09012345678', 'flagged'],
    ['母さん、番号変わったよ。登録よろしく。土曜の法事は10時に行くね', '09012345678', 'allow']],
  // Institutions named by their kind, not a brand we list (data/brands.json kinds): a 信組, a JA, a health
  // centre, a 信金, a hospital, a gas company, a regional bank. The lure sends the reader off the kind's channels.
  ['a 信組 by its kind with a shortened link vs. its own notice on its .co.jp site',
    ['【飛騨信組】お客様の口座のお取引を一時制限しています。解除のお手続き https://bit.ly/4hDaQz', '08051237788', 'block'],
    ['【飛騨信組】年末年始のATM稼働時間のお知らせ https://www.hida-shinkumi.co.jp/news/', undefined, 'allow']],
  ['a JA named "JA" and its place with a shortened link vs. its own notice on its .or.jp site',
    ['【JAみどり】貯金口座のご本人確認が必要です。こちらから https://is.gd/jamdr2', '07061234590', 'block'],
    ['【JAみどり】年金友の会の旅行のご案内 https://www.ja-midori.or.jp/tomonokai/', undefined, 'allow']],
  ['a health centre asking a call-back to a mobile vs. the same on its landline',
    ['【〇〇市保健センター】乳幼児健診の件でご確認いただきたいことがあります。担当 090-6123-4471 までお電話ください', undefined, 'flagged'],
    ['【〇〇市保健センター】乳幼児健診の件でご確認いただきたいことがあります。保健センター 047-712-8855 までお電話ください', undefined, 'not-block']],
  ['a 信金 asking a call-back to a mobile it writes vs. its 渉外担当 asking to be rung on the handset he texts from',
    ['【さくら信用金庫】キャッシュカードの件で至急ご確認いただきたいことがあります。担当 080-4412-7730 までお電話ください', undefined, 'flagged'],
    ['さくら信用金庫の渉外担当の佐藤です。先日ご相談の定期預金の件、ご都合のよい時にこの番号へお電話ください', '08044127730', 'not-block']],
  ['a hospital asking a call-back to a mobile vs. its reminder on its own domain',
    ['【みどり台病院】検査結果の件でお伝えしたいことがあります。090-7712-3304 までお電話ください', undefined, 'block'],
    ['【みどり台病院】明日10時のご予約のお知らせです。変更は https://www.midoridai-hp.jp/yoyaku から', undefined, 'allow']],
  ['a regional bank on a cheap-TLD host spelling "ginko" vs. a friend sending a news article about their bank',
    ['【〇〇銀行】お取引目的の確認のお願い。ご回答はこちら https://marumaru-ginko.top/kakunin', '09012345678', 'block'],
    ['うちの銀行、来月から振込手数料が上がるらしい。これ https://www.nikkei.com/article/DGXZQOUB0112345/', '09012345678', 'allow']],
  ['a police station asking a call-back to an officer\'s mobile about the reader\'s account vs. the station asking a call on its own landline about a lost item',
    ['〇〇警察署の佐藤です。あなたの口座が詐欺グループに使われています。私の携帯 090-5512-3380 にすぐお電話ください', undefined, 'block'],
    ['〇〇警察署の佐藤です。先日の落とし物の件で、署の 03-1234-5678 にご連絡ください', undefined, 'not-block']],
  ['a 信金 by its kind asking a call-back to a mobile vs. the same 信金 asking a call to its branch\'s 0120',
    ['【さくら信用金庫】ご来店予約の件でご確認いただきたいことがあります。担当 080-4412-7730 までお電話ください', undefined, 'flagged'],
    ['【さくら信用金庫】ご来店予約の確認です。変更はお取引店 0120-123-456 までお電話ください', undefined, 'not-block']],
  ['a gas company asking a call-back to a mobile vs. its fitter asking to be rung on the handset he texts from',
    ['【ひばりガス】ガス料金の過払い分を返金します。担当 090-3381-2256 までお電話ください', undefined, 'block'],
    ['【ひばりガス】メーター交換の日程の件、担当の田中からご連絡します。ご不在の場合はこの番号にお電話ください', '09033812256', 'allow']],
  ['a buyer new to the shop asking goods shipped now and paid next month (取り込み詐欺) vs. a regular customer\'s same order',
    ['はじめまして、大阪で飲食店を経営しております。御社のHPで干し芋を拝見しました。200袋を来週までに送っていただけますか?お支払いは翌月末払いでお願いします。連絡はこの携帯まで', '08031234567', 'flagged'],
    ['いつもお世話になっております、居酒屋たなかです。いつもの干し芋を200袋、来週までに送っていただけますか?お支払いは翌月末払いでお願いします', '08031234567', 'allow']],
  ['an unasked buy-up visit set by asking when the reader is home (押し買い) vs. the appraisal the reader asked for',
    ['着物・ブランド品の高価買取。ご近所で出張査定を行っています。明日伺いますので、ご在宅の時間を返信ください', '09044445555', 'flagged'],
    ['ご依頼いただいた着物の出張査定、明日14時に伺います。ご在宅の時間に変更があればご連絡ください', '09044445555', 'allow']],
  ['a charged job at the door, unasked, vs. a landlord\'s inspection that names no money',
    ['排水口の高圧洗浄を行います。今回から作業費9,900円がかかります。作業員が明日伺いますので、ご在宅の時間を教えてください', '08077778888', 'flagged'],
    ['大家の佐藤です。来週、給湯器の点検業者が入ります。お部屋に伺いますので、ご在宅の時間を教えてください', '08077778888', 'allow']],
  ['a shop told of lost sales to sell a plan vs. the same plan pitched with no harm told',
    ['美容院オーナー様 予約サイトの掲載順位が下がり、売上が落ちています。集客対策プラン月2万円、今週中にお申し込みください。ご返信お待ちしています', '09055556666', 'flagged'],
    ['美容院オーナー様 集客対策プランのご案内です。月2万円で予約サイト用の写真撮影を承ります。ご興味があればご返信ください', '09055556666', 'not-block']],
  ['a veiled threat if the shop does not sign (MEO) vs. a friend sighing over a bad review',
    ['先ほどお電話した地図アプリ対策の者です。管理者登録がないとお店の情報を誰でも書き換えられますよ。ご契約いただけないなら、どうなっても知りませんけどね', '07012121212', 'flagged'],
    ['うちの店、星1が2件ついててへこむ…でも気にしないことにした!', '07012121212', 'not-block']],
  ['goods sent cash on delivery on the tie of an earlier purchase (送りつけ) vs. the shop shipping what was ordered',
    ['以前ホタテをお買い上げいただいた水産会社です。売れ残りで困っております。ホタテ1kg 9,800円、代引きで送らせていただけませんか', '09066667777', 'flagged'],
    ['ご注文のホタテ1kg、本日代引き(9,800円)で発送いたします。丸中水産', '09066667777', 'allow']],

  // Visits to the home nobody booked, with something at stake (commerce.ts visitStake, collect.ts keyLeftForJob; 消防庁 and fire
  // departments on extinguisher and alarm inspections, 国民生活センター 点検商法・訪問購入): a penalty or a danger told, jewellery
  // beside a buy, cash on the day, the key left out. Twins: the managing agent's, the gas company's and the booked visits.
  ['an extinguisher "expired" with a fine told and a visit set vs. a managing agent\'s fire-equipment inspection notice',
    ['消火器の使用期限が過ぎています。このままでは罰金の対象です。明日10時に業者が伺いますのでご在宅ください', '08012340001', 'block'],
    ['〇〇管理です。12月12日(金)10時から消防設備点検のため室内に入ります。ご不在でも費用はかかりません。', '0005123401', 'allow']],
  ['a fire alarm "now compulsory" with a penalty and a dated visit vs. a fire department saying it never inspects at the door',
    ['住宅用火災警報器の点検が義務化されました。未点検は消防法違反となります。本日午後に点検員が伺います', '09012340002', 'block'],
    ['【〇〇市消防本部】消防職員が消火器や火災警報器の点検・販売で訪問することはありません。不審な訪問はご相談ください', '0005123402', 'allow']],
  ['a gas leak told to set a same-day inspection vs. the gas company\'s statutory inspection notice that takes no money',
    ['ガス会社の委託業者です。お宅の配管からガス漏れの恐れがあり大変危険です。本日15時に点検に伺いますのでご在宅ください', '07012340003', 'block'],
    ['東京ガス:法定の定期保安点検のお知らせ。明日午後に係員がお伺いします。点検は無料で、その場で料金をいただくことはありません', '0005123403', 'allow']],
  ['roof damage "seen from the scaffold" with a leak feared and a free look vs. a son warning of the same pitch',
    ['近くで屋根工事をしている者です。お宅の瓦がずれているのが足場から見えました。雨漏りする前にタダで見ますので明日伺ってもいいですか', '09012340004', 'block'],
    ['親父、屋根の瓦がずれてるって業者が来ても契約しないでね。知り合いの工務店に見てもらうから', '09012340004', 'allow']],
  ['a free termite inspection set for tomorrow with the reader\'s presence asked vs. a neighbour telling of their own booked job',
    ['床下のシロアリ点検の無料キャンペーン中です。明日午前に伺いますのでご在宅ください', '08012340005', 'flagged'],
    ['お隣の山田です。明日うちでシロアリ駆除の業者さんが来るので、少し音がうるさいかもしれません。すみません', '08012340005', 'allow']],
  ['a buyer asking jewellery beside the kimono it was called for (押し買い) vs. the buy-up the reader booked',
    ['先日お電話した買取の者です。お着物の査定、明日14時に伺います。使わない指輪やネックレスもご用意ください', '08012340006', 'block'],
    ['出張買取のご予約確認です。12/9(水)14時にお伺いします。査定品目はブランドバッグ2点と伺っております。', '08012340006', 'allow']],
  ['an inspection charged in cash on the day of an unasked visit vs. a booked electrician confirming the time',
    ['エアコンの無料点検を実施中です。明日伺います。部品交換が必要な場合は当日現金でお支払いください', '07012340007', 'block'],
    ['電器屋の松田です。エアコンの取り付け、7月3日の10時でご予約承りました。室外機の置き場所だけ空けておいてください', '07012340007', 'allow']],
  ['a "managing agent" asking the key left in the mailbox vs. the caretaker keeping keys in the caretaker\'s room',
    ['管理会社です。明日10時に排水管の緊急点検で室内に入ります。お留守の場合は鍵を集合ポストに入れておいてください', '07012340008', 'block'],
    ['東野ハイツ管理人の吉田です。明日排水管清掃で業者が入ります。在室できない方は鍵を管理人室でお預かりします', '07012340008', 'allow']],
  ['a tradesman asking the door left unlocked while the reader is out vs. a child on the way home asking the same of a parent',
    ['給湯器点検の業者です。明日ご不在の場合は玄関の鍵を開けておいてください。作業は済ませておきます', '08012340009', 'flagged'],
    ['お母さん、鍵忘れちゃった。あと10分で家に着くから玄関開けといて', '08012340009', 'allow']],
  ['goods a "volunteer centre" sends cash on delivery vs. the shop shipping what was ordered',
    ['災害ボランティアセンターです。被災地支援の一環として名産品セットを代引きでお送りしています。ご協力お願いします', '09012340010', 'block'],
    ['ご注文の名産品セット、本日代引き(5,400円)で発送いたしました。〇〇物産', '09012340010', 'allow']],
  ['crab sent cash on delivery tomorrow unless the reader rings vs. a courier delivering a cash-on-delivery parcel',
    ['カニの直売所です。年末限定で毛ガニ3杯8,000円。代引きで明日お届けします。ご不要の場合はこの番号にお電話ください', '07012340011', 'flagged'],
    ['佐川急便です。代金引換のお荷物(3,280円)を明日お届けします。現金のほかカードでもお支払いいただけます。', '07012340011', 'allow']],
  ['relief goods collected door to door on a visit set by text vs. a council naming its collection point',
    ['〇〇市の者です。地震の支援物資を集めて回っています。今日そちらの地区に伺うので、ご在宅か返信ください', '08012340012', 'block'],
    ['〇〇町内会です。被災地への支援物資は今週土曜10時〜15時、公民館で受け付けます。', '08012340012', 'allow']],
  ['a gas-leak check\'s date arranged by reply vs. the gas company arranging the leased leak alarm\'s replacement',
    ['【ガス保安センター】ガス漏れ点検の日程調整のため、ご在宅の日時をこのメッセージに返信してください。', '09012340013', 'block'],
    ['【東京ガス】リース中のガス漏れ警報器の交換時期です。交換日の日程調整はお客さまセンター(0570-002211)へご連絡ください。', '0005123413', 'allow']],
  ['lost property "kept" and sent on for postage paid first into an account vs. the taxi company keeping it at its counter',
    ['〇〇交通です。昨夜ご乗車の際のお忘れ物(財布)をお預かりしています。着払いでお送りしますので、送料1,200円を下記口座へ先にお振込みください', '08012340014', 'flagged'],
    ['〇〇タクシーです。昨夜ご乗車時のお忘れ物(黒い折りたたみ傘)を営業所でお預かりしています。受け取りは営業所窓口まで、身分証をお持ちください', '08012340014', 'allow']],
  ['a "patrol" fitting cameras in every home for cash on the works\' day vs. the fitter the reader booked',
    ['地域の防犯パトロール隊です。空き巣が多発しているため、各家庭に防犯カメラを設置しています。残りの2万円は工事当日に現金でお願いします', '09012340015', 'flagged'],
    ['ご依頼の防犯カメラ設置、12月10日10時に伺います。お代は見積りどおり2万円、工事当日に現金でお願いします。〇〇電設', '09012340015', 'allow']],
  ['cash handed to the worker for a meter swap vs. the power company\'s notice of the same swap',
    ['あなたの電気メーターの交換工事があります。立会い費用として作業員に現金8,800円をお渡しください', '07012340016', 'flagged'],
    ['九州電力です。スマートメーター取替工事を12/12に実施します。ご在宅の必要はありません。工事中、数分間停電します。', '0005123416', 'allow']],

  ['a recruiter moving the applicant to a personal LINE ID vs. the same recruiter pointing to its own hiring site',
    ['【採用担当】株式会社サクラ物産人事部の佐藤です。先日エントリーいただいた件で、特別選考にご案内できます。詳細はLINE(ID: sakura_hr77)でお送りしますので追加をお願いします', '07036641234', 'flagged'],
    ['【採用担当】株式会社サクラ物産人事部の佐藤です。先日エントリーいただいた件で、一次面接のご案内です。日程は採用サイトのマイページからお選びください', '07036641234', 'allow']],
  ['a job handed over to a Telegram handle vs. a friend who will talk about their interview there',
    ['お仕事の件でご連絡です。テレグラムでやり取りしたいのでアプリを入れてもらえますか? @work_hw2026', '07036645678', 'flagged'],
    ['バイトの面接の件、あとでテレグラムで話そう! @ken_0712', '07036645678', 'not-block']],

  ['a bank\'s alarm spelt wholly in katakana with a number to call vs. a legacy half-width deposit notice that asks nothing',
    ['ギンコウ ノ タントウ デス。アナタ ノ カード ガ トマッテ イマス。スグ 03-5555-0199 ニ デンワ シテ クダサイ', '09012345678', 'flagged'],
    ['ｺﾞﾘﾖｳ ｱﾘｶﾞﾄｳ ｺﾞｻﾞｲﾏｽ ﾌﾘｺﾐ ﾆｭｳｷﾝ ｶﾞ ｱﾘﾏｼﾀ 30,000ｴﾝ', '09012345678', 'allow']],
  ['a katakana money offer asking a reply vs. a friend\'s playful katakana message asking nothing',
    ['オカネ カンタン ニ フヤセマス。ゲンポン ホショウ。キョウミ アレバ ヘンシン クダサイ', '09012345678', 'not-block'],
    ['オツカレ!キョウ ノ ノミカイ タノシカッタ ネ!マタ イコウ', '09012345678', 'allow']],

  ['a poll asking a Y/N reply from a number abroad vs. a hotel\'s survey on its own site from its registered line',
    ['【アンケート】今後もお得なお知らせをSMSで受け取りますか? 受け取る場合は「Y」、不要な場合は「N」を返信してください。', '+17255550177', 'flagged'],
    ['【さくらホテル】ご宿泊ありがとうございました。アンケートへのご協力をお願いします(公式サイトのマイページから)。', '0005881177', 'allow']],

  ['a customer\'s banquet booking moved to a LINE account (ドタキャン詐欺) vs. the same booking kept on the shop\'s phone',
    ['来月の金曜、会社の接待で12名・お一人1万2千円のコースを予約したいです。特別なワインの手配もお願いしたいので、詳細はLINEで。お店の方から mori_settai を追加してください', '09030931234', 'flagged'],
    ['来月の金曜、会社の接待で12名・お一人1万2千円のコースを予約したいです。詳細は明日お店にお電話します。森', '09030931234', 'allow']],

  ['a recruiter asking the family\'s names and the parents\' address by reply vs. an employer asking the applicant to bring their own papers to the office',
    ['ご応募ありがとうございます。採用にあたり、ご家族の名前と実家の住所を念のためこちらに送ってください。', '09050181234', 'flagged'],
    ['ご応募ありがとうございます。初出勤の日に、雇用契約書と連絡先の用紙を事務所でご記入いただきます。', '09050181234', 'allow']],

  ['an unasked visit that charges vs. a management company\'s visit whose cost is covered, both asking when the reader is home',
    ['エアコンの分解洗浄で明日伺います。作業費は1台8,800円です。ご在宅の時間を教えてください', '08012349876', 'not-block'],
    ['管理会社です。エアコン清掃で明日伺います。費用は管理費に含まれます。ご在宅の時間を教えてください', '08012349876', 'allow']],

  // "A message that asks nothing cannot be blocked": a 'resolve' read into a problem the message only tells, with no link,
  // number, reply or messenger written, opens no block; speaking as the office from a handset, the line itself is the way.
  ['an office\'s stop told from a handset in its own voice (【X】) vs. the same stop named with no way written',
    ['【Netflix】お支払いが確認できないため、アカウントを一時停止しました', '09012345678', 'block'],
    ['Netflixの支払い、カード期限切れで決済エラー。アカウント一時停止', '09012345678', 'not-block']],
  ['an office\'s notice "from" a court, told from a handset, pressing a call vs. a person telling they rang the office back on its main line',
    ['裁判所からの通知。あなたは訴訟の被告となっています。取下げ希望の場合は本日中に担当弁護士までお電話ください', '09012345678', 'block'],
    ['税務署から電話来たかと思ったら、確定申告の書類の不備の確認だった。折り返しは税務署の代表番号にかけた', '09012345678', 'allow']],

  ['a registered card told expired, with a call to an 050 line, vs. the card company\'s own notice pointing to its member page',
    ['ご登録のカードが期限切れです。お電話ください 050-1234-5678', '09012345678', 'block'],
    ['【楽天カード】ご登録のカードの有効期限が切れています。楽天e-NAVIから更新してください', 'RAKUTENCARD', 'allow']],

  ['a lawsuit dropped once the gift card\'s number is told (お伝えいただく) vs. a clinic asking the wished date told by phone',
    ['訴訟取り下げ費用 49,500円 は、ご購入いただいた電子マネー（Appleギフトカード）の番号をお伝えいただくことで即日完了します。', '05077771042', 'block'],
    ['【さくら歯科】次回のご予約、ご希望の日時をお電話でお伝えください。03-5555-1234', '0355551234', 'allow']],

  // A person narrating what they did, saw or were told (plain past, perfective, reported speech: 変えといた, 通った,
  // って出てた, 送ってくるって, "I updated it") mentions the brand; it does not speak as it. A 【header】 still claims.
  ['a handset claiming a payment problem and a link vs. a person telling they changed the payment method',
    ['【Hulu】お支払い情報に問題があります。以下から更新してください https://hulu-pay.top/', '09012345678', 'block'],
    ['Huluの支払い方法、キャリア決済からクレカに変えといた。アカウント設定のお支払い情報から', '09012345678', 'allow']],
  ['a handset claiming the payment problem and asking to update in the settings vs. the same settings named by a person who did it',
    ['【Hulu】お支払い情報に問題があります。アカウント設定から更新してください', '09012345678', 'block'],
    ['Huluの支払い方法、キャリア決済からクレカに変えといた。アカウント設定のお支払い情報から', '09012345678', 'allow']],
  ['English: a failed payment with a link vs. a person telling they updated the card',
    ['Your Netflix payment failed because the card expired. Update it now: https://netflix-billing.top/', '09012345678', 'block'],
    ['Your Netflix payment failed because the card expired. I updated it in the account settings', '09012345678', 'allow']],
  ['a mileage expiry with a link vs. the same expiry told as seen in the app (って出てた)',
    ['【ANA】お客様のマイルが本日失効します。こちらから手続きしてください https://ana-mile.top/', '09012345678', 'block'],
    ['ANAのマイル、来年3月に一部失効するってANAマイレージクラブのアプリに出てた', '09012345678', 'allow']],
  ['a card error pressed with a call to an 050 line vs. a person telling they re-registered the card and it went through',
    ['【楽天市場】カード期限切れで決済エラーが発生しました。本日中に 050-3344-5566 へお電話ください', '09012345678', 'block'],
    ['楽天市場の注文、カード期限切れで決済エラーって出てた。my Rakutenで新しいカード登録し直したら通った', '09012345678', 'allow']],
  ['a failed direct debit from a handset asking a reply with bank details vs. a person telling what the card company said (…って)',
    ['【アプラス】お引き落としができませんでした。口座番号と暗証番号を返信してください', '09012345678', 'block'],
    ['アプラスの引き落とし、口座残高足りなくて落ちなかった。再振替ないから振込用紙送ってくるって', '09012345678', 'allow']],
  ['Chinese: a payment stop with a link vs. a person telling they changed the payment method (我…了)',
    ['【Netflix】您的付款失败，账户已被暂停。请点击链接更新 https://nflx-pay.top/', '09012345678', 'block'],
    ['Netflix的付款方式我已经改成信用卡了。在账户设置里', '09012345678', 'allow']],
  ['Korean: a payment stop with a link vs. a person telling they changed the card (바꿨어)',
    ['[Netflix] 결제가 실패하여 계정이 정지되었습니다. 아래 링크에서 업데이트하세요 https://nflx-pay.top/', '09012345678', 'block'],
    ['넷플릭스 결제 실패해서 카드 바꿨어. 계정 설정에서', '09012345678', 'allow']],

  // Coaching the reader to deceive the bank, a store or the police (asks/coach.ts), vs. a bank's warning, a surprise, a referral.
  ['a script for the bank counter vs. the bank warning that such a script is fraud',
    ['銀行の窓口で何か聞かれたら、リフォーム代と言ってください。本当のことを言うと手続きが止まります', '08011112222', 'block'],
    ['【さくら銀行】窓口で「リフォーム代と言って」などと答え方を指示されたら、それは詐欺です。お気軽に行員にご相談ください', '0120050929', 'allow']],
  ['a remittance with a script for the bank vs. a friend telling what to say at a reception',
    ['恋人の私を信じてくれるよね?今度の送金が最後だから。銀行の人に聞かれても『家族への仕送り』って答えてね', '+819012345678', 'block'],
    ['受付で聞かれたら、山田の紹介って言ってね。明日10時ね', '09012340001', 'allow']],
  ['a store clerk\'s question scripted for gift cards vs. an honest answer at the bank',
    ['コンビニの店員に聞かれたら、自分で使うと言ってください。5万円分のカードを買って番号を送って', '08011112222', 'block'],
    ['銀行で聞かれたら、正直に本当のことを話してね。お母さんの通帳は私が預かってるよ', '09012340001', 'allow']],
  ['the matter kept from the bank and the spouse in the police\'s voice vs. a pregnancy kept quiet',
    ['このことは奥様にも銀行の方にも話さないでください。捜査の秘密が漏れると、あなたも共犯として扱われます', '08011112222', 'flagged'],
    ['実は妊娠したの。安定期まではまだ誰にも言わないでね', '09012340001', 'allow']],
  ['urgent money kept from mum vs. a loan till pocket money kept from mum',
    ['至急!今日中に5まん必要。ペイペイで送って。理由はあとで話す。ママにはいわないで', '08011112222', 'block'],
    // Its 内緒 and family words flag it (LURE, PRESSURE) once the retrained model no longer leans away: never blocked.
    ['パパ、ママには内緒で5000円貸して。来月のおこづかいで返すから', '09012340001', 'not-block']],
  ['a sum needed this week kept from everyone vs. a surprise party kept from mum',
    ['至急のお願い。今週中に20万円を用立ててもらえないでしょうか。理由は会ってから話します。だれにも言わないでね', '08011112222', 'flagged'],
    ['来週の土曜、ママの誕生日サプライズパーティーするから、ママには内緒ね!', '09012340001', 'allow']],
  // Cash handed over at a station or the door to someone sent in another's place (collect.ts handedAtMeeting).
  ['a large sum for a senior sent in one\'s place at the station vs. party money collected in the organiser\'s place',
    ['東京駅の丸の内北口で待ってる。会社の先輩が代わりに受け取りに行くから、封筒に100万入れて渡して。顔は合わせなくていい', '08011112222', 'flagged'],
    ['幹事の山田さんの代わりに、私が駅でプレゼント代を預かります。1人2000円です', '09012340001', 'allow']],
  ['a son\'s colleague taking the money at the gates vs. luggage picked up in a mother\'s place',
    ['息子さんの同僚の木村です。息子さんが体調を崩して来られないので、代わりに私が駅でお金を預かります。改札を出たところでお待ちしています', '08011112222', 'flagged'],
    ['母が来られないので、代わりに私が駅で荷物を受け取ります。改札の前で待ってます', '09012340001', 'allow']],
  ['the police wanting banknotes in an envelope at the door vs. the police holding a found wallet',
    ['警察官の中村です。先程のお電話の件、犯人グループの指紋確認のため、自宅にある紙幣を全部封筒に入れて玄関でお待ちください', '08011112222', 'block'],
    ['〇〇警察署です。落とし物の財布が届いています。身分証を持って駅前交番までお越しください', '0120123456', 'allow']],
  // Money to a stranger outside the channel that protects the reader (payee.ts strangerPayee).
  ['a marketplace buyer paying outside the app vs. the marketplace warning against it',
    ['メルカリで購入希望の者です。手数料がもったいないので、アプリ外でPayPay直接送金でどうですか?その分値引きします', '08011112222', 'flagged'],
    ['【メルカリ】アプリ外での取引や直接のお支払いは禁止されています。ご注意ください', '0120111222', 'allow']],
  ['a deposit first by PayPay for a listed fridge vs. a buyer thanking after delivery',
    ['ジモティーで掲載されていた冷蔵庫の件です。引き取り希望者が多いので、先に手付金5千円をPayPayでお願いします。ID: reizo_jimo', '08011112222', 'flagged'],
    ['メルカリで買ったバッグ届いたよ!ありがとう、評価しておいたね', '09012340001', 'allow']],
  ['a finder\'s fee by PayPay before the wallet comes back vs. a wallet taken to the police box',
    ['お財布を拾いました。中の免許証からこの番号を調べました。お返ししたいので、お礼の送料として3千円をPayPayでお願いします', '08011112222', 'flagged'],
    ['財布拾ったから交番に届けておいたよ。明日取りに行ってね', '09012340001', 'allow']],
  ['a buyer\'s overpayment to be refunded to its account vs. a friend\'s overpaid lunch',
    ['購入者です。代金を多めに送金してしまいました。差額の3万円を私の口座に返金してもらえますか?口座番号はこのあと送ります', '08011112222', 'flagged'],
    ['こないだのランチ代、PayPayで送っといたよ。多めに送っちゃったから差額はまた今度でいいよ', '09012340001', 'allow']],
  ['an old debt repaid to a PayPay ID given as new vs. the same debt to the usual ID',
    ['なぁ、前に貸した3万円、今日返してもらえん?PayPayでいいよ、こっちの新しいIDね → kenji.pay7', '08011112222', 'flagged'],
    ['この前貸した3千円、いつものPayPayに返してくれればいいよ、急がないから', '09012340001', 'allow']],
  ['a split bill to a friend\'s new PayPay account is a shared cost, not an old debt moved',
    ['なぁ、前に貸した3万円、今日返してもらえん?PayPayでいいよ、こっちの新しいIDね → kenji.pay7', '08011112222', 'flagged'],
    ['PayPayのID変わったから、この前の飲み会代3000円こっちに送ってね → yuki.pay2', '09012340001', 'allow']],
  // The reader's own thing held for a fee sent first (payee.ts HELD_FOR_READER): a shop takes storage at its counter, a courier's
  // 着払い at the door, a found pet goes back to its owner; a transfer or an app before the handover is a finder's fee.
  ['property left in a taxi sent back after a fee paid first vs. the same property sent cash on delivery',
    ['○○交通です。昨夜ご乗車の際のお忘れ物(財布)をお預かりしています。送料1,200円を下記口座へ先にお振込みいただければお送りします', '08011112222', 'flagged'],
    ['○○交通です。昨夜ご乗車の際のお忘れ物(財布)をお預かりしています。営業所の窓口でお受け取りいただくか、着払いでお送りします', '0120111222', 'allow']],
  ['a coat kept for a storage fee by transfer vs. a cleaner asking the coat collected',
    ['クリーニング店です。お預かりのコートの保管期限が過ぎました。保管料1,800円を振込でお願いします', '08011112222', 'flagged'],
    ['クリーニング店です。お預かりのコートの仕上がりから3か月が経ちました。お手すきの際にご来店ください', '08011112222', 'allow']],
  ['a lost cat taken in, returned for money sent first vs. a finder who asks the owner to come',
    ['迷子の猫ちゃんを保護しました。貼り紙を見て連絡しています。お返ししたいので、保護費1万円を先に送ってもらえますか', '08011112222', 'flagged'],
    ['迷子の猫ちゃんを保護しました。貼り紙を見て連絡しています。写真を送るので確認してもらえますか', '08011112222', 'allow']],
  ['a driver holding a bag until gas money comes by PayPay vs. a driver dropping it off',
    ['Hi this is your driver from last night. You left your bag in my car. I can drop it off, just send 2000 yen via PayPay for gas first. ID: driver_k', '08011112222', 'flagged'],
    ['Hi this is your driver from last night. You left your bag in my car. I can drop it off at your hotel lobby tomorrow morning', '08011112222', 'allow']],
  // An organisation's or a cause's money into a payment-app ID (payee.ts orgAppPayee): clinics, schools, shops and relief bodies
  // take money in their own name; a members' treasurer's own app is counted only when the dues are pressed for today.
  ['a clinic\'s missed payment to a PayPay ID vs. the clinic asking it paid at the desk',
    ['○○動物病院です。先日の診察でお薬代の精算漏れがありました。3,300円をPayPayでお支払いください。送金先ID: ah_clinic99', '08011112222', 'flagged'],
    ['○○動物病院です。先日のお会計に精算漏れがございました。次回ご来院の際に受付でお支払いください。', '0120111222', 'allow']],
  ['a children\'s cafeteria asking strangers for money to an app ID vs. a friend sharing the Red Cross page',
    ['こども食堂の運営資金が足りません。地域の皆さまに1口500円からのご支援をお願いしています。送金はPayPayで ID:kodomo_shokudo_h', '08011112222', 'flagged'],
    ['能登の義援金、日本赤十字のページから寄付できるよ。少しでもと思ってシェアします https://www.jrc.or.jp/', '09012340001', 'allow']],
  ['a PTA treasurer pressing dues to her PayPay ID today vs. a treasurer collecting dues with cash or her app',
    ['お疲れさまです。PTAの会計の件で、今年度の会費を私のPayPayにお願いします。ID:pta-kaikei-s3 今日までに', '08011112222', 'flagged'],
    ['PTA会計の田中です。今年度の会費1,000円を集めています。PayPayの方は私のID: tanaka-pta へ、現金の方は封筒で担任の先生へお願いします。', '09012340001', 'allow']],
  ['a teacher\'s school-trip money to a PayPay ID (Tagalog) vs. a circle treasurer\'s own app for camp money',
    ['Magandang araw po. Ito po ang guro ng anak ninyo. Kailangan po naming kolektahin ang bayad sa school trip na 15,000 yen ngayon. Padala po sa PayPay ID: sensei_trip', '09034421170', 'flagged'],
    ['サークルの会計です。来月の合宿費、PayPayで私に送ってね。ID: mika_circle 締め切りは月末です', '09012340001', 'allow']],
  // A civic body's, a class's or a cause's money into a person's account pressed for today (payee.ts civicPersonAccount).
  ['a neighbourhood association\'s dues pressed for today into a person\'s account vs. the treasurer\'s collection by month end',
    ['○○町内会の会計の山崎です。今年度の町内会費3,000円がまだ納められていません。本日中に下記へお振込みください。ゆうちょ銀行 記号12340 番号5567891 ヤマザキ ケンジ', '08011112222', 'flagged'],
    ['○○町内会の会計の山崎です。今年度の町内会費3,000円の集金をお願いします。月末までに下記へお振込みください。ゆうちょ銀行 記号12340 番号5567891 ヤマザキ ケンジ', '09012340001', 'allow']],
  ['a town\'s 寄附 pressed for today into a person\'s account vs. the town\'s own notice',
    ['ふるさと納税のお申込みありがとうございます。在庫確保のため、寄附金を本日中に下記口座へお振込みください。普通 1234567 タナカ ユウキ', '08011112222', 'block'],
    ['ふるさと納税のお申込みありがとうございます。寄附金のお支払いは、お申込みサイトのマイページからお手続きください。', '0120111222', 'allow']],
  ['a PTA officer pressing a member to front money into her own account today vs. the treasurer\'s dues into her account by month end',
    ['PTA会計です。卒業記念品の購入費を立て替えていただけませんか。業者への支払いが今日までなので、いったん私の口座に3万円お願いします', '08011112222', 'flagged'],
    ['PTA会計の田中です。今年度の会費1,000円は私の口座にお振込みください。期限は月末です。', '09012340001', 'allow']],
  ['an offering asked into an account "below" that is never written vs. a shrine\'s festival notice',
    ['神社の社殿修復のための奉納金のお願いです。ご先祖様の供養にもなります。1口3万円を下記口座へ。宮司', '08011112222', 'flagged'],
    ['○○神社です。秋季例大祭を10月15日に執り行います。ご奉納いただける方は社務所までお越しください。', '08011112222', 'allow']],
  ['a shelter\'s "victim" asking money to a PayPay ID vs. a friend in a shelter saying all are safe',
    ['被災地の避難所にいます。子どものミルク代もなくて困っています。少しでもPayPayで送っていただけたら助かります。ID: hisai_mama88', '08011112222', 'flagged'],
    ['避難所にいます。みんな無事です。心配かけてごめんね、落ち着いたら電話するね', '09012340001', 'allow']],
  // A stranger selling for money paid first, outside any channel that holds it (payee.ts payFirstSale; 国民生活センター チケット転売).
  ['a ticket resold for a transfer first vs. a friend\'s spare ticket put up on the official resale',
    ['ライブのチケット2枚譲ります(定価+手数料)。先にお振込いただいた方に発券後すぐお渡しします。希望なら返信ください', '08011112222', 'flagged'],
    ['ライブのチケット、チケトレで1枚出したよ。定価で譲るから、山田さん買ってね', '09012340001', 'allow']],
  ['discounted rice shipped after the transfer vs. a shop shipping an order once its own checkout is paid',
    ['旬の新米を農家から直接割引価格で買えます。10kgで3,000円。振込後に発送です。返信ください', '08011112222', 'flagged'],
    ['【ABCショップ】ご注文ありがとうございます。入金確認後に発送いたします。お支払いはこちら https://www.abc-shop.co.jp/pay', '0120111222', 'allow']],
  ['a room held for a deposit wired first vs. the agency\'s deposit to the account on the contract',
    ['学生向けのアパート、今だけ特別価格です。内見なしでOK。手付金を振り込めば部屋を押さえます', '08011112222', 'flagged'],
    ['〇〇不動産です。ご契約のアパートの手付金3万円は、契約書に記載の口座へお振込みください', '0312345678', 'allow']],
  ['a gift card sold below face vs. a gift card given to a friend',
    ['Amazonギフトカードが余ったから格安で売ります。額面5万→3万。興味ある?', '08011112222', 'flagged'],
    ['誕生日にもらったAmazonギフトカード、使わないからあげるよ', '09012340001', 'allow']],
  ['a payment moved to a person\'s account after a "payment error" vs. a shop\'s bank transfer to its company account',
    ['先日のお申込み、決済エラーのため銀行振込への変更をお願いします。口座:みずほ銀行 本店 普通 1234567 タナカ ユウコ', '08011112222', 'flagged'],
    ['【ABCショップ】ご注文ありがとうございます。お振込先:みずほ銀行 本店 普通 1234567 カ)エービーシー', '0120111222', 'not-block']],
  ['a payee switched to a personal account vs. the bank\'s warning against just that',
    ['【〇〇町】寄附金の入金確認ができていません。お振込先:個人名義口座に変更となりました。本日中にお手続きください', '08011112222', 'flagged'],
    ['【〇〇銀行】振込先が個人名義口座に変更になったという連絡は詐欺の可能性があります。ご注意ください', '0120111222', 'allow']],
  // A fee asked, then a gift card named as what it is paid in (gift-card.ts cardAsMeans).
  ['an office\'s fee paid in gift cards vs. a shop that also takes gift cards',
    ['会計事務所です。書類作成料を前払いでお願いしています。ギフトカード3万円分で結構です', '08011112222', 'flagged'],
    ['お支払いはクレジットカードのほか、JCBギフトカードもご利用いただけます', '0120111222', 'not-block']],
  ['a state agency handing over an app package from its own-named page vs. the agency\'s own page and the store',
    ['【気象庁】大雨特別警報の詳細情報をアプリでご確認ください。アプリのダウンロード https://jma-alert-app.com/apk', '09012345678', 'block'],
    ['【気象庁】防災情報アプリのダウンロードはこちら https://play.google.com/store/apps/details?id=jp.go.jma', undefined, 'allow']],
  ['an .apk link with no install word from a brand vs. the brand\'s store link from its 0005 number',
    ['【〇〇市防災】最新の防災アプリ https://bousai-city.com/app/bousai.apk', '09012345678', 'flagged'],
    ['【三井住友銀行】アプリの最新版をダウンロード https://apps.apple.com/jp/app/id123', '0005012345', 'allow']],
  ['日本赤十字社 on a page named after the matter vs. its own jrc.or.jp and a blood centre on kenketsu.jp',
    ['【日本赤十字社】豪雨災害義援金のご協力ありがとうございました。寄付金控除の証明書発行はこちら https://jrc-shomei.com', '09012345678', 'block'],
    ['【日本赤十字社】豪雨災害義援金のご協力ありがとうございました。寄付金控除の証明書はこちら https://www.jrc.or.jp/donation/', undefined, 'allow']],
  ['a blood centre\'s booking on kenketsu.jp is 日本赤十字社\'s own site',
    ['【赤十字】献血のお礼ポイントの受け取りはこちら https://kenketsu-point.com', '09012345678', 'flagged'],
    ['【東京都赤十字血液センター】次回献血可能日のお知らせです。ご予約は https://www.kenketsu.jp/ から', undefined, 'allow']],
  ['a ministry named by pattern (…省, …庁) on a stranger\'s page vs. its go.jp page',
    ['【観光庁】旅行支援クーポンの受け取り手続きはこちら https://kanko-coupon.com', '09012345678', 'flagged'],
    ['【観光庁】旅行支援の詳細は https://www.mlit.go.jp/kankocho/ をご覧ください', undefined, 'allow']],
  ['a police warning showing the scam\'s link defanged vs. a lure that defangs its own link',
    ['【国勢調査】回答期限を過ぎています。罰金を避けるため至急回答を kokusei-xxx[.]top', '09012345678', 'block'],
    ['【〇〇警察署】「国勢調査の回答がない場合罰金」とするメール・SMSが出回っています。リンク(例:kokusei-xxx[.]top)を開かず削除してください', undefined, 'allow']],
  ['a lure\'s own "ご注意ください" beside its defanged link vs. a warning of texts going round',
    ['【国勢調査】未回答の世帯には罰金が科されます。ご注意ください。回答は kokusei-xxx[.]top', '09012345678', 'block'],
    ['【〇〇警察署】国勢調査を装うSMSが出回っています。kokusei-xxx[.]top などのリンクにご注意ください', undefined, 'allow']],
  ['passbook and seal made ready for the visitor of a pension "procedure" vs. a care manager’s visit that needs a seal',
    ['年金の受給額が上がる手続き、期限は今月末。詳しくは明日訪問する担当者にご相談ください。印鑑と通帳をご準備ください', '08012349876', 'block'],
    ['ケアマネの山田です。明日訪問する担当者が契約書をお持ちします。印鑑をご用意ください', '08012349876', 'allow']],
  ['an insurance card and passbook taken at a hand delivery vs. the card sent by registered post',
    ['新しい資格確認書を手渡しでお届けします。受け取りの際に旧保険証と通帳の写しを回収しますので準備をお願いします', '08012349876', 'block'],
    ['【協会けんぽ】新しい資格確認書を簡易書留でお届けします。受け取りの際は印鑑をご用意ください', '000512345', 'allow']],
  ['a public body’s staff texting a same-day visit to take cash vs. the city saying it never collects',
    ['自動車税の件で県税の者が本日伺います。滞納分はその場で現金でお支払いいただけます', '08012349876', 'block'],
    ['【○○市】明日、市役所の職員が伺うという不審な電話が相次いでいます。職員が現金を受け取りに伺うことはありません', '08012349876', 'allow']],
  ['elderly households asked when they are in vs. a city’s heat advice to them',
    ['今夜、消防の者が台風対策の点検で回ります。ご高齢の方がいらっしゃる世帯は在宅時間を教えてください', '08012349876', 'block'],
    ['【○○市】熱中症警戒アラートが出ています。ご高齢の方がいらっしゃる世帯は、エアコンの使用と水分補給にご注意ください', '08012349876', 'allow']],
  ['the dates the home stands empty asked by a "house-watch" vs. a manager asking to hear of a long absence',
    ['お盆休み中の留守宅点検サービスです。お出かけの日程をお知らせいただければ無料で巡回します', '08012349876', 'block'],
    ['年末年始に長期でお出かけの予定がある場合は、管理会社までご連絡ください', '08012349876', 'allow']],
  ['the day the home stands empty asked for a "patrol" vs. a city 見守り the reader signed up for',
    ['お盆の帰省で家を空ける日を教えてください。防犯のため巡回します', '08012349876', 'block'],
    ['【○○市】見守りサービスにご登録いただいた高齢者世帯の皆様へ。訪問日の変更は在宅時間を担当までお知らせください', '08012349876', 'allow']],
  ['the house key asked for the days the home stands empty vs. the pet sitter the reader booked',
    ['お盆の帰省で空き家になるお宅向けに見回りサービスを始めました。鍵をお預かりします。申込はこの番号へ返信で', '08012349876', 'block'],
    ['ご予約いただいたペットシッターの田中です。ご旅行中の鍵は前日にお預かりします', '08012349876', 'allow']],
  ['the key taken by an unbooked house-watch vs. a key left with the building’s caretaker',
    ['お盆休みで家を空ける方へ。防犯見回りのため合鍵をお預かりします。ご返信ください', '08012349876', 'block'],
    ['マンション管理組合です。排水管清掃は12/9(火)です。当日ご不在の方は管理人室に鍵をお預けください', '08012349876', 'allow']],
  ['an inspector “designated by the maker” setting today’s visit vs. the maker’s recall from its registered line',
    ['猛暑で室外機が壊れやすくなっています。メーカー指定の点検員です。今日の夕方に伺いますが、ご都合を返信ください', '08012349876', 'flagged'],
    ['【パナソニック】エアコン室外機のリコールについて。メーカー指定の点検員が無償で点検します。ご都合の良い日をフリーダイヤル0120-000-000へ', '0005012345', 'allow']],
  ['点検商法: a free roof inspection the fire insurance pays vs. a neighbour’s note about the tile',
    ['台風で屋根瓦がずれているのが見えました。近くで工事中の業者です。明日無料で点検に伺います。火災保険で直せます', '08012349876', 'flagged'],
    ['お隣の佐藤です。台風でお宅の屋根瓦が少しずれているのが見えました。念のためお知らせまで', '08012349876', 'allow']],
  ['an inspection "made compulsory" with its visit set vs. the reader’s own booking confirmed',
    ['ガス会社から依頼を受けた給湯器点検業者です。冬前の点検が義務化されました。今週中に訪問日を返信してください', '08012349876', 'flagged'],
    ['ご予約いただいたエアコン点検、明日10時に伺います。ご都合が悪い場合はお電話ください', '08012349876', 'allow']],
  ['a dated inspection visit with a cash fee vs. a gas company’s legal inspection from its own line',
    ['【水道局指定業者】大雨による排水管詰まりの点検を地域で実施中です。本日午後伺います。点検費3,000円は現金でご用意を', '08012349876', 'flagged'],
    ['【東京ガス】法定の無料点検で明日10時に伺います。ご都合が悪い場合は0570-002211へご連絡ください', '0005012345', 'allow']],
  ['an elderly household asked when it is in vs. a welfare council’s visit offered to those who want it',
    ['【○○市】高齢者のみの世帯を巡回しています。明日伺うので在宅時間を返信してください', '08012349876', 'block'],
    ['【○○市社会福祉協議会】ご高齢の方のみの世帯を対象に見守り訪問を行っています。訪問をご希望の方は在宅時間をお知らせください', '0312345678', 'allow']],
  ['a contractor’s dated inspection with its fee vs. the same fee quoted at the reader’s request',
    ['屋根の点検で明日10時に伺います。点検費用は5万円です', '08012349876', 'flagged'],
    ['田中工務店です。明日10時に伺います。屋根の点検費用は見積りどおり5万円です', '08012349876', 'not-block']],
  ['a lure that names a scam word and presses a call to its number vs. a warning that quotes it',
    ['au:お客様のスマホから大量の迷惑SMSが送信されています。すぐに 050-3398-2715 に電話して停止手続きをしてください。', '05008853971', 'block'],
    ['au:「お客様のスマホから大量の迷惑SMSが送信されています。すぐに 050-3398-2715 に電話して停止手続きを」という迷惑SMSにご注意ください。auからこのようなSMSをお送りすることはありません。', '0005012345', 'allow']],
  ['a pressed call as a warning\'s advice for when in doubt is not the scam asking',
    ['auを名乗る迷惑SMSが増えています。お客様の回線は停止予定です。すぐに 050-3398-2715 に電話してください。', '05008853971', 'block'],
    ['auを名乗る迷惑SMSが増えています。不審なSMSが届いた場合は、すぐに 0077-7-111 に電話してご相談ください。', '09012345678', 'allow']],
  ['a number the reader is pressed to, its call verb left out (…まで。), vs. the same number given for when harm is done',
    ['お客様の回線から迷惑SMSが送信されています。すぐに 050-1111-2222 まで。', '05008853971', 'block'],
    ['迷惑SMSが増えています。被害にあった場合は、すぐに 050-1111-2222 まで。', '05008853971', 'allow']],
  ['a call made the remedy of an alarm the message asserts vs. the same words quoted in a warning',
    ['au PAYのチャージが不正利用されています。止めるにはauサポートを名乗る担当 050-1926-4402 まで。', '05069952723', 'block'],
    ['「au PAYのチャージが不正利用されています。止めるには050-1926-4402まで」というauサポートを名乗るSMSにご注意ください。', '09012345678', 'allow']],
  ['a Korean warning whose defanged example link it says not to press vs. the lure with the link live',
    ['[일본우체국] 택배 부재로 반송 예정입니다. 링크(jp-post-xxx.top)에서 배송 주소를 확인하세요.', '+821012345678', 'block'],
    ['주의: 택배 부재 문자로 위장한 피싱이 늘고 있습니다. 링크(jp-post-xxx[.]top)를 누르지 마세요.', '00055892', 'allow']],
  ['a carrier\'s warning naming a defanged link the fake site, e.g., vs. the lure sending the reader there',
    ['ドコモからのお知らせ:dポイントが失効します。ポイント確認は docomo-xxx.top から', '09012345678', 'block'],
    ['ドコモからのお知らせ:「dポイントが失効します」などと偽サイト(例:docomo-xxx[.]top)へ誘導するSMSにご注意ください。ポイント確認はdポイントクラブアプリで。', '151', 'allow']],
  // A defanged link told, with a caution, as where the scam's texts lead (…へ誘導するSMSに注意) is a warning's example,
  // whoever signs it; a lure that defangs its own link, or says it leads to its own page (誘導します), tells of no scam.
  ['a lure that defangs its own link vs. a warning that tells it as where the scam\'s texts lead',
    ['【ドコモ】料金未払いのため利用を停止します。お支払いは mydocomo-jlv[.]online へ', '09012345678', 'block'],
    ['【ドコモ】「料金未払い」のような文面でmydocomo-jlv[.]onlineへ誘導するSMSに注意。本物かどうかは公式サイトの番号で確認して。', 'Yamato', 'allow']],
  ['a lure that says it leads to its own page vs. a police warning of texts that lead to that host',
    ['【国税庁】ご注意:延滞金が発生しています。納付ページへ誘導します nta-go-dzto[.]asia', '09012345678', 'block'],
    ['【兵庫県警】「差押最終通知」のような文面でnta-go-dzto[.]asiaへ誘導するSMSに注意。', 'TEPCO', 'allow']],
  // A defanged host written as what a text the message tells of carried ("…をうたうSMS(host)"), or as a sample of such
  // links ("host みたいなドメイン", "host とかいうURL"): the text's contents, not a way to act.
  ['a lure that gives its own defanged link vs. a city that writes it as what the text it warns of carried',
    ['〇〇市:子育て応援給付金の口座登録はこちら kosodate-kyufu[.]shop', '09012345678', 'block'],
    ['〇〇市:「子育て応援給付金の口座登録」をうたうSMS(kosodate-kyufu[.]shop)が出回っています。市の給付は郵送の案内のみです。', '09012345678', 'allow']],
  ['a lure that gives its own defanged link vs. a colleague telling it as the sort of domain the text had',
    ['【東京電力】電気料金が未払いです。本日中にお支払いください tepco-ep[.]billing-renew[.]xyz', '09012345678', 'block'],
    ['先週の「電気料金未払い」のSMS、会社のセキュリティ研修で例に出てた。tepco-ep[.]billing-renew[.]xyz みたいな変なドメインだったって。', '09012345678', 'allow']],
  // A host's dot spelled out in brackets ("(ドット)") is mended where the host ends in a known ending, as "(dot)" is.
  ['a page behind a spelled-out dot vs. the same host named as the fake one',
    ['総務課より:賞与の支給口座確認をお願いします。更新:jinji-portalyk(ドット)sbs', '08098194013', 'block'],
    ['総務課より:賞与の支給口座確認は社内ポータルからお願いします。jinji-portalyk(ドット)sbs のような偽サイトに注意。', '08098194013', 'allow']],
  ['rent asked on a page behind a spelled-out dot vs. rent told received',
    ['藤田不動産です。今月分の家賃が未入金です。手続き→yachinkts(ドット)win', '+842840412392', 'block'],
    ['藤田不動産です。今月分の家賃の入金を確認しました。ありがとうございました。', '+842840412392', 'allow']],
  // An office's or a brand's alarm with an 050 line to ring, however the call is put (its recorded guidance to follow,
  // "お問い合わせ:", "ご不明点は…まで", 请拨打): CALLBACK_OPEN_LINE. The office's own desk, or a registered sender's own line, is not.
  ['a tax office\'s arrears with an 050 line\'s recorded guidance vs. its 0570 desk from that desk',
    ['国税庁よりお知らせ:住民税・所得税の延滞金が発生しています(通知番号49316163)。納付期限7/12。050-7145-2396の自動音声に従い手続きしてください。', 'NTA', 'block'],
    ['国税庁よりお知らせ:住民税・所得税の延滞金が発生しています(通知番号49316163)。納付期限7/12。0570-00-5901の自動音声に従い手続きしてください。', '0570005901', 'allow']],
  ['a card stopped, in Chinese, with an 050 line to ring vs. the card company\'s own 0570 line',
    ['楽天カード中心:您的信用卡(尾号4257)疑似被盗刷,已限制使用。请拨打050-7536-5706。', '09050920036', 'block'],
    ['楽天カード中心:您的信用卡(尾号4257)疑似被盗刷,已限制使用。请拨打0570-66-6910。', '0570666910', 'allow']],
  ['a management company\'s unpaid renewal with an 050 line from a handset vs. from its registered line',
    ['管理会社より:更新料143,242円の振込が確認できません。ご不明点は050-4854-3010まで。', '07089503977', 'block'],
    ['管理会社より:更新料143,242円の振込が確認できません。ご不明点は050-4854-3010まで。', '0005012345', 'allow']],
  ['a brand named by its domain with an 050 contact line from a handset vs. its fixed desk from its own ID',
    ['Amazon.co.jp:プライム会費のお支払いに失敗しました(5/22)。お問い合わせ:050-8460-8757', '07086463389', 'block'],
    ['Amazon.co.jp:ご注文の商品を発送しました。お問い合わせ:0120-999-373', 'Amazon', 'allow']],
  // A PTA officer's unpaid fee with another handset to ring back: the role's money through a personal line (role.ts).
  ['a PTA officer\'s unpaid fee with another mobile to ring vs. a due date with the officer\'s contact',
    ['岡山小PTA本部です。卒業アルバム代の振込が確認できていません。070-0273-0492(伊藤)まで折り返しください。', '07022517333', 'block'],
    ['岡山小PTA本部です。卒業アルバム代の振込は6/30までにお願いします。ご不明点は070-0273-0492(伊藤)までご連絡ください。', '07022517333', 'allow']],
  ['links with every dot spaced, or 。 for a dot, are rebuilt: the lure vs. the brand\'s own notice',
    ['メルカリ 売上金の振込エラー。mercari .jp-pay .top から口座を再登録', '09043512562', 'block'],
    ['メルカリ 売上金の振込申請を受け付けました。振込予定日はアプリの「売上履歴」でご確認ください。', '0005012345', 'allow']],
  ['a host written with 。 for its dots and no scheme vs. a sentence with 。 after an English word',
    ['Apple ID 期限切れ 更新は appleid。apple-jp。help', '07064506828', 'block'],
    ['Apple IDのパスワード変えた。help画面わかりにくいね', '07064506828', 'allow']],
  ['a host with spaces around its 。 vs. the same spacing before a word that ends no host',
    ['ドコモ:dカード利用停止 解除は d-card 。 xyz/ok から', '08042511264', 'block'],
    ['借りてた d-card 。 ok、明日返すね', '08042511264', 'allow']],
  ['the household\'s empty hours asked vs. a person saying they themselves are away',
    ['警察局防盗调查:请问您家里什么时候不在家?请回复。', '09081416811', 'block'],
    ['快递员说明天上午送来,我不在家,能帮我收一下亚马逊的包裹吗?', '09081416811', 'allow']],
  ['a code that arrived asked for by a "driver", in English, vs. a driver who needs no code',
    ['Hi, it\'s your delivery driver. I need the 6-digit code texted to you to confirm the drop-off.', '09007224650', 'block'],
    ["Sagawa driver here. I'm at the entrance, I don't need the code, just open the door.", '09007224650', 'allow']],
  ['a code that arrived asked for in Portuguese vs. a friend asking an address',
    ['Olá, sou o entregador da Amazon. Me passe o código que chegou por SMS para confirmar a entrega.', '08095932362', 'block'],
    ['Oi, sou eu. Me passe o endereço da festa?', '08095932362', 'allow']],
  ['a Y/N reply with its verb left out, asked by a claimed LINE from a handset, vs. a friend\'s poll',
    ['LINE公式:あなたのアカウントに新しい端末からのログイン要求があります。許可しない場合は返信で「1」を。', '07001558234', 'flagged'],
    ['明日の飲み会、参加なら返信で「1」を!', '07001558234', 'allow']],
  ['a code named by its prefix asked to be sent back, from a spoofable letters ID, vs. the code typed on the service\'s own screen',
    ['Google: 家族アカウント共有のため、届いた G- で始まるコードをこの番号に送り返してください。', 'Google', 'block'],
    ['Google: G- で始まるコードを入力してください。', 'Google', 'allow']],
  ['Portuguese gift cards asked in a boss\'s voice vs. the boss\'s shift note',
    ['Aqui é o chefe do turno. Compra pra mim 3 cartões Apple de 10 mil ienes na konbini e manda foto dos códigos, te pago amanhã.', undefined, 'block'],
    ['Aqui é o chefe do turno. Amanhã o turno começa às 8h, não se atrase.', undefined, 'allow']],
  ['a Vietnamese offer to buy the reader\'s bank account vs. a community warning that names the sale unlawful and says not to reply',
    ['Bạn sắp về nước? Bán tài khoản ngân hàng cho mình, trả 3 man. Trả lời tin nhắn này nhé.', '+84912345678', 'block'],
    ['Các bạn du học sinh chú ý: bán tài khoản ngân hàng trước khi về nước là phạm pháp. Đừng trả lời tin nhắn mua tài khoản.', '+5544874112288', 'not-block']],
  ['a Tagalog offer to buy the reader\'s bank account vs. the same sale named forbidden, with the reply negated',
    ['Uuwi ka na? Ibenta mo sa akin ang bank account mo, 30,000 yen. Mag-reply ka lang.', '+84232844006', 'block'],
    ['Paalala: bawal ibenta ang bank account bago umuwi. Huwag sagutin ang mga mensahe na bumibili ng account.', '+84232844006', 'allow']],
  ['a purchase alert from abroad pressing a call to a number it writes vs. the issuer\'s number printed on the reader\'s card',
    ["Purchase alert, card ending 4417: JPY 3,200 at LAWSON TOKYO. Don't recognise it? Phone us now on +1 555-0199.", '+1 555-0183', 'block'],
    ["Purchase alert, card ending 4417: JPY 3,200 at LAWSON TOKYO. Don't recognise it? Phone us on the number printed on your card.", '+1 555-0183', 'not-block']],
  ['a G-code "sent to you" asked back from abroad vs. Google\'s own code message',
    ['Google: Your account will be deleted in 24 hours. Reply with the G-code sent to you to keep it.', '+630578394345', 'block'],
    ['G-482913 is your Google verification code.', 'Google', 'allow']],
  ['a code that "just went to you" asked as a screenshot vs. tickets asked as one',
    ['Hey sorry, weird question — I typed your number instead of mine when signing up for an app. A 6-digit text just went to you, can you screenshot it for me?', '08025185775', 'block'],
    ['Hey, can you screenshot the concert tickets for me? I want to check the seat numbers.', '08025185775', 'allow']],
  ['Spanish gift cards asked for a prize\'s fee vs. a gift card told as sent',
    ['Felicidades, ganó un premio de 300 mil yenes. Para recibirlo pague la tarifa de envío con tarjetas de regalo y mande los códigos por este mensaje', '07006654229', 'block'],
    ['¡Felicidades por tu cumpleaños! Te mandé una tarjeta de regalo por correo, disfrútala.', '07006654229', 'allow']],
  ['a notice that selling a bank account is illegal and not to answer the buyers vs. the buyer (Vietnamese)',
    ['Bạn sắp về nước? Mình mua lại tài khoản ngân hàng Nhật, 4 man. Trả lời tin nhắn này nhé.', '+84901234567', 'flagged'],
    ['Lưu ý: bán tài khoản ngân hàng cho người lạ là phạm pháp. Đừng trả lời tin nhắn mua tài khoản.', '+84901234567', 'not-block']],
  ['a relative on a new number sets up a call vs. one who points to the call already made',
    ['お父さん、番号変わった。ちょっと困ってて、あとで電話するから出てね', '08012345678', 'flagged'],
    ['お父さん、電話で話したとおり、これが新しい番号。あとで電話するから出てね', '08012345678', 'not-block']],
  ['e-money asked by its worth vs. the same card sent as a present',
    ['ごめん、ウェブマネー2万円分お願いできる?明日返すから', '08012345678', 'flagged'],
    ['ウェブマネー2万円分をメールで送ったので、ゲームに使ってね', '08012345678', 'allow']],
  ['a sum in 万 the reader is asked to make ready for a relative\'s trouble vs. the sum made ready by the writer',
    ['お母さん、事故の示談で200万、今週中に用意できない?', '08012345678', 'flagged'],
    ['お母さん、引っ越し代の200万は自分で用意できたよ', '08012345678', 'allow']],
  ['a loan asked with the wallet lost vs. a loan told as past',
    ['叔父さん、財布を落として帰れない。少しだけお金借りられないかな', '08012345678', 'flagged'],
    ['叔父さん、この前お金借りられて助かった。来週返すね', '08012345678', 'allow']],
  ['a relative asks the cash kept at home and how much, in two questions, vs. asks when the reader is home',
    ['じいちゃん、家に現金置いてる?いくらくらいある?', '08012345678', 'flagged'],
    ['じいちゃん、家に帰ったら電話して。いつ頃になる?', '08012345678', 'allow']],
  ['a grandchild asks where the bankbook and the seal are kept vs. asks whether one was left behind',
    ['孫の翔太だよ。通帳とかハンコ、どこにしまってるか教えて', '08012345678', 'flagged'],
    ['孫の翔太だよ。通帳、ばあちゃんの家に忘れてない?', '08012345678', 'allow']],
  ['a recording held over the reader for money vs. a recording kept to listen again',
    ['さっきのビデオ通話は録画してある。家族に見せられたくなかったら5万円払ってね', '08012345678', 'flagged'],
    ['昨日の電話、録音してあるから聞き直してね', '08012345678', 'allow']],
  ['闇バイト jargon (UD, 受け出し) offered vs. explained as the crime\'s name',
    ['UD案件あります。受け出しできる方、即日', '08012345678', 'flagged'],
    ['ニュースで見たけど、「UD案件」って受け子・出し子の隠語なんだって。気をつけて', '08012345678', 'not-block']],
  ['a job that is only opening an account in the reader\'s name vs. a bank\'s points for opening one',
    ['お仕事です。あなた名義の口座を新しく作っていただくだけで報酬3万円', '08012345678', 'flagged'],
    ['楽天銀行の口座を作るだけで1000ポイントもらえるキャンペーンやってるよ', '08012345678', 'allow']],
  ['a code asked by a friend\'s account vs. the friend warning that such a request may come from them',
    ['LINEの認証が必要なの。SMSに届いた認証番号を教えて', '09012345678', 'block'],
    ['LINE乗っ取られたみたい。「認証番号を教えて」って私から来ても答えないでね', '09012345678', 'allow']],
  ['a transfer to "this account" in the accounts voice vs. accounts saying a change request will be checked by phone',
    ['経理部長です。取引先の振込先が変わったので、本日中にこの口座へ振り込んで', '09012345678', 'flagged'],
    ['経理です。振込先を変えてほしいという依頼が来ても、必ず電話で確認してから処理します', '09012345678', 'allow']],
  ['a relative\'s new number with a money favour vs. the same news checked by the family\'s passphrase',
    ['お義父さん、夫の番号が変わりました。お金のことで急ぎのお願いがあるので、この番号に連絡ください', '09012345678', 'flagged'],
    ['お義父さん、夫の番号が変わりましたが、電話でお伝えした通りです。念のため合言葉でご確認ください', '09012345678', 'allow']],
  ['a superior who cannot be checked asks a chat group and its QR vs. the same superior asking nothing',
    ['会長の鈴木です。至急、LINEで新しいグループを作って、QRコードをこの番号に送ってください', '09012345678', 'flagged'],
    ['会長の鈴木です。先日の総会ではありがとうございました。来月もよろしくお願いします', '09012345678', 'allow']],
  ['a superior on a new phone asks a transfer today vs. the superior saying they never ask one',
    ['社長の伊藤です。新しい携帯です。今日中に取引先へ200万の振込をお願いしたい', '09012345678', 'flagged'],
    ['社長です。朝礼で話した通り、私が急ぎで個人的に振込を頼むことはありません', '09012345678', 'allow']],
  ['a superior in a meeting asks a screenshot of the account vs. says they will call back',
    ['専務の小林です。会議中で電話に出られない。会社口座の残高画面をスクショして送って', '09012345678', 'flagged'],
    ['専務の小林です。会議中で電話に出られないので、終わったら折り返します', '09012345678', 'allow']],
  ['a code that just came asked to be pasted back vs. a code the writer pasted for themself',
    ['さっきの6桁、もう届いた?届いたらここに貼り付けてくれればOK', '09012345678', 'block'],
    ['さっきの6桁の番号、パスワード管理アプリに貼り付けておいたよ', '09012345678', 'allow']],
  ['a parent asked to hand money to the writer\'s boss vs. a present to hand to the boss',
    ['お袋、明日うちの上司にお金渡してくれる?訳はあとで話す', '09012345678', 'flagged'],
    ['お袋、明日うちの上司にお土産渡してくれる?この前のお礼', '09012345678', 'allow']],
  ['a card\'s number scratched off and photographed vs. a lottery ticket scratched by the writer',
    ['コンビニで買ったら裏の番号を削って写真で送ってほしい', '09012345678', 'flagged'],
    ['宝くじ、削ったら裏に番号出てきた。当たってるか見て', '09012345678', 'allow']],
  ['a survey asks whether cash is kept at home vs. whether a camera is',
    ['市の防犯アンケートです。ご自宅に現金を置いているかお答えください', '09012345678', 'flagged'],
    ['市の防犯アンケートです。ご自宅に防犯カメラを設置しているかお答えください', '09012345678', 'allow']],
  ['a relative on a new number forbids ringing the old one vs. asks the reader to ring it to check',
    ['母さん、番号変えた。念のため前の番号にはかけないでね', '09012345678', 'flagged'],
    ['母さん、番号変えた。念のため前の番号にもかけて確かめてね', '09012345678', 'allow']],
  ['a payment asked made for the writer whose card fails vs. thanks for one made',
    ['ごめん、コンビニで支払いの代行お願いしたい。カードだとエラーになっちゃって', '09012345678', 'flagged'],
    ['コンビニで支払いの代行してくれてありがとう。カードのエラーは直ったよ', '09012345678', 'allow']],
  ['a son on a new number keeping it from the others vs. a surprise kept from them',
    ['お母さん、この番号が俺。今夜連絡するから他の人には話さないで', '09012345678', 'flagged'],
    ['お母さん、サプライズだから他の人には話さないで。父さんの誕生日会の件', '09012345678', 'allow']],
  ['a superior asks a transfer, or a group made and its QR vs. asks a transfer\'s paperwork or an invite into the team\'s group',
    ['部長の田中です。新しい携帯です。至急グループを作って、QRコードをこの番号に送って', '09012345678', 'flagged'],
    ['部長の田中です。新しい携帯です。チームのLINEグループに招待してください', '09012345678', 'allow']],
  ['a parent asked to hand money to a colleague vs. to repay what the colleague paid ahead',
    ['お母さん、明日会社の先輩にお金渡してくれる?わけは後で話す', '09012345678', 'flagged'],
    ['お母さん、明日先輩にお金渡してくれる?立て替えてもらった分なんだ', '09012345678', 'allow']],

  // Session 'boss' (batch 32): an authority in the reader's organisation moves a money ask, or the organisation's chat, onto this line.
  ['a superior out of reach asks to be answered on this line vs. the same superior telling of a room change',
    ['部長の中村です。会議中で電話に出られないので、この番号に返信ください', '09012345678', 'flagged'],
    ['部長の中村です。14時の会議は第2会議室に変更です。資料は共有フォルダに', '09012345678', 'allow']],
  ['a superior asks to be answered on this SMS only vs. asks a meeting\'s RSVP today',
    ['常務の田中です。これから指示を出します。このSMSにだけ返信してください', '09012345678', 'flagged'],
    ['常務の田中です。明日の会議、出席できるか今日中に返信ください', '09012345678', 'allow']],
  ['a 課長 asks a payment today with the account by reply vs. the expense deadline',
    ['課長の森です。取引先への支払い、今日中に頼める?口座は返信後に送ります', '09012345678', 'flagged'],
    ['課長の森です。経費精算の締切は金曜です。領収書は経理へ', '09012345678', 'allow']],
  ['the president\'s proxy asks contact about a transfer vs. the proxy passing on a meeting time',
    ['総務の方ですか?社長の代理です。振込の件でご連絡ください', '09012345678', 'flagged'],
    ['社長の代理で連絡しました。明日の会議は10時からです。出欠の連絡ください', '09012345678', 'allow']],
  ['a superior on a new phone with a favour unsaid, to be answered here vs. the new number only to save',
    ['部長の中村です。携帯を変えました。今日中に頼みたいことがあるので返事ください', '09012345678', 'flagged'],
    ['部長の中村です。携帯を変えました。この番号を登録しておいてください', '09012345678', 'allow']],
  ['a superior asks a reply now, kept from the other staff vs. asks a meeting\'s RSVP',
    ['代表の中村です。急ぎの件なので、他の社員には内密にお願いしたい。すぐ返信できますか?', '09012345678', 'block'],
    ['代表の中村です。明日の総会の出欠、今日中に返信できますか?', '09012345678', 'allow']],
  ['the accounts department asking a reply at a free webmail address vs. at the company\'s own domain',
    ['経理の件です。至急確認したいことがあるので、keiri.tanaka55@gmail.com に返信ください', '09012345678', 'block'],
    ['経理の件です。確認したいことがあるので、keiri@tanaka-kogyo.co.jp に返信ください', '09012345678', 'not-block']],
  ['the president\'s secretary asks a transfer handled by this SMS vs. warns that such asks are fake',
    ['社長秘書です。社長の指示で、至急振込の対応をお願いします。詳細はこのSMSで', '09012345678', 'flagged'],
    ['社長の秘書です。社長名で振込を頼むSMSが届いた方がいるようです。本物ではありませんので、対応しないでください', '09012345678', 'allow']],
  ['a superior on a new phone pressing a held matter to be answered here vs. the new number with "reply if anything"',
    ['部長の佐藤です。携帯を変えました。至急やってほしい業務があるので返信ください', '09012345678', 'flagged'],
    ['部長の佐藤です。携帯を変えました。新しい番号はこちらです。何かあれば返信ください', '09012345678', 'not-block']],
  ['a work group asked created with the rest of the staff kept out vs. the group left to the admins',
    ['仕事の都合でLINEグループの作成をお願いします。他の人は招待しないでください', '09012345678', 'flagged'],
    ['会社のLINEグループは総務が作るので、個人で作らないでくださいね', '09012345678', 'allow']],
  ['a work group asked created and its QR sent to this number vs. a year-end party group told as made',
    ['会社のグループを作ってください。できたらQRコードをこの番号に送って', '09012345678', 'flagged'],
    ['会社の忘年会のLINEグループ作ったよ。招待リンクは社内掲示板に貼りました', '09012345678', 'allow']],
  ['the company\'s money into a person\'s account with the approver kept out vs. a payment told as made and reported',
    ['取引先への支払いが足りないので、今日中に20万を俺の口座に入れてほしい。部長には後で話すから黙っといて', '09012345678', 'block'],
    ['取引先への支払い、経理から今日振り込んだって。部長にも報告済みです', '09012345678', 'allow']],
  ['a supplier\'s payee switched by text with the other departments kept out vs. a switch on paper, approved',
    ['経理の件です。仕入先の口座が変わったので、下記へ振込先を切り替えてください。他部署には未共有です', '09012345678', 'block'],
    ['経理の件です。仕入先の口座変更は書面で届いています。切替は来月の支払いからで、部長承認済みです', '09012345678', 'allow']],
  ['only whether the reader is at work, with a bare reply asked vs. the same question with the matter said',
    ['今、会社にいますか?見たら返信ください', '09012345678', 'flagged'],
    ['今日会社来てる?お昼どうするか返信して', '09012345678', 'not-block']],
  ['whether the reader is at work with the matter held back vs. a note left at reception',
    ['出社してますか?確認したいことがあります', '09012345678', 'flagged'],
    ['出社してますか?会議室の鍵、受付に預けておきました', '09012345678', 'allow']],
  ['a work group\'s invite link asked sent to this number vs. to everyone, as an organiser\'s errand',
    ['総務です。社員名簿の更新のため、LINEグループを作ってこの番号に招待リンクを送ってください', '09012345678', 'flagged'],
    ['会社の歓迎会のLINEグループ作って、招待リンクを全員に送ってくれる?', '09012345678', 'allow']],
  ['a card asked bought at a store, paid back later vs. a parent\'s card for the parent\'s own game account',
    ['コンビニでカード買ってきてもらえる?明日返すから', '09012345678', 'flagged'],
    ['お母さんのゲームのアカウントに入れたいから、コンビニでプリペイドカード買ってきてくれる?', '09012345678', 'allow']],
  ['a gift card asked bought for the writer\'s client vs. advice on where to buy one',
    ['取引先にギフトカードを渡したい。コンビニで買える?', '09012345678', 'flagged'],
    ['ギフトカードならコンビニで買えるよ。先方へのお礼なら図書カードもいいかも', '09012345678', 'allow']],
  ['a gift asked bought with its number sent as a photo vs. a gift bought to hand over',
    ['Amazonギフト5千円分買ってくれない?番号だけ写真で送ってくれればいいよ', '09012345678', 'block'],
    ['Amazonギフト5千円分買ったよ。誕生日に渡すね', '09012345678', 'allow']],
  ['a parent\'s own account to charge, with the card\'s number asked sent vs. charged by hand',
    ['お父さんのアカウントにチャージしたいから、コンビニでGoogle Playカード買って番号送って', '09012345678', 'block'],
    ['ゲームのプリペイドカード、コンビニで3000円分買ってきてくれる?お母さんのアカウントにチャージするから', '09012345678', 'allow']],
  ['a shop selling gift cards from its landline vs. a card asked bought for the writer',
    ['ギフトカードをコンビニで買ってきてくれない?あとで返すから', '09012345678', 'flagged'],
    ['【ローソン】各種ギフトカード販売中。Apple Gift Card、Google Playギフトコードは店頭で', '0312345678', 'allow']],

  // Session 'lang': lures aimed at foreign residents, in their languages (batch-30's gaps).
  ['buying up a resident\'s bank account before they leave, in Chinese, vs. a friend\'s warning about it',
    ['收购在日银行卡，回国留学生优先，只需存折+卡+密码。联系纸飞机 @jp_card8', '08024643417', 'block'],
    ['有人说要收购银行卡，千万别卖，这是犯罪。回国前去银行注销账户就好。', '08024643417', 'allow']],
  ['selling the account in Burmese with its price vs. a Burmese note about closing it at the bank',
    ['မြန်မာပြန်မယ်ဆိုရင် ဂျပန်ဘဏ်အကောင့်ကို ရောင်းပါ။ ဘဏ်စာအုပ်နဲ့ကတ် ယန်း ၃ သောင်း။', '08078963840', 'block'],
    ['မြန်မာပြန်မယ်ဆိုရင် ဂျပန်ဘဏ်အကောင့်ကို ဘဏ်မှာ ပိတ်ပါ။', '08078963840', 'allow']],
  ['lending the account for pay in やさしい日本語 vs. a school telling how to close it',
    ['帰国がきまった人、口座をかしてください。1か月5千円はらいます。カードと暗証番号だけでOK。', '08065535336', 'block'],
    ['帰国がきまった人は、銀行で口座をとじてください。わからないことは学校の事務室にきいてください。', '08065535336', 'allow']],
  ['Vietnamese "don\'t close it, sell it to me at a good price" vs. a Vietnamese reminder to close it',
    ['Ai sắp về nước thì đừng hủy tài khoản, bán lại cho mình giá cao. Chỉ cần sổ + thẻ + mã PIN.', '08044036348', 'block'],
    ['Ai sắp về nước nhớ ra ngân hàng hủy tài khoản nha, đừng để lại.', '08044036348', 'allow']],

  ['a code "sent to your number by mistake" asked back in Tagalog vs. a Tagalog warning not to send it',
    ['Hi po, nagkamali ako ng type, sa inyo napunta ang code ko. Paki-send naman po yung numero na dumating, salamat!', '08087077918', 'block'],
    ['Paalala: huwag i-send kahit kanino ang code na dumating sa phone mo, kahit sabihin nilang nagkamali sila ng type.', '08087077918', 'allow']],
  ['the same in Thai vs. the Thai "never send the OTP, even if they say it went to the wrong number"',
    ['ขอโทษนะ รหัสยืนยันของเราส่งไปที่เบอร์คุณ ช่วยส่งตัวเลข 6 หลักมาให้หน่อย', '07021685265', 'block'],
    ['อย่าส่งรหัส OTP ให้ใครเด็ดขาด ถึงเขาจะบอกว่าส่งผิดเบอร์ก็ตาม', '09032684466', 'allow']],
  ['the same in Burmese, Sinhala and Nepali vs. their "don\'t send it" warnings',
    ['တောင်းပန်ပါတယ်၊ ကျွန်တော့်ကုဒ် မှားပြီး သင့်ဖုန်းကို ရောက်သွားတယ်။ ဂဏန်း ၆ လုံးကို ပို့ပေးပါ။', '08054506186', 'block'],
    ['ကုဒ် မှားပြီး ရောက်လာတယ်ဆိုပြီး တောင်းရင် မပို့ပါနဲ့။', '08054506186', 'allow']],
  ['a Sinhala code asked back vs. its warning',
    ['සමාවෙන්න, මගේ කේතය වැරදිලා ඔබේ අංකයට ආවා. ඒ ඉලක්කම් 6 එවන්න පුළුවන්ද?', '09056230860', 'block'],
    ['කවුරු හරි කේතය වැරදිලා ආවා කිව්වත් එවන්න එපා.', '09056230860', 'allow']],
  ['a Nepali code asked back vs. its warning',
    ['दाइ, गल्तीले मेरो कोड तपाईंको नम्बरमा आयो। त्यो ६ अंकको नम्बर पठाइदिनुस् न।', '09049516958', 'block'],
    ['सावधान: कसैले गल्तीले कोड तपाईंको नम्बरमा आयो भने पनि त्यो कोड नपठाउनुहोस्।', '09049516958', 'allow']],

  ['a visa change "guaranteed" for a deposit first, in Vietnamese, vs. a friend who paid only the stamp at the office',
    ['Đổi visa kỹ năng đặc định bao đậu, phí trọn gói 30 man, đặt cọc trước 10 man. Nhắn tin để được tư vấn.', '07099275403', 'block'],
    ['Mình đổi visa kỹ năng đặc định xong rồi, chỉ tốn tem 4.000 yên ở cục, không phải đặt cọc gì hết.', '07099275403', 'allow']],
  ['a factory job with a placement fee before starting, in Tagalog, vs. the same job with no fee',
    ['Hiring! Trabaho sa pabrika, mataas sahod, may dorm. Placement fee 50,000 yen bago mag-start.', '09046126132', 'flagged'],
    ['Hiring! Trabaho sa pabrika, mataas sahod, may dorm. Walang placement fee, libre ang dorm. Interview sa Lunes.', '09046126132', 'allow']],
  ['a work visa "guaranteed" for a deposit today vs. an employer whose visa application was filed, fees its own',
    ['Guaranteed work visa in 2 weeks, no interview. Pay JPY 80,000 deposit today, only 3 slots left.', '07025677179', 'block'],
    ['Your work visa application was received by the immigration office. We pay all fees; you pay nothing. Start date: April 1.', '07025677179', 'allow']],
  ['the police\'s "deposit to prove your innocence", in Thai, vs. the Thai "the police never ask such a deposit"',
    ['ตำรวจไทยแจ้ง: บัญชีของคุณถูกใช้ในการฟอกเงิน ต้องโอนเงินประกันเพื่อพิสูจน์ความบริสุทธิ์', '09002119929', 'block'],
    ['ตำรวจไม่เคยให้โอนเงินประกันเพื่อพิสูจน์ความบริสุทธิ์ ถ้ามีคนโทรมาแบบนี้ให้วางสาย', '09002119929', 'allow']],
  ['the police\'s deposit "so you won\'t be jailed", in Tagalog, vs. the immigration bureau\'s own "we never ask payment", in Chinese',
    ['Pulis ito. Ginagamit ang bank account mo sa scam. Magbayad ng deposit para hindi ka makulong.', '07049624341', 'block'],
    ['【出入国在留管理厅】本厅职员不会通过电话或短信要求付款。收到可疑联系请勿回应，咨询最近的地方出入国在留管理局。', 'ISA-Info', 'allow']],

  ['the "new number, old phone broken" opener in Vietnamese vs. a child texting its mother plans',
    ['Mẹ ơi con đổi số rồi, điện thoại cũ hỏng. Mẹ lưu số này nhé, lát con nhắn việc gấp.', '09039823076', 'flagged'],
    ['Mẹ ơi, tối nay con về ăn cơm nhé. Con mua bánh rồi.', '09039823076', 'allow']],
  ['the same in Portuguese vs. a child telling its mother it arrived',
    ['Mãezinha, sou eu. Celular caiu na água, esse é meu zap novo. Me responde logo que tô precisando de uma ajuda.', '08073285481', 'flagged'],
    ['Mãezinha, cheguei bem no Japão. Amanhã te ligo pelo zap.', '08073285481', 'allow']],
  ['the same in Indonesian with money needed urgently vs. a child telling its mother it arrived',
    ['Bu, ini nomor baru aku, HP lama rusak. Simpan ya. Aku lagi butuh uang mendesak.', '08094539472', 'block'],
    ['Bu, aku sudah sampai di Osaka. Besok aku telepon ya.', '08094539472', 'allow']],

  ['money sent home "cheaper than the bank" into the message\'s account (地下銀行) vs. a friend who sent it at a bank\'s ATM',
    ['安いレートで母国へ送金できます。銀行より安い！お金はこの口座に振込んでください。翌日家族に届きます。', '07042565408', 'block'],
    ['今日セブン銀行のATMで母国に送金した。手数料1,000円くらい。受取人の名前ちゃんと確認してから送ってね', '09044048953', 'allow']],
  ['the same in romanised Nepali vs. a Nepali friend\'s advice to use a registered company\'s app',
    ['Nepal ma paisa pathaune sasto rate! Yen yo account ma halnu hos, 1 ghanta ma ghar ma pugchha.', '07055544027', 'block'],
    ['Nepal ma paisa pathaune bela registered company ko app bata matra pathaunu hos, aru ko account ma halnu hudaina.', '07055544027', 'allow']],

  ['Rakuten Card, written 乐天信用卡, asking its card number and expiry back vs. its own spending notice in Chinese',
    ['乐天信用卡通知：您的卡片已被限制使用，请回复卡号和有效期以解除限制。', '09055333544', 'block'],
    ['您的乐天信用卡消费通知：便利店 ¥648。详情请在官方App中确认。', 'RakutenCard', 'allow']],
  ['a card\'s number asked back in Portuguese vs. the card company\'s own notice saying it never asks it',
    ['Aviso do cartão JCB: detectamos compra de ¥120.000. Se não foi você, responda com o número do cartão para cancelar.', '07030423155', 'block'],
    ['Aviso do cartão JCB: detectamos compra de ¥120.000. Se não foi você, confirme no app MyJCB. Nunca pedimos o número do cartão por SMS.', '0120101258', 'allow']],

  ['a code spelt 4ケタ, asked back, vs. the same code told "tell nobody" in やさしい日本語',
    ['面接の予約のため、SMSで届く4ケタの番号をこのメッセージに返信してください。', '08012111494', 'block'],
    ['SMSで届く4ケタの番号は、だれにもおしえないでください。', '08012111494', 'allow']],
  ['work in spaced kana for those with no residence card vs. a school\'s notice in spaced kana about the permit on the card',
    ['しごと の しょうかい です。かんたん な しごと で 1にち 2まんえん。 ざいりゅうカード が ない ひと も OK。', '09044249238', 'flagged'],
    ['がっこう から の おしらせ です。アルバイト を する ひと は ざいりゅうカード の うら に きょか が ある か みて ください。', '09044249238', 'allow']],
  ['a trainee\'s card and PIN to be left with "the company" vs. a bank saying never to leave them with anyone',
    ['【監理団体】実習生の給料振込口座が変わりました。新しい口座のカードと暗証番号を会社に預けてください。', '08094364106', 'block'],
    ['【〇〇銀行】キャッシュカードと暗証番号はだれにも預けないでください。銀行員が預かることはありません。', '0005', 'allow']],

  ['a code "mis-sent to your phone" asked back in Traditional Chinese vs. a friend\'s warning quoting it',
    ['抱歉，我的驗證碼誤傳到你的手機，可以把簡訊裡的數字回傳給我嗎？急用，謝謝。', '08034736049', 'block'],
    ['如果有人說驗證碼誤傳到你的手機，叫你回傳給他，千萬不要給，那是詐騙。', '08034736049', 'allow']],
  ['a son\'s new number and money asked in Burmese vs. a son telling his mother he arrived',
    ['အမေ၊ သားဖုန်းပျက်လို့ နံပါတ်အသစ်ပါ။ ငွေအမြန်လိုနေတယ်၊ လွှဲပေးနိုင်မလား။', '07055568457', 'block'],
    ['အမေ၊ သားရောက်ပြီ။ မနက်ဖြန် ဖုန်းဆက်မယ်။', '07055568457', 'allow']],
  ['a resident visa\'s renewal "fee" to pay now or be deported, in Portuguese, vs. how renewal is really paid',
    ['Seu visto de residente vence amanhã. Taxa de renovação pendente de ¥15.000. Pague agora ou será deportado.', '08000607625', 'block'],
    ['Seu visto de residente vence em 3 meses. A renovação é feita no escritório de imigração; a taxa é paga com selo no balcão.', '08000607625', 'allow']],
  ['an account bought "before you go home" in Tagalog and in English with its price vs. a friend\'s advice to close it',
    ['Bibili namin ang bank account mo bago ka umuwi ng Pilipinas. 30,000 yen para sa passbook at card. Text lang.', '08004392855', 'block'],
    ['Bago ka umuwi ng Pilipinas, isara mo ang bank account mo sa bangko. Dalhin ang passbook at card.', '08004392855', 'allow']],

  ['a "shift boss" asking Apple cards bought and their codes photographed, in Portuguese, vs. a child asking its mother to buy bread',
    ['Aqui é o chefe do turno. Compra pra mim 3 cartões Apple de 10 mil ienes na konbini e manda foto dos códigos, te pago amanhã.', '08012345678', 'block'],
    ['Mãe, compra pra mim um pão na padaria quando voltar?', '08012345678', 'allow']],
  ['a "driver" asking the code that arrived by SMS, in Portuguese, vs. a driver who left the parcel and needs no code',
    ['Olá, sou o entregador da Amazon. Me passe o código que chegou por SMS para confirmar a entrega.', '08095932362', 'block'],
    ['Olá, sou o entregador da Amazon. Deixei o pacote na portaria. Não precisa passar nenhum código.', '08095932362', 'allow']],

  ['a child\'s new number and money asked in Korean vs. the same new number with a weekend visit',
    ['엄마 나야, 폰 고장나서 번호 바뀌었어. 급하게 돈이 필요한데 50만 엔만 보내줄 수 있어?', '+84364599017', 'block'],
    ['엄마 나야, 폰 고장나서 번호 바뀌었어. 주말에 집에 갈게.', '08064599017', 'allow']],
  ['a loan released for a "processing fee" first, in Tagalog, vs. a lender whose fee is none and who signs at its branch',
    ['Pasado ka sa loan na ¥300,000. Para mailabas ngayong araw, ipadala muna ang ¥15,000 na bayad sa proseso.', '08012345678', 'block'],
    ['Naaprubahan ang loan mo na ¥300,000. Walang bayad sa proseso; ibabawas ang interes sa buwanang hulog. Pumunta sa branch para pumirma.', '08012345678', 'allow']],
  ['a pension refund for the account and residence card\'s number sent back, in Vietnamese, vs. a school\'s note that nobody texts for them',
    ['Bạn đủ điều kiện nhận lại tiền Lương hưu rút một lần (dattai ichijikin). Gửi số tài khoản và mã thẻ cư trú để nhận ngay.', '+84387712054', 'block'],
    ['Trường thông báo: tiền Lương hưu rút một lần (dattai ichijikin) chỉ nộp hồ sơ qua Nihon Nenkin Kiko, không ai nhắn tin xin số tài khoản.', '08012345678', 'not-block']],

  ['an Indonesian account bought before going home vs. a friend\'s warning that names it a crime (kejahatan)',
    ['Mau pulang ke Indonesia? Jual rekening bank kamu ke kami, 30.000 yen langsung cair.', '09019851937', 'block'],
    ['Warning dari teman: jangan jual rekening bank sebelum pulang. Itu kejahatan di Jepang. Tutup saja di bank.', '09019851937', 'allow']],
  ['money home "cheaper than the bank" into this account, in Chinese, vs. a friend telling of the remittance she made (寄了) in the official app',
    ['有人收购银行卡？我帮你介绍，汇率比银行便宜，把钱打到这个账户，家里当天收到。', '09075753965', 'block'],
    ['我今天用SBI汇款寄了5万日元回家，手续费不到一千。只在官方App里操作，别信私下换汇的。', '09075753965', 'allow']],
  ['a code "sent by mistake" asked back in Vietnamese vs. a friend quoting that ask and saying don\'t send it (đừng gửi)',
    ['Mình gửi nhầm mã xác nhận qua số bạn, gửi lại giúp mình mã đó nhé.', '07010004751', 'block'],
    ['Nếu ai nhắn "gửi nhầm mã xác nhận, gửi lại giúp" thì đừng gửi nha, bạn mình bị chiếm LINE vì vậy đó.', '07010004751', 'allow']],

  ['money asked of a sister "into this account", in Vietnamese, vs. a sister telling she sent money home in the official app',
    ['Chị ơi em cần tiền gấp, chị gửi tiền cho em vào tài khoản này nhé.', '09049193247', 'block'],
    ['Hôm nay chị gửi tiền về nhà qua app chính thức, phí 880 yên. Đừng chuyển cho mấy người đổi tiền trên Facebook nha.', '09049193247', 'allow']],

  ['a car sold cheap before going home for a deposit first by PayPay, in Portuguese, vs. the same car paid at the handover with a contract',
    ['Amigo, vendo meu carro barato porque vou voltar pro Brasil. Sinal de 50 mil ienes por PayPay pra reservar, quem mandar primeiro leva', '07040483599', 'block'],
    ['Vendo meu carro, 300 mil ienes. Pode ver no sábado e pagar na entrega, com contrato na loja.', '07040483599', 'allow']],

  ['the rent\'s bank account "changed", new one by reply, in Tagalog, vs. the landlord\'s note that it has not changed',
    ['Paunawa: nagbago ang bank account para sa upa. Mag-reply para sa bagong account.', '+84801305415', 'block'],
    ['Paunawa mula sa may-ari: ang bank account para sa upa ay hindi nagbago. Huwag maniwala sa text na nagsasabing may bagong account.', '08012345678', 'allow']],
  ['a power bill overdue with a call-back to an 050 line, in Vietnamese, vs. the bill told as paid',
    ['Công ty điện lực: Hóa đơn tiền điện của bạn đã quá hạn. Nếu không gọi lại số 050-6674-2915 trong hôm nay, điện sẽ bị cắt.', '+60490369911', 'block'],
    ['Công ty điện lực: Hóa đơn tiền điện tháng này đã thanh toán. Cảm ơn quý khách.', '+60490369911', 'allow']],

  ['a Tagalog buyer of the account "before you go home" vs. the Tagalog notice that selling it is forbidden (bawal ibenta)',
    ['Pare, bibilhin ko yung bank account mo bago ka umuwi ng Pinas. 50,000 yen agad.', '+66700000740', 'block'],
    ['Paalala: bawal ibenta ang bank account bago umuwi. Huwag sagutin ang mga mensahe na bumibili ng account.', '09012345678', 'not-block']],

  ['a card lure headed "Cảnh báo:" asking the card\'s 16 digits back vs. a warning headed the same that names the fake',
    ['Cảnh báo: Thẻ tín dụng Rakuten của bạn đã bị sử dụng ở nước ngoài. Trả lời tin nhắn này kèm 16 số thẻ để hủy giao dịch.', '07064609077', 'block'],
    ['Canh bao: co tin nhan gia mao ngan hang Yucho bao tai khoan bi khoa, dung bam link va dung nhap ma PIN.', '07044459918', 'allow']],
  // The call or the reply asked in a notice's register with its verb left out (至急ご連絡を。 ご返信を。 返信願います), or
  // by what follows if it is not made (ご連絡なき場合は…): the same ask as ご連絡ください / 返信してください.
  ['a call asked with its verb left out, from an 050 line, vs. the same words quoted in a warning',
    ['債権回収センターです。未納のサイト利用料について法的手続きに移行します。本日中に至急ご連絡を。', '05031234567', 'block'],
    ['「債権回収センターです。未納の利用料について法的手続きに移行します。至急ご連絡を。」というSMSが届いています。連絡しないでください。', '09012345678', 'allow']],
  ['a call asked by its penalty (ご連絡なき場合は差押え) vs. a friend\'s "連絡を。"',
    ['法律事務所です。貴殿の未払い利用料について、本日中にご連絡なき場合は給与の差押えに移行します。', '05041234567', 'block'],
    ['明日の集合場所が変わったら連絡を。', '08012345678', 'allow']],
  ['a reply asked with its verb left out in a hospital\'s voice from a handset vs. a clinic\'s own line',
    ['○○病院です。ご家族が救急搬送されました。手術費の保証金が必要です。至急ご返信を。', '07012345678', 'block'],
    ['さくら歯科です。明日10時のご予約、変更がある場合はこのSMSにご返信を。', '0312345678', 'allow']],
  ['personal data asked by 返信願います from a handset vs. a city\'s registered line asking a reply',
    ['還付金の手続きが止まっています。受け取り口座と生年月日を返信願います。', '08012345678', 'block'],
    ['【○○市役所】児童手当の現況届が未提出です。返信願います。', '0005012345', 'allow']],
  // An institution's voice (a pension office, a hospital) asking to be rung back on the line no office texts from
  // that it came from: that line is whoever holds it (ask-channel.ts deskOnOpenLine).
  ['a pension office asking a call back to the 050 line it texts from vs. the same words from a 0005 line',
    ['年金事務所です。未支給の年金があります。お受け取りの手続きのため、この番号へ折り返しお電話ください。', '05012345678', 'block'],
    ['年金事務所です。未支給の年金があります。お受け取りの手続きのため、この番号へ折り返しお電話ください。', '0005012345', 'allow']],
  ['a hospital asking a call back to a handset vs. a clinic\'s reminder of the reader\'s booking from an 050 line',
    ['病院の救急外来から連絡です。ご家族が搬送されました。治療費の前払いが必要です。至急この番号に折り返してください。', '09012345678', 'block'],
    ['みどり歯科医院です。明日10時のご予約のお知らせです。キャンセルの際はお電話ください。', '05012345678', 'allow']],
  ['an unsigned institution on a handset vs. a 信金\'s field officer signing her own handset',
    ['年金事務所です。未支給の年金があります。お受け取りの手続きのため、この番号へ折り返しお電話ください。', '09012345678', 'block'],
    ['ひまわり信用金庫の渉外担当 佐藤です。先日の定期預金の件でお電話しました。ご都合のよい時にこの番号にお電話ください。', '09012345678', 'allow']],
  ['an 050 line (rented online by anyone) linking to a throwaway page vs. the same words linking to a government site',
    ['返金対象者リストにあなたの名前があります。ご確認ください https://henkin-list.vip/', '05053721186', 'block'],
    ['返金対象者リストにあなたの名前があります。ご確認ください https://www.kokusen.go.jp/', '05012345678', 'not-block']],
  // A sentence that says someone never does it, tells the reader not to do it, or tells the reader to refuse or hang up
  // if someone asks it, disowns the ask it names (lures/disown.ts), in every language the engine reads. A message that
  // also asks in a sentence of its own is still a lure: a "never share your code" line is no way out.
  ['Chinese: bail money asked by "immigration" vs. the city\'s note that immigration never phones for money',
    ['出入国在留管理厅通知:您的签证有问题,家人被拘留,请今天汇款保释金50万日元到以下账户。', 'CityIntl', 'block'],
    ['市役所国际交流课提醒:出入国在留管理厅不会打电话要求汇款或保释金。接到可疑电话请拨打警察咨询专线#9110。', 'CityIntl', 'allow']],
  ['Korean: "police" moving to a LINE video call vs. the city\'s note that police never show warrants on video calls',
    ['경찰입니다. LINE 영상통화로 체포영장을 보여드리겠습니다. 지금 바로 LINE ID keisatsu-kr 을 추가하세요.', '08012345678', 'block'],
    ['〇〇시 국제교류과: 경찰이나 검찰이 LINE 영상통화로 체포영장을 보여주는 일은 없습니다. 의심되면 전화를 끊고 #9110에 상담하세요.', 'CityIntl', 'allow']],
  ['a code asked back "typed by mistake" vs. a friend\'s "never forward a code"',
    ['Sorry, I typed your number by mistake. Please forward me the verification code you just got.', '07061537745', 'block'],
    ['Heads up: never forward a verification code to anyone, even if they say they typed your number by mistake.', '07061537745', 'allow']],
  ['a code asked back with a "never share" line in front vs. the warning alone',
    ['Never share your code with anyone. I typed your number by mistake, please forward me the verification code you just got.', '07061537745', 'block'],
    ['Never share your code with anyone, even a friend who says they typed your number by mistake.', '07061537745', 'allow']],
  ['Vietnamese: a code asked back vs. "if someone texts that, don\'t send it"',
    ['Ban oi minh gui nham ma xac nhan vao so ban, gui lai giup minh 4 so do voi, cam on nhieu.', '07062121827', 'block'],
    ['Nếu ai nhắn "gửi nhầm mã xác nhận, gửi lại giúp" thì đừng gửi nha, bạn mình bị chiếm LINE vì vậy đó.', '07010004751', 'allow']],
  ['Vietnamese: a "don\'t share codes" line does not cover the code asked in the next sentence',
    ['Đừng chia sẻ mã cho ai. Mình gửi nhầm mã xác nhận vào số bạn, gửi lại giúp mình nha.', '07062121827', 'block'],
    ['Dung gui ma OTP cho ai het, ke ca nguoi tu xung nhan vien ngan hang hay nghiep doan.', '07062121827', 'allow']],
  ['gift cards asked for vs. "if asked to buy gift cards, check with the person first"',
    ['アマゾンのギフトカード買って、裏の番号送って！急ぎでお願い', '09046631359', 'block'],
    ['アマゾンのギフトカード買ってって頼まれたら、知り合いでもまず電話で本人に確認して！うちの後輩それでだまされかけた', '09046631359', 'allow']],
  ['a conditional refusal first does not cover the gift cards asked after it',
    ['ギフトカードを買ってって頼まれたら断ってね。今すぐアマゾンギフトカード5万円分買って番号送って', '09012345678', 'block'],
    ['ギフトカードを買ってって頼まれたら断ってね。この前それで同僚がだまされかけた', '09012345678', 'allow']],
  ['Indonesian: a bank account bought vs. "don\'t sell your bank account"',
    ['Mau pulang ke Indonesia? Jual rekening bank Jepang kamu ke kami, 30 ribu yen untuk buku tabungan dan kartu.', '08075724594', 'block'],
    ['Warning dari teman: jangan jual rekening bank sebelum pulang. Itu kejahatan di Jepang. Tutup saja di bank.', '09019851937', 'allow']],
  ['Thai: an OTP asked for vs. "never send your OTP to anyone"',
    ['ส่งรหัส OTP ที่ได้รับมาให้ฉันด่วน ส่งผิดเบอร์', '09032684466', 'block'],
    ['อย่าส่งรหัส OTP ให้ใครเด็ดขาด ถึงเขาจะบอกว่าส่งผิดเบอร์ก็ตาม', '09032684466', 'allow']],
  ['a new number by SMS with the old one dropped vs. the supervisor\'s "if a new number comes by SMS, check with the company"',
    ['監理団体の担当の佐藤です。番号が変わりました。今後はこちらのLINEに連絡してください。line.me/ti/p/kanri-sato', '09039883047', 'block'],
    ['監理団体の担当の佐藤です。来週から担当が変わりますが、連絡先は会社の事務所を通してお知らせします。SMSやLINEで新しい番号が来ても、会社に確認してください。', '09039883047', 'allow']],
  ['an OTP relayed "for identity checks" stays asked beside a "never tell it" line',
    ['【LINE】認証番号は他人に教えないでください。本人確認のため、届いた認証番号をこのSMSに返信してください。', '09012345678', 'block'],
    ['【LINE】認証番号:482913 この番号を他人に教えないでください。', 'LINE', 'allow']],
  // "…のは犯罪です", "là phạm pháp", "bawal ibenta": calling the act a crime disowns it as a prohibition does; "não é crime",
  // "犯罪ではありません" say the opposite and disown nothing.
  ['an account bought "and it is no crime" vs. "don\'t sell it: selling an account is a crime"',
    ['口座を売るのは犯罪ではありません。帰国前の口座、3万円で買い取ります。LINEで連絡ください', '08075724594', 'block'],
    ['帰国前に「口座を買います」と言われても売らないでください。口座を売るのは犯罪です。使わない口座は銀行で解約しましょう。', '07081922859', 'allow']],
  ['Vietnamese: an account bought before going home vs. the notice that selling one is illegal',
    ['Bán tài khoản ngân hàng trước khi về nước được 3 man. Nhắn tin cho mình qua Facebook để bán nhé.', '+5544874112288', 'block'],
    ['Các bạn du học sinh chú ý: bán tài khoản ngân hàng trước khi về nước là phạm pháp. Đừng trả lời tin nhắn mua tài khoản.', '+5544874112288', 'allow']],
  ['Portuguese: "selling your account is no crime" stays a lure',
    ['Vender a conta não é crime. Compramos sua conta bancária por 30 mil ienes, chama no WhatsApp', '08075724594', 'block'],
    ['Nunca venda sua conta bancária antes de voltar ao Brasil: é crime no Japão.', '08075724594', 'allow']],
  ['Tagalog: "don\'t sell your account, don\'t answer those who buy" is a warning',
    ['Bibili kami ng bank account mo bago ka umuwi, ¥30,000. I-message kami sa Messenger.', '+84232844006', 'flagged'],
    ['Paalala: bawal ibenta ang bank account bago umuwi. Huwag sagutin ang mga mensahe na bumibili ng account.', '+84232844006', 'allow']],
  ['a prohibition\'s form as a threat\'s condition ("if you don\'t pay") disowns nothing',
    ['Nếu không chuyển tiền hôm nay, tài khoản của bạn sẽ bị khóa. Chuyển ngay vào tài khoản này: Yucho 12345-678', '09012345678', 'flagged'],
    ['Đừng chuyển tiền cho ai tự xưng là cảnh sát, cảnh sát Nhật không bao giờ yêu cầu chuyển tiền.', '09012345678', 'allow']],
  // A disowning cue disowns its own clause: an ask after a comma or a "but" in the same sentence is still asked.
  ['Chinese: "banks never phone for transfers, so transfer to the safe account now" vs. the warning alone',
    ['银行不会打电话要求转账，请立即将资金转到安全账户 6222 0000 1111', '08012345678', 'block'],
    ['银行不会打电话要求转账，接到这种电话请直接挂断。', '08012345678', 'allow']],
  ['Chinese: "don\'t transfer to strangers, but this time it is me" vs. the warning alone',
    ['不要转账给陌生人，但这次是我，急需用钱，转到这个账户 6222 1234', '08012345678', 'block'],
    ['不要转账给陌生人，冒充家人借钱的短信最近很多。', '08012345678', 'allow']],
  ['"never share it, except with our agent: reply with it" asks vs. a code message\'s "never share it, except when entering it"',
    ['Never share this code with anyone except our agent: reply with the code now.', '+12025550143', 'flagged'],
    ['Code 482913. Never share it with anyone, except when entering it on our official site.', 'Google', 'allow']],
  // Quoted words told as what a scam shows, asks or calls itself (「…」と表示する, 『…』と頼まれる, 「…」とするSMS) are examples:
  // their lure words are the scam's. The message is not made a report by it: its own asks still count.
  ['a seizure notice with a tax page vs. the police naming its words as what the fake page shows',
    ['【国税庁】差押最終通知:納税確認番号をご確認の上、本日中にお支払いください https://nta-sashiosae.top', '09012345678', 'block'],
    ['県警サイバー対策課:「差押最終通知」「納税確認番号」と表示する偽の国税庁サイトに注意。カード情報を入力した方はすぐカード会社へ。', 'KenkeiSafe', 'allow']],
  ['a quoted screen message with the lure\'s own link after it still blocks',
    ['画面に「お客様のアカウントが停止されました」と表示された方は、下記URLから再開手続きを行ってください https://acc-saikai.top', '09012345678', 'block'],
    ['【〇〇市】「お客様のアカウントが停止されました」と表示する偽サイトにご注意ください。市からSMSでURLをお送りすることはありません。', 'CityInfo', 'allow']],
  ['a payee changed on request vs. accounts\' "if a change of payee is asked, we check with the client by phone first"',
    ['経理です。振込先変更の依頼が来たら、こちらの新しい口座に振り込んでください。みずほ 1234567', '07062733984', 'block'],
    ['経理です。振込先変更の依頼が来ても、必ず電話で取引先に確認してから処理します。ご協力ください', '07062733984', 'allow']],
  // What the sender never does is conduct (asks, calls, sends), not an outcome promised: "绝对不会亏本" and "손해 보는 일은
  // 없습니다" are an investment's bait, and disown nothing.
  ['Chinese: "an investment that never loses" stays a lure vs. "immigration never phones for money"',
    ['绝对不会亏本的投资，每天收益5%，加微信 invest888 了解', '08012345678', 'flagged'],
    ['出入国在留管理厅不会打电话要求汇款，接到这种电话请直接挂断。', 'CityIntl', 'allow']],
  ['Vietnamese: "you will never lose money" stays a lure vs. "the police never ask for money"',
    ['Bạn sẽ không bao giờ mất tiền, lợi nhuận 30% mỗi tháng, nhắn Zalo 0901234567', '08012345678', 'flagged'],
    ['Cảnh sát Nhật không bao giờ gọi video qua LINE hay yêu cầu chuyển tiền.', 'KenkeiSafe', 'allow']],
  // "Lương tháng 12 chuyển vào tài khoản…": the month's wages are what the employer transfers, the writer paying.
  ['Vietnamese: wages named then a new account to pay a fee into vs. the company\'s notice that wages go to the account as every month',
    ['Lương tháng 12 chuyển vào tài khoản mới này nhé: Yucho 1234567, chuyển phí 3 man trước', '09056133437', 'block'],
    ['Thong bao cua cong ty: luong thang 12 chuyen vao tai khoan cu nhu moi thang. Cong ty khong bao gio giu the ngan hang cua TTS.', '09056133437', 'allow']],
  // A brand named only inside what the message disowns is the one the scam pretends to be: a mention, not a claim. The
  // brand's never-does line before a look-alike page is still a lure.
  ['a bank\'s "we never phone" before a look-alike page vs. a sister telling not to transfer through Facebook money changers',
    ['三井住友銀行がお客様に電話することはありません。本人確認はこちら https://smbc-kakunin.top', '09012345678', 'block'],
    ['Hôm nay chị gửi tiền về nhà qua app chính thức, phí 880 yên. Đừng chuyển cho mấy người đổi tiền trên Facebook nha.', '09049193247', 'allow']],
  ['a code asked after a withdrawn ask still blocks vs. a colleague withdrawing the ask ("…と思ったけど自分で見られた")',
    ['届いた確認番号教えて〜と思ったけど自分で見られたわ、やっぱり急ぎだから届いた認証番号を今すぐ教えて', '08008437833', 'block'],
    ['至急!会議室の予約、私のアカウントで取っちゃった。キャンセルするから、届いた確認番号(社内システムのやつ)教えて〜と思ったけど自分で見られたわ、ごめん', '08008437833', 'allow']],
  // Naming who a scam pretends to be ("…사칭 전화", "posing as police") disowns that sentence only: an accusation after it is
  // the message's own.
  ['Korean: "beware of police impersonation" before the accusation and a number vs. the embassy-style warning',
    ['경찰청 사칭 주의. 귀하의 계좌가 범죄에 연루되었습니다. 지금 050-1234-5678 로 전화하세요', '09012345678', 'block'],
    ['한국 법무부나 경찰 사칭 전화 조심하세요. "계좌가 범죄에 연루됐다"고 하면 바로 끊고 대사관 공식 번호로 확인하세요.', '08083827166', 'allow']],
  // Thai writes no comma: a space ends a clause, so an ask after a refusal is still asked; a clause that concedes
  // ("ถึงเขาจะบอกว่า…ก็ตาม", "even if they say…") tells what the scam says and asks nothing.
  ['Thai: "if not you, hang up; if so, send the OTP to this number" vs. "never send your OTP, even if they say it went to the wrong number"',
    ['ถ้าไม่ใช่คุณ ให้วางสาย ถ้าใช่ ส่งรหัส OTP มาที่เบอร์นี้', '08012345678', 'flagged'],
    ['อย่าส่งรหัส OTP ให้ใครเด็ดขาด ถึงเขาจะบอกว่าส่งผิดเบอร์ก็ตาม', '09032684466', 'allow']],
  // "Don't trust…" (别信, đừng tin, 信じないで) disowns what it names; a lure's own offer and channel after it still count.
  ['an exchanger\'s "don\'t trust the others" before its own offer vs. a friend telling of an official remittance and not to trust private exchangers',
    ['不要相信其他平台。只有我们的平台保本保息，日收益5%，加微信 invest888', '08012345678', 'block'],
    ['我今天用SBI汇款寄了5万日元回家，手续费不到一千。只在官方App里操作，别信私下换汇的。', '09075753965', 'not-block']],
  // Session 'invest': money paid in before a promised return, slot, tier or recovery; public bodies and utilities that say
  // neither where nor how but "by reply".
  ['an investment group\'s members\' gain of +340% and a tier\'s joining fee vs. a friend\'s own gain and a broker\'s fund report',
    ['ご参加ありがとうございます。先月のメンバー平均利益は+340%。次のステップとしてVIP会員（入会金30万円）へ', '05043521750', 'block'],
    ['NISAで買った株、利益+150%になったよ！つみたて投資枠で買うのもいいかもね', '08011112222', 'allow']],
  ['a group\'s IPO slot paid in today vs. the broker\'s own IPO lottery notice',
    ['アシスタントの佐藤です。グループの先生が今月のIPO枠を特別に用意しました。本日15時までに入金を', '09064386952', 'block'],
    ['【SBI証券】IPOの抽選結果のお知らせ。当選した銘柄の購入申込はWEBサイト(https://www.sbisec.co.jp)からお手続きください。', '0005012233', 'allow']],
  ['an invitation to a celebrity\'s asset-building group vs. a friend recommending the celebrity\'s book',
    ['森永先生の資産形成グループへのご招待です。老後資金2000万円問題をこの3ヶ月で解決しましょう', '08031444985', 'block'],
    ['森永先生の本読んだ？資産形成の勉強になるよ。今度一緒に読書会しましょう', '08011112222', 'allow']],
  ['a fee first to recover money lost to fraud vs. the consumer hotline\'s warning about it',
    ['消費生活センターから、あなたの被害金を取り戻すための手続きを依頼された法律事務所です。着手金5万円を振り込めば全額返金されます', '08024461183', 'flagged'],
    ['消費者ホットライン188より:「消費生活センターが被害金を取り戻す」「返金に手数料が必要」という連絡は二次被害を狙った詐欺です。', '0005612090', 'allow']],
  ['a passport and a passbook to bring to a place told by reply vs. a friend reminding of the immigration appointment',
    ['あなたのパスポートやビザに異常があり、このままでは更新できません。パスポートと通帳を持ってきてください。場所は返信で案内します。', '09098026747', 'flagged'],
    ['ナンちゃん、明日の入管の予約9時半だよね？在留カードとパスポート忘れずに持ってきてね。場所は返信で送った地図のとこ', '08035517726', 'allow']],
  ['a revenue stamp\'s fee by a convenience-store slip whose number comes by reply vs. the city\'s counter',
    ['在留資格変更の収入印紙代が不足しています。4,000円分をコンビニ払いで。払込票番号：返信で案内', '08045829707', 'flagged'],
    ['〇〇市役所市民課です。在留資格変更の手数料4,000円は収入印紙で、市役所1階の売店でお買い求めのうえ窓口へお持ちください。', '0005012233', 'allow']],
  ['papers "kept at immigration", answered by a reply to this SMS, from a handset vs. a friend\'s visa-office plan',
    ['重要書類を入管で保管しています。受け取りの予約をしないと書類は破棄されます。1を押すか、このSMSに返信を。', '09083905090', 'flagged'],
    ['入管の予約、明日10時で取れたよ。パスポートと在留カードと写真1枚持っていけばOK。手数料は収入印紙で窓口で払う', '08061224130', 'allow']],
  ['the gas cut unless the reader gets in touch, from a handset vs. the gas company\'s notice from its registered line',
    ['ガス料金の件でお話があります。本日18時までにご連絡がない場合、ガスの供給を止めさせていただきます。', '07016338226', 'block'],
    ['【東京ガス】ガス料金のお支払いが確認できておりません。12月20日までにお支払いがない場合、ガスの供給を止めさせていただきます。お手元の払込票でお支払いください。', '0005115115', 'allow']],
  ['rent\'s new account "in the next SMS" vs. a landlord\'s change told on paper',
    ['管理会社です。今月分から家賃の振込先が変更になりました。新しい口座はこのあと別のSMSでお送りします。', '09086023824', 'flagged'],
    ['大家の村上です。家賃の振込先が変わりました。新しい口座は郵送した書面に記載しています。ご確認ください。', '09081112222', 'allow']],

  ['a lawyer\'s "refund support" for fraud losses at a fee first vs. the prosecutors\' own victim-recovery payment',
    ['過去の投資詐欺の被害金を取り戻せます。弁護士と連携した返金サポートです。着手金2万円でOK。まずはご相談を', '09018448307', 'flagged'],
    ['【検察庁】被害回復給付金の支給手続きのご案内を郵送しました。手数料は一切かかりません。', '0005012233', 'allow']],
  ['an embassy\'s mail "or your status is gone", from abroad vs. the university\'s warning quoting it',
    ['中国大使館です。あなたに重要な郵便物があります。受け取らないと在留資格がなくなります。1を押して確認', '+86423558485', 'flagged'],
    ['【学生支援課】「在留資格が取り消される」「手数料が不足している」などの電話やSMSは詐欺です。在留カードの写真を送らないでください。', '0005338819', 'allow']],

  ['a stranger\'s offer to fund the reader\'s retirement, "just reply first", from an 050 line vs. a grandchild\'s thanks for help with fees',
    ['老後の資金を援助します。70代の元経営者です。見返りは求めません。まずはお返事を', '05052409386', 'flagged'],
    ['おばあちゃん、学費を援助してくれてありがとう。お返事ください、元気にしてる？', '08011112222', 'allow']],

  ['a "broker"\'s IPO allotment paid into the staff member\'s account vs. a circle\'s fees paid to its named organiser',
    ['みらい証券の山口です。特別な新規公開株の割当てがありました。申込みは本日のみ、担当者口座へ入金をお願いします', '08011112222', 'flagged'],
    ['サークルのみんな、今月の部費1000円、幹事の田中に入金を。', '08011112222', 'allow']],
  ['a group\'s success fee on its tips, paid as asked vs. a law firm\'s fee terms from its registered line',
    ['投資グループの佐藤アシスタントです。先生の指示で本日の買い推奨を送ります。利益の一部は成功報酬としてお支払いを', '09011112222', 'flagged'],
    ['【〇〇法律事務所】ご依頼の件、着手金は不要で成功報酬のみです。詳しくは面談にてご説明します。', '0005012233', 'allow']],
  ['an investment study group whose members are all in profit vs. a tour whose members all enjoyed it',
    ['前澤です。今回だけ特別に無料の投資勉強会にご招待します。参加者は全員利益が出ています', '09011112222', 'flagged'],
    ['バスツアーの参加者は全員楽しんでいました。また企画しましょう', '08011112222', 'allow']],

  ['the key\'s whereabouts asked back for a visit the reader cannot attend vs. a caretaker\'s drain cleaning with the key left at its office',
    ['大阪ガス委託業者です。ガス漏れ点検のため本日15時頃お伺いします。立会いできない場合は鍵の場所をご返信ください。', '08012345678', 'flagged'],
    ['管理会社です。排水管清掃で明日伺います。立会いできない場合は管理人室に鍵をお預けください。', '08012345678', 'allow']],
  ['a rent guarantor\'s threat to call the co-signer, from a handset vs. a letting agent\'s gentle reminder',
    ['家賃保証会社です。今月の家賃が引き落とされていません。本日中にお振込みがない場合、連帯保証人様へ連絡します。', '08012345678', 'flagged'],
    ['遠藤不動産です。今月の家賃、入金確認できていないのですが行き違いでしたらすみません。入金がない場合は保証会社から連絡がいきます。', '09012345678', 'allow']],

  ['a supervising body\'s fee for a trainee\'s extension to "the account below" vs. a union\'s notice that the employer pays',
    ['技能実習生のみなさん、監理団体です。来月の実習延長には手数料3万円が必要です。今週中に以下の口座へ。', '08011006861', 'flagged'],
    ['【〇〇協同組合】技能実習生のみなさん、来月の実習延長の手続きは組合の事務所で行います。費用は受入企業が負担します。', '0005022671', 'allow']],

  // No bank, police, office or 見守り service collects or checks a card, a passbook or a PIN at the door or by hand-over
  // (collect.ts; NPA キャッシュカード詐欺盗).
  ['police staff coming to the home for the card in an envelope vs. the police quoting the trick',
    ['警察署の者です。あなたの口座が悪用されています。これから署員がご自宅に行くので、キャッシュカードを封筒に入れて渡してください。', '09012345678', 'block'],
    ['【○○警察署】「署員が自宅に行くのでカードを封筒に入れて渡して」という電話は詐欺です。警察がカードを預かることはありません。', '0005012345', 'allow']],
  ['a bank\'s staff sent to the home for the card named bare vs. a bank\'s notice of the branch visit the reader booked',
    ['【市役所】給付金のお受け取りのため、金融機関の担当者をご自宅に伺わせます。カードをご用意ください', '09012345678', 'flagged'],
    ['【みどり銀行】ご予約いただいたご来店日は3月5日10時です。窓口へ通帳とキャッシュカードをお持ちください。', '0005012345', 'allow']],
  ['a 見守り visitor checking the passbook and card vs. a caretaker taking the key for a booked cleaning',
    ['見守り支援の係です。明後日お宅に伺います。通帳とキャッシュカードの確認をさせてください。', '09012345678', 'flagged'],
    ['管理人の山田です。来週の排水管清掃でお部屋に伺います。ご不在の場合は前日までに鍵をお預かりします。', '09012345678', 'allow']],
  ['a card and its PIN to be left with the employer vs. the employer saying it never takes them',
    ['【受入企業 総務】給与口座を変更します。新しい口座のキャッシュカードと暗証番号を寮の事務所に預けてください。', '09012345678', 'block'],
    ['総務です。給与口座の変更届はご本人が記入して提出してください。会社がカードや暗証番号を預かることはありません。', '0312345678', 'allow']],
  ['a PIN made ready for a visitor vs. a family member fetching the card the reader asked them to',
    ['警察庁の者です。あなたのカードが偽造されました。全国銀行協会の職員がご自宅に伺いますので、暗証番号をメモしておいてください', '09012345678', 'flagged'],
    ['お母さん、頼まれてた通帳とキャッシュカード、明日家に取りに行くね。記帳して返すよ', '09012345678', 'allow']],
  ['cash at home "kept" by the police vs. a crime-prevention mail quoting the trick',
    ['近所で空き巣が続いています。防犯のため、ご自宅の現金を警察で一時保管します。担当の者が本日伺います', '09012345678', 'flagged'],
    ['【防犯メール】「ご自宅の現金を警察で一時保管します」という電話が相次いでいます。警察が現金を預かることはありません', '0005012345', 'allow']],
  ['a card posted back with its PIN on a sheet vs. a bank handing a returned card over its counter',
    ['キャッシュカードのICチップに不具合があります。暗証番号を書いた紙と一緒にカードを同封の封筒で返送してください。', '09012345678', 'flagged'],
    ['【みどり銀行】お送りしたキャッシュカードが当行に戻りました。お取引店の窓口で本人確認のうえお渡しします。', '0005012345', 'allow']],
  ['a city hall in the heading whose staff come tomorrow for a fee in cash vs. the same visit saying it takes no money',
    ['【区役所】被災家屋の調査のため、明日職員がご自宅に伺います。調査費3,000円を現金でご用意ください', '09012345678', 'flagged'],
    ['【区役所】被災家屋の調査のため、明日職員がご自宅に伺います。手数料はかかりません。お金を求めることはありません', '0005012345', 'allow']],
  // A relative on a line told as new, borrowed or hoarse, asking to be called or answered on it, or not on the old number
  // (asks/kin-line.ts: the relative owns the number the reader has, and ringing it is the check), vs. the same news asking nothing,
  // a parent's call-back with no such story, a relative inviting the check, and family chats in Vietnamese and Chinese.
  ['a child on a new number asking to be rung on it vs. the same news with no ask (機種変した、新しい番号これね)',
    ['母さん、機種変した。新しい番号これね。前のは解約したから、この番号に電話して', '09012345678', 'block'],
    ['機種変した、新しい番号これね。前のは解約', '09012345678', 'allow']],
  ['a son with a voice "changed by a cold" asking to be rung here vs. a parent asking a child to call back',
    ['息子です。風邪で声が変だから、あとでこの番号にかけて', '09012345678', 'block'],
    ['お母さんです。仕事終わったら電話ちょうだい', '09012345678', 'allow']],
  ['a grandchild on a borrowed phone asking for a reply here, not by phone vs. a grandchild\'s visit and a call asked',
    ['孫のゆうたです。スマホ落として友達のを借りてる。電話じゃなくここで返事して', '09012345678', 'block'],
    ['孫のゆうたです。来週の日曜、ばあちゃんち行くね。電話ちょうだい', '09012345678', 'allow']],
  ['a brother ruling out his old number vs. the same trouble told with nothing asked',
    ['兄だけど、財布なくした。元の番号には掛けないで', '09012345678', 'block'],
    ['兄だけど、財布なくした。今日は実家に泊まる', '09012345678', 'not-block']],
  ['a new number with the old one offered as the check vs. the same news asking to be rung only here',
    ['父さん、新しい番号これね。心配なら前の番号にかけてみて、まだ生きてるから', '09012345678', 'allow'],
    ['父さん、スマホ壊れて番号変わった。この番号に電話して', '09012345678', 'block']],
  ['a grandchild\'s trouble (会社の書類なくした) and a call asked vs. the same grandchild\'s visit and a call asked',
    ['ばあちゃん、ゆうたです。会社の書類なくしちゃって、今日中に何とかしないと。電話くれる?', '09012345678', 'block'],
    ['ばあちゃん、ゆうたです。来週の日曜、そっち行くね。電話くれる?', '09012345678', 'allow']],
  ['a hoarse "it\'s me" keeping the exchange in text vs. the same new number with nothing asked',
    ['オレだけど、スマホ水没して番号変わった。喉やられて声ガラガラだから、しばらくメッセでお願い', '09012345678', 'block'],
    ['オレだけど、スマホ水没して番号変わった。来週ショップで直してもらう', '09012345678', 'not-block']],
  ['a new number asking the old LINE account blocked vs. the old account kept',
    ['ママ、新しい番号ね。LINEも作り直すから古いアカウントはブロックしておいて', '09012345678', 'block'],
    ['ママ、新しい番号ね。LINEは前のアカウントのまま使えるよ', '09012345678', 'allow']],
  // The reader's own number asked back by SMS for the writer's handset change or a LINE check (reply.ts forThirdParty,
  // third-party-use): the number the message reached goes to LINE's sign-up, the takeover's first step.
  ['the reader\'s number asked back "for a handset change" vs. a third person\'s number asked',
    ['久しぶり!今スマホ機種変してて、電話番号教えてもらえる?', '09012345678', 'block'],
    ['佐藤さんの電話番号教えて。来週の幹事お願いしたくて', '09012345678', 'allow']],
  ['a child on a borrowed phone asking a call with nothing else vs. one asking a call at the station they are to be met at',
    ['ママ、スマホ壊れたから友達の借りてる。この番号に電話して', '09012345678', 'block'],
    ['お父さん、私だけど、スマホの電池切れそうだから友達の借りてる。駅着いたらこの番号に電話して', '09012345678', 'not-block']],
  ['Tagalog: "is this Ate? new number, call me" vs. the same sister thanked and asked a call',
    ['Ito ba si Ate Lorna? Bagong number ko ito, tawagan mo ako', '+639171234567', 'block'],
    ['Ito ba si Ate Lorna? Salamat sa regalo, tawagan mo ako mamaya', '+639171234567', 'allow']],
  ['Vietnamese: "changed my number, call me back" vs. a family chat asking a call back',
    ['Mẹ ơi con đổi số rồi, lưu số này nhé. Gọi lại con nhé', '+84901234567', 'block'],
    ['Mẹ ơi tối nay con về ăn cơm, gọi lại con nhé', '+84901234567', 'allow']],
  ['Chinese: "new number, call me back" vs. a family chat asking a call back',
    ['妈,我换号了,这是新号码,回我电话', '+8613912345678', 'block'],
    ['妈,我今晚回家吃饭,有空回我电话', '+8613912345678', 'allow']],
  ['English: "lost my phone, text me back here" vs. a new handset with the same number',
    ['Mum, lost my phone, this is my new number. Text me back here', '+447700900123', 'block'],
    ['Mum, new phone but same number. Call me tonight', '+447700900123', 'allow']],
  // A stranger by their own words (a message sent by mistake, a profile seen, a friend's friend unnamed) asking to be friends,
  // chat or swap LINE (asks/stranger-tie.ts), vs. people who met swapping LINE, and a wrong number apologised for and left.
  ['"sent by mistake, but let\'s be friends" vs. a friend swapping LINE after meeting (昨日はありがとう)',
    ['すみません、間違えて送ってしまいました。よろしければお友達になりませんか?東京で貿易の仕事をしています', '+85291234567', 'block'],
    ['昨日はありがとう!LINE交換しよ、IDは hana.0611 です', '09012345678', 'allow']],
  ['Chinese: a friend\'s friend unnamed asking to add LINE vs. a named colleague\'s plan',
    ['你好,我是小林的朋友,方便加个LINE吗?', '+8613066618842', 'block'],
    ['小林,明天的会议改到十点了,资料我放在你桌上', '+8613066618842', 'allow']],
  ['English: "wrong number, but can we be friends?" vs. a wrong number apologised for and left',
    ['Sorry, wrong number! But you seem nice. I work in Singapore in fashion. Can we be friends?', '+6591234567', 'block'],
    // ("wrong number" from abroad is the wrong-number lure's own cue: it may tag, never blocks: nothing is asked.)
    ['Sorry, wrong number! Meant to text my sister. Have a good evening.', '+6591234567', 'not-block']],
  ['a premium line to ring for a prize vs. the bare number sent alone (no words: nothing asked, and nothing for the model to read)',
    ['WINNER! Call 09061701461 now to claim your £900 prize', undefined, 'flagged'],
    ['09061701461', undefined, 'allow']],
  // The relay of what arrives on the reader's phone (secret.ts), however the code and its arrival are said: its SMS
  // (ショートメール), asked whether it came ("来てない?"), its content ("中身"), a number about to come from a named service,
  // the reader's number for LINE's confirmation, a request in kana. Twins: a code the sender knows, a brand's own code
  // notice, a locker code asked about, a friend's own missing code, a parcel's contents, the relay told as a warning.
  ['a parent asked whether a number came by ショートメール, and to tell it vs. a door code the sender knows',
    ['お母さん、ショートメールに数字来てない?それ教えて', '08063319924', 'block'],
    ['玄関の暗証番号は1234ね。先に入ってて', '08063319924', 'allow']],
  ['an SMS arriving whose content is asked vs. a parcel arriving whose contents are asked',
    ['ライン引き継ぎで困ってる。そっちにSMS届くから中身教えてくれる?', '09089912274', 'block'],
    ['実家から荷物届くから中身教えて', '09089912274', 'allow']],
  ['a number about to arrive from LINE asked of a senior vs. a family member asking whether a parcel locker\'s code came',
    ['先輩、ちょっとお願いが。今から届くLINEの番号、教えてもらえます?', '09036614427', 'block'],
    ['宅配ロッカーのコード届いた?', '09036614427', 'allow']],
  ['the reader\'s number asked for LINE\'s confirmation vs. a friend whose own code does not come',
    ['電話番号教えてもらえる?ラインの確認してほしくて', '08047713390', 'block'],
    ['認証コードが来ない。機種変したからかな', '08047713390', 'allow']],
  ['a code asked "when it comes" in kana vs. a parcel asked the same way',
    ['ごめん今電話むり。コード届いたらおしえて。まじで急ぎ', '07089385224', 'block'],
    ['ごめん今電話むり。荷物届いたらおしえて', '07089385224', 'not-block']],
  ['a takeover relay told as a warning (the ask in quotes, reported) vs. the relay asked',
    ['さっきは番号ありがとう!いまそっちに認証番号が届いたと思うんだけど、画面のスクショ送ってくれる?すぐ終わるから', '09048123378', 'block'],
    ['今、私のLINEから「認証番号教えて」ってメッセージ行ってない?乗っ取られたかも。絶対に教えないで!', '09022471579', 'allow']],
  ['a brand\'s code notice saying never share it vs. a code "sent" to the reader asked back',
    ['先ほど、あなたの番号を間違えて登録してしまいました。解除のために送られたコードを返してください!お願いします', '08071309065', 'block'],
    ['G-482913 is your Google verification code. Don\'t share it with anyone.', 'Google', 'allow']],
  ['residents\' languages: a text asked whether it came and what is inside it vs. a parcel\'s contents',
    ['妈,你手机有没有收到一条短信?把里面的数字发给我', '08063319924', 'block'],
    ['你收到快递了吗?把里面的东西拍给我看看', '08063319924', 'allow']],
  ['English: a text with a code asked back vs. a package\'s contents',
    ['Hey, did you get a text with a code just now? Can you send me the code?', '+14155550123', 'block'],
    ['Hey, did you get my package? Send me a photo of what is inside', '+14155550123', 'allow']],
  ['Indonesian: an SMS with a code asked back vs. a parcel\'s contents',
    ['Kak, ada SMS masuk berisi kode? Tolong kirim ke aku ya', '08063319924', 'block'],
    ['Kak, ada paket masuk? Tolong kirim foto isinya ke aku ya', '08063319924', 'allow']],
  ['a code asked back by a plain "reply here" vs. the same office giving its code to type on its screen',
    ['【重要】あなたの電話番号が他の端末に移される手続きが進行中です。取り消すには届いた認証番号をこちらへ返信。', '09005536472', 'block'],
    ['【ヤマト運輸】認証番号:4821 この番号は誰にも教えないでください', '0005012345', 'allow']],
  ['Portuguese: an SMS about to arrive whose words are asked vs. a parcel about to arrive whose contents are asked',
    ['Oi, vai chegar um SMS aí no seu celular, me fala o que está escrito', '08063319924', 'block'],
    ['Oi, vai chegar uma encomenda aí, me fala o que tem dentro', '08063319924', 'not-block']],
  ['Tagalog: a text about to arrive whose words are asked vs. a package\'s contents',
    ['Ate, may darating na text sa phone mo ngayon, sabihin mo sa akin kung ano ang nakalagay', '08063319924', 'block'],
    ['Ate, may darating na package, sabihin mo sa akin kung ano ang laman', '08063319924', 'not-block']],
  ['the reader\'s number asked to verify the writer\'s LINE vs. asked to add the reader on LINE',
    ['Hi, can I have your phone number? I need it to verify my LINE account', '+14155550123', 'block'],
    ['Hi, can I have your phone number? I want to add you on LINE', '+14155550123', 'not-block']],
  ['Chinese: the reader\'s number asked to verify LINE vs. asked to save it',
    ['你电话号码多少?我要验证一下LINE', '08063319924', 'block'],
    ['你电话号码多少?我存一下', '08063319924', 'allow']],
  // The residents' languages (session 'langs'): the same asks and claims found as in Japanese, their twins left alone.
  ['a carrier\'s line cut off today with a call-back, in Tagalog, vs. a city\'s Tagalog notice of a water cut from its own sender',
    ['Ang SIM card mo ay mapuputol ngayong gabi. Tumawag agad sa numerong ito', '+639171234567', 'block'],
    ['Paalala mula sa Lungsod ng Yokohama: mapuputol ang tubig sa Sabado 9:00-12:00 dahil sa pagkukumpuni.', '0005012345', 'allow']],
  ['a line cut off today with a call-back, in Indonesian and Portuguese, vs. a courier\'s code in English from its own sender',
    ['Nomor Anda akan dinonaktifkan hari ini. Hubungi nomor ini untuk mencegahnya', '+6281234567890', 'block'],
    ['Yamato Transport: your delivery verification code is 482913. Tell it to the driver when your parcel arrives.', 'Yamato', 'allow']],
  ['a line cut off today with a call-back, in Portuguese, vs. a Brazilian school\'s notice asking a "SIM" from its own sender',
    ['Sua linha será cortada hoje. Ligue para este número', '+5511987654321', 'block'],
    ['Escola Municipal Sakura: amanhã não haverá aula por causa do tufão. Responda "SIM" se recebeu este aviso.', '0005012345', 'allow']],
  ['a paying job from abroad asking "Mande SIM" vs. the same school notice',
    ['Trabalho em casa: ganhe 20 mil ienes por dia só com o celular. Mande "SIM" para saber mais.', '+15551234567', 'block'],
    ['Escola Municipal Sakura: reunião de pais na sexta às 18h. Mande "SIM" se puder vir.', '0005012345', 'allow']],
  ['a stranger abroad asking "is this Mr Park?" and a reply, in Korean, vs. a friend asking a reply',
    ['안녕하세요, 박 부장님 맞으세요? 답장 부탁드립니다', '+821012345678', 'flagged'],
    ['내일 모임 장소 바뀌었어. 확인하면 답장 부탁해', '08012345678', 'allow']],
  ['a stranger abroad, "a friend of Tanaka\'s", moving the reader to LINE (加个LINE) vs. a friend met today adding WeChat',
    ['你好,我是田中的朋友,方便加个LINE吗?', '+8613012345678', 'block'],
    ['今天认识你很高兴!方便加个微信吗?我的微信号是 wangli_88', '09031234567', 'allow']],
  ['the fake Chinese police (中国公安) keeping the reader on the line in secret vs. a friend telling of the call they hung up on',
    ['您好,这里是中国公安,你的身份被人冒用,请保持通话,不要告诉任何人。', '+8657112345678', 'block'],
    ['刚才有人打电话说是中国公安,说我身份被冒用。我查了,是诈骗,已经挂了,你也小心。', '08011112222', 'allow']],
  ['a stock "teacher" (股票老师) moving the reader to WeChat vs. a book club moving its chat there',
    ['加我微信吧,股票老师每天免费荐股,带你赚钱。微信号:kabu_teacher7', '07012345678', 'block'],
    ['这周末的读书会改到周日了,加我微信吧,我拉你进群。', '08012345678', 'allow']],
  ['a stranger abroad asking "is this Tuan\'s number?" (có phải số của…) vs. a Vietnamese family chat about money sent',
    ['Chào bạn, mình là Mai. Có phải số của anh Tuấn không? Nhắn lại nhé', '+84912345678', 'flagged'],
    ['Mẹ ơi con chuyển tiền học phí rồi nhé, mẹ kiểm tra tài khoản giúp con.', '08012345678', 'allow']],
  ['a "light work, high pay" phone job answered by a message (nhắn tin qua…), with and without diacritics, vs. a friend\'s shop hiring at an hourly wage',
    ['Viec nhe luong cao! Chi can dien thoai, moi ngay kiem 30.000 yen. Nhan tin qua Facebook de nhan viec ngay.', undefined, 'block'],
    ['Chị ơi, tiệm em đang tuyển người làm thêm, lương 1.100 yên/giờ. Nhắn tin cho em nếu chị quan tâm nhé.', '08012345678', 'allow']],
  ['an embassy (consulado, KBRI, दूतावास) calling the reader back about an "important document" from a handset vs. a relative telling of their visit there',
    ['Consulado do Brasil: há um documento importante para você. Ligue para este número.', '09012345678', 'block'],
    ['Mãe, fui no consulado hoje renovar o passaporte. Deu tudo certo!', '09012345678', 'allow']],
  ['the same in Indonesian vs. a relative\'s visit to KBRI',
    ['KBRI Tokyo: ada dokumen penting untuk Anda. Silakan telepon nomor ini.', '09012345678', 'block'],
    ['Mas, tadi aku ke KBRI urus paspor. Sudah beres, nanti sore pulang.', '09012345678', 'allow']],
  ['the police (प्रहरी) telling of the reader\'s account used in a crime, with a call-back, vs. a relative\'s report to the police box',
    ['टोकियो प्रहरी: तपाईंको बैंक खाता अपराधमा प्रयोग भयो। यो नम्बरमा तुरुन्त फोन गर्नुहोस्।', '09012345678', 'block'],
    ['दाइ, आज प्रहरी कार्यालयमा हराएको साइकल बारे रिपोर्ट गरें।', '09012345678', 'allow']],
  ['a relative\'s money needed today (चाहियो, 만엔이 필요) sent to "this account" vs. the same need told for next month',
    ['엄마, 회사 돈을 잃어버렸어. 오늘 50만엔이 필요해. 이 계좌로 송금해줘.', '09012345678', 'block'],
    ['엄마, 다음 달 학비 때문에 30만엔이 필요해. 아빠랑 얘기해 볼게', '09012345678', 'allow']],
  ['the same in Nepali vs. a college fee talked over with the father',
    ['आमा, मैले कम्पनीको पैसा हराएँ, आज ५ लाख येन चाहियो। यो खातामा पठाइदिनुहोस्।', '09012345678', 'flagged'],
    ['आमा, अर्को महिना कलेज फी तिर्न पैसा चाहियो। बुबासँग कुरा गर्छु।', '09012345678', 'allow']],
  ['guaranteed returns with a move to a messenger (investasi, लगानी, 카톡 아이디) vs. a friend met today giving their KakaoTalk ID',
    ['Investasi untung 20% per bulan, dijamin. Info lebih lanjut tambahkan Telegram: kabu_88', '09012345678', 'block'],
    ['오늘 만나서 반가웠어요! 카톡 아이디 알려줄게요: minji_22', '09012345678', 'allow']],
  ['a line "will be closed" today (बन्द हुनेछ) with a call-back vs. a city\'s Nepali notice of a water stop from its own sender',
    ['[docomo] तपाईंको फोन नम्बर आज बन्द हुनेछ। यो नम्बरमा फोन गर्नुहोस्।', '09012345678', 'block'],
    ['कावासाकी सिटी: आइतबार बिहान १० देखि १२ सम्म पानी बन्द हुनेछ।', '0005012345', 'allow']],
  ['a code "sent to your number" asked back in Tagalog vs. a relative telling of their visit to the embassy',
    ['Sorry, napadala sa number mo ang verification code ko. Pakisend naman ang code.', '09012345678', 'block'],
    ['Ate, pumunta ako sa embahada kanina para sa passport ko. Ok na, uuwi na ako.', '09012345678', 'allow']],
  ['a bank\'s "suspicious transaction" asking the PIN back, in Indonesian, vs. the bank\'s own notice that it never asks it',
    ['Bank Yucho: ada transaksi mencurigakan di rekening Anda. Balas dengan PIN Anda untuk verifikasi.', '09012345678', 'block'],
    ['Bank Yucho: Jangan berikan PIN Anda kepada siapa pun. Bank tidak pernah meminta PIN melalui SMS.', '0005012345', 'allow']],
  ['the same in Nepali vs. a relative telling of the suspicious charge they stopped in the bank\'s app',
    ['युचो बैंक: तपाईंको खातामा शंकास्पद कारोबार भयो। पुष्टि गर्न आफ्नो पिन नम्बर पठाउनुहोस्।', '09012345678', 'block'],
    ['दाइ, मेरो कार्डमा शंकास्पद कारोबार देखियो, बैंकको एपबाट बन्द गरें।', '09012345678', 'allow']],
  ['a boss asking gift cards bought (tolong beli kartu hadiah) and their codes sent vs. a relative asking milk bought',
    ['Ini bos Yamada. Tolong beli kartu hadiah Apple 50.000 yen di konbini dan kirim kodenya sekarang.', '09012345678', 'block'],
    ['Mas, tolong beli susu dan roti di konbini ya, nanti aku ganti.', '09012345678', 'allow']],
  ['a relative\'s new number with an urgent matter and a reply to this line (回我这个号) vs. a reply asked about a party',
    ['妈,我手机坏了换了新号码,有急事要你帮忙,先回我这个号。', '09012345678', 'flagged'],
    ['明天的聚会改到7点了,看到回复我一下。', '09012345678', 'allow']],
  ['the same in Nepali (अर्जेन्ट काम, रिप्लाई गर्नुहोस्) vs. an urgent matter at the office told',
    ['आमा, म हो, फोन बिग्रियो, यो नयाँ नम्बर हो। अर्जेन्ट काम छ, यो नम्बरमा रिप्लाई गर्नुहोस्।', '09012345678', 'block'],
    ['दाइ, अफिसमा अर्जेन्ट काम छ, आज ढिलो आउँछु।', '09012345678', 'allow']],
  ['an unpaid toll to pay today (pedágio não pago, pague hoje) with a link from a handset vs. a relative who paid it in the app',
    ['[ETC] Você tem pedágio não pago. Pague hoje. https://etc-pay.com/', '09012345678', 'block'],
    ['Mãe, o pedágio não pago do mês passado eu já paguei pelo app. Tudo certo.', '09012345678', 'allow']],
  ['the same in Chinese (未支付, 请支付) vs. a family chat about the gas bill still to pay',
    ['【ETC】您有未支付的通行费,请今天内支付。https://etc-pay.com/', '09012345678', 'block'],
    ['电费我已经支付了,你不用管。燃气费还未支付,明天我去便利店交。', '09012345678', 'allow']],
  ['the same in Korean (미납, 납부하세요) vs. the city\'s own notice of its resident tax',
    ['[ETC] 미납 통행료가 있습니다. 오늘 중으로 납부하세요. https://etc-pay.com/', '09012345678', 'block'],
    ['[요코하마시] 주민세 납부 기한은 1월 31일입니다. 보내드린 납부서로 편의점에서 납부하세요.', '0005012345', 'allow']],
  ['the same in Nepali (तिर्न बाँकी, आजै तिर्नुहोस्) vs. a relative\'s electricity bill still to pay, or a Tagalog family\'s "let\'s pay today"',
    ['[ETC] तपाईंको टोल शुल्क तिर्न बाँकी छ। आजै तिर्नुहोस्। https://etc-pay.com/', '09012345678', 'block'],
    ['Ate, may hindi nabayarang kuryente pa tayo. Magbayad ngayong araw tayo ha.', '09012345678', 'allow']],
  ['a tax refund to claim today on a page (restituição, pengembalian pajak) vs. a relative whose refund came in',
    ['[Receita do Japão] Você tem uma restituição de imposto. Solicite hoje. https://nta-kanpu.com/', '09012345678', 'block'],
    ['Pai, a restituição do imposto caiu na conta hoje!', '09012345678', 'allow']],
  ['the fake police\'s video call (ligar por vídeo) kept secret, from abroad, vs. a relative\'s video call to show the baby',
    ['Ministério da Justiça do Japão: seu número será usado em crime. A polícia vai ligar por vídeo hoje. Não conte a ninguém.', '+5511987654321', 'block'],
    ['Mãe, hoje à noite vou te ligar por vídeo pra você ver o bebê!', '09012345678', 'allow']],
  ['a relative at the police after an accident needing the settlement today, kept secret (需要…和解金) vs. the insurer paying it (不需要我们出钱)',
    ['妈,我出车祸了在警察局,今天需要100万日元和解金,别告诉任何人。', '09012345678', 'block'],
    ['妈,车祸的和解金保险公司会付,不需要我们出钱,放心。', '09012345678', 'allow']],
  ['the same in Vietnamese (cần … tiền bồi thường) vs. the insurer paying it (không cần lo)',
    ['Mẹ ơi con bị tai nạn đang ở đồn công an, hôm nay cần 100 man tiền bồi thường. Đừng nói với ai.', '09012345678', 'block'],
    ['Mẹ ơi công ty bảo hiểm sẽ trả tiền bồi thường, mẹ không cần lo nhé.', '09012345678', 'allow']],
  ['the same in Indonesian (butuh … untuk damai) vs. the police saying no money is needed (tidak perlu uang damai)',
    ['Bu, aku kecelakaan dan ditahan polisi. Hari ini butuh 1 juta yen untuk damai. Jangan bilang siapa-siapa.', '09012345678', 'block'],
    ['Bu, polisi bilang tidak perlu uang damai, semua sudah selesai. Aku sudah pulang.', '09012345678', 'allow']],
  ['the same in Tagalog (kailangan ko ng … pang-areglo) vs. the settlement done, a signature left',
    ['Nay, naaksidente ako at nasa presinto. Kailangan ko ng 1 milyon yen ngayon pang-areglo. Huwag mong sabihin kahit kanino.', '09012345678', 'block'],
    ['Nay, naayos na ang areglo sa aksidente, kailangan ko lang pumirma bukas. Okay na ako.', '09012345678', 'allow']],
  ['the same in Korean (합의금 … 필요해) vs. the insurer paying it (필요 없어), and a parking fine told as paid (đã nộp phạt)',
    ['엄마, 사고가 나서 경찰서에 있어. 오늘 합의금 100만엔 필요해. 아무한테도 말하지 마.', '09012345678', 'block'],
    ['Anh ơi em bị phạt đỗ xe, tiền phạt 1 man, em đã nộp phạt ở konbini rồi.', '09012345678', 'allow']],
  ['an unlicensed remitter\'s "better rate than the bank" with a move to a messenger (汇率比银行, cotação melhor que o banco) vs. a relative who sent money by a licensed app',
    ['汇款回国,汇率比银行好,当天到账,免手续费。请加微信联系。', '09012345678', 'block'],
    ['Mãe, mandei o dinheiro pelo Wise, a cotação melhor que o banco. Chegou?', '09012345678', 'allow']],
  ['the same in Tagalog (mas mataas na rate, i-message mo ako sa Messenger) vs. a friend asking a message on Messenger later',
    ['Padala sa Pinas, mas mataas na rate kaysa bangko, same day. I-message mo ako sa Messenger.', '09012345678', 'block'],
    ['Ate, nakita ko na yung picture, i-message mo ako sa Messenger mamaya ha.', '09012345678', 'allow']],
  ['parcels received at home and sent on to the address given, paid by the parcel, in Portuguese vs. a relative sending the aunt\'s parcel on to grandma',
    ['Receba pacotes em casa e reenvie para o endereço indicado. 5000 ienes por pacote. Interessados respondam.', '09012345678', 'flagged'],
    ['Mãe, recebi o pacote da tia em casa e vou reenviar para o endereço da vovó amanhã.', '09012345678', 'allow']],
  ['a loan with no check whose guarantee is paid first (先支付保证金, 보증금…먼저) vs. a flatmate who paid the rent first',
    ['无需审核,当天放款50万日元。请先支付保证金3万日元。', '09012345678', 'block'],
    ['房租我先支付了,你下个月给我一半就行。', '09012345678', 'allow']],
  ['the same in Nepali (धरौटी) vs. a relative who paid the room\'s deposit',
    ['बिना जाँच ५ लाख येन ऋण आजै। पहिले ३० हजार येन धरौटी पठाउनुहोस्।', '09012345678', 'block'],
    ['दाइ, कोठाको धरौटी ५० हजार येन तिरें।', '09012345678', 'allow']],
  ['a card the reader is asked to buy vs. one the writer tells as bought, its photo to come (told, not asked)',
    ['コンビニでiTunesカード1万円分買っておいて。写真送ってね', '09012345678', 'flagged'],
    ['iTunesカード1万円分買っておいたよ。写真送るね', '09012345678', 'allow']],
  ['a card asked back after "did you buy it?" vs. a card told as bought',
    ['ギフトカード買った?裏の番号の写真送って', '09012345678', 'flagged'],
    ['ギフトカード買ったよ、写真送るね', '09012345678', 'allow']],
  ['a visit the reader booked with the passbook made ready vs. the same visit asking the cash card too, or no booking',
    ['さくら信金の佐藤です。ご依頼の定期預金の件、明日10時にお伺いします。通帳とキャッシュカードをご用意ください', '09012345678', 'flagged'],
    ['さくら信金の佐藤です。ご依頼の定期預金の件、明日10時にお伺いします。通帳と印鑑をご用意ください', '09012345678', 'allow']],
  ['a passbook taken away at a booked visit vs. one made ready for it',
    ['さくら信金です。ご依頼の件で明日伺います。通帳をお預かりします', '09012345678', 'flagged'],
    ['○○信用金庫の山田です。ご予約いただいた明日14時にご自宅へ伺います。通帳をご準備ください。', '09012345678', 'allow']],
  ['a passbook made ready for a visit nobody booked stays the ask',
    ['さくら信金の佐藤です。明日10時にお伺いします。通帳と印鑑をご用意ください', '09012345678', 'flagged'],
    ['【信用金庫】窓口予約の確認：明日10時、年金受取口座の変更手続き。通帳・届出印をお持ちください。', '00054206', 'allow']],
  ['an unpaid bill left to put right vs. a deadline extended with "no action needed" (nothing implied to resolve)',
    ['【au】ご利用料金が未納です。お支払いがない場合、利用停止となります', '08098765432', 'block'],
    ['【au】災害救助法適用地域のお客様へ:料金のお支払い期限を延長します。お手続きは不要です', '08098765432', 'not-block']],
  ['a gift-card ask quoted as what someone asked, then asked again vs. the police quoting it as the harm victims meet',
    ['部長の田中です。取引先から『コンビニでギフトカードを買って番号を送って』と頼まれた。代わりに買ってくれないか', '08098765432', 'flagged'],
    ['【宮城県警】知人のLINEから『コンビニでギフトカードを買って番号を送って』と頼まれる被害が出ています。本人に電話で確かめてください', '08098765432', 'allow']],
  ['a paid job moved to Telegram vs. a notice warning of being led there',
    ['日給5万円の高額バイト、即日即金。詳細はテレグラムで。@job_white88 を追加してください', '08098765432', 'block'],
    ['【警察】SNSで「高額」「即日即金」「ホワイト案件」を強調する求人は犯罪実行者募集の可能性。テレグラム等への誘導に注意', '08098765432', 'not-block']],
  ['a prize signed off with an opt-out line vs. the opt-out line alone (the model\'s doubt alone does not tag it)',
    ['You have won a £1000 prize! Call 09061701461. Send STOP to 62468', undefined, 'flagged'],
    ['Stop? Send STOP to 62468', '62468', 'allow']],
  ['a keyword to a premium short code vs. an opt-out notice in Japanese',
    ['Free entry in 2 a wkly comp to win FA Cup final tkts 21st May. Text FA to 87121 to receive entry. Send STOP to 62468', undefined, 'flagged'],
    ['配信停止はSTOPと返信してください', undefined, 'allow']],
  ['a care office\'s visit taking the card vs. the same visit saying the helper cannot keep it (the keeping disowned)',
    ['ひまわり介護です。明日ヘルパーが伺います。キャッシュカードと通帳をお預かりしますのでご用意ください', '09012345678', 'flagged'],
    ['ひまわり介護です。明日ヘルパーが伺います。ヘルパーの訪問時は現金・通帳・キャッシュカードはお預かりできませんのでご了承ください', '09012345678', 'allow']],
  ['"we will not keep the card" beside a card sealed up at the door stays the ask (すり替え)',
    ['銀行協会です。明日職員が伺います。キャッシュカードはお預かりしません。封筒に入れて印鑑を押すだけです。カードをご用意ください', '09012345678', 'flagged'],
    ['明日ヘルパーが伺います。買い物代行の代金は現金をご用意ください。通帳やカードはお預かりできません', '09012345678', 'allow']],
  ['a warning-shaped lure whose "official site" is a stranger\'s vs. the brand naming the fake beside its own site (a report: never blocked)',
    ['【Amazon】amazon-co-jp.top などの偽サイトに注意!正規サイトはこちら https://amazon-secure-jp.top/login', undefined, 'block'],
    ['【Amazon】amazon-co-jp.top などの偽サイトに注意してください。正規サイトはこちら https://www.amazon.co.jp/', undefined, 'not-block']],
  ['"official site here" on a stranger\'s page vs. a fake named as such, live, with no link of the writer\'s own',
    ['偽サイトに注意。正規サイトはこちら https://amazon-co-jp.top/ ログインしてアカウントをご確認ください', undefined, 'block'],
    ['【ゆうちょ銀行】偽サイト(jp-bank-yuucho.top)に注意してください。正規サイトはこちら https://www.jp-bank.japanpost.jp/', undefined, 'not-block']],
  ['a benefit\'s account asked back vs. the benefit paid into the account given when applying (the reader\'s own)',
    ['【○○区】子育て応援給付金の振込先に不備があります。振込先の口座番号を返信してください。', '09012345678', 'block'],
    ['【○○区】子育て応援給付金の振込日は12/20です。振込先は申請時の口座となります。区がSMSで口座番号やカード情報を伺うことはありません。', '09012345678', 'allow']],
  ['a court\'s matter left to put right from a handset vs. the court saying what it never asks by SMS (no implied ask)',
    ['【〇〇簡易裁判所】訴訟が提起されています。本日中に連絡がない場合、強制執行となります。', '08098765432', 'block'],
    ['【〇〇簡易裁判所】裁判所からの書類は「特別送達」の郵便で届きます。SMSで支払いを求めることはありません。', '08098765432', 'not-block']],
  ['a failed debit asked back through a link vs. the reader sent to the biller they know',
    ['三井住友銀行です。本日の口座振替は残高不足のためお引落しができませんでした。下記URLよりお支払いください https://smbc-pay.top/', '09012345678', 'block'],
    ['三井住友銀行です。本日の口座振替は残高不足のためお引落しができませんでした。お支払い方法は請求元へ直接お問い合わせください。', '09012345678', 'not-block']],
  ['a lawsuit threatened in a court\'s name vs. the court\'s name alone on a notice of papers posted (裁判 in 裁判所 asserts nothing)',
    ['【東京地方裁判所】未払い料金の件で裁判となります。本日中にご連絡ください。', '08098765432', 'block'],
    ['〇〇家庭裁判所です。期日の変更について書面を郵送しました。ご不明点は書面記載の担当書記官へお電話ください。', '08098765432', 'not-block']],
  ['an overdue bill pressed from a handset vs. an invoice told as posted with its due date (the paper in hand)',
    ['【NP後払い】お支払い期限を過ぎています。本日中にお支払いがない場合、法的措置に移行します。', '08098765432', 'block'],
    ['【NP後払い】請求書をお送りしました（ご購入店舗：○○オンラインストア）。お支払い期限は発行日から14日です。', '08098765432', 'not-block']],
  ['the fake police\'s lines said as its own vs. quoted as the scam\'s stock phrases',
    ['警視庁です。あなたの口座が犯罪に使われている可能性があります。資金を調査するため本日中に03-1234-5678へお電話ください。', '08098765432', 'block'],
    ['警視庁より:「あなたの口座が犯罪に使われている」「資金を調査する」は詐欺の決まり文句です。お金の話が出たら電話を切ってください。', '08098765432', 'allow']],
  ['a scam\'s words quoted as a kind (「…」系の詐欺) vs. the same ask made',
    ['今忙しい?LINEで友達追加してコンビニでギフトカード買ってきて', '09012345678', 'block'],
    ['明日の町内会、防犯講習で「LINEで友達追加してギフトカード買って」系の詐欺の話をするそうです', '09012345678', 'allow']],
  ['fake police told in Vietnamese with diacritics ("nói rằng…") vs. the fake police asking',
    ['Cảnh sát Nhật: tài khoản của bạn liên quan tội phạm. Hãy chuyển tiền ngay vào tài khoản này.', '09012345678', 'block'],
    ['Cảnh báo: có người gọi điện giả danh cảnh sát Nhật, nói rằng tài khoản của bạn liên quan tội phạm và yêu cầu chuyển tiền. Đừng chuyển.', '09012345678', 'allow']],
  ['card stopped: a link from a handset vs. the card company\'s own ID pointing to the number on the card',
    ['【三井住友カード】不正利用の可能性があるため、カードのご利用を一時停止しました。こちらから本人確認してください https://smbc-card-check.top/', '09012345678', 'block'],
    ['【三井住友カード】不正利用の可能性があるお取引を検知したため、カードのご利用を一時停止しました。心当たりがない場合はカード裏面の電話番号へご連絡ください。', '00051234', 'allow']],
  ['one-time code asked back vs. the bank\'s code that says never share',
    ['【ゆうちょ銀行】本人確認のため、届いた認証番号をこのSMSに返信してください。', '09012345678', 'block'],
    ['【ゆうちょ銀行】ゆうちょ認証アプリの認証番号は 482913 です。この番号を他人に教えないでください。当行職員がお尋ねすることはありません。', '0120123456', 'allow']],
  ['carrier arrears: a stranger\'s page vs. the carrier\'s 157 and its own app',
    ['【au】ご利用料金の支払期限を過ぎております。本日中にお支払いがない場合、回線を利用停止いたします。https://au-pay-kakunin.top/', '09012345678', 'block'],
    ['【au】ご利用料金の支払期限を過ぎております。6月15日までにお支払いがない場合、回線を利用停止いたします。お問合せ:157(au携帯から無料)', '157', 'allow']],
  ['gas arrears: a page from a handset vs. the utility\'s own ID telling of the mailed reminder',
    ['【東京ガス】ガス料金が未払いのため、本日ガスの供給を停止します。至急こちらからお支払いください https://tokyogas-pay.top/', '09012345678', 'block'],
    ['【東京ガス】ガス料金が未払いのため、6月20日以降ガスの供給を停止させていただく場合がございます。お支払い済みの場合は行き違いをご容赦ください。', '00051234', 'allow']],
  ['a refund at the ATM asked vs. the town warning that it never is',
    ['〇〇町役場です。医療費の還付金があります。本日中に最寄りのATMへ行き、080-1111-2222にお電話ください。', '08011112222', 'block'],
    ['【〇〇町役場】「医療費の還付がある」という電話にご注意ください。町役場がATMで還付手続きを案内することはありません。', undefined, 'allow']],
  ['fake police asking a LINE video call vs. a relative telling of it',
    ['警視庁の者です。あなたの口座が犯罪に使われています。事情聴取のためLINEでビデオ通話してください。ID: police-tokyo110', '09012345678', 'block'],
    ['警察官を名乗る人から「あなたの口座が犯罪に使われている、LINEでビデオ通話して」って言われたら詐欺だって。ニュースでやってた', '09012345678', 'allow']],
  ['gift cards asked by a tax office vs. a person warning of it in English',
    ['This is the tax office. You owe back taxes. Buy Apple gift cards worth $500 today and send us the card numbers.', '09012345678', 'block'],
    ['Beware: a caller claiming to be from the tax office said I owed back taxes and had to pay with Apple gift cards today. Hung up. Tell your parents.', '09012345678', 'allow']],
  ['a Chinese fake immigration call asking money vs. a friend warning of it',
    ['入管局通知:您的在留卡有问题,请今天转账缴纳罚款,否则将被遣返。', '09012345678', 'block'],
    ['有人打电话冒充入管局，说你的在留卡有问题，让你转账交罚款。千万别转，直接挂掉。', '09012345678', 'allow']],
  ['a bank asking the PIN vs. a 信金 saying its staff never ask it',
    ['〇〇信用金庫です。キャッシュカードの更新のため、暗証番号をこのSMSに返信してください。', '09012345678', 'block'],
    ['【〇〇信用金庫】当金庫職員を名乗り、キャッシュカードの暗証番号を聞き出す不審電話が発生しています。当金庫職員が暗証番号をお尋ねすることは絶対にありません。', undefined, 'allow']],
  ['a hijacked LINE asking e-money vs. the owner warning friends of it',
    ['今忙しい?コンビニで電子マネーのカード3万円分買ってきてほしい。番号を写真で送って', '09012345678', 'block'],
    ['私のLINE乗っ取られた!「今忙しい?コンビニでカード買ってきて」ってメッセージ行ってたらごめん、無視して', '09012345678', 'allow']],
  ['Yucho account update asked by link vs. a child asking a parent about it',
    ['【ゆうちょ銀行】本人確認のため口座情報を更新してください。https://yucho-kousin.top/', '09012345678', 'block'],
    ['ねえ、ゆうちょ銀行を名乗るメールで「本人確認のため口座情報を更新してください」ってリンクが来たんだけど、無視でいいよね', '09012345678', 'allow']],
  ['tax arrears with seizure: a stranger\'s page vs. the tax office telling of the mailed 督促状',
    ['【国税庁】未納の税金があります。本日中にお支払いがない場合、財産を差し押さえます。https://nta-nozei.top/', '09012345678', 'block'],
    ['さっき来たSMS、国税庁を名乗ってて「未納の税金があります、差押え予定」ってリンク付いてた。国税庁はSMSで督促しないから偽物だって', '09012345678', 'allow']],
  ['an Amazon account stop with a link vs. Amazon\'s own notice pointing to its app',
    ['【Amazon】アカウントが停止されました。こちらから本人確認を行ってください https://amazon-kakunin.top/', '09012345678', 'block'],
    ['【Amazon】アカウントの確認:本人確認が必要です。Amazonアプリのアカウントサービスからお手続きください。Amazonが電話でギフトカードでの支払いをお願いすることはありません。', '00051234', 'allow']],
  ['a parcel link vs. a driver\'s own handset asking a convenient time',
    ['ヤマト運輸です。お荷物をお届けに伺いましたがご不在でした。下記より再配達をお申し込みください https://yamato-saihaitatsu.top/', '08011112222', 'block'],
    ['ヤマト運輸の佐藤です。本日お荷物お届けに伺いましたがご不在でした。ご都合のよい時間をこの番号にお知らせください。', '08011112222', 'allow']],
  ['a son\'s new line asking money vs. a daughter warning her grandfather of it',
    ['お父さん、携帯が変わった。会社のお金を使い込んでしまって、今日中に300万円振り込んでほしい。', '08011112222', 'flagged'],
    ['おじいちゃんへ。息子を名乗って「携帯が変わった、会社のお金を使い込んだ」って電話が来ても絶対お金を振り込まないでね。必ず私に電話して確認して。', '09012345678', 'allow']],
  ['Japan Post parcel fee by link vs. an Indonesian warning of it',
    ['Japan Post: paket Anda tertahan. Bayar biaya 300 yen di link ini untuk konfirmasi: https://japanpost-id.top/', '09012345678', 'block'],
    ['Ingat ya, ada SMS palsu atas nama Sagawa minta klik link untuk konfirmasi paket. Jangan diklik.', '09012345678', 'allow']],
  ['a card company asking card data by link vs. JCB saying it never does',
    ['【JCB】カードのご利用確認のため、カード番号と暗証番号を下記よりご入力ください https://jcb-kakunin.top/', '09012345678', 'block'],
    ['【JCB】JCBがSMSやメールでカード番号や暗証番号をお尋ねすることはございません。不審なSMSにご注意ください。', '00051234', 'allow']],
  ['PayPay account limited with a link vs. PayPay pointing to its app',
    ['【PayPay】不正利用の疑いがあるため、アカウントを制限しました。解除はこちら https://paypay-kaijo.top/', '09012345678', 'block'],
    ['【PayPay】不正利用の疑いがあるため、アカウントを一時的に制限しました。PayPayアプリのヘルプからお問い合わせください。', '00051234', 'allow']],
  ['a refund\'s account asked by SMS vs. written on the office\'s own form mailed back in its envelope',
    ['〇〇市役所です。介護保険料の過誤納金を還付します。振込先口座をこのSMSに返信してください。', '0312345678', 'block'],
    ['〇〇市役所です。介護保険料の過誤納金を還付します。振込先口座をご記入の上、同封の返信用封筒でご返送ください。', '0312345678', 'allow']],
  ['a refund\'s fee into an account the message gives vs. the refund claim mailed back',
    ['〇〇市役所です。介護保険料の過誤納金を還付します。還付を受けるには手数料3000円を下記口座にお振込みください。三井住友銀行 1234567', '0312345678', 'block'],
    ['〇〇区役所保険年金課です。国民健康保険料の還付金があります。還付請求書を郵送しましたので、ご記入のうえ返送してください。ATMでの手続きはありません。', '0312345678', 'allow']],
  ['the "new number" ask made vs. a parent quoting it as what someone is texting',
    ['Hi mum, this is my new number, can you send money for rent?', '09012345678', 'block'],
    ['FYI someone is texting "Hi mum, this is my new number, can you send money for rent" to parents in our school. Don\'t fall for it.', '09012345678', 'allow']],
  ['a bank asking a login by link vs. a brokerage saying it never sends one, pointing to its app',
    ['【楽天証券】不正アクセスを検知しました。至急こちらからログインして本人確認をしてください https://rakuten-sec-login.top/', '09012345678', 'block'],
    ['【楽天証券】お客様の口座で第三者による不正アクセスの被害が増えています。ログイン追加認証を設定してください。楽天証券からSMSでログインをお願いすることはありません。', '00051234', 'allow']],
  ['NHK fee with a stranger\'s page vs. NHK\'s own notice that it never asks by SMS',
    ['【NHK】受信料が未払いです。本日中にお支払いがない場合、法的手続きに移行します。https://nhk-jushinryo.top/', '09012345678', 'block'],
    ['【NHK】受信料のお支払いが確認できておりません。お支払いがない場合、割増金の請求となることがあります。NHKからSMSで支払いを求めることはございません。', '00051234', 'allow']],
  ['a water bureau\'s stop with a page vs. the bureau\'s landline telling of its mailed notice',
    ['【水道局】水道料金が未納のため本日給水を停止します。至急お支払いください https://suido-pay.top/', '09012345678', 'block'],
    ['横浜市水道局です。水道料金が2か月分未納となっています。給水停止予告書をお送りしました。お早めに納付書でお支払いください。', '0452234567', 'not-block']],
  ['a caller\'s ATM refund vs. a daughter telling her mother never to go',
    ['市役所の保険課です。医療費の還付金があります。今から近くのATMに行って、着いたらこの番号に電話してください。', '08011112222', 'block'],
    ['お母さん、役所の人から電話で還付金がATMで受け取れるって言われたら詐欺だからね。ATMには行かないで私に電話して', '09012345678', 'allow']],
  ['a fake bank visitor taking the card vs. a grandchild warning of it',
    ['〇〇銀行の者です。キャッシュカードが不正利用されています。本日係の者がご自宅にカードを受け取りに伺います。', '08011112222', 'block'],
    ['銀行の人が家に来てキャッシュカード預かりますって言っても渡しちゃダメだよ。銀行員はカードを取りに来ないから', '09012345678', 'allow']],
  ['a Tagalog PIN ask vs. a Tagalog warning of it',
    ['Ito ang bangko mo. Na-lock ang account mo. I-reply ang PIN mo para ma-unlock ngayon.', '09012345678', 'block'],
    ['Mag-ingat kayo, may text na nagpapanggap na bangko at humihingi ng PIN. Huwag ibigay.', '09012345678', 'allow']],
  ['a Korean parcel link vs. a Korean warning of it',
    ['[일본우편] 택배 보관 중입니다. 주소 확인: https://jp-post-kr.top/', '09012345678', 'block'],
    ['주의하세요. 일본우편을 사칭해서 "택배 보관 중, 링크에서 확인" 문자가 오고 있어요. 링크 누르지 마세요.', '09012345678', 'allow']],
  ['a stranger\'s code request vs. a bank\'s one-time password that says never to tell it',
    ['みずほ銀行です。お取引確認のため、届いたワンタイムパスワードをこの番号に返信してください。', '09012345678', 'block'],
    ['【みずほ銀行】ワンタイムパスワード:429183。このパスワードを第三者に絶対に教えないでください。みずほ銀行の行員がお聞きすることはありません。', '00051234', 'allow']],
  ['a fake police asking money into a safe account vs. a Chinese warning of it',
    ['我是东京警察。您的账户涉嫌洗钱,请今天转账到指定的安全账户,否则冻结。', '09012345678', 'block'],
    ['大家小心，有人冒充警察打电话说你的账户涉及洗钱，要求转账到安全账户。这是诈骗！', '09012345678', 'allow']],
  ['a hijacked Instagram asking money vs. its owner telling friends it is not her',
    ['久しぶり!ちょっと困ってて、今日中に3万円貸してほしい。この口座に振り込んでくれる?ゆうちょ 12345-6789012', '09012345678', 'block'],
    ['インスタ乗っ取られたので新しいアカウント作りました。前のアカウントからDMで「お金貸して」とか来ても私じゃないです', '09012345678', 'allow']],
  ['a rival\'s texts called fake to vouch for its own page ("Log in only at…") vs. a warning that shows the fake link and says not to click',
    ['Got another email from someone else? It\'s fake. Log in only at amazon-secure.top to keep your account active.', undefined, 'block'],
    ['Heads up: the "toll road unpaid" texts with links like etc-meisai.top are a scam. Don\'t click.', '09012345678', 'not-block']],
  // The safe account the fake police or bank asks money moved into, in residents' languages as in Japanese ("安全な口座"),
  // beside the police's and banks' never-forms in Chinese that disown it.
  ['Chinese: money moved to a "safe account" at the police\'s word vs. a friend\'s warning that police never ask it',
    ['警察です。您的账户涉嫌洗钱,请立即把钱转到安全账户', '+8613812345678', 'block'],
    ['提醒大家:警察和银行绝对不会让你把钱转到安全账户。接到这种电话请直接挂掉。', '08012345678', 'allow']],
  ['Vietnamese without diacritics: the same safe account vs. a Chinese warning that banks never ask a transfer',
    ['Cong an day. Tai khoan cua ban lien quan rua tien, chuyen het tien sang tai khoan an toan ngay', '+84912345678', 'block'],
    ['提醒大家:警察和银行从来不会让你转账。接到这种电话请直接挂掉。', '08012345678', 'allow']],
  // English (session 'english'): what is asked, through whose channel, against who it claims to be.
  ['English: gift cards (plural) bought for a "boss" and their codes sent vs. a shop selling its cards for points',
    ['Hi, its your boss. I need you to buy some gift cards for our clients today and send me the codes. Keep it confidential.', '08012345678', 'flagged'],
    ['Buy gift cards at any AEON store this week and get 500 bonus points!', 'AEON', 'allow']],
  ['English: Google Play cards (plural) asked for a client vs. the same cards sold at a discount',
    ['Are you at your desk? I need a quick favour, get me 4 Apple gift cards and send me the codes. I will reimburse you later', '08033334444', 'flagged'],
    ['Google Play cards now 10% off at all our stores until Sunday. Points double for members.', 'FamilyMart', 'allow']],
  ['English: "hi dad, new number" with an urgent favour vs. a real new number asking nothing',
    ["Hi Dad, it's me. Dropped my phone, this is my new number. Can you help me with something urgent today?", '07012840694', 'block'],
    ["Hi Dad, it's me. Dropped my phone, this is my new number. See you at dinner on Sunday!", '07012840694', 'not-block']],
  ['English: an institution on a handset asking to be rung back vs. a friend back from the embassy',
    ['Immigration office: problem with your visa. Call back today', '09012345678', 'flagged'],
    ['Hi, I just got back from the embassy… call me later', '09012345678', 'allow']],
  ['English: a bank\'s fraud team on a handset vs. a friend at the ward office',
    ['Bank fraud team: we blocked a payment on your card. Call us back on this number', '09012345678', 'block'],
    ["I'm at the ward office now, text me when you are free", '09012345678', 'allow']],
  ['English: a photo of both sides of the card asked vs. the bank saying it never asks it',
    ['Seven Bank: Your ATM card will expire. Send a photo of the front and back of your card to renew.', '07001042135', 'flagged'],
    ['Seven Bank: Your new ATM card was posted today. We will never ask you to send your PIN or a photo of your card.', 'SevenBank', 'allow']],
  ['English: a card number and PIN asked by text vs. a friend\'s ham',
    ['Your card is locked. Send your card number and PIN to unlock it.', '+447700900123', 'flagged'],
    ["ok text me when you're home, love you", '09012345678', 'allow']],
  ['an insurer\'s arrears from a mobile with an account given vs. the same arrears from its own 0120 line, no payee given',
    ['【〇〇生命】ご契約の保険料が未払いのため、失効の予告をお送りしました。払込期限までに下記口座へお振込みください。〇〇銀行 普通 1234567。ご不明点はコールセンター 0120-123-456 まで。', '09012345678', 'block'],
    ['【〇〇生命】ご契約の保険料が未払いのため、失効の予告をお送りしました。払込期限までにお振込みください。ご不明点は担当者またはコールセンター 0120-123-456 まで。', '0120123456', 'not-block']],
  ['a "hotel" asking the postage for a lost item into an account vs. the hotel sending the guest\'s own item cash on delivery',
    ['〇〇ホテルのフロントです。お忘れ物(充電器)がございました。送料1,200円を下記口座にお振込みいただければお送りします。〇〇銀行 普通 1234567 ヤマダ タロウ', '08011112222', 'block'],
    ['〇〇ホテルのフロントです。お忘れ物(充電器)がございました。着払いでお送りしますので住所を教えていただけますか', '0312345678', 'not-block']],
  ['a child\'s real money ask on a new number vs. a child warning that anyone calling so is a scam (Vietnamese)',
    ['Bố ơi, con bị tai nạn cần tiền gấp. Đây là số mới của con, bố chuyển tiền cho con nhé.', '09012345678', 'block'],
    ['Bố ơi, nếu có ai gọi nói con bị tai nạn cần tiền gấp thì gọi lại cho con trước nhé. Đừng chuyển tiền.', '09012345678', 'allow']],
  ['a fake son priming the "police" call to pay vs. a son warning that such a call is not to be paid (Japanese)',
    ['お母さん、番号変わった。もし警察から僕が事故を起こしたと電話があったら、示談金を今日中に振り込んでほしい。', '08012345678', 'block'],
    ['お父さん、もし誰かから僕が事故を起こしてお金が必要だと電話があっても、まず僕に電話して。絶対に振り込まないで。', '09012345678', 'allow']],
  ['a "water bureau" sending the slip to download from a handset vs. the bureau from its landline asking payment with the slip posted (納付書)',
    ['横浜市水道局です。水道料金が2か月分未納となっています。本日中に納付書をダウンロードしてお支払いください。https://yokohama-suido.top', '09012345678', 'block'],
    ['横浜市水道局です。水道料金が2か月分未納となっています。給水停止予告書をお送りしました。お早めに納付書でお支払いください。', '0452234567', 'allow']],
  ['a city\'s 督促 asking a call to an 050 line vs. the same 督促 offering its tax desk\'s fixed line for questions',
    ['【〇〇市】住民税の督促状を送付しました。期限を過ぎると延滞金が加算され、財産の差押えを行う場合があります。ご不明点は納税課(050-1234-5678)まで。', undefined, 'block'],
    ['【〇〇市】住民税の督促状を送付しました。期限を過ぎると延滞金が加算され、財産の差押えを行う場合があります。ご不明点は納税課(03-1234-5678)まで。', undefined, 'not-block']],
  ['a city\'s arrears asking today\'s call as the way to act vs. the desk\'s fixed line offered for questions',
    ['【〇〇市】住民税が未納です。本日中に納税課(03-1234-5678)までお電話ください。差押えを行います。', undefined, 'block'],
    ['【〇〇市】住民税が未納です。期限を過ぎると差押えを行う場合があります。ご不明点は納税課(03-1234-5678)まで。', undefined, 'not-block']],
  ['a live link said to be the fake ("links like x.top are fake"), no other page given, vs. the lure calling others fake and naming its own',
    ['Heads up: other links are fake. Log in only at etc-meisai.top to pay your toll.', undefined, 'block'],
    ['Heads up: the "toll road unpaid" texts with links like etc-meisai.top are fake. Pay only on the official site.', '09012345678', 'not-block']],
  ['a live link said to be the fake beside a second stranger\'s page to go to vs. the warning naming only the fake',
    ['Warning: links like etc-meisai.top are fake. Log in only at etc-pay.top to pay your toll.', undefined, 'block'],
    ['Beware: fake sites like etc-meisai.top are going round again. Check your tolls in the ETC app you already use.', '09012345678', 'not-block']],
  // Call asks without a link (session 'callask'): an institution that raises an alarm or a promise and sends the reader to a
  // line it does not own (its own open line, a written handset) asks through a stranger's channel, lure word or not
  // (checks/claim-channel.ts callAlarm). Twins: a school's, a clinic's or a ward office's own landline, a relative, a
  // driver, the published desk, the police's #9110 warning.
  ['a pension office asking a call back on the 050 line it texts from over money said unpaid vs. a relative asking a call back',
    ['年金事務所です。年金の未支給分があります。受け取りには手続きが必要ですので、このまま折り返しお電話ください。', '05011112222', 'block'],
    ['お母さん、年金の書類届いてた?時間あるとき折り返し電話ちょうだい。', '09012345678', 'allow']],
  ["a bank on a handset telling of the reader's account vs. the bank naming its published card desk",
    ['○○銀行です。お客様の口座に不正な出金がありました。口座を止めるため、至急この番号へ折り返しお電話ください。', '07098765432', 'block'],
    ['【○○銀行】ご依頼のカード再発行の書類を発送しました。お問い合わせはカードセンター 0120-860-777 まで。', '0120860777', 'allow']],
  ["the reader's account named by no one on a handset, rung back there, vs. a school's landline asking a call back",
    ['お客様名義の口座について至急確認したいことがございます。この番号へ折り返しご連絡ください。', '08055512121', 'block'],
    ['○○小学校です。お子様が発熱されましたので、お迎えをお願いします。このまま折り返しお電話ください。', '0662001234', 'allow']],
  ["a consumer centre on a handset telling of the reader's leaked data vs. a clinic's landline asking a call back",
    ['消費生活センターの者です。あなたの個人情報が業者に漏れています。削除のため至急お電話ください', '09082210000', 'block'],
    ['○○クリニックです。検査結果のご説明がありますので、お手数ですが折り返しお電話ください。', '0312345678', 'allow']],
  ["a carrier's name asking to be rung on a handset it writes vs. the carrier's own notice naming 151",
    ['【ドコモ】お客様の回線で不正な機種変更の申請がありました。担当 佐々木(080-3344-1122)まで折り返しください。', 'docomo', 'flagged'],
    ['【ドコモ】お客様の回線で迷惑メッセージの送信が確認されました。詳しくはドコモ公式サイトまたは151へ。', '157', 'allow']],
  ['a card issuer asking to be rung on a handset vs. the same notice naming its 0120 desk',
    ['【三井住友カード】ご利用代金のお支払いが確認できません。担当 山本(090-5151-6262)までご連絡ください。', '+81 80-4141-2323', 'block'],
    ['【三井住友カード】ご利用代金のお支払いが確認できません。お問い合わせは 0120-816-437 まで。', '0120816437', 'allow']],
  ["a ward office's words from an 050 line vs. from its own landline (flagged for its hurry, never blocked)",
    ['○○区役所です。申請書類に不備がありましたので、本日中にこの番号へ折り返しご連絡ください。', '05045450000', 'block'],
    ['○○区役所です。申請書類に不備がありましたので、本日中にこの番号へ折り返しご連絡ください。', '0452001111', 'not-block']],
  ['"police" on an 050 line telling of the reader\'s number used in a crime vs. the police\'s warning giving #9110',
    ['警察です。あなたの携帯番号が詐欺事件に使われています。本日中にこの番号へ折り返しご連絡ください。', '05077770000', 'block'],
    ['【○○警察署】管内で警察官をかたる詐欺電話が多発しています。不審な電話は #9110 または 110番へ。', '0353001234', 'allow']],
  ['a refund said due from no one named on an 050 line vs. a driver asking a call back about a redelivery',
    ['保険料の過払い分の返金がございます。お受け取り方法をご案内しますので、この番号へ折り返しお電話ください。', '05029710000', 'block'],
    ['ヤマト運輸ドライバーの田中です。お荷物お届けに伺いましたがご不在でした。再配達はこの番号にお電話ください。', '09033332222', 'allow']],
  // The call asked through what follows if it is not made, beside a charge or harm, on an open line in no person's voice
  // (ask-channel.ts ifNotCalled): a creditor's or an office's threat, rung on whoever holds the line.
  ['a charge threatened unless the reader calls the 050 line it comes from vs. an organiser\'s "no word, I\'ll charge you"',
    ['レンタル品の返却期限を過ぎています。本日中にご連絡なき場合、延滞金を請求いたします。', '05012345678', 'block'],
    ['幹事の佐藤です。会費の振込がまだの方、今週中に連絡がない場合は立替分を請求しますね', '09012345678', 'allow']],
  ['an unpaid adult site\'s fee with the family told unless the reader calls vs. a consumer centre quoting it',
    ['アダルトサイトの退会料が未払いです。本日中に連絡がない場合、ご家族へご連絡いたします。', '08011112222', 'block'],
    ['【○○市消費生活センター】「アダルトサイトの退会料が未払い」とのSMSは架空請求です。記載の番号に連絡しないでください。', '0353001234', 'allow']],
  ['"no word by 6 means absent" between friends is no threat',
    ['未払いの利用料金があります。本日中にご連絡なき場合、法的措置に移行します。このまま折り返しご連絡ください。', '09012345678', 'block'],
    ['明日の飲み会、18時までに連絡がない場合は欠席扱いにするね', '09012345678', 'allow']],
  ['"unauthorised traffic" from the reader\'s phone, rung back on the 050 line it comes from, vs. the carrier\'s own notice from its short code',
    ['お客様の端末から不正な通信を検知しました。至急この番号へ折り返しお電話ください。', '05061120000', 'block'],
    ['【ドコモ】お客様の回線で迷惑メッセージの送信が確認されました。詳しくはドコモ公式サイトまたは151へ。', '157', 'allow']],
  ['power cut threatened unless the reader rings a handset vs. the power company\'s own outage notice',
    ['電気料金の件です。本日中にご連絡がなければ送電停止となります。担当 090-2233-4455', '08044441111', 'block'],
    ['【東京電力EP】停電情報:大宮地区で停電が発生しています。復旧作業中です。お問い合わせは検針票記載の番号へ。', 'TEPCO', 'allow']],
  ['a Y/N reply asked over the reader\'s account from a handset vs. an inn\'s Y/N about a booking',
    ['お客様名義の口座で不正な出金がありました。ご本人であれば1、心当たりがなければ2を返信してください。', '07012340000', 'block'],
    ['旅館△△です。明日のご到着は18時頃でよろしいでしょうか。よろしければ1、変更があれば2をご返信ください。', '09047710000', 'not-block']],
  ['a managing agent\'s call moved to a new handset with the deposit withheld unless the reader calls vs. a nursery head\'s own handset while the line is down',
    ['退去立会いの件、管理会社の担当が変わりました。新しい担当の携帯 090-3131-4242 に今週中にお電話ください。ご連絡がない場合、敷金の返金はできません', '08077776666', 'block'],
    ['〇〇保育園の園長です。園の電話が故障しているため、明日の行事の件は私の携帯 080-1212-3434 にお電話ください', '08066665555', 'not-block']],
  // Session 'invest' 2 (dev batch 35): money that must go first, to a person or a channel no regulated body owns, for gains or
  // for one's own money back. The stock group's cast (a 先生 who directs trades, an アシスタント who moves the money: lures/offers.ts
  // studyGroup), its deposits told one by one or into a personal account (payee.ts), a withdrawal or a recovery held until a fee,
  // a 'tax' or a stamp fee is paid first (data/lures.json money-held, fee, release), borrowing pushed to fund the stake. Twins: the
  // brokers' own notices, friends on NISA and stocks, a school's or a piano teacher's assistant, a tax accountant, a lawyer's office.
  ['a stock group\'s assistant asking a reply to join today\'s picks vs. a brokerage\'s seminar notice from its registered line',
    ['先生のアシスタントの中村です。今週の推奨銘柄の配信枠が残りわずかです。参加希望の方は「希望」とご返信ください。', '09045671234', 'block'],
    ['【楽天証券】12/10(水)20時 オンラインセミナー「新NISAの始め方」講師:山田先生。お申込みはログイン後のマイページから。', '0005012233', 'allow']],
  ['a group member pointing to the assistant\'s handset to join vs. a friend telling of a teacher\'s talk on stocks',
    ['先生のおかげで今週+25%!まだグループに入っていない方はアシスタントの佐々木さんに連絡してね 080-3344-5566', '07012348765', 'block'],
    ['大学の先生が授業で株の話をしてて面白かったよ。今度NISAのこと一緒に調べよう', '08011112222', 'allow']],
  ['the group\'s deposit account told one by one vs. a brokerage\'s deposit confirmation',
    ['先生の指示で本日も利確された方が多数です。次の案件は運用資金100万円以上の方限定。入金先は個別にお伝えします。', undefined, 'block'],
    ['【SBI証券】ご入金を確認しました。入金額:100,000円。詳細はログイン後の入出金明細でご確認ください。', '0005012233', 'allow']],
  ['the group\'s app to register for the teacher vs. a broker asking to finish opening the account in its own app',
    ['アシスタントの美咲です。先生から口座開設がまだと聞きました。専用アプリ「VTX Pro」をストアで検索して登録をお願いします。', '08055551234', 'block'],
    ['【松井証券】口座開設のお手続きが完了していません。松井証券アプリからログインしてお手続きください。', '0005012233', 'allow']],
  ['the group app\'s deposit into a named personal account vs. a circle treasurer collecting fees into the circle\'s account',
    ['グループのアシスタント真由です。先生推奨のアプリの入金は、必ず指定の個人口座からお願いします。', undefined, 'block'],
    ['テニスサークル会計です。今年の会費5,000円はサークル名義の口座へお願いします。', '08011112222', 'allow']],
  ['a fund "for institutions" opened to individuals, call the assistant vs. a bank\'s own fund notice',
    ['昨日の講義でご紹介した機関投資家向け私募ファンド、個人でも1口30万円から参加できる枠が残り3つです。アシスタントに連絡を', '09033334444', 'block'],
    ['【みずほ銀行】お預かりしている投資信託の運用報告書を発行しました。みずほダイレクトからご確認ください。', '0005012233', 'allow']],
  ['the teacher urging a loan from a consumer lender to buy at the open vs. a friend warning not to borrow for stocks',
    ['先生より:明日の寄付きで全力買いを。資金が足りない方は消費者金融の利用も検討してください。', undefined, 'flagged'],
    ['株はやってもいいけど、借金してまで買うのはやめときなよ。NISAの積立くらいがちょうどいいって', '08011112222', 'allow']],
  ['a group\'s fee in USDT to the assistant vs. a friend sending crypto back to themself',
    ['グループ管理人より:今月の参加費はUSDTで受け付けます。ウォレットアドレスはアシスタントに個別にお問い合わせください', '08066667777', 'flagged'],
    ['自分のウォレットにUSDTを移した。取引所は金融庁に登録してるとこしか使ってないよ', '08011112222', 'allow']],
  ['a withdrawal held until "income tax" is paid first vs. a brokerage\'s withdrawal done',
    ['運用益980万円の出金準備が整いました。出金前に所得税相当額を先にお支払いいただく必要があります。', '09012340000', 'block'],
    ['【SBI証券】出金のご依頼を受け付けました。ご登録の金融機関口座へ12/12に出金いたします。', '0005012233', 'allow']],
  ['an exchange\'s withdrawal on hold until a fee by tomorrow vs. the exchange\'s withdrawal restriction told with its own app',
    ['取引所サポート:本人名義でない入金が確認されたため出金を保留中です。本人確認手数料を明日正午までに。', undefined, 'block'],
    ['【bitFlyer】セキュリティのため出金を一時制限しています。アプリから本人確認書類を再提出してください。手数料はかかりません。', 'bitFlyer', 'not-block']],
  ['a withdrawal held for tax in English from abroad vs. an English-speaking friend telling of their own withdrawal',
    ['Your withdrawal is on hold. Pay the 15% tax fee first to release your funds within 24 hours.', '+12064418832', 'block'],
    ['I withdrew my savings from the NISA account today, it took two days to land in my bank.', '08011112222', 'allow']],
  ['a withdrawal held for tax in Tagalog vs. a friend\'s remittance',
    ['Ang withdrawal mo ay naka-hold. Magbayad muna ng tax fee na ¥50,000 para ma-release.', '+639171234567', 'block'],
    ['Nag-withdraw na ako sa ATM, ipapadala ko bukas sa nanay ko.', '09012345678', 'allow']],
  ['a withdrawal frozen in Chinese until a deposit vs. a friend\'s note on a bank transfer',
    ['您的提现冻结,需先缴纳保证金3万日元才能解冻。', '+8613912345678', 'flagged'],
    ['我今天用ゆうちょ转账了3万日元给房东,已经到账了。', '09012345678', 'allow']],
  ['a wallet "unfrozen" for a fee after a recovery vs. an exchange telling the account is restored with nothing to pay',
    ['返金請負の件、追跡が完了しました。ウォレットの解凍には手数料0.3BTCが必要です。', undefined, 'block'],
    ['【bitbank】お客様のアカウントの制限を解除しました。再度ログインしてご利用ください。', 'bitbank', 'allow']],
  ['a "law firm" naming the reader\'s loss and asking a stamp fee at a convenience store vs. a real lawyer replying to a client',
    ['弁護士法人みらい事務局です。あなたの被害額は280万円と確認できました。回収に必要な印紙代をコンビニで支払ってください', '08039910000', 'block'],
    ['〇〇法律事務所の佐藤です。先日ご依頼いただいた件、訴状の案をお送りしました。次回の打ち合わせでご説明します。', '0312345678', 'allow']],
  ['a recovery "on track" for a fee first vs. the consumer hotline warning quoting it',
    ['以前ご相談の投資被害の件、回収のめどが立ちました。手続き費用5万円を先にお支払いいただければ全額返金されます', '05012340000', 'block'],
    ['【消費者庁】「被害金を取り戻せる」「回収のめどが立った」と手数料を求める連絡は二次被害の詐欺です。支払わないでください。', '0005612090', 'allow']],
  ['a "credit score" withdrawal restriction lifted by a top-up vs. a brokerage\'s margin call from its registered line',
    ['カスタマーサポートです。信用スコアが基準を下回ったため出金が制限されました。スコア回復のため追加入金をお願いします。', undefined, 'flagged'],
    ['【楽天証券】信用取引の委託保証金率が維持率を下回りました。追加保証金の差し入れ期限は12/12です。詳細は楽天証券アプリで。', '0005012233', 'not-block']],
  ['a student told to take a student loan for an AI crypto scheme vs. a friend talking about a student loan',
    ['先輩の紹介でAIが暗号資産を運用してくれるのを始めた。月10万の配当。学生ローンでも参加できるって。説明会一緒に行かない?', '08021170000', 'flagged'],
    ['奨学金の返済、来月から始まるんだよね。学生ローンって金利どのくらいだった?', '08011112222', 'allow']],
  ['a teacher named in a quote by a sibling warning vs. the same group asking to join',
    ['アシスタントの田中です。先生の推奨銘柄を毎日無料でお届けします。参加はこちらのLINEへ ID: kabu_tanaka55', '09077778888', 'block'],
    ['兄貴、母さんが「投資の先生のグループ」に誘われてたから止めといた。LINEで知らない人が銘柄教えるとか言ってたら教えて', '09089450000', 'allow']],
  ['the FSA warning quoting the teacher and assistant vs. the lure itself',
    ['先生の指示どおり今日も利確です。VIP枠の入金先はアシスタントから個別にお送りします。', undefined, 'block'],
    ['【金融庁】「先生」「アシスタント」を名乗り、LINEグループで投資を勧め個人名義の口座へ入金させる詐欺にご注意ください。', '0005012233', 'allow']],
  ['a school teacher collecting a trip fee with the assistant teacher vs. a stock teacher\'s assistant taking deposits',
    ['アシスタントの由美です。先生から、まだ入金がお済みでないと伺いました。本日中に運用口座への入金をお願いします。', '08012129999', 'flagged'],
    ['〇〇小学校です。遠足の費用は担任の先生に封筒でお渡しください。アシスタントティーチャーのクラスも同様です。', '0312345678', 'allow']],
  ['a romance contact moving the reader\'s money into a wallet vs. a partner saving together at a bank',
    ['会えない間に二人の結婚資金を増やそう。このウォレットアドレスにUSDTを送ってね。先生が運用してくれるから', '+6591234567', 'block'],
    ['結婚資金、ゆうちょの定期にしておいたよ。来月の式場の手付金はそこから払おうね', '08011112222', 'allow']],
  ['a stock teacher\'s assistant asking this month\'s deposit into the "operation account" vs. a piano teacher\'s assistant\'s recital fee, told by a friend',
    ['アシスタントの由美です。先生から、まだ入金がお済みでないと伺いました。本日中に運用口座への入金をお願いします。', '08012129999', 'flagged'],
    ['ピアノの先生のアシスタントさんから連絡あって、発表会の参加費5,000円は教室の口座に入金してって', '08011112222', 'allow']],
  ['"tax" paid to the platform before a withdrawal vs. a tax accountant on tax paid by the return',
    ['利益の出金には、先に所得税相当額20%をお支払いいただく必要があります。本日中にお手続きください。', '09012340001', 'block'],
    ['税理士の田中です。株の売却益に係る所得税は確定申告でお支払いいただく必要があります。書類は来週お送りします。', '09012345678', 'allow']],
  ['a withdrawal held in Korean until a fee vs. a friend\'s NISA gains left in',
    ['고객님의 출금이 보류되었습니다. 수수료 5만엔을 먼저 입금하시면 출금됩니다.', '+821012345678', 'block'],
    ['NISAの運用益、今年は10万くらい。出金はしないでそのまま積み立てる予定', '08011112222', 'allow']],
  ['an "investment assistant" moving the talk to Telegram vs. a broker\'s sales assistant posting a fund\'s papers',
    ['投資アシスタントの高田です。ここでは詳しくお伝えできないので、テレグラム @takada_kabu77 にご連絡ください', '08098031111', 'block'],
    ['〇〇証券 営業アシスタントの山本です。ご依頼の投資信託の資料を本日郵送しました。ご不明点は担当の鈴木までお電話ください。', '0312345678', 'allow']],
  ['a famous analyst\'s free dividend method on a LINE ID vs. a friend reading a famous investor\'s book',
    ['新NISAで毎月15万円の配当を得る方法を有名アナリストが無料で教えます。LINEで友だち追加→ @nisa-haito', '08085001234', 'block'],
    ['有名投資家の本読んでる。長期分散が大事なんだって', '08011112222', 'allow']],
  ['a famous businessman\'s "investment project" asking a call vs. a friend quoting an economist on TV',
    ['SNS広告からのご登録ありがとうございます。有名実業家の投資プロジェクト事務局です。面談日程の調整のためお電話ください', '05068871111', 'block'],
    ['テレビで経済評論家が円安はまだ続くって言ってたよ。旅行は早めに両替しとこ', '08011112222', 'allow']],
  ['a "refund programme" for money lost to fraud on a LINE link vs. a friend who went to an investment class',
    ['詐欺で失ったお金、諦めないで!弁護士監修の返金プログラムで無料診断 line.ee/henkin77', '07023311111', 'block'],
    ['投資教室に通い始めた。先生がインデックスが一番だって。今度一緒に行く?', '08011112222', 'allow']],
  ['a stock teacher\'s picks from a group vs. a student writing to their teacher about a class on stocks',
    ['先生の本日の推奨銘柄です。寄付きで買いの方は「参加」とご返信ください。アシスタントより', '09011113333', 'block'],
    ['先生、株の授業のレポートを提出しました。ご確認をお願いします', '09012345678', 'allow']],
  ['Korean: a withdrawal that needs "tax" deposited first vs. a resident asking the bank\'s withdrawal fee',
    ['출금하려면 세금 20%를 먼저 입금하셔야 합니다. 오늘까지 입금해 주세요.', '+821012345678', 'block'],
    ['출금 수수료가 얼마인지 은행에 물어봤어요. 500엔이래요.', '08011112222', 'allow']],
  ['Vietnamese: a withdrawal fee paid first vs. an ATM\'s after-hours fee told',
    ['Để rút tiền, bạn cần nộp trước phí rút tiền 10%. Vui lòng chuyển khoản hôm nay.', '+84912345678', 'block'],
    ['Rút tiền ở ATM ngoài giờ mất phí 220 yên, tiếc ghê.', '08011112222', 'allow']],
  ['Portuguese: a fee to release the withdrawal vs. an ATM fee paid',
    ['Para liberar o saque, é preciso pagar antes a taxa de 15%. Pague hoje.', '+5511912345678', 'block'],
    ['Paguei a taxa do saque no caixa eletrônico, 110 ienes.', '08011112222', 'allow']],
  ['Chinese: the teacher\'s assistant\'s stock-pick slots by reply vs. a spouse\'s assistant fetching papers',
    ['老师的助理:今天的荐股名额还剩3个,想参加请回复"参加"。', '+8613912345678', 'block'],
    ['我老公的助理明天来拿文件,请在家等一下', '08011112222', 'allow']],
  ['Chinese: a withdrawal taxed first vs. a friend calling that a scam',
    ['您的账户提现需要先缴纳20%的个人所得税,缴纳后立即到账。', '+8613912345678', 'flagged'],
    ['提现要交税?那肯定是骗子,别给钱。', '08011112222', 'allow']],
  ['a "consumer centre" offering lost money back by a reply of 1 vs. a daughter telling her mother took such a call for a scam',
    ['消費者センターの者です。過去の被害金を取り戻せる制度があります。ご希望の方は1と返信を。', '09070611111', 'block'],
    ['母が「あなたの被害金を取り戻せる」って電話を受けたらしい。詐欺だよね、無視させた', '08011112222', 'allow']],
  ['a broker\'s "assistant" inviting to a teacher\'s free stock class from abroad vs. a company\'s NISA class invitation told by a colleague',
    ['はじめまして、証券会社アシスタントの佐々木です。〇〇先生が主宰する無料の株式勉強会にご招待されています。参加をご希望ですか？', '+85262211111', 'block'],
    ['NISAの勉強会、来週あるんだけど参加をご希望ですか?って案内来た。会社の福利厚生のやつ', '08011112222', 'allow']],
  ['a withdrawal tax to the platform vs. a tax accountant on income tax paid by the return',
    ['運用益の出金準備が整いました。出金には所得税相当額を先にお支払いいただく必要があります。', '09012340002', 'block'],
    ['税理士の田中です。株の利益にかかる所得税は、確定申告の際に税務署へお支払いください。', '09012345678', 'allow']],
  ['a "law firm" naming the reader\'s loss and asking its stamp fee vs. a lawyer asking a client the filing costs into the contract\'s account',
    ['弁護士法人あおば事務局です。あなたの被害額は150万円と確認できました。回収に必要な印紙代3万円をお支払いください', '08039912222', 'block'],
    ['〇〇法律事務所です。ご依頼の訴訟について、提訴に必要な印紙代と郵券代の合計2万3千円を、委任契約書記載の当事務所口座へお振込みください。', '0312345678', 'allow']],
  ['the group\'s teacher talking the reader out of a withdrawal vs. a friend on an ATM\'s weekend fee',
    ['先生より:今は出金しない方がいいです。来週の大型IPOに向けて、むしろ追加入金をお願いします。', undefined, 'flagged'],
    ['今は出金しない方がいいよ、ATMの手数料高いから。月曜にしな', '08011112222', 'allow']],

];

// Session 'reports': a mention taken for a claim, a warning for an ask. Each row a lure and its legitimate twin; the rules alone
// must carry each lure that is to be blocked, and must leave each twin alone.
const mentionPairs: [topic: string, lure: [text: string, from: string, expect: Expect], twin: [text: string, from: string, expect: Expect]][] = [
  ['a defanged link the writer tells as what a text said vs. a lure that gives the same link as the way to act',
    ['返金率98%の弁護士事務所です。詐欺被害の返金は今すぐこちら hxxps://henkin-kaifuku[.]net', '08012345678', 'block'],
    ['こないだの「返金率98%」ってSMS、hxxps://henkin-kaifuku[.]net って書いてあった。弁護士会のサイトで調べたら登録ない事務所だった', '08061129935', 'allow']],
  ['a courier lure defanged by whoever published it vs. a family member telling of the same link',
    ['【佐川急便】お届け先不明のため保管中です。hxxps://sagawa-fuzai[.]cc から住所を確認してください', '09012345678', 'block'],
    ['お父さんのとこに来たSMS、hxxps://sagawa-fuzai[.]cc ってURLだった。佐川に電話したら知らないって', '09012345678', 'allow']],
  ['a defanged shop lure vs. a friend telling what the link read',
    ['Amazon配送:お届け不可。amazon-okurisaki[.]cc を開いて住所を更新してください', '07082581122', 'block'],
    ['母から転送されてきたSMS、リンクが amazon-jp-check[.]buzz になってた。Amazonのアプリで見たら何もなかった', '09012345678', 'allow']],
  ['a defanged card lure vs. an English report of the link',
    ['【楽天カード】ご利用を一部制限しています。至急 rakuten-card-check[.]buzz で確認してください', '09012345678', 'block'],
    ['Heads up: my mum got a text saying her card was blocked, the link was hxxps://smbc-check[.]top. Deleted it.', '08012345678', 'allow']],
  ['デジタル庁 claimed from a handset vs. a dental clinic\'s 050 line naming マイナ保険証 as the card to bring',
    ['【デジタル庁】マイナ保険証の利用登録が完了していません。本日中に下記より手続きしてください https://myna-hoken.top', '09012345678', 'block'],
    ['〇〇歯科です。明日10時のご予約の確認です。マイナ保険証か資格確認書をお持ちください。', '05012345678', 'allow']],
  ['マイナポイント\'s desk claimed vs. a pharmacy naming マイナンバーカード as the card to bring',
    ['マイナポイント事務局です。ポイントの付与期限が本日までです。こちらから申請してください https://mynapoint-jp.com', '09012345678', 'block'],
    ['〇〇薬局です。お薬の準備ができました。ご来局の際はマイナンバーカードまたは資格確認書をお持ちください。', '05012345678', 'allow']],
  ['the fake police asking a call back vs. a police station\'s warning sending the reader to #9110',
    ['〇〇警察署です。あなたの口座が詐欺に使われた疑いがあります。至急、担当の050-1111-2222までご連絡ください。', '05012345678', 'block'],
    ['【〇〇警察署】年末年始の防犯のお知らせです。不審な電話は警察相談専用電話#9110にご相談ください。', '05012345678', 'allow']],
  ['a school asking payment on a stranger\'s page vs. a school sending parents to the police line',
    ['【〇〇小学校】給食費の引き落としができませんでした。本日中に下記からお支払いください kyushoku-pay.top', '09012345678', 'block'],
    ['〇〇小学校です。下校時の不審者情報がありました。不審な電話は警察相談専用電話#9110にご相談ください。', '05012345678', 'allow']],
  ['the fake police from a handset vs. a neighbourhood association naming the police line and 188',
    ['警察です。あなたの名義が詐欺に使われています。逮捕状が出ています。至急 050-1234-5678 に電話してください', '09012345678', 'block'],
    ['【〇〇町内会】特殊詐欺の被害が出ています。還付金の電話はすぐ切って、消費者ホットライン188か#9110に相談してください。', '09012345678', 'allow']],
  ['a stranger\'s study group moved to LINE with an ID vs. a friend telling of being invited to one',
    ['はじめまして、投資の勉強会を主催している佐藤です。毎月30万円の副収入が得られる方法を無料でお教えします。LINEで友だち追加してください ID:abc123', '09012345678', 'block'],
    ['高校の友達に投資の勉強会に誘われたんだけど、ちょっと怪しくて。詳しくはLINEで話そう', '09012345678', 'not-block']],
  ['a stranger\'s "investment talk" moved to LINE vs. a friend recalling a talk the two had',
    ['突然すみません、以前お会いした佐伯です。連絡先を交換しましたよね?投資のことで面白い話があるのでLINEで話しませんか', '07015093434', 'block'],
    ['先週話してた株の勉強会、日程決まったらLINEで送るね', '09012345678', 'allow']],
  ['a stranger\'s stock seminar on a LINE link vs. a colleague who was urged to invest asking to talk it over',
    ['突然のご連絡失礼します。株式投資で確実に利益が出る勉強会にご招待します。参加はLINEから https://lin.ee/Ab12Cd', '09012345678', 'block'],
    ['同僚に暗号資産の投資に誘われて迷ってる。今夜LINEで相談させて', '08012345678', 'allow']],
];

const rulesOnly = (() => {
  const d = loadEngineData();
  if (!d.ok) throw new Error(d.error);
  return createEngine({ ...d.value, model: null });
})();

test('mention vs. claim, warning vs. ask (session reports): lures blocked on the rules alone, their twins left alone', () => {
  const meets = (v: string, e: Expect): boolean => (e === 'flagged' ? v !== 'allow' : e === 'not-block' ? v !== 'block' : v === e);
  for (const [topic, lure, twin] of mentionPairs) {
    for (const [text, from, expect] of [lure, twin]) {
      const a = engine.analyse({ text, from });
      assert.ok(meets(a.verdict, expect), `${topic}: ${text}: engine ${a.verdict} ${a.score}`);
      const r = rulesOnly.analyse({ text, from });
      // The rules carry a lure to block on their own; a twin is not flagged by them.
      assert.ok(expect === 'block' ? r.verdict === 'block' : r.verdict === 'allow', `${topic}: ${text}: rules ${r.verdict} ${r.score}`);
    }
  }
  // A notice's own name does not turn a government body it names into a mention when the message speaks as that body,
  // or when the name holds the body: "厚生労働省医薬局です。あなたのマイナ保険証が不正利用され…" still claims.
  assert.equal(rulesOnly.analyse({ text: '厚生労働省医薬局です。あなたのマイナ保険証が不正利用され、東京の病院で受診履歴があります。至急 011-287-8594 へご連絡ください', from: '09060782792' }).verdict, 'block');
  // Whoever speaks, a public body named only as where the reader turns is not its voice: a city's warning from its 050 line.
  assert.equal(rulesOnly.analyse({ text: '市役所や保険会社が電話で「還付金がある」と言い、ATMへ行くよう指示することはありません。ATMで還付金は受け取れません。不審な電話は警察へ。', from: '05019248016' }).verdict, 'allow');
  // A friend passing on a service's notice in reported speech ("…未払い請求の電話が来てるって") names the brand, does not speak as it:
  // 請求 is no Chinese polite ask.
  assert.equal(rulesOnly.analyse({ text: 'U-NEXTの公式お知らせで、海外番号から未払い請求の電話が来てるって。+から始まる番号は折り返さないでね、通話料高いから。', from: '09015045522' }).verdict, 'allow');
  // A card company's word inside quotation marks is the company's, told of: the friend narrates, the brand is mentioned.
  assert.equal(rulesOnly.analyse({ text: '三井住友カードから『ご利用確認』の電話きた。カード裏の番号にかけ直したら本物だった。ネットの買い物が引っかかったみたい', from: '08013562974' }).verdict, 'allow');
  // "Xです" inside quotation marks is the caller a person tells of, not the person speaking as X.
  assert.equal(rulesOnly.analyse({ text: '父さん、今テレビで言ってたけど、「警察ですが家に現金いくらありますか」は強盗の下見だって。すぐ切って110番ね', from: '07014876237' }).verdict, 'allow');
  assert.equal(rulesOnly.analyse({ text: '警察です。あなたの口座が犯罪に使われています。至急 050-1234-5678 に電話してください', from: '09012345678' }).verdict, 'block');
  // A new club member's first contact asking to swap LINE talks of no money: no messenger move is held against it.
  assert.equal(rulesOnly.analyse({ text: '初めまして、サークルの新入生の佐々木です。先輩から番号を聞きました。LINE交換してもらえますか?', from: '09012345678' }).verdict, 'allow');
});

test('call asks through a line the institution does not own block on the rules alone; their twins are not blocked (session callask)', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['年金事務所です。年金の未支給分があります。受け取りには手続きが必要ですので、このまま折り返しお電話ください。', '05011112222'],
    ['○○銀行です。お客様の口座に不正な出金がありました。口座を止めるため、至急この番号へ折り返しお電話ください。', '07098765432'],
    ['お客様名義の口座について至急確認したいことがございます。この番号へ折り返しご連絡ください。', '08055512121'],
    ['消費生活センターの者です。あなたの個人情報が業者に漏れています。削除のため至急お電話ください', '09082210000'],
    ['【ドコモ】お客様の回線で不正な機種変更の申請がありました。担当 佐々木(080-3344-1122)まで折り返しください。', 'docomo'],
    ['保険料の過払い分の返金がございます。お受け取り方法をご案内しますので、この番号へ折り返しお電話ください。', '05029710000'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score}`);
  }
  for (const [text, from] of [
    ['○○小学校です。お子様が発熱されましたので、お迎えをお願いします。このまま折り返しお電話ください。', '0662001234'],
    ['○○クリニックです。検査結果のご説明がありますので、お手数ですが折り返しお電話ください。', '0312345678'],
    ['ひまわり信用金庫の渉外担当 佐藤です。定期預金の満期のご案内でお電話しました。この番号に折り返しお願いします。', '09011110000'],
    ['Walang refund ng insurance na kailangang kunin sa ATM. Kung may tumawag na ganyan, scam iyon. Tawagan mo ako.', '07005362481'],
    ['Mom, don\'t answer if a \'bank\' calls asking for your card number. Call me first, ok?', '08063230347'],
    ['○○区役所です。申請書類に不備がありましたので、本日中にこの番号へ折り返しご連絡ください。', '0452001111'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.notEqual(a.verdict, 'block', `${text}: ${a.verdict} ${a.score}`);
  }
});

test('a warning that shows a defanged link and says not to open it, or names it the fake one, is a report in every language the engine reads', () => {
  for (const text of [
    '注意:冒充日本邮政的钓鱼短信增多。请勿点击链接(jp-post-xxx[.]top)。',
    'Cảnh báo: tin nhắn giả mạo bưu điện Nhật Bản. Không bấm vào link jp-post-xxx[.]top.',
    'Canh bao: tin nhan gia mao buu dien Nhat Ban. Khong bam vao link jp-post-xxx[.]top.',
    'Atenção: SMS falso dos Correios do Japão. Não clique no link jp-post-xxx[.]top.',
    'Babala: pekeng text mula sa Japan Post. Huwag i-click ang link na jp-post-xxx[.]top.',
    'Cuidado: SMS falso de Japan Post. No haga clic en el enlace jp-post-xxx[.]top.',
    'Waspada: SMS palsu dari Japan Post. Jangan klik link jp-post-xxx[.]top.',
    'सावधान: जापान पोस्टको नक्कली SMS। लिङ्क jp-post-xxx[.]top मा क्लिक नगर्नुहोस्।',
    'ระวัง: SMS ปลอมจากไปรษณีย์ญี่ปุ่น อย่ากดลิงก์ jp-post-xxx[.]top',
    'Warning: fake Japan Post texts are going around, e.g. jp-post-xxx[.]top. Use the official app.',
  ]) {
    const a = engine.analyse({ text, from: '09012345678' });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score}`);
    assert.ok(a.reasons.some((r) => r.code === 'SCAM_REPORTED'), text);
  }
  // A lure that defangs its own link disowns nothing: still a lure. One that cautions of fake sites while sending the reader
  // to a live page of a stranger's is not a report of the defanged one.
  for (const text of ['日本郵便:お荷物を持ち戻りました。再配達は jp-post-xxx[.]top から', 'Buu dien Nhat Ban: buu kien cua ban bi giu lai. Cap nhat dia chi tai jp-post-xxx[.]top']) {
    assert.notEqual(engine.analyse({ text, from: '09012345678' }).verdict, 'allow', text);
  }
});

test('a reply asked with no charge behind it, from a handset, is not blocked as a renewal', () => {
  for (const text of ['このメッセージに「Y」と返信すると配信停止となります。', '配信停止は「STOP」と返信してください。']) {
    assert.notEqual(engine.analyse({ text, from: '08022883252' }).verdict, 'block', text);
  }
});

test('a relative\'s new-number opener tags and never blocks alone; naming oneself by kinship or ruling money out is not the opener', () => {
  const opener = (text: string) => engine.analyse({ text, from: '07055556666' });
  for (const text of ['おばあちゃん、番号変わったから、これ登録しといて。前の番号は消してね', 'じいちゃん、新しい番号だよ。ひとつお願いがあるんだけど、あとで電話していい？', 'Mum, this is my new number, save it!']) {
    const a = opener(text);
    assert.ok(a.reasons.some((r) => r.code === 'NEW_NUMBER_OPENER'), text);
    assert.notEqual(a.verdict, 'block', text);
  }
  for (const text of ['母です。番号が変わったので登録しておいてください。', 'お母さん、番号変わったよ。お金の話はしないから、もし頼まれたら詐欺だと思って。登録しといてね']) {
    assert.ok(!opener(text).reasons.some((r) => r.code === 'NEW_NUMBER_OPENER'), text);
  }
});

test('a bare reply asked beside a relative\'s new number is no blocking ask; a trouble, money or a hurry beside it is', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const lookups = createBrandLookups(data.value.brands);
  const stores = new Set(data.value.lures.appStores);
  const kinds = (text: string) => blockingAsks(rules.context({ text, from: '07055556666' }), lookups, stores).map((a) => a.kind);
  for (const text of ['母さん、番号変わった。登録しといてね、返信ください', 'ばあちゃん、スマホ壊れたから新しい番号だよ。届いたら返事して', '番号変わりました。登録お願いします。返信ください']) {
    assert.deepEqual(kinds(text), [], text);
    const a = engine.analyse({ text, from: '07055556666' });
    assert.notEqual(a.verdict, 'block', `${text}: ${a.verdict} ${a.score}`);
  }
  for (const text of ['お父さん、新しい番号です。会社のお金のことでまずいことになってて、今日中に話したい。電話は出られないからメッセージで返事して',
    '母さん、番号変わった。急ぎでお願いがあるから返信ください', 'じいちゃん、新しい番号だよ。事故を起こしてしもうて、返信ください']) {
    assert.ok(kinds(text).length > 0, text);
  }
  // A relative abroad tells a new number the same way; a hurry beside it from abroad still blocks.
  assert.notEqual(engine.analyse({ text: 'Mẹ ơi, con đổi số mới rồi, mẹ lưu số này nhé. Trả lời tin nhắn con nhé', from: '+84912345678' }).verdict, 'block');
  assert.equal(engine.analyse({ text: 'Mum my phone broke, this is my new number. Reply yes, I need to pay a bill urgently', from: '+447700900123' }).verdict, 'block');
  const plight = engine.analyse({ text: 'お父さん、新しい番号です。会社のお金のことでまずいことになってて、今日中に話したい。電話は出られないからメッセージで返事して', from: '07055556666' });
  assert.equal(plight.verdict, 'block', `${plight.verdict} ${plight.score}`);
});

test('a household\'s data asked on a free form from a handset by an officer who names themself, or with no claim, is never blocked (a PTA officer\'s real form asks the same); the PTA\'s own unsigned heading is not an officer\'s word (session qh)', () => {
  for (const text of ['△△中学校PTA会計の鈴木です。クラス連絡網を作ります。お子さまの学年と自宅の電話番号を下記フォームにご登録ください https://forms.gle/AbCdEf12345',
    '2年1組学級委員の山本です。クラス連絡網を作ります。お子さまのお名前と保護者の携帯番号を下記フォームにご入力ください https://forms.gle/AbCdEf12345', '忘年会の出欠フォームです。お名前と参加可否をご記入ください https://forms.gle/AbCdEf12345', 'PTA役員の佐藤です。名簿の作り直しのため、ご家族の連絡先をこちらにご入力ください https://pta-list.pages.dev']) {
    assert.notEqual(engine.analyse({ text, from: '09012345678' }).verdict, 'block', text);
  }
  // Session qh: the school's or the PTA's name as the heading or the speaker, no officer signing, from a handset: the register
  // gathered on a stranger's form under the school's name (dev batch-9's lure of this very shape), blocked; the school's own
  // registered route is owned (the session qh block at the end of this file).
  for (const text of ['【△△中学校PTA】クラス連絡網を作ります。お子さまの学年と自宅の電話番号を下記フォームにご登録ください https://forms.gle/AbCdEf12345',
    '【△△中学校PTA】クラス連絡網を作ります。お子さまのお名前と保護者の携帯番号を下記フォームにご入力ください https://forms.gle/AbCdEf12345']) {
    assert.equal(engine.analyse({ text, from: '09012345678' }).verdict, 'block', text);
  }
  // An officer speaking as one in the first person, unnamed, is still a person on their own handset.
  for (const text of ['PTA役員です。名簿の作り直しのため、ご家族の連絡先をこちらにご入力ください https://pta-list.pages.dev', 'PTAの役員をしています。名簿の作り直しのため、ご家族の連絡先をこちらにご入力ください https://forms.gle/AbCdEf12345']) {
    assert.notEqual(engine.analyse({ text, from: '09012345678' }).verdict, 'block', text);
  }
});

test('a bank or payment app named where money goes is not claimed; speaking as it is', () => {
  const claimed = (text: string): boolean => engine.analyse({ text, from: '09012345678' }).reasons.some((r) => r.code === 'BRAND_CLAIMED');
  for (const text of ['引越しの立替分、あとでみずほに振り込むね', '会費はゆうちょ 記号12340 番号5678901 サークル会計までお願いします', 'Ambag ¥1,000, i-send sa PayPay ni Kuya Ben']) assert.equal(claimed(text), false, text);
  for (const text of ['みずほ銀行です。お客様の口座が凍結されました。解除はこちらへ', '【みずほ銀行】お振込みの確認が必要です', 'みずほ銀行 新宿支店です。口座の手続きが必要です']) assert.equal(claimed(text), true, text);
});

test('a defanged link told as where the scam\'s texts lead, with a caution, is a report in the languages the engine reads', () => {
  for (const text of [
    'Beware of texts that send you to jp-post-xxx[.]top to pay a redelivery fee.',
    '택배 부재를 핑계로 jp-post-xxx[.]top 접속을 유도하는 문자에 주의하세요.',
    '注意：有短信以包裹无法派送为由，诱导您访问 jp-post-xxx[.]top。',
    'Cảnh báo: tin nhắn dẫn dụ truy cập jp-post-xxx[.]top.',
    '【警視庁】税務署を名乗り nta-go-xxx[.]top に誘導する手口が増えています。ご注意ください。',
  ]) {
    const a = engine.analyse({ text, from: '09012345678' });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score}`);
    assert.ok(a.reasons.some((r) => r.code === 'SCAM_REPORTED'), text);
  }
});

test('an office\'s or a brand\'s alarm with an 050 line to ring is CALLBACK_OPEN_LINE however the call is put', () => {
  for (const [text, from] of [
    ['国税庁よりお知らせ:住民税・所得税の延滞金が発生しています(通知番号49316163)。納付期限7/12。050-7145-2396の自動音声に従い手続きしてください。', 'NTA'],
    ['楽天カード中心:您的信用卡(尾号4257)疑似被盗刷,已限制使用。请拨打050-7536-5706。', '09050920036'],
    ['管理会社より:更新料143,242円の振込が確認できません。ご不明点は050-4854-3010まで。', '07089503977'],
    ['Amazon.co.jp:プライム会費のお支払いに失敗しました(5/22)。お問い合わせ:050-8460-8757', '07086463389'],
  ] as const) {
    assert.ok(engine.analyse({ text, from }).reasons.some((r) => r.code === 'CALLBACK_OPEN_LINE'), text);
  }
  // "Amazon.co.jp" where the sender's name stands is its name, not a link from a handset.
  const named = engine.analyse({ text: 'Amazon.co.jp:プライム会費のお支払いに失敗しました(5/22)。お問い合わせ:050-8460-8757', from: '07086463389' });
  assert.ok(!named.reasons.some((r) => r.code === 'SENDER_MOBILE_WITH_LINK' || r.code === 'URL_NO_SCHEME' || r.code === 'BRAND_OFFICIAL_DOMAIN'));
  // "お問い合わせ番号" is a parcel's number, not a line to ring.
  assert.equal(engine.analyse({ text: 'お問い合わせ番号:050-1234-5678 のお荷物は配達済みです', from: '09012345678' }).verdict, 'allow');
});

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

test('a work opener (whether the reader is at work, the matter held back; a superior asking whether the reader is free, or announcing a secret) tags WORK_OPENER and never blocks; a warning quoting it, the matter said, or no superior named, is not counted', () => {
  for (const text of ['今、会社にいますか?読んだら返信して', '会社来てます?ちょっと聞きたいことある', 'お疲れ様です。出社してますか?返事ください', '社長です。今、少し手が空いていますか?', '社長の山田です。今から言うことは他言無用で。']) {
    const a = engine.analyse({ text, from: '09012345678' });
    assert.ok(a.reasons.some((r) => r.code === 'WORK_OPENER'), text);
    assert.notEqual(a.verdict, 'block', text);
  }
  for (const text of ['【注意】『会社来てます?』『今どこ?』知らない番号のSMSに返信しないでください', '今日会社来てる?お昼一緒にどうかなと思って', '今日会社来てる?お昼どうするか返信して', '部長の佐藤です。今お時間ありますか?お客様の件で電話したいです', '今、手が空いてますか?']) {
    assert.ok(!engine.analyse({ text, from: '09012345678' }).reasons.some((r) => r.code === 'WORK_OPENER'), text);
  }
});

test('a message that asks nothing is not blocked, however it reads', () => {
  for (const text of ['【重要】通信サービスはまもなく停止します', 'お客様が不在のため、本日のお荷物はお届けできませんでした。', 'Congratulations! You have won a prize!']) {
    assert.notEqual(engine.analyse({ text, from: '09012345678' }).verdict, 'block', text);
  }
});

test('a message with no word and no link (a bare number, a smiley) has no wording for the model to read: it stays silent', () => {
  const data = loadEngineData();
  assert.ok(data.ok && data.value.model);
  // A model that leans to smishing on anything: only where it is silent does no MODEL reason show.
  const eager = createEngine({ ...data.value, model: { ...data.value.model, bias: 5 } });
  const model = (text: string): boolean => eager.analyse({ text }).reasons.some((r) => r.code === 'MODEL');
  for (const text of ['645', '09061701461', ':-) :-)', '12/25 18:00']) assert.ok(!model(text), text);
  for (const text of ['call 645', 'Txt WIN to 87121', 'https://bit.ly/3xYz', '電話 0312345678']) assert.ok(model(text), text);
});

test('a keyword texted to a short code is a premium-rate service\'s ask; a number to text, an opt-out or a warning about it is not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const asked = (text: string): boolean => rules.analyse({ text }).reasons.some((r) => r.code === 'ASK_REPLY_YES_NO');
  for (const text of ['Fancy a chat tonight? text CUTE to 69911 (£1.50/msg)', 'For FREE services text GO to: 69988', 'Txt WIN to 87121 to claim your prize']) assert.ok(asked(text), text);
  for (const text of ['Fancy a chat tonight? text me on 07700900123', 'To stop these messages send STOP to 69911', 'Don\'t text CUTE to 69911, it\'s a premium-rate scam that bills £1.50 a message', 'Never text WIN to 87121: it is a scam']) assert.ok(!asked(text), text);
  // 'reply 2 this text with…' is 'reply to this' in SMS spelling: with a postcode it is the data asked back; without, nothing.
  assert.ok(rules.analyse({ text: 'For free call credit pls reply 2 this text with your valid name, house no and postcode' }).reasons.some((r) => r.code === 'ASK_PERSONAL_DATA'));
  assert.equal(rules.analyse({ text: 'can u reply 2 this when u get home' }).verdict, 'allow');
  // A real service's keyword (a crisis line's) is a service's too: it tags 20 on the rules and flags nothing alone.
  assert.equal(rules.analyse({ text: 'Text HOME to 85258 for free crisis support' }).verdict, 'allow');
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

test('a brand\'s notice whose only ask is its own app is not tagged for its fear words, on the rules alone', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const notice = '【ドコモ】ご利用料金のお支払いが確認できておりません。このままですと12/20より利用停止となります。お支払い方法はMy docomoでご確認ください。';
  assert.equal(rules.analyse({ text: notice, from: 'NTTDOCOMO' }).verdict, 'allow');
  // The same words sending the reader to a page the carrier does not own, from a handset: a lure.
  const lure = '【ドコモ】ご利用料金のお支払いが確認できておりません。このままですと12/20より利用停止となります。お支払いはこちら https://docomo-ryokin.top/';
  assert.equal(rules.analyse({ text: lure, from: '09012345678' }).verdict, 'block');
});

test('named-site, visit and abroad free-hosting rules hold on the rules alone', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const v = (text: string, from: string) => rules.analyse({ text, from }).verdict;
  assert.equal(v('【みどり信用組合】ご利用口座で不審なお取引を検知したため、お引き出しを停止しています。本日中にご本人確認をお願いします midori-kakunin.com/a', '09012345678'), 'block');
  assert.equal(v('【みどり歯科】明日10時のご予約を承っております。地図はこちら midori-shika.com/access', '0312345678'), 'allow');
  assert.equal(v('佐川急便の配達の者です。本日お荷物をお届けに伺いましたが不在でしたので、メーターボックスの中に置いてあります。', '08011112222'), 'allow');
  assert.notEqual(v('年末だけの特価!人気の返礼品がポイント5倍、寄附額もお値引き。詳しくは https://nenmatsu-gift.pages.dev', '+85251234567'), 'allow');
  assert.equal(v('部活の打ち上げの出欠、このページに入れといて https://club-party.pages.dev', '09012345678'), 'allow');
});

test('an ID given with nothing sought through it, or a new number beside a shared plan, has no blocking ask: the model cannot carry it to block', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const lookups = createBrandLookups(data.value.brands);
  const stores = new Set(data.value.lures.appStores);
  const kinds = (text: string, from: string) => blockingAsks(rules.context({ text, from }), lookups, stores).map((a) => a.kind);
  for (const text of [
    'さっきの読書会で隣だった森です！LINE IDは mori_book21 です。よかったら追加してね',
    "Hi, it's Sam from the climbing gym tonight! My LINE ID is sam_climbs, add me and I'll share the route photos",
    'Chị ơi, Line ID của em là lan.tran95 nha. Hôm nay gặp chị ở lớp tiếng Nhật vui lắm',
    '小李，我换号码了，这是新的。周日打球的事我们微信聊',
  ]) assert.deepEqual(kinds(text, '08061234567'), [], text);
  // The stranger's move names what it is for: pay, details held back, an urgent favour, a deadline.
  for (const text of [
    '副業のご案内です。1日3万円、詳しくはLINEで。ID: fukugyo_88',
    'お久しぶりです。急ぎの用事で少しお願いがあって、LINE交換できませんか？ ID: sato_0311',
    '店長です。シフトの件で、明日の朝までにこの番号にLINE登録して連絡ください',
  ]) assert.ok(kinds(text, '08061234567').includes('messenger'), text);
});

test('a public body we do not list owns government domains only, and a host spelling its kind is a look-alike, on the rules alone', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const codes = (text: string, from?: string) => rules.analyse({ text, from }).reasons.map((r) => r.code);
  const v = (text: string, from?: string) => rules.analyse({ text, from }).verdict;
  assert.equal(v('【西宮市上下水道部】水道料金の口座振替登録が完了していません。登録はこちら https://nishinomiya-suidou.net/kouza', '09012345678'), 'block');
  assert.equal(v('【西宮市上下水道部】水道料金の口座振替のご案内は https://www.nishi.or.jp/ の市ホームページをご覧ください'), 'allow');
  assert.ok(codes('【市税事務所】固定資産税の納付書を再発行しました。確認はこちら https://shizei-info.jp/n').includes('ASK_PUBLIC_BODY_STRANGER_PAGE'));
  // A body named in passing is not who speaks; a shortened link may open the body's own page.
  assert.ok(!codes('荷物の件で連絡しました。水道局に聞いたら違うと言われたので、こちらで確認を https://example-shop.com/a').includes('ASK_PUBLIC_BODY_STRANGER_PAGE'));
  assert.ok(!codes('【佐野市防災】大雨警報。避難所の開設状況は https://bit.ly/4kTq2Zs').includes('ASK_PUBLIC_BODY_STRANGER_PAGE'));
  // A private kind's own .jp or .com name carrying its kind is no look-alike; on a cheap TLD it is.
  assert.ok(!codes('【きらぼし薬局】処方せんのお薬が準備できました https://kusuri-kiraboshi.jp/').includes('KIND_LOOKALIKE_DOMAIN'));
  assert.ok(codes('【きらぼし薬局】処方せんのお薬の受け取り手数料のお支払いを https://kusuri-kiraboshi.top/').includes('KIND_LOOKALIKE_DOMAIN'));
});

test('a kind of financial, utility, medical or public institution asking a call-back to a mobile, or speaking with a shortened link, on the rules alone', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const codes = (text: string, from?: string) => rules.analyse({ text, from }).reasons.map((r) => r.code);
  // A kind we do not list, or a listed bank or government body: its calls are taken on published lines.
  for (const text of [
    '【〇〇信用金庫】キャッシュカードの件でお話があります。担当 090-2222-3333 までお電話ください',
    '【JAみなみ】貯金口座の件でご確認いただきたいことがあります。080-2222-3333 までお電話ください',
    '〇〇農協です。年金の振込口座の件でお電話ください。担当 080-2222-3333',
    '【〇〇病院】検査結果の件でお話があります。090-1234-5678 までお電話ください',
    '【三井住友銀行】お客様の口座で不審な取引を確認しました。担当 090-2222-3333 までお電話ください',
  ]) assert.ok(codes(text).includes('CALLBACK_PERSONAL_LINE'), text);
  // Not on a landline or 0120, not on the handset the message comes from, not a person passing on a number.
  assert.ok(!codes('【〇〇信用金庫】ご来店予約の変更はお取引店 0120-123-456 までお電話ください').includes('CALLBACK_PERSONAL_LINE'));
  assert.ok(!codes('【〇〇病院】明日の検査の件でお電話ください 03-1234-5678').includes('CALLBACK_PERSONAL_LINE'));
  assert.ok(!codes('〇〇ガスの担当の田中です。点検の日程の件で 090-3381-2256 にお電話ください', '09033812256').includes('CALLBACK_PERSONAL_LINE'));
  assert.ok(!codes('母が〇〇信用金庫でお世話になってる佐藤さんの携帯、090-1234-5678だって。電話してあげて', '08011112222').includes('CALLBACK_PERSONAL_LINE'));
  // An office-holder moving the call to a new contact's mobile (ROLE_PERSONAL_LINE) is that same fact: counted once.
  const moved = codes('〇〇市役所 保険年金課です。担当が変わりました。新しい担当の携帯 080-1234-5678 へお電話ください', '09012345678');
  assert.ok(moved.includes('ROLE_PERSONAL_LINE') && !moved.includes('CALLBACK_PERSONAL_LINE'), moved.join(' '));
  // A public body of many offices asking, with no lure, to be rung on a fixed line: its own desk, not a call-back lure.
  assert.ok(!codes('〇〇警察署の佐藤です。先日の落とし物の件で、署の 03-1234-5678 にご連絡ください').includes('CALLBACK_LURE'));
  assert.ok(codes('〇〇警察署です。あなたの口座が犯罪に使われています。至急 03-1234-5678 にご連絡ください').includes('CALLBACK_LURE'));
  // So for a kind we do not list on its branch's 0120; from a handset, whoever holds it picked the number.
  assert.ok(!codes('【〇〇信用金庫】ご来店予約の確認です。変更はお取引店 0120-123-456 までお電話ください').includes('CALLBACK_LURE'));
  assert.ok(codes('〇〇警察署の佐藤です。先日の落とし物の件で、署の 03-1234-5678 にご連絡ください', '09012345678').includes('CALLBACK_LURE'));
  // A kind that speaks (a 信組, a JA by "JA" and its place, a 漁協) with a shortened link is an institution's stranger page.
  for (const text of [
    '【飛騨信組】重要なお知らせがあります https://bit.ly/4hidaQ',
    '【JA北びわこ】重要なお知らせがあります https://bit.ly/4hidaQ',
    '【〇〇漁協】重要なお知らせがあります https://bit.ly/4hidaQ',
  ]) assert.ok(codes(text).includes('ASK_INSTITUTION_STRANGER_PAGE'), text);
  // A JA mentioned in a person's chat does not speak.
  assert.ok(!codes('JAの直売所のいちご美味しかったよ https://bit.ly/3ichigo', '09012345678').includes('ASK_INSTITUTION_STRANGER_PAGE'));
});

test('a teaser beside a hidden link only tags, with the model too: the model cannot carry its points to block', () => {
  for (const [text, from] of [
    ['写真送ったよ、見て！ https://photo-share.pages.dev/s/8f2a', '08053170441'],
    ['https://observed.example.top/x', ''],
    ['これ見て https://bit.ly/3Zr8mQp', '07052294054'],
  ] as const) {
    const a = engine.analyse({ text, from: from || undefined });
    assert.ok(a.reasons.some((r) => r.code === 'TEASER_LINK'), text);
    assert.notEqual(a.verdict, 'block', `${text}: ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
});

test('a teaser beside a hidden link flags on the rules alone, never blocks there; a friend\'s described link and a campaign twin stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const a = (text: string, from: string) => rules.analyse({ text, from });
  for (const [text, from] of [
    ['ねえこれ見た?😂 https://is.gd/Xk29pQ', '09031234567'],
    ['この動画、あなたに似てない? https://t.ly/Vb3x', '08051234567'],
    ['確認お願いします rb.gy/7kq2', '07012345678'],
    ['look at this lol https://rb.gy/q81zzx', '+447700900456'],
    ['Xem cái này https://tinyurl.com/5n8vkw2c', '+84912345678'],
    ['Olha isso kkkk https://bit.ly/3Fp0Lw', '08071234567'],
    ['覚えてるかな?前に駅前のカフェで話したミナです。写真ここに載せてるから見てね https://mina-days.wixsite.com/photo', '09051234567'],
  ] as const) {
    const r = a(text, from);
    assert.equal(r.verdict, 'suspicious', `${text}: ${r.verdict} ${r.score}`);
    assert.ok(r.reasons.some((x) => x.code === 'TEASER_LINK'), text);
  }
  for (const [text, from] of [
    ['昨日話してたカフェ、ここ bit.ly/3Cafe9x 土曜行こう', '09031234567'],
    ["Here's the hotel for Saturday, check-in at 3: https://bit.ly/3HtLsat", '+447700900456'],
    ['O restaurante que falei ontem, sábado às 8: https://bit.ly/3RstXq', '08071234567'],
    ['Quán phở mình nói hôm qua nè, chủ nhật đi nha https://bit.ly/3Pho9x', '+84912345678'],
    ['自分のお店のサイト作ってみた!感想ほしい https://kobo-hana.wixsite.com/home', '09051234567'],
    ['これ見て https://www.youtube.com/watch?v=dQw4w9WgXcQ', '09031234567'],
    ['結婚式の招待状送りたいから、新しい住所教えてもらえる?', '09041234567'],
    ['新しい電話番号教えて!登録しとくね', '09041234567'],
  ] as const) {
    const r = a(text, from);
    assert.equal(r.verdict, 'allow', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
  // From a registered line, or a letters ID the registry knows for a brand, the same words are not a handset's teaser.
  for (const from of ['0005012345', 'NTTDOCOMO']) assert.ok(!a('ご確認ください https://bit.ly/3Kd9Wq', from).reasons.some((x) => x.code === 'TEASER_LINK'), from);
});

test('an office-holder\'s ask through a personal channel flags on the rules alone; with the usual party cut out it blocks there; a call to a personal mobile only tags', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const a = (text: string, from: string) => rules.analyse({ text, from });
  const codes = (text: string, from: string) => a(text, from).reasons.map((x) => x.code);
  // Alone, a role's personal channel is worth a look, not a block: a real treasurer may write so.
  for (const [text, from] of [
    ['新歓コンパの幹事です。1人2,000円をこの番号のPayPayに送ってください。', '09012345678'],
    ['自治会の者です。防犯灯の修理協力金として1世帯2,000円をお願いしています。明日係の者が集金に伺います', '09099990000'],
  ] as const) {
    const r = a(text, from);
    assert.equal(r.verdict, 'suspicious', `${text}: ${r.verdict} ${r.score}`);
    assert.ok(codes(text, from).includes('ASK_ROLE_CHANNEL'), text);
  }
  // Secrecy from the party that usually handles it makes the block, in any language.
  for (const [text, from] of [
    ['サッカー少年団の会計です。遠征費が足りなくなったので各家庭3,000円をこの番号のPayPayへお願いします。コーチには私から伝えます', '09070227954'],
    ['大家の佐藤です。来月から家賃は私の個人口座に直接お願いします。管理会社には連絡しなくて大丈夫です', '09081589238'],
    ['我是你们公司的翻译小王。社长说宿舍费改成现金,明天我去宿舍收,每人30,000日元,先别跟组长说。', '08012340001'],
    // The company's chat group made on this line's word with the rest of the staff kept out (role.ts workGroupAsk).
    ['仕事の都合でLINEグループの作成をお願いします。他の人は招待しないでください', '09012345678'],
    // The company's money into an account with the approver kept out (role.ts workMoneyBypass).
    ['取引先への支払いが足りないので、今日中に20万を俺の口座に入れてほしい。部長には後で話すから黙っといて', '09012345678'],
  ] as const) {
    const r = a(text, from);
    assert.equal(r.verdict, 'block', `${text}: ${r.verdict} ${r.score}`);
    assert.ok(codes(text, from).includes('ROLE_BYPASS'), text);
  }
  const line = a('〇〇保育園の園長です。園の電話が故障しているので、私の携帯 080-3941-5726 へ今日中にお電話ください', '08060646519');
  assert.notEqual(line.verdict, 'block');
  assert.ok(line.reasons.some((x) => x.code === 'ROLE_PERSONAL_LINE'));
  // The organisation's own route, a named officer collecting the dues, a booking, a 0005 line: nothing to flag.
  for (const [text, from] of [
    ['テニス部会計の佐藤です。遠征費3000円、現金かPayPayで。PayPayの方は私あてに送ってください', '08012345678'],
    ['町内会班長の田村です。明日の午前中、町内会費(半年分2,400円)の集金に伺います。ご不在の場合はポストにお知らせを入れておきます', '09039455939'],
    ['エアコンクリーニングのご予約ありがとうございます。明日10時に伺います。料金12,000円は当日現金でお願いします', '09011112222'],
    ['〇〇マンション管理組合です。大規模修繕の追加費用は1戸15万円です。振込先は返信でお知らせします', '0005932151'],
  ] as const) {
    assert.ok(!codes(text, from).includes('ASK_ROLE_CHANNEL'), text);
  }
});

test('a call back to a geographic landline from a carrier-prefixed business route only tags, on the rules alone; from a handset it blocks', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const text = '〇〇都税事務所です。お伝えしたいことがありますので、平日9時〜17時に徴収係（03-3721-5508）までお電話ください。';
  // (The model's verdict is left to the model: 0032… is a carrier's prefix no handset or rented line shows.)
  assert.equal(rules.analyse({ text, from: '0032061187' }).verdict, 'suspicious');
  assert.equal(rules.analyse({ text, from: '09066233108' }).verdict, 'block');
  // An 050 line anyone rents online is no office's desk, whoever sends it.
  assert.equal(rules.analyse({ text: '〇〇都税事務所です。お伝えしたいことがありますので、至急 050-3721-5508 までお電話ください。', from: '0032061187' }).verdict, 'block');
});

test('a message spelt wholly in katakana with a way to act is tagged KANA_SPELT; one that asks nothing, or mixes scripts, is not', () => {
  for (const text of ['オカネ カンタン ニ フヤセマス。ゲンポン ホショウ。キョウミ アレバ ヘンシン クダサイ', 'ケイサツ デス。アナタ ノ コウザ ガ ハンザイ ニ ツカワレマシタ。03-5555-0199 ニ デンワ ヲ']) {
    assert.ok(engine.analyse({ text, from: '09012345678' }).reasons.some((r) => r.code === 'KANA_SPELT'), text);
  }
  for (const text of ['オツカレ!キョウ ノ ノミカイ タノシカッタ ネ!マタ イコウ', 'Microsoft アカウントのセキュリティ コード: 4821', 'ｺﾞﾘﾖｳ ｱﾘｶﾞﾄｳ ｺﾞｻﾞｲﾏｽ ﾌﾘｺﾐ ﾆｭｳｷﾝ ｶﾞ ｱﾘﾏｼﾀ 30,000ｴﾝ']) {
    assert.ok(!engine.analyse({ text, from: '09012345678' }).reasons.some((r) => r.code === 'KANA_SPELT'), text);
  }
});

test('an unasked visit where money changes hands, set by asking when the reader is home, is ASK_VISIT_SALE; one asked for, or whose cost is covered, is not', () => {
  const visit = (text: string) => engine.analyse({ text, from: '08012349876' }).reasons.some((r) => r.code === 'ASK_VISIT_SALE');
  for (const text of ['エアコンの分解洗浄で明日伺います。作業費は1台8,800円です。ご在宅の時間を教えてください', '着物・ブランド品の高価買取。ご近所で出張査定を行っています。明日伺いますので、ご在宅の時間を返信ください', '被災した家屋の家財を買い取ります。明日、査定員がご自宅にお伺いします。貴金属もあれば高く査定します', '猛暑対策のエアコン無料点検を高齢者世帯に実施中です。明日10時にお伺いしますのでご在宅ください']) {
    assert.ok(visit(text), text);
  }
  for (const text of ['管理会社です。エアコン清掃で明日伺います。費用は管理費に含まれます。ご在宅の時間を教えてください', 'ご依頼いただいた着物の出張査定、明日14時に伺います。ご在宅の時間に変更があればご連絡ください', '大家の佐藤です。来週、給湯器の点検業者が入ります。お部屋に伺いますので、ご在宅の時間を教えてください']) {
    assert.ok(!visit(text), text);
  }
});

test('a reply asked to this SMS itself ("このSMSに返信を") is a reply ask: an office\'s visit booked so from a toll-free route is asked, the water bureau\'s own line owns it', () => {
  const codes = (text: string, from: string) => engine.analyse({ text, from }).reasons.map((r) => r.code);
  assert.ok(codes('水道局です。お宅の水道管にウイルス付着の恐れがあり、除菌作業が必要です。ご予約はこのSMSに返信を。', '08001087640').includes('ASK_REPLY_YES_NO'));
  const own = engine.analyse({ text: '横浜市水道局です。12月10日に水道管の工事を行います。ご不明な点はこのSMSに返信を。', from: '0005012233' });
  assert.ok(own.reasons.some((r) => r.code === 'ASK_OWN_CHANNEL'));
  assert.equal(own.verdict, 'allow');
});

test('a bank asking for the passbook at a place its staff will name later is no place told by reply', () => {
  const a = engine.analyse({ text: '〇〇銀行です。相続のお手続きには通帳とお届け印をお持ちください。場所は後ほど担当よりご案内します。', from: '0005044002' });
  assert.ok(!a.reasons.some((r) => r.code === 'ASK_DOOR_COLLECT'));
  assert.equal(a.verdict, 'allow');
});

test('a fee\'s shortfall, papers to be destroyed, "円でOK": told between people or by the office\'s own line, they ask nothing', () => {
  for (const [text, from] of [
    ['ランチ代、1000円でOK？あとでPayPayで送るね', '08011112222'],
    ['区役所から、預かってる書類は来月破棄されますって手紙来てた。取りに行こうか', '08011112222'],
    ['〇〇市役所です。在留期間更新の手数料が不足しています。入管の窓口で収入印紙をお買い求めのうえお支払いください。', '0005012233'],
    ['被害回復給付金の書類、検察庁から届いたよ。手数料かからないって書いてある', '09012223333'],
    ['町内会の田中です。夏祭りの協賛金を援助します、と会社から連絡ありました。お返事ください', '09011112222'],
    ['お返事をありがとう！来週また会おうね', '08011112222'],
    ['ごめん、立ち会えないから鍵の場所教えておくね。ポストの中に入れてある', '09012345678'],
    ['実習延長の手数料は会社が払ってくれるって。よかった', '08011112222'],
    ['ビザ更新の手数料は会社が払ってくれるって。よかった', '08011112222'],
    ['家賃は今月からいつもの口座へ。よろしく', '08011112222'],
  ] as const) {
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});

test('a claim whose line, number or page is foreign and a risky ask through it block on the rules alone; shops\', friends\' and official twins do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const at = (text: string, from?: string) => rules.analyse({ text, from });
  const paired = (text: string, from?: string) => at(text, from).reasons.some((r) => r.code === 'CLAIM_CHANNEL_ASK');
  // Lure → twin, each pair on one topic.
  // 'unpaired': the twin's verdict rests on other findings (the landlord's unpaid-rent words and money ask reach block on
  // the rules already); the pair adds nothing to it.
  const pairs: [lure: [string, string], twin: [string, string | undefined, VerdictLabel | 'not-block' | 'unpaired']][] = [
    // A brand's desk rung on an 050 line, from a handset; the clinic's own booking asks a reply on its own line.
    [['Amazonカスタマーサービスです。お客様のアカウントで高額な注文がありました。キャンセルは 050-5212-0846 へ', '08012345678'],
      ['整体院ほぐし家です。12/10(水)18:00のご予約の確認です。確定は「はい」、変更希望は「いいえ」と返信をお願いします。', '05020917733', 'not-block']],
    // A school's voice asking a password back to a handset; an inn asking the arrival time back.
    [['スイミングスクールです。振替レッスンのご予約に不具合がありました。会員番号とパスワードを返信いただければ、こちらで修正いたします', '09075624467'],
      ['旅館の女将の佐藤です。明日のご到着時刻が分かりましたら、このSMSにご返信ください。夕食の準備をいたします。', '09047718806', 'not-block']],
    // A shop's voice giving a personal account to pay into, from a handset; a friend's restaurant link.
    [['ネットショップ「リブラ」です。在庫確保のため、前払いで代金を以下の個人名義口座にお振込みください。入金確認後に発送いたします', '09015578842'],
      ['このお店よさそう https://maps.app.goo.gl/Qm3k8ZxP2vN7Ue9a6 土曜のランチここにしない？', '09012290034', 'allow']],
    // A school office's new account from a handset; a landlord's reminder to pay into the usual account.
    [['いつもありがとうございます、学習塾の事務局です。今月から月謝の振込先が変わりました。新しい口座に今週中にお振込みください。口座はこの後お送りします', '07035083642'],
      ['大家の村井です。今月分の家賃、まだ振込が確認できていないのでお知らせしました。いつもの口座で大丈夫です。もう振り込んでいたらごめんなさい。', '08020629048', 'unpaired']],
    // A brand's claim on a cheap-TLD page, no sender known; a friend's photo album. (A host dressed as another address,
    // a-z0n.jp-order.sbs, reaches block on its URL signs before the pair is weighed: URL_DRESSED_HOST.)
    [['Amazonからのお知らせ：注文#249-7731820-5518 のお届けを停止しました。理由の確認 https://a-z0n-order.sbs', ''],
      ['今朝言ってた写真アルバム、Googleフォトで共有したよ→ https://photos.app.goo.gl/pQ7xL2vNs8aRb4Ue9', '08025179964', 'allow']],
    // A listed brand's name from a handset, a charge and a call back; a salon's booking with its map.
    [['東京ガス:ガス機器の定期点検で不備が見つかりました。修理費の前払いが必要です。お電話ください。', '09012345678'],
      ['美容室Lumiereです。明日14時からカット+カラーでご予約承っております。地図 https://maps.app.goo.gl/q8XfT2', '08011927460', 'allow']],
    // A listed brand's name from a handset giving a number to ring; a dentist's handset giving its own landline for a booking.
    [['大阪ガスです。お客様宅のガスメーターで異常を検知しました。安全点検の日程調整のため 06-6271-8843 まで折り返しお願いします', '08091773326'],
      ['さくら歯科です。明日のご予約の時間について、03-5555-1234 までお電話ください。', '09012345678', 'allow']],
    // A tax office's deadline on its own domain, with no sender known.
    [['【自動車税事務所】クレジット納付の手続きが完了していません。カード情報の再入力をお願いします:jidousha-zei-credit.com/re', '05031862947'],
      ['【国税庁】確定申告の期限は3月15日です。期限までにe-Tax https://www.e-tax.nta.go.jp からご提出ください。', undefined, 'allow']],
  ];
  // (A lure that reaches block on the rules through the business's money sent to a person itself, SERVICE_FEE_OFF_CHANNEL, or a
  // sign-in told to a person, SIGN_IN_HANDED_OVER (a member number with its password), leaves the pair nothing to lift:
  // CLAIM_CHANNEL_ASK only carries the rules up to block.)
  const offChannel = (text: string, from?: string) => at(text, from).reasons.some((r) => r.code === 'SERVICE_FEE_OFF_CHANNEL' || r.code === 'SIGN_IN_HANDED_OVER');
  for (const [[text, from], [twin, twinFrom, expect]] of pairs) {
    assert.equal(at(text, from).verdict, 'block', text);
    assert.ok(paired(text, from) || offChannel(text, from), text);
    const v = at(twin, twinFrom).verdict;
    if (expect === 'not-block') assert.notEqual(v, 'block', twin);
    else if (expect !== 'unpaired') assert.equal(v, expect, twin);
    assert.ok(!paired(twin, twinFrom), twin);
  }
  // A brand's link off its listed domains is not paired on a page an ordinary site could be (a campaign's own domain),
  // nor on a shortened link, which may open the brand's own page; a shop's booking page on a site builder is the shop's.
  assert.ok(!paired('【Amazon】プライムデーのお知らせ。詳細は https://primeday-campaign.jp/ をご覧ください'));
  assert.ok(!paired('パン工房こむぎです。ご予約ありがとうございます。ご予約内容の確認・変更はこちら https://komugi-pan.studio.site/yoyaku', '09077624413'));
  assert.notEqual(at('パン工房こむぎです。ご予約ありがとうございます。ご予約内容の確認・変更はこちら https://komugi-pan.studio.site/yoyaku', '09077624413').verdict, 'block');
  // A farm's or a clinic's own handset asking a name and an address for an order or a booking, a shop promoting its LINE
  // account, a clinic's "至急お電話ください", a hospital's landline giving its nurse's mobile: ordinary asks of a small
  // business's or an institution's own line, asserting no problem, not paired.
  for (const [text, from] of [
    ['〇〇農園です。ご注文ありがとうございます。お届け先のご住所とお名前をこのSMSにご返信ください。発送いたします。', '09012345678'],
    ['〇〇整体院です。初回のご予約ありがとうございます。お名前と生年月日をご返信いただけますか。', '08012345678'],
    ['いつもご来店ありがとうございます。当店の公式LINEができました。友だち追加で次回10%OFF!ID:@cafe-hana', '09012345678'],
    ['〇〇クリニックです。検査結果について至急お電話ください。', '05012345678'],
    ['〇〇病院地域連携室です。退院後の訪問看護の件で、担当看護師 080-1111-2222 までお電話ください。', '0452223333'],
  ] as const) {
    assert.ok(!paired(text, from), text);
    assert.notEqual(at(text, from).verdict, 'block', text);
  }
  // Already at block on the rules (a clinic's own line asking a call back about an unpaid bill), the pair adds nothing:
  // it carries the rules to block, not past the model's doubt.
  assert.ok(!paired('〇〇クリニックです。先月分のお会計が未精算となっております。お手数ですがお電話ください。', '05012345678'));
});

test('investment and job twins stay allowed: a brokerage\'s own notice, a job site\'s interview, a dating app\'s code, the police quoting the lures, family on guarantees', () => {
  for (const [text, from] of [
    ['【SBI証券】本日、NISA成長投資枠で株式の約定がありました。ログインして取引履歴をご確認ください', '0005123456'],
    ['【マイナビバイト】面接日程が確定しました。12月10日14時、〇〇店にて。変更はマイページからお願いします', '0120111222'],
    ['【Pairs】認証コード：482913 このコードを他人に教えないでください', 'Pairs'],
    ['【警視庁】「元本保証」「損失は全額補償」とうたう投資や、「荷物を受け取って転送するだけ」の高額バイトは詐欺・闇バイトです。応じないでください', '0005110110'],
    ['新NISA始めたよ。元本保証じゃないけど長期で積み立てるつもり。一緒にやらない?', '09011112222'],
    ['銀行の窓口で元本保証って言われたけど本当かな?今度一緒に話聞いてくれない?', '09011112222'],
    ['お母さん、元本保証の投資なんて無いからね。誰かに勧められても契約しないで', '09011112222'],
  ] as const) {
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});

test('a refund from no one named, to be rung back on an 050 line or a handset, vs. the carrier\'s own refund notice', () => {
  const lure = '払い過ぎた携帯料金の返金があります。受け取り方法をご案内しますので折り返しお電話ください。';
  assert.equal(engine.analyse({ text: lure, from: '05029716395' }).verdict, 'block');
  assert.ok(engine.analyse({ text: lure, from: '05029716395' }).reasons.some((r) => r.code === 'CALLBACK_LURE'));
  for (const [text, from] of [
    [lure, '157'],
    [lure, '0005011234'],
    ['先日お買い上げの商品、返金になります。折り返しお電話ください。', '09012345678'],
    ['この前の飲み会、払い過ぎてたから返金するね。あとで電話して', '09012345678'],
    // A cancellation (refund-due's other cues) tells of no money due: a booking's matter. Signed by the business (session
    // openers): unsigned, from an 050 line, the same words are a held matter's opener (asks/opener.ts) and flag.
    ['ホテル花月です。キャンセル待ちの件でご連絡しました。折り返しお電話ください。', '05012345678'],
    ['ホテル花月です。ご解約のお手続きについて確認したいことがございます。折り返しお電話ください。', '05012345678'],
  ] as const) {
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

test('a stranger\'s stock seminar moved to LINE from an 050 line vs. the broker\'s own seminar notice, a friend on NISA, a colleague on LINE', () => {
  assert.equal(engine.analyse({ text: '突然のご連絡失礼します。先日の株式セミナーの件、資料をお送りしたいのでLINEを教えていただけますか?', from: '05085043153' }).verdict, 'block');
  assert.equal(engine.analyse({ text: '【野村證券】株式セミナーのご案内。12月10日14時、本店にて。お申込みはマイページから', from: '0005011234' }).verdict, 'allow');
  // A friend naming LINE as where to talk names no venue for money: no offer (ASK_PAID_OFFER), so no block.
  const friend = engine.analyse({ text: '新NISA始めたよ。一緒に投資の勉強会行かない?LINEで話そう', from: '09011112222' });
  assert.notEqual(friend.verdict, 'block');
  assert.ok(!friend.reasons.some((r) => r.code === 'ASK_PAID_OFFER'));
  assert.equal(engine.analyse({ text: '新NISA始めたんだ。今度LINEで話そうよ', from: '09011112222' }).verdict, 'allow');
  assert.equal(engine.analyse({ text: 'お疲れさま。この件、LINEグループに移して話そう。みんなも入ってるよ', from: '09011112222' }).verdict, 'allow');
});

test('a job at several days\' wage a task with no way back written, from a handset, vs. a job site\'s own listing, a foreman, a warning', () => {
  assert.equal(engine.analyse({ text: '荷物を運ぶだけの簡単なお仕事。一件10万円〜。リスクゼロ、安全に稼げます', from: '05043991750' }).verdict, 'block');
  assert.equal(engine.analyse({ text: '【急募】今日動ける人。物件の下見と荷物の受け渡し。報酬8万円。秘密厳守できる方のみ', from: '09046494429' }).verdict, 'block');
  for (const [text, from] of [
    ['【バイトル】日給3万円以上の高収入求人が新着です。アプリで詳細をチェック', '0005011234'],
    ['来週の現場、日給3万円で手元ほしいんだけど空いてる?', '09011112222'],
    ['引越しの手伝い、日給1万2千円で来週どう?', '09011112222'],
    ['「荷物を運ぶだけで一件10万円」の求人は闇バイトです。応募しないで', '09011112222'],
  ] as const) {
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

test('losses said recoverable (取り戻し詐欺) from no one named, rung back on a handset, vs. a friend\'s advice on losses', () => {
  const lure = engine.analyse({ text: '投資で失ったお金を取り戻せます。手数料は成功報酬のみ。この番号に折り返しお電話ください', from: '09012345678' });
  assert.notEqual(lure.verdict, 'allow');
  assert.ok(lure.reasons.some((r) => r.code === 'CALLBACK_LURE'));
  assert.equal(engine.analyse({ text: '損失を取り戻そうと焦って追加で買うのはやめときな。電話で話そう', from: '09012345678' }).verdict, 'allow');
});
test('English work opener: whether the reader is at work with the matter held back tags WORK_OPENER and never blocks; the matter said is not counted', () => {
  for (const text of ['Are you at your desk? I need a quick favour', 'Are you in the office? Reply when you see this']) {
    const a = engine.analyse({ text, from: '08012345678' });
    assert.ok(a.reasons.some((r) => r.code === 'WORK_OPENER'), text);
    assert.notEqual(a.verdict, 'block', text);
  }
  for (const text of ['Are you at the office? Lunch at 12 at the usual place?', 'are you at work? i need a favour, can you feed the cat tonight']) {
    assert.ok(!engine.analyse({ text, from: '08012345678' }).reasons.some((r) => r.code === 'WORK_OPENER'), text);
  }
});

test('a page built for the message, from a line that vouches for nothing, beside money, a deadline, a problem or a job, blocks on the rules alone (MADE_PAGE_ASK); a friend\'s shop or map link, a small business\'s own domain, a real lg.jp page, a defanged warning, an official short link and a class\'s form do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const at = (text: string, from?: string) => rules.analyse(from === undefined ? { text } : { text, from });
  const made = (text: string, from?: string) => at(text, from).reasons.some((r) => r.code === 'MADE_PAGE_ASK');
  // Lure → twin, each pair on one topic. The lure names no brand (or one the page is no claim of), so nothing else
  // carried it to block; the twin keeps its verdict and is never paired.
  const pairs: [lure: [string, string | undefined], twin: [string, string | undefined, VerdictLabel | 'not-block']][] = [
    // A JP registry's word worn as a label, a refund told; a police warning naming the same host defanged.
    [['【被害回復給付金】対象者の方は受付フォームから申請してください。期限は今月末です hk-kyufu.gov-jp.net', undefined],
      ['【〇〇警察署】「被害金返還」をうたうSMSに注意。リンク先 hikin-henkan.gov-jp[.]org は偽サイトです', '0005110110', 'allow']],
    [['NISA口座のキャッシュバック受付中。対象者確認はこちら nisa-cb.go-jp.info', undefined],
      ['NISAの積立設定、期限までにやっといたほうがいいって https://www.nikkei.com/article/DGXZQO123', '09012345678', 'allow']],
    [['返金対象者リストに登録されています。受付は今週中 https://henkin.lg-jp.org/list', '05033334444'],
      ['お母さん、給付金の申請期限今月末だって。市のページ https://www.city.yokohama.lg.jp/kurashi/kyufu.html', '09012345678', 'not-block']],
    [['Cashback for your NISA account ends tomorrow. Apply here: nisa-cb.co-jp.net/apply', '+12025550188'],
      ['【〇〇不動産】更新手続きの期限は今月末です。詳細 https://www.sakura-fudosan.co.jp/koushin', '0312345678', 'allow']],
    // A name under a private 'jp' registry beside a cashback's deadline or an investment seminar; a salon's own jp.net map.
    [['証券口座をお持ちの方限定のキャッシュバック。申請期限は明日まで https://sec-cb.jp.net/entry', '08011112222'],
      ['整体院はなです。ご予約ありがとうございます。地図はこちら seitai-hana.jp.net/access', '09012345678', 'allow']],
    [['ゴールド投資の無料説明会、お申込みはこちら gold-setsumei.jp.net/form', '07012345678'],
      ['ヘアサロンLumiereです。ご予約の前日確認です。キャンセルは本日18時までにこちらから https://lumiere-hair.jp/yoyaku', '09012345678', 'allow']],
    // One letter from LINE's own lin.ee; a shop's real lin.ee link (weighed as the messenger move it is, never as a made page).
    [['金の先物で毎月+30%。やり方はここで教えてます→ line.ee/gold-club7', '08012340000'],
      ['カフェ花です。ポイントの期限が今月末です。公式LINEから確認できます https://lin.ee/h8TqR2w', '09012345678', 'not-block']],
    [['詐欺の被害金、取り戻せます。無料診断はこちら line.ee/henkin-soudan', '09012340000'],
      ['損したお金は取り戻せないけど、勉強になったね。この本おすすめ https://www.amazon.co.jp/dp/4000000000', '09012345678', 'allow']],
    // A free host's or a builder's page beside pay or a job; a club's page with a deadline, a class's form with its 締切.
    [['荷物を受け取って送るだけのバイト。報酬と詳細はこちら telegra.ph/baito-detail-3', '09033334444'],
      ['バイト代入ったからご飯おごるよ!店ここ https://tabelog.com/tokyo/A1301/A130101/13000001/', '09012345678', 'allow']],
    [['在宅で稼げるお仕事の詳細はこちら→ telegra.ph/work-detail-55', undefined],
      ['写真部の作品展、申込締切は金曜です。詳細はサークルのページへ https://photo-club.jimdofree.com', '08012345678', 'allow']],
    [['採用担当の佐藤です。一次選考の結果はこちらのページでご確認ください sato-saiyo.jimdofree.com', '08055556666'],
      ['3年1組保護者各位 懇談会の出欠を12/12締切でこちらのフォームにお願いします https://forms.gle/Ua7pQmL2vX9sN3Kd8', '09034457712', 'allow']],
    [['【在宅求人】あなたにおすすめの案件が5件あります https://zaitaku-kyujin.page.link/k2', undefined],
      ['このお店のクーポン、期限今月中だって https://www.muji.com/jp/ja/store', '09012345678', 'allow']],
    // Official short links with a sale's deadline: the brand's own host is never built for the message.
    [['荷物を受け取って送るだけのバイト。報酬と詳細はこちら telegra.ph/baito-detail-9', '09033334444'],
      ['楽天スーパーセールは本日23:59まで!ポイント最大10倍 https://r10.to/hAbCdE', 'Rakuten', 'allow']],
    [['在宅で稼げるお仕事の詳細はこちら→ telegra.ph/work-detail-56', undefined],
      ['Amazonのセール今日までだって。これ https://amzn.asia/d/5kQx2Rm', '09012345678', 'allow']],
    // A friend's map with a time, a friend's shortened article with a deadline: no lure, no page built for the message.
    [['NISA口座のキャッシュバック受付中。対象者確認はこちら nisa-cb.go-jp.info', '09012345678'],
      ['ここのカフェ、ランチ14時までだって https://maps.app.goo.gl/Qm3k8ZxP2vN7Ue9a6', '09012345678', 'allow']],
    [['ゴールド投資の無料説明会、お申込みはこちら gold-setsumei.jp.net/form', '07012345678'],
      ['昨日話してた記事これ https://bit.ly/3AbCdEf 締切あるらしいよ', '09012345678', 'allow']],
    // The government's own page with the refund's words.
    [['返金対象者リストに登録されています。受付は今週中 https://henkin.lg-jp.org/list', '05033334444'],
      ['【国税庁】還付金の受取は確定申告書の控えをご確認ください https://www.nta.go.jp/taxes/', undefined, 'allow']],
  ];
  for (const [[text, from], [twin, twinFrom, expect]] of pairs) {
    assert.equal(at(text, from).verdict, 'block', text);
    // The finding lifts the rules up to block and no further: a lure whose other findings reach block already needs none.
    const others = at(text, from).reasons.reduce((sum, r) => (r.code === 'MADE_PAGE_ASK' ? sum : sum + r.weight), 0);
    assert.ok(made(text, from) || others >= 70, text);
    const v = at(twin, twinFrom).verdict;
    if (expect === 'not-block') assert.notEqual(v, 'block', twin);
    else assert.equal(v, expect, twin);
    assert.ok(!made(twin, twinFrom), twin);
  }
  // A warning that shows the dressed host live, in a friend's or an office's words, is a report: never paired.
  assert.ok(!made('「nta-go-jp.com」って偽サイトだから開かないでね', '09012345678'));
  assert.ok(!made('国税庁を装ったSMSに注意。nta-go-jp.com などは偽サイトです。正しくは https://www.nta.go.jp'));
  // A shortener beside a deadline alone is a friend's as often as a stranger's: it counts only beside a lure or a pressing word.
  assert.ok(!made('先生の無料講座の録画はこちら(本日23:59まで) https://bit.ly/4aKm8Tz', '08036614420'));
  const shortened = '送電停止に関する重要なお知らせ https://tinyurl.com/2p8xk4ab';
  // (送電停止 is an alarm in its own right: the rules may reach block with no lift.)
  const othersShortened = at(shortened).reasons.reduce((sum, r) => (r.code === 'MADE_PAGE_ASK' ? sum : sum + r.weight), 0);
  assert.ok(made(shortened) || othersShortened >= 70);
  assert.equal(at(shortened).verdict, 'block');
});

// A job that costs the worker money first (lures/offers.ts jobFeeFirst): a fee or a deposit before the work, equipment
// bought as its condition, money fronted to be "returned with the pay". Employers pay; they do not charge (職業安定法32条の3,
// 労働基準法16条; 国民生活センター 内職・副業商法; NPA/消費者庁 タスク詐欺). Each lure blocks on the rules alone; each twin
// (a job site's or an employer's notice, a fee waived or taken from the pay, a school's fee, a person telling, a warning) is allowed.
test('a job that charges the worker first blocks on the rules alone; job sites, employers, schools, friends and warnings about it are allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const grid: [lure: [string, string], twin: [string, string]][] = [
    [['内定のご連絡です。入社前研修の教材費19,800円を3日以内にお振込みください。振込先は追ってご案内します', '08031234567'],
      ['株式会社ABC人事部です。内定者研修の教材費・宿泊費は全額当社負担です。持ち物は筆記用具のみです。', '0312345678']],
    [['軽作業スタッフに採用決定です。勤務開始前に保証金1万円の入金が必要です。入金後にシフトをお送りします', '09045671234'],
      ['軽作業スタッフに採用決定です。初日は身分証と印鑑をお持ちください。制服は貸与します。', '0312345678']],
    [['データ入力の在宅ワーク、登録料4,000円をコンビニ払いでお願いします。支払い確認後に案件をご紹介します', '07012349876'],
      ['【doda】ご登録ありがとうございます。求人紹介・転職支援はすべて無料です。登録料を請求することはありません。', '0005123456']],
    [['コールセンターの在宅勤務、時給2,000円。専用の通話機材(9,800円)のご購入が必須となります。ご希望の方は返信を', '08098761234'],
      ['来週から倉庫の仕事です。安全靴は各自で購入してください(3,000円程度)。現場は月曜8時集合。', '09012345678']],
    [['お仕事のご案内:商品を購入してレビューするだけ。購入代金は先に立て替えていただき、報酬と一緒に全額返金します。1件目6,500円', '08055512345'],
      ['研修期間中の交通費は立て替えておいてください。月末に給与と別に精算します。', '09012345678']],
    [['タスクお疲れ様です。次のVIPタスクに参加するには先に3万円のチャージが必要です。完了後に報酬と合わせて全額戻ります', '07066612345'],
      ['【タイミー】お仕事の報酬は勤務後にお振込みします。振込手数料はかかりません。', '0005987654']],
    [['Parabéns! Você foi aprovado para a vaga na fábrica de autopeças. Taxa de cadastro ¥15.000, pague por depósito antes de começar.', '+818012345678'],
      ['Olá, aqui é da empreiteira. A vaga na fábrica começa segunda às 8h. Traga o zairyu card. Não cobramos nenhuma taxa.', '0536123456']],
    [['Chúc mừng bạn trúng tuyển việc làm tại nhà máy thực phẩm. Vui lòng chuyển khoản phí đăng ký 20.000 yên trước khi bắt đầu.', '+84901234567'],
      ['Anh ơi, em đi phỏng vấn việc làm ở nhà máy rồi, công ty bảo không mất phí gì cả, tuần sau bắt đầu.', '08012345678']],
    [['Congratulations, you are hired for the remote data job. Pay the training fee of ¥12,000 by bank transfer today to get your login.', '+447700900123'],
      ['Hi, this is Sakura English School. Your teaching job starts Monday. Training is paid and we cover the materials.', '0312345678']],
    [['フードデリバリー配達員の登録、保証金2万円をPayPayで送っていただくと優先で案件を紹介します', '09087654321'],
      ['バイト先の研修費、会社が全額負担してくれたよ!来週から配達デビュー', '08011112222']],
  ];
  for (const [[lure, from], [twin, twinFrom]] of grid) {
    const r = rules.analyse({ text: lure, from });
    assert.equal(r.verdict, 'block', `${lure}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text: lure, from }).verdict, 'block', lure);
    assert.equal(engine.analyse({ text: twin, from: twinFrom }).verdict, 'allow', twin);
    assert.equal(rules.analyse({ text: twin, from: twinFrom }).verdict, 'allow', twin);
  }
  // Told, quoted or warned of: a person asking whether a fee is a scam, a school's fee, an advert sold to an employer, a warning.
  for (const [text, from] of [
    ['派遣会社に登録料5千円払えって言われたんだけど、これ詐欺だよね?', '08011112222'],
    ['〇〇学習塾です。夏期講習の教材費3,500円を7月10日までにお振込みください。', '0312345678'],
    ['求人広告のご案内です。Indeed掲載代行、初期費用3万円のみで応募を増やせます。', '0312345678'],
    ['ねえ、在宅ワークで「先に教材費2万円振り込んで」って言われたら詐欺だからね', '08011112222'],
    ['【バイトル】応募が完了しました。登録料や研修費を求める求人にはご注意ください。', '0005987654'],
    ['バイトの制服代3,000円は初回のお給料から差し引くので、当日は何も持ってこなくて大丈夫です。', '09012345678'],
  ] as const) {
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
  }
});

// A hiring matter moved from a handset, an 050 line or a number abroad to a messenger account it names (a LINE ID, a Telegram
// or Signal handle) is the line's holder's business, not an employer's (checks/sender-trust.ts hiring): employers hire through
// their own mail, hiring system and published lines. A person telling of their own job, a company's own hiring mail, a job
// site's notice and a shop's official LINE account are not counted.
test('a recruiter moving the applicant to a named messenger account from a handset blocks on the rules alone; the employer\'s own channels and people are not counted', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【採用担当】書類選考を通過されました。次回面接の日程はLINEでご相談します。ID: hr_sato2026 を追加してください', '09012345678'],
    ['お仕事の件でご連絡しました。詳細はテレグラムでお送りします。@fastwork_jp を検索してください', '07012345678'],
    ['人事の鈴木です。ご応募ありがとうございます。面接はシグナルで行います。ID: suzuki_hr88 を登録してください', '05012345678'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.ok(r.reasons.some((x) => x.code === 'SENDER_HANDSET_OFFICE_ASK'), text);
  }
  for (const [text, from] of [
    ['株式会社ABC採用担当です。書類選考を通過されました。面接日程は採用管理システムのメールでご案内します。', '0312345678'],
    ['【リクナビ】企業からメッセージが届きました。リクナビのメッセージ画面でご確認ください。', '0005123456'],
    ['新しいバイト先のLINEグループ入ったよ、店長もいる。シフトはそこで決めるらしい', '08011112222'],
    ['【注意喚起】弊社採用担当を名乗り、LINE IDを追加させるSMSが確認されています。弊社がSMSでLINE登録をお願いすることはありません。', '0005123456'],
  ] as const) {
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
    assert.ok(!rules.analyse({ text, from }).reasons.some((x) => x.code === 'SENDER_HANDSET_OFFICE_ASK'), text);
  }
});

// 闇バイト by what it does to the worker (lures/offers.ts jobHeldByThreat, hiddenPickup; asks/join.ts namesCrime): the job held
// over the worker by their ID or family, a pickup whose content is secret or whose worker is told to pose as an unnamed
// company's staff, and the crime's name denied ("闇バイト×、完全ホワイト") as the recruiter's reassurance. Twins: a shop's
// manager, a mover naming its own company, a first day's uniform pickup, a school's and a friend's warnings.
test('闇バイト held by threat, a secret or posed pickup, and the crime denied block on the rules; employers and warnings do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['この前の受け取りの仕事、今週もやってもらう。断るのはナシな。免許証の写真、こっちで預かってるの忘れるなよ', '08012345678'],
    ['次の案件から逃げられると思うな。実家の住所も家族の名前も把握してるから', '07012345678'],
    ['日給5万の案件。内容は電話では話せない。駅で封筒を受け取るだけ。明日9時、改札前', '09012345678'],
    ['書類の受け取りのお仕事です。先方には『銀行の者です』と言ってください。報酬は当日手渡し', '08098765432'],
    ['ロッカーに荷物を入れるだけのお仕事、日当3万。闇バイトではありません、完全ホワイトです', '07055554444'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['明日のバイト忘れてないよね?身分証持ってきてね。シフトは10時から', '09012345678'],
    ['バイトの件、断るのはナシでって店長に言われた笑 シフト足りないらしい', '08011112222'],
    ['お仕事初日は本社で制服の受け取りです。スーツで来てください', '0312345678'],
    ['「ただの受け取り」「内容は電話では言えない」という高額バイトは闇バイトです。応募しないで', '08011112222'],
    ['【警視庁】「闇バイトではありません」「ホワイト案件」とうたう高額バイトは犯罪です。応募しないでください', '0005110110'],
  ] as const) {
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
  }
});

// A recruiter asking by message for the worker's ID, face photo or family's details (lures/offers.ts jobIdHold): the hold
// 闇バイト keeps on its workers. From a handset it blocks on the rules; an ID brought to the interview, a friend telling of
// the ID they showed, a warning naming the crime are not counted. A purchase job with the recruiter's card and the goods
// forwarded (crime-task) is flagged at least.
test('a recruiter asking for the worker\'s ID or family by message blocks from a handset; IDs brought in person and warnings do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['高収入バイトの件、ご応募ありがとうございます。登録のため学生証の写真と親の連絡先を送ってください', '08033334444'],
    ['採用担当です。勤務前に免許証の両面とご家族の電話番号をこのSMSに返信してください', '07022223333'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
  assert.notEqual(rules.analyse({ text: '通販サイトで商品を買うだけのお仕事。カード情報はこちらでお渡しします。届いた商品を転送してください。1件1万円', from: '09011118888' }).verdict, 'allow');
  for (const [text, from] of [
    ['明日の面接は本社3階で10時から。身分証と印鑑を持ってきてください。', '09012345678'],
    ['バイト決まった!店長に身分証の写真送ってって言われたから送ったよ', '08011112222'],
    ['闇バイトは最初に身分証や家族の連絡先を送らせます。絶対に送らないで', '08011112222'],
    ['〇〇コンビニ店長です。面接ありがとうございました。初日は身分証と通帳をお持ちください。', '0312345678'],
  ] as const) {
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
  }
});

// The same jobs in the residents' languages and the task scams' wording: a reshipping job in Chinese and Vietnamese, a fee
// whose receipt is to be sent (Portuguese), a fee "first" between students, likes and app rankings paid by the task; a
// resident's own job talk with the same words stays allowed.
test('residents\' job lures (reshipping, a fee first, paid likes) block on the rules; residents\' own job talk is allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['兼職輕鬆賺，每天2萬日圓，在家收包裹轉寄就好，加LINE ID：easy_jp88', '09012340000'],
    ['Viec don gian tai nha: nhan hang roi gui lai theo dia chi, moi kien 5.000 yen. Lien he Telegram @kienhang_jp', '+84901112222'],
    ['Olá! Vaga na fábrica de bentô, salário alto. Taxa de inscrição 10 mil ienes. Mande comprovante pelo WhatsApp', '08022221111'],
    ['同じサークルの先輩から紹介された稼げる仕事、登録料の3,000円だけ先にお願いします!すぐ取り返せるから', '09033332222'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['我找到一份兼職，在便利店打工，時薪1100日圓', '08011112222'],
    ['Em làm việc đơn giản ở nhà máy thôi, lương ổn, mẹ đừng lo', '08011112222'],
    ['インスタの投稿にいいねするだけでいいから応援してね!', '08011112222'],
    ['Oi, consegui a vaga na fábrica! A empreiteira não cobrou taxa nenhuma, começo segunda', '08011112222'],
  ] as const) {
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
  }
});

test('a 高額バイト or ハンドキャリー案件 moved to Signal blocks on the rules; a friend\'s doubt, a city\'s warning and a courier\'s hand-carry are allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['高額バイトの件、ご応募ありがとうございます。今後のやり取りはシグナルで行います。インストールしたら電話番号を送ってください', '09012348888'],
    ['ハンドキャリー案件あり、即日払いで日当4万。詳しくはシグナルで話そう', undefined],
  ] as const) {
    const r = rules.analyse(from === undefined ? { text } : { text, from });
    assert.equal(r.verdict, 'block', `${text}: ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
  for (const text of ['高額バイトなんて怪しいよ、やめときな', '【〇〇市】SNSの「高額バイト」「高額案件」は闇バイトの可能性があります。応募しないでください', '急ぎの書類、ハンドキャリー便で明日の午前中に届けます']) {
    assert.equal(engine.analyse({ text, from: '08011112222' }).verdict, 'allow', text);
  }
});

// Session 'legit4': a claimed company or office texting from a handset, asking a call back. The lure gives the way in (a
// number it wrote, or the handset it came from, beside an alarm); its twin sends the reader to a number the message does
// not give: the paper in hand (検針票, 点検票, 受診券, 通知書), the card's back in the reader's language, the owner's own
// listing, a desk named with its extension, another party named by its kind in advice (警察に, ご家族や銀行に), a public
// hotline (#9110). The lure blocks on the rules; the twin blocks on neither the rules nor the engine.
const paperInHand: [lure: string, twin: string, from: string][] = [
  // utilities: paper in hand
  ['【東京電力】電気料金が未納のため本日送電を停止します。至急 050-3184-2290 までお電話ください', '【東京電力】停電情報:大宮地区で停電が発生しています。復旧作業中です。お問い合わせは検針票記載の番号へ。', '08098765432'],
  ['【東京ガス】ガス料金未払いのため明日供給を停止します。本日中に 090-2231-8876 へご連絡ください', '【東京ガス】ガス設備の法定点検のお知らせです。担当者が12月10日ごろ伺います。ご都合が悪い場合は点検票記載の番号までご連絡ください。', '08098765432'],
  ['【関西電力】電気料金のお支払いが確認できません。本日中にご連絡ください。', '【関西電力】電気料金のお支払いが確認できておりません。行き違いの場合はご容赦ください。お問い合わせは関西電力お客さま番号センターまで。', '08098765432'],
  ['【中部電力】未納料金があります。停止を避けるには 050-5812-3340 へ折り返しお電話を。', '【中部電力】スマートメーター交換に伺います。立ち会いは不要です。ご不明点は検針票に記載の電話番号へ。', '09012345678'],
  // cards and banks: the number on the card
  ['【JCB】カードに不正利用の疑いがあります。至急 050-6821-4470 までお電話ください', '【JCB】カードに不正利用の疑いがあるため、ご利用を一時停止しました。カード裏面の番号へお電話ください。', '09012345678'],
  ['[三井住友カード] Your card has been suspended. Call 050-6821-4470 now to restore it.', '[三井住友カード] A charge of ¥8,200 was declined. If this was not you, call the number on the back of your card.', '09012345678'],
  ['[千葉銀行] तपाईंको खाता रोकिएको छ। तुरुन्तै 050-6821-4470 मा फोन गर्नुहोस्।', '[千葉銀行] तपाईंको खातामा ¥6,439 जम्मा भयो। शंका लागेमा कार्डको पछाडिको नम्बरमा फोन गर्नुहोस्।', '08098765432'],
  ['[Ngân hàng MUFG] Tài khoản của bạn bị khóa. Hãy gọi ngay 050-6821-4470.', '[Ngân hàng MUFG] Thẻ của bạn đã được dùng lúc 12:30. Nếu không phải bạn, hãy gọi số ở mặt sau thẻ.', '08098765432'],
  ['[楽天カード] 您的卡已被冻结，请立即拨打 050-6821-4470。', '[楽天カード] 您的卡于12:30消费8,200日元。如非本人，请拨打卡背面的电话。', '08098765432'],
  ['[イオンカード] Seu cartão foi bloqueado. Ligue agora para 050-6821-4470.', '[イオンカード] Compra de ¥8.200 aprovada. Se não foi você, ligue para o número no verso do cartão.', '08098765432'],
  // public bodies: the paper or a named desk
  ['〇〇市役所です。保険料の還付金があります。本日中に 090-4417-2286 へお電話ください。', '〇〇市役所です。後期高齢者医療保険料の納付について確認したいことがあります。お手数ですが保険年金課(内線2241)までご連絡ください。', '09012345678'],
  ['高砂市役所です。健診の未受診者には罰金が科されます。至急 050-3318-7702 までご連絡を。', '高砂市役所 健康推進課です。特定健診の受診期限が11月末です。ご予約は受診券に記載の医療機関へ直接お電話ください。', '09012345678'],
  ['【国税庁】未納の税金があります。差押えを避けるため本日中に 090-8812-5530 へ連絡してください。', '【国税庁】確定申告の期限は3月15日です。ご不明な点は通知書に記載の番号へお問い合わせください。', '08098765432'],
  ['Aviso da NHK: sua taxa está atrasada. Ligue hoje para 050-3318-7702 para evitar multa.', 'Aviso: a NHK não envia SMS com links para pagamento. Em caso de dúvida, ligue para a central oficial da NHK.', '08098765432'],
  // another party named by its kind, in advice
  ['【八潮市】あなたの口座が犯罪に使われています。至急 090-1234-7788 に連絡を。', '【八潮市】アポ電強盗に注意。家族構成や自宅の現金について電話で聞かれても答えず、すぐ警察に連絡を', '09012345678'],
  ['【三井住友銀行】お客様の口座で不正な取引を検知しました。至急当行に連絡してください', '【三井住友銀行】SNSで知り合った方から投資名目で振込を指示されていませんか?振込前に一度ご家族や銀行にご相談ください。', '08098765432'],
  ['【ゆうちょ銀行】口座が不正利用されています。至急銀行に連絡してください', '【ゆうちょ銀行】キャッシュカードを預かりに来る銀行員はいません。不審な訪問があれば最寄りの交番に連絡してください。', '08098765432'],
  ['【警視庁】あなたの口座が詐欺に使われています。捜査のため 090-5518-2204 へすぐ連絡を', '【警視庁】還付金詐欺が多発しています。ATMで還付金は受け取れません。不審な電話はご家族や警察にご相談ください。', '09012345678'],
  // The number meant, told in the next sentence as the one on the paper in hand.
  ['○○都税事務所です。差押えの予告です。本日中にお電話ください。番号は 090-1234-5678 です。', '○○都税事務所です。お伝えしたいことがあります。平日9時〜17時にお電話ください。番号は納税通知書に記載の事務所代表番号です。※送信専用', '09012345678'],
  // An entry through a link the sender says it does not ask ("お願いしていません"), beside the card's back.
  ['【イオン銀行】カードの不正利用の疑いがあるため、ご利用を一時停止しました。解除はこちらのURLから入力をお願いします。', '【イオン銀行】カードの不正利用の疑いがあるため、ご利用を一時停止しました。カード裏面の番号へお電話ください。SMSのURLからの入力はお願いしていません。', '09012345678'],
  // A desk named after a contact label, with no number ("お問合せ:料金係").
  ['【三原市 上下水道】水道料金の未納が続いています。本日中に停水します。お問合せ:090-1234-5678', '【三原市 上下水道】水道料金の未納が続いています。納付がない場合、停水のご案内(書面)をお送りすることがあります。お支払いは納入通知書で。お問合せ:料金係', '08098765432'],
  // Papers to be registered in the sender's own app ("アプリで在留カードを再登録"), not sent back.
  ['【セブン銀行】在留期間が切れています。アプリの停止を防ぐため、在留カードの写真と氏名を返信してください。', '【セブン銀行】海外送金サービス：ご登録の在留期間が近づいています。更新後、アプリで在留カードを再登録してください。', '09012345678'],
  // A transfer told as completed (đã hoàn tất) is news of the reader's own transfer, not a transfer asked.
  ['[三菱UFJ銀行] Giao dịch chuyển khoản 8,284 yên đã hoàn tất. Nếu không phải bạn, hãy chuyển tiền vào tk 1234567 để hủy giao dịch ngay.', '[三菱UFJ銀行] Giao dịch chuyển khoản 8,284 yên đã hoàn tất lúc 12:30. Nếu không phải bạn, hãy gọi số ở mặt sau thẻ', '08098765432'],
  ['〇〇市役所です。あなたの在留資格に問題があります。至急 090-3381-2207 に電話してください。', '市役所国际交流课提醒:出入国在留管理厅不会打电话要求汇款或保释金。接到可疑电话请拨打警察咨询专线#9110。', '09012345678'],
  ['【東京都主税局】自動車税が未納です。差押えを避けるため本日中にこの番号へお電話ください。', '【東京都主税局】自動車税種別割の納付がまだ確認できておりません。行き違いの際はご容赦ください。お問い合わせは担当の都税事務所徴収課へ平日日中にお電話ください。', '09012345678'],
];

test('a call sent to the number the reader already holds (the paper in hand, the card\'s back, a named desk, another party, a public hotline) vs. the same claim asking a call to a number or a handset the message gives', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [lure, twin, from] of paperInHand) {
    assert.equal(rules.analyse({ text: lure, from }).verdict, 'block', lure);
    assert.notEqual(rules.analyse({ text: twin, from }).verdict, 'block', twin);
    assert.notEqual(engine.analyse({ text: twin, from }).verdict, 'block', twin);
  }
});

test('a payment as the condition of an apology ("もう振り込んでいたらごめんなさい") is what the reader may have done, not an ask; a promise\'s condition or the ask itself still asks', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const twin = { text: '大家の村井です。今月分の家賃、まだ振込が確認できていないのでお知らせしました。いつもの口座で大丈夫です。もう振り込んでいたらごめんなさい。', from: '08020629048' };
  assert.ok(!rules.analyse(twin).reasons.some((r) => r.code === 'ASK_MONEY'));
  assert.equal(engine.analyse(twin).verdict, 'allow');
  for (const text of ['大家の村井です。今月分の家賃、まだ振込が確認できていません。本日中に振り込んでください。もう振り込んでいたらごめんなさい。', '家賃足りなくて、3万振り込んでくれたら助かる。今日中にお願い']) {
    assert.ok(rules.analyse({ text, from: '08020629048' }).reasons.some((r) => r.code === 'ASK_MONEY'), text);
  }
});

// Session 'legit4', the hard legitimate notices beside their lures: a carrier's own infection or bill notice (151, 157, 0005),
// a driver from a handset, a hospital in Japanese and in residents' languages, a city office's refund by post, a card's use
// notice. The lure (a spoofed sender with a link, a number or an account of its own) blocks on the rules; the twin blocks
// on neither the rules nor the engine.
const institutionsOwnNotices: [lure: string, lureFrom: string, twin: string, twinFrom: string][] = [
  ['【au】お客様の端末がウイルスに感染しています。今すぐ下記からセキュリティアプリを入れてください https://au-secure.top/app', '08098765432', '【au】お客様のスマートフォンがウイルスに感染し、迷惑SMSを送信している可能性があります。SMS内のリンクは開かず、auショップまたは157へご相談ください。', '157'],
  ['【ワイモバイル】お客様の回線は本日停止されます。解除は 050-3312-8841 へお電話ください', '08098765432', '【ワイモバイル】お客様の端末から大量のSMSが送信されています。不正アプリに感染している可能性があります。詳しくは151へお問い合わせください。', '151'],
  ['【ドコモ】ご利用料金が未払いです。本日中にこちらからお支払いください https://docomo-pay.xyz/', '0005011234', '【ドコモ】ご利用料金のお支払いが確認できておりません。お手元の請求書でお支払いください。行き違いの場合はご容赦ください。', '0005011234'],
  ['【ドコモ】端末がウイルスに感染しました。至急 090-7718-2234 に電話してください', '08098765432', '【ドコモ】お客様の端末がウイルスに感染している可能性があります。ドコモショップまたは151へご相談ください。', '08098765432'],
  ['ヤマト運輸です。お荷物の住所不備のため保管中。こちらで確認してください https://yamato-redeli.top/t', '08011223344', 'ヤマト運輸ドライバーの佐藤です。本日お荷物をお届けに伺いましたがご不在でした。不在票を入れておきましたので、記載の番号から再配達をご依頼ください。', '08011223344'],
  ['日本郵便です。関税の未払いがあります。本日中に 050-8812-3345 へお電話のうえお支払いください', '09022334455', '日本郵便の配達員です。ゆうパックをお届けに伺いましたがご不在でした。不在票の番号かこの携帯に連絡ください。', '09022334455'],
  ['〇〇病院です。検査費用の未払いがあります。本日中に下記口座にお振込みください。普通 1234567', '09012345678', '〇〇病院です。先日の検査結果についてお話がありますので、外来受付までお電話ください。', '09012345678'],
  ['Hospital Sakura: há uma taxa pendente do seu exame. Pague hoje pelo link https://sakura-hosp.top/pay', '09012345678', 'Hospital Sakura: seu exame está pronto. Ligue para a recepção do hospital para marcar a consulta.', '09012345678'],
  ['Bệnh viện Sakura: Bạn còn nợ viện phí. Vui lòng liên hệ 050-6821-4470 ngay lập tức để tránh bị phạt.', '09012345678', 'Bệnh viện Sakura: Kết quả xét nghiệm đã có. Vui lòng gọi cho quầy lễ tân của bệnh viện để đặt lịch.', '09012345678'],
  ['区役所保険年金課です。保険料の還付金があります。本日中にATMで手続きが必要です。090-3381-7720 へお電話ください。', '09012345678', '区役所保険年金課です。国民健康保険料の還付があります。還付請求書を郵送しましたので、ご記入のうえ返送してください。ATMでの手続きはありません。', '09012345678'],
  ['【三井住友カード】不正利用を検知しました。カードを止めるには 050-6821-4470 へ至急お電話を。', '09012345678', '【三井住友カード】12/3 14:02 Amazonで8,200円のご利用がありました。お心当たりのない場合はカード裏面のお問い合わせ先へ。', '09012345678'],
  ['【au】ご利用料金が未納です。本日中に 090-5512-3390 へ連絡がない場合、法的手続きに移ります。', '08098765432', '【au】ご利用料金のお支払いが確認できていません。お支払いはお手元の払込票で。ご不明点はauお客さまセンターへ。', '08098765432'],
];

test('carriers\', drivers\', hospitals\' and offices\' own notices asking nothing through a channel the sender does not own vs. the same claim with a way in of its own', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [lure, lureFrom, twin, twinFrom] of institutionsOwnNotices) {
    assert.equal(rules.analyse({ text: lure, from: lureFrom }).verdict, 'block', lure);
    assert.notEqual(rules.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
    assert.notEqual(engine.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
  }
});

test('what a named party never says, told in the writer\'s voice ("警察は…安全な口座に移せって言わないからね"), asks nothing; "って言わないで" coaching the bank\'s answer still asks', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const from = '07041127719';
  assert.notEqual(rules.analyse({ text: 'じいじ、警察はお金を預かったり安全な口座に移せって言わないからね。', from }).verdict, 'block');
  assert.equal(rules.analyse({ text: '警察です。あなたの口座が犯罪に使われています。資産を安全な口座に移してください。銀行には投資って言わないで。', from }).verdict, 'block');
});

// Session 'legit6', legitimate messages of dev batch 37 beside their lures: a brand's notice pointing at its own second site
// (NEXCO東日本's ドラぷら, NEXCO西日本's アイハイウェイ, JR東日本's えきねっと), warnings that show a defanged link as a sample of
// texts going round, report words in Chinese, Vietnamese, Portuguese, Tagalog and Korean as 詐欺 is in Japanese, identity
// papers brought to the counter, a driver on his round, a private taxi's booked fare. The lure blocks on the rules; the
// twin blocks on neither, and the engine allows it (ゆうちょ's locked card still tags on the rules: 一時停止 is told).
const batch37Twins: [lure: string, lureFrom: string, twin: string, twinFrom: string][] = [
  ['NEXCO東日本：ETCカードの有効期限が切れています。更新はこちら https://e-nexco-etc.top/renew', 'E-NEXCO', 'NEXCO東日本：関越道 湯沢IC〜月夜野IC 上下線で雪による通行止めを実施中です。最新情報は https://www.driveplaza.com/ でご確認ください。', 'E-NEXCO'],
  ['【NEXCO西日本】高速道路料金の未払いがあります。本日中にお支払いください https://w-nexco-pay.xyz/', 'W-NEXCO', 'NEXCO西日本：中国道 宝塚西トンネル付近で事故渋滞が発生しています。最新の交通情報は https://ihighway.jp/ でご確認ください。', 'W-NEXCO'],
  ['【えきねっと】アカウントが一時停止されました。至急再認証してください https://eki-net-jp.top/login', 'JR-EAST', '【JR東日本】えきねっとでご予約の列車が運休となりました。払いもどしは https://www.eki-net.com/ のご予約確認から。', 'JR-EAST'],
  ['Japan Post: your parcel is on hold because the address is incomplete. Update it here: https://jpost-xx.icu/t', '08012294471', 'Heads up: lots of fake "Japan Post" texts going around asking for your address via a link (something like jpost-xxx[.]icu). Real redelivery is only through the slip in your mailbox.', '08012294471'],
  ['Amazon: your order is suspended. Confirm payment at https://amaz0n-jp.top/pay', '08033445566', 'Heads up, a fake Amazon text is doing the rounds with a link something like amaz0n-jp[.]top. Just ignore it.', '08033445566'],
  ['【日本邮政】您的包裹因地址不全无法投递，请点击 https://jp-post.top/cn 更新地址', '08021197736', '妈,我看到有人在微信群里说以地震受灾者名义募捐,让用PayPay转账。那种大多是骗人的,要捐的话找红十字会的正式账户吧。', '08021197736'],
  ['最近流传的包裹短信：您的包裹无法投递，请立即点击 https://jppost-cn.top/a 支付关税', '08021197736', '最近流传假冒日本邮政的短信，链接类似 jppost-xx[.]top，别点，都是骗子发的。', '08021197736'],
  ['Con đây, con đổi số rồi. Mẹ chuyển gấp cho con 10 man vào tài khoản này nhé, con cần ngay hôm nay', '09011112222', 'Mẹ ơi, mấy tin nhắn đòi chuyển tiền cho nạn nhân động đất qua Facebook đều là lừa đảo, mẹ đừng bị lừa nhé.', '09011112222'],
  ['Correios do Japão: sua encomenda está retida por endereço incompleto. Pague a taxa de reentrega em https://jp-post-pt.top/pay', '09011112222', 'Mãe, essas mensagens pedindo doação pelo PayPay para vítimas do terremoto é tudo golpe, não vá cair no golpe.', '09011112222'],
  ['Congratulations! Nanalo ka ng ¥100,000. Magbayad muna ng processing fee na ¥5,000 sa GCash 09171234567 para ma-claim.', '09011112222', 'Ate, yung text na nananalo ka raw ng premyo sa raffle, modus yan. Huwag magpaloko ha.', '09011112222'],
  ['【ドコモ】本人確認書類の再提出が必要です。こちらから撮影してアップロードしてください https://docomo-kyc.top/', '0487712204', 'ドコモショップ○○店です。ご予約の12/9 11:00 機種変更の件、本人確認書類とお使いの端末をお持ちください。', '0487712204'],
  ['ゆうちょ銀行です。キャッシュカードを一時停止しました。本人確認書類と通帳をお持ちください。場所は返信でご案内します', '09011112222', 'ゆうちょ銀行：キャッシュカードの暗証番号を3回誤入力されたためカードを一時停止しています。再開は通帳・カード・本人確認書類をお持ちのうえ窓口へ。', 'JP-BANK'],
  ['三菱UFJ銀行：キャッシュカードの再発行が必要です。本人確認書類を撮影して https://mufg-card.top/ からアップロードしてください', 'MUFG', '三菱UFJ銀行：キャッシュカードの再発行の準備ができました。本人確認書類をお持ちのうえ、お取引店の窓口へお越しください。', 'MUFG'],
  ['【au】ご本人確認が完了していません。本日中に https://au-kyc.top/ で本人確認書類を提出してください', '08012345678', 'auショップ○○店です。ご予約の機種変更は12/10 14:00です。本人確認書類をご持参ください。', '0487712299'],
  ['○○市役所です。医療費の還付金があります。本日中にATMで手続きが必要です。090-3381-7720 へお電話ください。', '09012345678', '○○市市民課：マイナンバーカード電子証明書更新のご予約を承りました。12/12 10:00 市役所本庁舎1階。有効期限通知書と本人確認書類をお持ちください。', '0422551234'],
  ['ヤマト運輸です。お荷物の関税が未払いです。本日中に 050-3312-8841 へお電話のうえお支払いください', '08027719956', 'ヤマトです、クール便お持ちしましたがご不在でした。今日は19時まで回ってますので、戻られたらこの番号に電話ください。', '08027719956'],
  ['佐川急便です。お荷物の配送料が未払いです。本日中にお支払いください https://sagawa-pay.top/', '07012345678', '佐川急便です。お荷物お持ちしましたがご不在でした。近くにおりますので、ご帰宅されたらこの番号にお電話ください。', '07012345678'],
  ['個人タクシーの岡本です。明朝の空港送迎の件、料金9,000円を前日までにAmazonギフトカードでお支払いください。カード番号を返信してください', '09048826673', '個人タクシーの岡本です。明朝5時半の空港送迎、予定どおり伺います。料金は定額9,000円、現金かカードで車内でお支払いください', '09048826673'],
  ['【首都高】ETC利用料金の未納があります。本日中にお支払いください https://shutoko-etc.cc/pay', '09012345678', '【首都高速道路】本日22時から首都高速都心環状線の一部で夜間工事による通行止めを行います。詳しくは https://www.shutoko.jp/ をご覧ください。', 'SHUTOKO'],
  ['[CJ대한통운] 주소 불일치로 배송이 불가합니다. 주소 수정: https://cj-kr.top/a', '08055556666', '엄마, 택배 왔다는 문자 링크는 다 사기야. 절대 누르지 마.', '08055556666'],
  ['TEPCO：電気料金が未払いのため本日電気の供給を停止します。至急お支払いください https://tepco-pay.top/', '08012345678', '【東京電力パワーグリッド】○○市の一部で停電が発生しています。復旧見込みは https://teideninfo.tepco.co.jp/ でご確認ください。', 'TEPCO'],
  ['【三井住友銀行】お客様の口座を一時利用停止しました。至急ご確認ください https://smbc-xx.top/', 'SMBC', 'Heads up: texts claiming to be SMBC are circulating, with links something like smbc-xx[.]top. The bank never texts links, be careful.', '09077778888'],
  ['【NEXCO中日本】ETC割引の登録が無効になりました。再登録 https://c-nexco-etc.buzz/', 'C-NEXCO', 'NEXCO中日本：新東名 御殿場JCT〜長泉沼津IC 夜間通行止めのお知らせ。詳しくは https://www.c-nexco.co.jp/ をご覧ください。', 'C-NEXCO'],
  ['【JR西日本】J-WESTカードの利用が制限されています。至急 https://jwest-card.top/ でご確認ください', 'JR-WEST', '【JR西日本】e5489でご予約の特急の発車時刻が変更になりました。ご予約内容は https://e5489.jr-odekake.net/ でご確認ください。', 'JR-WEST'],
  ['Anak, ako ito, bagong number ko. Padalhan mo ako agad ng ¥30,000 sa GCash 09171234567, emergency lang', '09034471182', 'Tita, may kumakalat na text na nanalo raw sa raffle ng PayPay, modus ito. Huwag magpaloko, i-delete mo lang.', '09034471182'],
  ['您好，我是日本警察，您的账户涉嫌洗钱，请立即拨打 050-1234-5678 配合调查', '08021197736', '爸，网上说日本警察会打电话让转账，这些都是骗子，别上当，挂掉就行。', '08021197736'],
  ['Ngân hàng Yucho: thẻ của bạn đã bị khóa. Vui lòng xác minh ngay tại https://yucho-vn.top/', '09011112222', 'Chị ơi, mấy tin nhắn nói thẻ Yucho bị khóa toàn là lừa đảo, chị đừng bị lừa nha.', '09011112222'],
];

test('brands\' own second sites, warnings showing a sample link, report words in residents\' languages, papers brought in person, a driver\'s round and a booked fare vs. their lures', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [lure, lureFrom, twin, twinFrom] of batch37Twins) {
    assert.equal(rules.analyse({ text: lure, from: lureFrom }).verdict, 'block', lure);
    assert.notEqual(rules.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
    assert.equal(engine.analyse({ text: twin, from: twinFrom }).verdict, 'allow', twin);
  }
});

// Session 'brandask': a listed brand claimed from a line it does not own, asking a Y/N reply, an app searched in a store
// or a QR code in the image it carries, beside a problem it asserts with the reader's parcel; beside each, the brand's own
// notice from its registered sender, its driver writing as themself, its own app named, an inn's or a friend's message.
// Rules only: the lure blocks (or tags, where marked), the twin does not block, and is allowed unless marked.
const brandAsks: [lure: string, lureFrom: string, lureExpect: 'block' | 'flagged', twin: string, twinFrom: string, twinExpect: 'allow' | 'not-block'][] = [
  ['【日本郵便】ゆうパックの保管期限が過ぎるため返送いたします。返送を止める場合は「1」とだけ返信してください', '09061128874', 'block', '【日本郵便】ゆうパックのお届け予定です。受取日時の変更は「1」と返信してください。', '0005312345', 'allow'],
  ['【ヤマト運輸】お届け先住所に不備があるため配達できません。再配達を希望される場合は「はい」と返信してください', '08077889900', 'block', 'ヤマト運輸 江東センターの佐藤です。本日伺いましたがご不在でした。20時まで回れますので、ご都合の時間を返信でお知らせください。', '08045127730', 'not-block'],
  ['【佐川急便】お荷物が住所不明のため保管中です。受け取る場合は「Y」と返信してください。期限を過ぎると返送されます。', '07011112222', 'block', '佐川急便の者です。マンションの部屋番号が伝票になくお届けできません。部屋番号をこちらに返信いただけますか。', '09055127730', 'allow'],
  ['【Amazon】ご注文の配送先確認です。氏名と住所を返信いただけない場合、ご注文はキャンセルとなります。', '+819091801340', 'block', '旅館さくらです。明日のご夕食は18時からでよろしければ「はい」とご返信ください。', '09012345678', 'allow'],
  ['【日本郵便】お届けできないお荷物があります。返送を止めたい方は「1」と返信してください', '08055556666', 'flagged', '郵便局の配達員です。書留をお届けに伺いましたがご不在でした。明日の午前でよろしければ「1」と返信ください。', '08055556666', 'not-block'],
  ['佐川急便:お届け先不明のためお荷物を保管しています。Playストアで「佐川追跡プラス」を検索・インストールし、ログイン後に受取日時を指定してください', '07061139902', 'block', 'ヤマト運輸の佐藤です。不在票を入れました。クロネコヤマト公式アプリで検索してインストールすると再配達の依頼が簡単です。', '09012345678', 'allow'],
  ['日本郵便です。住所不明のため荷物を保管中です。Google Playで「ゆうパック追跡」を検索してダウンロードし、再配達を申し込んでください', '09033334444', 'block', '佐川急便公式アプリ「Smart Club」をストアで検索してインストールしておくと便利だよ、お母さんも入れといて', '09012345678', 'allow'],
  ['【ヤマト運輸】お荷物をお預かりしています。App Storeで「ヤマト受取サポート」と検索してインストールし、受取手続きをしてください', '08011112222', 'block', '【ヤマト運輸】お荷物のお届け予定です。App Storeで「クロネコヤマト公式アプリ」を検索してインストールすると、受取日時の変更ができます。', '0005601234', 'allow'],
  ['【イオン銀行】ATMでのカード利用を停止しました。解除には専用アプリが必要です。担当からLINEでインストール用ファイルを送りますので ID aeon-cs01 を追加してください', '09071185534', 'block', '【イオン銀行】イオン銀行アプリの最新版を公開しました。インストールファイルはApp Store・Google Playからお受け取りください。', '0005112233', 'allow'],
  ['ヤマト運輸配送センターです。不在票番号の照会ができませんでした。添付画像のQRコードを読み取って再配達のご登録をお願いします。', '08061152273', 'flagged', 'LINE交換しよ!添付画像のQRコードを読み取って追加してね', '09012345678', 'allow'],
  ['佐川急便です。お届け先が確認できません。添付のQRコードを読み取って住所を入力してください', '08022223333', 'flagged', '明日のライブのチケット、添付画像のQRコードを入口でスタッフに見せてね', '09012345678', 'allow'],
];

test('a listed brand\'s problem told from a line it does not own, asking a Y/N reply, a store app it does not publish or a QR in its image, vs. its own notice, its driver, its own app, an inn or a friend', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [lure, lureFrom, lureExpect, twin, twinFrom, twinExpect] of brandAsks) {
    const l = rules.analyse({ text: lure, from: lureFrom }).verdict;
    if (lureExpect === 'block') assert.equal(l, 'block', lure);
    else assert.notEqual(l, 'allow', lure);
    const t = rules.analyse({ text: twin, from: twinFrom }).verdict;
    if (twinExpect === 'allow') assert.equal(t, 'allow', twin);
    else assert.notEqual(t, 'block', twin);
    assert.notEqual(engine.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
  }
});

// Session 'legit5': legitimate messages about the reader's own business or told of a scam, beside the lure that uses the
// same words. The lure blocks on the rules; the twin blocks on neither the rules nor the engine.
// - a cancellation fee of the reader's own booking (ご予約…キャンセル料が発生) is the booking's terms, not a site's fee: the fake
//   order disowned for the reader ("心当たりのない場合") or a paid site's fee told beside it still is (engine.ts dropOwnBookingFee);
// - 架空請求SMS / 架空請求のメール name what a message is, as 詐欺SMS does: a report (data/lures.json scam-report);
// - an office's problem a person tells of in their own voice with no way in and nothing asked is told, not claimed (lures/index.ts);
// - a quote told as a threat someone made (「…」と脅され) is the threatener's, quoted by a warning (quotes/index.ts);
// - a messenger named only as the way to reach the sender is the medium, not a brand the message speaks as.
const ownBusinessAndTold: [lure: string, lureFrom: string, twin: string, twinFrom: string][] = [
  ['【Amazon】ご注文ありがとうございます。iPhone15 198,000円。お心当たりのない場合は050-3312-8841へご連絡ください。ご連絡なき場合はキャンセル料が発生します。', '09012345678',
    '【さくら歯科】明日10:30のご予約のお知らせです。ご都合が悪い場合は前日までにご連絡ください。ご連絡なき場合はキャンセル料が発生します。', '05012345678'],
  ['有料動画サイトのご予約が未完了です。本日中にご連絡なき場合はキャンセル料が発生します。050-3312-8841', '09012345678',
    '【ホテル花月】12月20日ご宿泊のご予約ありがとうございます。前日からのキャンセルはキャンセル料が発生しますのでご注意ください。ご変更はお電話ください。', '05031234567'],
  ['ご予約のお荷物の配送料が未払いです。本日中にご連絡なき場合はキャンセル料が発生します。050-3312-8841', '09012345678',
    'みなと整骨院です。明日14時のご予約の確認です。当日キャンセルの場合はキャンセル料が発生しますので、ご変更はお早めにご連絡ください。', '05031234567'],
  ['架空請求の被害に遭われた方へ。返金手続きのため050-3312-8841へお電話ください', '09012345678',
    '昨日、未払い料金があるって架空請求SMS来た', '09012345678'],
  ['【NTTファイナンス】未払い料金があります。本日中にご連絡なき場合は法的手続きに移行します。050-3312-8841', '09012345678',
    'ねえ聞いて、さっき「未払い料金があります」って架空請求のメール来た。無視した', '09012345678'],
  ['【ビットフライヤー】お客様のウォレットが凍結されました。解除は https://bitflyer-unlock.top/ から本日中に', '09012345678',
    '仮想通貨の口座が凍結されたって兄が言ってた', '09012345678'],
  // A messenger named only as the way to reach the sender ("変更はLINEまたはお電話で") is the medium, not a claim of LINE (engine.ts AS_WAY).
  ['【LINE】お客様のアカウントが凍結されました。LINEで認証してください https://line-verify.top/', '05031234567',
    '【まつ毛サロンRIN】ご予約ありがとうございます。当日キャンセルはキャンセル料100%が発生します。変更はLINEまたはお電話で。', '05031234567'],
  ['LINEで本人確認が必要です。こちらから https://line-verify.top/', '05031234567',
    'まつ毛サロンRINです。ご予約ありがとうございます。変更はLINEまたはお電話で。', '05031234567'],
  // "教えちゃだめ" and its Kansai and conditional forms (教えたらあかん, 教えたらダメ) warn about what is to be kept; said of the matter
  // itself ("このことは誰にも…") it is the オレオレ's secrecy (engine.ts THE_MATTER).
  ['おばあちゃん、俺やけど会社の金なくしてしもた。今日中に200万いるねん。このことは誰にも教えたらあかんで', '09012345678',
    'おじさん、マイナンバーカードの暗証番号はだれにも教えたらあかんよ。市役所の人も聞いてこんから', '07022264483'],
  ['母さん、俺だけど会社のお金なくした。今日中に200万必要。このことは誰にも教えちゃだめだよ', '09012345678',
    'おじいちゃん、キャッシュカードの暗証番号は警察の人にも教えたらダメだからね', '09012345678'],
  // A threat quoted and told as one made (「…」と脅され): the threatener's words, quoted by the warning (quotes/index.ts THREAT_TAIL).
  ['この前の受け取りの仕事、今週もやってもらう。断るのはナシな。免許証の写真、こっちで預かってるの忘れるなよ', '08012345678',
    '【〇〇中学校】闇バイトについて。一度応募すると「断るのはナシ」「家族に迷惑かけたくなければやれ」と脅されます。個人情報を送ってしまった場合もすぐに相談してください。', '0312345678'],
  ['この前の受け取りの仕事、今週もやってもらう。断るのはナシな。免許証の写真、こっちで預かってるの忘れるなよ', '08012345678',
    '保護者の皆様　SNSの「高額バイト」に応募すると、「断るのはナシ」「家族に迷惑かけたくなければ」と脅される事例が市内で発生しています。ご家庭でも話し合ってください。〇〇中学校', '0312345678'],
];

test('a booking\'s own cancellation fee, a scam named by its kind, an office\'s problem a person tells of: allowed; the fake order, the paid site, the recovery call and the spoofed notice block on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [lure, lureFrom, twin, twinFrom] of ownBusinessAndTold) {
    assert.equal(rules.analyse({ text: lure, from: lureFrom }).verdict, 'block', lure);
    assert.notEqual(rules.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
    assert.notEqual(engine.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
  }
  // Told of someone with nothing asked: no lure of the message's own; asked in the same breath, it still is one.
  assert.equal(rules.analyse({ text: '仮想通貨の取引所でウォレットが凍結されたって', from: '09012345678' }).verdict, 'allow');
  assert.ok(rules.analyse({ text: 'お母さん、口座が凍結されたって銀行から連絡きた。今から手続きするからキャッシュカードの番号教えて', from: '09012345678' }).reasons.some((r) => r.code === 'LURE'));
});

test('an office-holder\'s payment into the writer\'s own named account is one ask, counted once (it flags on the rules); an account still to come by reply, or the usual party cut out, blocks', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const text of [
    // (Written out in full with its holder, the treasurer's own account is her named route: see the block on namedOwnAccount at the end.)
    'テニス部会計の佐藤です。今年度の部費5000円を今月末までに私の個人口座に振り込んでください。三菱UFJ 普通 1234567',
    '町内会会計の山本です。今年度の会費2000円、私の個人口座にお振込みください。領収書は回覧板と一緒にお渡しします。',
  ]) {
    const a = rules.analyse({ text, from: '09012345678' });
    assert.equal(a.verdict, 'suspicious', text);
    assert.ok(!a.reasons.some((r) => r.code === 'ASK_UNVERIFIED_PAYEE'), text);
  }
  for (const text of [
    '管理組合の理事長です。耐震補強工事の費用負担が決まりました。区分所有者様には1戸あたり90万円を今月中にお振込みいただきます。口座は返信でお知らせします',
    '大家の佐藤です。来月から家賃は私の個人口座に直接お願いします。管理会社には連絡しなくて大丈夫です',
  ]) assert.equal(rules.analyse({ text, from: '09081589238' }).verdict, 'block', text);
});

// A notice that gives no way in (no link, number or e-mail; sent from a letters ID, or sending the reader to the brand's own
// app, counter or paper) claims its brand for nothing a stranger could use: BRAND_CLAIMED is not weighed, as BRAND_LURE and
// ASK_RESOLVE are not (engine.ts noWayIn). The same claim with a page or a number of its own blocks on the rules.
const noWayInPairs: [lure: string, lureFrom: string, twin: string, twinFrom: string][] = [
  ['【楽天カード】不正ログインを検知しました。至急こちらでパスワードを変更してください https://rakuten-card-secure.xyz/', '09012345678',
    '【楽天カード】新しい端末からログインがありました。心当たりがない場合は楽天カードアプリからパスワードを変更してください。', 'RakutenCard'],
  ['【イオンカード】お支払いが確認できません。本日中に 050-3312-8841 へご連絡ください。', '09012345678',
    '【イオンカード】お支払日に引落しができませんでした。お支払い方法はイオンウォレットアプリでご確認ください。', 'AEON'],
  ['【U-NEXT】ご登録のクレジットカードの有効期限が切れています。本日中にこちらで更新してください https://unext-card.top/', '09012345678',
    '【U-NEXT】ご登録のクレジットカードの有効期限が近づいています。U-NEXTアプリの「アカウント」から更新できます。', '-'],
];

test('a brand\'s notice that gives no way in is not weighed as its claim: allowed on the rules; the same claim with its own page or number blocks there', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [lure, lureFrom, twin, twinFrom] of noWayInPairs) {
    assert.equal(rules.analyse({ text: lure, from: lureFrom }).verdict, 'block', lure);
    const m = twinFrom === '-' ? { text: twin } : { text: twin, from: twinFrom };
    const a = rules.analyse(m);
    assert.equal(a.verdict, 'allow', twin);
    assert.ok(!a.reasons.some((r) => r.code === 'BRAND_CLAIMED'), twin);
    assert.equal(engine.analyse(m).verdict, 'allow', twin);
  }
});

// A desk or a business speaking as itself (a heading, "…部です", "…センターより", "…の者です", the office's register) about the
// reader's own money, contract, benefit or account (data/lures.json account-matter), from a line no office texts from, asking to be
// rung back on that line or on a number it writes: the number is the pick of whoever holds the line (ask-channel.ts deskOnOpenLine,
// sender-trust.ts, claim-channel.ts callAlarm). Twins: the desk's own line, a booking reminder, the number on the reader's bill, a
// person's own call, a warning quoting the lure, a driver at the door.
const deskMatterLures: [text: string, from: string][] = [
  ['カーディーラー整備部です。車検代金のお支払いが未確認となっております。050-3344-7781 までご連絡ください', '09012345678'],
  ['料金管理センターです。ご利用料金の督促状が返送されました。本日中に担当 03-5210-4477 までご連絡ください', '09033334444'],
  ['【自動車保険】事故受付センターです。相手方から保険金請求が届いています。至急 050-2231-8876 へ折り返しください', '07012349876'],
  ['年金給付課です。未支給の年金がございます。お手続きのため 050-6612-3390 へお電話ください', '08055551234'],
  ['〇〇不動産管理部です。家賃の振込口座の確認が取れておりません。こちらの番号に折り返しお電話ください', '07011112222'],
  ['Billing department: your contract payment is unconfirmed. Please call 050-1234-5678 today.', '+447700900123'],
  ['保险公司理赔部:您的车险理赔款未确认,请尽快回电 050-3322-1188', '+8613800138000'],
  ['交通事故相談センターの者です。ご家族の事故の示談金についてご相談がございます。こちらの番号に折り返しお電話ください', '09011112222'],
  ['給付金事業の担当です。補助金の振込に事務手数料が必要です。本日中に 03-4455-6677 へご連絡ください', '08099998888'],
];
const deskMatterTwins: [text: string, from: string][] = [
  ['カーディーラー整備部です。明日10時の点検のご予約を承っております。変更は 03-5555-1234 までご連絡ください', '0312345678'],
  ['〇〇自動車です。12か月点検のご案内です。ご予約はお電話で承ります', '0005123456'],
  ['〇〇歯科です。明日11時のご予約のお知らせです。変更の際はお電話ください', '0312345678'],
  ['サロン〇〇です。明日14時のご予約お待ちしております。変更はこの番号にお電話ください', '09012345678'],
  ['ご利用料金のお支払いが確認できていません。詳しくはご請求書に記載の番号へお問い合わせください。〇〇ガス', '0120123456'],
  ['お母さん、年金の書類のことで聞きたいから電話ちょうだい', '09012345678'],
  ['田中です。保険の契約内容のことで相談したいので、今夜電話してもいい?', '09012345678'],
  ['トヨタの佐藤です。車検のお見積りができましたので、ご都合のよい時にお電話ください', '09012345678'],
  ['「料金管理センターです。督促状が返送されました。本日中に03-5210-4477へご連絡ください」というSMSは詐欺です。電話しないでください', '0312345678'],
  ['配達員の佐藤です。ただいまお届けに伺いましたがご不在でした。この番号にお電話ください', '09012345678'],
  ['〇〇法律事務所です。示談金の件、先日お送りした書面の通りです。ご不明点は当事務所 03-3333-4444 までお電話ください', '0333334444'],
];

test('a desk\'s money, contract, benefit or account matter asked to be rung on a line no office uses blocks on the rules; the desk\'s own line, a booking, the bill\'s number, a person, a warning are not blocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of deskMatterLures) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  for (const [text, from] of deskMatterTwins) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
  for (const [text, from] of deskMatterTwins.slice(0, 8)) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// A call the message announces for the reader to take ("担当からの電話に出てください", "カード会社の担当からの電話をお待ちください",
// data/lures.json await-call), with no number written: the talk it sets up is with whoever holds the line it came from, or whoever that
// holder sends (asks/call.ts). From a line the claim does not own, beside the reader's own account, card or money told caught up,
// it blocks on the rules like the call back it is; a bank's registered sender, a clinic's landline, a driver, a person, a relative's
// heads-up and a warning quoting it are not blocked. (A department introducing itself after a listed body's name, "国税庁徴収部です",
// speaks as that body: brands/check.ts speaksAs.)
const awaitedCallLures: [text: string, from: string][] = [
  ['警察庁捜査二課です。お客様名義の口座が詐欺事件に使われています。本日、担当刑事からの電話に出てください', '08011223344'],
  ['家電量販店の者です。お客様のクレジットカードで不正な決済がありました。カード会社の担当からの電話をお待ちください', '07055556666'],
  ['年金事務所です。年金の未支給分がございます。本日中に担当者よりお電話いたしますので、通帳をご用意ください', '05011112222'],
  ['国税庁徴収部です。あなた名義の未納税額について、担当より本日お電話します。必ず電話に出てください', '09044445555'],
  ['Fraud department: suspicious charges on your account. Our agent will call you shortly, please keep your card ready.', '+15551230000'],
  ['ネットバンク不正対策室です。お客様の口座から不審な送金がありました。担当より電話しますので必ず出てください', '07031313131'],
];
const awaitedCallTwins: [text: string, from: string][] = [
  ['〇〇銀行です。住宅ローンのお手続きについて、担当者より明日お電話いたします。', '0005012345'],
  ['〇〇クリニックです。検査結果について、医師から明日お電話いたします。', '0312345678'],
  ['配達員の山田です。明日午前にお届けします。到着前にこちらからお電話いたします。', '09012345678'],
  ['田中です。明日の打ち合わせの件、会社からお電話いたします。', '09012345678'],
  ['〇〇保険の佐藤です。ご契約の更新について、明日こちらからお電話いたします。', '09012345678'],
  ['お母さん、会社の上司から電話がいくと思うから出てね', '09012345678'],
  ['「カード会社の担当からの電話をお待ちください」というSMSは詐欺です。電話には出ないで', '0312345678'],
];

test('a call announced for the reader to take, from a line the claim does not own, about the reader\'s account or money, blocks on the rules; a registered bank, a clinic, a driver, a person and a warning are not blocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of awaitedCallLures) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  for (const [text, from] of awaitedCallTwins) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
  for (const [text, from] of awaitedCallTwins.slice(0, 5)) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// A payee announced as changed and a call asked to confirm it or to learn the new account (asks/payee.ts changedPayeeCall): the call
// reaches the one who announced the change, which checks nothing (全銀協: confirm a change on the number already held for the payee),
// and the account comes on the call. Its payee is whoever answers; the call is the lure's (checks/ask-channel.ts payeeConfirmCall). The
// landlord's agent's own fixed line asking a call back to itself, a change told on paper, a warning and an accountant checking with
// the payee's own number are not blocked.
const changedPayeeCallLures: [text: string, from: string][] = [
  ['大家の山本です。来月から家賃の振込先が変更になります。詳しくはお電話でご説明しますので、この番号にご連絡ください', '09012345678'],
  ['オーナーの者です。管理費の振込口座が変わりましたので、新しい口座は 080-3344-1122 に折り返しお電話いただければお伝えします', '07012345678'],
  ['Landlord here: our bank details have changed. Please call me to get the new account before paying rent.', '+15551234567'],
  ['【〇〇ハイツ管理】家賃振込先変更のお知らせ。至急 03-9988-7766 までご連絡ください', '09087654321'],
];
const changedPayeeCallTwins: [text: string, from: string][] = [
  ['〇〇管理です。4月より家賃の振込先口座が変更になります。ご不明点は弊社 03-1234-5678 までお電話ください', '0312345678'],
  ['【〇〇管理】4月より家賃の振込先口座が変更になります。詳細は郵送の通知書をご確認ください。ご不明点はお電話ください', '0005012345'],
  ['大家の山本です。来月から家賃の振込先が変更になります。新しい口座は書面でお送りしましたのでご確認ください', '09012345678'],
  ['経理の田中です。取引先から振込先が変わったと連絡が来ましたが、念のため先方の代表番号に電話で確認してから処理します', '09012345678'],
  ['【〇〇不動産】振込先が変更になったとの電話やSMSは詐欺です。振込先の変更はいたしません。', '0312345678'],
];

test('a payee announced as changed, to be confirmed or told on a call to the announcer, blocks on the rules; the agent\'s own line, paper, a check with the payee\'s own number and a warning are allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of changedPayeeCallLures) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  for (const [text, from] of changedPayeeCallTwins) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A move to a messenger account from a line that vouches for nothing (a handset, an 050 line, abroad, no sender), tied to
// something of value: money paid first or collected, dues, returns, a referral's pay, goods at a price, a favour, secrecy
// from the parents (checks/messenger-stake.ts, MESSENGER_STAKE_ASK). Each lure blocks on the rules, and only with that finding;
// its twin (people who met swapping IDs, a colleague, a friend's photos, the same organiser asking attendance, a members'
// group, an official account link, a warning, a service's code message, an ID that stays the same) does not block.
const messengerStakeLures: [text: string, from: string | undefined][] = [
  ['同窓会の幹事です。会費8000円を先に集めています。LINE ID: dosokai_25 を追加してください', '05011112222'],
  ['クラス会の幹事です。参加費を事前に集金しています。テレグラム @classkai_2027 に連絡ください', '07011112222'],
  ['ボーナスを預けてくれたら半年で2倍にして返します。先着5名。テレグラム @double_bonus_jp まで', undefined],
  ['高校生OK!友だちを紹介するだけで1人3万円。詳しくはテレグラムで。親には言わなくて大丈夫だよ', '09098765432'],
  ['推しのアクスタ、まとめ買いしたのでお譲りします。1個1,500円です。カカオトーク ID: oshi_goods7 で連絡してね', '08012345678'],
  ['中学で同じクラスだった山本です。ちょっと頼みたいことがあって、新しいLINE ID: yamamoto_k77 に連絡もらえる?', '08012121212'],
  ['Earn 5,000 yen per referral, just invite friends. Add me on Telegram @ref_bonus_jp', '08077778888'],
  ['资金翻倍的机会，月收益30%。加微信 gold_win88 了解', '+8613812345678'],
  ['Chị có việc nhà máy ở Aichi, lương 1.300 yên/giờ. Phí giới thiệu 50.000 yên. Kết bạn Zalo: lan_job88', '08012345678'],
];
const messengerStakeTwins: [text: string, from: string | undefined, expect: 'allow' | 'not-block'][] = [
  ['同窓会の幹事です。出欠の確認用にLINE ID: dosokai_25 を追加してください', '05011112222', 'allow'],
  ['昨日の飲み会で会った鈴木です。LINE ID: suzuki_k0912 です。よかったら追加してください', '09012345678', 'allow'],
  ['バイト先の田中です!シフトの連絡用にLINE ID: tanaka_88 追加してください', '09012345678', 'allow'],
  ['推しのライブ楽しかったね!写真いっぱい撮ったからカカオトーク ID: oshi_goods7 で送るね', '08012345678', 'allow'],
  ['高校の部活の後輩です!来週の練習試合、詳しくはLINEで送りますね', '09098765432', 'allow'],
  ['Hi, it\'s Ken from the Shibuya meetup. Add me on Telegram @ken_tokyo so I can send the photos', '08077778888', 'allow'],
  ['我是小王，下周的日语课照常。微信还是原来那个', '08011112222', 'allow'],
  ['新しいLINEアカウント作ったよ。ID: miho.k_0303 で検索してね', '09012345678', 'allow'],
  ['3年2組の保護者の皆さん、謝恩会の会費3000円を集めます。連絡用のLINEグループに招待しますね', '09012345678', 'allow'],
  ['【カフェ・モモ】公式LINEはじめました!友だち追加で次回10%OFF https://lin.ee/abc123', '09012345678', 'not-block'],
  ['「日給3万円、テレグラム @easy_job に連絡」というSMSは闇バイトの勧誘です。絶対に連絡しないでください', '09012345678', 'not-block'],
  ['Código do WhatsApp: 123-456. Não compartilhe este código.', 'WhatsApp', 'not-block'],
];

test('a move to a messenger account from a line that vouches for nothing, tied to money, returns, a referral\'s pay, goods, a favour or secrecy, blocks on the rules (MESSENGER_STAKE_ASK); people who met, a colleague, the same organiser with nothing at stake, a members\' group, an official account, a warning and a code message do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of messengerStakeLures) {
    const a = rules.analyse(from === undefined ? { text } : { text, from });
    assert.equal(a.verdict, 'block', text);
    assert.ok(a.reasons.some((r) => r.code === 'MESSENGER_STAKE_ASK'), text);
    // Without the pair weighed as one, the rules stopped short of block.
    const others = a.reasons.reduce((sum, r) => (r.code === 'MESSENGER_STAKE_ASK' ? sum : sum + r.weight), 0);
    assert.ok(others < 70, `${text}: ${others}`);
  }
  for (const [text, from, expect] of messengerStakeTwins) {
    const m = from === undefined ? { text } : { text, from };
    const a = rules.analyse(m);
    assert.ok(!a.reasons.some((r) => r.code === 'MESSENGER_STAKE_ASK'), text);
    if (expect === 'allow') assert.equal(a.verdict, 'allow', text);
    else assert.notEqual(a.verdict, 'block', text);
  }
});

// An old acquaintance's "new contact" given as a messenger account after a long gap, with nothing at stake, from a line that
// vouches for nothing (MESSENGER_NEW_CONTACT): it flags on the rules and never blocks there, since a real classmate writes the
// same; with a stake beside it, it is MESSENGER_STAKE_ASK's and blocks. Twins: a reunion's group with no contact changed, a
// friend's new account told with no gap, people who just met, a clinic's new number with no messenger, a friend's "いつものLINE".
const newContactLures: [text: string, from: string][] = [
  ['お久しぶりです、小学校で一緒だった中村です。連絡先が変わりました。LINE ID: nakamura_r5 で追加してね', '08011112222'],
  ['好久不见！我是以前打工认识的小林。联系方式换了，加我微信 lin_2025jp', '08011112222'],
  ['Long time no see! It\'s Anna from the Osaka language school. I changed my contact, add me on Telegram @anna_osaka', '+14155550123'],
];
const newContactTwins: [text: string, from: string][] = [
  ['お久しぶりです!来月の同窓会、LINEグループ作ったので ID: dosokai2026 で検索して参加してね', '09012345678'],
  ['新しいLINEのID、shun_0412 に変えた。前のアカウントは引き継ぎ失敗して消えちゃった。追加しといて', '09012345678'],
  ['今日の交流会でお話しした鈴木です!LINE IDは suzuki_k0912 です。よかったら追加してください', '09012345678'],
  ['ご無沙汰しております。以前お世話になった整体院の佐伯です。開業したのでご挨拶まで。この番号が新しい院の携帯です', '08066602249'],
  ['久しぶり!元気?今度ご飯行こうよ、いつものLINEで連絡するね', '09012345678'],
];

test('an old acquaintance\'s new contact given as a messenger account after a long gap, with nothing at stake, flags on the rules and does not block (MESSENGER_NEW_CONTACT); with a favour beside it, it blocks; a reunion\'s group, a friend\'s new account, people who just met and a clinic\'s new number are not tagged', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of newContactLures) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'suspicious', text);
    assert.ok(a.reasons.some((r) => r.code === 'MESSENGER_NEW_CONTACT'), text);
  }
  for (const [text, from] of newContactTwins) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', text);
    assert.ok(!a.reasons.some((r) => r.code === 'MESSENGER_NEW_CONTACT'), text);
  }
  const staked = rules.analyse({ text: 'お久しぶりです、小学校で一緒だった中村です。連絡先が変わりました。ちょっと頼みたいことがあって、LINE ID: nakamura_r5 で追加してね', from: '08011112222' });
  assert.equal(staked.verdict, 'block');
  assert.ok(staked.reasons.some((r) => r.code === 'MESSENGER_STAKE_ASK'));
  assert.ok(!staked.reasons.some((r) => r.code === 'MESSENGER_NEW_CONTACT'));
});

// A booking's own terms and its own desk (engine.ts dropOwnBookingFee, checks/ask-channel.ts readersOwnBusiness): an inn,
// a salon, a clinic or a restaurant writing about the reader's own booking (ご予約, ご宿泊, 您预约, 예약하신) from its own 050
// line or handset, asking a Y/N, the arrival time or a call back, and stating its cancellation policy through what follows
// if the reader does not get in touch ("ご連絡なき場合はキャンセル料を頂戴いたします"), asks nothing a stranger could use.
// The same booking with money before the visit, a payee, a card number or a password asked, or a harm beyond the
// booking's cancellation (法的措置), still blocks on the rules.
const bookingTermsLures: [string, string][] = [
  ['旅館みどり荘です。明日のご宿泊の件、ご連絡なき場合はキャンセル料を頂戴いたします。確認のためカード番号と有効期限をご返信ください。', '05012345678'],
  ['旅館みどり荘です。明日のご宿泊の件、本日中にご連絡なき場合はキャンセル料3万円と法的措置を取らせていただきます。', '05012345678'],
  ['【东和综合医院】您预约的门诊需要先支付押金5000日元，请转账到以下账户，账户信息回复后告知。', '05038116620'],
  ['〇〇ホテル予約センターです。ご予約のデポジットが未入金です。明日までに下記口座へお振込みください。口座はこのSMSへの返信でご案内します。', '08061488551'],
  ['成人式の前撮りのご予約ありがとうございます。担当者が変わったため、残金の振込先が変更になりました。新しい口座をお送りするので、了解でしたら「OK」と返信ください', '+818056610955'],
  ['スイミングスクールです。振替レッスンのご予約に不具合がありました。会員番号とパスワードを返信いただければ、こちらで修正いたします', '09075624467'],
];
const bookingTermsTwins: [string, string][] = [
  ['旅館みどり荘です。明日のご宿泊の件、到着時刻をご返信ください。ご連絡なき場合はキャンセル料を頂戴いたします。', '05012345678'],
  ['ホテル青葉です。本日のご予約、チェックインは18時までとなります。遅れる場合はご連絡ください。ご連絡なき場合は不泊としてキャンセル料100%を申し受けます。', '05012345678'],
  ['民宿はまなすです。ご予約ありがとうございます。到着が20時を過ぎる場合はご連絡ください。ご連絡なき場合はキャンセル扱いとさせていただきます。', '05098765432'],
  ['整体院ほぐし家です。12/10(水)18:00のご予約の確認です。確定は「はい」、変更希望は「いいえ」と返信をお願いします。', '05020917733'],
  ['焼肉きらく 本店です。本日19:00、4名様のご予約を承っております。キャンセルの場合は「2」と返信ください。', '05034471188'],
  ['【东和综合医院】您预约的12月9日上午10:30门诊，请按时就诊。确认请回复“1”，取消请回复“2”。', '05038116620'],
  ['[서울치과] 예약하신 12월 9일 오전 10시 진료 확인 부탁드립니다. 확인은 1, 취소는 2로 회신해 주세요.', '05055551234'],
];

test('a business\'s own booking, its Y/N, its call back and its cancellation fee "if not contacted": allowed; the booking with money, a payee, a card number, a password or a legal threat blocks on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of bookingTermsLures) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  for (const [text, from] of bookingTermsTwins) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});

// NHK's published call-centre numbers (data/brands.json nhk officialSenders: NHKふれあいセンター 0570-077-077, 0120-151515,
// 050-3786-5003) are its own desk: a notice or a person pointing to them is allowed; NHK claimed with another handset,
// 050 line or page still blocks on the rules.
test('NHK\'s own published numbers are its desk: allowed; NHK claimed with a stranger\'s number or page blocks on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【NHK】受信料が未払いです。本日中に050-1234-9876までご連絡ください。ご連絡なき場合は法的手続きに移行します。', '09012345678'],
    ['NHK受信料センターです。未納の受信料があり、このままでは裁判になります。至急 090-3344-5566 へお電話ください。', '07011112222'],
    ['NHKです。受信料の還付金があります。ATMで手続きできますので 0120-151515 ではなくこちらの担当 090-1111-2222 へお電話ください。', '05011112222'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  assert.equal(rules.analyse({ text: 'NHK: Your TV licence fee is overdue. Pay now to avoid legal action: https://nhk-jushinryo.top/pay' }).verdict, 'block');
  for (const [text, from] of [
    ['【NHK】受信料のお支払いが確認できておりません。同封の払込用紙でお支払いください。お問い合わせはNHKふれあいセンター 0570-077-077 まで。', '0120889753'],
    ['NHKふれあいセンターです。受信契約の住所変更を承りました。ご不明点は0120-151515までお電話ください。', '0120151515'],
    ['NHK受信料の窓口です。口座振替のお手続きが完了しました。ナビダイヤルがご利用になれない場合は050-3786-5003へお問い合わせください。', ''],
  ] as const) {
    const m = from ? { text, from } : { text };
    assert.equal(rules.analyse(m).verdict, 'allow', text);
    assert.equal(engine.analyse(m).verdict, 'allow', text);
  }
});

// An office-holder's own named route (asks/role.ts namedOwnAccount, doorFee's QUOTED): a treasurer who names herself by role and
// name and writes out her own account in full (bank, number, holder), nothing pressed and nobody cut out, collects the members'
// money the way a club without an account of its own does, as one naming her PayPay ID; a tradesman's visit for the price
// already quoted (見積り通り) is the job the reader arranged. Unnamed, pressed for today, with the account to come by reply, the
// usual party cut out, or cash at the door for an unbooked inspection, it blocks on the rules.
test('a treasurer\'s own account written out under her name, a tradesman\'s quoted price: allowed; pressed, bypassed, to come by reply or an unbooked door fee blocks on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['大家の佐藤です。来月から家賃は私の個人口座に直接お願いします。みずほ 普通 1112223 サトウイチロウ。管理会社には連絡しなくて大丈夫です', '09081589238'],
    ['マンション管理組合です。消防設備点検に明日伺います。点検費用8,800円は作業員に現金でお渡しください。', '09012345678'],
    ['指定業者です。明日、排水管の点検に伺います。費用は見積り通り15,000円を当日現金でお願いします。未払いの場合は法的措置', '09012345678'],
    ['管理組合の理事長です。耐震補強工事の費用負担が決まりました。区分所有者様には1戸あたり90万円を今月中にお振込みいただきます。口座は返信でお知らせします', '09081589238'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  // Pressed for today, the same treasurer's account is still the role's ask.
  assert.notEqual(rules.analyse({ text: '町内会会計の山本です。至急、今日中に会費5000円を私の個人口座に振り込んでください。三菱UFJ 普通 7654321 ヤマモトケン', from: '09055556666' }).verdict, 'allow');
  for (const [text, from] of [
    ['テニス部会計の山田です。今年度の部費3000円を今月末までに私の個人口座(三菱UFJ 渋谷支店 普通 1234567 ヤマダタロウ)にお振込みください。', ''],
    ['テニス部会計の佐藤です。今年度の部費5000円を今月末までに私の個人口座に振り込んでください。三菱UFJ 普通 1234567 サトウハナコ', '09011112222'],
    ['少年野球チーム会計の中村です。遠征費4,000円は20日までに私の個人口座へお願いします。ゆうちょ 記号10120 番号12345671 ナカムラユキ', '08033334444'],
    ['水道の修理の件、部品入りました。明日9時ごろ伺います。お代は作業後に現金かカードで、見積りどおり18,700円です 水道屋 大西', '09009541988'],
    ['便利屋ハンズの小西です。粗大ごみ回収の件、明日13時に伺います。費用は見積り通り8,000円です。', '05059096765'],
  ] as const) {
    const m = from ? { text, from } : { text };
    assert.equal(rules.analyse(m).verdict, 'allow', text);
    assert.notEqual(engine.analyse(m).verdict, 'block', text);
  }
});

// A business's invite to its own LINE official account (checks/ask-channel.ts ownOfficialAccount): a shop's news, bookings or
// hiring at an ordinary wage taken up on the account LINE issued to it (lin.ee, page.line.me), with no lure, nothing pressed,
// nothing of value asked and no listed brand claimed, moves the reader to nobody but the shop. With a job's pay piled up, an
// investment, a brand's problem, an ID photo and an account number asked, or from abroad, the same link blocks on the rules.
test('a shop\'s own LINE official account link for its news, bookings or hiring: allowed; with a piled-up pay, an investment, a brand\'s problem or data asked it blocks on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['スマホで簡単なお仕事！1日30分で日給2万円、即日払い。応募は公式LINEから https://lin.ee/Zz99xyq', '09012345678'],
    ['【採用担当】在宅ワーク 日給2万円。面接はLINEで行います。https://lin.ee/Zz99xyq から友だち追加を。', ''],
    ['株式投資の勉強会です。先生の銘柄で月利10%、元本保証。参加は公式LINEへ https://lin.ee/Inv3stX', '09012345678'],
    ['【ヤマト運輸】お荷物の住所不備がございます。公式LINEで住所をご確認ください https://lin.ee/YmT0abc', '09012345678'],
    ['Part-time job in Japan! Earn 30,000 yen per day, simple tasks. Add our official LINE https://lin.ee/Jb0kkk', '+639171234567'],
    ['居酒屋とりまるです。採用にあたり、公式LINE https://lin.ee/Ab12CdE から身分証の写真と口座番号を送ってください', '09012345678'],
  ] as const) assert.equal(rules.analyse(from ? { text, from } : { text }).verdict, 'block', text);
  for (const [text, from] of [
    ['居酒屋とりまる渋谷店です。ホールスタッフを募集しています。時給1300円〜、まかない付き。応募は当店公式LINEから https://lin.ee/Ab12CdE', '0312345678'],
    ['【焼肉きらく】アルバイト募集中！時給1200円、週2日から。ご応募は公式LINEアカウント(https://lin.ee/kR4x9Zq)からどうぞ。', ''],
    ['カフェ・ミモザです。いつもご来店ありがとうございます。新メニューのお知らせは公式LINEで配信中です https://lin.ee/Ab12CdE', '0312345678'],
    ['美容室Lienです。ご予約・空き状況の確認は公式LINEからも承ります https://lin.ee/Li3nXyz', '0312345678'],
    ['とりまるの店長です。来月のシフト希望は店の公式LINE https://lin.ee/Ab12CdE から出してください', '09012345678'],
  ] as const) {
    const m = from ? { text, from } : { text };
    const a = rules.analyse(m);
    assert.equal(a.verdict, 'allow', text);
    assert.ok(!a.reasons.some((r) => r.code === 'ASK_MESSENGER'), text);
    assert.equal(engine.analyse(m).verdict, 'allow', text);
  }
});

// A bank or a payment app named as the way the money goes (brands/media.ts): "いつもの口座(りそな)で大丈夫", the bank given in
// brackets as the account's with the way closed on it, and "PayPayかLINEで", one of two ways named, are the medium, not a claim
// to be the bank or the app. The account's own trouble in the same brackets ("お客様の口座(三井住友銀行)が凍結", "口座(りそな)で
// 不正な出金") and a 【header】 keep the claim, and those lures block on the rules.
test('a bank in brackets as the account\'s, an app as one of two ways to pay: not claimed; the account\'s trouble or a header keeps the claim and blocks on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['お客様の口座(三井住友銀行)が凍結されました。解除はこちら https://smbc-kaijo.top', '09012345678'],
    ['ご登録の口座(りそな)で不正な出金を検知しました。至急 050-1111-2222 までご連絡ください。', '09012345678'],
    ['【PayPay】アカウントに不正アクセスがありました。PayPayかLINEで本人確認を行ってください https://paypay-kakunin.top', ''],
  ] as const) {
    const a = rules.analyse(from ? { text, from } : { text });
    assert.equal(a.verdict, 'block', text);
    assert.ok(a.reasons.some((r) => r.code === 'BRAND_CLAIMED'), text);
  }
  for (const [text, from] of [
    ['大家の石井です。12月分の家賃、まだ入金が確認できていなかったのでご連絡しました。いつもの口座(りそな)で大丈夫です。もう振込済みなら行き違いですみません', '09029146631'],
    ['この前の飲み会の割り勘、1人4,200円ね。幹事の私にPayPayかLINEで。現金でも次回でOK', '07080177494'],
    ['合宿費は口座(ゆうちょ)かPayPayでお願いします。会計 田中', '08012341234'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});

// A notice from a letters sender ID that writes no link, number or e-mail and names the way the reader already holds (its app,
// マイページ, 公式アプリ: own-way) gives a stranger no way in (engine.ts noWayIn): its lure words and its haste are the brand's
// notice read where the reader already goes, or a spoof that collects nothing, so LURE and PRESSURE are not weighed either. The
// same notice with a page or a number to ring blocks on the rules; a letters ID's first part of a split lure, naming no way of
// the reader's, still flags.
test('a letters ID\'s notice that sends the reader only to its app or page and writes no way in: allowed; with a page or a number it blocks on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['静岡銀行:不正な出金の可能性を検知したため、キャッシュカードのお取引を一時停止しました。詳細は公式アプリまたは https://shizugin-anzen.top でご確認ください。', 'shizugin'],
    ['PayPay銀行:本人確認書類の有効期限が過ぎています。本日中に 050-3344-8812 へお電話のうえ、アプリから新しい書類を提出してください。', 'PayPayBank'],
    ['Airbnb: 12月の予約のお支払いが処理できませんでした。48時間以内にこちらから支払い方法を更新してください https://airbnb-payment-update.top/', 'Airbnb'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  assert.notEqual(rules.analyse({ text: '【NTTドコモ】(1/2) いつもドコモをご利用いただきありがとうございます。お客様のご利用料金のお支払いが確認できておりません。このままでは本日中に全ての通信サービスを停止いたします。', from: 'docomo' }).verdict, 'allow');
  for (const [text, from] of [
    ['静岡銀行:不正な出金の可能性を検知したため、キャッシュカードのお取引を一時停止しました。詳細は公式アプリでご確認ください。', 'shizugin'],
    ['PayPay銀行:本人確認書類の有効期限が過ぎています。アプリの「登録情報」から新しい書類を撮影して提出してください。提出がない場合、一部のお取引を制限させていただくことがあります。', 'PayPayBank'],
    ['Airbnb: 12月の予約のお支払いが処理できませんでした。48時間以内にアプリから支払い方法を更新してください。', 'Airbnb'],
    ['【チケットぴあ】抽選結果をメールでお送りしました。当選の場合はお支払い期限までにお手続きください。詳細はマイページでご確認いただけます。', 'PIA'],
    ['【コメダ珈琲】KOMECAのチャージ残高に関するお知らせ:最終利用日から3年で残高が失効します。ご確認はアプリのKOMECA画面から。', 'KOMEDA'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});

// A courier's worker on their own handset about the visit (engine.ts driversOwnVisit): no link, no number but that handset, no
// other lure, nothing pressed, and a reply that settles only the visit (a time, a Y/N, OK, one of two numbered choices). The
// parcel's words (ご不在でした) are the visit itself, not the delivery lure's redelivery page or fee, so LURE is not weighed. The
// same worker with a page, a fee, an 050 line to ring, a recipient's name asked back or the company's own voice on a handset is
// still a lure: blocked or flagged on the rules.
test('a courier\'s worker on their own handset settling the visit: allowed; with a page, a fee, another line, a name asked or the company\'s voice it is a lure on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const text of [
    'ヤマト運輸の佐藤です。本日お伺いしましたがご不在でした。再配達はこちらからお申し込みください https://yamato-saihaitatsu.top/r',
    '佐川の者です。ご不在でしたので持ち戻りました。再配達手数料500円を本日中にPayPayでこの番号へお支払いください。',
    '日本郵便の配達員です。ご不在でした。再配達の時間は 050-3322-1188 へお電話でお知らせください。',
  ]) assert.equal(rules.analyse({ text, from: '09012345678' }).verdict, 'block', text);
  for (const [text, from] of [
    ['ヤマト運輸の〇〇です。配達先の表札が違うため持ち帰りました。ご家族以外の受取人名義を返信でご教示ください。', '09072138716'],
    ['ヤマト運輸より:配達できなかった荷物があります。再配達は080-4621-3390へ', '08046213390'],
  ] as const) assert.notEqual(rules.analyse({ text, from }).verdict, 'allow', text);
  for (const [text, from] of [
    ['ヤマト運輸 川口芝営業所の佐藤です。本日お伺いしましたがご不在でしたので、明日午前に再度お届けします。ご都合悪ければこの番号に返信ください。', '09045120873'],
    ['日本郵便 上野局の配達員です。書留のお届けでお伺いしましたが不在票を入れました。明日の再配達ご希望でしたら時間帯だけ返信いただければ大丈夫です。', '08066421937'],
    ['ヤマト運輸の配達担当 田村です。本日お届けのお荷物、オートロックの呼出しに応答がありませんでした。宅配ボックスに入れてよろしければ「Y」、再配達希望は「N」とご返信ください。', '08055612208'],
    ['佐川の者です。マンションのオートロックで呼び出したのですがご不在でした。管理人さんに預けてもよろしければ『OK』とだけ返信ください。', '07013948820'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});

// A platform named as where a group moves, or as an account someone has or lacks, in the residents' languages (data/brands.json
// media.before: " do ", " pro ", " dari ", " ke ", 搬到, 没有): the medium, not a claim to be it, as 公式LINE and 加LINE are. A job
// lure moving the reader there, or the platform's own 【header】, still blocks on the rules.
test('a group moved between platforms in Portuguese, Indonesian or Chinese names them as the medium: allowed; a job lure moving there or the platform\'s header blocks on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Oportunidade! Ganhe ¥30.000 por dia com tarefas simples. Chame no WhatsApp pro recrutador: +55 11 91234-5678', '07052470034'],
    ['Kerja sampingan gaji 30.000 yen per hari. Hubungi ke WhatsApp +62 812 3456 7890 sekarang juga', '07044049343'],
    ['你好，日本兼职日薪3万日元，简单任务。请搬到微信联系我：wx_job888', '08059504434'],
    ['【WhatsApp】Sua conta será desativada hoje. Verifique agora pro WhatsApp não ser bloqueado: https://whatsapp-verify.top', ''],
    ['Hi! I\'m Emma, HR of a Tokyo digital agency. We need part-time staff to like YouTube videos. ¥500 per task, paid daily. Interested? Reply YES', '+12138873201'],
  ] as const) assert.equal(rules.analyse(from ? { text, from } : { text }).verdict, 'block', text);
  for (const [text, from] of [
    ['我们这周开始把群聊搬到微信吧,阿健没有LINE。我已经拉你进去了,同意一下就行', '08059504434'],
    ['Pessoal, o grupo da igreja mudou do LINE pro WhatsApp. O pastor vai mandar o convite no culto de domingo', '07052470034'],
    ['Teman-teman, grup pengajian pindah dari LINE ke WhatsApp ya. Undangannya dibagikan langsung di masjid hari Jumat', '07044049343'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', text);
    assert.ok(!a.reasons.some((r) => r.code === 'BRAND_UNOFFICIAL_SENDER'), text);
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});

// A service's fee asked through a payee that is no business's (asks/service-fee.ts, SERVICE_FEE_OFF_CHANNEL; session svc39, dev
// batch 39): a payment app to a handset's number, a person's account, codes bought for it, or the fee before the service with
// no payee the reader can see. Businesses bill on their own invoice, counter or page. The twins: the provider's own notice, the
// fee at the counter or on the spot after the work, a warning naming the trick.
const serviceFeePairs: [lure: string, lureFrom: string, twin: string, twinFrom: string][] = [
  ['ロードサービスセンターです。レッカーの手配が完了しました。到着前に作業料金8,800円をPayPayで090-1234-5678へお送りください。', '09012345678',
    'JAFロードサービスです。ご依頼の現場に30分ほどで到着します。非会員の方の作業料金は作業後に現地でお支払いいただけます。', '09012340000'],
  ['さくら調剤薬局です。お薬の配送料500円を先にLINE Payで080-2222-3333宛にお願いします。', '08022223333',
    'ひまわり薬局です。お薬のご用意ができました。保険証をお持ちのうえご来局ください。', '0312345678'],
  ['整備工場の田村です。部品の取り寄せに前金3万円が必要です。三菱UFJ 新宿支店 普通 1234567 タムラ ケンジ までお願いします。', '09011112222',
    'マルイ自動車の佐藤です。車検の見積もりが出ました。部品代込みで42,000円です。お支払いはお引き取りの際に店頭でお願いします。', '09052284471'],
  ['カーローン審査通過のお知らせ。保証料25,000円の事前入金を確認後、ご契約となります。振込先はご返信いただいた方にお送りします。', '07011112222',
    '【トヨタモビリティ東京】車検満了日が近づいております。ご予約はお電話またはWebで承ります。03-1234-9876', '0312349876'],
  ['保険会社の調査員です。事故の損害調査費用1万5千円を事前にお振込みいただく必要があります。', '08033334444',
    '【注意】JAFを名乗り、PayPayで出動料を先払いさせる詐欺SMSにご注意ください。JAFが事前送金を求めることはありません。', '0570000123'],
  ['Roadside assistance: your tow truck is on the way. Please send the 12,000 yen dispatch fee first via PayPay to 090-5555-6666.', '09055556666',
    'お母さん、薬局を名乗ってPayPayで手数料送れっていうSMSは詐欺だからね。払わないでね', '09012121212'],
  ['Trung tâm cứu hộ: xe kéo đang đến. Vui lòng chuyển trước phí 8.800 yên qua PayPay đến số 090-1234-5678.', '09012345678',
    '【JAF】会員証の有効期限が近づいています。更新はJAFのマイページから行えます。', '0120123456'],
];

test('a service\'s fee asked to a handset\'s payment app, a person\'s account or before the service with no payee shown blocks on the rules; the provider\'s own notice, its counter and a warning do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [lure, lureFrom, twin, twinFrom] of serviceFeePairs) {
    const a = rules.analyse({ text: lure, from: lureFrom });
    assert.equal(a.verdict, 'block', lure);
    assert.ok(a.reasons.some((r) => r.code === 'SERVICE_FEE_OFF_CHANNEL'), lure);
    const t = rules.analyse({ text: twin, from: twinFrom });
    assert.notEqual(t.verdict, 'block', twin);
    assert.ok(!t.reasons.some((r) => r.code === 'SERVICE_FEE_OFF_CHANNEL'), twin);
  }
});

// A loan's, a rent's or a union's money into an account the message writes or will send, or through an officer's handset: the
// lender, the guarantor, the landlord's agent and the union collect by the registered debit or their own slip. The twins: the
// usual account, a slip to come, the debit run again, a meeting's notice.
const creditorPairs: [lure: string, lureFrom: string, twin: string, twinFrom: string][] = [
  ['【家賃保証】11月分家賃の引き落としができませんでした。本日中に下記口座へお振込みください。みずほ銀行 渋谷支店 普通 3344556', '08044445555',
    '【日本賃貸保証】12月分のお引き落としができませんでした。後日お送りする払込票でお支払いください。', '0120111222'],
  ['【住宅ローン】今月のご返済が残高不足のため未済となっております。本日15時までに 三井住友銀行 ローンセンター 普通7720418 へ返済額をお振込みください。', '08044126691',
    '【住宅ローン】ご返済口座の残高不足のため引き落としができませんでした。再引き落としは15日です。ご入金をお願いします。', '0120333444'],
  ['マンション管理組合よりご連絡です。大規模修繕の追加負担金90万円の納付が必要になりました。期限は12月20日です。詳細は理事長の携帯090-6681-4427まで。', '09066814427',
    'マンション管理組合です。12月20日に臨時総会を開催します。議題は大規模修繕の負担金についてです。', '0312340000'],
  ['Your mortgage payment failed. Please transfer 98,000 yen today to the new account we will send after you reply.', '09066667777',
    '大家の佐藤です。今月分の家賃、いつもの口座に月末までにお願いします。', '09022224444'],
];

test('a loan\'s, a rent\'s or a union\'s money into an account the message gives or will send blocks on the rules; the usual account, a slip and a meeting\'s notice do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [lure, lureFrom, twin, twinFrom] of creditorPairs) {
    assert.equal(rules.analyse({ text: lure, from: lureFrom }).verdict, 'block', lure);
    assert.notEqual(rules.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
    assert.notEqual(engine.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
  }
});

// A visit for a job on the home's fittings with cash made ready or paid on the day, or a visit's day asked back for a free
// inspection, or its address asked back for a free pick-up (asks/commerce.ts: cashJob, VISIT_DAY_ASKED, WORKER_CASH, ADDRESS_ASKED):
// the 点検商法's and the 不用品回収's collection. The twins: the job the reader
// ordered or rang about, a gas company's notice that takes no money, a mover paid as quoted, a nurse asking a day.
const visitCashPairs: [lure: string, lureFrom: string, twin: string, twinFrom: string][] = [
  ['東京電力パワーグリッドの委託業者です。明日、電気メーターの交換に伺います。部品代5,500円を現金でご用意ください。', '09077778888',
    'ご依頼いただいたエアコン修理、明日10時に伺います。部品代は当日現金でお願いします。', '09012343333'],
  ['ガス会社の者です。本日午後、ガス警報器の交換に伺います。交換費用は作業後に現金でお支払いください。', '08088889999',
    'お電話ありがとうございました。給湯器の交換は明日13時に伺います。費用は当日現金でお願いします。', '09012344444'],
  ['【東京電力】スマートメーター交換工事の際、お客様宅の分電盤が基準不適合と判定されました。交換費用は当日、作業員に現金でお支払いください。', '09024719903',
    '【東京ガス】法定点検のお知らせ。12月10日に係員が伺います。点検は無料で、その場で料金をいただくことはありません。', '0312345000'],
  ['リンナイ サービスセンターです。ご使用中の給湯器がリコール対象となりました。無償点検のご訪問日程をご返信ください。部品交換が必要な場合は当日現金精算となります。', '09027746613',
    '訪問看護ステーションの佐々木です。来週の訪問日時のご希望をご返信ください。', '09055551111'],
  ['水道メーターの交換作業が完了しました。部品代8,800円は明日集金に伺いますので、現金のご用意をお願いいたします。市水道課', '09071128840',
    '引越しの件、明日9時に伺います。お見積りどおり、料金は当日現金でお願いします。', '09012345555'],
  // A free pick-up offered out of the blue, the home's address asked back (the 不用品回収's door charge): the twin answers an inquiry.
  ['年末の不用品、無料で回収いたします!冷蔵庫・テレビ・家具なんでもOK、軽トラで伺います。お見積りはこのSMSに品目とご住所を返信するだけ。', '08051127763',
    '不用品回収のお問い合わせありがとうございます。無料で回収できる品目です。回収先のご住所をご返信ください。伺う日時を調整します。', '09012345678'],
  ['エアコン・洗濯機の無料回収を行っています。近くを回っておりますので、ご住所をお知らせいただければすぐ伺います。', '09012345678',
    '市の無料回収は行っていません。「無料で回収します」というSMSにご住所を返信しないでください。', '09012345678'],
];

test('a visit for a job on the home\'s fittings with cash on the day, or its day asked back for a free inspection, blocks on the rules; the job the reader ordered or rang about does not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [lure, lureFrom, twin, twinFrom] of visitCashPairs) {
    const a = rules.analyse({ text: lure, from: lureFrom });
    assert.equal(a.verdict, 'block', lure);
    assert.ok(a.reasons.some((r) => r.code === 'ASK_VISIT_SALE'), lure);
    const t = rules.analyse({ text: twin, from: twinFrom });
    assert.notEqual(t.verdict, 'block', twin);
    assert.ok(!t.reasons.some((r) => r.code === 'ASK_VISIT_SALE'), twin);
  }
});

// A company's person named as themself (a surname after the company's, 中村, 木村, 田村: 村 is a surname's, not a village office's)
// arranging a visit's day by reply, asking nothing else: an insurer's agent's own phone, not a lure. With money, a card or a key
// beside the visit it still is one.
test('a named agent asking back the day of a visit is not blocked on the rules; the same visit with money asked is', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const text of [
    '明治安田生命の中村です。来週の保障点検、ご自宅に伺ってもよろしいでしょうか。ご都合の良い日時をご返信いただければ調整いたします。',
    '第一生命の木村です。ご契約内容の確認で一度ご自宅に伺いたく、ご都合の良い日時をご返信いただけますでしょうか。',
    '日本生命の田村です。来月の保障点検の日程調整をお願いいたします。ご都合の良い日をご返信ください。',
  ]) {
    const a = rules.analyse({ text, from: '08024417753' });
    assert.notEqual(a.verdict, 'block', text);
    assert.ok(!a.reasons.some((r) => r.code === 'SENDER_HANDSET_OFFICE_ASK'), text);
  }
  for (const text of [
    '明治安田生命の中村です。来週の保障点検、ご自宅に伺います。その際、解約返戻金の手続きのためキャッシュカードと通帳をご用意ください。',
    '日本生命の田村です。保障点検の事務手数料3,000円を事前にPayPayで080-2441-7753宛にお願いします。',
  ]) assert.equal(rules.analyse({ text, from: '08024417753' }).verdict, 'block', text);
});

// An account's sign-in (a login ID with its password, a net-banking ID, an approval password, a token's number) or a remote-control
// app's number told to a person, whoever asks (an accountant, the IT desk, a bank's corporate desk, a platform's support): no one who
// runs the account asks its secret, and whoever hears it holds the account or the device (asks/secret.ts signInHandOver,
// SIGN_IN_HANDED_OVER). Twins: the service's own code message, a never-ask notice, a colleague pointing at the manual.
const signInGrid: [want: VerdictLabel, from: string, text: string][] = [
  ['block', '09031234567', '顧問の山田会計事務所です。年末の記帳代行のため、法人ネットバンキングのログインIDとパスワードをこちらに返信してください。'],
  ['block', '05012345678', '三井住友銀行 法人デスクです。電子証明書の更新のため、担当者よりお電話でログインIDと承認用パスワードを確認いたします。'],
  ['block', '05098765432', '情報システム課です。PCの不具合を調査します。TeamViewerをインストールして、表示されたIDとパスワードを教えてください。'],
  ['block', '08011112222', 'Amazon出品サポートです。アカウント審査のため、セラーセントラルのメールアドレスとパスワードをこのSMSに返信してください'],
  ['block', '+14155550123', 'Hi, this is IT support. Please install AnyDesk and text me back the 9-digit code so I can fix your laptop.'],
  ['block', '+8613912345678', '您好，我是公司财务。请把网银的登录账号和密码发给我，我来核对账目。'],
  ['block', '09044445555', 'ゆうちょBizダイレクトの更新手続きです。お手元のトークンに表示された6桁の数字を返信してください'],
  ['allow', 'SMBC', '【三井住友銀行】ワンタイムパスワード 582913。このパスワードを当行員がお尋ねすることはありません。'],
  ['allow', '09012340000', '経理の中村です。ネットバンキングのログイン手順のマニュアルは共有フォルダの「経理/手順書」に置いてあります。'],
  ['allow', '09012340000', '情報システム部です。AnyDeskやTeamViewerを入れて番号を教えるよう求める電話は詐欺です。情シスが遠隔操作の番号を聞くことはありません。'],
  ['allow', 'RakutenBank', '【楽天銀行】法人口座へのログインがありました。ご本人でない場合はアプリからログインパスワードを変更してください。'],
  ['allow', '09012340000', '明日のテレワーク、VPNのIDとパスワードは情シスから会社のメールで届くので、そちらで確認してね'],
  ['allow', 'Square', 'Square: Your verification code is 391 224. Square will never ask you to share this code.'],
  ['block', '08044443333', '派遣元の給与担当です。口座の再登録のため、お使いのキャッシュカードの暗証番号をこの番号へ返信してください。'],
  ['allow', '09057330198', '人事の佐々木です。給与口座の変更は明日出社したときに通帳を見せてください。キャッシュカードの暗証番号は誰にも教えないでください。'],
];

test('a sign-in\'s secret or a remote-control app\'s number told to a person blocks on the rules, whoever asks; the service\'s own code, a never-ask notice and a pointer to the manual stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [want, from, text] of signInGrid) {
    const a = rules.analyse({ text, from });
    if (want === 'block') assert.equal(a.verdict, 'block', text);
    else assert.notEqual(a.verdict, 'block', text);
  }
});

// A superior (or one speaking in their place) asking the company's money, its balance, its chat or gift cards while out of reach or
// hiding it from the company, or the chat's invite or the reader's QR sent to this line: the CEO fraud with the reader's one check
// cut off (asks/role.ts superiorUnchecked, SUPERIOR_UNCHECKED). Twins: a manager's errand paid back on expenses, the company's own
// chat tool, a warning quoting the fraud, a reminder, a team lunch covered.
const superiorGrid: [want: VerdictLabel, from: string, text: string][] = [
  ['block', '08012121212', '代表取締役の森です。急ぎの買収案件で社内にはまだ伏せています。LINEでグループを作って招待リンクをこの番号に送ってください'],
  ['block', '07033334444', '副社長の加藤です。いま海外出張先で電話に出られません。取引先への支払い120万円を本日中に振り込んでほしい。振込先は返信後に送ります'],
  ['block', '09055556666', '専務の斎藤です。会議中で話せません。会社の口座の残高を今すぐ教えてください'],
  ['block', '08077778888', '部長の川口です。今日は外出中で電話に出られない。取引先へのお礼にGoogle Playカードを3万円分買って、裏の番号を写真で送ってくれる?'],
  ['block', '+12125550199', 'Hi, it\'s David, the CEO. I\'m in a board meeting and can\'t take calls. Please buy 5 Apple gift cards for a client and send me photos of the codes.'],
  ['block', '07066667777', '社長秘書の山口です。社長が出張先でカードが使えず困っています。30万円を下記の口座に立て替えて振り込んでいただけますか'],
  ['block', '+821012345678', '안녕하세요, 부장 이입니다. 지금 회의 중이라 통화가 어렵습니다. 거래처 선물용 구글 기프트카드 5만원권 3장을 사서 뒷면 번호를 보내 주세요.'],
  ['block', '08099990000', '支店長の原田です。支店の連絡用に、あなたの個人LINEのQRコードをこの番号に送ってください。'],
  ['allow', '08033330000', '部長の石井です。明日の先方訪問の手土産、駅で何か3千円くらいで買っておいてもらえる?経費で精算するから領収書をお願い。'],
  ['allow', '08033330000', '部長の川口です。部署の連絡は会社のLINE WORKSに一本化しました。招待は会社のメールに届いています。'],
  ['allow', '09041110000', '総務です。社長を名乗って「LINEグループを作ってQRコードを送って」と指示するSMSが届いています。返信しないでください。'],
  ['allow', '08033330000', '課長の井上です。年末調整の書類、金曜までに人事に提出をお願いします。'],
  ['allow', '09033851106', '院長です。スタッフのお歳暮はこちらでギフトカードを購入済みなので、買わなくて大丈夫です。'],
  ['allow', '09022220000', '田中です。今日のチームランチ、立て替えておいてもらえる?あとでみんなから集めて返すね'],
];

test('a superior out of reach asking the company\'s money, balance, chat or gift cards blocks on the rules; a manager\'s errand, the company\'s chat tool and a warning stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [want, from, text] of superiorGrid) {
    const a = rules.analyse({ text, from });
    if (want === 'block') assert.equal(a.verdict, 'block', text);
    else assert.notEqual(a.verdict, 'block', text);
  }
});

// A fee asked of the reader's business before a loan, a certificate or a subsidy is released (however the payment is worded:
// "ご入金を確認次第ご融資", "お支払い後、認定証をお送りします"), or a levy into an account the text gives in place of its slip
// ("納付書は不要です"): lenders deduct their charges, authorities take fees against their own forms, counters and slips
// (asks/payee.ts businessFeeFirst, BUSINESS_FEE_FIRST). Twins: a body that says it takes no fee, a lender deducting from the
// loan, a consultant's fee by contract after the grant, a counter's revenue stamp, a slip not needed because of the debit.
const businessFeeGrid: [want: VerdictLabel, from: string, text: string][] = [
  ['block', '0358880000', '中小企業金融支援機構です。御社への運転資金500万円の融資審査が通りました。保証料12万円のご入金を確認次第、本日中にご融資を実行します。'],
  ['block', '0355550000', '経済産業省 事業者支援室です。貴社は省エネ補助金150万円の交付対象に選ばれました。事務手数料33,000円をお振込いただければ交付決定通知を発送します。'],
  ['block', '09011112222', '【税務署】事業所の源泉所得税に未納があります。本日中に下記口座へお振込ください。納付書は不要です。ゆうちょ 〇一八店 普通 1234567 ゼイムショ'],
  ['block', '+12025550143', 'Small Business Loan Center: your company\'s loan of $50,000 is approved. Pay the $500 processing fee today and the funds will be released.'],
  ['block', '0312340000', '日本企業認証機構です。御社は「働きやすい職場」の認定対象となりました。審査料44,000円のお支払い後、認定証をお送りします。'],
  ['allow', '0734221156', '商工会議所の経営指導員です。持続化補助金の申請は事業者様ご自身のGビズIDで行ってください。当所は手数料をいただきません。'],
  ['allow', '0120154505', '日本政策金融公庫です。御社の融資面談を12/9 10時に承りました。決算書をご持参ください。保証料を事前にお振込いただくことはありません。'],
  ['allow', '09012774456', '税理士の藤田です。御社の中間納付、ダイレクト納付の設定済みなので納付書は不要です。e-Taxで手続きだけお願いします。'],
  ['allow', '0335511280', '保健所です。飲食店営業許可の更新手続きのご案内を郵送しました。手数料は窓口で収入証紙にてお支払いください。'],
  ['allow', '09011587723', '中小企業診断士の岸です。ものづくり補助金の件、成功報酬は契約書の通り交付決定後に補助金額の10%をご請求します。着手金はいただきません。'],
  ['allow', '0120888000', '【〇〇信用金庫】法人のお客さまへ。融資のご契約にかかる印紙代と保証料は、融資実行時にご融資額から差し引かせていただきます。'],
  ['allow', '09055550000', '経理の森です。来月の労働保険料は口座振替なので、納付書での支払いは不要です。'],
];

test('a fee asked of a business before its loan, certificate or subsidy, or a levy into an account in place of its slip, blocks on the rules; no-fee notices, deductions and the debit stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [want, from, text] of businessFeeGrid) {
    const a = rules.analyse({ text, from });
    if (want === 'block') assert.equal(a.verdict, 'block', text);
    else assert.notEqual(a.verdict, 'block', text);
  }
});

// An organisation's own money (dues, a collection, a donation, a booking deposit) asked on a page nobody we know owns, in the
// organisation's voice (its office-holder, its 【name】 heading), from a line that vouches for nothing (checks/made-page.ts,
// asks/role.ts orgCollects): blocks on the rules. The same notice from a registered or 0005 line, a page on a brand's own or a
// restricted domain, a person's chat and a body's own warning stay allowed.
const orgPagePairs: [text: string, from: string][] = [
  ['【〇〇町内会】今年度の町内会費2,400円はオンライン決済に変わりました。こちらからお支払いください https://chonaikai-kaihi.com/pay', '09012345678'],
  ['【東西ガス】ガス給湯器の点検のご案内。点検のご予約には予約金500円が必要です https://tenken-touzai.net', '07011112222'],
  ['ミニバス少年団の会計です。春の遠征費4,000円、今年からこちらのページで集金します https://minibus-ensei.com/2027', '05012345678'],
  ['○○中学校 吹奏楽部の会計より:ユニフォーム代の振込が確認できていません。下記から決済をお願いします https://suisou-uniform.info/p', '+85512345678'],
  ['This is the treasurer of the Greenhill residents association. Annual dues of 3,000 yen are collected online this year: https://greenhill-dues.com', '09012345678'],
  ['【住まいの耐震診断センター】屋根と耐震の無料診断を受付中です。ご予約には予約金3,000円をこちらで https://taishin-shindan.net', '05033334444'],
  ['【〇〇小学校PTA】卒業記念品の寄付を電子決済で受け付けています https://kinen-kifu.net/p', ''],
];
const orgPageTwins: [text: string, from: string][] = [
  ['【〇〇町内会】今年度の町内会費2,400円は回覧板の集金袋でお願いします。詳しくは https://www.city.example.lg.jp/chonaikai', '0005123456'],
  ['ミニバス少年団の会計です。春の遠征費4,000円、今年からこちらのページで集金します https://minibus-ensei.com/2027', '00051234'],
  ['サッカー部会計です。遠征費3,000円はPayPayの請求リンクからお願いします https://pay.paypay.ne.jp/abc123', '09012345678'],
  ['この前の飲み会の会費、PayPayで送ったよ。お店のページはここ https://izakaya-example.com', '09012345678'],
  ['【〇〇町内会】「町内会費をオンラインで」と https://chonaikai-kaihi.com へ誘導するSMSが出回っています。町内会は集金袋でのみ集めます。ご注意ください', '09012345678'],
  ['【〇〇市水道局】12月分の水道料金のお知らせです。お支払いは口座振替で例月どおりです。詳しくは https://www.city.example.lg.jp/suido', '0120123456'],
  // The money goes by the body's own route, and the page is a report or a form beside it: not where the money is paid.
  ['町内会会計の宮本です。今年度の会費は回覧板の集金袋でお願いします。会計報告は町内会のブログに載せました https://chonaikai-minami.hatenablog.com/entry/2026', '09012345678'],
  ['サッカー少年団コーチの江口です。遠征の出欠はこちらのフォームから https://forms.gle/AbCdEf12345 遠征費は当日集金します', '09012345678'],
  // With no sender known, a body's notice on a site named after itself (not for the money) is left to the other checks.
  ['【青葉町自治会】12月の会費のお支払い金額が確定しました。詳しくはこちら https://aoba-jichikai.org/info', ''],
];

test('an organisation\'s dues, collection, donation or booking deposit asked on a page nobody we know owns, from a line that vouches for nothing, blocks on the rules; its own route, a brand\'s page, a chat and a warning stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const m = (text: string, from: string) => (from === '' ? { text } : { text, from });
  for (const [text, from] of orgPagePairs) {
    const a = rules.analyse(m(text, from));
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.ok(a.reasons.some((r) => r.code === 'MADE_PAGE_ASK'), text);
  }
  for (const [text, from] of orgPageTwins) {
    assert.equal(rules.analyse(m(text, from)).verdict, 'allow', text);
    assert.notEqual(engine.analyse(m(text, from)).verdict, 'block', text);
  }
});

// A club's, a school's, a clinic's or a cause's money into a payee that is not the organisation's (the line's own payment app,
// named with no ID; an app ID; a person's account pressed for today: asks/payee.ts orgPayee), from a line that vouches for
// nothing, is the impersonation's pair (checks/claim-channel.ts): blocks on the rules. A split dinner bill, the usual club
// account, a school's debit as usual, the same request from a 0005 line and a warning stay allowed.
test('an organisation\'s money pressed into a payment app or a person\'s payee from a line that vouches for nothing blocks on the rules; a split bill, the usual account, a 0005 line and a warning stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['吹奏楽部の合宿費の件です。顧問の先生に頼まれて集めています。今日中にPayPayで6,000円お願いします', '08012345678'],
    ['サッカー少年団です。ユニフォーム代を本日中にPayPayで送金してください。8,800円です', '07012345678'],
    ['子ども会の会計です。クリスマス会のプレゼント代1,000円、今日までにペイペイで送ってください', '05098765432'],
    ['PTA会計です。バザーの仕入れ代の立替えを今日中にお願いしたく、PayPay ID: pta-bazaar24 へ3,000円送金してください', '09012345678'],
    ['被災地の子どもたちへの募金にご協力ください。PayPayの送金先IDは kodomo_kifu77 です', '09012345678'],
    ['ご入居者様へ 共用部の清掃費2,200円を今月中に管理担当のPayPay(ID: clean-desk5)へお送りください', '05012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.ok(a.reasons.some((r) => r.code === 'ASK_UNVERIFIED_PAYEE'), text);
  }
  for (const [text, from] of [
    ['昨日の飲み会、1人3,500円ね。今日中にPayPayで送ってくれると助かる!', '09012345678'],
    ['テニス部会計の佐藤です。今年度の部費5,000円、いつもの部の口座に月末までにお願いします', '09012345678'],
    ['〇〇小学校です。修学旅行の積立金は例月どおり口座から引き落とします。', '0005123456'],
    ['吹奏楽部の合宿費の件です。顧問の先生に頼まれて集めています。今日中にPayPayで6,000円お願いします', '0005123456'],
    ['部活の遠征費をPayPayで今日中に送るよう求めるSMSが出回っています。学校はPayPayで集金しません。ご注意ください', '09012345678'],
    ['友達が始めた保護犬のクラファン、応援してあげて!PayPayの送金先IDは hogoken_mika だって', '09012345678'],
    ['ご入居者様へ 共用部の清掃費は来月分の管理費と合わせて口座振替となります', '05012345678'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// Cash asked at the door in an association's name by a collector who names neither themself nor an office ("町内会の者です",
// asks/role.ts unnamedCashAtDoor), from a line the office does not own: blocks on the rules. The 班長 who names the rota's office
// or themself, and a warning about such collectors, stay allowed; a 係の者 collecting with no cash named still only flags.
test('an association\'s cash collected at the door by "one of" it, naming no one, from a handset blocks on the rules; a named or office-holding collector and a warning stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['自治会の者です。今年の自治会費を明日の夕方に集金に伺います。現金でご用意ください', '09012345678'],
    ['町会の者です。年会費3,600円の集金に今週土曜に伺います。現金でお願いします', '07012345678'],
    ['町内会の者ですが、夏祭りの協賛金の集金に明日伺います。現金でお願いします', '08055556666'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['自治会班長の山口です。今年の自治会費を明日の夕方に集金に伺います。領収書をお渡しします', '09012345678'],
    ['町内会の班長です。会費の集金に土曜に伺います。現金でお願いします', '09012345678'],
    ['町内会の者を名乗って会費を集金に来る人がいるそうです。町内会は班長が領収書を持って伺います。ご注意ください', '09012345678'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// An internship's or a job's insurance premium the intern or the worker is told to pay in (lures/offers.ts jobFeeFirst: employers
// and schools insure their own): blocks on the rules. Insurance the company or the university pays stays allowed.
test('an internship\'s or a job\'s insurance fee asked of the intern blocks on the rules; insurance the employer or the school pays stays allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['夏季インターンの参加が決まりました。参加条件として傷害保険への加入が必要です。保険料6,500円を下記口座へお振込みください', '08012345678'],
    ['Your internship is confirmed. An insurance fee of 9,000 yen must be paid before the first day. Account details to follow.', '+447700900123'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['インターン参加者の皆さんへ。期間中の傷害保険は会社が負担します。初日は9時に本社受付へお越しください', '0005123456'],
    ['インターンの件、保険は大学が学研災でまとめて加入済みだって。自己負担なしらしいよ', '09012345678'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// A cheap TLD a small shop also keeps its own site on (.shop, .site, .store, .online) is the shop's own for what it sells
// (its sale, its bookings, its deadline). Money owed, charged or promised (a subsidy, a fee, a payout, a job) or a lure told
// there, from a line that vouches for nothing, is no shop's goods: the page is a stranger's built for the message
// (checks/made-page.ts 'shop-tld', MADE_PAGE_ASK), as a site builder's page beside money is.
const shopTldLures: [text: string, from: string | undefined][] = [
  ['【〇〇市】省エネ家電の買い替え補助金(最大3万円)の受付は今月末まで。申請はこちら https://shoene-hojo.shop', '08051234567'],
  ['カード再発行手数料800円のお支払いが必要です。お手続きはこちら card-hakko.site', '05012345678'],
  ['Viec lam online tai nha, 15.000 yen moi ngay. Dang ky ngay: viec-nhat.site', '+84901234567'],
  ['Your payout of 8,200 yen is pending. Withdraw it before Sunday: https://payout-desk.store', undefined],
  ['面接日程のご案内です。下記から希望日を選択してください https://saiyou-nittei.online', '09071234567'],
];
const shopTldTwins: [text: string, from: string | undefined][] = [
  ['〇〇ベーカリーです。クリスマスケーキのご予約は12/20まで受付中です。ご予約はこちら https://bakery-mugi.shop', '09051234567'],
  ['花屋フルールです。母の日ギフト早割10%OFF、5/5まで https://fleur-hana.shop', '09051234567'],
  ['この前言ってた雑貨屋さんのサイトこれ https://zakka-komorebi.store 可愛いのいっぱいあるよ', '09051234567'],
  ['整体院ひだまりです。本日の施術料金5,500円はこちらからお支払いいただけます https://hidamari-seitai.shop/pay', '09051234567'],
  ['ハンドメイド作家のmikiです。ご注文ありがとうございます!お支払いは https://miki-handmade.shop からお願いします', '09051234567'],
  ['「補助金の申請はこちら hojo-shinsei[.]shop」ってSMS来たけど詐欺だよね、開かないで', '09051234567'],
  ['〇〇市:省エネ家電買い替え補助金の申請受付中。詳細は市のページ https://www.city.kawasaki.jp/', undefined],
];

test('money, a fee, a payout or a job on a shop\'s cheap TLD from a line that vouches for nothing blocks on the rules; a shop\'s own sale, booking or bill there, a friend\'s shop link, a warning and a city\'s page do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of shopTldLures) assert.equal(rules.analyse(from === undefined ? { text } : { text, from }).verdict, 'block', text);
  for (const [text, from] of shopTldTwins) {
    const m = from === undefined ? { text } : { text, from };
    assert.notEqual(rules.analyse(m).verdict, 'block', text);
    assert.notEqual(engine.analyse(m).verdict, 'block', text);
  }
});

// A lure told in no person's voice (a prize won, a charge unpaid, a service stopped, a parcel held) from a line that vouches for
// nothing, sent to a host nobody we know owns, vouches for or lends, on a suffix no ordinary business keeps its own site on
// (.gift, .biz, .help, .lat: not .jp, .com, .net, .org, not a listed brand's, a platform's or a go.jp/lg.jp/co.jp name): the
// lure names no one whose site it could be, so the page is the stranger's built for it (made-page.ts 'unvouched'). A shop's
// own .com telling of a prize at its counter, a friend's news, a city's lg.jp page, a brand's campaign on its own domain and a
// warning with the link defanged stay where they were.
const unvouchedLures: [text: string, from: string | undefined][] = [
  ['抽選で加湿器が当選しました。お届け先の登録はこちら https://kashitsuki-present.gift', '09051234567'],
  ['ご利用料金が未払いのため、明日サービスを停止します。お手続き https://hikari-net-info.biz', '05012345678'],
  ['Buu dien Nhat Ban: buu kien cua ban bi giu lai do sai dia chi. Xac nhan dia chi: https://yubin-vn.help', '+84901234567'],
  ['Congratulations, you have won a 30,000 yen voucher. Claim it here: https://voucher-desk.lat', '+447700900555'],
];
const unvouchedTwins: [text: string, from: string | undefined][] = [
  ['〇〇酒店です。年末抽選会で当選された方へ、景品は店頭でお渡しします。詳細 https://sakaya-maruyama.com', '09051234567'],
  ['〇〇市:プレミアム商品券の抽選結果、当選者には郵送でお知らせします https://www.city.sano.lg.jp/', undefined],
  ['【楽天】キャンペーンに当選しました!ポイントは https://event.rakuten.co.jp/ でご確認ください', undefined],
  ['「当選しました、受け取りは present-jp[.]gift」ってSMSは詐欺です。開かないでね', '09051234567'],
];

test('a lure sent from a line that vouches for nothing to a host nobody owns on no ordinary business\'s suffix blocks on the rules; a shop\'s own .com, a friend, a city, a brand\'s own domain and a warning do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of unvouchedLures) assert.equal(rules.analyse(from === undefined ? { text } : { text, from }).verdict, 'block', text);
  for (const [text, from] of unvouchedTwins) {
    const m = from === undefined ? { text } : { text, from };
    assert.notEqual(rules.analyse(m).verdict, 'block', text);
    assert.notEqual(engine.analyse(m).verdict, 'block', text);
  }
  // A person's news of a prize, or a person abroad whose own .com sits beside a parcel "on hold" at a front desk: the rules
  // leave them short of block (the model's doubt on them is its own, and not this principle's).
  for (const [text, from] of [
    ['当選した!フェスの抽選当たったよ https://fes-lottery.info', '09051234567'],
    ['Hi! This is Anna from the conference. Your parcel of brochures is on hold at the front desk, pick it up anytime. Slides: https://anna-design.com/talk', '+12025550123'],
  ] as const) assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
});

// The residents' languages as a grid: a lure the Japanese is found by (不審なログイン, 荷物が届けられない, ポイントが本日失効) is a
// lure in Tagalog, Portuguese, Spanish and English too ("kahina-hinalang login", "balikbayan box mo nasa depot pa", "expiram
// hoje", "no pudo ser entregado", "paquete retenido", "suspicious sign-in"), and beside a shortener or a cheap TLD from a line that vouches for nothing it blocks on the rules as
// the Japanese does. A relative's news of a box that arrived, a person telling of a login they fixed, a bank's own warning
// and a friend's coupon that ends today stay short of block.
const gridLinkLures: [text: string, from: string | undefined][] = [
  ['BPI: may kahina-hinalang login sa iyong online banking. Kung hindi ikaw: bit.ly/bpi-ph-check', '+639171234567'],
  ['Paalala: yung balikbayan box mo nasa depot pa. Ayusin bago ibalik: ph-kahon.sbs', undefined],
  ['Seus pontos do cartão expiram hoje: bit.ly/meus-pontos-jp', '07012345678'],
  ['Suspicious sign-in on your account. Review: tinyurl.com/acct-review-jp', '+12025550188'],
  ['Correos de Japón: su paquete no pudo ser entregado. Confirme su dirección aquí: jp-correo.shop', '+5215512345678'],
  ['Aviso: paquete retenido en aduana. Pague la tarifa aquí: bit.ly/aduana-jp', undefined],
];
const gridLinkTwins: [text: string, from: string | undefined][] = [
  ['Kuya, dumating na yung balikbayan box. Sabi ng Japan Post pwede mong i-track sa website nila gamit yung tracking number.', '09041728365'],
  ['May kahina-hinalang login daw sa Facebook ko kagabi, pinalitan ko na password ko. Ingat kayo.', '09012345678'],
  ['Banco: nunca pedimos senha por SMS. Se notar acesso suspeito, ligue para o número no verso do cartão.', '0005012345'],
  ['O cupom da loja expira hoje, vamos lá depois do trabalho?', '09012345678'],
  ['Hola mamá, ya llegó su paquete que mandaste, gracias!', '+5215512345679'],
  ['Mamá, el paquete no se pudo entregar porque no estabas, lo recojo mañana en la oficina.', '+5215512345679'],
];

test('a delivery, login or expiring-points lure in Tagalog, Portuguese or English beside a hidden link blocks on the rules as the Japanese does; a relative\'s news, a person\'s own login, a bank\'s warning and a friend\'s coupon do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of gridLinkLures) assert.equal(rules.analyse(from === undefined ? { text } : { text, from }).verdict, 'block', text);
  for (const [text, from] of gridLinkTwins) {
    const m = from === undefined ? { text } : { text, from };
    assert.notEqual(rules.analyse(m).verdict, 'block', text);
    assert.notEqual(engine.analyse(m).verdict, 'block', text);
  }
});

// An instruction word in a link's registered name makes the page one built for the message (url-risk.json actionWords): the
// romaji words have their English twins (shiharai: pay, payment; koushin: renew, update), and the lures' hosts carry them as
// often (tepco-pay, yucho-jp-update, jaf-member-renew). A brand's own payment hosts (pay.rakuten.co.jp, paypay.ne.jp), a
// warning with such a host defanged and a clinic's own booking page stay allowed.
const payWordLures: [text: string, from: string][] = [
  ['【さくらクラブ】年会費のお引き落としができませんでした。会員資格は本日停止となります。再開のお手続き https://sakura-club-renew.com/', '07012345678'],
  ['Your card details must be updated to keep your account active: https://account-update.net', '+12025550199'],
  ['部長です。取引先への支払いは今日中にこのページで手続きしておいて https://torihiki-pay.com/k', '08012345678'],
];
const payWordTwins: [text: string, from: string | undefined][] = [
  ['【PayPay】ご利用ありがとうございます。詳しくは https://paypay.ne.jp/help/ でご確認いただけます。', undefined],
  ['【楽天カード】お支払い金額が確定しました。楽天ペイのご利用は https://pay.rakuten.co.jp/ から。', 'RakutenCard'],
  ['「電気料金が未払いです tepco-pay[.]top」ってSMSが来たけど偽物だよね、開かないで', '09012345678'],
  ['整体院ひだまりです。次回のご予約は https://hidamari-seitai.com/yoyaku からどうぞ', '09012345678'],
];

test('a host named for paying, renewing or updating, from a line that vouches for nothing, is a page built for the message and blocks on the rules; a brand\'s own payment host, a warning and a clinic\'s own page do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of payWordLures) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  for (const [text, from] of payWordTwins) {
    const m = from === undefined ? { text } : { text, from };
    assert.equal(rules.analyse(m).verdict, 'allow', text);
    assert.notEqual(engine.analyse(m).verdict, 'block', text);
  }
});

// A donation is not sold: a price cut on the donation itself ("寄附額30%OFF", "寄付金額が半額", "donation sale: 40%OFF") is a
// shop's sale dressed as a public scheme (no municipality discounts what is given to it: 消費者庁, and the towns' own warnings),
// so on a page built for the message, from a line that vouches for nothing, it is money asked there (made-page.ts). A town's
// own warning, a portal's campaign on its own domain, a friend's boast and a shop's sale that gives part of its takings stay.
const donationSaleLures: [text: string, from: string][] = [
  ['【ふるさと納税】人気の返礼品が今だけ寄附額30%OFF。お申込み https://furusato-otoku.shop', '09061234567'],
  ['ふるさと納税 決算セール開催中!寄付金額が半額です https://furusato-hangaku.store', 'FURUSATO'],
  ['Furusato tax donation sale: 40%OFF on every donation this week https://furusato-deal.site', 'FurusatoTax'],
];
const donationSaleTwins: [text: string, from: string | undefined][] = [
  ['【○○町ふるさと納税】ふるさと納税に「割引」「セール」はありません。寄附金の振込先が個人名義のサイトは偽サイトです。', '00056210'],
  ['【楽天ふるさと納税】寄附でポイント最大30倍のキャンペーン実施中 https://event.rakuten.co.jp/furusato/', undefined],
  ['ふるさと納税でカニ頼んだよ、寄付額1万円でこのボリュームは半額セールみたい笑 https://www.furusato-tax.jp/', '09061234567'],
];

test('a donation sold at a price cut on a page built for the message blocks on the rules; a town\'s warning, a portal\'s own campaign, a friend and a shop\'s charity sale do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of donationSaleLures) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  for (const [text, from] of donationSaleTwins) {
    const m = from === undefined ? { text } : { text, from };
    assert.notEqual(rules.analyse(m).verdict, 'block', text);
    assert.notEqual(engine.analyse(m).verdict, 'block', text);
  }
  // A shop's own sale that gives part of its takings to a cause: the cut is on its goods, not on a gift (the rules leave it
  // at its link's signs; the model's doubt of a handset's .shop link is its own).
  const charitySale = '〇〇商店です。歳末セール全品20%OFF、売上の一部を能登の義援金として寄付します https://maru-shouten.shop';
  assert.equal(rules.analyse({ text: charitySale, from: '09061234567' }).verdict, 'allow', charitySale);
});

// LINE is a word of its own (engine.ts lineInsideWord; asks/messenger.ts, asks/offer.ts; session gov40, dev batch 40): "ライン"
// inside a longer katakana word (オンライン, ガイドライン) and "line" inside a Latin one (online, deadline) name no messenger, so a
// hiring notice that takes applications online moves no one to LINE. The lures: a recruiter moving the applicant to a LINE ID.
test('ライン inside オンライン or ガイドライン is no move to LINE; a recruiter naming LINE and an ID still is', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['採用担当です。アルバイトの求人はオンラインで応募できます。面接日は追ってご連絡します', '08012345678'],
    ['お仕事の件、応募はオンラインで受け付けています。ガイドラインをご確認ください', '08011112222'],
    ['ハローワークのマイページに求人が来てた。オンラインから応募できるって', '09012345678'],
    ['Hiring team: apply online through our careers page before the deadline.', '0312345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', text);
    assert.ok(!a.reasons.some((r) => r.code === 'ASK_MESSENGER'), text);
  }
  for (const [text, from] of [
    ['面接の件、詳しくはラインで連絡します。ID: saiyo_tanaka まで追加してください', '07012345678'],
    ['お仕事の件はLINEで。ID: job-osaka22 を友だち追加してください', '09087651234'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', text);
    assert.ok(a.reasons.some((r) => r.code === 'ASK_MESSENGER'), text);
  }
});

// A public body's fee or money back asked through a route that is not the body's (asks/public-fee.ts, PUBLIC_FEE_OFF_CHANNEL;
// session gov40, dev batch 40): e-money or gift cards, an account a 担当 designates and never writes, a way to pay told only on a
// call. Cities, pension offices and Hello Work take fees at the counter, by their own slip or the registered debit. The twins:
// the body's own notices (its counter, its 返納通知書, its 納付書) from 0005, a relative who paid at the counter.
const publicFeePairs: [lure: string, lureFrom: string, twin: string, twinFrom: string][] = [
  ['【世田谷区】マイナンバーカードの電子証明書が失効しました。再発行手数料800円はau PAYギフトカードでもお支払いいただけます。', '09045671234',
    '【世田谷区】マイナンバーカードの電子証明書の更新は、区役所の窓口で無料で行えます。手数料を電話で求めることはありません。', '0005012345'],
  ['保険年金課です。資格確認書の再交付には交付料1,500円が必要です。0120-33-4455にお電話いただければ、お支払い方法をご案内します。', '08012348765',
    '【○○市】国民健康保険料の納付書を郵送しました。コンビニやスマホ決済アプリでもお支払いいただけます。', '0005012345'],
  ['年金事務所です。年金の過払いが判明しました。63,000円を今月中に担当者の指定口座へご返還ください。', '07034561122',
    '【○○年金事務所】年金の過払い分は、後日お送りする返納通知書でお支払いください。ご不明点はねんきんダイヤル0570-05-1165へ。', '0005012345'],
  ['ハローワーク雇用保険係です。手当の過誤払い分18,000円は、担当の携帯090-8765-4321にご連絡のうえ、ご指定の口座へお振込みください。', '09087654321',
    'お父さん、マイナンバーカードの再発行、区役所の窓口で手数料1,000円払っといたよ。来週受け取りに行こう', '09011112222'],
  ['Ward office notice: your My Number card renewal fee of 1,000 yen can be paid with gift cards. Reply for details.', '09022223333',
    '【練馬区】マイナンバーカードの再発行手数料1,000円は、区役所の窓口でお支払いください。電話で手数料を求めることはありません。', '0005012345'],
];

test('a public body\'s fee or money back asked in e-money, into a 担当\'s designated account or by a way to pay told on a call blocks on the rules; the body\'s counter, slip and a relative\'s errand do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [lure, lureFrom, twin, twinFrom] of publicFeePairs) {
    const a = rules.analyse({ text: lure, from: lureFrom });
    assert.equal(a.verdict, 'block', lure);
    assert.ok(a.reasons.some((r) => r.code === 'PUBLIC_FEE_OFF_CHANNEL'), lure);
    const t = rules.analyse({ text: twin, from: twinFrom });
    assert.equal(t.verdict, 'allow', twin);
    assert.ok(!t.reasons.some((r) => r.code === 'PUBLIC_FEE_OFF_CHANNEL'), twin);
  }
});

// A public body's voice asking the reader's PIN, or the bank account back by reply or on a call (asks/secret.ts pinHeard,
// asks/public-fee.ts publicBodyAccountAsk, PUBLIC_BODY_ACCOUNT_ASK; session gov40, dev batch 40): no office needs a PIN, and
// public bodies take an account on their own forms, at their counters or through マイナポータル. The twins: a pension office's
// notice pointing to its published number, a city's warning that it never asks, a city's form and portal, a relative's errand.
test('a public body asking a PIN, or the bank account by message or on a call, blocks on the rules; its own published number, form and warnings do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['市役所税務課です。住民税の還付手続きを電話でお受けしています。その際、キャッシュカードの暗証番号を確認いたします。', '08055556666'],
    ['年金機構です。年金の受給額見直しのご相談を予約制で承ります。ご予約の際に基礎年金番号と取引銀行の口座番号をお伺いします。', '07022223333'],
    ['区役所子育て支援課です。児童手当の支給口座を確認するため、口座番号をこのメッセージにご返信ください。', '09033334444'],
    ['税務署：您的所得税退税已批准。请回复您的银行账号和姓名,我们将在三天内汇款。', '08077778888'],
    ['City hall: you have a tax refund of 12,000 yen. Please reply with your bank account number to receive it.', '09066667777'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', text);
    assert.ok(a.reasons.some((r) => r.code === 'PUBLIC_BODY_ACCOUNT_ASK'), text);
  }
  for (const [text, from] of [
    ['【○○年金事務所】年金のご相談は予約制です。ご予約はねんきんダイヤル0570-05-1165へ。基礎年金番号のわかるものをお手元にご用意ください。', '0005012345'],
    ['【○○市】市の職員が電話やSMSで暗証番号や口座番号をお聞きすることはありません。不審な電話はすぐに切ってください。', '0005012345'],
    ['【○○市】児童手当の受取口座の変更は、申請書に記入して窓口へご提出いただくか、マイナポータルから手続きできます。', '0005012345'],
    ['母さん、市役所の手続きで口座番号いるって言われたから、通帳の写真送ってくれる?明日窓口で書くから', '09011112222'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.notEqual(a.verdict, 'block', text);
    assert.ok(!a.reasons.some((r) => r.code === 'PUBLIC_BODY_ACCOUNT_ASK'), text);
  }
});

// A public body's staff taking cash at the door on the visit's own day, with the duty or the law told as its pretext, and a
// refund that needs the reader's cash card made ready (asks/collect.ts publicBodyCash, publicBodysPretext, cardForRefund;
// session gov40, dev batch 40): no fire station or office inspects, sells or collects at homes, and money paid back goes to the
// account on file. The twins: a fire department's warning about fake inspectors, a survey's notice that its surveyor carries ID,
// a refund paid into the registered account, a grandchild helping with the My Number card.
test('a public body\'s cash-taking visit and a refund needing the cash card block on the rules; a fire department\'s warning, a survey\'s ID notice and a refund to the registered account do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['消防署の者です。再来週、各ご家庭の消火器の点検に回ります。消防法で設置が義務になったため、点検料5,500円は当日現金でご用意ください。', '08044445555'],
    ['市役所の職員が来月ご自宅を訪問します。法改正により住宅用火災警報器の交換が義務となりました。交換費用12,000円は当日現金でお支払いください。', '07055556666'],
    ['年金事務所です。払い過ぎた保険料をお返しします。手続きに必要ですので、通帳とキャッシュカードをお手元にご準備ください。', '08066667777'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', text);
    assert.ok(a.reasons.some((r) => r.code === 'ASK_DOOR_COLLECT'), text);
  }
  for (const [text, from] of [
    ['【○○市消防局】消防署員が家庭を訪問して消火器を販売したり、点検料金を請求することはありません。ご注意ください。', '0005012345'],
    ['【総務省統計局】家計調査の調査員は、調査員証を携帯しています。訪問時にご確認ください。お金を求めることはありません。', '0005012345'],
    ['【○○市】介護保険料の還付金は、ご登録の口座へ振り込みます。手続きは不要です。', '0005012345'],
    ['おばあちゃん、来週マイナンバーカードの更新一緒に行こうね。通帳はいらないけど、カードと暗証番号メモは持ってきてね', '09011112222'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', text);
    assert.ok(!a.reasons.some((r) => r.code === 'ASK_DOOR_COLLECT'), text);
  }
});

// A call given as the only way to take the matter up (受付はお電話のみ), and "contact … first" in Chinese (先联系, 直接联系), are call
// asks (data/lures.json call; session gov40, dev batch 40): an office's matter rung on an 050 line or a person's handset blocks
// on the rules. The twins: a restaurant's own landline for bookings, a coach's note, a resident's story of a scrivener's office.
test('受付はお電話のみ and 先联系/直接联系 are call asks: an office\'s matter rung on an 050 line or a person\'s handset blocks; a shop\'s own line and a person\'s story do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['マイナポイントの申込期限が延長されました。受付はお電話のみ、050-7788-1234までお願いします。総務省', '09044445555'],
    ['入管局通知：您的在留资格有问题。请直接联系李科长090-1234-5678处理。', '08011112222'],
    ['出入国在留管理局通知:您的在留卡已被冒用。请先联系陈先生080-2222-3333。', '08022223333'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', text);
    assert.ok(a.reasons.some((r) => r.code === 'CALLBACK_LURE'), text);
  }
  for (const [text, from] of [
    ['ご予約はお電話のみ承っております。03-1234-5678 さくら亭', '0312345678'],
    ['次回の練習、参加するかはお電話のみで受け付けます。監督', '09012345678'],
    ['我在入管办完了签证更新,有问题可以先联系行政书士,电话03-1234-5678。', '09011112222'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// A survey's papers collected at the door by a stand-in the message announces for the usual surveyor (asks/collect.ts
// standInCollector; session gov40, dev batch 40): the appointed 調査員 comes with the office's ID, and no office texts a
// substitute to take a household's papers. The twins: a survey's notice that its surveyor carries ID, a city's collection
// notice, a daughter taking the papers herself.
test('a survey\'s papers handed at the door to a stand-in announced by text block on the rules; a notice that the surveyor carries ID does not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['統計局の家計調査です。担当の調査員が異動になったため、代わりの者が明日家計簿の回収に伺います。玄関でお渡しください。', '08012349876'],
    ['国勢調査の事務局です。担当の調査員が体調不良のため、代理の者が調査票の回収に伺います。ポストではなく手渡しでお渡しください。', '08012340000'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', text);
    assert.ok(a.reasons.some((r) => r.code === 'ASK_DOOR_COLLECT'), text);
  }
  for (const [text, from] of [
    ['【総務省統計局】家計調査の調査員が交代しました。新しい調査員も調査員証を携帯していますので、訪問時にご確認ください。', '0005012345'],
    ['【○○市】国勢調査の調査票は、調査員が回収に伺います。調査員は調査員証を携帯しています。', '0005012345'],
    ['母さん、いつもの調査員さん休みだったから、家計簿は代わりに私が明日区役所に持っていくね', '09011112222'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// Gift cards got for the writer, in English (gift-card.ts boughtForWriterEn): a card named, the reader asked to pick it up, grab,
// get or buy it, and its codes, PINs, backs or photos sent back, or the card for a client: its value reaches the writer only as
// its number, by this line, whoever they say they are. A card for a friend's present, a party's card with nothing sent back, and a
// gift told as sent stay allowed.
test('English gift cards picked up for the writer with their codes sent back block on the rules; a present, a party card and a gift sent stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Hi, it\'s Michael. I\'m stuck in a board meeting and can\'t take calls. Can you pick up 4 Apple gift cards at $250 each? Scratch the backs and text me photos of the codes.', '+14155028817'],
    ['Could you grab three Google Play cards on your way in? Send me pictures of the codes, I\'ll reimburse you.', '+447700900111'],
    ['I\'m in a client meeting and can\'t take calls. Pls get 3 iTunes cards for a client gift and text me the pins.', '+12025550143'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['Can you pick up a gift card for Mom\'s birthday on your way home? I\'ll pay you back tonight.', '09012345678'],
    ['Could you grab a Starbucks gift card for the farewell party? We\'ll give it to Ken on Friday.', '09012345678'],
    ['I sent you an Amazon gift card for your birthday, check your email for the code!', '09012345678'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// A superior out of reach, in English (role.ts superiorVoice, superiorAsk, superiorUnchecked): the title said as the writer's
// ("this is the CEO", "Boss here", a signature "– Sarah (Managing Director)"), secrecy from the company or a meeting, and the
// reader's own number asked back: the matter moves onto a line of the writer's choosing, away from the colleagues who would
// check it (JC3, 警察庁 CEO fraud). A manager in a meeting asking the team's availability, a friend in a meeting, a colleague
// asking a number for the rota and a CEO's notice stay allowed.
test('an English superior out of reach asking the reader\'s own number back blocks on the rules; a manager\'s, a friend\'s and a colleague\'s messages stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Are you at your desk? I need you to handle something discreetly. Reply with your personal cell and I will explain. Don\'t mention this to the rest of the team yet. – Sarah (Managing Director)', '+447418830052'],
    ['Hi, this is the CEO. I\'m in a board meeting and can\'t talk. Reply with your mobile number, I have a task for you.', '08011112222'],
    ['Boss here. Can\'t take calls right now. Text me back with your personal number, keep this between us.', '07033334444'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['Hi team, I\'m in a meeting until 3. Reply with your availability for tomorrow\'s review. - Sarah (Managing Director)', '08011112222'],
    ['Hey, I\'m in a meeting, can\'t talk. Text me back when you\'re free, want to grab lunch?', '08011112222'],
    ['Hi it\'s Ken, your boss asked me to get your mobile number for the rota. Can you reply with it?', '08011112222'],
    ['This is the CEO. Quick note: the office closes at 5 today. Enjoy the weekend.', '08011112222'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// A platform's or an office's problem with the reader's business told in English as the Japanese is (data/lures.json
// account-restriction: payouts "paused" or "on hold", 入金が停止; office-matter: a mismatch or a discrepancy in the tax filing or
// the account, 申告に不一致), from a line the platform or the firm does not own, asking a call to a written number or the bank's
// details and an arriving code back: the merchant-platform and accountant impersonations (Square, Shopify phishing notices; 日税連).
// A shop owner's own grumble, a warning and an accountant's note that asks nothing stay allowed.
test('a platform\'s payouts paused or an accountant\'s filing mismatch, with a call or bank details asked from a line it does not own, blocks on the rules; a grumble, a warning and a note stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Dear shop owner, your Shopify store has been flagged for chargebacks. Payouts are paused. Call our merchant team at +44 20 3807 1129 within 24h to restore payouts.', '+442038071129'],
    ['Square merchant team: payouts on your store are paused while we re-check your bank. Text back the account no. plus the six digit number arriving by SMS in a moment so we can unlock them.', '+16282205544'],
    ['Hi! This is Ken from the accounting firm your company uses. We noticed a mismatch in your year-end tax filing. Please text back the last 4 digits of the company bank account and the name of your bank.', '+17205550186'],
    ['Stripe support: your payouts have been paused due to a discrepancy in your account. Reply with your bank account number to resume.', '08012345678'],
    ['Shopifyストアにチャージバックが発生し、売上の入金が停止されています。24時間以内に加盟店チーム +44 20 3807 1129 までお電話ください。', '+442038071129'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['Ugh, my Shopify payouts are paused again because of some chargeback. Can you call me later?', '09012345678'],
    ['Scam alert from our shop owners group: texts saying your payouts are paused and asking you to call a number are fake. Check only in your Shopify admin.', '09012345678'],
    ['Hi, it\'s Ken from the accounting office. Your year-end documents are ready, I\'ll bring them on Thursday.', '09012345678'],
    ['Found a mismatch in your spreadsheet, row 12. Can you check it before the meeting?', '09012345678'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// An unasked visit sold on the reader's insurance (commerce.ts VISIT_EN, visitStake INSURANCE_PAYS): a firm's "we will visit this
// week" set for a free roof check and the repair said paid by the home insurance (火災保険で直せます) is the 点検商法 in English as
// in Japanese, and the insurer's payout is the money at stake, of which such contractors take a share or a cancellation fee
// (国民生活センター 「保険金が使える」住宅修理). A roofer's booked visit, a family's news of a builder they booked, a friend's
// offer to come by and a warning stay allowed.
test('an unasked roof check sold on the reader\'s insurance with a visit set blocks on the rules in English and Japanese; a booked roofer, family news, a friend and a warning stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Free roof check for homes in your area. After the recent storms, your home insurance can cover 100% of repairs. Reply YES and we will visit this week.', '08033281765'],
    ['We noticed damage on your roof from the street. Your fire insurance will pay for the repair. We can come by tomorrow, reply with a good time.', '07012345678'],
    ['屋根の無料点検を行っています。台風の被害は火災保険で100%修理できます。はいと返信いただければ今週伺います。', '08033281765'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['Hi, it\'s Dan the roofer. Thanks for your inquiry, I will visit tomorrow at 10 as booked.', '09012345678'],
    ['Mum, the insurance will cover the roof repair! The builder you booked will come by tomorrow.', '09012345678'],
    ['I can come by tomorrow to help you move the sofa, if that\'s ok?', '09012345678'],
    ['Warning: people offering a free roof check saying your insurance can cover the repairs are running a scam. Don\'t let them in.', '09012345678'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// An office's data asks in English found by the words the Japanese is found by (data/lures.json): the bank account as 口座番号,
// the My Number card's photo and both sides of a card as マイナンバーカードの写真 and カードの両面, a 4-digit PIN as 暗証番号, a
// support payment as 支援金, a relief office or the Statistics Bureau as an institution, the residence status reviewed as 在留資格が
// 取り消. From a handset, abroad or no sender, asked back by reply or a call, they block on the rules as the Japanese do; the city's
// own notice from its registered line, a "we never ask" reminder and a friend's talk of the card stay allowed.
test('English office data asks (bank account, My Number card photo, 4-digit PIN, support payment, residence status) block on the rules as the Japanese do; the city\'s notice, a reminder and a friend stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Hi, this is the city disaster relief office. To receive the typhoon support payment, reply with your name, address and bank account.', '08083611208'],
    ['Congratulations, you passed the interview for Amazon Japan remote assistant. Please send your My Number card photo and bank account to complete onboarding.', undefined],
    ['Your My Number Card e-certificate expires this week. To renew without visiting the ward office, reply with a photo of both sides of the card and your 4-digit PIN.', '09018872264'],
    ['Japan Statistics Bureau: Foreign residents who have not completed the population survey may have their residence status reviewed. Call 050-6873-2210 today.', '+12025550187'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['City Hall: applications for the typhoon support payment open on Monday at the ward office counter. Bring your My Number card.', '0005012345'],
    ['Reminder from the ward office: we will never ask for your bank account or your 4-digit PIN by text.', '09012345678'],
    ['Did you bring your My Number card? The bank needs both sides of the card copied for the account.', '09012345678'],
    ['What is your name? Tell me your name pls', '09012345678'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// A romance's customs plight in English (data/lures.json romance, money, own-need): the writer "stuck at" or "held by" customs,
// a fee the customs charge, money asked "via bank transfer" and paid back "double": the money-plight the Japanese finds in
// 税関で止められて…振り込んで…必ず返す. A friend's ticket money by transfer, a child late at customs and a lunch repaid stay allowed.
test('an English customs plight asking money by bank transfer, to be paid back, blocks on the rules; tickets by transfer, a child late at customs and a lunch repaid stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['I\'m stuck at customs in Narita with the gold bars for our future. They need ¥380,000 clearance fee. Please send via bank transfer, I\'ll pay back double when I arrive.', '+447700912384'],
    ['My love, I\'m held by customs at Kansai airport with your gift. The officer needs a 200,000 yen fee, please send it by bank transfer today and I will pay back everything.', '+447700912384'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['Hey, for the concert tickets, can you send via bank transfer? It\'s 8,000 yen each, my account is on the group chat.', '09012345678'],
    ['Mum, I\'m stuck at customs in Narita, the queue is huge! Will be late for dinner.', '09012345678'],
    ['Thanks for lunch! I\'ll pay back the 1,500 yen tomorrow.', '09012345678'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
});

// A study group (勉強会) is the investment scam's venue only when the message talks of a market or money made (engine.ts
// dropStudyGroupUnframed): people who met at one swapping LINE, a firm's or a school's study session stay allowed; the stock
// group's invitation with its 先生, picks, returns or assistant still blocks on the rules.
test('a study group is an investment cue only beside a market, returns or the group\'s cast; people who met at one stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['投資の勉強会に無料でご招待します。参加希望の方はLINE ID: invest_777 を追加してください', '09012345678'],
    ['株の勉強会のお知らせ。先生が毎日推奨銘柄を配信します。LINEで参加受付中 ID: kabu_sensei', '08012345678'],
    ['今夜の勉強会では利益の出る銘柄を先生が教えます。参加はこちら https://kabu-study.top', '07012345678'],
    ['はじめまして。勉強会でご一緒した者です。アシスタントが運用資金の出金をお手伝いします。LINE ID: asst_88 へご連絡ください', '09012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['今日の勉強会で隣だった佐々木です。LINE ID交換しませんか? ID: sasaki_55', '09012345678'],
    ['来週の社内勉強会、資料はこちらで共有します。参加できない人は返信ください', '08012345678'],
    ['TOEICの勉強会、次は土曜10時に図書館で。LINEグループ作ったので招待します', '09012345678'],
    ['昨日の看護勉強会ではお世話になりました。田中です。LINEで資料送りますね、ID: tanaka_ns', '08012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// The fee the reader pays a school, salon or clinic they attend (月謝, レッスン料, 施術代, 治療費), told from a domestic handset that
// asks to be rung back on it, is the reader's own business with a desk they know (ask-channel.ts attendedFee): allowed. The same
// from an 050 line or abroad, with arrears and a threat, with the payee changed, or a bill of a service not attended (受信料,
// カードのご利用代金) still blocks on the rules.
test('a school\'s, salon\'s or clinic\'s own fee asked rung back from a handset is allowed; from 050 or abroad, with a threat, a changed payee or another bill it blocks', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['〇〇塾の受付です。今月の月謝のお支払いの件でお電話ください', '05011112222'],
    ['〇〇塾の受付です。今月の月謝のお支払いの件でお電話ください', '+447700900123'],
    ['〇〇塾の受付です。今月の月謝が未納です。本日中にお電話ください。ご連絡なき場合は法的措置に移ります', '08011112222'],
    ['〇〇塾の受付です。月謝の振込先口座が変更になりました。お電話ください', '08011112222'],
    ['NHKの受付です。受信料のお支払いの件でお電話ください', '08011112222'],
    ['カード会社の受付です。ご利用代金のお支払いの件でお電話ください', '08011112222'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text} (${from}): ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['〇〇塾の受付です。今月の月謝のお支払いの件でお電話ください', '08011112222'],
    ['ピアノ教室の山田です。今月のレッスン料のお支払いの件で、お手すきの際にお電話ください', '09022223333'],
    ['ヘアサロン〇〇の受付です。先日の施術代のお支払いの件でお電話ください', '07033334444'],
    ['さくら整骨院の受付です。治療費のお支払いの件でお電話ください', '08044445555'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A bank named as where a person's own account is held ("私の個人口座です(ゆうちょ)", "口座は前と同じ三井住友でいい?") is where money
// goes, not who writes (engine.ts holdsPersonsAccount): no brand claimed. A bank speaking ("ゆうちょ銀行です", "三井住友銀行より",
// 【…銀行】) of the reader's account still blocks on the rules.
test('a bank named as where a person\'s own account is held claims no bank; a bank speaking of the reader\'s account still blocks', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['ゆうちょ銀行です。お客様の口座が不正利用されています。至急 https://yucho-check.top で確認してください', '08011112222'],
    ['三井住友銀行より。口座の確認が必要です。前回と同じ口座かどうかご返信ください', '08011112222'],
    ['みずほ銀行です。前回と同じ口座への振込の件で確認があります。050-1234-5678までお電話ください', '09011112222'],
    ['【ゆうちょ銀行】私の口座ではなくお客様の口座の凍結について。本日中に https://jp-bank-yucho.top で手続きを', '09011112222'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['会費の振込先は前回と同じ私の個人口座です(ゆうちょ)。月末までにお願いします', '08011112222'],
    ['ケンジ、先月立て替えてもらったBBQの肉代、今夜振り込む。口座は前と同じ三井住友でいい？', '09066312208'],
    ['旅行の精算、私の口座(みずほ)に月末までにお願いします。金額は幹事LINEに書いたとおりです', '07012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// Arrears said of those members who have not paid (未納の方, 未納のご家庭) in a members' body's message (PTA, 町内会, 子ども会, 保護者会)
// is the treasurer's round-robin, not an office's bill said unpaid by the reader (engine.ts dropMembersArrears). The reader's own
// dues said unpaid with a threat or pressed today, an office's 未納 on an 050 line, a members' fee paid on a stranger's page still block.
test('members\' arrears told to "those who have not paid" by a PTA or a neighbourhood association are allowed; the reader\'s own arrears pressed or linked still block', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['PTA会費が未納です。本日中に https://pta-pay.top からお支払いください', '08011112222'],
    ['PTA会計の鈴木です。先日はありがとうございました。会費が未納となっておりますので、本日中にご連絡ください', '08011112222'],
    ['【市役所】国民健康保険料が未納の方は、本日中に下記へお電話ください 050-1234-5678', '09012345678'],
    ['町内会です。あなたの自治会費が未納です。本日中にお支払いがない場合は法的措置をとります。090-1111-2222まで', '09012345678'],
    ['保護者の皆様へ。給食費が未納の方は本日中に https://kyushoku-pay.top からお支払いください', '09012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['PTA会長の佐藤です。今年度も会費のご協力ありがとうございました。未納のご家庭はお手数ですが担任までお願いします。ご不明点はこちらにお電話ください', '08011112222'],
    ['町内会の会計です。今年度の会費、未納の方は班長までお願いします。ご不明点はお電話ください', '09012345678'],
    ['子ども会の会計です。クリスマス会の参加費、未納の方は今週中に集金袋でお願いします', '07012345678'],
    ['サッカー部保護者会です。遠征費の未納のご家庭は金曜までにコーチへお渡しください。いつもありがとうございます', '08012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A guest's arrival time (ご到着時刻, ご到着予定) is the reader's own booking, as ご予約 and ご宿泊 are (data/lures.json ordered): an
// inn asking it by reply from its own phone is allowed; an inn's name asking card details on a stranger's page still blocks.
test('an inn asking a guest\'s arrival time by reply from a handset is the reader\'s booking; card details on a stranger\'s page still block', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const lure = rules.analyse({ text: '旅館△△です。ご到着予定の確認のため、https://ryokan-check.top で予約者情報とカード番号をご入力ください', from: '09047718806' });
  assert.equal(lure.verdict, 'block');
  for (const [text, from] of [
    ['旅館△△の女将の佐藤です。明日のご到着時刻が分かりましたら、このSMSにご返信ください。夕食の準備をいたします。', '09047718806'],
    ['民宿うみかぜです。本日のご到着予定は何時頃でしょうか。このSMSにご返信いただけますと助かります', '08012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
});

// A writer who opens by naming themself by a person's role and surname, a role no desk or company holds ("税理士の森です",
// "専務の小林です", "大家の村上です"), speaks as that person: a brand named later is what they talk of (engine.ts introducesSelf),
// claimed only under a heading or as "Xです". A bank's own staff ("三井住友銀行の佐藤です"), a stranger's page or 050 line, a changed
// payee, gift cards to buy still block on the rules.
test('a person introducing themself by role and surname names brands without claiming them; the bank\'s own staff, a stranger\'s page, an 050 line, a changed payee or gift cards still block', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['三井住友銀行の佐藤です。お客様の口座が凍結されました。https://smbc-check.top で解除してください', '09012345678'],
    ['税理士の藤田です。国税庁から還付金のお知らせです。本日中に https://nta-refund.top で口座を登録してください', '08012345678'],
    ['弁護士の山田です。Amazonの未納料金について法的措置に入ります。本日中に 050-1234-5678 へご連絡ください', '07012345678'],
    ['秘書の田中です。社長の指示で、Apple Gift Card 5万円分を買って裏の番号を写真で送ってください', '09012345678'],
    ['経理の佐々木です。楽天銀行の口座が変わりました。今月分からこちらの個人口座へお振込みください 楽天銀行 第一営業支店 普通 1234567', '08012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['税理士の森です。e-Taxの受付通知、国税庁のサイトで確認できました。控えはメールで送ります。ほかに気になる点があれば教えてください', '09012774400'],
    ['専務の小林です。先日の件、警察と取引銀行にも伝えました。今後の振込の指示は必ず電話で確認してから実行してください', '08077210000'],
    ['大家の村上です。来月の家賃もいつもの三菱UFJ銀行の口座で大丈夫です。よろしくお願いします', '09011110000'],
    ['管理人の高橋です。明日10時に東京ガスの点検が入ります。立ち会いできない方はご連絡ください', '08022220000'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// The reader's account number asked so the writer can pay into it, the payment told in the writer's own plain words, is a payee's
// detail (asks/reply.ts payeeForWriter): allowed. Beside a refund, a prize or a job's pay, in an office's register, or with the PIN
// asked too, it still blocks on the rules.
test('the reader\'s account number asked by someone paying the reader is allowed; beside a refund, a prize, a job\'s pay or a PIN it blocks', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['還付金があります。振り込むので口座番号を返信してください', '09012345678'],
    ['お母さん、お金振り込むから口座番号とキャッシュカードの暗証番号教えて', '08012345678'],
    ['当選おめでとうございます!賞金10万円を振り込むので口座番号を教えてください', '07012345678'],
    ['副業の報酬を振り込むから口座番号と名義を教えて', '09012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['この前のチケット代、今夜振り込むね。口座番号もう一回送ってもらえる?', '09012345678'],
    ['おばあちゃん、誕生日のお祝い返すから口座番号教えて。現金書留より楽だし', '08012345678'],
    ['飲み会の立て替えありがとう!明日払うね、口座番号だけLINEで教えて', '07012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A failed debit whose remedy is the debit run again from the account on file, or the balance made ready (再振替, 次回の引き落とし,
// 残高のご確認), with no link, number, payee or pressure, is the biller's notice (engine.ts dropDebitRetried): allowed. The same failed
// debit with a page to "redo" it, a number to ring today or an account to pay into still blocks on the rules.
test('a failed debit to be run again from the account on file is the biller\'s notice; with a page, a number or a payee it blocks', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【JAバンク】残高不足のため引落しができませんでした。再振替の手続きはこちら https://ja-furikae.sbs/r', '07038128799'],
    ['ご利用代金のお引落しができませんでした。口座残高をご確認のうえ、本日中にこちらへお電話ください', '08012345678'],
    ['スイミングスクールです。月謝の引き落としができませんでした。再振替はできないため、本日中に 三井住友銀行 本店 普通 7654321 へお振込みください', '09012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['【そろばん教室】11月分の月謝の引き落としができませんでした。12月5日に再振替しますので、口座残高のご確認をお願いします。', undefined],
    ['△△保育園です。保育料の引落しができなかったため、次回の引き落とし日にまとめて引き落とします。残高のご確認をお願いします。', '0312345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A public body named in a resident's language is the same claimed identity as its Japanese name (data/brands.json: 入境管理局,
// 입국관리국, 税务署, 稅務署, 세무서, 日本警察, cảnh sát Nhật Bản; kinds: สำนักงานเขต, नगरपालिका): the call back it asks
// through a line no office texts from blocks on the rules, as 入管 and 警察 do (the Thai police, a legal threat's cue, blocks with
// its 'at once', ทันที, read as 至急). Residents naming the body as a place, and warnings
// that say someone claims to be it (Thai อ้างเป็น, เป็นมิจฉาชีพ), stay allowed.
test('an immigration bureau, a tax office or the police named in a resident\'s language asking a call back from an open line blocks on the rules; the body named as a place or in a warning stays allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['입국관리국입니다. 체류 자격에 문제가 있습니다. 이 번호로 전화 주세요.', '+82212345678'],
    ['Cảnh sát Nhật Bản: tài khoản của bạn liên quan đến vụ lừa đảo. Gọi lại ngay 03-1234-5678.', undefined],
    ['ตำรวจญี่ปุ่นแจ้ง: บัญชีของคุณเกี่ยวข้องกับคดีฉ้อโกง กรุณาโทรกลับทันที', '+447700900111'],
    ['入境管理局通知:您的在留资格有问题,请尽快回电', '+12025550123'],
  ] as const) {
    const a = rules.analyse({ text, ...(from ? { from } : {}) });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['세무서에 다녀왔어요. 연말정산 서류 냈어', '09012341234'],
    ['明天去入境管理局办签证,记得带护照', '09012341234'],
    ['เตือนเพื่อนๆ ถ้ามีคนอ้างเป็นตำรวจญี่ปุ่นให้โทรกลับ เป็นมิจฉาชีพ อย่าโทร', '09012341234'],
    ['Cảnh sát Nhật Bản không bao giờ gọi điện yêu cầu chuyển tiền. Nếu có ai gọi như vậy thì đó là lừa đảo.', '09012341234'],
    ['สำนักงานเขต: แจ้งเปลี่ยนวันเก็บขยะ เริ่มเดือนหน้า', '0312345678'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A bank's name and account number, or a passport's photo, asked back in a resident's language (data/lures.json personal-data:
// 银行名称, 银行账号, 銀行帳號, เลขบัญชี, ชื่อธนาคาร, 护照照片; hand-over: ตอบกลับ, 发到这个号码) is the reply-data ask
// its Japanese wording (銀行名と口座番号をご返信ください) is, and the finder's gate opens on it: from a body's voice on a handset
// or abroad it blocks on the rules. A friend's rent money, an employer's payday notice and a warning quoting the lure name the
// account and ask nothing back.
test('a bank account or a passport photo asked back in Chinese or Thai in a tax office\'s, a ward office\'s or immigration\'s voice blocks on the rules; rent money, a payday notice and a warning stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['税务署通知:您有未领取的退税款,请回复您的银行名称和银行账号。', '08012345678'],
    ['【稅務署】您有退稅款尚未領取,請回覆您的銀行帳號。', '09011112222'],
    ['สำนักงานเขต: คุณมีเงินคืนเบี้ยประกัน กรุณาตอบกลับด้วยเลขบัญชีและชื่อธนาคาร', '08033334444'],
    ['入境管理局:您的在留资格有问题,请将护照照片发到这个号码。', '+12025550123'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['我把房租转到你的银行账户了,记得查一下哦', '09055556666'],
    ['【山田工业】本月工资将于25日转入您登记的银行账户。', undefined],
    ['เงินเดือนเดือนนี้จะโอนเข้าบัญชีธนาคารวันที่ 25 นะ', '08077778888'],
    ['有人冒充税务署发短信让回复银行账号,是诈骗,千万不要回复', '09012341234'],
    ['Payday is the 25th. Your wages go to the bank account you registered with HR.', '0312345678'],
  ] as const) {
    const m = { text, ...(from ? { from } : {}) };
    assert.equal(rules.analyse(m).verdict, 'allow', text);
    assert.notEqual(engine.analyse(m).verdict, 'block', text);
  }
});

// The asks of an office's lure in Nepali, Burmese, Thai and Chinese as the finders read them in Japanese (data/lures.json): a
// rent account "changed" with a call asked (बैंक खाता परिवर्तन भएको, as 振込口座が変わりました: payee.ts changedPayeeCall), a
// residence card or a card "to be cancelled / blocked" (रद्द हुनेछ, ပိတ်ခံရမည်, as 失効します) rung back on an open line within
// today (आज भित्र, ဒီနေ့အတွင်း), a residence card's photo sent back to this number (บัตรไซริว, กลับมาที่เบอร์นี้), a call
// to "first contact" a named man's handset (先联系). Twins in the same languages that name the same money, cards and offices and
// ask nothing of the kind stay allowed: rent sent or asked between flatmates, a payday notice, a city's and a managing agent's
// notices from their landlines, a warning quoting the lure, a friend asking for a photo or to be rung.
test('a managing agent\'s changed account, a card to be cancelled, a residence card\'s photo or a call to a named handset, asked in Nepali, Burmese, Thai or Chinese from an open line, blocks on the rules; residents\' own messages stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['व्यवस्थापन कम्पनी: भाडाको बैंक खाता परिवर्तन भएको छ। विवरणका लागि 080-1111-2222 मा फोन गर्नुहोस्।', '08011112222'],
    ['तपाईंको निवास कार्ड आज रद्द हुनेछ। तुरुन्त 050-1234-9876 मा फोन गर्नुहोस्।', '05012349876'],
    ['သင့်ကတ် ပိတ်ခံရမည်။ ဒီနေ့အတွင်း 050-2222-3333 ကို ဖုန်းဆက်ပါ။', '05022223333'],
    ['จากทีม Uber Eats: บัญชีของคุณถูกระงับ กรุณาส่งรูปบัตรไซริวกลับมาที่เบอร์นี้', '+66812345678'],
    ['出入国在留管理厅通知:您的在留卡有异常,请先联系李先生080-3333-4444。', '08033334444'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['दाइ, भाडाको पैसा ५०,००० येन पठाइदिएँ है। बैंकमा हेर्नुस्।', '09012341234'],
    ['दिदी, यो महिनाको भाडा ३५,००० येन पठाउनुहोस् है, महिनाको अन्त्यसम्म।', '09012341234'],
    ['तलब २५ गते तपाईंको बैंक खातामा जम्मा हुनेछ। - ABC फुड्स', undefined],
    ['नगरपालिका: फोहोर संकलनको दिन अर्को महिनादेखि परिवर्तन हुनेछ।', '0312345678'],
    ['सावधान! "तपाईंको निवास कार्ड रद्द हुनेछ, यो नम्बरमा फोन गर्नुहोस्" भन्ने SMS ठगी हो। फोन नगर्नुहोस्।', '09012341234'],
    ['व्यवस्थापन कम्पनी: अर्को हप्ता पानी ट्याङ्की सफा गरिनेछ। धन्यवाद।', '0312345678'],
    ['ศูนย์ตรวจสุขภาพ: ผลตรวจของคุณพร้อมแล้ว กรุณามารับที่เคาน์เตอร์', '0312345678'],
    ['ส่งรูปมาให้ดูหน่อย ชุดใหม่สวยไหม', '09012341234'],
    ['ကျန်းမာရေးအာမခံကတ် ရပြီလား? ဒီနေ့အတွင်း ဖုန်းဆက်ပါ', '09012341234'],
    ['到了先联系我 090-1234-5678', '09012341234'],
    ['พี่ครับ เจ้าของห้องบอกว่าเปลี่ยนบัญชีธนาคารแล้ว เดือนนี้ผมโอนค่าเช่าไปบัญชีใหม่แล้วนะ', '09012341234'],
  ] as const) {
    const m = { text, ...(from ? { from } : {}) };
    assert.equal(rules.analyse(m).verdict, 'allow', text);
    assert.notEqual(engine.analyse(m).verdict, 'block', text);
  }
});

// Who speaks, in Vietnamese (engine.ts afterWord, asks/role.ts INTRODUCED, data/lures.json personal, personal-channel,
// known-payee): the Tagalog vocative "nay," (Mom) is read only where it opens the message, so the "nay" of hôm nay folded no
// longer turns immigration's notice into a person's voice; a kinship pronoun with nhé is a person's voice, so a resident naming
// the bureau as where they went is not its claim; "chị là chủ nhà" names the writer by the role as "大家です" does, and the rent
// moved into the writer's personal account (tài khoản cá nhân của chị, 我的个人账户; 私の個人口座) is the role's bypass, while
// the account used "as always" (như mọi khi; いつもの口座) is the payee the reader knows.
test('immigration\'s call back with "hôm nay," and a landlord\'s rent moved to a personal account, in Vietnamese and Chinese, block on the rules; a resident\'s visit to the bureau, Tagalog "Nay," and rent to the usual account stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Cục Xuất nhập cảnh: thẻ lưu trú của bạn có vấn đề. Hãy gọi lại số này hôm nay, nếu không sẽ bị trục xuất.', '+447700900456'],
    ['Cuc Xuat nhap canh: the luu tru cua ban co van de. Hay goi lai so nay hom nay, neu khong se bi truc xuat.', '+447700900456'],
    ['Chào em, chị là chủ nhà. Tháng này em chuyển tiền nhà vào tài khoản cá nhân của chị nhé, tài khoản cũ bị khóa rồi', '08017728380'],
    ['我是房东。这个月的房租请转到我的个人账户,原来的账户被冻结了', '08011112222'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['Hôm nay, em đi Cục Xuất nhập cảnh gia hạn visa rồi, chiều gọi lại cho chị nhé', '09012341234'],
    ['Em đi Cục Xuất nhập cảnh gia hạn visa rồi, chiều gọi lại cho chị nhé', '09012341234'],
    ['Chị ơi, hôm nay, em gửi tiền nhà vào tài khoản của chị rồi nhé', '09012341234'],
    ['Nay, naipadala ko na yung ambag ko sa handaan ni Tita. Salamat po', '09012341234'],
    ['Chào em, chị là chủ nhà. Tháng này tiền nhà vẫn chuyển vào tài khoản cũ như mọi khi nhé', '08017728380'],
    ['Tôi là thủ quỹ hội người Việt. Tiệc cuối năm ngày 20, phí 2.000 yên thu tại chỗ nhé', '09012341234'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// Deportation threatened (data/lures.json legal-threat: 強制送還, deportation, 将被遣返, 추방, bị trục xuất…) is the legal threat a
// fake immigration office presses residents with, as 逮捕 is the police's: beside a call back in the agency's name it blocks on
// the rules, in Japanese as in English. A deportation told of a friend, a warning, and the agency's own notice stay allowed.
test('immigration\'s call back under a threat of deportation, with no sender, blocks on the rules in English and Japanese; a deportation told of a friend, a warning and the agency\'s own notice stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const text of [
    'Immigration Services Agency: your residence status has a problem. Call back today, or you will be deported.',
    '出入国在留管理庁です。在留資格に問題があります。本日中に折り返しお電話ください。強制送還の手続きになります。',
  ]) {
    const a = rules.analyse({ text });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['我朋友签证过期被遣返了,好可怜。你的在留卡记得早点更新', '09012341234'],
    ['技能実習生が強制送還されたってニュース見た?怖いね', '09012341234'],
    ['My cousin got deported last year, so please renew your visa on time!', '09012341234'],
    ['Immigration never threatens deportation by SMS or asks you to call back. If you get such a message, it is a scam.', '09012341234'],
    ['친구가 비자 문제로 추방됐대. 너도 체류카드 꼭 갱신해', '09012341234'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A notice's "please transfer" in Thai (กรุณาโอน, as お振込みください) is the money ask, and a passport's "invalidation" in Korean
// (여권 무효화 처리, as 旅券の失効) the alarm a consulate's data ask answers: from a handset both block on the rules as their Japanese
// wording does. A friend's dinner money, a clinic's transfer by its mailed invoice from its landline, the consulate's own notice,
// a friend's question and a warning stay allowed.
test('a health-check centre\'s deposit by transfer and LINE in Thai, and a consulate\'s passport invalidation asking data back in Korean, block on the rules; their twins stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['ศูนย์ตรวจสุขภาพแจ้ง: ต้องตรวจซ้ำ กรุณาโอนค่ามัดจำ 3,000 เยน แล้วติดต่อ LINE: health_jp', '08055556666'],
    ['주오사카총영사관입니다. 여권 무효화 처리를 위해 여권번호와 주소를 회신해 주세요.', '08034667267'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['พี่คะ กรุณาโอนค่าอาหารเมื่อวาน 1,500 เยนให้หนูด้วยนะคะ', '09012341234'],
    ['ศูนย์ตรวจสุขภาพ: กรุณาโอนค่าตรวจ 5,000 เยน ตามใบแจ้งหนี้ที่ส่งไปทางไปรษณีย์', '0312345678'],
    ['주오사카총영사관: 분실 여권의 무효화 처리는 영사관 민원실 방문으로만 가능합니다.', '0663334444'],
    ['여권 무효 됐대? 내일 영사관 같이 가볼래?', '09012341234'],
    ['เตือนภัย: มีคนส่ง SMS อ้างเป็นศูนย์ตรวจสุขภาพ ให้โอนค่ามัดจำและแอดไลน์ อย่าหลงเชื่อ', '09012341234'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A relative's new number that sends the reader back to the line they already know (the old number kept open or offered to
// be rung, the number said unchanged, what the two said face to face or on the phone: `vouched`) invites the check the "hi mum"
// and オレオレ openers exist to avoid, so its number's story is no lure when nothing else is said or asked. The same vouch beside
// money or a code still blocks, and the bare opener that vouches for nothing still flags.
test('a relative\'s new number that keeps the old line open to check asks nothing and stays allowed in several languages; the same vouch beside money or a code blocks, and the bare opener still flags', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Mom, this is my new number, my old one still works if you want to check. A code is coming to your phone, send it to me please', '+447700900001'],
    ['お母さん、スマホ壊れて番号変わった。前の番号もまだ使えるよ。今日中に10万円振り込んでほしい', ''],
    ['Mẹ ơi, đây là số mới của con. Số cũ vẫn dùng được. Mẹ chuyển giúp con 5 man vào tài khoản này nhé, gấp lắm.', '+84009674916'],
  ] as const) {
    const a = rules.analyse({ text, from: from || undefined });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  assert.notEqual(rules.analyse({ text: '母さん、携帯変えた。新しい番号、登録しといて', from: '09011112222' }).verdict, 'allow');
  for (const [text, from] of [
    ['Mom, I switched to a Japanese SIM. This is my new number. My old one still works until Friday if you want to check.', '+9779812345678'],
    ['Mẹ ơi, đây là số mới của con. Số cũ vẫn dùng được đến thứ sáu, mẹ gọi thử để kiểm tra nhé.', '+84901234567'],
    ['Mãe, esse é meu número novo. O antigo ainda funciona até sábado, pode ligar pra conferir.', '+5511987654321'],
    ['Bu, ini nomor baru saya. Nomor lama masih aktif sampai akhir bulan kalau mau cek.', '+6281234567890'],
    ['妈，我换号码了，这是新的。旧号码还可以用到月底。', '09011112222'],
    ['母さん、スマホ変えて番号変わった。前の番号もまだ使えるから、心配なら前の番号にかけてみて。', '09011112222'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// An account the reader is asked to send money into, named as the writer's own between relatives or friends ("vào tài khoản
// ngân hàng của chị", "转到姐姐的银行账户", "언니 계좌로"), is the payee, weighed by the money and payee finders; the bare
// "account" word of the residents' languages is a lure only as the reader's account told in trouble. A number under an account's
// label ("Số tài khoản … 0123456789", "账号 …") is where money goes, not a line to ring. The account told in trouble, a "safe
// account", a landlord's changed account and a relative's accident keep blocking on the rules.
test('a sister\'s rent money into her own account, in Vietnamese, Chinese and Korean, with its account number, stays allowed; a frozen account, a safe account, a changed account and an accident\'s money still block', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Tài khoản ngân hàng của quý khách bị khóa. Vui lòng chuyển tiền vào tài khoản an toàn 0123456789 để xác minh.', ''],
    ['您的账户存在异常,请立即将资金转入安全账户 0123456789', ''],
    ['Chủ nhà thông báo: tài khoản cũ không dùng nữa, tháng này chuyển tiền nhà vào tài khoản mới 0123456789 nhé', '08011112222'],
    ['Mẹ ơi, con bị tai nạn, cần tiền gấp, mẹ chuyển 10 man vào tài khoản của bạn con nhé', '08011112222'],
  ] as const) {
    const a = rules.analyse({ text, from: from || undefined });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['Nhớ gửi tiền nhà vào tài khoản ngân hàng của chị. Số tài khoản Vietcombank 0123456789.', '09012345678'],
    ['Em ơi, nhớ gửi tiền nhà vào tài khoản ngân hàng của chị trước ngày 25 nhé.', '09012345678'],
    ['房租记得转到姐姐的银行账户。账号 0123456789', '09012345678'],
    ['이번 달 월세는 언니 계좌로 보내줘', '09012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A resident telling a friend of their own day at a place ("我刚在区役所…") or of an impersonator's call they hung up on, with a
// caution in turn ("我已经挂了,你也小心"), speaks as a person: the ward office or immigration is where they went or who was
// impersonated, not the message's voice. An office's voice in the same language, a code asked or a call-back under a threat,
// still blocks on the rules, whatever caution is tacked on.
test('a Chinese-speaking resident\'s own visit to the ward office and a hung-up impersonator\'s call, told to a friend, stay allowed; an office\'s call-back or a code asked in Chinese still blocks', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['我刚在银行上班,你的账户异常,请把验证码发给我', '07011112222'],
    ['入管局通知:您的在留卡有问题,请立即拨打 050-1234-5678,否则将被遣返。你也要小心。', ''],
  ] as const) {
    const a = rules.analyse({ text, from: from || undefined });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['我刚在区役所更新了电子证明书,免费,十分钟就好了。记得带上三个密码。', '08024439961'],
    ['刚才有人打电话说是入管局,说在留卡有问题。我查了入管官网,他们不会打电话要钱。我已经挂了,你也小心。', '08063009862'],
    ['我刚在市役所办了住民票,窗口很快。', '09012341234'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A call announced from an authority, with the reader told beforehand to follow the caller's instructions (asks/relay-call.ts):
// the 劇場型 relay of the fake-police and fake-bank scams, one "body" handing the reader on to the next. No real body announces
// another's call by text and binds the reader to the caller; it blocks on the rules in any voice that is not a person's, in
// Japanese, English and Chinese. A relative's message, a drill's instruction, a shop's own errand, a driver's call, a clinic's
// doctor who will ring, a bank's own call notice from its registered line and a warning that quotes the lure stay unblocked.
test('a call announced from the police, a ministry, the bankers\' association or a recorded voice, with the caller\'s instructions to follow, blocks on the rules; its twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['保険証が他人に使われた形跡があります。身に覚えがなければ、このあと県警から電話が入りますので指示に従ってください。厚生労働省', '08026670000'],
    ['百貨店の者です。お客様名義のカードで高額商品を購入しようとした人物がいます。銀行協会から折り返し連絡がありますので、指示に従ってください', '08009240000'],
    ['お客様の口座から不審な送金がありました。止めるには、今からかかってくる自動音声の指示に従ってください', '09009370000'],
    ['全国銀行協会です。お客様のキャッシュカードが不正に使われています。担当者から折り返しお電話いたしますので、指示に従ってください。', '05012345678'],
    ['Your bank account was used in money laundering. You will receive a call from the Tokyo Metropolitan Police shortly. Please follow their instructions.', ''],
    ['您的护照涉嫌违法。稍后警察会给您打电话,请按照指示操作。', '+8613800001111'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['お母さん、事故のことで警察から電話あると思うから、指示に従ってね。俺は大丈夫だから', '09055556666'],
    ['明日の避難訓練は、放送の指示に従ってください。よろしくお願いします。', '08077778888'],
    ['店長です。明日の棚卸しは本部から連絡が入りますので指示に従って進めてください。', '09012121212'],
    ['You will receive a call from our driver tomorrow, please follow their instructions to find the gate.', '09012121212'],
    ['〇〇病院です。検査結果について担当医から電話がありますので、説明をお聞きください。', '0312345678'],
    ['「警視庁から電話が入りますので指示に従ってください」というSMSは詐欺です。警察が電話で指示することはありません。', ''],
    ['警察から電話があって指示に従ってと言われても、従わないでください。それは詐欺です。', '09012341234'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// The reader's home address and when they are home, both asked back in an office's voice about nothing the reader arranged
// (asks/recon.ts homeAndAddress): the two facts a visit nobody booked needs, the 下見 of the 点検商法, the 押し買い and the
// アポ電 robbery. An office that bills the reader has the address on file. A repair the reader asked for, a booked check, a
// friend sending a present and a warning quoting the ask stay unblocked.
test('an office\'s voice asking the home address and when the reader is home, over nothing booked, blocks on the rules; its twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['電力自由化センターです。アンケートに答えた方は来月の電気代から5,000円引きになります。適用にはご自宅の住所と在宅時間帯の返信が必要です。', '08014450000'],
    ['ガス料金見直し窓口です。お得なプランへの切替のため、ご住所とご在宅の時間を返信でお知らせください。', '09011113333'],
    ['地域の防犯診断を無料で行っております。ご住所と在宅時間をこのSMSにご返信ください。', '05022223333'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['エアコン修理のご依頼ありがとうございます。ご住所とご在宅の時間をご返信ください。', '0356781234'],
    ['引っ越し祝い送りたいから、新しい住所と在宅の時間教えて!', '09066667777'],
    ['〇〇電力です。点検のご予約を承りました。ご住所の確認と在宅時間をご返信ください。', '0312345678'],
    ['「住所と在宅時間を返信して」というSMSは詐欺です。返信しないでください。', ''],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// Money first to someone the reader has never met, for a thing handed over only after it is paid, outside any platform that
// protects the payer (asks/prepay.ts prepaidHandover), and a fee before the reader's own thing or refund is released through a
// payee they cannot see (feeBeforeOwnThing): agents let flats after a viewing and a contract, platforms, hotels and pickup
// services take money on their own page or at the counter, tickets resell through the official resale, lost property comes
// back against ID or 着払い, delayed bags are delivered free, a refund's cost is deducted from it and no lender charges for its
// own approval. It blocks on the rules in ja, en, zh, ko, vi, tl and id; an agent's viewing, a platform's deposit, a friend's
// ticket paid on the day, a hotel's pickup paid at the hotel, costs split after a trip, a friend who booked for both, a free
// bag delivery, a lost-and-found counter and a fee deducted or borne by the shop stay unblocked.
test('money first to a stranger for keys, a pickup, a ticket, a room or a tour, or a fee before the reader\'s own thing is released, blocks on the rules; its twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Hi! The studio in Shibuya is available. I live overseas so I can\'t do a viewing, but send the deposit and first month\'s rent by Wise and I\'ll courier the keys to you.', '+15550001234'],
    ['物件オーナーです。現在海外にいるため内覧はできませんが、敷金をPayPayで送っていただければ鍵をお送りします。', '09011112222'],
    ['房东在国外,没办法带你看房。押金和首月租金先转我支付宝,收到后把钥匙快递给你。', '+8613900001111'],
    ['Chào bạn, chủ nhà đang ở nước ngoài nên không thể xem phòng. Bạn chuyển khoản tiền đặt cọc trước, tôi sẽ gửi chìa khóa qua bưu điện.', '+84901234567'],
    ['ご希望のお部屋は人気のため、申込金3万円を先にPayPayでお送りください。内覧は入金後にご案内します。', '08033334444'],
    ['空港送迎ドライバーです。駐車料金が必要なため、先にPayPayで3,000円送金してください。送金後に車のナンバーをお知らせします。', '09055556666'],
    ['픽업 기사입니다. 톨비 때문에 먼저 카카오페이로 5000엔 보내주세요. 입금 후 차량 번호 알려드립니다.', '+821012345678'],
    ['Halo, saya sopir jemputan bandara. Mohon transfer dulu ¥5.000 ke rekening pribadi saya, setelah itu saya kirim nomor plat mobil.', '+6281234567890'],
    ['ディズニーのチケット、公式より安くお譲りします。先にPayPayで送金いただいた方にQRを送ります。', '09077778888'],
    ['代订酒店,比官网便宜40%,先转定金到我支付宝,入住时报名字就行。', '+8613700006666'],
    ['羽田空港のラウンジ優先レーン、一人2,000円でご案内します。先にPayPayで送金をお願いします。', '09012341234'],
    ['Lost and Found desk: we are holding a wallet with your ID. A handling fee of ¥3,000 is required for delivery. Reply to receive the payment account.', '+819012345678'],
    ['您好,失物招领处:我们拾到您的护照,邮寄需先付手续费3000日元,请回复获取付款账户。', '+8613311112222'],
    ['キャンセルされたご予約の返金手数料1,100円を先にお振込みください。確認後、返金いたします。', '08012340000'],
    ['分割払いの審査に通りました。審査手数料5,000円をコンビニでお支払いください。番号はお電話でお伝えします。', '09012349999'],
    ['引っ越しセンターです。ご希望日を仮押さえしました。確定には予約金1万円が必要です。お支払い方法は返信でご案内します。', '07012345678'],
    ['以前の賃貸物件の敷金返還金が未受取です。受け取りには事務手数料のお振込みが必要です。詳しくはお電話で。', '05012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['〇〇不動産です。ご希望の物件の内見を土曜10時でご予約しました。当日は現地でお待ちしております。', '0312345678'],
    ['〇〇不動産です。内見ありがとうございました。お申込みの場合、申込金は契約時に当社窓口でお支払いください。', '0312345678'],
    ['オーナーさん海外にいるから内見は管理会社の人が案内してくれるって。土曜でいい?', '09012345678'],
    // The money after the viewing, told in the next clause: not the viewing put after the money.
    ['Please come for a viewing on Saturday; after the viewing you can transfer the deposit and we will hold the room.', '08011112222'],
    ['Booking confirmed. The deposit of ¥10,000 was charged on Booking.com. Pay the balance at the hotel on arrival.', '0312345678'],
    ['ライブのチケット取れたよ!お金は当日会った時でいいからね。QRは前日に送るね。', '09022223333'],
    ['〇〇ホテルです。空港送迎のご予約を承りました。到着ロビーでお名前のボードを持ってお待ちしております。料金はホテルでのご精算となります。', '0312345678'],
    ['我是酒店接机司机,在到达口举着您名字的牌子等您,车费到酒店前台付。', '+8613900002222'],
    ['旅行おつかれ!ホテル代とレンタカー代、一人2万円ずつになったから、PayPayで送ってね。', '09044445555'],
    ['ホテル予約しといたよ!先にPayPayで半分送っといて〜', '09012345678'],
    ['我是你室友,房东在国外,押金我先转给他了,你把你那一半转我', '+8613900008888'],
    ['Mẹ ơi, con ở nước ngoài, thuê nhà cần đặt cọc trước, mẹ chuyển khoản giúp con nhé', '+84901112222'],
    ['民宿さくらです。宿泊代金はPayPayでのお支払いも可能です。チェックイン時にフロントでどうぞ。', '0312345678'],
    ['Your delayed bag from flight NH110 will be delivered to your hotel free of charge today.', '+81312345678'],
    ['〇〇駅忘れ物センターです。パスポートをお預かりしています。身分証をお持ちの上、窓口までお越しください。着払いでの郵送も可能です。', '0312345678'],
    ['ご予約のキャンセルについて、当店規約によりキャンセル料1,000円が発生します。次回ご来店時にお支払いください。', '0312345678'],
    ['返金は返金手数料220円を差し引いてご登録の口座へお振込みします。', '0312345678'],
    ['〇〇引越センターです。お見積りのご依頼ありがとうございます。料金は作業当日に現金またはカードでお支払いください。', '0312345678'],
    ['退去立会いありがとうございました。敷金の返還額は精算書をご確認ください。詳しくはお電話でお問い合わせください。', '0312345678'],
    ['ネイルサロンです。閉店のお知らせを郵送しました。回数券の残り分は全額、ご来店またはご指定口座へ当店から返金します。手数料は当店負担です。', '09012345678'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});
// An office's call announced in its own voice (asks/call.ts announcedFor): the set-up of the fake desk and the 劇場型 relay only
// beside what the call is for, something wrong told of the reader's account, card or money (a lure, the account accused, a
// penalty, a fee, a payee changed) or something of the reader's to hand over on it (a code, data), or the reader pressed to take
// it. With nothing wrong told ("担当医よりお電話いたします", "担当者が決まりました…担当からお電話します") the call is the office's own
// act and asks the reader nothing, whatever line the notice came from; nor is a consultation at the office's counter a call.
test('an announced call beside the reader\'s account told caught up or a code to read out blocks on the rules; an office announcing its own call about nothing wrong does not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【みずほ銀行】お客様の口座で不正な出金を確認しました。このあと担当者よりお電話いたしますので、確認コードをお伝えください。', '08055550101'],
    ['楽天カードです。お客様のカードが不正利用されています。本日中に担当からお電話します。', '07011110202'],
    ['您的银行卡涉嫌洗钱,工作人员会致电给您,请接听并配合调查。', '+8613800002222'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['【さくら整形外科】MRIの結果が出ました。本日中に担当医よりお電話いたします。', '09044440404'],
    ['東京海上日動です。お車の事故の件、担当者が決まりました。明日担当からお電話します。', '08066660606'],
    ['〇〇市役所です。児童手当の申請書を受け付けました。記載内容の確認のため担当から確認のお電話をする場合があります。', '09077770707'],
    ['〇〇町水道課です。料金の分割払いのご相談は、平日9時から17時まで役場の窓口で承ります。', '09088880808'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A messenger named as where the writer sends or writes to the reader (asks/messenger.ts writerSendsThere: "给你发微信",
// "发你微信了", "LINEで送るね", "카톡 보낼게", "I'll WhatsApp you") is the chat the two already share: the writer acts, the reader
// is moved nowhere, and no account is given to add. A stranger's ID to add, an add asked, a customer desk to add, stay moves.
test('an ID or a desk to add on a messenger blocks on the rules; the writer saying they will write or have sent something there does not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['你好,我是理财顾问,加我微信 licai8899,带你稳赚,月收益20%。', '+8613800003333'],
    ['副業のご案内です。1日2万円。詳しくはLINEで送るので、ID: side_job77 を追加してください。', '09012340909'],
    ['恭喜中奖!请添加微信客服 kf2024 领取奖金,客服会给你发领取链接。', '+8613800004444'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['姐姐,我下飞机了,行李拿到了,晚点到宿舍给你发微信。', '+8613800005555'],
    ['老公,孩子的疫苗本我拍了照,发你微信了,你看一下。', '+8613800006666'],
    ['お母さん、旅館の地図はLINEで送るね。駅に着いたら電話する。', '09012341010'],
    ['언니, 공항 도착했어. 숙소 가서 카톡 보낼게.', '+821012341111'],
    ['Mum, I\'ve landed in Osaka. I\'ll WhatsApp you from the hotel tonight.', '+15551231212'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// What a genuine notice names is not what a lure asks (dev batch 41): the emergency contact on the reader's papers presses
// nothing ("しおりの緊急連絡先へ"; the heading 【緊急連絡】 still does); a host naming Airbnb's message thread as where the two talk
// uses it as a medium (brands.json media); Air China's own site is its official domain; a worker who opens with their own name
// and tells the usual price keeps a standing job (role.ts), and a group's dues collected ahead are the members' money, not a
// service's fee (service-fee.ts). Their lures, told with the same words, still block on the rules.
test('batch-41 over-reach: an emergency contact, a platform\'s thread, an airline\'s own site, a usual price and a group\'s dues; their lures still block', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【緊急連絡】お客様のアカウントが停止されました。至急 https://acc-verify.top で確認してください。', '09011110001'],
    ['Airbnbです。ご予約の支払いが失敗しました。https://airbnb-pay.icu で更新してください。', '09011110002'],
    ['【中国国际航空】您的航班已取消,请登录 airchina-refund.cn 办理退款。', '+8613800001111'],
    ['【みどりクリニック】ご予約の施術代金3万円は事前振込が必要です。普通 1234567 ヤマダタロウ 宛にお願いします。', '09011110003'],
    ['町内会の者です。防犯灯の協力金として、明日の夕方に各家庭を集金に伺います。例年通り3,000円を現金でご用意ください。', '09011110004'],
    ['Desculpa, mandei meu código do WhatsApp para o seu número por engano. Pode me passar o código que chegou?', '09011110005'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['旅行の集合は新宿駅西口に8時です。遅れる時はしおりの緊急連絡先へ。', '0355550001'],
    ['こんにちは、渋谷の民泊です。チェックイン方法はAirbnbのメッセージでお送りしました。何かあればAirbnbでご連絡ください。', '08011110006'],
    ['【中国国际航空】您的CA925航班已可办理值机,请通过官网 airchina.com.cn 或App办理。', '+8695583'],
    ['調律の佐藤です。来月5日の14時に伺います。料金はいつも通り12,100円、終わってからで結構です。', '09011110007'],
    ['歯科クリニックの新年会幹事です。会費4,000円は事前振込でお願いします。ゆうちょ 記号12345 番号6789012 スズキハナコ', '09011110008'],
    ['Código do WhatsApp: 204-881. Não compartilhe este código com ninguém.', '09011110009'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});
// A tradesman or a "commissioned contractor" who sets up work nobody booked, or adds a charge to work that was booked, and asks
// money or a reply from a handset (session visit41, dev batch 41; 国民生活センター 点検商法・追加請求). The 点検商法's opener tells a
// danger or a lapse of the home, damage "seen from outside" or by drone, a duty said new or the insurance said to pay, and asks a
// call or a reply to book it (commerce.ts openerPretext, CONTACT_ASKED; VISIT_STAKE for the damage seen, the lapse, the
// insurance); a visit set for a near day takes cash at the visit itself (CASH_AT_VISIT) or a fee "on the day" for a fitting job;
// and a trade's fee asked before the work or added after the reader is committed, through a payee the reader cannot check (a
// handset's PayPay, a worker's family's account, an account "different from last time", none at all) is the service's fee off
// its channel (service-fee.ts: trades in PROVIDER, ADDED, 作業前に). A booked tradesman confirms the visit and the quoted price
// and is paid after the work, to the account on the invoice; a utility's notice says the meter swap costs nothing.
test('a tradesman\'s unbooked job or after-the-fact charge asked from a handset blocks on the rules; the booked trade\'s twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['〇〇電力の協力会社です。明後日、分電盤の交換に伺います。工事費5,500円は当日作業員にお支払いください。', '08011112222'],
    ['近くで外壁の工事をしている者です。お宅の屋根の瓦がずれているのが足場から見えました。保険で直せますのでこの番号にお電話ください。', '09022223333'],
    ['We spotted damage on your roof by drone while working next door. Your home insurance can cover it. Text back YES to book.', '07033334444'],
    ['お宅の給湯器は交換時期を過ぎています。点検をご希望なら1、不要なら2とご返信ください。', '08044445555'],
    ['先ほど通りから見えたのですが、お宅の雨どいが外れかけています。雨漏りの原因になります。ご連絡いただければすぐ直します 080-1414-1414', '08014141414'],
    ['訪問マッサージのご案内です。来週火曜にご自宅へ伺います。初回は到着時に現金で5,000円いただきます。', '09013131313'],
    ['引越し作業の件、当日トラックが1台追加になりました。追加料金15,000円を作業前にPayPayで 090-1234-5678 へお送りください。', '09055556666'],
    ['大家の佐藤です。来週、配管業者が入ります。作業費2万円を立て替えてもらえませんか。家賃で相殺します。', '08077778888'],
    ['Hi, this is your mover. Two extra workers are needed tomorrow, so there is an additional fee of 20,000 yen. Please send it in advance by PayPay to 080-5555-1234 or we cannot start.', '09088889999'],
    ['您好，我是搬家公司的。因为增加了工人，需要追加费用2万日元，请在作业前通过PayPay转账到080-5555-1234。', '07099990000'],
    ['Chào anh, bên chuyển nhà đây. Do thêm người nên phát sinh thêm phí 20.000 yên, anh chuyển khoản trước qua PayPay số 080-5555-1234 nhé.', '08012121212'],
    ['ガス会社の協力業者です。給湯器の交換で伺う際に、作業費2万5千円を現金でご準備ください。', '08031313131'],
    ['外構工事の者です。会社の口座が使えなくなったので、今回の工事代金は妻の口座にお願いします。', '09032323232'],
    ['塗装の件、お振込み先が変わりました。三菱UFJ 池袋支店 普通 1234567 ではなく、担当 スズキ イチロウ 名義でお願いします。', '07033333333'],
    ['設備屋です。着手金5万円を今日中にお振込みいただければ明日から工事に入れます。', '08034343434'],
    ['塗装店の者です。お宅のベランダの防水が切れて雨漏りの恐れがあります。お見積りに伺う日時をご返信ください。', '09035353535'],
    ['Somos da empresa de telhados aqui da rua. Vimos telhas soltas na sua casa. O seguro cobre tudo. Ligue 080-4141-4141 para marcar.', '08041414141'],
    ['您好，我们在附近施工，从外面看到您家屋顶有破损，保险可以支付维修费用。请回电 080-4242-4242。', '08042424242'],
    ['근처에서 공사 중인 업체입니다. 댁의 지붕이 파손된 것을 봤습니다. 보험으로 수리 가능합니다. 전화 주세요 080-4343-4343', '08043434343'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['水道の石田です。ご依頼の蛇口交換、明日10時に伺います。お見積りどおり8,800円で、作業後に現金かカードでお支払いください。', '09033185520'],
    ['ピアノ調律の大木です。来週木曜14時に伺います。料金は従来通り、作業後で結構です。', '09026618834'],
    ['【東京電力パワーグリッド】スマートメーターへの取替工事を12月中に行います。費用はかかりません。立会いは不要です。', '0005780163'],
    ['引越しのお見積りに明日14時に伺います。お見積りは無料です。', '0366128834'],
    ['大家です。来週水曜に給湯器の業者が点検に入ります。費用は不要です。ご在宅でなくても大丈夫です。', '09011284453'],
    ['リフォームの山本です。工事完了しました。請求書を郵送しますので、いつもの口座へお振込みください。', '0482631175'],
    ['外から見たら、うちの屋根の瓦がずれてた。今度業者さん呼ぶね。', '07033118826'],
    ['近所で工事をしている〇〇建設です。明日から2週間、騒音でご迷惑をおかけします。ご不明点は現場事務所 03-1234-5678 までご連絡ください。', '0312345678'],
    ['整備工場です。点検の結果、タイヤの交換時期を過ぎています。交換をご希望の場合はお電話ください 0463-22-1158', '0463221158'],
    ['管理会社です。上階からの水漏れの恐れがあるため、明日10時に点検に伺います。ご在宅ください。', '0352913348'],
    ['便利屋の河合です。追加のご依頼ありがとうございます。追加分3,300円は作業後に現金でお願いします。', '08011223344'],
    ['引越しの件、当日の作業員追加はありません。料金はお見積りどおり、作業後にお支払いください。前金はいただいておりません。', '08099998888'],
    ['The plumber you called will arrive at 10 tomorrow. Price as quoted, 12,000 yen, pay after the job by card or cash.', '08052214478'],
    ['管理会社です。来週の給湯器交換の立会いに伺う際、費用はかかりません。ご在宅をお願いします。', '0352913348'],
    ['鍵業者の者です。ご依頼の開錠、20分ほどで到着します。作業前に料金をご説明してから作業します。', '0120331274'],
    ['設備の田中です。見積りどおり工事代金の残金は、請求書記載の当社口座へお振込みください。', '0486621157'],
    ['電気工事の大和です。着手金はいただいておりません。工事完了後に請求書をお送りします。', '0422581136'],
    ['大家です。業者の出張費は私が払いますので、ご在宅だけお願いします。', '09011284453'],
    ['ご依頼いただいた外壁塗装のお見積りに、明日10時に伺います。ひび割れの箇所も拝見します。', '09036363636'],
    ['Oi filho, vi telhas soltas lá em casa depois da chuva. Vou chamar o telhadista do seu tio, não se preocupe.', '09044444444'],
    ['妈，我从外面看到咱家屋顶有破损，我明天叫师傅来看看，你别上去。', '09045454545'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});
// A charge paid in gift cards or in store-bought e-money (asks/gift-card.ts cardForCharge, weighed as SERVICE_FEE_OFF_CHANNEL
// beside ASK_GIFT_CARD): no shop, school, garage, studio, lost-and-found office or public body takes a price, a fee or dues as
// the numbers of cards bought at a store, whether the number is sent, handed or the card carried, and however the card is named
// (NPA 「電子マネーで支払って」は詐欺; FTC on gift-card payment). A shop selling cards for points, a store taking vouchers or
// e-money at its own till or a courier's 代引 at the door, a friend's present, a friend offering to pay so, and a warning that
// quotes the trick stay unblocked.
test('a business\'s or an office\'s charge paid in gift cards or store-bought e-money blocks on the rules; its twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【さくらピアノ教室】来月分の月謝8,000円は、Amazonギフト券8,000円分でお支払いください。番号をこちらに返信でお願いします。', '09011112222'],
    ['ひまわり幼稚園です。卒園記念品の費用について、今年はGoogle Playカード5,000円分を封筒に入れてお子様に持たせてください。', '09011112222'],
    ['クリーニング店です。お預かり品の保管料が発生しています。コンビニで購入したWebMoneyの番号でのお支払いをお願いします。', '08033334444'],
    ['自転車の防犯登録事務局です。登録手数料600円が未納です。ギフト券でのお支払いをお願いいたします。', '08033334444'],
    ['Hello, this is the dental office. Your cancellation fee is 5,000 yen. Please pay the fee with Apple gift cards and text us the codes.', '08033334444'],
    ['Phòng khám thông báo: phí hủy lịch hẹn 3.000 yên, vui lòng thanh toán bằng thẻ Google Play và gửi mã.', '08033334444'],
    ['Aqui é da autoescola. A taxa de remarcação é 4.000 ienes, pode pagar com cartões Google Play.', '08033334444'],
    ['遺失物センターです。お預かりしている鞄の転送手数料1,500円を、コンビニでPayPayギフトを購入してお支払いください。', '08055556666'],
    ['【○○ジム】来月の利用料は、Amazonギフト券でお支払いください。', '09012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['【イオン】ギフトカードのご購入で500ポイントプレゼント!店頭でお求めください。', undefined],
    ['当店ではクレジットカード、電子マネー、各種ギフトカードでのお支払いが可能です。', undefined],
    ['【高島屋】お買い物代金は全国百貨店共通商品券・JCBギフトカードでのお支払いも可能です。店頭レジにてご利用ください。', undefined],
    ['修理代金は引き渡し時にお支払いください。ギフトカードでのお支払いも可能です。', '0312345678'],
    ['【ヤマト運輸】代金引換のお荷物は、お届け時に現金・クレジットカード・電子マネーでのお支払いが可能です。', undefined],
    ['誕生日おめでとう!Amazonギフト券3,000円分をメールで送ったよ。好きな本買ってね。', '09011112222'],
    ['飲み会の会費、アマギフで払ってもいい?', '09011112222'],
    ['【市役所】電子マネーやギフトカードで手数料の支払いを求める電話は詐欺です。ご注意ください。', undefined],
    ['Our store accepts gift cards and all major credit cards at checkout. Pay your balance in store.', undefined],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A refund or a service made to need the reader to work an ATM or a money app while someone guides them, or to install an app
// for a refund (asks/atm.ts guidedOperation, asks/install.ts refundByInstall; PAYOUT_BY_OPERATION beside ASK_ATM or
// ASK_INSTALL): money comes back to the reader with nothing operated on anyone's instructions, a refund going back the way it
// was paid, so the steps talked through on the phone are a send screen (還付金詐欺's shape; PayPay's 返金詐欺 warning). A real
// refund notice, a bank's own app with help on request, a refund shown in the payment app, a warning quoting the trick, a benefit
// through マイナポータル and a relative at an ATM with family on the phone stay unblocked.
test('a refund or a service worked through an ATM or a money app on someone\'s guidance, or an app installed for a refund, blocks on the rules; its twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['通販サイトのカスタマーセンターです。二重決済分をご返金いたします。楽天ペイのアプリを起動し、お電話をつないだまま係員の説明どおりに操作してください。', '09012345678'],
    ['旅館の予約係です。キャンセル分の返金手続きのため、お近くのATMで担当者の案内に従って操作をお願いします。', '08012345678'],
    ['This is the hotel front desk. Your deposit refund will be sent via PayPay. Please open the PayPay app and stay on the line; our staff will guide you over the phone.', '08012345678'],
    ['Cửa hàng xin hoàn tiền cho đơn hàng bị hủy. Vui lòng mở ứng dụng PayPay, nhân viên sẽ hướng dẫn qua điện thoại từng bước.', '08012345678'],
    ['订单取消的退款将通过PayPay退还。请打开PayPay应用，按照客服的指示操作。', '08012345678'],
    ['【ABCトラベル】キャンセル料の返金を受け取るには、アプリ「PayBackNow」をダウンロードしてください。', undefined],
    ['還付金のお知らせです。お近くのATMコーナーで操作してください。操作はお電話でご案内します。', '05012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['ATMの使い方わからなかったら電話して', '09011112222'],
    ['母さん、ATMで引き出すときに電話してね。一緒に画面見ながら操作するから', '09011112222'],
    ['【WILLER】ご予約のバスは運休となりました。返金は元の決済手段に自動で行われます。お手続きは不要です。', undefined],
    ['【みずほ銀行】みずほダイレクトアプリの最新版を公開しました。アプリの操作方法がわからない場合は、お電話でご案内します。', undefined],
    ['【PayPay】返金が完了しました。PayPayアプリの残高履歴からご確認いただけます。', undefined],
    ['【セブン銀行】ATMでスマホ取引をご利用の際は、セブン銀行アプリを開き画面の案内に従って操作してください。', undefined],
    ['【警察署】「返金するのでATMで電話の指示どおり操作して」という電話は還付金詐欺です。', undefined],
    ['【○○市】給付金の申請にはマイナポータルアプリのインストールが必要です。詳しくは市のホームページをご覧ください。', undefined],
    ['ご返金は返金用アプリのインストールなど一切不要です。そのような連絡は詐欺ですのでご注意ください。', undefined],
    ['PayPay決済の操作方法は店舗スタッフがご案内します。お気軽にお声がけください。', '0312345678'],
    ['【○○信用金庫】ATMコーナーでの振込操作は、ロビー係員がご案内いたします。', '0312345678'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});
// What unlocks money, an identity or a home, asked to be told to a person by reply, photo, messenger or a call
// (asks/secret.ts valueToPerson, VALUE_TOLD_TO_PERSON beside CREDENTIAL_REQUEST; a code about to arrive asked back is
// ASK_SHARE_CODE): a payment card's number, data, back code or picture, a passport's picture beside a card, a card's number
// read out on a call, a cash card's number copied down by the staff, a door's code beside the hours the reader is home, a
// spare key's place before a visit, a net-banking login ID "heard" on a call (SIGN_IN_HANDED_OVER). Cards are entered on the merchant's own secure page or shown at the counter, codes are
// typed only into the service's own screen, and a home is entered through its holder or its manager, so no hotel, booking
// site, driver, cleaner, salon or tour desk asks these this way, in any of the residents' languages. A code or a key's place
// told TO the reader, a code message, a card shown at check-in, a driver who will ring again, a card issuer's own number on
// the card's back, a never-ask notice and a relative's passport photo for the family's visa stay unblocked.
test('a card\'s details, a door code with the hours at home, a spare key\'s place or a code about to arrive, asked by reply, photo or call, blocks on the rules; its twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【ホテル桜】ご予約のカードが承認されませんでした。カード番号と有効期限、裏面のセキュリティコードをこのメッセージにご返信ください。', '09011112222'],
    ['Hi, this is the reception at Kyoto Riverside Hotel. Your card was declined. Please send us a picture of your credit card, both sides, via WhatsApp so we can hold the room.', '+447700900111'],
    ['您好,这里是东京酒店前台。您的信用卡验证失败,请把卡号和有效期回复给我们,否则预订将被取消。', '+8613800001111'],
    ['Khách sạn Osaka xin thông báo: thẻ của bạn không xác minh được. Vui lòng gửi ảnh chụp thẻ hai mặt qua tin nhắn này để giữ phòng.', '08011112222'],
    ['Olá, aqui é da pousada em Kyoto. Seu pagamento falhou. Por favor me envie uma foto do cartão e o código de segurança por aqui.', '08011112222'],
    ['오사카 호텔 프런트입니다. 결제가 실패했습니다. 카드 번호와 유효기간을 이 번호로 보내 주세요.', '+821011112222'],
    ['Hello po, taga-hotel po ito. Paki-send po ang litrato ng card ninyo, harap at likod, dito sa text.', '08011112222'],
    ['Halo, dari hotel di Tokyo. Kartu Anda ditolak. Mohon kirim foto kartu dan tanggal berlakunya lewat SMS ini.', '08011112222'],
    ['旅行代理店の予約係です。決済エラーのため、担当までお電話のうえカード番号を読み上げてください。', '08011112222'],
    ['民泊のホストです。チェックイン登録のため、パスポートの写真とクレジットカードの写真をLINEで送ってください。', '08011112222'],
    ['Hi, it\'s the guesthouse. Immigration needs your details tonight: please send me a photo of your passport together with your credit card.', '08011112222'],
    ['エステサロンです。ご来店時にキャッシュカードをお持ちください。スタッフが番号をメモさせていただきます。', '08011112222'],
    ['清掃サービスです。来週の作業のため、マンションのオートロックの暗証番号と留守の時間帯を教えてください。', '08011112222'],
    ['配送業者です。置き配のため、玄関の暗証番号と何時にご帰宅か教えていただけますか。', '08011112222'],
    ['Courier here. Couldn\'t get through the lobby. Text me the gate code and what time you\'ll be home so I can drop it.', '08011112222'],
    ['エアコン清掃の者です。当日ご不在の場合に備え、スペアキーの置き場所を事前にお知らせください。', '08011112222'],
    ['スイミングスクールです。保護者グループ登録のため、今から届く4桁の番号をこのSMSに返信するだけで完了です。', '08011112222'],
    ['Hi, it\'s the tour desk. A 6-digit code will arrive on your phone shortly, just text it back to me to confirm your seat.', '08011112222'],
    ['你好,我是舞蹈班的助教。家长群需要验证,你手机收到6位数字后请发给我。', '09022221111'],
    ['航空券の払戻し担当です。返金先確認のため、ネットバンキングのログインIDをお伺いします。', '09011112222'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['管理人です。エントランスの暗証番号は4821に変わりました。ご在宅の方もお出かけの方もご注意ください。', '09012345678'],
    ['鍵はいつもの植木鉢の下に置いといたよ。先に入ってて。', '09012345678'],
    ['Hi, it\'s Ken. I left the spare key under the mat, let yourself in. The door code is 4821.', '08011112222'],
    ['認証コード 123456 を入力してください。このコードは誰にも教えないでください。', ''],
    ['ご予約ありがとうございます。チェックインの際にご予約時のクレジットカードをフロントでご提示ください。', '0120123456'],
    ['Khách sạn xin nhắc: khi nhận phòng vui lòng xuất trình hộ chiếu và thẻ tín dụng tại quầy lễ tân.', '08011112222'],
    ['酒店提醒:入住时请出示护照和预订时使用的信用卡。我们不会通过短信索取卡号。', '+8613800001111'],
    ['配達員です。オートロックの前にいますが応答がないので、10分後にもう一度インターホンを鳴らします。', '08011112222'],
    ['家事代行の田中です。明日10時に伺います。オートロックの部屋番号だけ教えてください。', '08011112222'],
    ['カード会社を名乗り、カード番号や裏面の3桁を聞き出すSMSが増えています。カード番号は入力しないでください。', ''],
    ['We will never ask for your card number, expiry date or CVV by text or phone. If someone asks, hang up.', ''],
    ['【JCB】ご本人の利用か確認できるまでカードのご利用を一時制限しています。カード裏面のお問い合わせ先へお電話ください。', ''],
    ['ビザの申請、家族の分まとめて出すから、パスポートの顔写真のページを撮っておいてね。週末に取りに行く。', '09033334444'],
    ['【〇〇銀行】当行からお客様のログインIDやパスワードをお伺いすることはございません。', '0120111222'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// An organisation's own business with its customer sent to a page that organisation does not own (checks/made-page.ts
// customersBusiness; url-suspect.ts readsAsOtherAddress): a clinic, a school, a studio, a garage, an estate agent or an airline,
// named or not, asks its customer to register a card or an insurance card, to sign in again, to pay what it says is owed, to pay
// a fee or a deposit, to re-book or to claim on its own site. On a phishing-heavy TLD, a host that reads as an address it is not
// (x.store-dl.com, x.net-room.org, x.garage-jp.xyz, x.pages-jp.dev) or a suffix no ordinary business keeps (.help), from a line
// that vouches for nothing, the page is nobody's, and it blocks on the rules in any language. A shop's sale, order or bill on its
// own .shop, a school's form asking attendance, a friend's article on .info, a city's lg.jp page, a warning, a 0005 line's
// short link and a clinic's own .jp or .com stay unblocked.
test('an organisation\'s customer business (card or insurance data, a sign-in again, money owed, a deposit, a re-booking, a claim) on a page nobody owns blocks on the rules; its twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【さくら整骨院】オンライン問診票への切替に伴い、保険証の記号番号とクレジットカード番号の登録をお願いいたします https://sakura-monshin.click/f', ''],
    ['您好,这里是游泳学校事务局。由于系统迁移,请重新登录并更新家长账户: https://swim-kids.online/login', ''],
    ['세차장 쿠폰이 도착했습니다. 쿠폰 받기: carwash-coupon.garage-jp.xyz', ''],
    ['Estúdio de fotos: o pagamento das fotos extras está pendente. Conclua em fotos.store-dl.com/p', ''],
    ['〇〇不動産です。お申込みのお部屋を確保するため、申込金3万円のお支払いを下記でお願いします https://heya-kakuho.net-room.org/pay', ''],
    ['Paws Grooming: due to a system error all appointments were cancelled. Please rebook here: paws-grooming.pages-jp.dev', ''],
    ['Magandang araw po, ito ang inyong dental clinic. Paki-update po ang card details ninyo sa dental-ph.cfd/update para sa appointment', ''],
    ['ピアノ教室です。来月分の月謝のお支払いが未完了です。こちらからお願いします https://piano-gessha.site/pay', '08012345678'],
    ['Your seat upgrade fee is pending. Complete the payment at skyseat-upgrade.help/pay to keep your seat.', ''],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['【パン工房こむぎ】年末限定シュトーレンのご予約受付中です。ご注文はこちら https://komugi-pan.shop', ''],
    ['ご注文ありがとうございます。お支払いはこちらのページからお願いします https://komugi-pan.shop/order/123', ''],
    ['冬のセール開催中!クーポンはこちら https://komugi-pan.shop/coupon', ''],
    ['ねえこの記事読んだ?EUの遅延補償の話 https://travel-news.info/eu-delay', '09011112222'],
    ['Did you see this? EU flight compensation rules explained https://travel-news.info/eu-claims', ''],
    ['5年1組の保護者の皆様、遠足の出欠をこちらのフォームでご登録ください(12/10締切) https://forms.gle/abc123XyZ', ''],
    ['スイミングスクールです。振替レッスンの予約はこちらのフォームからお願いします https://forms.gle/Sw1mFuR1kae', ''],
    ['少年野球チームです。スポーツ保険加入のため、お子さんの保険証情報を下記フォームにご登録ください https://forms.gle/Yk8uPq2Lm', '09012345678'],
    ['Soccer club: please register your child\'s insurance card number on our form by Friday https://forms.gle/Sc9cLb4Rz', '09012345678'],
    ['【花屋はな】母の日ギフトのお支払いはこちらからお願いします https://hanaya.tokyo/pay', ''],
    ['【横浜市】給付金の申請はこちらから https://www.city.yokohama.lg.jp/kyufu', ''],
    ['歯科医院を名乗り保険証やカード番号を登録させる偽サイトが出回っています。ご注意ください https://www.kokusen.go.jp/news/data/n-20251201.html', ''],
    ['【さくら歯科】定期健診のご予約・お支払いはこちら https://lin.ee/h8TqR2w', '0005123456'],
    ['【さくら歯科】Web問診の登録はこちら https://sakura-dental.jp/monshin', ''],
    ['【さくら歯科】再予約はこちらからお願いします https://reserve.sakura-dental.com', ''],
    ['ZIPAIRです。ご予約便の追加料金のお支払いはマイページから https://www.zipair.net/ja/mypage', ''],
    ['料金表はこちら https://oil-change.info/price', ''],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A business's, a service's or a professional's money sent to a person (asks/service-fee.ts businessPersonalPayee): a salon, a
// tradesman, a tutor, an insurance agent, a caterer, a hotel, a car-rental desk, a mover or a driver asking its fee, premium,
// balance or deposit into the writer's own handset as a payment-app ID, the writer's own, a relative's, a staff member's or a
// driver's account, one told only on the staff's phone, or an account announced as changed. A business is paid into its own
// account (on its invoice, quote or booking), at its desk, by its app or slip, or after the job into the account it always
// uses; the person's channel is the 全銀協's 振込先変更 fraud and the impersonated tradesman's. A friend's or a relative's money
// back, a treasurer's own account written out in full with nothing pressed, the invoice's or the usual account, a till's QR,
// a refund and a warning quoting the trick stay unblocked.
test('a business\'s money asked into a person\'s own account, handset wallet or a changed account blocks on the rules; its twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['ハウスクリーニングのミナミです。明日の作業の前に出張費4,000円をPayPayで 090-1234-5678 へお送りください。', '09012345678'],
    ['美容室ルナです。次回ご予約のキャンセル料規定が変わりました。予約金2,000円をPayPayの送金先 080-1111-2222 にお願いします。', '08011112222'],
    ['外壁塗装の田村です。会社の口座が使えなくなったので、着手金20万円は私の妻の口座にお振込みください。明日から足場を組みます。', '07033334444'],
    ['損害保険の代理店をしております佐野です。更新の保険料は、今回に限り私の個人口座へお振込みいただけますか。本社には私から伝えておきます。', '09055556666'],
    ['引越しセンターです。お見積りの確定には手付金1万円が必要です。振込先は前回と違いますので、スタッフ ヤマダ タロウ 名義の口座へお願いします。', '09088889999'],
    ['写真館です。前撮りの予約金1万円を、今回は担当カメラマンの個人口座に本日中にご入金ください。', '08077779999'],
    ['Hello, this is Dan from Bright Electric. Our business account is frozen this week, so please send the ¥32,000 for the wiring to my personal account.', '08077778888'],
    ['Hi, it\'s Lisa, your kids\' tutor. From this month please pay the lesson fees into my own account instead of the agency\'s, no need to tell the agency.', '07099990000'],
    ['Olá, aqui é do hotel Sakura. Sua reserva precisa de um sinal de ¥10.000 hoje, na conta pessoal da recepcionista.', '08022223333'],
    ['Chào chị, bên khách sạn Osaka báo: phòng của chị cần đặt cọc 8.000 yên, chị chuyển vào tài khoản cá nhân của quản lý giúp em nhé.', '09044445555'],
    ['Halo, saya dari bengkel Maju. Biaya servis mobil Anda ¥25.000, mohon transfer ke rekening pribadi saya karena rekening bengkel sedang bermasalah.', '08066667777'],
    ['您好,我是搬家公司的张师傅。明天搬家前请先把定金1万日元转到我的个人支付宝,公司账户这两天不能用。', '+8613900001111'],
    ['Magandang araw po, ito po ang tubero na nag-ayos ng lababo ninyo. Pakibayad po ang ¥15,000 sa personal account ko.', '09022224444'],
    ['안녕하세요, 네일샵입니다. 예약금 3천엔을 제 개인 계좌로 보내 주세요.', '08033335555'],
    ['料理教室の者です。来月の材料費1万2千円を先にお願いしております。振込先は講師が直接お伝えしますので少々お待ちください。', '08036360000'],
    ['不動産売却のご相談ありがとうございます。査定手数料3万円を、社員の名義口座へ今週中にお振込みください。', '09037370000'],
    ['Hi, this is the guesthouse in Osaka. To keep your room please send the ¥8,000 deposit by GCash today.', '09039390000'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['沖縄のホテル代、立て替えておいたよ。一人2万3千円。PayPayで 090-1111-0000 に送ってね。', '09011110000'],
    ['同学,我们的酒店钱我先用信用卡付了,一人一万二日元,回去微信转我就行。', '09012348890'],
    ['Mike here. I covered the hotel for the trip, ¥18,000 each. Send it to my personal account when you can, no rush.', '08099990000'],
    ['Chị ơi, em làm nail ở tiệm gần ga. Tiền ăn hôm qua em trả rồi, chị chuyển lại vào tài khoản cá nhân của em nha.', '09011110010'],
    ['テニス部会計の山田です。今月の部費3,000円は私の個人口座(三菱UFJ 渋谷支店 普通 1234567 ヤマダ タロウ)へ月末までにお願いします。', '09044440000'],
    ['電気工事の大和です。工事が完了しました。請求書に記載の当社口座へ月末までにお振込みください。', '09012120001'],
    ['Hi, this is Ken from Sunrise Plumbing. Job done! The invoice is in your mailbox, please pay to the account printed on it by month end.', '09066660000'],
    ['管理会社の者です。12月分の家賃のお振込みがまだ確認できておりません。振込先はいつもの口座から変更ございません。', '0352913348'],
    ['美容室です。本日はありがとうございました。次回からPayPayでのお支払いもできるようになりました。お会計時にレジのQRを読み取ってください。', '09011110015'],
    ['大家の佐藤です。今月分の家賃はいつもの口座にお願いします。', '09012120000'],
    ['ピアノ教室です。1月からの月謝のお振込先は、先生から個別にお伝えします。よろしくお願いします。', '09038380000'],
    ['車の売却代金、私の口座に振り込んでね。', '09031110001'],
    ['Hi, this is the guesthouse in Osaka. Your deposit was received by GCash, thank you! See you on the 12th.', '09039390001'],
    ['ネイルサロンです。キャンセル分のデポジットは、お客様の個人口座へ本日返金いたしました。', '09011110002'],
    ['【注意】業者を名乗り「私の口座に振り込んで」「振込先は前回と違います」と求めるSMSは詐欺です。支払いは請求書記載の口座へ。', ''],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// Between people, a payee moved away from the one the reader knows (asks/moved-payee.ts, PAYEE_MOVED_AWAY): money between
// friends, relatives and a group's members goes to the account or the ID the reader already holds for them, and money sent by
// mistake comes back the way it came (the bank's 組戻し, the app's own reversal). A third person's account, or one told as
// changed or new, with a second sign (the old one ruled out, the writer's own unusable, pressed for today, secrecy, a name told
// to differ, a new number, a mistake) is the taken-over account's script; the move alone, the usual account, a repayment face
// to face and a warning quoting the script are not held against a message.
test('a payee between people moved away from the known one, with a second sign, blocks on the rules; its twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['ごめん、先月の旅行代の差額を間違えて多く送っちゃった。私の口座いまロックされてて、弟の口座に2万円戻してもらえる?', '09012345678'],
    ['町内会の会計です。今年の会費の受取口座が変わりました。以前の口座には振り込まないでください。新しい口座:わかば銀行 本店 普通 4412093', '09012345678'],
    ["Hey, it's Kim. My bank card got frozen so could you transfer the ¥8,000 for the concert to my cousin's account today? SUZUKI A, 3321098", '09012345678'],
    ['Oi, aqui é a tesoureira do coral. A conta mudou, deposite ¥3.000 na nova conta hoje, por favor.', '09012345678'],
    ['Anh ơi em chuyển nhầm 30.000 yên cho anh, anh gửi lại giúp em vào tài khoản của bạn em nhé, tài khoản em bị khóa rồi.', '09012345678'],
    ['Hi po, treasurer ng samahan natin. Bagong account na po ito, huwag na po sa dati. Pakihulog ang ¥5,000 bago mag-Biyernes.', '09012345678'],
    ['모임 총무입니다. 회비 계좌가 변경되었습니다. 기존 계좌로는 보내지 마시고 오늘까지 새 계좌로 3,000엔 입금 부탁드립니다.', '09012345678'],
    ['同乡会会计:原来的收款账户有问题,这个月的会费2000日元请今天转到新的账户。', '09012345678'],
    ['ばあちゃんの誕生日プレゼント、先に半分の6,000円送って!振込先はいつものじゃなくて友達の口座でお願い', '09012345678'],
    ["Hi, it's Jess from the running club, new number. We moved the club account, so send this month's ¥4,000 to this one: Midori Bank 2201934", '09012345678'],
    ['今日の焼肉代、一人4,000円です。このPayPayに送ってね→ yuki.bbq ※いつものIDはスマホを機種変して使えなくなったので', '09012345678'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['この前の飲み会代、いつものPayPayに3,000円送っといてね', '09012345678'],
    ['テニスサークル会計です。今月の部費5,000円、いつもの口座にお願いします。月末までで大丈夫です。', '09012345678'],
    ['間違えて2回振り込んじゃった!差額は今度会ったとき現金で返してくれればいいよ', '09012345678'],
    ['お母さん、バイト代用に新しい口座作ったよ。仕送りは今まで通りゆうちょでも大丈夫。帰省したとき通帳見せるね', '09012345678'],
    ['お父さん、新しい口座作ったから来月からの仕送りはこっちにお願い。週末帰るときに詳しく話すね', '09012345678'],
    ['【注意】「口座が凍結されたので友達の口座に今日中に振り込んで」というメッセージは詐欺です。送金しないで。', '09012345678'],
    ["Mei's baby shower: ¥3,000 each to my usual PayPay by the end of the month. Thanks!", '09012345678'],
    ['Tiền quỹ tháng này 2.000 yên, mọi người chuyển vào tài khoản cũ như mọi tháng nhé.', '09012345678'],
    ['I sent you ¥5,000 twice by mistake, lol. Just send one back to the same PayPay when you can, no rush.', '09012345678'],
    ['ばあちゃんの誕生日プレゼント、先に半分の6,000円いつもの口座に送って!', '09012345678'],
    ['いつもの口座は解約したから、今月の仕送りは帰ったときに手渡しでお願い', '09012345678'],
    ['大家の田村です。今月分の家賃、まだ入ってないみたいです。口座変えたとかでしたら教えてください。急ぎませんので。', '09012345678'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// Legitimate over-reach narrowed by principle (session 'legit43', dev batch 43). Each pair below: the lure that must still block
// on the rules, and its twins that must not block on the rules nor on the full engine.
//  - The writer's own act is no ask: "届いたら明細スクショ送るね" is the writer sending the reader a screenshot (asks/secret.ts
//    handOverAsked reads a hand-over cue cut at its stem going on into 送るね / 送ります / 送っとく / 送ろうか as the writer's).
//  - A hijack warning asks nothing: a person's own messenger account named as the one taken ("我的微信号被盗了") is no move
//    (asks/messenger.ts namesTakenAccount), and the money someone else asks "in my name" beside a prohibition of paying is the
//    impostor's ask reported (asks/money.ts askedInWritersName).
//  - A messenger named as the wallet money goes back through ("微信转我") is a payment's route, not a move (paysThrough).
//  - Spoken prohibitions ("買っちゃダメ", "振り込んじゃだめ", "買ってはいけません") disown like "買わないで" (data/lures.json prohibits).
//  - "not accepted" disowns like "we never" (never-ask: "担当者個人への支払いは受け付けておりません").
//  - A surprise kept from its honoree (本人, 主役) with the money handed in person hides nothing from whoever would check
//    (engine.ts dropSurpriseKept); sent to an account, the honoree is the one who could confirm it, and it stays.
//  - An ID card's photo or sides are personal data, not a payment card's secret (dropIdCardPictured); its number stays a secret.
//  - A lease's opening money (契約金, 初期費用, 礼金) into the agent's account written below is how a lease starts, not a running
//    debt collected off its debit (service-fee.ts CONTRACT_MONEY); a personal account or a rent arrears still blocks.
test('the writer\'s own act, a hijack warning, a spoken prohibition, a refused payee, a surprise, an ID card\'s photo and a lease\'s opening money ask nothing; their lures still block', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['今からLINEの番号が届くから、スクショ送って！', '09011112222'],
    ['ごめん、間違えて君の番号に認証コード送っちゃった。届いたらスクショ送っておいてくれる?', '09011112222'],
    ['我的验证码发到你手机了,收到后截图发我一下。', '09011112222'],
    ['我的微信号被盗了,这是我的新微信 xyz_8899,加我一下,急用钱借我3000元。', '09077687512'],
    ['Facebook của mình bị hack, đây là nick mới, chuyển khoản giúp mình 5 triệu vào tài khoản 0123456789 nhé.', '09098547800'],
    ['LINE乗っ取られたから、こっちのIDで追加しなおして ID: yui_0303 それと急ぎで3万円振り込んでほしい', '09098547800'],
    ['Can you buy me two Apple gift cards, $100 each, and send me the codes? I will pay you back.', '08046395243'],
    ['このバイトのことは親には内緒でね。日給5万、詳細はテレグラムで @jobjp2025', '08011112222'],
    ['本人確認のため、クレジットカードの表裏の写真をこちらに返信してください。', '09011112222'],
    ['人事です。給与振込の確認のため、キャッシュカードの写真を表裏とも送ってください。', '09011112222'],
    ['在留カード番号と写真を送ってください。更新の代行をします。料金は後払いでOK、今月だけ特別です。', '09011112222'],
    ['〇〇不動産です。ご契約金を担当者の個人口座へお振込みください。ゆうちょ 記号12180 番号5538127 ヤマダ タロウ', '09012345678'],
    ['管理会社です。今月分の家賃が未納です。下記口座へ本日中にお振込みください。', '09012345678'],
    ['【ABCホーム】追加工事の代金は、担当者個人の口座へお振込みください。 ゆうちょ 記号12180 番号5538127 ヤマダ タロウ', '09012345678'],
    ['您好,我是投资顾问,加我微信 abc12345,每天收益2000元,带你赚钱。', '+8613812345678'],
    ['兼职刷单,日赚500元,详情加微信,微信转账结算。', '+8613812345678'],
    ['市役所です。還付金があります。口座にお振込みしますので、今日中に近くのATMへ行きお電話ください。', '08098765432'],
    ['中国大使馆通知:您的护照涉案,请立即加微信 zgsg110 配合调查,并转账保证金。', '08098765432'],
    ['我们不会要求您提供密码。请加微信 kefu8899 领取退款,转账手续费500元。', '08098765432'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['みんなで先生へのお花、私がネットで注文したよ。届いたら明細スクショ送るね', '07084547861'],
    ['荷物が届いたら写真とスクショ送りますね、確認してから精算しよう', '07084547861'],
    ['注文した品が届いたら、領収書のスクショ送っとく', '07084547861'],
    ['大家注意,我的微信号被盗了,有人用我的号向朋友借钱。不是我,千万别转账!', '09077687512'],
    ['Cả nhà ơi, Zalo của em bị hack, có người nhắn mượn tiền bằng tên em. Đừng chuyển khoản nhé.', '09098547800'],
    ['Heads up, my WhatsApp got hacked and someone is messaging people asking for money from my account. Please do not send anything.', '09098547800'],
    ['みんな注意！LINEが乗っ取られて、誰かが私の名前でお金貸してって送ってるみたい。絶対に振り込まないでね。', '09098547800'],
    ['おじいちゃん、電話で誰かにギフトカード買ってって言われても買っちゃだめだよ。', '08046395243'],
    ['お母さんへ。知らない人にお金振り込んでって頼まれても、振り込んじゃダメだからね。', '08046395243'],
    ['部長の退職祝い、明日の昼に会議室で一人1,000円集めます。本人には内緒でお願いします！', '08020063854'],
    ['田中さんの誕生日ケーキ、主役にはまだ秘密で!夕方に休憩室に集合ね', '08020063854'],
    ['人事の田中です。入社手続きのため、在留カードの写真を表裏とも送ってください。', '09011112222'],
    ['学校の事務です。奨学金の書類に学生カードの写真(表と裏)を添付してください。', '09011112222'],
    ['〇〇不動産です。ご契約金(敷金・礼金・初月家賃)を下記口座へお振込みください。入金確認後、鍵をお渡しします。', '0312345678'],
    ['さくら不動産です。初期費用(礼金・仲介手数料・火災保険)のご請求です。下記口座へ契約日までにお振込みをお願いします。', '0312345678'],
    ['【ABCホーム】工事代金は当社名義の口座へお振込みください。担当者個人の口座への振込は受け付けておりません。', '0120111222'],
    ['【みどり塗装】お支払いは請求書記載の当社口座のみです。担当者個人名義の口座への支払いはお受けできません。', '09012345678'],
    ['这次旅游费用AA,每人2000元,回来后微信转我就行。', '+8613812345678'],
    ['昨天的饭钱我先付了,一人3000日元,方便的时候微信转账给我。', '+8613812345678'],
    ['〇〇市からのお知らせ:給付金は、申請書の確認後に指定の口座にお振込みします。電話でATMへ誘導することはありません。', '08098765432'],
    ['Thông báo từ tiệm: tiền hoàn cọc ¥5,000 đã được chuyển vào tài khoản của chị. Cảm ơn chị.', '09012345678'],
    ['【领事提醒】警方不会通过电话要求转账,也不会用微信发送通缉令。如有疑问请拨打领事保护电话核实。', '08098765432'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A person's favour paid in card codes (asks/gift-card.ts cardValueSent, CARD_VALUE_SENT): the reader asked to buy gift cards
// or e-money (by a verb of buying, by their worth or by their count, "1万円のを2枚") and to send back their numbers, codes,
// scratched backs or photos. The card's value is its number, so it reaches whoever holds this line untraceably: the 電子マネー型
// fraud in a friend's, a relative's or a superior's voice alike (NPA; FTC: anyone who asks you to pay with a gift card is a
// scammer). And a relative's or a friend's sudden need routed around the check (money.ts sumSent, ask-channel.ts moneyPlight):
// a sum in 万 asked sent with the writer's own transfer limit reached, or a loan with the call ruled out, flags on the rules;
// sent to a third person's account it blocks. A present told as sent, a warning, allowance sent, a split present, money fronted
// after a dinner and a relative's need with a visit or a call offered stay unblocked.
test('gift cards bought for someone with their codes sent back block on the rules, and a sudden loan routed around the check flags; twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['おつかれ、ひとつ頼まれてくれない?Appleギフトカードを1万円のを2枚。買えたら番号を写真に撮って送ってほしい、夜に返すね', '09012340001'],
    ['ばあちゃん、俺。ファミマでウェブマネーの5千円のカード3枚買ってきて、番号だけメールで送って。詳しくはあとで', '09012340002'],
    ['悪いんだけど、駅前のローソンで5千円のカード4枚お願い。裏を撮って送ってくれればいいから', '09012340003'],
    ['Can you grab three Google Play cards for me on your way home? Just send me pics of the codes, I\'ll explain later', '09012340004'],
    ['Chị ơi mua giúp em 3 thẻ Google Play 1 man nhé, cào mặt sau rồi chụp gửi em mã số', '09012340005'],
    ['Mãe, compra dois cartões Google Play de 5 mil ienes pra mim e me manda foto dos códigos? Depois te pago', '09012340006'],
    ['Ate, pakibili mo naman ako ng 2 Google Play card tapos i-send mo sa akin yung litrato ng code. Babayaran kita bukas', '09012340007'],
    ['能帮我在便利店买两张5000日元的苹果卡吗?买好了把卡号拍照发给我', '09012340008'],
    ['Oi, meu limite do Pix acabou. Pode mandar ¥30.000 pra conta da minha amiga? Devolvo amanhã', '09012340009'],
    ['Sorry to bother, my transfer limit is maxed out today. Could you send ¥40,000 to my roommate\'s account? Will pay you back tomorrow', '09012340010'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['お母さん、送金上限に達しちゃって今日の支払いができない。代わりに5万送ってくれない?明日返す', '09012340011'],
    ['Minh ơi cho anh mượn 2 man nhé, anh đang họp không nghe máy được, tối anh trả', '09012340012'],
    ['ばあちゃん、孫のゆうとです。バイト先のレジのお金をなくして、今日中に40万返さないといけない。先輩が夕方受け取りに寄るからお願い', '09012340013'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.notEqual(a.verdict, 'allow', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['誕生日おめでとう!スタバのギフトカード、3千円分LINEで送ったよ', '09012340020'],
    ['ギフトカード買ってって頼まれても絶対に買っちゃダメ。番号を写真で送ったらお金は戻らないよ', '09012340021'],
    ['今月のお小遣い、3万振り込んでおいたよ', '09012340022'],
    ['プレゼントのネックレス、一人4千円ずつPayPayで送ってくれる?注文はもう済ませたよ', '09012340023'],
    ['昨日は立て替えたから、焼肉代4,500円PayPayで送ってね', '09012340024'],
    ['叔父さんの入院費、少し助けてもらえないかな。今度家に寄るからその時話すね、電話もするよ', '09012340025'],
    ['お母さん、今月の家賃が少し足りなくて。2万送ってもらえる?週末に帰るから直接話すね', '09012340026'],
    ['キャンペーンで1万円のQUOカードを3枚プレゼント!当選者には写真でお知らせします', '09012340027'],
    ['Đừng bao giờ mua thẻ Google Play theo yêu cầu của người lạ rồi gửi mã số, đó là lừa đảo', '09012340028'],
    ['母さん、明日部活の先輩が家に寄るから、貸してた漫画10冊渡しといて', '09012340029'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A claimed debt or sanction settled through a line the claimant does not own (session 'orgdebt'): an organisation's voice
// (入管, a scholarship's lender, a driving school, a rent guarantor, a company's 総務課, the police, a 放置違反金 notice, a
// building's management, a utility) that makes a payment the condition of a sanction pressed for today, or of its lifting
// ("本日中にお振込みがない場合、連帯保証人様へ連絡します", "罰金…お振込みいただければ影響はありません", "保証金を納めれば逮捕は
// 見送られます": asks/money.ts payOrElse), or asks a call, an account by reply or a call back ("口座は折返しご案内します") through
// a line it does not own. A fixed line vouches for its holder, not for a sanction pressed for today, a paid site's bill or an
// office whose own line it rules out (checks/ask-channel.ts fixedLineDisowned). Genuine collectors bill by post or through their
// registered channel with a date and its grace, and let the reader pay by the slip or call the number on the contract or the
// official site (国民生活センター・消費者庁 on 架空請求; 警察庁 on fake police; 出入国在留管理庁 takes no fine by phone or SMS;
// 地方税法 and 国税通則法 give a 督促 ten days before any 差押え).
test('a debt or a sanction pressed for today through a line the claimant does not own blocks on the rules; the genuine reminder, a warning and a person do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['出入国在留管理局です。在留期間の更新手続きに遅れがあります。過料3万円を本日中にお振込みいただければ在留資格への影響はございません。', '09011110001'],
    ['家賃保証会社の者です。今月分の家賃の引き落としができませんでした。本日中にご入金がない場合、連帯保証人様とお勤め先へご連絡いたします。', '07011110002'],
    ['〇〇自動車教習所です。技能教習の残金が未納です。本日中に延滞金を含め52,800円をお振込み下さい。振込先は折返しご案内します。', '05011110003'],
    ['【放置車両確認標章】お車の放置違反金15,000円が未納です。本日中の納付がない場合、車検が受けられなくなります。お問い合わせ 03-6111-1000', '0361111000'],
    ['日本学生支援機構 返還課です。奨学金の返還が延滞しています。本日中に全額のお支払いがなければ法的手続きに移行します。03-6111-1100', '0361111100'],
    ['人事総務課です。年末調整の還付金が振り込めない状態です。本日中にこちらへご連絡ください。03-6111-1200(内線は通じません)', '0361111200'],
    ['【サポートセンター】有料動画サイトの延滞料金が発生しています。至急お電話ください 0120-11-2233', '0120112233'],
    ['逮捕状が請求されています。保証金を納めれば逮捕は見送られます。金額は担当検事からご連絡します。', '+8613311110012'],
    ['あなた名義の口座が犯罪に使われ、逮捕状が出ています。解除には担当刑事への連絡が必要です。', '05011110013'],
    ['Tokyo Electric: your power will be disconnected today for an overdue balance of ¥9,870. Pay with Google Play cards and text the codes back to this number.', '+18885550107'],
    ['Building management: your December cleaning fee is unpaid. Please transfer today; reply for the account number.', '08011110011'],
    ['Thông báo từ ban quản lý chung cư: phí vệ sinh tháng 12 chưa thanh toán. Vui lòng chuyển khoản hôm nay, trả lời để nhận số tài khoản.', '08011110008'],
    ['Aviso da administradora do prédio: a taxa de limpeza de dezembro está em atraso. Pague hoje, responda para receber a conta.', '08011110009'],
    ['公寓管理处通知:12月清洁费未缴。请今天内转账,回复获取账号。', '08011110010'],
    ['Pengurus gedung: iuran kebersihan bulan ini belum dibayar. Silakan transfer hari ini, balas pesan ini untuk nomor rekening.', '08011110014'],
    ['簡易裁判所からのお知らせです。あなたへの訴訟が提起されています。本日中に連絡がない場合、給与の差押えに移ります。訴訟受付窓口 03-6111-1300', '0361111300'],
    ['総務省と通信会社からのお知らせです。未納料金により全回線を停止します。2時間以内にこちらへ電話を 03-6111-1400', '0361111400'],
    ['株式会社〇〇人事部です。内定辞退に伴う違約金20万円を本日中にお振込みください。', '05011110015'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['【東京ガス】ガス料金のお支払いが確認できておりません。お手元の払込票にて期日までにお支払いください。', '0005123456'],
    ['〇〇不動産です。今月の家賃のお振込みが確認できておりません。本日中にお振込みがない場合、保証会社へ連絡いたします。ご契約書記載の口座へお振込みをお願いします。', '0352201111'],
    ['〇〇小学校です。お子さんが体調不良のため保健室で休んでいます。学校(03-1234-5678)までご連絡ください', '0312345678'],
    ['【〇〇市納税課】市県民税の納期限が過ぎています。お送りした納付書で本日中にお支払いください。納付がない場合は督促状を送付します。', '0368001234'],
    ['【全保連】家賃のお引き落としができませんでした。本日中にお振込みがない場合、連帯保証人様へご連絡いたします。お手続きはマイページ https://www.zenporen.co.jp/ から', '0368001234'],
    ['【〇〇銀行】カードローンのご返済が確認できておりません。本日中にご入金がない場合、ご利用を停止いたします。カード裏面の番号までお問い合わせください', '0120123456'],
    ['〇〇電力です。電気料金のお支払いが確認できません。12月15日までにお支払いがない場合、送電を停止することがあります。お手元の払込票でお支払いください。', '0368001234'],
    ['〇〇マンション管理組合です。管理費が未納です。期限までにお振込みがない場合、法的手続きに移行します。ご不明点は管理会社(03-6800-1234)まで', '0368001234'],
    ['〇〇自動車学校の田中です。明日の教習は10時からです。残金のお支払いは受付でお願いします', '09012345678'],
    ['「奨学金の返還が延滞しています。本日中にお支払いがなければ法的手続きに移行します」ってSMS来たけど詐欺だよね?JASSOはSMSで請求しないって', '09012345678'],
    ['駐車違反の罰金、今日中に払わないと免許に響くらしくて、さっき払ってきた', '09012345678'],
    ['Reminder from your landlord: rent is due on the 25th. Please pay by the usual bank transfer. Questions? Call the office.', '09012345678'],
    ['Cảnh báo: Cục xuất nhập cảnh không bao giờ yêu cầu nộp phạt qua tin nhắn. Đừng chuyển khoản theo tin nhắn lạ.', '09012345678'],
    ['内定辞退したら違約金払えって言われたんだけど、労基法で違約金は禁止なんだって。払わなくていいらしい', '09012345678'],
    ['株式会社〇〇人事部です。内定式は4月1日10時からです。ご不明点は人事部(03-6111-1500)までお問い合わせください。', '0361111500'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});


// Advance fee for a benefit (session advfee): a message that promises the reader a prize or points, a loan, a job, its pay
// or a 内定, a placement, a scholarship or a grant and names a fee to pay first (手数料, 保証料, 登録料, 研修費, 紹介料, a
// processing fee, a deposit) is the ask, whatever the theme: lenders deduct their charges, campaigns ship free, employers
// pay and never charge, and scholarship bodies pay out with nothing asked back (警察庁・金融庁 融資保証金詐欺, 国民生活センター
// 前払い金・保証金トラブル, 消費者庁 当選商法, 職業安定法32条の3). Twins: a school's fee through its own debit, a lender's
// never-ask notice, a prize notice that asks nothing, a shop's booked deposit, a friend's shared deposit or ticket win, a
// warning and a person telling of the lure, an employer or a scholarship body that charges nothing.
test('a fee asked first for a promised prize, loan, job, placement or scholarship blocks on the rules; its twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【ご当選】年末感謝祭で3万円分の電子ポイントが当たりました。お受け取りには事務手数料1,500円のお振込みが必要です', '08031110001'],
    ['おまとめローンのご案内。他社でお断りの方もOK、最大200万円まで即日。保証料3万円を先にお振込みいただければ審査不要です', '05031110002'],
    ['【内定のご連絡】一次選考なしで内定をお出しできます。ご入社前に研修費25,000円をお振込みください', '09031110003'],
    ['家庭教師バイトの面接、合格です。登録料8,000円を初回までにPayPayで送ってください', '08031110004'],
    ['Congratulations! You have been selected for a ¥300,000 study grant. A one-time processing fee of ¥9,800 is required before release. Reply YES for payment details', '+14155550105'],
    ['恭喜您获得日本留学奖学金50万日元!领取前需先缴纳手续费8000日元,请回复本短信', '+8613912340006'],
    ['Chúc mừng bạn đã trúng tuyển đơn hàng đi làm tại Nhật, lương 25 man/tháng. Vui lòng chuyển khoản trước phí giữ chỗ 5 man để giữ suất', '+84912340007'],
    ['Parabéns! Você foi aprovado para a vaga de fábrica em Aichi. Para garantir a vaga, deposite a taxa de inscrição de ¥20.000 até sexta', '+5511912340008'],
    ['Congrats po! Approved na ang loan ninyo na ¥500,000. Magbayad muna ng processing fee na ¥15,000 para ma-release ang pera', '+639171234009'],
    ['축하합니다! 50만엔 장학금 대상자로 선정되셨습니다. 지급 전에 수수료 1만엔을 먼저 입금해 주세요', '+821012340010'],
    ['ホールスタッフの採用が決まりました。勤務初日までに制服と備品の代金9,800円を下記口座へお振込みください', '09031110011'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['〇〇進学塾です。冬期講習の受講料28,000円と教材費2,000円は12月10日にご登録の口座から引き落とします。残高のご確認をお願いします', '0312340020'],
    ['【〇〇ファイナンス】ご融資の審査が完了しました。当社が融資の前に保証料や手数料を求めることは一切ございません。契約は会員ページでお手続きください', '0120123021'],
    ['【〇〇キャンペーン事務局】ご当選おめでとうございます。賞品のQUOカード3,000円分は12月中旬に発送いたします', '0005123022'],
    ['ケーキのご予約ありがとうございます。予約金1,000円はご来店時に店頭でお支払いください', '09012340023'],
    ['合宿の保証金3,000円、幹事の私にPayPayで送ってね', '09012340024'],
    ['ライブのチケット当選したよ!手数料込みで1人6,500円、PayPayで送ってね', '09012340025'],
    ['【〇〇県警】「当選しました。受け取りには手数料3,000円が必要です」というSMSが出回っています。手数料を求める当選通知は詐欺です', '0005123026'],
    ['この前「内定後に紹介料15万円」ってメッセージ来たんだけど、やっぱり詐欺だよね?', '09012340027'],
    ['〇〇株式会社人事部です。内定おめでとうございます。入社前研修の費用は当社が全額負担します。詳細は同封の書類をご確認ください', '0357770028'],
    ['〇〇奨学財団です。給付奨学金の採用が決定しました。4月より申請時の口座へ振り込みます。手数料等は一切かかりません', '0120123029'],
    ['〇〇レストランです。ホールスタッフの採用が決まりました。制服は貸与しますので、制服の代金はかかりません。初日は10時にお越しください', '0312340033'],
    ['Chị ơi, em trúng tuyển đơn hàng rồi! Công ty bảo phí giữ chỗ là lừa đảo nên em không đóng đâu', '09012340030'],
    ['Thông báo từ trường Nhật ngữ: học phí kỳ tháng 4 là 180.000 yên, vui lòng thanh toán theo giấy báo gửi kèm', '0312340031'],
    ['Ate, nanalo ako sa raffle sa trabaho! Libre ang dinner natin sa Sabado, ako na bahala', '+639171234032'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});


// The reader's own accounts, lines and identity as merchandise, and the reader as the mule (asks/join.ts readerAsMule,
// READER_AS_MULE beside ASK_CRIME_JOB; lures/offers.ts sellsOwnAccount, sellsOwnLine, paidMule, jobHeldByThreat): money offered
// for the reader's bank account, card or passbook, a SIM or a number, a handset newly contracted and handed on, an SNS account
// lent or its login sent, or for receiving, carrying or withdrawing at an ATM for someone at pay no courier earns. Selling or
// lending an account or a contracted phone is itself a crime (犯罪収益移転防止法, 携帯電話不正利用防止法; 警察庁・政府広報
// 「闇バイト」「口座売買」), so no genuine sender asks it: it blocks on the rules whoever writes, a friend, an 050 line or no
// sender. So does the threat to the recruit who wants out (the ID or the family's address held, leaving "partway" warned off).
// A police or school warning quoting the offers, a bank's notice on closing an account before leaving Japan, a carrier's
// notice on a SIM the reader ordered, a charger lent, a family's shared streaming login, a wage job, a phone sold at a shop
// and a carrier's switching offer stay unblocked.
test("the reader's own account, line or name offered for money, and the mule's pickup or withdrawal, block on the rules whoever asks; twins stay unblocked", () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['使ってない口座あったら貸してくれない?毎月2万渡すよ。カードと通帳送ってくれるだけでいい', '09012350001'],
    ['新しくSIMを1回線契約して、そのまま送ってくれたら3万払う。名義はあなたのままで平気', '09012350002'],
    ['【高額買取】契約したばかりのSIMカード、1枚1万5千円で買い取ります', '05012350003'],
    ['あなたのTikTokアカウントを月2万円で貸してください。ログイン情報を送るだけです', ''],
    ['荷物の受け取りのお仕事です。1件5万円、即日払い', ''],
    ['抜けたいって言ってたけど、実家の住所は把握してるからね。途中で抜けるなら家族に会いに行くことになる', '09012350006'],
    ['Leaving Japan soon? We buy your bank account, card and PIN for ¥40,000. Just mail them to us', '+447700900123'],
    ['帮我们办一张日本手机卡,一张给你2万日元,办好寄过来就行', '+8613812350008'],
    ['Em ơi làm giúp anh 1 cái sim mới rồi gửi cho anh, mỗi sim anh trả 2 man nhé', '09012350009'],
    ['Vai voltar pro Brasil? Compramos sua conta bancária japonesa e o cartão por ¥30.000', '+5511912350010'],
    ['Simpleng trabaho: mag-withdraw ka lang sa ATM para sa kliyente namin, ¥15,000 bawat withdraw', '+639171235011'],
    ['귀국 전에 통장이랑 체크카드 팔아요? 1개 5만엔 드려요', '09012350012'],
  ] as const) {
    const a = rules.analyse({ text, from: from || undefined });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['【県警】「口座を貸すだけで月2万円」「SIMを契約して送るだけ」は犯罪です。絶対に応じないでください', ''],
    ['【〇〇大学 学生課】SNSで「受け取りのお仕事1件5万円」などの募集が出回っています。闇バイトです。応募しないでください', '0120123456'],
    ['【ゆうちょ銀行】帰国される際は、口座の解約手続きを窓口でお願いします。通帳・キャッシュカードを他人に譲ることは法律で禁止されています', '0120108420'],
    ['【ahamo】ご注文のSIMカードを本日発送しました。届きましたら開通手続きをお願いします。', '0120800000'],
    ['充電器貸してくれてありがとう!明日返すね', '09012350020'],
    ['お母さん、ネトフリのアカウント一緒に使う?パスワード送っとくね', '09012350021'],
    ['コンビニの夜勤バイト、時給1300円で募集してたよ。一緒に応募する?', '09012350022'],
    ['古いiPhone、駅前のショップで買い取ってもらったら2万円だった!', '09012350023'],
    ['荷物受け取っておいてくれる?お礼にご飯おごるね', '09012350024'],
    ['倉庫での荷物の受け取り・仕分けのお仕事です。日給1万2千円、交通費支給', '0312345678'],
    ['【ソフトバンク】のりかえでスマホを新規契約すると2万円相当を還元!店頭でお手続きください', '0120000111'],
    ['Reminder from the bank: never sell or lend your bank account or card to anyone, even for ¥30,000. It is a crime in Japan.', '09012350027'],
    ['Cảnh báo: bán tài khoản ngân hàng hay sim trước khi về nước là phạm tội. Đừng bán dù được trả 3 man.', '09012350028'],
    ['SIMの契約、明日ショップに一緒に行ってくれる?お礼に1000円のランチおごるよ', '09012350029'],
    ['바이트 월급 받았어! 통장에 20만엔 들어왔다', '09012350031'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from: from || undefined }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from: from || undefined }).verdict, 'block', text);
  }
});


// Identity asked back to a line the claimed sender does not own (asks/papers.ts papersByReply, IDENTITY_BY_REPLY; secret.ts
// SIGN_IN): a university, an employer, a recruiter, a school, a card company or a stranger asking, by reply to a handset, an
// 050 line or a number abroad, a student's or an employee's number with its password (or signed up with at a "campaign"), an
// identity paper's picture (学生証, 在留カード, a passport), the family's contacts and workplace, a name with an age and the nearest
// station, or a card's last digits with a birth date. Organisations take these only through their own portals, apps and counters
// and say so (本人確認書類の提出はマイページからのみ; 警察庁・IPA: 身分証の写真や家族の連絡先を送らせるのは闇バイト・詐欺の手口;
// 日本クレジット協会: カード番号や生年月日をSMSで聞くことはない). Twins: a friend's party address, a driver's delivery time, a clinic's
// "bring your insurance card", a never-ask notice, a code message, a school's Y/N, a landlord's repair time, a friend booking a
// flight, a person telling what a recruiter asked, warnings, a thanked booking's name and birth date.
test('identity papers, family contacts and sign-ins asked back to an open line block on the rules; bookings, deliveries, notices and warnings do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['情報基盤センターです。メールが使えなくなった方は、学籍番号とパスワードをこのSMSに返信すれば復旧します', '08012349001'],
    ['新入生限定キャンペーン!学籍番号とパスワードで登録するだけでAmazonギフト1000円分', '08012349002'],
    ['サークルの部員登録で必要だから、学生証の写真を表裏ちょうだい!', '08012349003'],
    ['採用担当です。内定の最終確認として、ご両親の勤務先と連絡先をこのSMSにご返信ください。', '05012349004'],
    ['日払いバイト紹介します。希望者はこの番号にお名前・年齢・最寄駅を送ってください', '09012349005'],
    ['Student office: your scholarship payment is on hold. Reply with a photo of your residence card and your passport today.', '+447700900111'],
    ['您好,这里是语言学校。您的签证材料不全,请把护照照片和在留卡照片发过来。', '+8613812349007'],
    ['Trường tiếng Nhật thông báo: hồ sơ COE của bạn bị lỗi. Vui lòng gửi ảnh hộ chiếu và thẻ cư trú qua tin nhắn này.', '+84901234008'],
    ['Aqui é do RH da fábrica. Para confirmar a contratação, envie foto do passaporte e do cartão de residência por aqui.', '+5511912349009'],
    ['Hello po, HR ito ng agency. Pakisend po ang picture ng passport at residence card ninyo dito para sa inyong application.', '+639171234010'],
    ['안녕하세요, 어학원입니다. 비자 서류 확인을 위해 여권 사진과 재류카드 사진을 이 번호로 보내 주세요.', '+821012349011'],
    ['VISA Security: suspicious charge on your card. To cancel it, reply with your card\'s last 4 digits and your date of birth.', '+12025550112'],
    ['インフルエンザ予防接種の職域申込です。社員番号と生年月日をこのSMSにご返信ください', '05012349012'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['今度の土曜うちで鍋パするよ!招待状送りたいから住所教えて〜', '09012349020'],
    ['配達員です。明日の午前中のお届けでよろしいですか?ご都合のよい時間を返信ください', '08012349021'],
    ['ヤマトの配達員です。オートロックの部屋番号を教えていただけますか?宅配ボックスに入れておきます', '08012349022'],
    ['○○クリニックです。明日10時のご予約です。保険証(マイナ保険証)をお持ちください。', '09012349023'],
    ['【○○大学 情報センター】大学がSMSやメールでパスワードや学籍番号を聞くことはありません。不審なSMSには返信しないでください。', '09012349024'],
    ['【楽天】認証コード:482913 このコードを他人に教えないでください。', '0005012349'],
    ['○○小学校です。明日の保護者会に出席される方は1、欠席の方は2を返信してください。', '09012349026'],
    ['大家の山田です。お風呂の給湯器の修理の件、業者さんが来られる都合のよい日時を返信ください。', '09012349027'],
    ['パスポートの番号教えて、航空券まとめて取るから', '09012349028'],
    ['バイトの面接で身分証の写真送ってって言われたけど、大丈夫かな?', '09012349029'],
    ['学生証や在留カードの写真をSMSで送ってと言われたら詐欺です。絶対に送らないでください', '09012349030'],
    ['Trường không bao giờ yêu cầu gửi ảnh hộ chiếu qua tin nhắn. Đừng gửi nhé.', '09012349031'],
    ['本人確認書類の再提出をお願いします。マイページから手続きしてください。', '09012349032'],
    ['The university will never ask for your password or a photo of your passport by text. Report such messages to the IT desk.', '09012349034'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
  // A booking the reader made, thanked for, asking the name and birth date for the patient's card: not blocked on the rules (the
  // model, which has seen such asks from lures, still leans on it from a handset).
  assert.notEqual(rules.analyse({ text: '〇〇整体院です。初回のご予約ありがとうございます。お名前と生年月日をご返信いただけますか。', from: '08012349033' }).verdict, 'block');
});


// A legitimate notice tells, confirms, reminds or answers; what it offers or describes is not what it asks (session 'legitrob',
// perturb-legit). A call offered for the reader's own case on a published desk line (questions, a change to a booked visit, an
// emergency: asks/call.ts offered, checks/ask-channel.ts calmOffer) in a message that asserts nothing and presses nothing asks
// nothing through the line: the visit or the registration stands without it (国民生活センター: ring the number you know; the
// offer leaves that to the reader). A page, a screen or the signed-in account named as where to act, with no link written, is
// the sender's own way, and so is a payee to be read there (asks/resolve.ts, asks/money.ts namesOwnPage; 警察庁 and 全銀協:
// check in the official app or site you already use). An offer called a crime in the affirmative (prohibits: は闇バイトです, are
// criminal, là tội phạm, são crime), or damage told as happening to others in the consumer bodies' register (トラブルに注意,
// 相談が急増, 被害が多発: 国民生活センター, 消費者庁 注意喚起), makes the message a warning of it; papers named as what to bring to a
// counter ("受取には交付通知書と本人確認書類が必要です") are shown in person, not sent back (asks/types.ts broughtInPerson); and a
// messenger move denied in its clause ("never move
// interviews to Telegram") is the scam's, told to be refused (asks/messenger.ts deniedMove; NPA 闇バイト warnings). The same
// shapes with a problem asserted, haste, a stranger's page or account, an 050 line, the crime denied ("闇バイトではありません",
// "não é crime"), the damage the reader's own ("お客様のカードを停止しました") or the papers photographed and sent back still block
// on the rules. Each twin below was blocked before this change, by the rules or by the engine.
test('offered desks, own pages and named crimes are told, not asked: twins stay unblocked, lures of the same shape block on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【関西電力】未払いの電気料金があります。本日中にご連絡がない場合は送電を停止します。ご不明点は 06-1234-5678 まで', '09022223339'],
    ['【NTT東日本】料金未払いのため本日回線を停止します。日程の変更は03-1234-5678まで至急ご連絡ください。', '09022223341'],
    ['[Tokyo Gas] Your gas supply will be stopped today due to an unpaid bill. To change the date, call 03-1234-5678 now.', '09022223340'],
    ['【楽天市場】不正注文の疑いがあります。キャンセルは03-5555-0101へお電話ください', '09044445555'],
    ['【三井住友カード】カードの有効期限が切れています。下記より更新してください https://smbc-card-koushin.top', '08011112229'],
    ['【PayPay銀行】口座の利用を制限しました。ロック解除はこちらのページから https://paypay-bank-kaijo.top', '09011112248'],
    ['【イオンカード】お引き落としができませんでした。本日中に下記口座へお振込みください。三井住友銀行 普通 1234567', '09011112232'],
    ['闇バイトではありません!荷物を受け取るだけで日給5万。詳しくはテレグラム @job_xx まで', '09011112236'],
    ['This is not illegal. Easy money: sell your bank account for 30,000 yen. Message me on Telegram @acc_buy', '09011112237'],
    ['Não é crime! Pagamos 30 mil ienes pela sua conta bancária. Chama no WhatsApp @conta_jp', '09011112238'],
    ['Don\'t tell your parents and message me on Telegram @easyjob_jp, ¥50,000 a day for simple work', '09011112241'],
    ['Chị ơi, bên em tuyển việc nhẹ lương cao, không cần kinh nghiệm, nhắn Zalo 09012345678 để nhận việc nhé', '09011112249'],
    ['不正利用の被害が発生しています。お客様のカードを停止しました。至急 0120-111-222 までご連絡ください', '09012345678'],
    ['〇〇区役所です。マイナンバーカードの更新手続きのため、本人確認書類が必要です。写真を撮ってこの番号に送ってください。', '08033338889'],
    ['〇〇区役所です。給付金の受取には口座番号と暗証番号が必要です。本日中にご返信ください。', '08033338890'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['東邦ガスです。ご依頼の給湯器点検は12/9(火)午前に伺います。ご都合が悪い場合は052-000-1234までご連絡ください。', '09022223333'],
    ['【関西電力】スマートメーター取替工事のため12月中旬に伺います。緊急時は0800-777-8810へ。', '09022223334'],
    ['【NTT東日本】光回線の開通工事日は12/20 9-12時です。日程の変更は0120-116-116まで。', '08022223335'],
    ['【東京ガス】12/14(日)10-12時にガスメーターの交換に伺います。日程の変更は0570-002211まで。', '09011112222'],
    ['【楽天証券】海外からのログイン失敗が続いたため口座を一時ロックしました。ログイン画面から解除の手続きをお願いします。', '08011112227'],
    ['【SBI証券】お客様の口座で不審なログインがあったため一時ロックしました。ロック解除はログイン後の「お客様情報」から。', '08011112247'],
    ['【イオンカード】12月2日のお引き落としができませんでした。お振込先は会員ページの「お支払い」画面でご確認ください。', '09011112231'],
    ['【〇〇県警】「即日即金」「ホワイト案件」とうたう求人は闇バイトです。テレグラムに誘導されたら応募せず、#9110へ相談を。', '09011112244'],
    ['Police notice: "just carry a parcel, ¥30,000 a day" jobs that move you to Telegram are criminal. Do not apply.', '09022223343'],
    ['Thông báo của trường: lời mời "nhận hàng rồi gửi lại" trên Telegram là tội phạm. Hãy từ chối và báo cho giáo viên.', '09011112235'],
    ['Reminder from the international office: real employers never move interviews to Telegram or WhatsApp. Ask us before you reply.', '09011112240'],
    ['【国民生活センター】「登録料を払えば高収入」とうたう副業サイトのトラブルに注意。先に費用を払うよう求められたら188へ相談を。', '08011119999'],
    ['〇〇区役所戸籍住民課です。ご申請のマイナンバーカードができました。受取には交付通知書と本人確認書類が必要です。受取予約は区のホームページから。', '08033338888'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});


// A service's money asked outside what was booked, through a way the business does not use (session 'movecharge', dev batch 46).
// A mover quotes its price in a written estimate and takes no 内金 (標準引越運送約款, 国土交通省告示: 見積書; 内金は収受しない); a
// collector, a tradesman or an installer bills the agreed price and invoices an addition the reader agreed to; a landlord bears
// the repair of the flat's equipment (民法606条); an agent shows the flat first and takes a refundable 申込金 only on an application
// (宅建業法). None asks cash drawn at a nearby ATM right now or left in an envelope at the door, a charge added once the load is on
// the truck, a tenant's share of the equipment, a truck's deposit sent today, or money before the viewing with the address or the
// key box after it (国民生活センター: 不用品回収・引越しの高額な追加請求). The genuine confirmation (the estimate paid on the day, the
// company's My Page), the landlord's rent to the contract's account, an agent's refundable 申込金 at its counter, a worker's arrival
// time, a roommate's split, a friend's story and a warning quoting the lure stay unblocked.
test('a service\'s money asked outside what was booked blocks on the rules; the booked price, a split, a story and a warning do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['不用品回収センターです。積み込みが終わりましたが、処分費が18万円になります。お手持ちがなければ最寄りのATMで引き出してきてください', '09055550101'],
    ['引越しスタッフです。エレベーターが使えないため階段作業で追加料金3万円です。今すぐ近くのATMでおろしてください', '08055550102'],
    ['エアコン工事の作業員です。明日はご不在とのことなので、別途の出張費1万円を封筒に入れてポストに入れておいてください', '07055550103'],
    ['お引越しの件、トラック確保のため手付金2万円を本日中にお振込みください。ゆうちょ銀行 記号10120 番号88123451', '08055550104'],
    ['内見をご希望の方へ。内見前に申込金5万円のお振込みが必要です。入金確認後に部屋の住所とキーボックスの番号をお送りします', '09055550105'],
    ['お部屋の給湯器が故障したため交換します。入居者負担分33,000円を本日中にお振込みください。管理人', '08055550106'],
    ['Hi, this is your mover for Saturday. To hold the truck we need a deposit of ¥15,000 by bank transfer today or the booking will be cancelled.', '+447418220000'],
    ['搬家公司通知:为保留您周六的卡车,请今天转账定金2万日元,否则预约将被取消。', '+8613800000000'],
    ['Cong ty chuyen nha: de giu xe tai ngay thu Bay, vui long chuyen khoan tien dat coc 20.000 yen trong hom nay.', '08055550109'],
    ['Aqui é da empresa de mudança de sábado. Para reservar o caminhão, precisamos de um depósito de ¥20.000 por transferência hoje.', '08055550110'],
    ['Lipat-bahay po sa Sabado. Para ma-reserve ang truck, kailangan ng deposit na ¥15,000 ngayong araw via bank transfer.', '09055550111'],
    ['이사업체입니다. 토요일 트럭 예약을 위해 오늘 중으로 예약금 2만엔을 송금해 주세요.', '07055550112'],
    ['〇〇ハウジングです。ご希望の物件に他の申込みが入りました。本日中に手付金5万円をいただければ確保しますので、今夜ご自宅に受け取りに伺います。', '09055550113'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['お引越しのご予約ありがとうございます。3月28日9時に伺います。お見積書のとおり作業代金68,000円は当日現金でお支払いください。', '08055560000'],
    ['お引越し代金はクレジットカードでもお支払いいただけます。マイページの「お支払い」からお手続きください。', '08055560001'],
    ['大家の田中です。今月分の家賃は契約書記載の口座へ27日までにお振込みください。', '08055560002'],
    ['申込金3万円は当店窓口でお預かりし、ご契約に至らなかった場合は全額返金いたします。', '08055560003'],
    ['引越しの作業員です。あと15分ほどで到着します。', '08055560004'],
    ['引越し代、半分の34,000円をPayPayで送ってくれる?', '08055560005'],
    ['引越しのとき追加料金2万取られたよ。近くのATMで下ろしてきてって言われて焦った', '08055560006'],
    ['【注意】「処分費は25万円です。近くのATMで下ろしてきてください」と言う不用品回収業者のトラブルが増えています。', '08055560007'],
    ['Your move on 3/28 is confirmed. The total of ¥68,000 from your estimate is paid on the day in cash.', '08055560008'],
    ['A deposit of ¥5,000 is required today to hold your moving truck. Please pay at our office or on your My Page.', '08055560009'],
    ['我们搬家租的卡车,今天你转一半费用给我就行', '08055560010'],
    ['Careful: a fake mover texted me asking for a truck deposit today by bank transfer. Don\'t pay it.', '08055560011'],
    ['作業完了しました。追加でご依頼いただいたエアコン取り外し分5,000円は後日請求書をお送りします。', '08055560012'],
    ['内見のご予約ありがとうございます。内見は明日14時、現地集合です。申込金は内見後、ご希望の場合のみ店頭でお預かりします。', '08055560013'],
    ['内見前にご本人確認書類をご用意ください。申込金は不要です。', '08055560014'],
    ['〇〇不動産です。本日はご契約ありがとうございました。手付金の領収書は後日ご自宅に郵送いたします。', '08055569999'],
    ['レンタカーのトラック、予約金を今日中に振り込んでおいてね。私は明日払うから', '08055569998'],
    ['引越しの手付金、今日振り込んでくれた?', '08055569997'],
    ['引越し業者から本日中に内金を振り込むよう言われたんだけど、これって普通?', '08055569996'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});


// A legitimate notice tells, reminds or warns through ways the reader already holds (session 'legitrob2', perturb-legit). A call
// with no number sent through the sender's own chat, a menu item quoted from its screen or its own counter ("My auのチャットから",
// "当行窓口または警察に") goes the reader's own way, never back to the line the text came from (asks/call.ts OWN_ROUTE; 警察庁 and
// 全銀協: contact the service through its official app, site or counter). A stop told of an area for planned works ("設備工事のため
// 一部地域で通信が停止します"), with no link and no ask, is an outage notice, not the reader's account restricted (lures/index.ts
// areaOutage). A call with no number in a message that refuses replies to its own line ("このSMSへの返信はできません") goes to the
// desk the reader knows (asks/call.ts repliesRefused); a fee paid at the venue on the day ("当日受付でお支払いください") is handed
// over in person, the sender's own way (data/lures.json own-way), and "不在票の番号へお電話" rings the slip in hand (desk). A vague notice alone ("お伝えしたいことがありますので…までお電話ください") rung at a public body's own fixed desk asserts
// nothing to escape, the way 東京都主税局's SMS 催告 reads (checks/ask-channel.ts vagueOnly). Damage told of others with its place
// between the cue's parts ("被害が市内で発生"), after the scam is named, is a warning's report (engine.ts PLACED_DAMAGE). A confirm
// verb in the residents' languages whose sentence names the reader's own appointment or booking, with nothing else lured and no
// number or link written, is a booking reminder (engine.ts dropBookingConfirmed). The same shapes with a link, a handset or an
// 050 number, a messenger's chat, haste, a sanction, a sales pitch's pest damage, or an office's "appointment" rung on a written
// handset still block on the rules. Each twin below was blocked before this change, by the rules or by the engine.
test('own routes, area outages, vague desk notices, placed damage and booking confirmations are told, not asked: twins stay unblocked, lures block on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【ソフトバンク】設備工事のため通信が停止します。継続利用には https://sb-kouji.top で再設定を。', '09011113333'],
    ['【ゆうちょ銀行】お客様の口座を凍結しました。ご本人の操作でない場合は 090-1111-2222 までご連絡ください。', '09011113334'],
    ['【三井住友カード】不正利用の疑いでカードを停止しました。LINEのチャットから担当にご連絡ください。', '09011113335'],
    ['〇〇税務署です。お伝えしたいことがありますので、本日中に 050-3333-4444 までお電話ください。', 'SAKURA'],
    ['〇〇税務署です。未納の税金があるため差押えの手続きに入ります。本日中に 03-3333-4444 までお電話ください。', 'SAKURA'],
    ['床下無料点検です。シロアリ被害が地域で多発しています。本日中に伺いますので日時をご返信ください。', '09011113336'],
    ['Kumpirmahin ang appointment niyo sa Immigration. Tumawag sa 090-1234-5678 ngayon.', '09011113337'],
    ['Xác minh lịch hẹn tại Cục xuất nhập cảnh: gọi ngay 090-1234-5678, nếu không thẻ cư trú sẽ bị hủy.', '09011113338'],
    ['Verifique sua consulta no consulado: ligue agora para 090-1234-5678 ou sua conta será bloqueada.', '09011113339'],
    ['【国税庁】未納の税金があります。本日中にご連絡ください。このSMSへの返信はできません。', '09011113340'],
    ['【区民センター】抽選の結果ご当選されました。参加費1,000円を本日中に下記口座へお振込みください。三井住友銀行 普通 1234567', '09011113341'],
    ['【日本郵便】ご不在のため持ち戻りました。再配達は 090-2222-3333 へお電話ください。', '09011113342'],
    ['【日本郵便】ご不在のため持ち戻りました。再配達は不在票の番号ではなく下記から https://jp-redeliv.top', '09011113343'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['【ドコモ】12月3日未明、設備工事のため一部地域で携帯電話の通信が停止します。ご不便をおかけします。', '09055551111'],
    ['au：SIMカードの再発行を受け付けました。ご本人のお手続きでない場合は、My auのチャットからご連絡ください。', '08055552222'],
    ['【三菱UFJ銀行】「還付金があります」とATMへ誘導された場合は、操作せず当行窓口または警察にご相談ください。', '08055553333'],
    ['〇〇市役所 納税課です。お伝えしたいことがありますので、平日9時〜17時に 042-555-0123 までお電話ください。', 'SHIYAKUSHO'],
    ['市役所防犯係です。「保証金を先に払えば出金できる」と言われる投資サイトの被害が市内で発生しています。支払わないでください。', '09055554444'],
    ['Olá, aqui é a clínica Sakura. Verifique sua consulta amanhã às 10h. Responda SIM ou ligue para a clínica para remarcar.', '08055556666'],
    ['Hello po, salon ito. Kumpirmahin ang booking niyo bukas 3PM. Reply YES po o tawagan kami kung may pagbabago.', '08055556668'],
    ['〇〇都税事務所です。固定資産税の納付期限が近づきました。納付書を紛失された場合は再発行しますのでご連絡ください。このSMSへの返信はできません。', '08055557777'],
    ['【区民センター】1/18の料理教室、抽選の結果ご当選されました。材料費800円は当日受付でお支払いください。欠席の際はご連絡を。', 'KUMIN'],
    ['ゆうパックの配達担当です。代金引換のお荷物(2,800円)をお持ちしましたがご不在でした。再配達は不在票の番号へお電話か、希望時間をご返信ください。', 'YUPACK'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});


// 点検商法: a visit to inspect, fit or replace the home's equipment (an extinguisher, an alarm, a water heater, the drains), charged
// or with cash to be made ready, claimed as a legal duty (義務化, 法改正), on a public body's behalf or "from its direction"
// (消防署の方から来ました, 市役所からの依頼で, 市の委託を受け) or as a maker's expiry notice. Fire departments and cities never
// inspect, sell or collect at homes, the gas and power 法定点検 is free, and a building's 消防設備点検 or drain cleaning is the
// owner's to arrange and pay (総務省消防庁 and the fire departments' 消火器の訪問販売 warnings; 国民生活センター 点検商法;
// 特定商取引法 訪問販売). The visit counts however it is told: a job set for a near day in the home ("明日…点検を行います",
// "交換品を明日お持ちします", "作業当日に現金"), or the reader asked to be in for a charged job (asks/commerce.ts datedHomeJob,
// AT_HOME); its stake is the body's direction or a duty told beside the charge (commerce.ts bodysDirection, dutyCharged). The
// building's free notice, a gas company's free 法定点検, a booked contractor's quote, a landlord's repair at the owner's cost, the
// city's own warning, a neighbour's story and a friend's home-centre alarm stay unblocked.
test('点検商法: a charged home inspection claimed as a duty or from a public body blocks on the rules; the genuine notices do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['消防署の方から参りました。明後日、各戸の消火器点検を実施しますので、点検料をご用意ください。', '09031415926'],
    ['区役所の依頼で伺います。明日、住宅用火災警報器の点検を行います。本日中にご在宅の時間をお知らせください。', '08027182818'],
    ['ガス機器点検の者です。明日ご在宅でしょうか。法改正でガス警報器の交換が義務となりました。費用24,000円は当日現金でお願いします。', '07016180339'],
    ['消火器メーカーの者です。お宅の消火器は交換期限切れです。新しい消火器を明日お持ちします。代金15,800円です。', '09014142135'],
    ['分電盤の点検が義務化されました。未点検のお宅には明日作業員が伺います(点検料9,800円)。', '08017320508'],
    ['市の委託で火災警報器の取付けを行っています。明日伺います。1台9,800円です', '08017320509'],
    ['浄水器のフィルター交換のお知らせ:今年度から交換は義務化されました。作業当日に現金6,600円をご用意ください。', '08022360679'],
    ['We are from the fire department. Our inspector will visit tomorrow to check your fire extinguisher. The inspection fee is 8,000 yen, please have cash ready.', '08011112222'],
    ['Smoke alarms are now mandatory by law. Our technician will visit this week to install one in your room: 12,000 yen per unit, paid in cash on the day.', '08011112223'],
    ['Ban quan ly: ngay mai kiem tra binh chua chay trong phong, bat buoc. Phi kiem tra 6.000 yen, vui long chuan bi tien mat.', '08011112224'],
    ['消防局派来的检查员明天上门检查灭火器，检查费8000日元，请准备好现金。', '08011112225'],
    ['Amanhã faremos a inspeção obrigatória do extintor no seu apartamento. Taxa de 7.000 ienes, prepare o dinheiro em espécie.', '08011112226'],
    ['Bukas po ang inspeksyon ng fire extinguisher ninyo, mandatory ito. Bayad 8,000 yen, ihanda po ang cash.', '08011112227'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['【〇〇マンション管理組合】明日10時〜16時に消防設備点検を行います。室内の感知器を確認しますのでご在宅をお願いします。点検は無料です。', '0312345678'],
    ['【〇〇管理】12月10日、消防法に基づく消防設備点検を実施します。点検は無料です。10時〜16時、室内の感知器を確認しますのでご在宅をお願いします。', '0312345679'],
    ['【〇〇マンション管理組合】排水管清掃のお知らせ。12月10日に作業を行います。作業当日はご在宅をお願いします。費用は管理費に含まれます。', '0312345680'],
    ['先日はお見積りありがとうございました。お見積りどおり、給湯器の交換工事に明日10時に伺います。代金42,000円は工事後に請求書をお送りします。', '09012345670'],
    ['ご依頼いただいた給湯器の交換、明日お持ちして取り付けます。代金はお見積りどおり185,000円です。', '09012345671'],
    ['大家の佐藤です。給湯器が古くなったので、明日業者が交換に伺います。費用はオーナー負担です。10時頃ご在宅でしょうか。', '09012345672'],
    ['【〇〇市消防本部】住宅用火災警報器の設置が義務化されています。「消防署の方から来ました」と言って販売する業者にご注意ください。消防職員が販売や点検費用の請求をすることはありません。', '0120123456'],
    ['隣の田中です。さっき「消防署の方から来ました」って人が来て、明日消火器の点検をするから点検費用を用意しろって言われた。断ったけど気をつけてね', '09012345673'],
    ['ホームセンターで火災警報器買ったよ、1個2,000円だった。義務化されてるから明日付けに行こうか?', '09012345674'],
    ['【〇〇ガス】法定点検のお知らせ。ガス事業法で義務付けられた点検(無料)のため、明日係員が伺います。料金をいただくことはありません。', '0312345681'],
    ['【〇〇消防署】明日、地域の防火訪問で消防団員が伺います。住宅用火災警報器の設置状況を確認します。販売や費用の請求は一切ありません。', '0312345682'],
    ['頼まれてた野菜、明日お持ちしますね。代金は1,000円で大丈夫です', '09012345677'],
    ['引越し作業当日に料金38,000円を現金でお支払いください', '09012345678'],
    ['エアコンクリーニングの作業当日は駐車スペースをお借りします。料金12,000円は作業後にお支払いください', '09012345679'],
    ['Hi, this is Mike from ABC Plumbing. As quoted, our technician will visit tomorrow at 10 to replace your water heater. We\'ll send the invoice afterwards.', '08012345675'],
    ['I bought a smoke alarm at the home centre for 2,000 yen. They\'re mandatory now, want me to install one at yours tomorrow?', '08012345676'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});


// 絶対 and 決して insist as often as they refuse: "絶対に今日中に送ってください" asks the harder, "送ることは絶対にありません"
// refuses. A paper's picture asked back to a handset in an office's voice (asks/papers.ts papersByReply) is the lure whichever
// way it is pressed; the refusal is read by the negation 絶対 and 決して lead to (asks/types.ts EMPHATIC_NEGATION, in papers.ts's
// REFUSED and in engine.ts dropInsistence, which keeps 絶対に as a warning's cue and 決して as a never-ask cue only with their
// negation), not by the words alone. Schools and employers
// take ID papers at their counter or on their own portal, never as a picture texted back (文部科学省・警察庁 on ID photos sent
// by SMS; 国民生活センター なりすまし).
test('絶対 / 決して: an ID picture insisted on by reply blocks on the rules; the same words refusing it stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['学生課です。奨学金の継続手続きに学生証の写真が必要です。絶対に今日中にこのSMSに画像を返信してください。', '09087654321'],
    ['人事部です。在留カードの写真を絶対に本日中にこの番号へ返信してください。', '08076543210'],
    ['教務課です。奨学金の手続きのため、学生証の写真を決して今日中に送ってください。', '07065432109'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.ok(a.reasons.some((r) => r.code === 'IDENTITY_BY_REPLY'), text);
  }
  for (const [text, from] of [
    ['学生課です。学生証の写真は決してSMSで送るものではありません。手続きは窓口でお願いします。', '09087654321'],
    ['人事部です。在留カードの写真をこの番号へ返信することは絶対にありません。', '08076543210'],
    ['教務課です。学生証の写真を絶対にこのSMSに送らないこと。手続きは学生ポータルからお願いします。', '07065432109'],
    ['学生証の写真、絶対にSMSで送るなって先生が言ってたよ。気をつけてね', '09011112222'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});


// Care and later life (session 'care', dev batch 47): what an organisation's money or the reader's card is asked through, not
// the care theme's words. A facility's, a funeral hall's or a mover's charge asked *sent* by a payment app's person-to-person
// transfer (asks/service-fee.ts chargeSentByApp: PayPay 「送る」 is between persons; businesses take the app at their till or on
// their bill); a care or later-life provider's fee first, or with its sum told only on a call (providerPayee, TOLD_LATER); a
// cancellation fee or a 解約金 billed by text with days or the law pressed and no paper (penaltyBilledByText: 国民生活センター
// 架空請求); an institution naming itself from a handset and asking a PIN, the card at the door or money (checks/sender-trust.ts
// OFFICE_NEVER_ASKS; a PIN told as needed, secret.ts pinHeard; a card "replaced" at a visit, collect-word); money to receive
// through an ATM (atm.ts payoutToReader); a right bought back at a multiple, asked handed over for a reward (right-resale.ts,
// RIGHT_RESALE_SCHEME: the 権利商法's 劇場型勧誘); a family's shared cost whose collector and account change at once (moved-payee.ts
// COLLECTOR_TAKEN); a handrail job the city "referred" with the care insurance said to pay (commerce.ts bodysDirection); an office's
// published line ruled out for a handset (lures.json official-line-ruled-out). Beside each, the facility's debit notice, a friend's split, the welfare
// volunteer's postcard, the booking's terms, the invoice, the consumer centre's warning, the dealer's price, the city's payout.
test('care and later life: an organisation\'s money, a PIN or a right off its own route blocks on the rules; the genuine notices do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【ケアホームひまわり】12月分の食費の集金方法が変わりました。PayPayで ID: himawari-care88 へご送金ください。', '09022223333'],
    ['葬儀会館です。会場の仮予約金2万円をPayPayでお送りいただければ、ご希望の日程で押さえます。', '08022223334'],
    ['引越しセンターの者です。段ボール代と予約金5,000円を本日中にPayPayでお送りください。ID: hikkoshi-99', '07022223335'],
    ['市社会福祉協議会です。見守り給付金のお手続きに、キャッシュカードの暗証番号が必要です。', '08022223336'],
    ['年金事務所より。年金の受取用カードが切り替わるため、古いキャッシュカードを新しいカードに替えます。明日職員がご自宅へ伺います。', '09022223337'],
    ['特別養護老人ホームの入所枠が空きました。入所保証金10万円を本日中にお振込みいただければ、お部屋を押さえます。', '08022223338'],
    ['霊園管理事務所です。墓所の更新料をお振込みいただく必要があります。金額は担当からお電話でお伝えします。', '05022223339'],
    ['【通販センター】お申込みの青汁定期便の解約金9,800円が未払いです。5日以内にお振込みがない場合、法的手続きに入ります。', '0322223340'],
    ['介護付きマンションの利用権を特別にお分けします。1年後に3倍の価格で買い取る業者がおります。お申込みはこの番号へ。', '08022223341'],
    ['墓地の永代使用権をお持ちの方へ。使わない区画をお譲りいただけませんか。謝礼として5万円お支払いします。', '09022223342'],
    ['未公開株の社債を購入いただければ、半年後に2倍で買い戻します。ご希望の方は「はい」とご返信ください。', '07022223343'],
    ['介護保険料の戻りがあります。お受け取りは近くのATMでの操作が必要です。係から電話で案内します。', '08022223344'],
    ['お父さんの施設代、兄弟の分は今月から私がまとめます。振込先を変えたので、こちらへお願いします。ゆうちょ 記号12345 番号67891234', '09044445555'],
    ['区役所の紹介で、介護保険の段差解消工事を無料でご案内しています。明後日の午後に伺ってもよろしいでしょうか。', '08044445557'],
    ['年金事務所の者です。受給額の件で本日中にご連絡ください。代表番号にはかけないでください、担当の携帯 090-4444-5559 へ。', '09044445559'],
  ] as const) {
    const a = rules.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['【デイサービスあおば】今月のご利用料は27日に口座振替です。PayPayでのお支払いをご希望の方は受付のQRコードをご利用ください。', '0480221111'],
    ['施設の見学のあとのランチ、一人1,200円ね。PayPayで私に送ってくれたらまとめて払っとく', '09033334444'],
    ['民生委員の田中です。来週の敬老会の案内を郵送しました。出欠はハガキでお知らせください。', '09033334445'],
    ['年金事務所です。年金証書を再発行しました。ご本人限定受取郵便でお送りします。', '09033334446'],
    ['ご予約ありがとうございます。前日以降のキャンセルは料金の50%をキャンセル料として頂戴します。', '0333334447'],
    ['先日ご依頼の不用品回収の件、キャンセル料2,200円の請求書を郵送しました。期日までに請求書記載の口座へお振込みください。', '0333334448'],
    ['【消費生活センター】「施設の利用権を高値で買い取る」という電話は詐欺です。相手にせず188へ。', '09033334449'],
    ['実家、不動産屋さんが高く買い取ってくれるって。査定は来週だよ', '09033334450'],
    ['市役所高齢福祉課です。住宅改修費の支給が決定しました。1/20にご指定の口座へ振り込みます。', '0333334451'],
    ['介護保険料の還付は口座への振込のみです。ATMでお受け取りいただくことはありません。', '0333334452'],
    ['特養の入所申込を受け付けました。空きが出次第ご連絡します。費用は入所時に契約書でご説明します。', '0333334453'],
    ['お墓の管理費、兄弟で割って一人8千円。いつもの口座に振り込んでね', '09033334454'],
    ['ホームの事務室です。お父様の理髪代1,800円を立て替えました。来月の請求書に合算します。', '09033334455'],
    ['お父さんの施設代、今月から私がまとめるね。振込先はいつもの口座で変わらないよ、月末に振り込んで', '09044445556'],
    ['工務店の川口です。ケアマネさんの理由書と市の事前承認がそろいましたので、玄関の手すり工事に明日10時に伺います。', '09044445558'],
    ['明日の見学、遅れそうなら施設の代表番号ではなく私の携帯に連絡ちょうだい', '09044445560'],
    ['【〇〇銀行】お問い合わせは代表番号ではなく、カード裏面のフリーダイヤルへお電話ください。', '0120444555'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});


// Session 'asks': what the message asks, recognised by its grammar and its object rather than its theme. A sum in yen as the
// object of a Japanese request (お振込いただければ, 送ってください, 12万円を今週中にお願いします, …円を今日中に下の口座へ;
// asks/money.ts sumAsked) is a money ask, weighed by who asks through whose line: a split bill between friends stays allowed,
// a price quoted or a fee paid at the counter asks nothing. A charge paid in gift cards, named as a price, a deposit or the
// payment itself and the card accepted for it (でも可, で受け付けています; gift-card.ts cardForCharge), blocks: no shop, landlord
// or seller takes a card's number as payment (警察庁 電子マネー型), while the shop's own till and a present told as sent do not.
// A sum told as already incurred (…円が発生しております; unpaid-charge) is the 架空請求's opening (国民生活センター), a charge
// that will be incurred is a policy. A PIN or a card's number asked back in a text written in kana is asked as in kanji. A ticket
// resold by a stranger for money sent first and the ticket handed over after is the 国民生活センター's チケット転売 trouble; a friend
// who got the tickets stays between friends.
test('asks by grammar and object: money, gift-card payment, a charge incurred, kana-spelt secrets, a resold ticket paid first; their twins stay unblocked', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from, onRules] of [
    ['ホームページの保守ご担当者様 ドメインの更新期限が切れています。更新費用9,800円をお振込いただければ本日中に復旧します', '05031234567', false],
    ['お譲りするライブの指定席、お支払いはApple Gift Cardでお願いしています', '09031234567', true],
    ['内見なしで契約できます。敷金の一部を本日中にお支払いください。Google Playカード3万円分で受け付けています', '07031234567', true],
    ['返却遅延の延滞料1,100円を先にいただいております。ギフトカードでも可です', '08041234567', true],
    ['サークル費の前払い2,000円、このアカウントにAmazonギフトで送ってね', '09041234567', false],
    ['ウォーターサーバーの解約金15,400円が発生しております。本日中に担当(050-1234-5678)までご連絡ください。', '05041234567', true],
    ['ｺﾞﾘﾖｳ ｶｸﾆﾝ ﾉ ﾀﾒ ｱﾝｼｮｳﾊﾞﾝｺﾞｳ ｦ ﾍﾝｼﾝ ｸﾀﾞｻｲ', '07041234567', true],
    ['おとりひきの かくにんの ため かーどばんごうを へんしん ください', '08051234567', false],
    // A ticket resold by a stranger, paid first by an app or a transfer and handed over after (分配, 郵送; prepay.ts).
    ['譲渡希望の方へ。フェスの1日券、先にPayPayで代金を送ってもらえたらすぐに分配します', '08012349876', true],
    ['舞台のチケット、今日中に振り込める方を優先します。入金確認後に郵送します', '08012349875', true],
    // The same asks in the residents' languages: a card's number by reply (pt), an account to this number (id), a full address (en).
    ['Renovação do seguro: responda a esta mensagem com o número do cartão e a data de validade até hoje.', '08012345670', true],
    ['Pengembalian deposit ¥30.000 siap. Kirim nomor rekening Anda ke nomor ini hari ini.', '08012345671', false],
    ['Parcel on hold: the address is incomplete. Reply with your full address and phone number to rebook delivery.', '08012345672', false],
  ] as const) {
    const a = engine.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    if (onRules) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  }
  for (const [text, from] of [
    ['昨日の焼肉、一人3,800円だったからPayPayで送ってね', '09051234567'],
    ['今年の買取は1箱3千円でお願いできます。代金は当日現金でお渡しします', '09061234567'],
    ['発表会の参加費2,000円は当日受付でお支払いください', '08061234567'],
    ['町内会の会計です。今年度の会費3,000円を今月中にお願いします。集金袋でも大丈夫です', '09091234567'],
    ['当店ではお会計にギフトカードでも可です', '07061234567'],
    ['誕生日おめでとう!Amazonギフトで送っておいたよ', '09071234567'],
    ['ご予約のキャンセル料は前日から3,000円が発生します', '08071234567'],
    ['あしたの ぱーてぃーの ばしょが きまったら へんしん おねがいします', '09081234567'],
    ['〇〇クリニック受付の佐藤です。検査結果の件でお電話いただけますか', '08081234567'],
    ['チケット取れたよ!PayPayで送ってくれたら分配するね', '09081234568'],
    ['Pakisend ng bagong address mo, magpapadala ako ng card', '09081234570'],
    ['Foto acaramu bagus! Nanti aku kirim ke nomor ini ya', '09081234571'],
    ['ライブのチケット代、当日会ったときに現金でちょうだい。電子チケットは分配しておいたよ', '09081234569'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});


// Session 'voice': an organisation that names itself as the writer (会社です, 協会です, 管理組合です, a desk's signature such as
// "○○信用金庫 年金係", "somos da empresa…") and asks a call, a reply, money or data back through a handset, an 050 line or a
// number abroad asks through a line the organisation does not own: companies and offices text from registered senders and take
// calls on their published numbers (警察庁・国民生活センター: SMSに書かれた番号ではなく公式の番号に確かめる; 点検商法 and アポ電 ask
// the hours the reader is home). A worker naming themself ("○○ガスの山田です"), a salon asking a pick-up time about the reader's
// own visit, a school's "if absent, contact us", and a report of such a caller stay allowed.
test('an organisation writing as itself asks through a line it does not own; a worker, the reader\'s own visit, a conditional note and a report stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['リフォーム会社です。屋根の無料点検で近くに来ています。ご在宅の時間帯をこのSMSに返信してください', '08012340001'],
    ['年金の受け取り方法が変わります。ご確認のためお電話ください。○○信用金庫 年金係', '05012340004'],
    ['家電リサイクル協会です。回収した冷蔵庫のリサイクル料金4,800円が未精算です。この番号にお電話ください', '07012340012'],
  ] as const) {
    const a = engine.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(rules.analyse({ text, from }).verdict, 'allow', text);
  }
  // An organisation's voice in Portuguese, from an 050 line: flagged on the rules alone.
  const pt = rules.analyse({ text: 'Somos da empresa de internet. Precisamos confirmar seu contrato, ligue para este número.', from: '05012340013' });
  assert.ok(pt.reasons.some((r) => r.code === 'SENDER_HANDSET_OFFICE_ASK'), pt.reasons.map((r) => r.code).join(' '));
  for (const [text, from] of [
    ['ペットサロンくるみです。トリミング終わりました。お迎えの時間を返信ください', '08012340006'],
    ['○○ガスの山田です。明日の点検、午前と午後どちらがよろしいか返信ください', '08012340007'],
    ['英会話教室です。来週は祝日でお休みです。振替を希望される場合はご連絡ください', '08012340008'],
    ['夫の会社の人から電話があった。ガス会社です、って言ってたけど怪しいね', '08012340010'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});


// Session 'asks2': asks read by their grammar, whatever the theme. Personal data carried by a reply asked in its sentence
// ("…口座番号と支店名を返信", "このSMSへの返信(氏名・生年月日)で受付"); the reader's account asked by a question about where to pay
// ("どちらの銀行にお振込みしましょうか", "which bank should we transfer it to?"); a call clipped after its number (a desk's name,
// a closed bracket or an urgency word before the verb left out: "至急 03-… セキュリティセンターまで"); a payment in the honorific
// negative as today's condition ("本日中にお振込みいただけない場合、…"). No bank, insurer or office takes an account number or a
// birth date back by SMS, pays a refund to an account named by reply, or collects by a same-day threat (警察庁 SMS・還付金詐欺,
// 全銀協, 国民生活センター). A friend's payment question, a shop asking a delivery time, a school's reply by its form, a clinic's
// desk for changes, a biller's dated notice and a warning quoting the lure stay allowed.
test('asks read by grammar: data carried by a reply, an account asked by a where-to-pay question, a clipped call, pay-or-else; their twins stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from, onRules] of [
    ['ご購入いただいた商品の返金手続きです。ご希望の方は口座番号と支店名を返信', '08012345001', true],
    ['【東西損保】保険金のお受け取りは、このSMSへの返信(氏名・生年月日・口座番号)で受付いたします。', '07012345002', true],
    ['医療費の払い戻しがあります。どちらの銀行にお振込みしましょうか。ご返信ください。市役所 保険年金課', '07012345003', true],
    ['Your pension refund is ready. Which bank should we transfer it to? Reply today.', '+12025550104', true],
    ['スマホの不正利用を検知しました。至急 03-5555-1234 セキュリティセンターまで', '', true],
    ['定期便のお客様へ。価格改定の差額1,500円を本日中にお振込みいただけない場合、次回発送を停止します。', '08012345010', false],
  ] as const) {
    const a = engine.analyse({ text, from: from || undefined });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    const r = rules.analyse({ text, from: from || undefined });
    if (onRules) assert.equal(r.verdict, 'block', `${text}: rules ${r.verdict} ${r.score}`);
    else assert.notEqual(r.verdict, 'allow', text);
  }
  for (const [text, from] of [
    ['立て替えてくれた分、どの口座に振り込めばいいかな?', '09012345004'],
    ['カード送りたいから、新しい住所教えてね', '09012345005'],
    ['○○ストアです。明日のお届け時間のご希望を返信ください', '08012345006'],
    ['○○小学校です。運動会の出欠はフォームからご返信ください', '08012345007'],
    ['ご予約の変更は03-1234-5678 受付窓口まで。', '0312345678'],
    ['健診のご案内です。ご不明点は0120-11-2222 健康センターまで', '0120112222'],
    ['○○ガスです。12月20日までにお支払いいただけない場合、供給を停止させていただく場合があります。', '08012345011'],
    ['SMSで「口座番号を返信」と来たら詐欺です。', '08012345009'],
    ['ショートメールの『当選しました、住所を返信』は個人情報を集める手口です', '08012345012'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// Session 'legit3' (issue 8): what the real sender writes that its lure twin never does. A quote named as the scam
// (『…』は乗っ取り), a caution about the party who asks (…を求める相手にご注意), the office's main number named with none
// written (代表番号に), the writer's own act told in the progressive (ワンタイムパスワードを送信しています), the request the reader
// did not make (ご自身で依頼されていない場合) with no number written, a consultation offered for the reader's own doubt
// (一人で判断せずご相談ください), a calm call beside the office's own refusal (※このSMSで暗証番号等をお聞きすることはありません), a listed service's own host (マイナビ on mynavi.jp) and a vetted non-profit's own or.jp page named beside a bank: allowed or tagged, never blocked, from a
// handset too; each lure twin, which writes its own number, link or handle, or asks the code back, still blocks.
test('a quote named as the scam, a caution, the main number, a told act and a doubt offered a call stay unblocked beside their lures', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['市役所より『届いた6桁の番号を送って』は乗っ取り。', '08055550101'],
    ['出会い系サイト運営事務局:会ってすぐ電子マネーの購入を求める相手に注意してください', '09055550102'],
    ['年金事務所です。提出書類の件で伺いたいことがあります。年金事務所の代表番号にお電話ください。', '09055550103'],
    ['【楽天銀行】ご登録の新しいメールアドレスに確認コードを送信しております。', '08055550104'],
    ['【松井証券】出金のご依頼を受け付けました。ご自身で依頼されていない場合はご連絡ください。', '08055550105'],
    ['〇〇警察署生活安全課より:ネットで知り合った人からの送金の依頼は危険です。一人で判断せずご相談ください。', '09055550106'],
    ['マイナビです。説明会の予約が確定しました。詳細はマイページで https://job.mynavi.jp/', '08055550107'],
    ['○○県共同募金会です。赤い羽根募金は三井住友銀行の専用口座でも受け付けています。口座番号は当会ホームページ https://www.akaihane-sample.or.jp/ でご確認ください。', '08055550109'],
    ['〇〇都税事務所です。確認したいことがございますので、納税係までお電話ください。03-5555-0108 ※このSMSで暗証番号等をお聞きすることはありません', '08055550108'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
  for (const [text, from] of [
    ['今届いた6桁の番号を送って。乗っ取り防止の確認です', '08055550111'],
    ['はじめまして。投資の件でLINE交換しませんか?ID: mk_88trade 怪しい業者にご注意ください', '09055550112'],
    ['年金事務所です。未払いの保険料があります。本日中に03-5555-0113までお電話ください。', '09055550113'],
    ['【楽天銀行】ご本人確認のため、届いた確認コードをこのSMSに送信してください。', '08055550114'],
    ['【松井証券】出金のご依頼を受け付けました。ご自身で依頼されていない場合は至急050-5555-0115までご連絡ください。', '08055550115'],
    ['マイナビです。エントリー先から連絡があります。こちらで確認 https://mynavi-entry.top/', '08055550116'],
    ['【三井住友銀行】口座のご利用を制限しました。解除はこちら https://smbc-unlock.or.jp/', '08055550118'],
    ['〇〇都税事務所です。滞納により差押えの手続きに入ります。至急03-5555-0117までお電話ください。※このSMSで暗証番号等をお聞きすることはありません', '08055550117'],
  ] as const) {
    const a = engine.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
  }
});

// The Nepali prohibitive "-nu hudaina" (must not: हाल्नु हुँदैन, पठाउनु हुँदैन) on the verbs of putting money in, sending,
// giving and paying: a friend telling the reader to send money home only through a registered company and never into
// someone else's account names the underground remitter's cheap rate to warn against it (出入国在留管理庁 外国人生活支援
// ポータル; 金融庁: 無登録の海外送金業者に注意). The remitter's own offer, "put it in this account", still blocks.
test('a friend\'s Nepali advice not to pay into another\'s account asks nothing; the cheap-rate remitter\'s account still blocks', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const text of [
    'Ghar ma paisa pathaune bela bank ya darta bhaeko company bata matra pathau, chineko manche ko account ma pani halnu hudaina.',
    'पैसा पठाउने बेला दर्ता भएको कम्पनीबाट मात्र पठाउनुहोस्, अरूको खातामा पैसा हाल्नु हुँदैन।',
  ]) {
    const r = rules.analyse({ text, from: '08011112222' });
    assert.equal(r.verdict, 'allow', `${text}: ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.ok(!r.reasons.some((x) => x.code === 'LURE'), text);
    assert.equal(engine.analyse({ text, from: '08011112222' }).verdict, 'allow', text);
  }
  for (const text of [
    'Sasto rate ma Nepal paisa pathaune! Yo account ma halnu hos, aajai pugchha.',
    'सस्तो दरमा नेपाल पैसा पठाउने! यो खातामा हाल्नुहोस्, आजै पुग्छ।',
  ]) {
    assert.equal(engine.analyse({ text, from: '08011112222' }).verdict, 'block', text);
    assert.notEqual(rules.analyse({ text, from: '08011112222' }).verdict, 'allow', text);
  }
});

// Session between: money between people or from a small organiser the reader cannot check, set apart from a friend's split bill
// by what the ask itself does. A cash card brought to a job's meeting at a café or checked by someone about the home (警察庁
// キャッシュカード詐欺盗: nobody but the bank has any use for the card itself); the request erased once paid (警察庁 SNS型詐欺:
// やり取りの削除を指示); a scout's fee earned back from the first job, or a uniform's with the shifts withheld (国民生活センター
// スカウト商法; 労働基準法16条); a room held for a deposit sent first to an owner or a broker (国民生活センター 賃貸の前金), a seat
// held for money sent tonight into a payment app (消費者庁 就活生を狙う有料セミナー); the collector changed with the old one ruled
// out (警察庁 なりすまし). Twins: a copy of the passbook for payroll, HR seeing the card at the office, leave to delete, an agency
// bearing the photos, the contract and the viewing first, a new 幹事 announced alone, the uniform taken from the pay, a friend's
// seat, the usual PayPay, a shop's counter.
test('between people: a cash card off the premises, a request erased, a fee first for a job, a room or a seat, and a collector moved are asked; their twins are not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【二次面接のご案内】面接は駅前の提携カフェで行います。当日は印鑑とキャッシュカードをご持参ください(給与振込口座の登録のため)', '09055550201'],
    ['ご入居中のお部屋の家賃が来月から下がります。手続きのため担当が伺ってキャッシュカードを確認させていただきます', '08055550202'],
    ['部長の送別会のお花代、有志で集めています。1人3,000円。振込後はこのメッセージを削除してください。', '08055550203'],
    ['スカウトです!プロフィール写真の撮影費が2万円かかりますが、最初の仕事ですぐ回収できます', '09055550204'],
    ['Chào bạn, mình là chủ nhà. Phòng ở Chiba còn trống, bạn chuyển khoản tiền cọc 40.000 yên trước hôm nay thì mình giữ phòng.', '+84905550205'],
    ['同窓会の幹事が交代しました、新しい幹事の佐藤です。会費8,000円は私の口座にお願いします。前の幹事には振り込まないでください', '09055550206'],
    ['ホールのバイトの人へ。エプロン代2,000円、明日持ってきてね。払わないとシフトに入れないので', '09055550207'],
    ['キャリア支援の会です。今週末の座談会、参加費8,000円。席確保のため本日中にPayPayで送金をお願いします', '07055550208'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.notEqual(r.verdict, 'allow', `${text}: ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'allow', text);
  }
  for (const [text, from] of [
    ['部長の送別会のお花代、有志で集めています。1人3,000円。振込後はこのメッセージを削除してください。', '08055550203'],
    ['スカウトです!プロフィール写真の撮影費が2万円かかりますが、最初の仕事ですぐ回収できます', '09055550204'],
    ['Chào bạn, mình là chủ nhà. Phòng ở Chiba còn trống, bạn chuyển khoản tiền cọc 40.000 yên trước hôm nay thì mình giữ phòng.', '+84905550205'],
    ['同窓会の幹事が交代しました、新しい幹事の佐藤です。会費8,000円は私の口座にお願いします。前の幹事には振り込まないでください', '09055550206'],
    ['キャリア支援の会です。今週末の座談会、参加費8,000円。席確保のため本日中にPayPayで送金をお願いします', '07055550208'],
  ] as const) assert.equal(rules.analyse({ text, from }).verdict, 'block', text);
  for (const [text, from] of [
    ['カフェの店長です。採用です!初日は来週火曜。持ち物は印鑑と給与振込口座の通帳のコピーです', '08055550211'],
    ['人事です。給与口座の確認のため、明日出社したときにキャッシュカードを見せてください', '09055550212'],
    ['部長の送別会のお花代、有志で集めています。1人3,000円。サプライズなので、振込後はこのメッセージを消してね。', '08055550213'],
    ['振り込んだらこのメッセージは消して大丈夫です、ありがとう!', '08055550214'],
    ['モデル事務所です。宣材写真の撮影費は事務所負担です。まずは面談しましょう', '09055550215'],
    ['Chào bạn, mình là chủ nhà. Bạn đến xem phòng trước, ký hợp đồng ở văn phòng rồi chuyển tiền cọc thì mình giữ phòng.', '08055550216'],
    ['同窓会の幹事が交代しました、新しい幹事の佐藤です。会費8,000円は今月末までに私の口座にお願いします', '09055550217'],
    ['エプロン代2,000円は給料から天引きになります。シフトは来週から入れます', '09055550218'],
    ['ライブの席確保したいから今夜中にPayPayで送ってね!', '07055550219'],
    ['先週のBBQ代3,200円、いつものPayPayに送っといて!', '09055550220'],
    ['家賃の口座振替のお手続きは、キャッシュカードをお持ちのうえ店頭でどうぞ。', '0120555021'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'allow', `${text}: ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});

// Money reaches a payee by the payer's own refund, never by the payee sending (session refund, dev batch-49): a refund "received"
// by working the reader's own payment app (its send screen, an amount or a "refund code" typed, the app kept open for the
// writer's call, the screen shared, the refund handed to an agent on a messenger; asks/refund.ts refundBySending), an overpaid
// sum asked sent back by app or transfer (overpaidSentBack: a real overpayment goes back by the bank's 組戻し or the shop's own
// refund), a shop's price asked in gift cards for goods shipped (gift-card.ts cardForCharge), a collector at the door for an
// online order's or a parcel's money (collect.ts orderMoneyAtDoor). 国民生活センター and PayPay on 返金詐欺, 警察庁 SOS47
// 還付金詐欺, 国民生活センター on gift-card payment and 訪問集金. Twins: a shop's real refund notice, a friend's share by PayPay, a
// friend's difference back in person, a child asking leave to buy a Nintendo prepaid card, a courier's 代引き, warnings.
test('a refund received by sending, an overpayment sent back, a card for goods and a collector for an order block; their twins stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['返金担当です。アプリを開いて「送る」を選び、返金コード 4999 を入力すると返金が完了します。', '07055550201'],
    ['先ほどの返金処理が失敗しました。もう一度、金額欄に38200と入れて送信ボタンを押してください。', '09055550202'],
    ['au PAYで返金します。アプリを開いた状態でお待ちください。担当者からお電話します。', '09055550203'],
    ['返金済みの金額に誤りがありました。多く振り込まれた8,000円をau PAYで返してください', '08055550204'],
    ['Your refund of ¥12,400 is ready. Add our agent on LINE (refund_jp07) to receive it via a payment app', '07055550205'],
    ['Aqui e da loja online. Seu reembolso sera feito pelo aplicativo de pagamento. Abra e digite o codigo 4999 quando eu ligar', '07055550206'],
    ['तपाईंको अनलाइन अर्डरको पैसा फिर्ता गर्न भुक्तानी एप खोल्नुहोस् र मैले भनेको कोड हाल्नुहोस्। म अहिले फोन गर्छु।', '08055550207'],
    ['결제 앱으로 환불해 드리겠습니다. 라인 친구 추가 후 화면 공유를 켜 주세요. ID: hwanbul77', '09055550208'],
    ['ギフトカードで払ってもらえればすぐ発送できます。iTunesでもGoogleでも大丈夫です', '08055550209'],
    ['受取拒否された商品の返送料が発生しています。配達員が明日集金に伺いますので在宅してください', '08055550210'],
    ['【最終通告】通販代金未納。明日、回収担当がご自宅へ伺います。', '09055550211'],
    ['Chúng tôi sẽ hoàn tiền qua ứng dụng thanh toán. Vui lòng mở ứng dụng, nhập số tiền 15000 và bấm gửi.', '09055550212'],
    ['为了退款，请开启屏幕共享，客服会指导您操作。', '09055550213'],
    ['Untuk pengembalian dana, buka aplikasi pembayaran dan masukkan kode yang saya sebutkan saat saya telepon.', '09055550214'],
    ['เราจะคืนเงินให้คุณ กรุณาเปิดแอปแล้วกรอกจำนวนเงิน 5000 แล้วกดส่ง', '09055550215'],
    ['We overpaid your refund by ¥9,000. Please send back the difference via PayPay today.', '09055550216'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
  }
  for (const [text, from] of [
    ['返金は元のお支払い方法に自動で行われます。お手続きは不要です', '09055550221'],
    ['PayPayで返金しました。アプリの取引履歴から金額をご確認ください', '09055550222'],
    ['昨日の焼肉、1人3,200円ね。PayPayで送ってくれたら助かる!', '09055550223'],
    ['ごめん、さっき多く送っちゃった。差額の500円は今度会った時に返してくれればいいよ', '09055550224'],
    ['ママ、Switchのソフト買いたいからニンテンドープリペイドの3000円のやつ買ってきてもいい?お年玉から出すから', '07055550225'],
    ['ヤマト運輸です。本日お届けのお荷物は代金引換です。代金3,980円をご用意ください', '09055550226'],
    ['新聞代の集金に明日伺います。よろしくお願いします', '09055550227'],
    ['【注意】「返金します。アプリを開いて「送る」を選び、返金コードを入力」というSMSは詐欺です。返金で送金操作をさせることはありません', '09055550228'],
    ['If anyone asks you to share your screen or type a code in a payment app to receive a refund, it is a scam. Hang up.', '09055550229'],
    ['銀行を名乗り「誤って入金したので返してほしい」と別の口座への送金を求める詐欺にご注意ください。', '09055550230'],
    ['「集金に伺います」「回収担当がご自宅へ伺います」という通販の未納を装うSMSに注意してください', '09055550231'],
    ['Hoàn tiền đã được xử lý tự động về thẻ của bạn. Không cần thao tác gì.', '09055550232'],
    ['退款将原路返回，无需任何操作。', '09055550233'],
    ['Waspada penipuan: jangan masukkan kode saat ada yang menelepon untuk pengembalian dana.', '09055550234'],
    ['Your refund was sent to your PayPay balance. Open the app to see it in your history.', '09055550235'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'allow', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});

// The model restates the rules' own facts (its asks:*, tld:* and context features are theirs), so where the rules read a
// construction as its owner's own, the model may not carry it past them alone (data/scores.json: MODEL stays below block and
// a lone tag "never blocks alone"). Each twin is the owner's or a person's ordinary message; each lure keeps its block on the
// rules through the finding the twin lacks:
// - an inn's cancellation terms through "ご連絡なき場合" are the booking's policy, no call asked (engine.ts dropOwnBookingFee);
//   the same clause with a legal threat or a card number still blocks (国民生活センター: 「本日中に連絡がなければ法的措置」);
// - an identity paper asked for the reader's own hiring, or its number asked as a friend booking flights, tags and does not
//   open the block (asks/papers.ts papersSetAside); its picture or a desk's reply ask still blocks (IDENTITY_BY_REPLY);
// - a friend's move to LINE naming no account, nothing sought, is the chat the two share (checks/ask-channel.ts blockingAsks);
//   an ID, returns or a relative's new number still block (警察庁 SNS型投資詐欺, オレオレ詐欺);
// - a salon's own bill on its own .shop host, its name at the head (data/url-risk.json ownSiteHosts), tags only; a fee or a
//   subsidy on a host named for it still blocks (checks/made-page.ts);
// - an unasked priced visit with no stake or pretext tags; the 点検商法's insurance pretext still blocks (国民生活センター);
// - a split bill to a friend's new PayPay ID is the two's own cost (model/features.ts sharedCost); an old debt to a new ID
//   still flags (全銀協 口座変更 warnings).
test('owners\' and people\'s own constructions the model restated (an inn\'s terms, a hire\'s papers, a friend\'s LINE, a salon\'s .shop, a priced visit, a split bill) are not carried to block; their lures still block on the rules', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const why = (a: { verdict: string; score: number; reasons: readonly { code: string }[] }): string => `${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`;
  for (const [text, from] of [
    ['旅館みどり荘です。明日のご宿泊の件、到着時刻をご返信ください。ご連絡なき場合はキャンセル料を頂戴いたします。', '05012345678'],
    ['PayPayのID変わったから、この前の飲み会代3000円こっちに送ってね → yuki.pay2', '09012340001'],
  ] as const) {
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', `${text}: ${why(engine.analyse({ text, from }))}`);
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
  }
  for (const [text, from] of [
    ['人事の田中です。入社手続きのため、在留カードの写真を表裏とも送ってください。', '09011112222'],
    ['パスポートの番号教えて、航空券まとめて取るから', '09012349028'],
    ['新NISA始めたよ。一緒に投資の勉強会行かない?LINEで話そう', '09011112222'],
    ['整体院ひだまりです。本日の施術料金5,500円はこちらからお支払いいただけます https://hidamari-seitai.shop/pay', '09051234567'],
    ['エアコンの分解洗浄で明日伺います。作業費は1台8,800円です。ご在宅の時間を教えてください', '08012349876'],
  ] as const) {
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', `${text}: ${why(engine.analyse({ text, from }))}`);
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
  }
  for (const [text, from] of [
    ['旅館みどり荘です。明日のご宿泊の件、本日中にご連絡なき場合はキャンセル料3万円と法的措置を取らせていただきます。', '05012345678'],
    ['旅館みどり荘です。明日のご宿泊の件、ご連絡なき場合はキャンセル料を頂戴いたします。確認のためカード番号と有効期限をご返信ください。', '05012345678'],
    ['パスポートの写真送って、航空券まとめて取るから', '09012349028'],
    ['○○派遣です。パスポートの番号をこのSMSにご返信ください', '09071234567'],
    ['絶対儲かる投資の勉強会あるよ!月利20%。LINEで話そう', '09011112222'],
    ['母さん、携帯変えたから新しい番号登録しといて。前の番号はもう使えないよ', '09051245768'],
    ['カード再発行手数料800円のお支払いが必要です。お手続きはこちら card-hakko.site', '05012345678'],
    ['台風で屋根瓦がずれているのが見えました。近くで工事中の業者です。明日無料で点検に伺います。火災保険で直せます', '09091910412'],
  ] as const) {
    assert.equal(rules.analyse({ text, from }).verdict, 'block', `${text}: ${why(rules.analyse({ text, from }))}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
  }
  for (const [text, from] of [
    ['なぁ、前に貸した3万円、今日返してもらえん?PayPayでいいよ、こっちの新しいIDね → kenji.pay7', '08011112222'],
    ['ガス保安センターです。お宅の給湯器がリコール対象となっております。明日10時に無料点検に伺います。ご在宅なら1、ご不在なら2を返信してください', '09012345678'],
  ] as const) {
    assert.notEqual(rules.analyse({ text, from }).verdict, 'allow', `${text}: ${why(rules.analyse({ text, from }))}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'allow', text);
  }
});

// A call asked in the residents' languages' request grammar (vui lòng gọi, 请致电, 전화 주세요, ligue para, tumawag sa, hubungi,
// กรุณาโทร, फोन गर्नुहोस्, call us), or with its verb clipped and the number as the destination ("サポート窓口 050-…へ",
// "至急折返しを 050-…", "詳細は担当まで 050-…"), beside an organisation's problem (money held or frozen, a charge, a refund,
// a virus alert, a trial's next charge) on an 050 line or one abroad, which anyone rents online: 国民生活センター tells readers
// never to ring the number an SMS gives (https://www.kokusen.go.jp/soudan_topics/data/sms.html), IPA warns of the fake
// support desk's number (https://www.ipa.go.jp/security/anshin/measures/fakealert.html). Twins: a clinic's own landline for
// questions, a friend's "電話して", a driver's call back from a handset, a warning naming the 050 number, a carrier's short code.
test('an organisation\'s problem with a call to an 050 line or one abroad, asked in any residents\' language or clipped, blocks; the owner\'s desk, a friend, a driver and a warning do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  if (!data.ok) throw new Error(data.error);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Your order is on hold. Call us: 050-5550-6637', ''],
    ['안녕하세요, 사무국입니다. 판매 대금이 동결되었습니다. 해제하려면 050-5550-4475로 전화 주세요.', '07055504475'],
    ['【通知】端末のウイルス感染を検知。サポート窓口 050-5550-3312 へ', '05055503312'],
    ['還付あり。至急折返しを 050-5550-1907', '05055501907'],
    ['光回線の移転手続きで、撤去工事費の確認が取れていません。ご入居日までに050-5550-1162へ', '05055501162'],
    ['Bạn đã đăng ký dùng thử. 15.800 yên sẽ bị trừ vào tháng sau. Để hủy, vui lòng gọi 050-5550-2846 trong hôm nay.', '05055502846'],
    ['您的账户已被冻结。请致电 050-5550-4475 办理解冻。', ''],
    ['Seu pagamento está bloqueado. Ligue para 050-5550-4475 hoje.', ''],
    ['Naka-hold ang refund mo. Tumawag sa 050-5550-4475 ngayon.', ''],
    ['Dana Anda dibekukan. Silakan hubungi 050-5550-4475 hari ini.', ''],
    ['Your refund is ready. Please call +44 20 7946 0018 to claim it.', ''],
    ['Ang iyong account ay na-freeze. Tumawag po kayo sa 050-5550-1234.', ''],
    ['तपाईंको पैसा रोकिएको छ। कृपया 050-5550-1234 मा फोन गर्नुहोस्।', ''],
  ] as const) {
    const r = rules.analyse({ text, from: from || undefined });
    assert.equal(r.verdict, 'block', `${text}: ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text, from: from || undefined }).verdict, 'block', text);
  }
  for (const [text, from] of [
    ['〇〇歯科です。ご予約の変更・ご不明点は 03-5550-5678 までお電話ください。', '0355505678'],
    ['いま駅ついた!電話して 090-5550-5678', '09055505678'],
    ['ヤマト運輸の配達員です。お荷物の件で折り返しお電話ください', '08055505678'],
    ['お母さん、この番号(050-5550-5678)から電話が来ても出ないでね。詐欺だって', '09055505679'],
    ['「お客様の端末がウイルスに感染しています。サポート窓口 050-5550-5678 へ」というSMSは詐欺です。電話しないでください', '0355505679'],
    ['【NTTドコモ】ご利用料金のお支払いが確認できておりません。151までお電話ください', '151'],
    ['〇〇整体院です。明日10時のご予約を承りました。変更の際は担当まで 050-5550-5678', '05055505678'],
    ['Em vui lòng gởi ảnh cho anh nhé, cảm ơn', '09055505680'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'allow', `${text}: ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
  }
});

// A person's account for an office's or a shop's money, written in ゆうちょ's form ("10190-12345671 タナカ ユウキ") as well as a bank's
// (普通 1234567): a hotel, a municipality's ふるさと納税 or a shop is paid into its own account in its own name, and an account held
// in a person's katakana name for its money is a borrowed or sold one (全銀協・警察庁: 他人名義の口座への振込を求める詐欺). The
// patterns that read such accounts run only where the text holds five digits in a row (match/anchors.ts holdsDigitRun, session
// 'speed'): every form of the account number has them, so the ゆうちょ form must still block. Twins: a shop's own account in its
// company name (カ)), and a residents' association's treasurer collecting the year's dues by the month's end, which stay allowed.
test('a person\'s ゆうちょ account for an office\'s money still blocks behind the account-number pre-check; a shop\'s own and a treasurer\'s unpressed dues stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const text of [
    'ふるさと納税のお申込みありがとうございます。在庫確保のため、寄附金を本日中に下記口座へお振込みください。ゆうちょ銀行 10190-12345671 タナカ ユウキ',
    '〇〇ホテルのフロントです。お忘れ物(充電器)がございました。送料1,200円を下記口座にお振込みいただければお送りします。ゆうちょ銀行 10190-12345671 ヤマダ タロウ',
  ]) {
    const a = engine.analyse({ text, from: '08011112222' });
    assert.equal(a.verdict, 'block', `${text}: ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.equal(rules.analyse({ text, from: '08011112222' }).verdict, 'block', text);
  }
  for (const [text, from] of [
    ['【ABCショップ】ご注文ありがとうございます。お振込先:ゆうちょ銀行 10190-12345671 カ)エービーシー', '0120111222'],
    ['○○町内会の会計の山崎です。今年度の町内会費3,000円の集金をお願いします。月末までに下記へお振込みください。ゆうちょ銀行 10190-55678911 ヤマザキ ケンジ', '08011112222'],
  ] as const) {
    // The shop's own order from its 0120 line sits at the rules' 30 (ASK_MONEY with the claim): the model retrained in session 20
    // (batch 51 and the session's lures added) lifts it past suspicious, so the engine is held to never blocking it; the rules
    // still allow it.
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
    assert.equal(rules.analyse({ text, from }).verdict, 'allow', text);
  }
});

// Legitimate messages that ask nothing through a channel no one owns (session legit): a platform's purchase notice telling the
// holder to change their own password (IPA, 警察庁: 心当たりのない購入・ログインの通知は公式アプリからパスワードを変更) hands no login
// on; a rider lost on the way asks a landmark, not the address (国民生活センター: 住所を返信させるのは不在通知を装う手口); a warning that
// points at a lure it received keeps it quoted when the split SMS cuts the closing mark; a colleague's "新しい番号になりました" tells
// news (a relative's stays the オレオレ opener: 政府広報); a shop named as the spot the driver stands at claims nothing; a child's
// Vietnamese "đã vào tài khoản" tells money arrived; a courier's unnamed worker asking Y/N about the visit on their own handset
// settles the visit. Each lure twin (the login sent for pay, the address asked back, the bare unclosed alarm, a relative's new
// number with a favour, the shop's header, a fee into an account, a fee or a fault asked by Y/N) still blocks or flags.
test('asked nothing through an unowned channel: purchase notice, landmark, cut quote, new number told, shop as landmark, money told, driver\'s Y/N', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【ニンテンドー】ニンテンドーeショップでのご購入:3,000円。お心当たりのない場合はニンテンドーアカウントのパスワードを変更してください。', '08098765432'],
    ['まるや寿司です。本日のデリバリー、ご住所の番地が見つからず少し迷っております。近くの目印を教えていただけますか?', '08070618354'],
    ['ねえ見て、これ来た→「【ゆうちょ銀行】お客様の口座が凍結されました。', '09022574816'],
    ['新しい番号になりました、田村です。前の番号は来週解約します。登録お願いします。会社の携帯の方は変わりません', '08062731549'],
    ['配達員です。住所の建物名が見つからず近くのローソン前にいます。何号棟か教えてもらえますか？', '07044519983'],
    ['Con chao ba, tien nenkin cua me da vao tai khoan ngay 15. Con chuyen tien phi nha duong lao nhu moi thang roi nhe.', '09022567719'],
    ['お世話になります、宅配の者です。本日お荷物(冷蔵)をお届けに伺いましたがご不在でした。19〜21時に再配達できますが、よろしければYを、明日午前希望ならNを返信お願いします', '08072314456'],
  ] as const) {
    // (The purchase notice still tags on the rules: a listed brand's name from a handset.)
    const r = rules.analyse({ text, from });
    assert.notEqual(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
  }
  for (const [text, from] of [
    ['Instagramアカウントのパスワードを変更して、新しいパスワードを送るだけで2万円お支払いします', '08098765432'],
    ['ご住所が見つかりません。目印と、ご住所・お名前を返信してください', '08070618354'],
    ['「【ゆうちょ銀行】お客様の口座が凍結されました。', '09011112222'],
    ['お母さん、新しい番号になったよ。急ぎでお願いがあるから、この番号にLINEして', '08062731549'],
    ['ローソンです。お客様のPontaポイントが本日失効します。こちらから https://ponta-lawson.top', '07044519983'],
    ['Tiền hoàn thuế đã vào tài khoản tạm. Vui lòng chuyển phí 3000 yên vào tài khoản sau để nhận', '09022567719'],
    ['宅配の者です。ご不在でした。関税500円が未払いのため、再配達希望ならYを返信してください', '08072314456'],
    ['配送の者です。お届け先住所に不備があります。至急Yを返信してください', '08072314456'],
  ] as const) {
    const a = engine.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(rules.analyse({ text, from }).verdict, 'allow', text);
  }
  // A police warning that sends the reader to check with the charity directly (ask-channel.ts DIRECT_WITH_PARTY) asks nothing
  // through its line: tagged at most (a listed body's name from a handset); "担当に直接" is the same line again and blocks.
  const warning = '【○○警察署】歳末たすけあいや義援金を名目に、戸別訪問で現金を集める不審者の情報がありました。募金をする場合は団体に直接確認してください。';
  assert.notEqual(engine.analyse({ text: warning, from: '08098765432' }).verdict, 'block');
  assert.notEqual(rules.analyse({ text: warning, from: '08098765432' }).verdict, 'block');
  assert.equal(engine.analyse({ text: '【○○警察署】あなたの口座が犯罪に使われています。担当に直接確認してください。', from: '08098765432' }).verdict, 'block');
  // A notice the insurer says it mailed is checked on the paper in hand (lures.json own-way お知らせを郵送しました); a court's 訴状
  // told as mailed, pressed for today, keeps its resolve through the handset.
  const mailed = '【第一生命】ご契約内容のお知らせを郵送しました。給付金の請求漏れがないか、あわせてご確認ください。';
  assert.notEqual(engine.analyse({ text: mailed, from: '09012345678' }).verdict, 'block');
  assert.notEqual(rules.analyse({ text: mailed, from: '09012345678' }).verdict, 'block');
  assert.equal(engine.analyse({ text: '【裁判所】訴状を郵送しました。本日中にご確認ください', from: '09012345678' }).verdict, 'block');
});

// Brands lures impersonate in Japan that the registry did not know (data/brands.json: vpreca, isetan-mitsukoshi, coconala,
// xserver, usj, ikea, hellowork, yamada; ゴールドポイント under yodobashi): a claim of one from a stranger's line or with a
// look-alike link is weighed as a brand claim (BRAND_UNOFFICIAL_SENDER, BRAND_UNOFFICIAL_DOMAIN, BRAND_LOOKALIKE_DOMAIN).
// Sources: each brand's own warning or the フィッシング対策協議会 緊急情報 it cites (ライフカード「Vプリカ」をかたるフィッシング,
// https://www.mistore.jp/shopping/information/i00142_info.html, https://www.xserver.ne.jp/information_detail.php?view_id=6612,
// https://www.yodobashi.com/ec/support/news/200421326750/index.html, 協議会「ヤマダデンキをかたるフィッシング」). Twins: the brand's own
// notice on its own site, a person's message naming the brand (Vプリカ買っといたよ), a station named after it, and a warning.
test('brands lures impersonate in Japan, newly listed, are weighed as claims; mentions and own-site notices stay allowed', () => {
  for (const [text, from] of [
    ['Vプリカ 残高移行手続き未完了のお知らせ vpreca-ikou.me', ''],
    ['三越伊勢丹：エムアイポイントの移行手続きが未完了です。期限までにご対応を mistore-pt.wixsite.com/ikou', '07062813594'],
    ['【ヤマダウェブコム】セキュリティ強化のため24時間以内に情報確認をお願いします https://yamada-denki-web.moe/', '08098765432'],
    ['【ココナラ】アカウントが一時制限されました。本人確認はこちら https://coconala-verify.com/', '08098765432'],
    ['ゴールドポイントカードの有効期限が切れます。ポイント移行はこちら https://goldpoint-ikou.top/', '08098765432'],
    ['ユニバーサル・スタジオ・ジャパンお客様窓口です。ご購入のチケットが転売の疑いで無効になっています。再発行は https://usj-ticket.help/', '08098765432'],
    ['【エックスサーバー】メールボックス容量が上限に達しました https://xserver-jp-webmail.nina-m.com/upgrade', 'Xserver'],
    ['Your IKEA delivery is on hold. An address verification fee of ¥300 is required: https://ikea-delivery-jp.help/verify', '+14155550166'],
    ['ハローワークです。雇用動向調査へのご協力をお願いします。未回答の場合は罰金の対象です→ koyou-chosa.help', '08055149930'],
  ] as const) {
    const sender = from === '' ? undefined : from;
    const a = engine.analyse({ text, from: sender });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    const r = rulesOnly.analyse({ text, from: sender });
    assert.equal(r.verdict, 'block', `rules: ${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['Vプリカ買っといたよ。コードはLINEで送るね', '09012345678'],
    ['伊勢丹でお中元選んできた。エムアイポイント結構たまってたよ', '09012345678'],
    ['三越前駅の改札で待ってるね', '09012345678'],
    ['ハローワークで紹介された会社、来週面接になった', '09012345678'],
    ['USJのチケット取れたよ!来月行こう', '09012345678'],
    ['IKEAで本棚買ったから週末組み立て手伝って', '09012345678'],
    ['ココナラでロゴ作ってもらったよ、見て', '09012345678'],
    ['ヤマダ電機で冷蔵庫買った。ゴールドポイントじゃなくてヤマダのポイントついた', '09012345678'],
    ['Vプリカを装った偽メールが来てるらしいから気をつけてね。公式は vpc.lifecard.co.jp だけだって', '09012345678'],
    ['【Vプリカ】ご購入ありがとうございます。カード情報はマイページでご確認ください https://vpc.lifecard.co.jp/', ''],
    ['【三越伊勢丹】エムアイポイントの有効期限のお知らせ。ポイント残高は https://www.mistore.jp/ でご確認ください', ''],
    ['【ヤマダデンキ】ご注文の商品を発送しました。配送状況は https://www.yamada-denkiweb.com/ でご確認ください', ''],
  ] as const) {
    const sender = from === '' ? undefined : from;
    assert.equal(engine.analyse({ text, from: sender }).verdict, 'allow', text);
    const r = rulesOnly.analyse({ text, from: sender });
    assert.equal(r.verdict, 'allow', `rules: ${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
});

// Asks found and weighed where the number or the payee hid them (session asks2). A Chinese 400/800 service number is a line abroad
// from Japan (工业和信息化部 400/800 numbering; dialled +86 from here): a customer-service desk's call asked to it from a line no office
// texts from is a stranger's line (国民生活センター: SMSに記載された番号に電話しない). A mistaken transfer or an overpayment goes back
// by the bank's 組戻し or the shop's refund, never into an account the message gives (全銀協 組戻し; PayPay on 誤送金を装う詐欺).
// The immigration office's problem with the reader's visa, asked rung back, is a callback lure even from a fixed line: 出入国在留管理庁
// warns callers posing as its staff show real numbers (https://www.moj.go.jp/isa/ 入管を名乗る不審な電話、メール等にご注意ください).
// Twins: a relative's own number abroad, a person passing on a desk's number, a refund the shop reverses itself, a mistaken transfer
// handed back in person, a person telling of a visa, the office's receipt notice from its line.
test('asks found: a 400 number abroad, a mistaken transfer returned elsewhere, an overpayment sent back, the immigration callback', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from, atLeast] of [
    ['尊敬的旅客,您预订的航班因机械故障取消,请致电客服 400-660-8127 办理改签,改签可获补偿300元。', '+8618077341102', 'block'],
    ['您的航班已取消，请致电客服 400 660 8127 办理退款。', '+8613912345678', 'block'],
    ['Mẹ ơi, con chuyển nhầm 50.000 yên vào tài khoản của mẹ, chuyển lại giúp con vào tài khoản này nhé: Yucho 12345-6789012', '09012345678', 'block'],
    ['Me oi, con chuyen nham 50.000 yen vao tai khoan cua me, chuyen lai giup con vao tai khoan nay nhe: Yucho 12345-6789012', '09012345678', 'block'],
    ['ごめん、間違えて3万円送っちゃった。下記の口座に戻してもらえる? みずほ 普通 1234567', '', 'block'],
    ['Recebemos seu pagamento em dobro. Devolva o valor a mais pelo PIX para a chave 11987654321 hoje.', '', 'block'],
    ['Immigration office: problem with your visa. Call back today', '+81357780012', 'suspicious'],
    ['出入国在留管理局です。在留カードに問題があります。本日中に折り返しお電話ください', '0357780012', 'block'],
  ] as const) {
    const a = engine.analyse({ text, from: from || undefined });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    const r = rules.analyse({ text, from: from || undefined });
    assert.ok(atLeast === 'block' ? r.verdict === 'block' : r.verdict !== 'allow', `${text}: rules ${r.verdict} ${r.score}`);
  }
  for (const [text, from] of [
    ['妈，我到上海了。有事打我电话 +86 138 1234 5678', '+8613812345678'],
    ['妈，你那个信用卡的客服电话是 400-820-8820，我帮你查过了。', '+8613812345678'],
    ['Recebemos seu pagamento em dobro. O valor a mais será estornado automaticamente no seu cartão em até 5 dias.', ''],
    ['Mẹ ơi, con chuyển nhầm 50.000 yên vào tài khoản của mẹ, mẹ rút ra đưa con khi gặp nhé', '09012345678'],
    ['お母さん、間違えて3万円振り込んじゃった。今度会った時に返してね', '09012345678'],
    ['東京出入国在留管理局です。在留期間更新の申請を受け付けました。結果は後日はがきでお知らせします。', '0357780012'],
    ['行政書士事務所です。ビザ更新の書類が揃いました。ご都合のよいときにお電話ください', '0357780012'],
    ['在留カードに問題があるって入管から手紙が来た。どうしよう、電話して', '09012345678'],
    ['【注意】入管を名乗り「在留カードに異常がある」と電話させる詐欺にご注意ください', ''],
  ] as const) {
    assert.equal(engine.analyse({ text, from: from || undefined }).verdict, 'allow', text);
    assert.equal(rules.analyse({ text, from: from || undefined }).verdict, 'allow', text);
  }
});

// Warnings and recalls that ask nothing through the sender (session legit2). A request quoted as what someone may ask, in a
// warning's conditional refused in its own sentence ("「誤って入金したので返してほしい」と求められた場合は、お手続きせず取引銀行の窓口
// にご相談ください"), is reported, not asked; the reader's own bank named as where to go (取引銀行の窓口に) is a place, not data asked
// (全銀協 https://www.zenginkyo.or.jp/topic/detail/nid/3164/ , 警察庁 https://www.npa.go.jp/bureau/safetylife/sos47/). A clinic's
// "your cleaning is overdue" is a visit's recall, not a bill (FTC's unpaid-toll alert: money said overdue). An 050 business line
// asking a call to the very line it came from, about an ordinary matter, with no problem told, stays allowed. Lure twins: the
// bank and account number asked back, the same conditional that then hands the data over, money said overdue, an office's
// problem rung back on its 050 line. A stop the reader is told to ask for after their own loss ("紛失したらまず 0120-95-0178 で
// 一時停止を": デジタル庁 https://www.digital.go.jp/policies/mynumber/faq-card) is the owner's remedy; a stop asserted as done is the lure.
test('warning conditionals, own bank as a place, a visit overdue, an 050 business line rung back: allowed; their lures block', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['「誤って入金したので返してほしい」と求められた場合は、お手続きせず取引銀行の窓口にご相談ください。', '09012345678'],
    ['「誤って入金したので返してほしい」と言われたら、お手続きせず取引銀行の窓口にご相談ください。', '09012345678'],
    ['「還付金があります」と言われたら、すぐ電話を切って警察相談専用電話#9110にご相談ください。', '08098765432'],
    ['「口座が凍結されます。暗証番号を教えて」と言われても、絶対に教えず警察にご相談ください。', '09012345678'],
    ['If you are asked "please return the money we sent by mistake", do not do it and talk to your own bank.', '09012345678'],
    ['Hi Mr. Tanaka, Wells Dental here. Your cleaning is overdue (last visit June). Reply 1 to book a slot next week or call us. Reply STOP to opt out.', '09012345678'],
    ['〇〇不動産です。内見の日程調整はお電話で 050-3118-4420', '05031184420'],
    ['野田市からのお知らせ:マイナンバーカードを紛失したらまず 0120-95-0178 で一時停止を。そのあと市役所で再交付と資格確認書の申請ができます', ''],
    ['野田市からのお知らせ:マイナンバーカードを紛失したらまず 0120-95-0178 で一時停止を。そのあと市役所で再交付と資格確認書の申請ができます', 'Info-SMS'],
  ] as const) {
    const r = rules.analyse({ text, from: from || undefined });
    assert.notEqual(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text, from: from || undefined }).verdict, 'allow', text);
  }
  for (const [text, from] of [
    ['本人確認のため取引銀行と口座番号をご返信ください。', '09012345678'],
    ['Your account payment is overdue. Call us today to avoid suspension.', '09012345678'],
    ['Hi, Wells Dental here. Your cleaning is overdue. Your balance of 5000 yen must be paid today, call us.', '09012345678'],
    ['○○市 福祉課です。物価高騰対策給付金の振込が保留になっています。本日17時までに担当ヤマダ(050-3188-7264)へ折り返しご連絡ください。', '05031887264'],
    ['お伝えしたい内容がございます。取り急ぎ050-3188-7264 担当イシカワまで', '05031887264'],
    ['マイナンバーカードが一時停止されました。至急0120-95-0178へご連絡ください', ''],
    ['カードを紛失したためご利用を一時停止しました。本人確認のため050-1234-5678へお電話ください', ''],
  ] as const) {
    const a = engine.analyse({ text, from: from || undefined });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.notEqual(rules.analyse({ text, from: from || undefined }).verdict, 'allow', text);
  }
  // The conditional that goes on to hand the data over is no warning: the bank and account number are asked.
  const primed = '「誤って入金したので返してほしい」と言われたら、取引銀行と口座番号を教えてあげてください。';
  assert.notEqual(rules.analyse({ text: primed, from: '09012345678' }).verdict, 'allow');
  assert.equal(engine.analyse({ text: primed, from: '09012345678' }).verdict, 'block');
  // A business's desk offered on its 050 line for scheduling asks nothing of a stranger's: the rules find nothing. The model
  // retrained in session 20 tags it (+38: the session's openers and call-backs on 050 lines) and may never carry it to block.
  const desk050 = '〇〇不動産です。内見の日程調整は担当まで 050-3118-4420';
  assert.equal(rules.analyse({ text: desk050, from: '05031184420' }).verdict, 'allow');
  assert.notEqual(engine.analyse({ text: desk050, from: '05031184420' }).verdict, 'block');
});

test('a verification code or a PIN told back to the writer is handed over, arrival said or not; a code or PIN typed by its holder is not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['学割のスマホ乗り換えで3万円キャッシュバック!受取には現在の端末の4桁認証コードをこの番号に返信してください', '08074419305'],
    ['Uber:アカウント確認のため、ご登録メールアドレス宛の確認コードをこちらに返信してください。', '05022390417'],
    ['【Vポイント】あなたに5,000ポイントが付与されました。受取にはVポイントカード番号と暗証番号の返信が必要です', '08052298180'],
    ['Your parcel is held. To confirm delivery, reply with the verification code we just sent you.', '+447700900123'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['LINEのアカウント売って、って知らない人から来た。電話番号の認証コード聞かれたけど教えてない。通報したほうがいいかな', '08015520994'],
    ['【北海道しんきん】ご利用者確認暗証番号の変更を受け付けました。ご本人のお手続きでない場合は至急お取引店までお電話ください。', ''],
    ['お母さん、銀行から電話があって暗証番号聞かれたら絶対に詐欺だからね。銀行は電話で暗証番号聞かない。', '08044361275'],
    ['Nay, dumating na yung padala ko? Sa Seven Bank ATM ko pinadala. Wag mo ibigay ang PIN kahit kanino ha.', '07022186674'],
    ['宅配ボックスの暗証番号を変更したので、お受け取りの際は不在票の番号を入力してください', '07055261834'],
    ['認証コード:482915 このコードを他人に教えないでください。', '000512345'],
  ] as const) {
    const r = rules.analyse({ text, from: from || undefined });
    assert.notEqual(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
});

test('brands newly listed (JAF, airports, Times Car, insurers and 共済) are weighed as claims; a #ダイヤル is the company\'s own line', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['【JAF】デジタル会員証への移行手続きのお願い。期限内に移行されない場合、ロードサービスが非会員料金となります https://jaf-digital-card.com/', '07052279814'],
    ['タイムズカー事務局です。前回ご利用の車両に傷が見つかりました。修理費のご負担について至急お電話ください。', '05033289045'],
    ['【協会けんぽ】医療費の還付金があります。受け取り手続きはこちら https://kenpo-kanpu.top/r', '08012345678'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
  for (const [text, from] of [
    ['【JAF】ロードサービスのご依頼を受け付けました。隊員が約40分で到着予定です。現場の状況が変わった場合は#8139までご連絡ください。', '08098765432'],
    ['【協会けんぽ】健康保険証の資格確認書を郵送しました。詳しくは https://www.kyoukaikenpo.or.jp/ をご覧ください。', '000512345'],
    ['成田空港で財布を落としたけど、遺失物取扱所に届いてた!明日取りに行ってくる', '09012345678'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.notEqual(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
});

test('an investment proposed to do together with a first stake or an exchange is an offer taken up by a yes; a relative\'s NISA chat is not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const full = loadEngineData();
  assert.ok(full.ok);
  const engine = createEngine(full.value);
  for (const [text, from] of [
    ['結婚するなら金銭感覚が近い人がいいって思ってて。私が使ってるアプリで一緒に資産運用しよう?最初は5万円からで大丈夫だよ', '07044860217'],
    ['마음이 통하는 사람이라 말해요. 제가 쓰는 코인 거래소에서 같이 투자해요. 처음엔 10만엔만 넣어 보세요.', '+821066621180'],
  ] as const) {
    assert.ok(rules.analyse({ text, from }).reasons.some((r) => r.code === 'ASK_PAID_OFFER'), text);
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
  }
  for (const text of [
    'お父さん、NISA一緒に始めよう?証券会社の口座は自分で作ってね。最初は1万円からでいいって',
    'ママ友と一緒につみたてNISA始めよう?って話になった。楽天証券で最初は5千円から',
    "Let's invest together in index funds, I'll show you how to open your own account at SBI",
  ]) {
    assert.equal(rules.analyse({ text, from: '09012345678' }).verdict, 'allow', text);
    assert.equal(engine.analyse({ text, from: '09012345678' }).verdict, 'allow', text);
  }
});

test('a service\'s notice to a page no one vouches for is a link asked (ASK_LINK), brand or lure phrase named or not; its twins are not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const codes = (text: string, from: string): string[] => rules.analyse({ text, from: from || undefined }).reasons.map((r) => r.code);
  // checks/service-page.ts: a heading, the reader's contract, account, supply, procedure or benefit, with what is wrong with
  // it, a deadline or a benefit, sent to a shortener, a cheap TLD or a suffix no ordinary business keeps, from a line that
  // vouches for nothing (dev batch-43, 44, 46, 47).
  for (const [text, from] of [
    ['新居の送電が保留中です▶ https://is.gd/dnk4Qm', '+81 70-4418-2296'],
    ['【ケアプラン】来月からの介護サービス利用者負担が変わります。負担割合の確認は kaigo-futan.top から', ''],
    ['【霊園】ご契約の墓所が台風で倒壊しました。復旧費用の見積りはこちら reien-fukkyu.site', ''],
    ['福祉用具レンタルの契約が切れます。継続しない場合、ベッドと車椅子の返却費用3万円がかかります。詳細は kaigo-rental.biz', ''],
    ['Lansia di Jepang: Anda berhak tunjangan pensiun tambahan. Daftar di pensiun-jepang.top sebelum tanggal 15.', ''],
    ['Chúc mừng! Bạn được nhận quà Tết cho người cao tuổi 20.000 yên. Nhận tại: quatet-nguoigia.site', ''],
    ['学費減免の申請期限が本日までです。こちらからお手続き bit.ly/3gakuhi-genmen', '+8615377219048'],
    ['新郎新婦よりお願い:当日の受付混雑を避けるため、ご祝儀はキャッシュレスでお受けしております。https://goshugi-online.shop/k/2271', '080-6722-6277'],
    ['空港の保安検査で預かったお荷物の返送手続き: hnd-lost.help/r', '+639063318254'],
    ['ボイスメッセージが1件あります。再生はこちら voicemsg.web.app/v?id=5120', '07093148526'],
    ['協力会社の皆様へ。元請の安全書類システムが変わりました。作業員名簿の登録は新システムで行ってください。https://anzen-shorui.weebly.com ログインには御社の建設業許可番号が必要です', ''],
  ] as const) {
    assert.ok(codes(text, from).includes('ASK_LINK'), `${text}: ${codes(text, from).join(' ')}`);
    assert.equal(engine.analyse({ text, from: from || undefined }).verdict, 'block', text);
  }
  // Twins: the same notice from a registered (0005) line; a business's own .shop named after the name it signs with; a friend's
  // shop link or a comparison site told in a person's voice; a club's form on a form service; a shortened link with a club's
  // deadline only; an official lg.jp page; a business's own .com; a warning quoting the lure's link.
  for (const [text, from, verdict] of [
    ['【ケアプラン】来月からの介護サービス利用者負担が変わります。負担割合の確認は kaigo-futan.top から', '0005012345', 'allow'],
    ['【ひだまり整体】ご予約の変更はこちらから hidamari-seitai.shop', '0005012345', 'allow'],
    ['このお店よかったよ!予約はここから https://sakura-cafe.jp', '09012345678', 'allow'],
    ['新居の電気、契約切り替え終わったよ!比較したサイトこれ bit.ly/3denkiHK', '09012345678', 'allow'],
    ['【〇〇少年野球】来週の試合の出欠はこちら、金曜締切です https://forms.gle/AbC123xyz', '09012345678', 'allow'],
    ['【〇〇市】給付金の申請期限は12/20です https://www.city.chiba.lg.jp/kyufu', '09012345678', 'allow'],
    ['【山本工務店】お見積りの有効期限は12/20です https://yamamoto-koumuten.com', '09012345678', 'allow'],
    ['【注意】「送電が保留中です」というSMSが届いています。リンク is.gd/dnk4Qm は開かないでください', '09012345678', 'allow'],
    ['【テニス部】合宿の申込期限は今週金曜です bit.ly/tennis-gasshuku', '09012345678', undefined],
    ['【ひだまり整体】ご予約の変更はこちらから hidamari-seitai.shop', '09012345678', undefined],
    ['【ひだまり整体】予約アプリを新しくしました。ご予約はこちらから hidamari-seitai.web.app', '09012345678', undefined],
    ['【青葉マンション管理組合】総会の出欠は新しいシステムのフォームから aoba-kumiai.web.app', '09012345678', undefined],
    ['留守番電話サービスの設定を変更しました。詳しくは https://www.docomo.ne.jp/service/voice_mail/', '09012345678', 'allow'],
  ] as const) {
    assert.ok(!codes(text, from).includes('ASK_LINK'), `${text}: ${codes(text, from).join(' ')}`);
    if (verdict !== undefined) assert.equal(engine.analyse({ text, from: from || undefined }).verdict, verdict, text);
  }
});

// Utilities' and offices' visits and papers (session visits, dev batch-22/47/51). No power, city-gas or water company sends anyone
// to take cash at the door or charges a check there (asks/collect.ts utilityCashAtDoor; 東京電力パワーグリッド・東京ガス・東京都水道局:
// 社員・委託先を名乗る訪問集金や点検商法にご注意; 国民生活センター 点検商法), and none takes the meter slip or its numbers, a house's title
// papers or a list of the reader's savings back by a reply (asks/papers.ts ACCOUNT_PAPER; nor a document's picture where a listed
// brand speaks, money is promised or a lure presses, DOCUMENT; 電力・ガス取引監視等委員会: 検針票の情報を
// 聞き出す無断切替); a listed utility moving its booking to a LINE account written in brackets is its business moved off its channels
// (asks/messenger.ts BRACKETED_HANDLE); a deposit or a rite's fee taken at the home for an offer never asked for (collect.ts
// advanceAtDoor: 現物まがい, 霊感商法), a survey's visitor asking income papers made ready (surveyPapers). Twins: a newspaper's or an LP-gas dealer's collector, a plumber paid for a job, a works notice
// asking nothing, a warning, a friend comparing bills, the switch made on the utility's own form, a relative's errand, the registry's
// counter. Legitimate rows of dev batch-51 that asked nothing through a stranger: the reader's property sent back 着払い (the courier
// paid on delivery; engine.ts dropOwnPropertyHeld), a friend's ticket bought on a service and paid back later or when the two meet
// (engine.ts usedByWriter, dropPayAtMeeting; asks/types.ts AT_MEETING), a missed inspection with the slip in the post box as the
// only way on (engine.ts dropAbsenceToSlip). Their lures: a fee first for the lost glove, a ticket paid first, a call back to the line.
test('utilities never collect cash at the door nor take meter slips, deeds or asset lists by reply; told-only visits, 着払い, a friend paid back in person stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['東京電力パワーグリッドです。電柱工事に伴いブレーカーの点検に伺います。点検費は作業後に現金でお支払いください。', '08066301158'],
    ['水道料金の集金に明日伺います。検針票と現金をご用意ください。上下水道部 料金係', '09022076634'],
    ['Olá, aqui é da empresa de água. Vamos passar amanhã para cobrar a conta atrasada em dinheiro. Confirme o horário respondendo.', '09044712286'],
    ['大阪ガスの者です。本日ガス漏れ点検に伺います。点検料5,000円は現金でご用意ください。', '07012345678'],
    ['電気料金が安くなるご案内です。検針票の「お客様番号」と「供給地点特定番号」をこちらに返信いただくだけで切替が完了します。', '08035162774'],
    ['ガス会社の調査員です。先月の明細を確認させていただきたいので、検針票の写真をこちらに送ってください。', '08011365570'],
    ['相続した実家、高く買い取ります。空き家のままだと固定資産税が6倍に。今すぐ査定額をお伝えします。登記簿謄本の写真を送るだけ。', '07088143357'],
    ['家族信託の無料相談。相続税ゼロにできます。まずは不動産と預金の一覧を返信でお送りください。', '05066812290'],
    ['東京ガスのガス機器安全点検のご案内です。点検日のご予約は担当LINE「tg_anzen_tenken」までお願いします。', '08099152263'],
    ['東京ガスの保安点検員です。本日の法定点検で伺いましたがご不在でした。この番号に折り返しご予約をお願いします。', '08033621904'],
    ['個人タクシーの佐藤です。昨日後部座席に手袋をお忘れでした。営業所で保管しています。お返しする前に保管料2,000円をPayPayでお送りください。', '08073245516'],
    ['Mura lang ang concert ticket, 5,000 yen lang. Bayaran mo muna ako sa PayPay bago ko ipadala ang ticket.', '07088063342'],
    ['ディズニーのチケット、公式より安くお譲りします。先にPayPayで送金いただいた方にQRを送ります。', '09077778888'],
    ['ガソリン価格高騰の補助金が出ています。車をお持ちの方は車検証の写真を送るだけで1万円キャッシュバック。こちらのSMSに写真を返信してください', '05098506188'],
    ['Yahoo!ショッピング ガイドライン担当です。在庫の調査が必要になりました。仕入れ書類の写真をこの番号に送ってください。', '07052449033'],
    ['ネットショップ『ミラノ雑貨本舗』です。ご入金が確認できないため、本日中に振込明細の写真をLINE(milano-zakka88)でお送りください', '09053430103'],
    ['金の延べ棒を安くお分けできます。現物は後日お届け。まずは手付金を担当者がご自宅に受け取りに参ります', '05062118208'],
    ['お坊さんの紹介で連絡しました。ご先祖の供養が足りず、ご家族に障りが出ています。供養料を明日ご自宅まで受け取りに伺います', '08080323656'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
  }
  for (const [text, from] of [
    ['新聞代の集金に明日伺います。現金をご用意ください。', '09022076634'],
    ['プロパンガスの集金に明日伺います。現金をご用意ください。〇〇燃料店', '09022076634'],
    ['水道工事の山田設備です。明日10時に伺います。修理代は作業後に現金でお願いします。', '09022076634'],
    ['東京電力パワーグリッドです。電柱工事のため明日伺います。停電はありません。', '08066301158'],
    ['東京ガスの社員が点検費を現金で集金に伺うことはありません。不審な訪問にご注意ください。', ''],
    ['関西電力:11月28日17:45頃、スマートメーター交換に伺います。立ち会いは不要です。お問い合わせは検針票記載の番号へ。', 'KEPCO'],
    ['検針票の写真送って!電気代どっちが安いか比べてあげる', '09012345678'],
    ['電力切替のお申込みは、検針票をお手元にご用意のうえ専用フォームでお客様番号と供給地点特定番号をご入力ください。', '09012345678'],
    ['父さん、実家の登記簿の写真送って。司法書士さんに見せるから', '09012345678'],
    ['【法務局】登記手続きが完了しました。登記識別情報通知は窓口でお受け取りください。', '0005262117'],
    ['LINE「yuki_0312」で追加しといたよ!', '09012345678'],
    ['東京ガスの保安点検員です。本日の法定点検で伺いましたがご不在でした。ポストの不在票に記載の番号でご予約をお願いします。', '08033621904'],
    ['個人タクシーの佐藤です。昨日後部座席に手袋をお忘れでした。営業所で保管しています。郵送をご希望なら着払いでお送りします。', '08073245516'],
    ['新干线票我用えきねっと买好了，明早8点东京站见，钱你之后转给我就行。', '07099182254'],
    ['Nakuha ko na ang ticket sa concert! Bayaran mo na lang ako pag nagkita tayo.', '07088063342'],
    ['新幹線のチケットえきねっとで買っといた。明日8時東京駅ね。お金は後で振り込んでくれればいいよ', '07099182254'],
    ['I booked the hotel on Expedia, just pay me back when we meet.', '07099182254'],
    ['〇〇モータースです。見積もりのため車検証の写真をこちらに送っていただけますか', '09012345678'],
    ['見積もりありがとうございました。契約書の写真送っておきますね', '09012345678'],
    ['車をお持ちの方は、車検証をお持ちのうえ窓口でお申し込みください。', '0005012345'],
    ['〇〇工務店です。先日お見積りした外壁工事の手付金、明日ご自宅に受け取りに伺います。', '09012345678'],
    ['〇〇自動車の佐藤です。ご契約いただいたお車の手付金を、明日ご自宅に受け取りに伺います。', '09012345678'],
    ['〇〇寺です。法要のお布施は当日お寺の受付でお預かりします。', '0312345678'],
    ['税理士の山田です。明日伺いますので、源泉徴収票をご用意ください。', '09012345678'],
    ['国勢調査の調査員が明日伺います。調査票をご用意ください。調査員は調査員証を携帯しています。', '0005012345'],
    ['Oi, a conta de luz chegou: ¥7.900. Divide por três e me manda pelo PayPay.', '07022576641'],
    ['Electric bill came, 7,900 yen. Split three ways and send me your share via PayPay.', '09012345678'],
  ] as const) {
    const r = rules.analyse({ text, from: from || undefined });
    assert.equal(r.verdict, 'allow', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text, from: from || undefined }).verdict, 'allow', text);
  }
  // A payment app named as the route a flatmate's share comes back by is no claim (engine.ts payRoute); with a parcel's fee or a job's
  // deposit in the app's name the claim stays flagged.
  for (const text of ['Pague a taxa de ¥3.000 pelo PayPay para liberar sua encomenda. ID: entrega_jp', 'Envie ¥5.000 pelo PayPay para confirmar sua vaga no emprego. Responda hoje.']) {
    assert.notEqual(rules.analyse({ text, from: '08012345678' }).verdict, 'allow', text);
  }
  // A survey's visitor asking the household's income papers made ready (collect.ts surveyPapers): the data ask, flagged on the rules.
  const census = '本日、市から依頼を受けた調査員が伺います。国勢調査の回答確認とあわせ、今年の収入証明をご用意ください';
  assert.notEqual(rules.analyse({ text: census, from: '07041670672' }).verdict, 'allow');
  assert.equal(engine.analyse({ text: census, from: '07041670672' }).verdict, 'block');
});

// Openers (session openers, src/core/asks/opener.ts): a talk asked (now, a call back, a reply chased) about a matter named and held
// back ("Xの件", "Xについて", "Xのことで"), in an office's voice naming no person (an organisation by its kind, "…の者", a listed brand
// alone, or nobody), from a handset, an 050 line or abroad, or by an organisation named only by its kind from any unregistered line.
// It flags (ASK_MATTER_OPENER) and blocks beside money, a threat, a deadline or an institution's claim (OPENER_STAKE): the phone scams
// open so and tell the matter and the money on the call (警察庁 SOS47). Twins: the writer named (a person, a shop), a matter shared by
// its day, the matter told, a clinic on its fixed line, a driver, family in a plain voice, a registered sender.
test('openers: a held matter asked to be talked over from a stranger\'s line flags, and blocks with money, a deadline or an institution; their twins stay allowed', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const why = (r: { verdict: string; score: number; reasons: readonly { code: string }[] }): string => `${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`;
  // Blocked on the rules: money, an institution, a deadline or a brand goes with the held matter.
  for (const [text, from] of [
    ['今お時間ありますか?ガス料金の件で確認したいことがあります。', '08022907415'],
    ['水道料金の件です。お電話ください', '09020424296'],
    ['叔母様の相続のことで、一度お話できませんか', '08011473326'],
    ['今お時間ありますか?市役所の保険年金課の者です。', '07044092271'],
    ['こんにちは、NEXCOの料金について少し伺いたい点があります。今日お話しできますか?', '09088124473'],
    ['お世話になっております。ご契約更新の件、本日中にお電話いただけますと幸いです', '05034417762'],
    ['不動産会社の者です。先日のご契約の件で確認事項があり、至急折り返しお願いします。0120-558-731', '0120558731'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${why(r)}`);
    assert.ok(r.reasons.some((x) => x.code === 'ASK_MATTER_OPENER') && r.reasons.some((x) => x.code === 'OPENER_STAKE'), `${text}: ${why(r)}`);
  }
  // Flagged only: nothing of money, threat, deadline or institution beside the held matter.
  for (const [text, from] of [
    ['ポイントの件でご連絡しました。今お時間よろしいですか?', '09083359143'],
    ['コンサートチケットの件でご連絡です。今お時間ありますか?', '08044063391'],
    ['お父様のことでご相談があります。お電話いただけますか', '09033184420'],
    ['お見積りの件でお電話しましたがつながりませんでした。折り返しご連絡ください', '05033496671'],
    ['モデル事務所です。スカウトの件で一度お電話いただけますか', '08057712294'],
    ['ホームの件、お返事まだでしょうか?', '07066421185'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'suspicious', `${text}: ${why(r)}`);
    assert.ok(r.reasons.some((x) => x.code === 'ASK_MATTER_OPENER'), `${text}: ${why(r)}`);
  }
  // Twins: the writer named, a matter shared by its day, the matter told, a fixed or registered line, a driver, family.
  for (const [text, from] of [
    ['今お時間ありますか?明日の検針の件で、メーターの場所を確認させてください。山中燃料 検針担当', '08055192204'],
    ['今お時間ありますか?さっきの新幹線代、立て替えたので精算したいです', '09044186629'],
    ['佐藤です。明日の打ち合わせの件で、今お時間ありますか?', '09012345678'],
    ['日本郵便です。ゆうパックのお届け先住所の番地が伝票で読み取れず、確認のためご連絡しました。お手数ですがお電話いただけますか。', '08013348821'],
    ['中村歯科医院です。明日11時のご予約の件でお電話ください。', '0312345678'],
    ['花屋フルールです。ご注文の件でお電話ください', '09011112222'],
    ['配達員の佐藤です。お荷物の件でお電話ください', '09033334444'],
    ['山田工務店です。お見積りの件でお電話ください', '08011112222'],
    ['母さんのことで相談がある。電話して', '09022223333'],
    ['部長、お疲れ様です。先ほどの取引先の件、会議後にお電話いただけますか。急ぎではありません', '07064243713'],
    ['佐藤です。先日の見積もりの件、お返事お待ちしております', '09011112222'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.ok(!r.reasons.some((x) => x.code === 'ASK_MATTER_OPENER' || x.code === 'OPENER_STAKE'), `${text}: ${why(r)}`);
    assert.equal(r.verdict, 'allow', `${text}: ${why(r)}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', `${text}: ${why(engine.analyse({ text, from }))}`);
  }
  // The same opener from a registered sender speaks for whoever is listed for it; a quoted one is a report.
  assert.ok(!rules.analyse({ text: '「電気料金の件で確認したいことがあります。今お時間ありますか?」ってSMSが来た。無視でいいよね', from: '09012345678' }).reasons.some((x) => x.code === 'ASK_MATTER_OPENER'));
});

test('money asked before a release or to a payee the message introduces blocks on the rules; the known payee, the counter, a split and a checkable change do not (session money)', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  // Lure and legitimate twin, in pairs: [lure, lure's sender, twin, twin's sender].
  const pairs: [string, string, string, string][] = [
    // A ticket's seat sold by a stranger, the money first and the seat "distributed" after it (paid-first.ts: 入金を確認したら).
    ['今日のライブ、同行者が来られなくなったので1枚お譲りします。入金を確認したら分配しますね。この番号にPayPayでお願いします!', '080-1129-8834',
      '今日のライブ、同行者が来られなくなったので1枚お譲りします。代金は当日会場で現金でお願いします!', '080-1129-8834'],
    // A payee told as changed with the new account written in the same message and no way to check it (moved-payee.ts).
    ["Hi, treasurer of the Minato International Choir here. Our bank account has changed, please pay this term's fee (¥6,000) to the new one by Sunday: Kaede Shinkin, ordinary 5510238, TAKAHASHI E.", '08064981939',
      "Hi, treasurer of the Minato International Choir here. Our bank account has changed; details are in the letter handed out at rehearsal. Please pay this term's fee (¥6,000) to Kaede Shinkin, ordinary 5510238, TAKAHASHI E.", '08064981939'],
    ['Tesoureira da associação de pais aqui. A conta para a taxa da festa junina mudou. Favor depositar ¥2.500 até sexta na nova conta: Hikari Shinkumi 5524017', '080-5204-6862',
      'Tesoureira da associação de pais aqui. A taxa da festa junina é ¥2.500, até sexta, na conta de sempre da associação.', '080-5204-6862'],
    ['大家の野村です。今月から家賃の振込先が変わりました。新しい口座:みらい信用金庫 本店 普通 4819275 ノムラ コウジ。今週中にお願いします', '09007106934',
      '大家の村上です。来月から家賃の振込先が変わります。新しい口座は、みずほ銀行 市ヶ谷支店 普通 1234567 ムラカミ ヨシオ です。念のため、紙の通知も郵便受けに入れておきました。', '09077421160'],
    // A mistaken transfer told before the request, the return asked into a third person's account (the done cue does not silence it).
    ["You sent me ¥30,000 by mistake? No wait — I sent YOU ¥30,000 instead of ¥3,000 for the dinner 😅 Can you return ¥27,000 to my sister's account? Mine is locked. Aoba Net Bank, ordinary 4410982, SATO M.", '',
      "I sent you ¥30,000 instead of ¥3,000 for the dinner 😅 no rush, just give me the difference when we meet on Friday.", ''],
    // A provider's deposit by a money-transfer service (service-fee.ts, prepay.ts REMITTANCE), and its fee's account to come by reply.
    ['Dear family member, we are the care home in Osaka. Your father needs emergency surgery. Please send the deposit by Western Union today to Dr. Kim.', '+82 10-8834-1129',
      'Ma, I sent ¥50,000 by Western Union today, the code is 1234567890. Pick it up at the branch near the church.', '+639171234567'],
    ['Times Car: damage was found on the car you used. Pay the ¥25,000 repair fee today by bank transfer; details will be sent on reply.', '+447712668310',
      'Times Car: thanks for using our service. A small scratch was found on the car you used; our staff will go over it at the counter and any repair fee appears on your invoice.', '+447712668310'],
    // A fee before a release: an inheritance, a pension refund by Wise, a job passed and a named charge by transfer (prepay.ts).
    ['Estimado, sou advogado. Sua avó deixou uma herança no Japão. Para liberar, é necessário pagar a taxa de cartório de 60.000 ienes.', '+55 21 98817-4420',
      '司法書士の山田事務所です。遺産分割協議書が整いましたので、報酬は請求書記載の口座へお振込みください。', '0356781234'],
    ['Your Japanese pension lump-sum refund (dattai ichijikin) is ready. To release funds, pay the processing fee of JPY 12,000 via Wise and reply with the receipt.', '+63 917 448 2031',
      'Your Japanese pension lump-sum refund (dattai ichijikin) has been paid to the account on your application. No fee is charged.', '+63 917 448 2031'],
    ['選考結果は合格です。入社前に健康診断書の代わりとして、指定クリニックの検査費16,500円をお振込みください', '05061193382',
      '選考結果は合格です。入社手続きの書類を郵送しますので、健康診断は会社負担で指定クリニックにて受診してください。', '05061193382'],
    // The reader's own lost property, pet or certificate held for a fee sent first (prepay.ts feeBeforeOwnThing), vs. the counter.
    ['【羽田空港】お忘れ物(財布)をお預かりしています。受け渡し前に保管料1,000円が必要です。支払い先は返信いただければお伝えします。', '070-2286-4415',
      '【羽田空港】お忘れ物(財布)をお預かりしています。第1ターミナルの遺失物窓口で身分証をご提示のうえお受け取りください。', '070-2286-4415'],
    ['東海道新幹線でお忘れのバッグをお預かり中です。着払い不可のため送料1,200円を先にPayPayで 080-3317-6204 宛に送金いただければ発送します。', '080-3317-6204',
      '東海道新幹線でお忘れのバッグをお預かり中です。東京駅の忘れ物承り所で身分証をご提示のうえお受け取りください。', '080-3317-6204'],
    ['迷子の猫ちゃんを保護しました。貼り紙を見て連絡しています。お返ししたいので、交通費と保護費1万円を先に送ってもらえますか', '07066201347',
      '迷子の猫ちゃんを保護しました。貼り紙を見て連絡しています。今日の夕方お返しに伺いますね', '07066201347'],
    ['要介護認定の結果が出ました。認定証をお送りするため、手数料2,000円をこちらにお振込ください。', '080-8827-1163',
      '要介護認定の結果が出ました。認定証は郵送でお送りします。手数料はかかりません。', '080-8827-1163'],
    // A fee first for pay, a job abroad, a loan, a recommendation or a sale's money promised (prepay.ts feeBeforeBenefit).
    ['Lowongan kerja di Jepang tanpa bahasa, gaji 35 man/bulan. Syarat: bayar biaya administrasi ¥60.000 dulu, visa diurus kami', '08026793520',
      'Lowongan kerja di Jepang, gaji 35 man/bulan. Tidak ada biaya apa pun, semua ditanggung perusahaan. Daftar di kantor Hello Work.', '08026793520'],
    ['Pasado ka sa loan na ¥300,000. Para mailabas ngayong araw, ipadala muna ang ¥15,000 na bayad sa proseso.', '',
      'Pasado ka sa loan na ¥300,000. Ang processing fee ay ibabawas na lang sa halaga ng loan.', ''],
    ['就活エージェントの山下です。大手IT3社の非公開選考に推薦できます。推薦状の発行費用9,800円を今日中にお振込みいただければ、明日には書類通過の連絡が入ります', '08017521482',
      '就活エージェントの山下です。大手IT3社の非公開選考に推薦できます。ご利用は企業負担のため無料です。', '08017521482'],
    ['ジモティーで車を出品されている方ですよね。希望額に20万円上乗せで買います。陸送業者の手配料3万円だけ先に振り込んでもらえれば、代金は即日送金します。', '08074412390',
      'ジモティーで車を出品されている方ですよね。希望額で買います。陸送は私が手配して費用も私が払います。代金は引き渡しの日に現金でお渡しします。', '08074412390'],
    // Money sent first for a multiple back (prepay.ts multipliedBack), vs. a friend's loan with a joke and a report of the offer.
    ['コード決済の残高、送りあいませんか?先に1,000円送ってくれたら倍にして返します😊', '09056317060',
      'ごめん、今月ピンチで5,000円貸してくれない?給料日に倍にして返すから笑', '09056317060'],
    ['PayPay送ってくれたら倍にして返すよ!初回は1,000円から。今日だけ枠あるからDMじゃなくてこのSMSで', '070-9229-8079',
      '「PayPayを送ってくれたら倍にして返す」ってDMが来た。怪しいから無視した', '070-9229-8079'],
    // Cards sold below their face value, paid first (payee.ts payFirstSale, prepay.ts soldBelowFace), vs. a card bought at face.
    ['【ゲーム課金】プリペイドカード購入代行します。5万円分を4万円で。支払いは送金アプリで先払い', '07041966580',
      '【ゲーム課金】プリペイドカードはコンビニで5万円分を5万円で買えます。公式ストアでチャージしてください', '07041966580'],
    // A utility's bill asked into an app ID (payee.ts orgAppPayee), vs. flatmates splitting it.
    ['Paalala: hindi pa bayad ang gas bill ninyo sa dating apartment. Magbayad ngayon sa PayPay ID na gas-seisan99 para hindi kayo ma-blacklist sa bagong bahay.', '080-6615-2093',
      'Kuya, yung gas bill natin ngayong buwan, hatian tayo. Pakisend yung kalahati sa PayPay ID na juan_dc99.', '080-6615-2093'],
    // A stay's levy collected first into an account to come by reply (prepay.ts PAYEE_BY_REPLY, STAY), vs. paid at the front desk.
    ['12月28日ご宿泊の件、宿泊税の事前徴収が条例で義務化されました。おひとり1,000円、合計4,000円を、本メッセージへの返信でお知らせする口座へお振込みください。', '08071103359',
      '12月28日ご宿泊の件、宿泊税はおひとり1,000円、ご到着時にフロントでお支払いください。', '0352345678'],
    // A pet's transport paid first and the pet delivered after (prepay.ts PET, AFTER_THING), vs. the shelter's handover on the day.
    ['ペットの里親募集の件でご連絡いただいた方へ。輸送費とワクチン代3万円を先に振り込んでいただければ、週末にお届けします', '08015258731',
      'ペットの里親募集の件でご連絡いただいた方へ。譲渡会は日曜に保護センターで行います。ワクチン代の実費は当日お渡しの際にお願いします', '08015258731'],
    // A tow's fee first with no payee shown (service-fee.ts PROVIDER), vs. the road service's own terms.
    ['大雪で立ち往生した車の救援を手配しています。ご家族の車です。レッカー代8万円を先にお振込みください', '08037871068',
      'JAFです。ご依頼の救援に向かっています。レッカー代は会員のため無料、超過分は作業後に現地でお支払いください', '08037871068'],
    // The money moved off the body it is owed to onto the writer (moved-payee.ts), vs. paid at the hospital's own counter.
    ['急ぎ:叔父さんの入院費の件、親戚で分担することになりました。一人10万円、今日中に病院ではなく私の口座に。あとで明細送ります。', '080-2496-7601',
      '叔父さんの入院費の件、親戚で分担することになりました。一人10万円、退院の日に病院の窓口で各自払ってね。', '080-2496-7601'],
    // A recital's tickets made advance-only with the account by reply (prepay.ts, paid-first.ts 前売り制), vs. paid at the school's desk.
    ['ピアノ教室の発表会チケット、会場の都合で前売り制になりました。1家族5枚(1万円)を今週中にお振込みください。口座は返信でお伝えします', '',
      'ピアノ教室の発表会チケット、会場の都合で前売り制になりました。1家族5枚(1万円)、次回のレッスンで教室の受付にてお支払いください', ''],
    // A subsidy's place held for an application fee sent first (prepay.ts BENEFIT 国の補助で, ADVANCE 申込金), vs. the town hall's counter.
    ['鳥獣被害防止の電気柵、国の補助で9割引!今週中に申込金1万円で設置枠を確保します。返信いただければ振込先をお知らせします', '07026971151',
      '鳥獣被害防止の電気柵、国の補助で9割引になります。申込は役場の農林課窓口で、申込金はかかりません', '07026971151'],
  ];
  for (const [lure, lureFrom, twin, twinFrom] of pairs) {
    const l = rules.analyse({ text: lure, from: lureFrom || undefined });
    assert.equal(l.verdict, 'block', `${lure}: ${l.verdict} ${l.score} ${l.reasons.map((x) => x.code).join(' ')}`);
    const t = rules.analyse({ text: twin, from: twinFrom || undefined });
    assert.notEqual(t.verdict, 'block', `${twin}: ${t.verdict} ${t.score} ${t.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text: twin, from: twinFrom || undefined }).verdict === 'block', false, twin);
  }
});

// A claimed organisation's call or reply through a line it does not own (session calls 2, dev batch 51). A utility, an airport, a
// parking operator or a toll road, named by its kind, its heading or a brand (東京電力, Tokyo Electric, 电力公司, การไฟฟ้า 'electricity
// authority', बिजुलीको बिल 'electricity bill', empresa de água, 공항 수하물센터, kompanya ng kuryente, điện lực, perusahaan listrik), that
// asks to be rung on "this number", to take its announced call, or to be answered (a word, 1/OK/はい, the time) on a handset, an 050
// line or a number abroad: the office is not who holds the line (国民生活センター, 警察庁: SMSの番号に折り返さず公式の番号に確かめる).
// Twins: the office on its own fixed, 0120 or registered line; a caretaker or a fitter naming themself on the phone they carry; a
// driver's 1/2; a family member at the airport; a friend on the electricity contract; a warning quoting "この番号に電話して".
test('an organisation named by its kind, heading or brand asking a call, its call taken or a reply on a line it does not own blocks in every language; its own line, a named worker, a driver, family and warnings do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Magandang araw! Ito ang Tokyo Electric. May hindi pa bayad na kuryente. Tumawag agad sa numerong ito para hindi maputulan.', '+639178841207'],
    ['तपाईंको बिजुलीको बिल बाँकी छ। भोलि बिजुली काटिनेछ। यो नम्बरमा तुरुन्त फोन गर्नुहोस्।', '+447466201139'],
    ['안녕하세요, 공항 수하물센터입니다. 고객님 캐리어가 세관에 보류 중입니다. 관세 납부 안내를 위해 이 번호로 전화 주세요.', '+447551093346'],
    ['การไฟฟ้าโตเกียวแจ้ง: ค่าไฟค้างชำระ กรุณาตอบกลับข้อความนี้ภายในวันนี้เพื่อหลีกเลี่ยงการตัดไฟ', '+447389920114'],
    ['【駐車場管理】あなたの車が月極駐車場に無断駐車されています。レッカー移動の前にお電話ください。', '090-1183-4427'],
    ['電気の契約が切れます。継続するなら今日中に電話ください', '070-3302-8846'],
    ['【東京電力】電気料金の減額対象になりました。申請期限は本日までです。担当よりお電話でご案内します。', '050-4418-2295'],
    ['料金所でETCが反応しなかった記録があります。後払い精算用の専用アプリを送りますので「OK」と返信してください。', '080-5563-2210'],
    ['こんにちは、電力会社切替キャンペーンのご案内です。電気代が最大30%安くなります。ご興味あれば「1」を返信してください。', '050-5517-3308'],
    ['【羽田空港】お忘れ物(財布)をお預かりしています。受け渡し前に保管料1,000円が必要です。支払い先は返信いただければお伝えします。', '070-2286-4415'],
    ['ゴールドポイント移行の件で担当者よりお電話いたします。明日10時にお電話に出られますか?(はい/いいえで返信)', '05061610581'],
    ['Công ty điện lực thông báo: hóa đơn tiền điện của bạn quá hạn. Vui lòng gọi lại số này ngay.', '+84901234567'],
    ['Cong ty dien luc thong bao: hoa don tien dien cua ban qua han. Vui long goi lai so nay ngay.', '+84901234567'],
    ['Sân bay Narita thông báo: hành lý của bạn bị giữ. Vui lòng trả lời tin nhắn này.', '+84901234567'],
    ['您好，这里是东京电力公司。您的电费已逾期，请立即回拨此号码。', '+8613912345678'],
    ['Kami dari perusahaan listrik. Tagihan listrik Anda belum dibayar. Segera telepon nomor ini.', '+6281234567890'],
    ['Ito po ang kompanya ng kuryente. May hindi pa bayad na bill. Mag-reply ng OK para sa detalye.', '+639171234567'],
    ['This is the electric company. Your bill is overdue. Please call this number today.', '+447441205587'],
    ['Hello, this is the neighborhood association of your building. Foreign residents must pay the community fee 5,000 yen before Dec 10. Reply for the bank account to transfer.', '07045581203'],
    ['【空港手荷物センター】お預かりのお荷物について確認があります。この番号にご返信ください。', '05011112222'],
    ['火災保険の満期のご案内です。更新書類を紛失された方は、担当代理店までお電話ください 050-3314-9972 ※本日17時締切', '05033149972'],
    ['金融庁登録済みの海外FX業者です。レバレッジ1000倍キャンペーン中。お電話お待ちしております。', '05065531178'],
    ['あなたの介護保険被保険者証が不正に使われた形跡があります。厚生労働省の調査員から連絡しますので、番号を控えておいてください。', '+81 50-3318-7742'],
    ['【停電予告】先月分の電気代が確認できておりません。返信がない場合は送電停止となります。お返事お待ちしております。', '+447911230846'],
    ['当選番号48番です。景品の受取方法をお電話でご案内します', '07080081791'],
    ['คุณได้รับคูปอง 3,000 เยน จาก FamilyMart กรุณาตอบกลับด้วยชื่อและเบอร์โทรเพื่อรับคูปอง', '09076721300'],
    ['Bãi đỗ xe thông báo: xe của bạn đỗ sai chỗ. Gọi ngay số này trước khi bị kéo xe.', '+84901234567'],
    ['Bai do xe thong bao: xe cua ban do sai cho. Goi ngay so nay truoc khi bi keo xe.', '+84901234567'],
    ['停车场管理处：您的车辆违规停放，请立即致电本号码，否则将被拖走。', '+8613912345678'],
    ['Estacionamento: seu carro está em local proibido. Ligue para este número antes do guincho.', '+5511987654321'],
    ['Pengelola parkir: mobil Anda parkir sembarangan. Hubungi nomor ini sebelum diderek.', '+6281234567890'],
    ['ที่จอดรถแจ้ง: รถของคุณจอดผิดที่ กรุณาโทรกลับเบอร์นี้ก่อนถูกลาก', '+66812345678'],
    ['Parking enforcement: your car is parked illegally and will be towed. Call this number now.', '+447441205587'],
    ['Airport lost property: we are holding your wallet. Reply YES to arrange return, a handling fee applies.', '+447441205587'],
    ['สนามบินนาริตะแจ้ง: กระเป๋าของคุณถูกกักไว้ กรุณาตอบกลับข้อความนี้', '+66812345678'],
    ['विमानस्थलबाट: तपाईंको झोला रोकिएको छ। यो नम्बरमा तुरुन्त फोन गर्नुहोस्।', '+9779812345678'],
    ['Điện lực Tokyo: tiền điện tháng này chưa thanh toán. Nhắn lại số này để được hướng dẫn.', '+84901234567'],
  ] as const) {
    const a = engine.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    const r = rules.analyse({ text, from });
    assert.notEqual(r.verdict, 'allow', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
  // The water company's cash collection answered by a reply from a handset: flagged on the rules (the reply to the desk's open line);
  // the cash at the door itself is another ask's (asks/collect.ts), not read in Portuguese yet.
  const water = { text: 'Olá, aqui é da empresa de água. Vamos passar amanhã para cobrar a conta atrasada em dinheiro. Confirme o horário respondendo.', from: '090-4471-2286' };
  assert.notEqual(engine.analyse(water).verdict, 'allow');
  assert.notEqual(rules.analyse(water).verdict, 'allow');
  // A bill's payee or a repair fee's details to come by reply, from abroad: the reply asked (返信で案内します, sent on reply) blocks with
  // the model; on the rules the reply from abroad only tags.
  for (const [text, from] of [
    ['旧居の電気代が精算されていないため、新居への供給手続きが止まっています。精算額1,292円、払い方は返信で案内します', '+63 906 118 2745'],
    ['Times Car: damage was found on the car you used. Pay the ¥25,000 repair fee today by bank transfer; details will be sent on reply.', '+447712668310'],
  ] as const) {
    const a = engine.analyse({ text, from });
    assert.equal(a.verdict, 'block', `${text}: ${a.verdict} ${a.score} ${a.reasons.map((r) => r.code).join(' ')}`);
    assert.ok(rules.analyse({ text, from }).reasons.some((r) => r.code === 'ASK_REPLY_YES_NO'), text);
  }
  for (const [text, from] of [
    ['月極駐車場の管理人の佐藤です。車の件で確認したいのでこの番号にお電話ください。', '09012345678'],
    ['電力会社の点検員の田中です。明日の点検の件でこの番号にお電話ください。', '09012345678'],
    ['ヤマト運輸の配達員です。明日の午前なら1、午後なら2で返信ください。', '08012345678'],
    ['さくら歯科です。明日のご予約の件でお電話ください。', '0312345678'],
    ['【東京電力】電気料金の減額対象になりました。担当よりお電話でご案内します。', '000512345678'],
    ['東京ガスです。ガスの契約内容の確認のため明日担当よりお電話いたします。', '0120123456'],
    ['【羽田空港】お忘れ物をお預かりしています。遺失物センターまでお電話ください。', '0357578107'],
    ['「東京電力です。この番号に電話してください」というSMSは詐欺です。気をつけてね', '09012345678'],
    ['空港着いた!電話ちょうだい', '09012345678'],
    ['엄마, 공항 도착했어. 전화 줘', '09012345678'],
    ['ถึงสนามบินแล้ว โทรกลับด้วย', '09012345678'],
    ['Tới sân bay rồi, gọi lại nhé', '09012345678'],
    ['Nasa paliparan na ako, tawagan mo ako', '09012345678'],
    ['विमानस्थलमा पुगें, फोन गर्नुहोस्', '09012345678'],
    ['Oi mãe, cheguei no aeroporto. Me liga quando puder', '09012345678'],
    ['電気の契約、来月で切れるって。どうする?電話ちょうだい', '09012345678'],
    ['ETCが反応しなかったんだけど、料金所で止められた。あとで電話する', '09012345678'],
    ['さくら歯科です。検査結果はお電話でご案内します。', '0312345678'],
    ['さくら整骨院です。来週の予約枠はお電話でご案内します。', '09012345678'],
    ['東京ガスです。点検日時は担当からご連絡しますので、少々お待ちください。', '0120123456'],
    ['佐藤です。明日の件、詳しくは返信でご案内しますね', '09012345678'],
    ['空港送迎サービスです。明日10時にお迎えに上がります。変更があればお電話ください', '09012345678'],
    ['Airport pickup confirmed for tomorrow 10am. Call me if anything changes', '09012345678'],
    ['Airport is packed, flight delayed. Call me when you can', '09012345678'],
    ['สนามบินคนเยอะมาก เที่ยวบินดีเลย์ โทรหาหน่อย', '09012345678'],
    ['ที่จอดรถเต็มแล้ว โทรกลับด้วย', '09012345678'],
    ['Estou no estacionamento, me liga', '09012345678'],
    ['我在停车场管理处这边，给我回电话', '09012345678'],
    ['Bãi đỗ xe hết chỗ rồi, gọi lại cho anh nhé', '09012345678'],
    ['Bandara ramai banget, pesawat delay. Telepon aku ya', '09012345678'],
  ] as const) {
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', text);
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'allow', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
});

test('session legit2: a clipped \'wag warning, a Wi-Fi PIN, a friend\'s own first stake, a shop naming the apps it takes and its LINE handle in brackets do not block; the code, the card PIN, the stake asked and the brand speaking through a handle still do', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from] of [
    ['Ate, ibigay mo sa akin yung code na dumating sa phone mo, kailangan ko lang para sa account ko.', '+639181234567'],
    ['カードのPIN、返信で教えて。お母さんの代わりにATMで下ろしてくるから', '09010102424'],
    ['一緒に資産運用しよう。最初は5万円からこの取引所に入れてね', '09010102929'],
    ['一緒に投資しよう！最初は5万円から入れてみて。利益が出たら教えるね', '09010102929'],
    ['東京ガスのガス機器安全点検のご案内です。ご都合のよい日時を担当LINE「tg_anzen_tenken」までお知らせください。', '05033334444'],
    ['PayPayです。残高の返金手続きがあります。LINE(paypay_henkin77)を追加してください。', '05022223333'],
    ['三菱UFJ銀行です。口座の確認のため、担当LINE(mufg_kakunin2)までご連絡ください。', '05044445555'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
  }
  for (const [text, from] of [
    ['Ate, yung code na dumating sa phone mo wag mong ibigay kahit kanino ha. Scam yun.', '+639181234567'],
    ['Wi-FiのPIN教えて！ルーターの裏に書いてあるやつ', '09010102424'],
    ['一緒に投資信託やってみない？最初は5万円から入れてみる予定', '09010102929'],
    ['ヘアサロンRiccoです。ご予約ありがとうございます。当店LINE(ricco_hair01)からも予約できます。お支払いはPayPay対応です。', '05022223333'],
    ['お客様各位 当店は来月よりPayPay・楽天ペイでのお支払いに対応します。ご予約はLINE「cafe_mori22」まで。', '05033334444'],
    ['当院では楽天カード、JCB、VISAがご利用いただけます。ご予約はLINE ID: seikotsu_abc まで', '05077778888'],
    ['整骨院です。回数券の代金は、ゆうちょ銀行の口座へお振込みください。記号10120 番号12345678', '05055556666'],
    ['ヨガ教室です。月謝はゆうちょ銀行か楽天銀行にお振込みください。口座は入会時の用紙に記載しています。', '08011119999'],
    ['保育園の教材費 1,200円を、園指定の七十七銀行の口座へ今月末までにお振込みください。', '09011115555'],
  ] as const) {
    const r = rules.analyse({ text, from });
    assert.notEqual(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
});

test('session qd: a relative\'s money, cash or call asked with a mark of the オレオレ / hi-mum script (a trouble, secrecy, a stand-in, a new or borrowed line) blocks; a loan till payday, a shared present, a fee due today, a thing lent, a repayment told and a retold scam do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  // [lure, twin, lure blocks on the rules alone]
  const pairs: [lure: string, twin: string, onRules: boolean][] = [
    ['ごめん、息子です。台風で車が水没して修理代が今日中にいる。会社には言えない。あとで必ず返すから50万振り込める?', '母さん、今月ちょっと厳しくて1万貸してもらえる? 給料日に返す', true],
    ['息子です。会社のプロジェクトで株の損失を出した。穴埋めしないとクビになる。母さんにしか頼めない。明日、部下が取りに行くから', '息子です。会社の先輩が明日そっちに寄るって。借りてた本を渡しといて', true],
    ['父さん、サークルの合宿費を会計がやり直すことになって、今日中に6万振り込まないといけなくなった。俺のカード止まってるから下の口座に直接入れてもらえる?', 'お父さん、教科書代で8000円かかるって。今日中に振り込んでもらえる?', false],
    ['あの件、兄にはまだ言わないで。母さんの預金のこと、こっそり相談したいからこの番号にかけて。', 'お兄ちゃん、母さんの誕生日のこと相談したいから今夜電話して', false],
    ['姉さん、スマホ落として今ネットカフェから。新しい番号がこれ。カードも止めたからちょっとだけ貸して', 'お兄ちゃん、充電器ちょっとだけ貸して', true],
    ["Hi Mum, this is my new number. Can you pay a bill for me? I'll pay you back tomorrow", "Mum, can you pay the electricity bill for me this month? I'll pay you back when I'm home", true],
    ['妈,我换号了,旧号码别用了。现在方便转点钱吗?急用。', '妈，这个月的生活费我已经用银行汇回去了，三万日元，明天应该到账。你收到了跟我说一声', true],
    ['엄마 나 폰 고장나서 임시폰이야. 급하게 50만원만 보내줄 수 있어? 아빠한테는 말하지 마', '엄마, 나 번호 바꿨어. 이게 새 번호야. 돈 얘기 하는 문자 오면 절대 나 아니니까 무시해!', true],
    ['兄貴、オレのじゃない番号ですまん。バイト先でトラブって、相手に10万払わないと警察沙汰になる。親父には絶対言うなよ', '兄貴、親父の誕生日プレゼント代、半分の1万5千円送れる?', true],
    ['お母さん、今から弁護士の先生から電話がいくから、言われたとおりにして。俺は話せない状況なんだ', 'お母さん、事故っちゃったけど怪我はないよ。相手の方とは保険会社同士で話がついたから心配しないで', true],
    ['おばあちゃん元気?はるかだよ。番号変えたから保存しといてね。実は今月の家賃が引き落とせなくて、夕方までに87,000円を大家さんの口座に入れないといけないの。お母さんには内緒にしてほしい…', '息子を名乗る電話があったけど切ったよ。会社のお金がどうとか言ってた', true],
    ['お母さん、旅行先でスマホ壊れたから友達の携帯から送ってる。ホテル代をカードで払えなくて困ってる。この番号のLINEに5万円送れる?', '母さん、車検代10万振り込める?来月ボーナスで返すね', true],
    ['阿嬷,我是你孙子,我手机坏了换了新号码。我出车祸了,要赔钱,你先转20万日元给我朋友,别告诉我妈', '妈，这个月的生活费我已经转5万日元给你了，收到了吗', true],
    ["Mom it's me, my phone broke so I'm using a friend's. I need $500 for a car repair today, can you Zelle it to my friend? Please don't tell Dad", "Mom, can you Venmo me for the groceries I picked up? It's $42", true],
    ['じいちゃん、風邪ひいて声変だけど俺だよ。実は友達の保証人になってて、今日中に50万用意しないとヤバい', 'お父さん、兄ちゃんには内緒でお母さんの還暦祝い企画してる。1人2万でいい?', true],
    ['おばあちゃん、会社のお金を使い込んじゃって今日中に戻さないといけない。お父さんには内緒にして', 'お母さん、お父さんには内緒で誕生日プレゼント一緒に買わない? 5千円ずつ出そう', true],
  ];
  for (const [lure, twin, onRules] of pairs) {
    const from = '09012345678';
    const e = engine.analyse({ text: lure, from });
    assert.equal(e.verdict, 'block', `${lure}: ${e.verdict} ${e.score} ${e.reasons.map((x) => x.code).join(' ')}`);
    const r = rules.analyse({ text: lure, from });
    assert.equal(r.verdict, onRules ? 'block' : 'suspicious', `${lure} (rules): ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    const t = engine.analyse({ text: twin, from });
    assert.equal(t.verdict, 'allow', `${twin}: ${t.verdict} ${t.score} ${t.reasons.map((x) => x.code).join(' ')}`);
    const tr = rules.analyse({ text: twin, from });
    assert.notEqual(tr.verdict, 'block', `${twin} (rules): ${tr.verdict} ${tr.score} ${tr.reasons.map((x) => x.code).join(' ')}`);
  }
});

// Session qb (issue: verdicts must generalise): an office or a business we do not list (a card company named only by its
// heading, a 健診センター, a nursery's head, a driver, a card network, a school office, a building's managers, a neighbourhood
// association), speaking from a line no office texts from and asking through a channel that line names, beside its twin: the
// same office from its registered line or its own site, a person passing the alert on, a warning quoting it, a driver's plain
// reply, a head teacher who says what the call is about. Each lure is flagged on the rules alone too, but for a page alone.
test('unnamed offices on open lines: the lure beside its twin (session qb)', () => {
  const qbPairs: Pair[] = [
    ['a card alert disowned by a call, from a handset vs. the same alert from a 0005 line pointing to the card\'s own number',
      ['[ABCカード] 238,000円の決済が承認待ちです。ご本人でない場合は0368247715にお電話ください。', '09012345678', 'block'],
      ['[ABCカード] 238,000円のご利用がありました。ご本人でない場合はカード裏面の番号にお電話ください。', '0005012345', 'allow']],
    ['the card alert passed on by a friend vs. the lure',
      ['[ABCカード] 238,000円の決済が承認待ちです。ご本人でない場合は0368247715にお電話ください。', '08011112222', 'block'],
      ['カード会社から238,000円の決済が承認待ちって連絡きたよ、身に覚えがない場合はカード裏の番号に電話しろって。一応見といて', '08011112222', 'allow']],
    ['Korean: a card alert from abroad disowned by a call to a Tokyo number vs. a relative telling of their own card',
      ['[신한카드] 일본에서 238,000엔 결제가 승인 대기 중입니다. 본인이 아니면 0368247715로 바로 전화 주세요.', '+821048827731', 'block'],
      ['엄마, 카드 결제 238,000엔 내가 한 거야. 걱정하지 마', '+821048827731', 'allow']],
    ['a 健診センター\'s re-test result on a page no one vouches for, from a handset vs. a clinic\'s result notice on its own site from its letters ID',
      ['健診センターです。先日の検査結果に再検査が必要な項目がありました。詳細は専用ページでご確認ください kenshin-kekka.info/r', '08077432250', 'block'],
      ['【さくらクリニック】健診結果のご案内です。再検査が必要な項目があります。ご予約はこちら https://sakura-clinic.com/yoyaku', 'SAKURA-CL', 'allow']],
    ['a driver\'s page "to confirm" the room vs. a driver\'s map link and a driver\'s plain reply asked',
      ['Hi it\'s the delivery driver, I\'m outside but can\'t find your room number. Confirm here pls drv-jp.web.app/r', '08074915236', 'block'],
      ['ドライバーの中村です。マンションの入口が分からないので、この場所で合ってますか? https://maps.app.goo.gl/abc123', '08027072612', 'allow']],
    ['a driver with no link asks the time back: left alone',
      ['Hi it\'s the delivery driver, I\'m outside but can\'t find your room number. Confirm here pls drv-jp.web.app/r', '08074915236', 'block'],
      ['ドライバーの中村です、不在票入れました、再配達の時間教えて', '08027072612', 'allow']],
    ['a nursery head\'s matter held back for "my mobile", another handset, today vs. her own handset named for the trip',
      ['〇〇保育園の園長です。お迎えの時間について大事なお話があります。園の電話が故障しているので、080-3941-5726(私の携帯)へ今日中にお電話ください', '08060646519', 'block'],
      ['〇〇保育園の園長です。明日の遠足の件、何かあれば私の携帯090-5123-4567へお電話ください', '09051234567', 'allow']],
    ['a card network speaking, a Y/N asked back vs. a friend\'s Visa bill and a warning quoting the lure',
      ['VISA: 海外サイトで43,800円の決済を承認待ちです。ご本人の場合は Y、身に覚えがない場合は N と返信してください。', 'VISA', 'block'],
      ['VISAカードの引き落とし、今月43,800円だったよ。明細見といて', '08012345678', 'allow']],
    ['the card network\'s lure quoted in a warning',
      ['VISA: 海外サイトで43,800円の決済を承認待ちです。ご本人の場合は Y、身に覚えがない場合は N と返信してください。', 'VISA', 'block'],
      ['注意!「VISA: 海外サイトで43,800円の決済を承認待ちです。Y/Nで返信」というSMSは詐欺です。カード会社は返信を求めません', '08012345678', 'allow']],
    ['a building\'s inspection fine told to the tenants with a booking page, from a handset vs. the inspection announced with the managers\' desk',
      ['入居者様へ 消防設備点検の未実施住戸となっております。点検不可の場合は罰金 20,000円 が発生します。日程予約はこちら tenken-yoyaku.net', '09051128893', 'block'],
      ['入居者様へ 消防設備点検を12月10日に実施します。ご不在の場合は管理会社までご連絡ください', '09051128893', 'allow']],
    ['a neighbourhood association\'s dues on a page named for the money vs. the dues by the usual envelope',
      ['町内会費の集金です。今年度分4,800円を以下から納付してください http://chonaikai-nofu.com/pay', '08084242337', 'block'],
      ['町内会費の集金です。今年度分4,800円を回覧板の集金袋でお願いします。会計報告は https://aoba-jichikai.org/report', '08084242337', 'not-block']],
    ['an office\'s call announced with the cash card to be made ready for it vs. the bank\'s own line the reader rings with the card at hand',
      ['先ほどのSMSにご返信ありがとうございます。担当者から確認のお電話をいたしますので、お手元にキャッシュカードをご用意ください', '07099201202', 'block'],
      ['母さん、銀行の人から確認のお電話が来るらしいから、キャッシュカード手元に用意しといてね', '07099201202', 'allow']],
    ['a ministry\'s threat to "forward the information to the police" (no forwarding of a message) vs. a message forwarded as a warning',
      ['総務省からの重要なお知らせ:あなた名義の携帯電話が不正に契約され、犯罪に使われています。警察に情報を転送しますので、下記に連絡を', '+12565550157', 'block'],
      ['町内会LINEより転送します。最近「現金2億円豪華キャンペーン当選」ってSMSが回ってるそうです。100%詐欺なので、URL押さない・返信しない・電話しないでください。', '09028714463', 'allow']],
    ['a court\'s 支払督促 told as filed, from a fixed line offering itself for questions vs. the creditor saying it may apply for one',
      ['NHKです。支払督促の申立てを行いました。2週間以内に異議がなければ強制執行となります。ご相談は 03-6843-2217', '+81368432217', 'block'],
      ['NHKふれあいセンターです。受信料のお支払いが確認できない場合、支払督促の申立てを行うことがあります。ご相談は 03-6843-2217', '0368432217', 'allow']],
    ['English: a card alert from abroad, "call 03-…" right after the verb vs. a friend asking to ring a restaurant',
      ['[ABC Card] A charge of ¥238,000 is pending approval. If this was not you, call 03-6824-7715 now.', '+14155550100', 'block'],
      ['Hey, the restaurant is full tonight, call 03-1234-5678 to book for tomorrow instead?', '09012345678', 'allow']],
    ['Chinese: a card alert from abroad in 日元, disowned by a call vs. a relative telling of their own purchase',
      ['[招商银行信用卡] 您的信用卡在日本消费238,000日元待确认。如非本人请致电0368247715', '+8613800138000', 'block'],
      ['妈,我在东京用信用卡买了相机,238,000日元,别担心', '+8613800138000', 'allow']],
    ['a sign-up billed unless disowned by a reply, from an 050 line vs. a friend telling of a gym\'s renewal',
      ['会員登録が完了しました。心当たりがない場合は「解除」と返信してください。返信がない場合、月額9,800円が発生します。', '05085382155', 'block'],
      ['ジムの月会費の件、来月から返信がない場合は自動で月額8,800円が引き落とされるって。解約するなら店に言わないとだめだよ', '09012345678', 'allow']],
  ];
  for (const [topic, lure, twin] of qbPairs) {
    check(...lure);
    check(...twin);
    const r = rulesOnly.analyse({ text: lure[0], from: lure[1] });
    assert.notEqual(r.verdict, 'allow', `${topic}: rules ${r.verdict} ${r.score}`);
  }
  // The office's page alone (ASK_LINK beside the handset's link) tags on the rules; the model's doubt takes it to block.
  const engineOnly: Pair[] = [
    ['a school grant\'s deadline on a .com page from a handset vs. the city\'s notice on its lg.jp site',
      ['【新入学】入学準備金(給付型)の申請期限が迫っています。対象のご家庭はこちらから申請を https://nyugaku-junbikin.com', '08035795664', 'block'],
      ['【さくら市】入学準備金(給付型)の申請期限が迫っています。対象のご家庭はこちらから申請を https://www.city.sakura.lg.jp/kyoiku', '0005012345', 'allow']],
  ];
  for (const [, lure, twin] of engineOnly) {
    check(...lure);
    check(...twin);
    assert.ok(rulesOnly.analyse({ text: lure[0], from: lure[1] }).reasons.some((x) => x.code === 'ASK_LINK'), lure[0]);
  }
});

test('session qc: a legitimate red-team\'s twins (a fee paid on the day, a caller\'s words told and refused, an outlet\'s named staff asking through the shop, a fronted share named by its park, money said unneeded or paid into the reader\'s own account, a name to sign up, a friend\'s own site spaced, a reply\'s own deadline, a new account to come on paper, a gift card given, a favour received, a card asked after by where it is, a paper to bring, the original account kept, an appointment confirmed) do not block; their lures still do', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  for (const [text, from, rulesBlock] of [
    ['【高収入】荷物を受け取って指定の場所に運ぶだけ。日払い3万円。興味あればTelegramで @haiso_jp88 まで', '09012345678', true],
    ['〇〇銀行の者です。キャッシュカードの不正利用が確認されたため、本日職員がご自宅までカードを受け取りに伺います。暗証番号をお控えください。', '09012345678', true],
    ['ドコモショップ渋谷店の鈴木です。お客様の回線が本日停止予定です。至急 050-1234-5678 までお電話ください。', '09012457800', true],
    ['USJのチケット代の未払いがあります。本日中にこちらのPayPay ID usj_pay88 へ送金してください。', '08098760002', true],
    ['Bố ơi, con đổi số mới rồi, số này nhé. Bố gửi tiền cho con 5 man nhé, con cần gấp.', '08088992233', true],
    ['你好，我是公司财务。这个月工资发放需要先交保证金，请打到以下账户 6222 0012 3456 7890', '09011229988', true],
    ['【当選】抽選で10万円が当たりました。受取希望の方はこの番号にお名前を返信してください。', '09020304050', true],
    ['うちの店のサイト作った！荷物の再配達はこちら sagawa-rd . live', '08023450088', true],
    ['至急ご返信ください。お客様のアカウントに不正ログインがありました。', '08045666666', true],
    ['大家の斉藤です。来月から家賃の振込先を変更させてください。新しい口座は 三井住友銀行 普通 1234567 です。', '09022446688', true],
    ['誕生日プレゼント買いたいから、アマゾンのギフトカード1万円分買ってコード送って', '08001234444', true],
    ['ワンタイムパスワードが届いたら教えてもらえますか', '08046300064', true],
    ['マイナンバーカードの写真をこの番号に送ってください。', '08062500034', true],
    ['Con ơi, có người gọi giả công an bảo chuyển tiền, con chuyển giúp mẹ 5 man nhé.', '+84977778888', false],
    ['派遣会社の担当です。就業開始前に在留カードの確認が必要です。在留カードの写真をこの番号に送ってください。', '09038000011', true],
    ['房东：原来的账户有问题，下个月房租转到新的账户 6222 1234 5678，今天之内。', '09018000024', true],
    ['Hi, this is Sarah from Smile Bank. Please reply YES to confirm your identity, or call us at 050-1234-5678 to unlock your account.', '09038000015', true],
    ['各位员工，公司账户变更，本月起请把押金转到新的账户 6222 0012 3456 7890，今天之内。', '08059000021', true],
    ['Tita, may tumawag daw sa akin na pulis daw at kailangan ko magbayad. Padalhan mo ako ng 50,000 yen sa GCash ngayon.', '09039000024', true],
    ['あなたの写真がネットに出回ってます。確認用アプリをダウンロードして bit.ly/3abcXYZ', '08020100014', true],
    ['ピアノ教室です。月謝の振込先が年明けから変わります。新しい口座は 三井住友銀行 普通 7654321 です。今月分からこちらへ。', '08031100001', true],
  ] as const) {
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
    const r = rules.analyse({ text, from });
    if (rulesBlock) assert.equal(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
    else assert.notEqual(r.verdict, 'allow', text);
  }
  for (const [text, from] of [
    ['子ども会の会計です。クリスマス会の会費は当日払いで500円です。封筒に名前を書いて持ってきてね。', '09077889900'],
    ['建設会社の安藤です。来月から日当は月末締めの翌月10日払いになります。口座はこれまで通りです。', '08023232222'],
    ['さっき銀行の人から電話あって、カードを取りに来るとか言うから断ってすぐ警察に電話した', '08012345678'],
    ['ドコモショップ〇〇店の鈴木です。本日ご来店時のお手続きで1点書類の不備がございました。お手数ですが店舗までお電話ください。', '09012457800'],
    ['立て替えてたUSJのチケ代、9,800円ね。急がないから給料日でいいよ', '08098760002'],
    ['Bố ơi, con đổi số mới rồi, số này nhé. Không cần gửi tiền đâu, con đi làm thêm rồi.', '08088992233'],
    ['老板说这个月工资25号发，打到你日本的银行账户，不要担心。', '09011229988'],
    ['PTAのベルマーク係です。集計ボランティアを募集しています。参加できる方はこの番号にお名前を返信してください。', '09020304050'],
    ['うちのバンドのサイト tsukiyo-band. live に新曲あげた', '08023450088'],
    ['本日中にお返事ください、お店の予約の人数確定させたいので', '08045666666'],
    ['大家の斉藤です。来月から家賃の振込先を、ゆうちょ銀行から地元の信用金庫に変更させてください。新しい口座は書面で郵送します。確認のお電話もします。', '09022446688'],
    ['ギフトカード、誕生日プレゼントにスタバのやつあげるね。コード送るからアプリで登録して', '08001234444'],
    ['ネットバンキング、ワンタイムパスワードのアプリ入れたよ。銀行の窓口で教えてもらった', '08046300064'],
    ['ふるさと納税のワンストップの書類、マイナンバーカードのコピーいるから、カードどこに置いたか教えて', '08062500034'],
    ['Con ơi, có người gọi giả công an bảo chuyển tiền, mẹ đã cúp máy rồi. Con yên tâm.', '+84977778888'],
    ['엄마야. 이번 달 용돈 보냈어. 우리은행 말고 네 유초 계좌로 보냈으니 확인해봐.', '+821012345678'],
    ['派遣会社の担当です。就業開始前に在留カードの確認が必要です。初日に原本をお持ちください。', '09038000011'],
    ['房东：下个月房租还是转到原来的账户，谢谢。', '09018000024'],
    ['Hi, this is Sarah from Smile Dental. Please reply YES to confirm your appointment tomorrow at 3pm, or call us to reschedule.', '09038000015'],
    ['各位员工，本月工资25号照常发放到各位的银行账户，如有疑问请联系总务。', '08059000021'],
    ['Tita, may tumawag daw sa akin na pulis daw at kailangan ko magbayad. Binabaan ko agad. Scam yun.', '09039000024'],
    ['文化祭の写真アップしたよ bit.ly/3abcXYZ みんなでダウンロードしてね', '08020100014'],
    ['ピアノ教室です。月謝の振込先が年明けから変わります。新しい口座は次回レッスンの時に紙でお渡しします。', '08031100001'],
    ['友達に頼まれてUSJの年パス代立て替えた。2万ちょっと。来月返してもらう', '08032200028'],
  ] as const) {
    assert.notEqual(engine.analyse({ text, from }).verdict, 'block', text);
    const r = rules.analyse({ text, from });
    assert.notEqual(r.verdict, 'block', `${text}: ${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`);
  }
});

test('session qe: offers out of the blue taken up by a reply, a messenger account or money first block; a foreman\'s day pay, a friend\'s own side job or stake, a shop\'s review coupon, a couple\'s savings and a warning do not', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const codes = (r: { verdict: string; score: number; reasons: readonly { code: string }[] }): string => `${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`;
  // Each lure beside its legitimate twin on the same topic.
  const lures: [string, string][] = [
    // Piece pay for a phone act told as all there is, taken up by a reply.
    ['いいね!を押すだけで1件300円。初日から報酬お支払い。興味があれば「はい」と返信してください', '09012345678'],
    // Money fronted for the job, returned with the pay, and the messenger account it names.
    ['商品レビューのお仕事です。購入代金は後で全額返金+報酬。まずはPayPayで立て替えをお願いします。担当LINE: review_hk21', '08029914413'],
    // Cash first for a purchase on the reader's own 後払い.
    ['商品を後払いで購入してSNSに感想を投稿するだけで、先に3万円をお渡しします。ブラックでもOK、審査なし', '08071129123'],
    // A full-time month's pay for side work, a keyword reply.
    ['在宅で月20万。やるなら「やる」と一言返信して', '08054428837'],
    // Pay read against the span of work it is for.
    ['【在宅ワーク】1日30分、報酬1.5万円から。登録は「1」返信で', '08054428837'],
    // A return no market gives, asserted from a line no friend writes from.
    ['私の父は香港の投資ファンドで働いています。今夜だけ内部情報があって、確実に上がる銘柄があります。信じてくれますか?', '09076328557'],
    // A loan urged to pay for the stake, in a senior's voice.
    ['仮想通貨の自動売買ツール、学生でも月20万余裕。初期費用は学生ローンで払えるから実質0円。説明は明日の15時、渋谷のカフェで', '09041127709'],
    // A sum won, the reader asked to get in touch on this line.
    ['おめでとうございます。海外宝くじで8億円が当選しました。受け取り手続きのため担当者へご連絡ください', '05020370213'],
    // Money received in the writer's place for a reward.
    ['私の代わりにお金を受け取ってくれる人を探しています。お礼は100万円。手続きはサイト登録だけ', '05066042822'],
    // A month's earning offered, a sum guaranteed by the day, a click's work online paid by the day.
    ['せどりで月100万円稼ぐ方法、無料で教えます。ただし本気の人限定。コンサル費は利益が出てから。まずは電話で面談しましょう', '05019922834'],
    ['打ち子募集 パチンコ代打ち 1日2万保証 経験不問 DMください', '07091862551'],
    ['Job alert: Japanese company hiring English speakers to rate hotels online. ¥18,000/day. Ages 22-65. Text back JOIN to start training today.', '+18454471230'],
  ];
  const twins: [string, string][] = [
    ['明日日給1万2千円、7時集合です。現場は駅前のビル', '09012345678'],
    ['私いいね押すだけで1件300円もらえる副業やってるよ笑', '09012345678'],
    ['【ABCストア】レビュー投稿で次回使える500円クーポンをプレゼント!商品ページから投稿するだけ', '09012345678'],
    ['交通費は一旦立て替えてもらって、給料と一緒に振り込みます', '09012345678'],
    ['後払いで買っておいて、後で現金渡すね', '09012345678'],
    ['来月から在宅勤務になりました。月20万の手取りは変わらないみたい', '09012345678'],
    ['副業の確定申告って月20万超えたら必要なの?', '09012345678'],
    ['家庭教師、2時間で1万円です。来週からお願いできますか', '09012345678'],
    ['父が証券会社勤めで、株の話ばかりしてくる。確実に上がる銘柄なんてないのにね', '09012345678'],
    ['カードローンで投資するのは絶対ダメだよ。借金してまでやるものじゃない', '09012345678'],
    ['結婚資金用に二人の口座作ったよ。毎月3万ずつ入れようね。二人の将来のためにがんばろう', '09012345678'],
    ['ロト6で100万円当選しました!詳しくは会ったときに。とりあえず母に連絡してみる', '09012345678'],
    ['荷物の代わりに受け取ってくれてありがとう!お礼にケーキ買ってくね', '09012345678'],
    ['先輩、月100万稼いでるらしいよ。すごいよね', '09012345678'],
    ["Hi! We're hiring at our cafe, ¥1,200 an hour. Text back if interested", '+18454471230'],
  ];
  // A shift's pay told beside its own logistics is no recruitment: the rules read no side-job lure in it at all.
  for (const text of ['引越しのバイト、明日は朝7時に駅前集合です。軍手と飲み物持ってきてください。日払いは現場で手渡しです', '明日日給1万2千円、7時集合です。現場は駅前のビル']) {
    assert.equal(rules.analyse({ text, from: '08098217704' }).verdict, 'allow', text);
  }
  assert.equal(rules.analyse({ text: '日給5万、明日9時渋谷集合。即日払い。DMください', from: '08098217704' }).verdict, 'block');
  for (const [text, from] of lures) {
    assert.equal(engine.analyse({ text, from }).verdict, 'block', `${text}: ${codes(engine.analyse({ text, from }))}`);
  }
  // The rules alone reach block where the offer's ask and its bait are both read.
  for (const [text, from] of lures.slice(0, 6)) {
    assert.equal(rules.analyse({ text, from }).verdict, 'block', `${text}: ${codes(rules.analyse({ text, from }))}`);
  }
  for (const [text, from] of twins) {
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', `${text}: ${codes(engine.analyse({ text, from }))}`);
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', `${text}: ${codes(rules.analyse({ text, from }))}`);
  }
  // The romance's pot: flagged by the rules, blocked beside the model; the couple's savings above stay allowed.
  for (const text of ['愛してる。二人の将来のために投資口座を作ったの。あなたの分も一緒に運用するね', 'あなたとの将来を考えて、二人の口座を作りました。最初の入金は10万円からで大丈夫']) {
    assert.equal(engine.analyse({ text, from: '08016632271' }).verdict, 'block', text);
    assert.notEqual(rules.analyse({ text, from: '08016632271' }).verdict, 'allow', text);
  }
});

test('session qa: lures in the residents\' languages and accusations read as warnings block, beside their legitimate twins', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const shown = (r: { verdict: string; score: number; reasons: readonly { code: string }[] }): string => `${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`;
  // Lure beside its twin: the same topic and language, the twin from a relative, a genuine notice or a warning that quotes the lure.
  const pairs: [lure: [string, string], twin: [string, string]][] = [
    // English imperative "Call NUMBER" opening a sentence, an office claimed from abroad; twin: a relative's "call me".
    [['Digital Agency Japan: Your My Number Card link failed. Call 0362278814 today.', '+447700900123'], ['Landed at Narita. Call me when you land too.', '09012345678']],
    [['Windows Defender alert: 3 trojans found on your device. Call Microsoft support Japan 0366612281 now.', '+17185529043'], ['Call 03-1234-5678 to reschedule your appointment. Sakura Dental', '0312345678']],
    // Chinese: the full address asked back; twin: a driver at the door asking the room number.
    [['【佐川急便】您的包裹因地址不详无法派送,请于今日内回复您的完整地址和房间号。', '+8613912345678'], ['我是佐川的司机,包裹上没有写房间号,请告诉我您住几号房?', '07029951008']],
    // Korean card issuer's header from abroad, "if not you, call"; twin: a child asking a call.
    [['[신한카드] 일본에서 238,000엔 결제가 승인 대기 중입니다. 본인이 아니면 0368247715로 바로 전화 주세요.', '+821012345678'], ['엄마, 나 도착했어. 시간 되면 전화 줘.', '+821012345678']],
    // Korean accusation naming voice phishing, with a reply asked; twin: the police's warning quoting that line.
    [['[경찰청 사이버수사대] 귀하의 휴대전화 번호가 보이스피싱에 도용되었습니다. 2시간 내 미확인 시 번호가 정지됩니다. 상담원 연결: 회신 주세요', '+82269081345'],
      ["[경찰청 안내] 최근 '귀하의 계좌가 범죄에 이용되었다'며 전화하는 보이스피싱이 늘고 있습니다. 절대 응하지 마세요.", '09012345678']],
    // The number an authenticator shows, asked back; twin: a friend telling how to sign in and not to tell anyone.
    [['Microsoftアカウント確認のため、Authenticatorに表示された番号をこちらに送ってください。', '+622869239641'], ['Microsoftのサインインで、Authenticatorに表示された番号を入力してね。誰にも教えないで。', '09012345678']],
    // The reader's data "forwarded to the police"; twin: a person telling they forwarded their own report.
    [['総務省からの重要なお知らせ:あなた名義の携帯電話が不正に契約され、犯罪に使われています。警察に情報を転送しますので、下記に連絡を', '+12565550157'], ['警察に被害届の情報を転送しました。保険会社から連絡があると思います。', '09012345678']],
    // English and Tagalog accusations; twins: warnings among friends that tell what strangers send.
    [['Your phone number was used in a fraud case. Reply 1 to speak to an investigator or your line will be cut today.', '+12025550111'],
      ['Heads up - people are getting texts saying their phone number was used in a scam and to reply 1. Just delete them.', '09012345678']],
    [['Ang iyong bank account ay ginamit sa scam. Tawagan agad ang 050-1234-5678.', '+639171234567'],
      ['Mga kaibigan, may text na "Ang iyong bank account ay ginamit sa scam, tawagan agad". Scam yan, huwag tumawag.', '09012345678']],
    // Thai and Nepali: the reader's number told as used in a scam, a call asked; twins: a child asking a call.
    [['แจ้งเตือนจากตำรวจ: เบอร์ของคุณถูกใช้ในการหลอกลวง กรุณาโทรกลับ 050-1234-5678 ภายใน 2 ชั่วโมง', '+66812345678'], ['แม่ ถึงแล้วนะ ว่างแล้วโทรหาหน่อย', '09012345678']],
    [['प्रहरी: तपाईंको नम्बर ठगीमा प्रयोग भएको छ। २ घण्टाभित्र 050-1234-5678 मा फोन गर्नुहोस्।', '+9779812345678'], ['आमा, म पुगें। फुर्सद भएपछि फोन गर्नुहोस्।', '09012345678']],
    // Tagalog debt pressed through an e-wallet number; twin: a sibling owning up a small debt.
    [['Magandang araw. Ang inyong lola sa care home ay may utang na 90,000 yen. Kailangang bayaran ngayon sa GCash 0917-553-2281 para hindi siya paalisin.', '+639175532281'],
      ['Ate, may utang na ako sa iyo na 2,000 yen, babayaran kita bukas.', '09012345678']],
    // A scam named as what the ask guards against is the pretext, not a warning; twin: the bank's warning in the same words.
    [['[국민은행] 보이스피싱 예방을 위해 본인 확인이 필요합니다. 주민등록번호와 계좌 비밀번호를 회신해 주세요.', '+821012345678'], ['[국민은행] 보이스피싱 예방을 위해 인증번호는 절대 알려주지 마세요.', '+821012345678']],
    [['नबिल बैंक: ठगीबाट बच्न तपाईंको कार्ड नम्बर र पिन यही नम्बरमा पठाउनुहोस्।', '+9779812345678'], ['ठगीबाट बच्न कसैलाई पनि कोड नदिनुहोस्।', '09012345678']],
    [['BCA: Untuk mencegah penipuan, balas pesan ini dengan nomor kartu dan PIN Anda.', '+6281234567890'], ['Untuk mencegah penipuan, jangan berikan kode OTP kepada siapa pun.', '+6281234567890']],
    // The reader named as the suspect, a reply pressed; twins: the police's warning quoting it, a clinic's reply to confirm a booking.
    [['[경찰청] 귀하는 보이스피싱 사건의 피의자로 조사 대상입니다. 오늘 중 회신하지 않으면 체포영장이 발부됩니다.', '+821012345678'],
      ["[경찰청 안내] 경찰을 사칭해 '피의자로 조사 대상'이라며 회신을 요구하는 문자는 보이스피싱입니다.", '09012345678']],
    [['Japan Police: you are a suspect in a fraud case. Reply today or an arrest warrant will be issued.', '+12025550111'],
      ['Sakura Dental: please reply today to confirm your appointment tomorrow.', 'SAKURA']],
    // The visa told as cancelled tomorrow, a call pressed; twins: a relative's word on the same visa.
    [['ตม.ญี่ปุ่น: วีซ่าของคุณจะถูกยกเลิกพรุ่งนี้ โทรด่วน 050-1234-5678', '+66812345678'], ['แม่ วีซ่าของคุณยายต่ออายุแล้วนะ ไม่ต้องห่วง', '09012345678']],
    [['Immigration po ito. Ang visa niyo ay ma-cancel bukas. Tawagan niyo po kami sa 050-1234-5678 ngayon.', '+639171234567'],
      ['Ate, ang visa niyo ay ma-renew na daw bukas, punta tayo sa immigration.', '09012345678']],
  ];
  for (const [[text, from], [twin, twinFrom]] of pairs) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${shown(r)}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
    const t = rules.analyse({ text: twin, from: twinFrom });
    assert.notEqual(t.verdict, 'block', `${twin}: ${shown(t)}`);
    assert.notEqual(engine.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
  }
});

test('session qi: a clause that negates its own ask, a gift card the writer buys themself, a new-line story quoted by a warning and a call to the number the reader holds do not flag; the lures they answer still block', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const shown = (r: { verdict: string; score: number; reasons: readonly { code: string }[] }): string => `${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`;
  const pairs: [lure: [string, string], twin: [string, string]][] = [
    // The move asked, beside the same move told as what the police never do (a negated clause, quotes/negated.ts).
    [['警察です。あなたの口座が犯罪に使われています。LINEで事情聴取しますので、ID:police_jp を追加してください', '08011112222'],
      ['それ完全に詐欺。警察は電話でお金の話はしないし、LINEで連絡もしてこない。念のため明日ひばり野署に言っておくね。', '09061127740']],
    [['人事部です。給与振込の確認のため、LINEで口座番号と暗証番号を教えてください。', '08011112222'],
      ['会社の人事はLINEで口座番号を聞いたりしないので、もし来たら総務に教えてください。', '08011112222']],
    [['엄마, 나 폰 고장났어. 카톡으로 연락해. 급하게 돈 좀 보내줘', '08011112222'], ['엄마, 경찰은 카톡으로 연락 안 해. 돈 보내라고 하면 바로 끊어.', '08011112222']],
    // A restriction to one way is no refusal (しか…ません); a plain "受け付けてない" refuses.
    [['お仕事の件です。応募はLINEでしか受け付けていません。ID:job_777 を追加してください', '08011112222'],
      ['明日の集金、PayPayでも現金でもOKです。ギフトカードでの支払いは受け付けてないので注意してね!', '08011112222']],
    // Cards bought by the reader with their value sent back, beside the writer buying the card themself.
    [['部長の田中です。取引先に渡すAmazonギフト券を5万円分買って、番号を写真で送ってください。後で精算します', '08011112222'],
      ['お母さん、翔太の誕生日プレゼント、Amazonギフトにするって言ってたよね。私が買っておくから後で半分ちょうだい(笑)', '08023347712']],
    [['Dad, can you buy 3 Amazon gift cards for me? Scratch the backs and text me the codes, I\'ll pay you back.', '08011112222'],
      ['Dad, I\'ll buy the Amazon gift card for Grandma\'s birthday myself, you can pay me back half later.', '08011112222']],
    // The new line asked rung and the old one ruled out, beside a warning that quotes the story and sends the call to the usual number.
    [['お母さん、番号変わった。元の番号にはかけないでね。ちょっと相談があるからこの番号に電話ちょうだい', '08011112222'],
      ['父さん、「番号が変わった」っていう電話やメールが来たら、いつもの俺の番号にかけ直して確認して。俺は番号変えてないから。', '09061127740']],
    [['母さん、スマホ壊れて番号変わった。元の番号にかけても繋がらないから、この番号に電話して', '09012345678'],
      ['母さん、俺、番号変えてないよ。変な番号から「俺だけど」って来たら、前の番号に電話して確認して。', '09012345678']],
    // The PIN readied for a visit to the reader's door, beside the PIN carried to the office's own counter (reply.ts broughtInPerson).
    [['市役所の者です。マイナンバーカードの更新手続きのため、職員がご自宅に伺います。暗証番号とカードをご用意ください', '08098765432'],
      ['マイナンバーカードの住所変更は転入届から14日以内に、暗証番号を持って窓口へ。代理の場合は委任状が必要です。〇〇市市民課', '08098765432']],
    // A brand's lure from a handset, beside the brand's warning that a text claiming it (「…」をうたって) is not its own.
    [['【JR西日本】ICOCAポイントが本日失効します。LINEで友だち追加して受け取ってください', '09012345678'],
      ['【JR西日本】「ICOCAポイント失効」をうたってLINEの友だち追加を求めるSMSは当社からのものではありません。ご注意ください。', '09012345678']],
  ];
  for (const [[text, from], [twin, twinFrom]] of pairs) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${shown(r)}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
    const t = rules.analyse({ text: twin, from: twinFrom });
    assert.notEqual(t.verdict, 'block', `${twin}: ${shown(t)}`);
    assert.ok(!t.reasons.some((x) => x.code.startsWith('ASK_') && x.weight > 0), `${twin}: ${shown(t)}`);
    assert.equal(engine.analyse({ text: twin, from: twinFrom }).verdict, 'allow', twin);
  }
});
test('session qg: money asked up front to a channel the claimed role does not own blocks, beside its legitimate twin', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const shown = (r: { verdict: string; score: number; reasons: readonly { code: string }[] }): string => `${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`;
  // Lure beside its twin; 'flagged' where the rules alone flag and the engine blocks.
  const pairs: [lure: [string, string, 'block' | 'flagged'], twin: [string, string]][] = [
    // A result promised with its money back if missed, a deposit first; twin: the fee billed after a contract.
    [['美容室オーナー様へ ホットな集客プランのご案内。Instagramのフォロワーを1万人に増やします。まずは保証金5万円をお預かりし、達成しなければ全額返金します', '09094781606', 'block'],
      ['美容室オーナー様へ 集客プランのご案内です。成果が出なければ全額返金いたします。費用はご契約後に請求書でお支払いください。', '0312345678']],
    // A lodging's deposit pressed for today into an account the text gives; twin: the deposit on the booking page.
    [['グランピング施設の予約担当です。年末の予約が確定しましたが、キャンセル保証金として宿泊代金の50%を本日中に下記へ。ゆうちょ 12170-48822131 カブシキガイシャ ネイチャーステイ', '07066418820', 'block'],
      ['【グランピング森の風】ご予約ありがとうございます。キャンセル保証金はご予約ページからカードでお支払いください。', '0312345678']],
    // A collaboration's pay and free goods, a deposit to start; twin: none asked.
    [['인플루언서 협업 제안! 팔로워 1000명 이상이면 제품 무료 제공 + 게시물당 1만엔. 시작하려면 보증금 5천엔 필요해요', '+821055073861', 'block'],
      ['인플루언서 협업 제안! 제품 무료 제공 + 게시물당 1만엔. 보증금은 없어요.', '+821055073861']],
    // A job advertised with its fee in rupiah; twin: the fee borne by the employer.
    [['Lowongan kerja Jepang cepat tanpa ujian! Pakai visa kunjungan bisa langsung kerja, biaya proses 35 juta, berangkat bulan depan. WA sekarang', '+6281277403318', 'block'],
      ['Lowongan kerja di pabrik Aichi, gaji 200 ribu yen. Biaya proses ditanggung perusahaan.', '+6281277403318']],
    // A staffing agency's collection into an app ID, today; twin: taken from the pay.
    [['派遣元の担当です。今年の忘年会費4,000円、現場の皆さまには個別に楽天ペイで徴収しています。ID: haken_bonenkai へ本日中にお願いします。', '09083605074', 'block'],
      ['派遣元の担当です。忘年会費4,000円は12月の給与から天引きします。', '09083605074']],
    // Condolence money into an e-money handle; twin: a friend's share of a joint 香典.
    [['香典は遺族の意向で現金ではなく電子マネーでお受けしています。Kyashの送金先 sato_family_kouden へお願いします。', '09075731784', 'block'],
      ['香典、3人分まとめて私が出しといたよ。1人5,000円、PayPayで送ってね', '09075731784']],
    // An investment's stake told into a personal account; twin: a club's dues into the treasurer's.
    [['グループ内での成功報告が続いています!あなたもまずは10万円から始めましょう。入金は個人口座「ヤマグチ ケンタ」宛になります。', '07066213408', 'block'],
      ['テニスサークルの会費は年6,000円です。入金は個人口座「ヤマグチ ケンタ」宛になります。', '07066213408']],
    // A free trial that needs a charge sent first; twin: the charge paid at the counter on joining.
    [['サッカースクール無料体験会のお知らせ。参加には事前にユニフォーム代8,800円のお振込が必要です。お申込は返信で', '08011267730', 'block'],
      ['サッカースクール無料体験会のお知らせ。当日は動きやすい服装でお越しください。ユニフォーム代8,800円は入会時に窓口でお支払いください。', '08011267730']],
    // Money sent through net banking while the writer works the screen; twin: a class showing the screen.
    [['パソコンの修理代1,000円をネットバンキングで送金してください。担当がこちらから画面を操作してご案内します。', '05033128871', 'block'],
      ['パソコン教室です。ネットバンキングの使い方講座、当日は講師がこちらから画面を操作してご案内します。', '05033128871']],
    // Rent switched to cash collected months ahead; twin: the landlord's reminder to the usual account.
    [['オーナーの佐々木です。来月から家賃の受け取りを現金手渡しにします。集金の者が伺いますので、3か月分をまとめてご用意ください。', '09066113382', 'flagged'],
      ['大家の田中です。今月分の家賃がまだのようです。いつもの口座に月末までにお願いします。', '09066113382']],
    // A task resumed once a 調整金 is paid; twin: the year-end tax adjustment paid with the salary.
    [['お疲れ様です。本日の作業でエラーが出たので、チームリーダーからの指示で調整金8万円をお願いします。入金後すぐ作業再開します', '09084412276', 'block'],
      ['経理です。年末調整金は12月の給与で支給します。手続きは不要です。', '09084412276']],
    // An organisation's sale into the writer's own app; twin: the envelope to the nursery.
    [['こんにちは、北山保育園の保護者さんですよね?写真販売の代金をau PAYで私宛にお願いします。IDは後で送ります', '07094946858', 'block'],
      ['北山保育園の保護者会です。写真代はいつも通り封筒で園にお持ちください。', '07094946858']],
    // An account frozen unless a deposit is paid; twin: a partner's deposit told as paid.
    [['Baby, the platform says your account will be frozen tomorrow unless you pay the anti-money-laundering deposit. I already paid mine. Please hurry 🙏', '+16179924418', 'block'],
      ["Baby, I paid the deposit for our apartment today. Can't wait to see you!", '+16179924418']],
    // A parcel's fee in prepaid cards, in Indonesian; twin: cash on delivery to the courier.
    [['Kurir: Paket Anda perlu biaya COD 2.400 yen. Silakan beli kartu prabayar di konbini dan kirim nomornya ke sini.', '09066401173', 'block'],
      ['Kurir: Paket Anda akan diantar hari ini. Pembayaran COD 2.400 yen tunai kepada kurir.', '09066401173']],
  ];
  for (const [[text, from, expect], [twin, twinFrom]] of pairs) {
    const r = rules.analyse({ text, from });
    if (expect === 'block') assert.equal(r.verdict, 'block', `${text}: ${shown(r)}`);
    else assert.notEqual(r.verdict, 'allow', `${text}: ${shown(r)}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
    const t = rules.analyse({ text: twin, from: twinFrom });
    assert.notEqual(t.verdict, 'block', `${twin}: ${shown(t)}`);
    assert.notEqual(engine.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
  }
});

test('session qh: a school\'s register, a reissued voucher, a code harvest and a parcel held, each on a page nobody we know owns, beside their legitimate twins', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const shown = (r: { verdict: string; score: number; reasons: readonly { code: string }[] }): string => `${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`;
  // Blocked on the rules: the claim, a page that is not the claimed body's and what the page takes all line up.
  const pairs: [lure: [string, string], twin: [string, string]][] = [
    // A PTA's heading from a handset, children's names and home numbers on a form service; twin: the same form from the school's 0005 route.
    [['【〇〇小PTA】クラス連絡網の更新のお願い。保護者様は下記フォームからお子さまの名前と自宅の電話番号をご登録ください https://forms.gle/Pt4sRk8wYz1mNq3b6', '09024701557'],
      ['【〇〇小PTA】クラス連絡網の更新のお願い。保護者様は下記フォームからお子さまの名前と自宅の電話番号をご登録ください https://forms.gle/Pt4sRk8wYz1mNq3b6', '0005012345']],
    // A PTA officer on an 050 line, the family's contacts on a free host; twin: the PTA's volunteer form from a handset, no data asked.
    [['PTA本部役員の田中です。学年名簿の作り直しのため、こちらにご家族の連絡先をご入力ください→ https://pta-meibo.pages.dev', '05073899304'],
      ['PTA本部です。ベルマーク集計のボランティア、まだ2名足りません。協力いただける方はこちらから https://forms.gle/Zt4mQ9xK2vRp7Lw6', '09011112222']],
    // A municipality's voucher reissued on a host named for the reissue; twin: a clinic's booking on its own domain naming the voucher.
    [['新型コロナワクチン秋冬接種のご案内。接種券の再発行は下記から(要カード認証)https://sesshuken-saihakko.com', '08001373085'],
      ['【さくら内科】新型コロナワクチン秋冬接種の予約を受け付けています。接種券をお持ちください。予約はこちら https://sakura-naika.com/yoyaku', '08001373085']],
    // A parcel held "due to absence" behind a shortener from a handset; twin: the driver signing the same absence.
    [['不在により荷物は本社で待機。ご連絡お願いします。https://bit.ly/4aQyT2m', '07088416624'], ['ヤマト運輸の佐藤です。不在により持ち戻りました。明日の午前に再度伺います', '07088416624']],
  ];
  for (const [[text, from], [twin, twinFrom]] of pairs) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${shown(r)}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
    const t = rules.analyse({ text: twin, from: twinFrom });
    assert.notEqual(t.verdict, 'block', `${twin}: ${shown(t)}`);
    assert.notEqual(engine.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
  }
  // A class representative who names themself on their own handset may keep the class's form on a form service: it tags, never blocks.
  const rep = '4年2組学級委員の佐藤です。連絡網の更新のため、下記フォームからお子さまの名前と自宅の電話番号をご登録ください https://forms.gle/Pt4sRk8wYz1mNq3b6';
  assert.notEqual(rules.analyse({ text: rep, from: '09024701557' }).verdict, 'block', rep);
  assert.notEqual(engine.analyse({ text: rep, from: '09024701557' }).verdict, 'block', rep);
  // A vote asked with the reader's number and the code it brings typed into the page: the LINE takeover through a page. Flagged by
  // the rules, blocked beside the model; a friend's vote link on a known host, a friend's album, and a salon's own sign-up page stay allowed.
  const harvest = '友達の娘ちゃんがダンスコンテストに出てるの!投票お願い🙏 電話番号入れたら番号届くからそれ入れるだけ→ vote-dance-jp.com/e/41';
  assert.equal(engine.analyse({ text: harvest, from: '08018609232' }).verdict, 'block', harvest);
  assert.ok(rules.analyse({ text: harvest, from: '08018609232' }).reasons.some((x) => x.code === 'CREDENTIAL_REQUEST'), harvest);
  for (const [text, from] of [
    ['友達の娘ちゃんがダンスコンテストに出てるの!投票お願い🙏 https://www.youtube.com/watch?v=a8k2Lq', '08018609232'],
    ['この前の飲み会の写真送るね〜!見れなかったらここから→ https://photos.app.goo.gl/Ab3kQ9', '08070956165'],
    ['ヘアサロンAOIです。会員登録はこちら https://www.salon-aoi.net/entry 電話番号を入れると番号が届くので、それを入れて完了です', '09011112222'],
    ['チケットぴあで取ったやつ、分配するから電話番号教えて。ぴあのアプリから送ると認証番号がSMSで届くから、それは自分で入力してね', '09011112222'],
  ]) {
    assert.equal(engine.analyse({ text, from }).verdict, 'allow', `${text}: ${shown(engine.analyse({ text, from }))}`);
    assert.notEqual(rules.analyse({ text, from }).verdict, 'block', text);
  }
  // A signature made of a kind's generic words ("[Univ IT Helpdesk]") names no one: a host that carries them is no site of its own,
  // and the lure's sign-in page blocks on the rules; a clinic's own name carried by its host stays its own site.
  const univ = '[Univ IT Helpdesk] Your student account will be suspended in 24h. Re-validate at portal-univ-auth.com/sso';
  assert.equal(rules.analyse({ text: univ, from: '+12093317756' }).verdict, 'block', shown(rules.analyse({ text: univ, from: '+12093317756' })));
  const dental = '[Sakura Dental] Reminder: your appointment is tomorrow at 10:00. Details: https://sakura-dental.com/booking';
  assert.equal(engine.analyse({ text: dental, from: '+12093317756' }).verdict, 'allow', dental);
  // A circle's account told as changed with the payment sent to a page: the 口座変更 lure, blocked beside the model; the circle's
  // new fee into the usual account and a person's own salary account stay allowed.
  const circle = 'サークル会費の口座が変わりました。今月からこちらに振込をお願いします→ http://circle-kaihi.net/bank';
  assert.equal(engine.analyse({ text: circle, from: '08037706805' }).verdict, 'block', circle);
  assert.notEqual(rules.analyse({ text: circle, from: '08037706805' }).verdict, 'allow', circle);
  for (const text of ['サークル会費、今月から3,000円になりました。いつもの口座にお願いします', '給料の口座が変わりました。来月から新しい方に入ります']) {
    assert.equal(engine.analyse({ text, from: '08037706805' }).verdict, 'allow', text);
  }
});
test('session qf: a company\'s unlisted fixed or 0120 sender line threatening a loss is not its own; a town department\'s own line from a handset does not block', () => {
  const data = loadEngineData(undefined, { withoutModel: true });
  assert.ok(data.ok);
  const rules = createEngine(data.value);
  const shown = (r: { verdict: string; score: number; reasons: readonly { code: string }[] }): string => `${r.verdict} ${r.score} ${r.reasons.map((x) => x.code).join(' ')}`;
  const pairs: [lure: [string, string], twin: [string, string]][] = [
    // A carrier under its heading, from an unlisted 0120 line, stopping the line today unless rung; twin: an issuer's fraud hold already placed.
    [['【ソフトバンク】ご利用料金の未納により、本日18時に回線を停止します。停止を避けるには 0120-558-931 へお電話ください。', '0120558931'],
      ['【三井住友カード】不審なお取引を検知したため、カードのご利用を一時的に制限しています。お心当たりの確認のため 0120-776-552 までお電話ください。', '0120776552']],
    // A service stopped within hours from an unlisted 03 line; twin: a named post office's own line about a registered letter.
    [['【楽天モバイル】お客様の回線は3時間後に利用停止となります。回避のお手続きは 03-6825-1190 までお電話ください。', '0368251190'],
      ['世田谷郵便局です。書留をお預かりしています。再配達のご希望は 03-3420-1117 までお電話ください。', '0334201117']],
    // A parcel told as holding drugs, to be handed to the police; twin: the same courier's branch about a redelivery.
    [['日本郵便です。お客様宛の国際小包から違法薬物が見つかりました。警察に引き渡す前に 03-6231-4477 までご連絡ください。', '0362314477'],
      ['世田谷郵便局です。ゆうパックをお預かりしています。お受け取り日時のご相談は 03-3420-1117 までお電話ください。', '0334201117']],
    // A refund pressed for today on a department's line from a handset; twin: the department's notice with nothing at stake.
    [['【みどり台市】保険料の還付金があります。本日中に保険年金課(0436-22-1180)までご連絡ください。', '08051234567'],
      ['【みどり台市からのお知らせ】国民健康保険の手続きについてご案内があります。保険年金課(0436-22-1180)までご連絡ください。', '08051234567']],
  ];
  for (const [[text, from], [twin, twinFrom]] of pairs) {
    const r = rules.analyse({ text, from });
    assert.equal(r.verdict, 'block', `${text}: ${shown(r)}`);
    assert.equal(engine.analyse({ text, from }).verdict, 'block', text);
    const t = rules.analyse({ text: twin, from: twinFrom });
    assert.notEqual(t.verdict, 'block', `${twin}: ${shown(t)}`);
    assert.notEqual(engine.analyse({ text: twin, from: twinFrom }).verdict, 'block', twin);
  }
});
