// What an appellant reads on the appeal pages, Japanese first and in English.
import type { ShellCopy } from '../shell.js';

export type Lang = 'ja' | 'en';

/** The frame's words (ShellCopy) and the page's. */
export interface AppealCopy extends ShellCopy {
  readonly switchTo: { readonly lang: Lang; readonly label: string };
  readonly title: string;
  readonly lead: string;
  readonly how: readonly string[];
  readonly subjectLabel: string;
  readonly subjectHint: string;
  readonly emailLabel: string;
  readonly emailHint: string;
  readonly explanationLabel: string;
  readonly explanationHint: string;
  readonly submit: string;
  readonly errorTitle: string;
  readonly tokenTitle: string;
  readonly tokenLead: string;
  readonly idLabel: string;
  readonly tokenLabel: string;
  readonly tokenOnce: string;
  readonly dnsTitle: string;
  readonly dnsBody: string;
  readonly fileTitle: string;
  readonly fileBody: string;
  readonly verify: string;
  readonly senderTitle: string;
  readonly senderBody: string;
  readonly verifiedTitle: string;
  readonly verifiedBody: string;
  readonly notProvenTitle: string;
  readonly notProvenBody: string;
  readonly dnsResult: string;
  readonly fileResult: string;
  readonly retry: string;
  readonly stateTitle: string;
  readonly states: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
}

