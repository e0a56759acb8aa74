// The subscriber's consent pages, rendered on the server and complete without JavaScript:
// number → code by SMS → code → the four settings. Values are escaped by the form's `html`.
import { html, type Html } from '../web/form/html.js';
import { langLink, pageShell } from '../web/shell.js';
import { COPY, errorText, fill, type ConsentCopy, type Lang } from './copy.js';
import { CONSENT_FIELDS, type ConsentSettings } from './registry.js';

export const CONSENT_PATH = '/consent';
export const CONSENT_ASSET = `${CONSENT_PATH}/assets/consent.css`;

/** 09012345678 → 090-****-5678: enough for the owner to recognise, little for an onlooker. */
export function maskLine(line: string): string {
  return `${line.slice(0, 3)}-****-${line.slice(7)}`;
}

/**
 * Where the language switch goes: a link, or — where the page carries the subscriber's number
 * — a small form that posts it, so that the number never sits in a URL (and in access logs).
 */
type Switch = string | { readonly action: string; readonly fields: Readonly<Record<string, string>> };

function langSwitch(c: ConsentCopy, to: Switch): Html {
  if (typeof to === 'string') {
    const sep = to.includes('?') ? '&' : '?';
    return langLink(c, `${to}${sep}lang=${c.switchTo.lang}`);
  }
  return html`<form method="post" action="${to.action}" class="lang-form">${Object.entries(to.fields).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}<input type="hidden" name="lang" value="${c.switchTo.lang}"><button class="lang-switch" type="submit" lang="${c.switchTo.lang}">${c.switchTo.label}</button></form>`;
}

function layout(lang: Lang, heading: string, switchTo: Switch, main: Html): string {
  const c = COPY[lang];
  return pageShell({ copy: c, heading, home: CONSENT_PATH, referrer: 'same-origin', styles: [CONSENT_ASSET], langSwitch: langSwitch(c, switchTo), column: true }, main);
}

function errorSummary(c: ConsentCopy, message: string | undefined, target: string): Html {
  if (!message) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary"><p class="error-summary__title">${c.errorTitle}</p><ul><li><a href="#${target}">${message}</a></li></ul></div>`;
}

export interface StartPageInput {
  readonly lang: Lang;
  readonly smsAvailable: boolean;
  readonly value?: string;
  readonly error?: string;
  readonly notice?: 'expired';
}

export function startPage(input: StartPageInput): string {
  const c = COPY[input.lang];
  const err = input.error ? errorText(input.lang, input.error) : undefined;
  const main = html`<h1>${c.title}</h1>
<p class="lead">${c.lead}</p>
<p>${c.defaultsNote}</p>
${input.notice === 'expired' ? html`<p class="notice" role="status">${c.expired}</p>` : ''}
${input.smsAvailable ? '' : html`<p class="notice notice--warn" role="status" id="no-smsc">${c.noSmsc}</p>`}
${errorSummary(c, err, 'line')}
<form class="card form" method="post" action="${CONSENT_PATH}/code" accept-charset="utf-8">
  <input type="hidden" name="lang" value="${input.lang}">
  <div class="field${err ? ' field--error' : ''}">
    <label for="line">${c.lineLabel}</label>
    <p class="hint" id="line-hint">${c.lineHint}</p>
    ${err ? html`<p class="field__error" id="line-error">${err}</p>` : ''}
    <input class="line-input" id="line" name="line" type="tel" inputmode="tel" autocomplete="tel-national" maxlength="24" required value="${input.value ?? ''}" aria-describedby="line-hint${err ? ' line-error' : ''}"${err ? html` aria-invalid="true"` : ''}>
  </div>
  <div class="actions"><button class="button button--primary" type="submit">${c.sendCode}</button></div>
</form>`;
  return layout(input.lang, c.title, CONSENT_PATH, main);
}

export interface CodePageInput {
  readonly lang: Lang;
  readonly line: string;
  readonly error?: string;
}

