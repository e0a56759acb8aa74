// What the subscriber reads on the consent page, Japanese first and in English.
import type { ShellCopy } from '../web/shell.js';
import type { ConsentField } from './registry.js';

export type Lang = 'ja' | 'en';

/** The frame's words (ShellCopy) and the page's. */
export interface ConsentCopy extends ShellCopy {
  readonly switchTo: { readonly lang: Lang; readonly label: string };
  readonly title: string;
  readonly lead: string;
  readonly defaultsNote: string;
  readonly lineLabel: string;
  readonly lineHint: string;
  readonly sendCode: string;
  readonly noSmsc: string;
  readonly expired: string;
  readonly codeTitle: string;
  readonly codeSent: string;
  readonly codeLabel: string;
  readonly codeHint: string;
  readonly verify: string;
  readonly resend: string;
  readonly otherLine: string;
  readonly settingsTitle: string;
  readonly settingsLead: string;
  readonly on: string;
  readonly off: string;
  readonly fields: { readonly [K in ConsentField]: { readonly label: string; readonly body: string; readonly offNote: string } };
  readonly save: string;
  readonly saved: string;
  readonly savedNothing: string;
  readonly since: string;
  readonly neverChanged: string;
  readonly sessionNote: string;
  readonly logout: string;
  /** Beside detection while an infected case is open on the line. */
  readonly caseOpen: string;
  readonly errorTitle: string;
  readonly errors: Readonly<Record<string, string>>;
  /** The code's SMS: one part (at most 70 characters in Japanese, GSM-7 only in English). */
  readonly sms: (code: string, minutes: number) => string;
}

