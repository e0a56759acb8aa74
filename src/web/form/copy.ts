// Everything the subscriber reads, in Japanese first and in English. The `live` part is
// sent to the browser (as a JSON data block) for what the script writes.
import type { Lang, LinkStatus, SenderStatus } from './assets/summary.js';
import type { VerdictLabel } from '../../core/types.js';

export type { Lang } from './assets/summary.js';
export type ReceivedVia = 'sms' | 'rcs' | 'imessage' | 'email' | 'other';
export const RECEIVED_VIA: readonly ReceivedVia[] = ['sms', 'rcs', 'imessage', 'email', 'other'];

export interface LiveCopy {
  readonly verdict: Record<VerdictLabel, { title: string; body: string }>;
  readonly resultTitle: string;
  /** Under a block or suspicious verdict before the report is sent. */
  readonly reportHint: string;
  readonly checking: string;
  readonly checkFailed: string;
  readonly claims: string;
  readonly noBrand: string;
  readonly links: string;
  readonly defangNote: string;
  readonly link: Record<LinkStatus, string>;
  readonly officialOf: string;
  readonly senderTitle: string;
  readonly sender: Record<SenderStatus, string>;
  readonly why: string;
  readonly reassurance: string;
  readonly sending: string;
  readonly thanksTitle: string;
  readonly reference: string;
  readonly referenceHint: string;
  readonly addDetails: string;
  readonly another: string;
  readonly detailsDoneTitle: string;
  readonly detailsDoneBody: string;
  readonly errors: Record<string, string>;
}

export interface Copy {
  readonly htmlLang: string;
  readonly siteName: string;
  readonly title: string;
  readonly skip: string;
  readonly switchTo: { readonly lang: Lang; readonly label: string };
  readonly lead: string;
  readonly textLabel: string;
  readonly textHint: string;
  readonly senderLabel: string;
  readonly senderHint: string;
  readonly required: string;
  readonly optional: string;
  readonly submit: string;
  readonly checkOnly: string;
  readonly privacy: string;
  readonly stepsTitle: string;
  readonly steps: readonly { title: string; body: string }[];
  readonly adviceTitle: string;
  readonly advice: readonly { label: string; href?: string; note: string }[];
  readonly details: {
    readonly title: string;
    readonly lead: string;
    readonly viaLabel: string;
    readonly via: Record<ReceivedVia, string>;
    readonly viaUnset: string;
    readonly noteLabel: string;
    readonly noteHint: string;
    readonly senderKnown: string;
    readonly submit: string;
    readonly notFound: string;
    readonly alreadyDone: string;
    readonly back: string;
  };
  readonly errorTitle: string;
  readonly footer: string;
  readonly live: LiveCopy;
}