export function codePage(input: CodePageInput): string {
  const c = COPY[input.lang];
  const err = input.error ? errorText(input.lang, input.error) : undefined;
  const main = html`<h1>${c.codeTitle}</h1>
<p class="lead" role="status">${fill(c.codeSent, { line: maskLine(input.line) })}</p>
${errorSummary(c, err, 'code')}
<form class="card form" method="post" action="${CONSENT_PATH}/verify" accept-charset="utf-8">
  <input type="hidden" name="lang" value="${input.lang}">
  <input type="hidden" name="line" value="${input.line}">
  <div class="field${err ? ' field--error' : ''}">
    <label for="code">${c.codeLabel}</label>
    <p class="hint" id="code-hint">${c.codeHint}</p>
    ${err ? html`<p class="field__error" id="code-error">${err}</p>` : ''}
    <input class="code-input" id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9０-９]{6}" maxlength="6" required aria-describedby="code-hint${err ? ' code-error' : ''}"${err ? html` aria-invalid="true"` : ''}>
  </div>
  <div class="actions"><button class="button button--primary" type="submit">${c.verify}</button></div>
</form>
<form method="post" action="${CONSENT_PATH}/code" accept-charset="utf-8">
  <input type="hidden" name="lang" value="${input.lang}">
  <input type="hidden" name="line" value="${input.line}">
  <button class="linkish" type="submit">${c.resend}</button>
</form>
<p><a href="${CONSENT_PATH}">${c.otherLine}</a></p>`;
  return layout(input.lang, c.codeTitle, { action: `${CONSENT_PATH}/verify`, fields: { line: input.line, show: '1' } }, main);
}

export interface SettingsPageInput {
  readonly lang: Lang;
  readonly line: string;
  readonly settings: ConsentSettings;
  readonly since: string | null;
  readonly csrf: string;
  readonly saved?: 'changed' | 'nothing';
  readonly error?: string;
  /** An infected case is open on the line: detection can be turned off only through the carrier. */
  readonly detectionHeld?: boolean;
}

export function settingsPage(input: SettingsPageInput): string {
  const c = COPY[input.lang];
  const err = input.error ? errorText(input.lang, input.error) : undefined;
  const main = html`<h1>${c.settingsTitle}</h1>
${input.saved ? html`<p class="notice notice--ok" role="status" id="saved">${input.saved === 'changed' ? c.saved : c.savedNothing}</p>` : ''}
${errorSummary(c, err, 'settings')}
<p class="lead">${fill(c.settingsLead, { line: maskLine(input.line) })}</p>
<p class="hint">${input.since ? fill(c.since, { at: formatTime(input.since, input.lang) }) : c.neverChanged}</p>
<form class="form" id="settings" method="post" action="${CONSENT_PATH}/settings" accept-charset="utf-8">
  <input type="hidden" name="lang" value="${input.lang}">
  <input type="hidden" name="csrf" value="${input.csrf}">
  ${CONSENT_FIELDS.map((f) => {
    const t = c.fields[f];
    const on = input.settings[f];
    const held = f === 'detection' && input.detectionHeld === true;
    return html`<fieldset class="setting" aria-describedby="${f}-body ${f}-note"${held ? html` disabled` : ''}>
    <legend>${t.label}</legend>
    <p class="setting__body" id="${f}-body">${t.body}</p>
    <div class="choices">
      <label class="choice"><input type="radio" name="${f}" value="on"${on ? html` checked` : ''}> ${c.on}</label>
      <label class="choice"><input type="radio" name="${f}" value="off"${on ? '' : html` checked`}> ${c.off}</label>
    </div>
    ${held ? html`<p class="notice notice--warn" id="detection-held">${c.caseOpen}</p>` : ''}
    <p class="setting__note" id="${f}-note">${t.offNote}</p>
  </fieldset>`;
  })}
  <div class="actions"><button class="button button--primary" type="submit">${c.save}</button></div>
</form>
<p class="hint">${c.sessionNote}</p>
<form method="post" action="${CONSENT_PATH}/logout"><input type="hidden" name="lang" value="${input.lang}"><input type="hidden" name="csrf" value="${input.csrf}"><button class="button button--secondary" type="submit">${c.logout}</button></form>`;
  return layout(input.lang, c.settingsTitle, `${CONSENT_PATH}/settings`, main);
}

export function messagePage(lang: Lang, title: string, body: string, status: 'warn' | 'info' = 'info'): string {
  const c = COPY[lang];
  const main = html`<h1>${title}</h1>
<p class="notice${status === 'warn' ? ' notice--warn' : ''}" role="alert">${body}</p>
<p><a href="${CONSENT_PATH}">${c.title}</a></p>`;
  return layout(lang, title, CONSENT_PATH, main);
}

/** Japan time, as subscribers read it. */
function formatTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' }).format(d) + (lang === 'ja' ? '' : ' (JST)');
}
