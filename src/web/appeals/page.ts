// The appeal pages, rendered on the server and complete without JavaScript: the form, the
// token and where to publish it, the result of a check. Values are escaped by the form's `html`.
import { html, type Html } from '../form/html.js';
import { langLink, pageShell } from '../shell.js';
import { COPY, type Lang } from './copy.js';

export const APPEAL_PATH = '/appeal';
export const APPEAL_ASSET = `${APPEAL_PATH}/assets/appeal.css`;

export const APPEAL_CSS = `
.notice { border-left: 4px solid var(--brand, #0b5cad); background: #eaf2fb; padding: .75rem 1rem; border-radius: 6px; margin: 0 0 1.25rem; }
.notice--warn { border-color: var(--warn, #8a4b00); background: var(--warn-bg, #fff4e0); }
.notice--ok { border-color: var(--ok, #1d6b36); background: var(--ok-bg, #e8f5ec); }
input[type="email"] { display: block; width: 100%; font: inherit; font-size: 1rem; color: var(--ink, #1a1d21); background: #fff; border: 2px solid #7a8591; border-radius: 8px; padding: .6rem .7rem; min-height: 48px; }
.proof dt { font-weight: 700; margin-top: .5rem; }
.proof dd { margin: 0 0 .3rem; }
.proof code, .token { display: block; overflow-wrap: anywhere; word-break: break-all; font-family: ui-monospace, monospace; background: #f2f4f7; border-radius: 6px; padding: .35rem .5rem; }
.steps { padding-left: 1.3rem; }
`;

export interface FormValues { readonly subject?: string; readonly email?: string; readonly explanation?: string }
export type FieldErrors = Partial<Record<'subject' | 'email' | 'explanation', string>>;

function layout(lang: Lang, heading: string, main: Html): string {
  const c = COPY[lang];
  return pageShell({ copy: c, heading, home: APPEAL_PATH, referrer: 'same-origin', styles: [APPEAL_ASSET], langSwitch: langLink(c, `${APPEAL_PATH}?lang=${c.switchTo.lang}`), column: true }, main);
}

const errorOf = (lang: Lang, code: string | undefined): string | undefined => (code ? (COPY[lang].errors[code] ?? COPY[lang].errors.default) : undefined);

export function formPage(lang: Lang, values: FormValues = {}, errors: FieldErrors = {}, notice?: string): string {
  const c = COPY[lang];
  const msgs = { subject: errorOf(lang, errors.subject), email: errorOf(lang, errors.email), explanation: errorOf(lang, errors.explanation) };
  const listed = (Object.entries(msgs) as [string, string | undefined][]).filter(([, m]) => m);
  const field = (name: 'subject' | 'email' | 'explanation', label: string, hint: string, control: Html): Html => html`<div class="field${msgs[name] ? ' field--error' : ''}">
    <label for="${name}">${label}</label>
    <p class="hint" id="${name}-hint">${hint}</p>
    ${msgs[name] ? html`<p class="field__error" id="${name}-error">${msgs[name]}</p>` : ''}
    ${control}
  </div>`;
  const describedBy = (name: 'subject' | 'email' | 'explanation'): string => `${name}-hint${msgs[name] ? ` ${name}-error` : ''}`;
  const invalid = (name: 'subject' | 'email' | 'explanation'): Html => (msgs[name] ? html` aria-invalid="true"` : html``);
  const main = html`<h1>${c.title}</h1>
<p class="lead">${c.lead}</p>
<ol class="steps">${c.how.map((s) => html`<li>${s}</li>`)}</ol>
${notice ? html`<p class="notice notice--warn" role="alert">${notice}</p>` : ''}
${listed.length ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary"><p class="error-summary__title">${c.errorTitle}</p><ul>${listed.map(([f, m]) => html`<li><a href="#${f}">${m}</a></li>`)}</ul></div>` : ''}
<form class="card form" method="post" action="${APPEAL_PATH}" accept-charset="utf-8">
  <input type="hidden" name="lang" value="${lang}">
  ${field('subject', c.subjectLabel, c.subjectHint, html`<input id="subject" name="subject" type="text" maxlength="2048" required autocomplete="off" spellcheck="false" value="${values.subject ?? ''}" aria-describedby="${describedBy('subject')}"${invalid('subject')}>`)}
  ${field('email', c.emailLabel, c.emailHint, html`<input id="email" name="email" type="email" maxlength="254" required autocomplete="email" value="${values.email ?? ''}" aria-describedby="${describedBy('email')}"${invalid('email')}>`)}
  ${field('explanation', c.explanationLabel, c.explanationHint, html`<textarea id="explanation" name="explanation" maxlength="2000" required aria-describedby="${describedBy('explanation')}"${invalid('explanation')}>${values.explanation ?? ''}</textarea>`)}
  <div class="actions"><button class="button button--primary" type="submit">${c.submit}</button></div>