const ja: Copy = {
  htmlLang: 'ja',
  siteName: '迷惑SMS対策窓口',
  title: '迷惑SMS・詐欺SMSの報告',
  skip: '本文へ移動',
  switchTo: { lang: 'en', label: 'English' },
  lead: '届いたSMSの本文を貼り付けてください。入力するとすぐに、詐欺の可能性・なりすましている企業・危険なリンクを確認できます。報告いただいた内容は、携帯電話会社の詐欺SMS対策（送信元の特定や危険なサイトのブロック）に使われます。',
  textLabel: 'SMSの本文',
  textHint: '受け取ったメッセージをそのまま貼り付けてください。本文中のURLは開かないでください。',
  senderLabel: '送信元の電話番号・表示名',
  senderHint: '例：090-1234-5678、+81 80 1234 5678、「Amazon」などの表示名',
  required: '必須',
  optional: '任意',
  submit: 'この内容で報告する',
  checkOnly: '報告せずに確認だけする',
  privacy: '報告内容（本文と送信元）は詐欺SMS対策のためにのみ利用します。あなたご自身の電話番号や氏名は入力不要です。確認だけの場合、内容は保存されません。',
  stepsTitle: 'いますぐできること',
  steps: [
    { title: 'URLを開かない', body: '本文中のリンクは開かず、返信や記載の番号への電話もしないでください。荷物や料金の確認は、公式アプリやブックマークした公式サイトから行ってください。' },
    { title: '開いてしまった場合は', body: '表示されたアプリはインストールしないでください。インストールしてしまった場合は、すぐに機内モードにしてネットワークから切り離し、アプリを削除したうえで、ご契約の携帯電話会社にご相談ください。' },
    { title: 'ID・パスワードを入力した場合は', body: '同じパスワードを使っているサービスも含めて、すぐにパスワードを変更してください。カード番号や口座情報を入力した場合は、カード会社・金融機関に連絡して利用停止を依頼してください。' },
    { title: '報告する', body: 'このページから報告すると、同じ詐欺SMSを受け取るほかの方の被害を防ぐことにつながります。' },
  ],
  adviceTitle: '相談窓口・公式情報',
  advice: [
    { label: '警察庁「フィッシング対策」', href: 'https://www.npa.go.jp/bureau/cyber/countermeasures/phishing.html', note: '手口と対策' },
    { label: 'フィッシング対策協議会', href: 'https://www.antiphishing.jp/', note: '最新の緊急情報と報告窓口' },
    { label: 'NTTドコモ「迷惑SMS対策」', href: 'https://www.docomo.ne.jp/info/spam_mail/sms/', note: 'ドコモをご利用の方' },
    { label: 'au「迷惑SMSフィルター」', href: 'https://www.au.com/mobile/service/sms/filter/', note: 'au・UQ mobileをご利用の方' },
    { label: 'ソフトバンク「迷惑SMS対策」', href: 'https://www.softbank.jp/mobile/info/personal/news/service/20220602a/', note: 'ソフトバンク・ワイモバイルをご利用の方' },
    { label: '警察相談専用電話 #9110', note: '被害に遭ったかもしれないとき（最寄りの警察の相談窓口につながります）' },
    { label: '消費者ホットライン 188', note: 'お金を支払ってしまったとき（最寄りの消費生活センターにつながります）' },
  ],
  details: {
    title: '報告に情報を追加する',
    lead: 'ご報告ありがとうございます。受付番号 {id} の報告に、SMSの送信元の番号などを追加できます（分かる範囲で構いません）。',
    viaLabel: '受け取った場所',
    via: { sms: 'SMS（メッセージアプリ）', rcs: '+メッセージ', imessage: 'iMessage', email: 'メール', other: 'その他' },
    viaUnset: '選択してください',
    noteLabel: 'メモ',
    noteHint: '受け取った日時や、リンクを開いたかどうかなど（1000文字まで）。パスワードやカード番号は書かないでください。',
    senderKnown: 'この報告の送信元は登録済みです。',
    submit: '情報を追加する',
    notFound: '受付番号 {id} の報告は見つかりませんでした。SMSに記載の番号をご確認ください。',
    alreadyDone: 'この報告にはすでに情報が追加されています。',
    back: '別のSMSを確認・報告する',
  },
  errorTitle: '入力内容をご確認ください',
  footer: 'このページは携帯電話会社の迷惑SMS対策のために運営されています。当ページからSMSやメールでID・パスワードを尋ねることはありません。',
  live: {
    verdict: {
      block: { title: '詐欺SMSの可能性が高いです', body: 'URLは開かず、返信もしないでください。' },
      suspicious: { title: '詐欺SMSの疑いがあります', body: '送信元に心当たりがあっても、本文のリンクは開かず、公式アプリや公式サイトから確認してください。' },
      allow: { title: '詐欺の特徴は見つかりませんでした', body: 'ただし安全とは限りません。心当たりのないリンクは開かず、公式アプリや公式サイトから確認してください。' },
    },
    resultTitle: '確認結果',
    reportHint: '下の「この内容で報告する」から報告できます。',
    checking: '確認しています…',
    checkFailed: 'いま確認できませんでした。報告はそのまま送れます。',
    claims: 'なりすまされている可能性のある企業・団体',
    noBrand: '企業名は見つかりませんでした',
    links: '本文中のリンク',
    defangNote: '誤って開かないよう、一部を書き換えて表示しています（クリックできません）。',
    link: { dangerous: '危険', official: '公式', unknown: '未確認' },
    officialOf: '{brand}の公式ドメイン',
    senderTitle: '送信元',
    sender: {
      official: 'この企業の公式の送信元として登録されている番号です',
      unofficial: 'この企業の公式の送信元ではありません',
      overseas: '海外から送られています（国内企業の正規のSMSでは通常ありません）',
      personal: '個人の携帯電話番号からです（ウイルスに感染したスマートフォンから送られる典型的な手口です）',
      reported: 'すでに詐欺SMSとして報告されている番号です',
      unverified: '公式の送信元かどうかは確認できませんでした',
    },
    why: '判定の理由',
    reassurance: '正規のSMSと考えられる点',
    sending: '送信しています…',
    thanksTitle: 'ご報告ありがとうございました',
    reference: '受付番号',
    referenceHint: 'お問い合わせの際は、この受付番号をお伝えください。',
    addDetails: '送信元の番号やメモを追加する',
    another: '別のSMSを確認・報告する',
    detailsDoneTitle: '情報を追加しました',
    detailsDoneBody: '受付番号 {id} の報告に追加しました。ご協力ありがとうございました。',
    errors: {
      E_EMPTY_TEXT: 'SMSの本文を入力してください。',
      E_TEXT_TOO_LONG: '本文が長すぎます（4096文字まで）。',
      E_BINARY_TEXT: '本文に使えない文字が含まれています。',
      E_BAD_SENDER: '送信元は電話番号（例：090-1234-5678）か、英字を含む表示名で入力してください。',
      E_BAD_NOTE: 'メモに使えない文字が含まれているか、長すぎます（1000文字まで）。',
      E_BAD_VIA: '受け取った場所を選び直してください。',
      E_EMPTY_DETAILS: '追加する情報を入力してください。',
      E_HAS_SENDER: 'この報告の送信元はすでに登録されています。',
      E_HAS_DETAILS: 'この報告にはすでに情報が追加されています。',
      E_NOT_FOUND: 'この受付番号の報告は見つかりませんでした。',
      E_RATE_LIMITED: '短時間に多くの送信がありました。少し時間をおいてからお試しください。',
      E_NETWORK: '通信できませんでした。電波の良い場所で、もう一度お試しください。',
      default: '送信できませんでした。時間をおいてもう一度お試しください。',
    },
  },
};