export const COPY: Readonly<Record<Lang, ConsentCopy>> = {
  ja: {
    htmlLang: 'ja',
    siteName: 'smishguard 迷惑SMS対策',
    skip: '本文へ移動',
    switchTo: { lang: 'en', label: 'English' },
    footer: '設定はいつでも変更できます。変更の記録は契約の記録として保管されます。',
    title: '迷惑SMS対策の設定',
    lead: 'ご契約の回線について、不正なSMSを送る「感染端末」の検知、感染が疑われるときのお知らせSMS、危険なSMSのブロック、不正な通信先（C&Cサーバー）のブロックを設定できます。',
    defaultsNote: 'ご契約の約款に基づき、最初はすべて「利用する」になっています。ご本人確認のため、回線の電話番号にSMSで確認コードをお送りします。',
    lineLabel: '携帯電話番号',
    lineHint: '例：090-1234-5678（ハイフンはなくてもかまいません）',
    sendCode: '確認コードを送る',
    noSmsc: '現在、確認コードをSMSで送ることができません（SMSの送信設備につながっていません）。時間をおいてもう一度お試しいただくか、お客様窓口にお問い合わせください。',
    expired: '確認の有効時間が過ぎました。もう一度、確認コードを受け取ってください。',
    codeTitle: '確認コードの入力',
    codeSent: '{line} にSMSで6桁の確認コードを送りました。10分以内に入力してください。',
    codeLabel: '確認コード（6桁）',
    codeHint: 'SMSに書かれた数字6桁',
    verify: '確認する',
    resend: 'コードを送り直す',
    otherLine: '別の番号で手続きする',
    settingsTitle: '設定の確認と変更',
    settingsLead: '{line} の設定です。変更したい項目を選び、「保存する」を押してください。',
    on: '利用する',
    off: '利用しない',
    fields: {
      detection: {
        label: '感染端末の検知',
        body: 'この回線から送られるSMSの傾向（送信数や宛先の数など）を調べ、不正なアプリに感染して迷惑SMSを送っていないかを見つけます。',
        offNote: '「利用しない」にすると、この回線は検知の対象から完全に外れます（送信側としても受信側としても）。',
      },
      warnings: {
        label: '感染のお知らせSMS',
        body: '感染が疑われるとき、不正なアプリの削除方法をSMSでお知らせします。',
        offNote: '「利用しない」にすると、お知らせは届きません。',
      },
      filtering: {
        label: '危険なSMSのブロック',
        body: 'この回線に届く詐欺SMS（フィッシングなど）を、ネットワークでブロックまたは警告表示します。',
        offNote: '「利用しない」にすると、危険なSMSもそのまま届きます。',
      },
      cncBlocking: {
        label: '不正な通信先のブロック',
        body: '感染したアプリが指示を受け取る不正なサーバー（C&Cサーバー）への通信をブロックします。',
        offNote: '「利用しない」にすると、感染時の被害が広がるおそれがあります。',
      },
    },
    save: '保存する',
    saved: '設定を保存しました。',
    savedNothing: '変更はありませんでした。',
    since: '最終変更：{at}',
    neverChanged: 'ご契約時の設定のままです。',
    sessionNote: '安全のため、この画面は確認から15分で使えなくなります。',
    logout: '手続きを終える',
    caseOpen: 'この回線では、ウイルス感染の疑いについて携帯電話会社が対応中です。対応が終わるまで、検知を「利用しない」にする手続きは携帯電話会社の窓口（お客さまセンター・店頭）でのみ受け付けます。ほかの設定はここで変更できます。',
    errorTitle: '入力内容を確認してください',
    errors: {
      E_BAD_LINE: '携帯電話番号（070・080・090などで始まる11桁）を入力してください。',
      E_BAD_CODE: '確認コードは数字6桁です。',
      E_WRONG_CODE: '確認コードが違います。',
      E_NO_CODE: 'この番号に有効な確認コードがありません。もう一度コードを受け取ってください。',
      E_CODE_EXPIRED: '確認コードの有効期限（10分）が過ぎました。もう一度コードを受け取ってください。',
      E_TOO_MANY_ATTEMPTS: '確認コードを何度も間違えたため、このコードは使えなくなりました。もう一度コードを受け取ってください。',
      E_RATE_LIMITED: '短い時間に何度も試されました。しばらくしてからもう一度お試しください。',
      E_SMS_FAILED: '確認コードのSMSを送れませんでした。時間をおいてもう一度お試しください。',
      E_BAD_FORM: 'ページの有効期限が切れました。もう一度お試しください。',
      E_BAD_CHANGES: '各項目で「利用する」か「利用しない」を選んでください。',
      E_CASE_OPEN: '感染の疑いへの対応中は、検知を「利用しない」にする手続きは携帯電話会社の窓口でのみ受け付けます。',
      default: 'うまく処理できませんでした。時間をおいてもう一度お試しください。',
    },
    sms: (code, minutes) => `【smishguard】迷惑SMS対策の設定の確認コード：${code}（${minutes}分間有効）。誰にも教えないでください。`,
  },
  en: {
    htmlLang: 'en',
    siteName: 'smishguard anti-smishing',
    skip: 'Skip to content',
    switchTo: { lang: 'ja', label: '日本語' },
    footer: 'You can change these settings at any time. Every change is kept with your contract records.',
    title: 'Your anti-smishing settings',
    lead: 'For your line you can choose: detection of an infected handset sending scam SMS, an SMS telling you when your phone seems infected, network blocking of dangerous SMS, and blocking of the servers that control malware (C&C).',
    defaultsNote: 'Under your contract terms all of them start switched on. To make sure you hold the line, we text a code to its number.',
    lineLabel: 'Mobile number',
    lineHint: 'For example 090-1234-5678 (hyphens are optional)',
    sendCode: 'Text me a code',
    noSmsc: 'We cannot text codes right now: the service is not connected to the SMS network. Please try again later or contact customer support.',
    expired: 'Your confirmation has expired. Please get a new code.',
    codeTitle: 'Enter your code',
    codeSent: 'We texted a 6-digit code to {line}. Enter it within 10 minutes.',
    codeLabel: 'Code (6 digits)',
    codeHint: 'The six digits in the SMS',
    verify: 'Confirm',
    resend: 'Send a new code',
    otherLine: 'Use another number',
    settingsTitle: 'Check and change your settings',
    settingsLead: 'Settings for {line}. Choose what you want and press “Save”.',
    on: 'On',
    off: 'Off',
    fields: {
      detection: {
        label: 'Infected handset detection',
        body: 'Looks at the pattern of SMS your line sends (how many, to how many people) to find a phone infected with malware that sends scam SMS.',
        offNote: 'When off, your line is left out of detection entirely, as sender and as recipient.',
      },
      warnings: {
        label: 'Infection warning SMS',
        body: 'When your phone seems infected, we text you how to remove the malware.',
        offNote: 'When off, you get no warning.',
      },
      filtering: {
        label: 'Blocking dangerous SMS',
        body: 'Scam (phishing) SMS sent to your line are blocked or marked in the network.',
        offNote: 'When off, dangerous SMS reach you unchanged.',
      },
      cncBlocking: {
        label: 'Blocking malware servers',
        body: 'Blocks connections to the servers that send orders to malware (C&C servers).',
        offNote: 'When off, an infection can do more harm.',
      },
    },
    save: 'Save',
    saved: 'Your settings are saved.',
    savedNothing: 'Nothing was changed.',
    since: 'Last changed: {at}',
    neverChanged: 'Unchanged since your contract began.',
    sessionNote: 'For your safety this page stops working 15 minutes after you confirmed.',
    logout: 'Finish',
    caseOpen: 'Your carrier is dealing with a suspected infection on this line. Until that is finished, detection can be turned off only through your carrier (customer service or a shop). You can change the other settings here.',
    errorTitle: 'Please check what you entered',
    errors: {
      E_BAD_LINE: 'Enter a mobile number (11 digits starting 070, 080, 090…).',
      E_BAD_CODE: 'The code is six digits.',
      E_WRONG_CODE: 'That code is not right.',
      E_NO_CODE: 'There is no valid code for this number. Please get a new code.',
      E_CODE_EXPIRED: 'The code has expired (it lasts 10 minutes). Please get a new code.',
      E_TOO_MANY_ATTEMPTS: 'Too many wrong codes: this code no longer works. Please get a new code.',
      E_RATE_LIMITED: 'Too many tries in a short time. Please wait and try again.',
      E_SMS_FAILED: 'We could not text the code. Please try again later.',
      E_BAD_FORM: 'This page has expired. Please try again.',
      E_BAD_CHANGES: 'Choose On or Off for each setting.',
      E_CASE_OPEN: 'While the suspected infection is being dealt with, detection can be turned off only through your carrier.',
      default: 'Something went wrong. Please try again later.',
    },
    sms: (code, minutes) => `smishguard anti-smishing settings code: ${code} (valid ${minutes} min). Never share it.`,
  },
};

export const fill = (template: string, values: Readonly<Record<string, string>>): string => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

export const errorText = (lang: Lang, code: string): string => COPY[lang].errors[code] ?? (COPY[lang].errors.default as string);