</form>`;
  return layout(lang, c.title, main);
}

const verifyForm = (lang: Lang, id: string, label: string): Html => html`<form method="post" action="${APPEAL_PATH}/verify" accept-charset="utf-8">
  <input type="hidden" name="lang" value="${lang}"><input type="hidden" name="id" value="${id}">
  <div class="actions"><button class="button button--primary" type="submit">${label}</button></div>
</form>`;

export interface TokenPageInput {
  readonly lang: Lang;
  readonly id: string;
  readonly token: string;
  readonly dns: { readonly name: string; readonly value: string };
  readonly file: { readonly url: string; readonly body: string };
}

export function tokenPage(i: TokenPageInput): string {
  const c = COPY[i.lang];
  const main = html`<h1>${c.tokenTitle}</h1>
<p class="lead">${c.tokenLead}</p>
<dl class="card proof">
  <dt>${c.idLabel}</dt><dd><code id="appeal-id">${i.id}</code></dd>
  <dt>${c.tokenLabel}</dt><dd><code id="token">${i.token}</code><p class="hint">${c.tokenOnce}</p></dd>
</dl>
<section class="card proof" aria-labelledby="dns-title"><h2 id="dns-title">${c.dnsTitle}</h2><p>${c.dnsBody}</p>
  <dl><dt>Name</dt><dd><code id="dns-name">${i.dns.name}</code></dd><dt>TXT</dt><dd><code id="dns-value">${i.dns.value}</code></dd></dl></section>
<section class="card proof" aria-labelledby="file-title"><h2 id="file-title">${c.fileTitle}</h2><p>${c.fileBody}</p>
  <dl><dt>URL</dt><dd><code id="file-url">${i.file.url}</code></dd></dl></section>
${verifyForm(i.lang, i.id, c.verify)}`;
  return layout(i.lang, c.tokenTitle, main);
}

export function senderPage(lang: Lang, id: string): string {
  const c = COPY[lang];
  return layout(lang, c.senderTitle, html`<h1>${c.senderTitle}</h1>
<dl class="card proof"><dt>${c.idLabel}</dt><dd><code id="appeal-id">${id}</code></dd></dl>
<p class="notice">${c.senderBody}</p>`);
}

export function resultPage(lang: Lang, id: string, r: { proven: true } | { proven: false; dns: string; file: string } | { state: string }): string {
  const c = COPY[lang];
  if ('state' in r) {
    return layout(lang, c.stateTitle, html`<h1>${c.stateTitle}</h1><dl class="card proof"><dt>${c.idLabel}</dt><dd><code id="appeal-id">${id}</code></dd></dl><p class="notice" role="status">${c.states[r.state] ?? r.state}</p>`);
  }
  if (r.proven) {
    return layout(lang, c.verifiedTitle, html`<h1>${c.verifiedTitle}</h1><dl class="card proof"><dt>${c.idLabel}</dt><dd><code id="appeal-id">${id}</code></dd></dl><p class="notice notice--ok" role="status">${c.verifiedBody}</p>`);
  }
  return layout(lang, c.notProvenTitle, html`<h1>${c.notProvenTitle}</h1>
<p class="notice notice--warn" role="alert">${c.notProvenBody}</p>
<dl class="card proof"><dt>${c.idLabel}</dt><dd><code id="appeal-id">${id}</code></dd><dt>${c.dnsResult}</dt><dd><code>${r.dns}</code></dd><dt>${c.fileResult}</dt><dd><code>${r.file}</code></dd></dl>
${verifyForm(lang, id, c.retry)}`);
}

export function messagePage(lang: Lang, code: string): string {
  const c = COPY[lang];
  return layout(lang, c.errorTitle, html`<h1>${c.errorTitle}</h1><p class="notice notice--warn" role="alert">${errorOf(lang, code)}</p><p><a href="${APPEAL_PATH}">${c.title}</a></p>`);
}