const en: Copy = {
  htmlLang: 'en',
  siteName: 'Scam SMS reporting',
  title: 'Report a spam or scam text message',
  skip: 'Skip to main content',
  switchTo: { lang: 'ja', label: '日本語' },
  lead: 'Paste the text message you received. As you type, you will see whether it looks like a scam, which company it pretends to be and which links are dangerous. Your report helps mobile carriers stop scam texts (finding the senders and blocking dangerous sites).',
  textLabel: 'Message text',
  textHint: 'Paste the message exactly as you received it. Do not open any link in it.',
  senderLabel: "Sender's number or name",
  senderHint: 'For example 090-1234-5678, +81 80 1234 5678, or a name such as "Amazon"',
  required: 'required',
  optional: 'optional',
  submit: 'Send report',
  checkOnly: 'Check only, do not report',
  privacy: 'What you report (the text and the sender) is used only to fight scam texts. We do not need your own number or name. A check alone is not stored.',
  stepsTitle: 'What to do now',
  steps: [
    { title: 'Do not open the link', body: 'Do not tap links, reply, or call numbers in the message. To check a parcel or a bill, use the official app or a bookmarked official site.' },
    { title: 'If you opened it', body: 'Do not install any app it offers. If you already installed one, switch to airplane mode at once, delete the app, and contact your mobile carrier.' },
    { title: 'If you entered an ID or password', body: 'Change that password now, and on every service where you use the same one. If you entered card or bank details, call your card company or bank and ask them to stop the card or account.' },
    { title: 'Report it', body: 'Reporting here helps protect others who receive the same scam.' },
  ],
  adviceTitle: 'Help and official advice (in Japanese)',
  advice: [
    { label: 'National Police Agency: phishing', href: 'https://www.npa.go.jp/bureau/cyber/countermeasures/phishing.html', note: 'how the scams work' },
    { label: 'Council of Anti-Phishing Japan', href: 'https://www.antiphishing.jp/', note: 'current alerts and where to report' },
    { label: 'NTT docomo: spam SMS', href: 'https://www.docomo.ne.jp/info/spam_mail/sms/', note: 'docomo customers' },
    { label: 'au: SMS filter', href: 'https://www.au.com/mobile/service/sms/filter/', note: 'au and UQ mobile customers' },
    { label: 'SoftBank: spam SMS', href: 'https://www.softbank.jp/mobile/info/personal/news/service/20220602a/', note: 'SoftBank and Y!mobile customers' },
    { label: 'Police consultation line #9110', note: 'if you may have been defrauded' },
    { label: 'Consumer hotline 188', note: 'if you paid money' },
  ],
  details: {
    title: 'Add details to your report',
    lead: 'Thank you for your report. You can add the number the text came from and other details to report {id} (whatever you know).',
    viaLabel: 'Where you received it',
    via: { sms: 'SMS (messages app)', rcs: '+Message (RCS)', imessage: 'iMessage', email: 'Email', other: 'Other' },
    viaUnset: 'Choose one',
    noteLabel: 'Note',
    noteHint: 'When you received it, whether you opened the link… (up to 1000 characters). Do not write passwords or card numbers.',
    senderKnown: 'The sender of this report is already recorded.',
    submit: 'Add details',
    notFound: 'No report {id} was found. Please check the reference in the text message we sent you.',
    alreadyDone: 'Details have already been added to this report.',
    back: 'Check or report another message',
  },
  errorTitle: 'Please check what you entered',
  footer: 'This page is run by mobile carriers against scam texts. We never ask for your ID or password by SMS or email.',
  live: {
    verdict: {
      block: { title: 'This is very likely a scam', body: 'Do not open the link or reply.' },
      suspicious: { title: 'This may be a scam', body: 'Even if you know the sender, do not open the link: check in the official app or on the official site.' },
      allow: { title: 'No signs of a scam were found', body: 'That does not make it safe: do not open links you did not expect; check in the official app or on the official site.' },
    },
    resultTitle: 'Result',
    reportHint: 'You can report it with the "Send report" button below.',
    checking: 'Checking…',
    checkFailed: 'We could not check it just now. You can still send the report.',
    claims: 'Company or body it may be impersonating',
    noBrand: 'No company name found',
    links: 'Links in the message',
    defangNote: 'Rewritten so that it cannot be opened by mistake (not clickable).',
    link: { dangerous: 'Dangerous', official: 'Official', unknown: 'Unverified' },
    officialOf: "{brand}'s official domain",
    senderTitle: 'Sender',
    sender: {
      official: "A number registered as this company's official sender",
      unofficial: "Not this company's official sender",
      overseas: 'Sent from abroad (genuine texts from Japanese companies normally are not)',
      personal: 'Sent from a personal mobile number (typical of texts sent by infected smartphones)',
      reported: 'This number has already been reported for scam texts',
      unverified: 'We could not tell whether this sender is official',
    },
    why: 'Why',
    reassurance: 'Signs that it is genuine',
    sending: 'Sending…',
    thanksTitle: 'Thank you for your report',
    reference: 'Reference',
    referenceHint: 'Please quote this reference if you contact us.',
    addDetails: "Add the sender's number or a note",
    another: 'Check or report another message',
    detailsDoneTitle: 'Details added',
    detailsDoneBody: 'Added to report {id}. Thank you for your help.',
    errors: {
      E_EMPTY_TEXT: 'Please enter the message text.',
      E_TEXT_TOO_LONG: 'The text is too long (4096 characters at most).',
      E_BINARY_TEXT: 'The text contains characters that cannot be in a text message.',
      E_BAD_SENDER: 'Enter the sender as a phone number (for example 090-1234-5678) or as a name with letters.',
      E_BAD_NOTE: 'The note contains characters that are not allowed, or is too long (1000 characters at most).',
      E_BAD_VIA: 'Please choose where you received it again.',
      E_EMPTY_DETAILS: 'Please enter something to add.',
      E_HAS_SENDER: 'The sender of this report is already recorded.',
      E_HAS_DETAILS: 'Details have already been added to this report.',
      E_NOT_FOUND: 'No report with this reference was found.',
      E_RATE_LIMITED: 'Too many attempts in a short time. Please wait a little and try again.',
      E_NETWORK: 'Could not connect. Please try again where the signal is better.',
      default: 'Could not send. Please try again later.',
    },
  },
};

export const COPY: Readonly<Record<Lang, Copy>> = { ja, en };

/** `{name}` placeholders filled in; the values are escaped by whoever renders the result. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

export function errorText(lang: Lang, code: string): string {
  const errors = COPY[lang].live.errors;
  return errors[code] ?? (errors.default as string);
}