export const COPY: Readonly<Record<Lang, AppealCopy>> = {
  ja: {
    htmlLang: 'ja',
    siteName: 'smishguard 迷惑SMS対策',
    skip: '本文へ移動',
    switchTo: { lang: 'en', label: 'English' },
    footer: '申し立ての内容は担当者が確認します。ご連絡先のメールアドレスは、この申し立てについてのご連絡にのみ使います。',
    title: 'ブロックへの異議申し立て',
    lead: 'お持ちのドメイン、URL、電話番号または送信者名（送信元ID）のSMSが誤ってブロックされたと思われる場合は、こちらからお知らせください。',
    how: [
      'ドメインやURLの場合は、申し立ての後に表示される確認用の文字列を、DNSのTXTレコードまたはウェブサイトのファイルとして公開していただき、所有者であることを確認します。',
      '電話番号や送信者名の場合は、ご説明の内容を担当者が確認します。',
      '確認後、担当者が判断します。認められた場合、報告に基づく疑いではブロックされなくなります。',
    ],
    subjectLabel: 'ブロックされたドメイン、URL、電話番号または送信者名',
    subjectHint: '例: example.co.jp、https://www.example.co.jp/info、03-1234-5678、EXAMPLE',
    emailLabel: 'ご連絡先メールアドレス',
    emailHint: '判断の結果などをお知らせします。',
    explanationLabel: 'ご説明',
    explanationHint: 'どのような用途で使っているか、なぜブロックが誤りと考えるかをお書きください（2000文字まで）。',
    submit: '申し立てを送信する',
    errorTitle: '入力内容を確認してください',
    tokenTitle: '申し立てを受け付けました',
    tokenLead: '所有者であることの確認のため、次のどちらかを公開してから「確認する」を押してください。',
    idLabel: '受付番号',
    tokenLabel: '確認用の文字列',
    tokenOnce: 'この文字列は今回だけ表示されます。控えておいてください。',
    dnsTitle: '方法1: DNSのTXTレコード',
    dnsBody: '次の名前に、次の値のTXTレコードを追加してください。',
    fileTitle: '方法2: ウェブサイトのファイル',
    fileBody: '次のURLで、確認用の文字列だけを書いたテキストファイルを公開してください（HTTPS、転送なし）。',
    verify: '確認する',
    senderTitle: '申し立てを受け付けました',
    senderBody: '電話番号や送信者名はDNSで確認できないため、ご説明の内容を担当者が確認します。結果はメールでお知らせします。',
    verifiedTitle: '所有者であることを確認しました',
    verifiedBody: '担当者が申し立てを判断します。結果はメールでお知らせします。公開した文字列は判断が済むまでそのままにしてください。',
    notProvenTitle: '確認できませんでした',
    notProvenBody: '確認用の文字列が見つかりませんでした。DNSの反映には時間がかかることがあります。しばらくしてからもう一度お試しください。',
    dnsResult: 'DNS',
    fileResult: 'ファイル',
    retry: 'もう一度確認する',
    stateTitle: '申し立ての状況',
    states: {
      verified: '所有者確認済み。担当者の判断をお待ちください。', unverified: '担当者の確認待ちです。', accepted: '申し立ては認められました。',
      rejected: '申し立ては認められませんでした。', revoked: '許可は取り消されました。', pending_verification: '所有者確認の待ち状態です。', expired: '所有者確認ができないまま期限切れになりました。',
    },
    errors: {
      E_BAD_SUBJECT: 'ドメイン、URL、電話番号または送信者名（英数字11文字まで）を入力してください。IPアドレスは受け付けていません。',
      E_BAD_EMAIL: 'ご連絡先のメールアドレスを正しく入力してください。',
      E_BAD_EXPLANATION: 'ご説明を2000文字以内で入力してください。',
      E_APPEAL_LIMIT: 'このネットワークからの申し立てが多すぎます。しばらくしてからもう一度お試しください。',
      E_RATE_LIMITED: 'アクセスが多すぎます。しばらくしてからもう一度お試しください。',
      E_NOT_FOUND: 'その受付番号の申し立ては見つかりません。',
      E_TOO_MANY_ATTEMPTS: '確認の回数が上限に達しました。新しく申し立てをしてください。',
      E_EXPIRED: '14日以内に所有者確認ができなかったため、この申し立ては期限切れになりました。新しく申し立てをしてください。',
      default: '処理できませんでした。しばらくしてからもう一度お試しください。',
    },
  },
  en: {
    htmlLang: 'en',
    siteName: 'smishguard anti-smishing',
    skip: 'Skip to content',
    switchTo: { lang: 'ja', label: '日本語' },
    footer: 'An analyst reads every appeal. Your e-mail address is used only to write to you about this appeal.',
    title: 'Appeal a block',
    lead: 'If SMS with your domain, URL, phone number or sender ID were blocked by mistake, tell us here.',
    how: [
      'For a domain or URL, you will be given a token to publish as a DNS TXT record or a file on the website: that proves you own it.',
      'For a phone number or sender ID, an analyst reads your explanation.',
      'An analyst then decides. If the appeal is accepted, reports that only suspect the name no longer block it.',
    ],
    subjectLabel: 'The blocked domain, URL, phone number or sender ID',
    subjectHint: 'For example: example.co.jp, https://www.example.co.jp/info, 03-1234-5678, EXAMPLE',
    emailLabel: 'Your e-mail address',
    emailHint: 'We write to you with the decision.',
    explanationLabel: 'Explanation',
    explanationHint: 'What you use it for, and why the block is wrong (up to 2000 characters).',
    submit: 'Send the appeal',
    errorTitle: 'Please check what you entered',
    tokenTitle: 'Your appeal is received',
    tokenLead: 'To prove you own the name, publish one of the following, then press "Check now".',
    idLabel: 'Appeal number',
    tokenLabel: 'Verification token',
    tokenOnce: 'This token is shown only now. Keep a copy.',
    dnsTitle: 'Way 1: a DNS TXT record',
    dnsBody: 'Add a TXT record with this value at this name.',
    fileTitle: 'Way 2: a file on the website',
    fileBody: 'Serve a text file holding only the token at this URL (HTTPS, no redirect).',
    verify: 'Check now',
    senderTitle: 'Your appeal is received',
    senderBody: 'A phone number or sender ID cannot be proven by DNS: an analyst reads your explanation and writes to you with the decision.',
    verifiedTitle: 'Ownership proven',
    verifiedBody: 'An analyst will decide on the appeal and write to you. Leave the token published until then.',
    notProvenTitle: 'Not proven yet',
    notProvenBody: 'The token was not found. DNS changes can take a while to be seen; try again later.',
    dnsResult: 'DNS',
    fileResult: 'File',
    retry: 'Check again',
    stateTitle: 'Appeal status',
    states: {
      verified: 'Ownership proven; waiting for an analyst.', unverified: 'Waiting for an analyst.', accepted: 'The appeal was accepted.',
      rejected: 'The appeal was not accepted.', revoked: 'The allowance was revoked.', pending_verification: 'Waiting for proof of ownership.', expired: 'Expired without proof of ownership.',
    },
    errors: {
      E_BAD_SUBJECT: 'Enter a domain, URL, phone number or sender ID (up to 11 letters and digits). IP addresses are not accepted.',
      E_BAD_EMAIL: 'Enter an e-mail address we can write to.',
      E_BAD_EXPLANATION: 'Enter an explanation of up to 2000 characters.',
      E_APPEAL_LIMIT: 'Too many appeals from this network. Please try again later.',
      E_RATE_LIMITED: 'Too many requests. Please try again later.',
      E_NOT_FOUND: 'There is no appeal with that number.',
      E_TOO_MANY_ATTEMPTS: 'This appeal was checked too many times. Please file a new one.',
      E_EXPIRED: 'Ownership was not proven within 14 days, so this appeal has expired. Please file a new one.',
      default: 'That did not work. Please try again later.',
    },
  },
};
