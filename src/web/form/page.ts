// The form's pages, rendered on the server: complete without JavaScript (the script only
// adds the live check and sends without a reload). Every value is escaped by `html`.
import type { BrandNames, Summary } from './assets/summary.js';
import { COPY, RECEIVED_VIA, fill, errorText, type Copy, type Lang } from './copy.js';
import { html, jsonBlock, type Html } from './html.js';
import { MAX_TEXT_LENGTH } from '../../core/engine.js';
import { NOTE_MAX } from './details.js';
import { langLink, pageShell } from '../shell.js';

export const ASSET_PATH = '/form/assets';

interface Frame {
  readonly lang: Lang;
  /** Query string of this page without `lang`, kept by the language switch. */
  readonly keep?: Readonly<Record<string, string>>;
  /** Shown as the document title before the site name. */
  readonly heading: string;
  /** The browser script and its data; pages without a live part go without. */
  readonly script?: { readonly brands: BrandNames };
}

function langSwitch(c: Copy, keep: Readonly<Record<string, string>> = {}): Html {
  const q = new URLSearchParams({ ...keep, lang: c.switchTo.lang });
  return langLink(c, `/?${q.toString()}`);
}

function layout(frame: Frame, main: Html): string {
  const c = COPY[frame.lang];
  const script = frame.script ? html`<script type="application/json" id="sg-data">${jsonBlock({ lang: frame.lang, copy: c.live, brands: frame.script.brands })}</script>
<script type="module" src="${ASSET_PATH}/app.js"></script>
` : undefined;
  return pageShell({ copy: c, heading: frame.heading, home: '/', referrer: 'no-referrer', head: script, langSwitch: langSwitch(c, frame.keep) }, main);
}

// ---- pieces ---------------------------------------------------------------------------

export function summaryHtml(s: Summary, lang: Lang, reported: boolean): Html {
  const live = COPY[lang].live;
  const v = live.verdict[s.verdict];
  const brands = s.brands.length > 0 ? s.brands.map((b) => b.name).join(lang === 'ja' ? '、' : ', ') : live.noBrand;
  return html`<div class="verdict verdict--${s.verdict}">
  <p class="verdict__title">${v.title}</p>
  <p class="verdict__body">${v.body}${!reported && s.verdict !== 'allow' ? html` ${live.reportHint}` : ''}</p>
</div>
<dl class="facts">
  <div class="fact"><dt>${live.claims}</dt><dd class="fact__brands">${brands}</dd></div>
  ${s.links.length > 0 ? html`<div class="fact"><dt>${live.links}</dt><dd><ul class="links">${s.links.map((l) => html`<li class="link link--${l.status}"><span class="badge badge--${l.status}">${live.link[l.status]}</span> <code class="link__text">${l.shown}</code>${l.brand ? html` <span class="link__note">${fill(live.officialOf, { brand: l.brand })}</span>` : ''}</li>`)}</ul><p class="hint">${live.defangNote}</p></dd></div>` : ''}
  ${s.sender ? html`<div class="fact"><dt>${live.senderTitle}</dt><dd><span class="sender sender--${s.sender.status}"><code>${s.sender.shown}</code> ${live.sender[s.sender.status]}</span></dd></div>` : ''}
</dl>
${s.findings.length > 0 ? html`<h3 class="sub">${live.why}</h3><ul class="findings">${s.findings.map((f) => html`<li>${f}</li>`)}</ul>` : ''}
${s.reassurance.length > 0 ? html`<h3 class="sub">${live.reassurance}</h3><ul class="findings findings--good">${s.reassurance.map((f) => html`<li>${f}</li>`)}</ul>` : ''}`;
}

function stepsHtml(c: Copy): Html {
  return html`<section class="card steps" aria-labelledby="steps-title">
  <h2 id="steps-title">${c.stepsTitle}</h2>
  <ol class="steps__list">${c.steps.map((s) => html`<li><strong>${s.title}</strong><p>${s.body}</p></li>`)}</ol>
</section>
<section class="card advice" aria-labelledby="advice-title">
  <h2 id="advice-title">${c.adviceTitle}</h2>
  <ul class="advice__list">${c.advice.map((a) => html`<li>${a.href ? html`<a href="${a.href}" rel="noopener noreferrer">${a.label}</a>` : html`<strong>${a.label}</strong>`}<span class="advice__note">${a.note}</span></li>`)}</ul>
</section>`;
}

function errorSummary(c: Copy, errors: readonly string[]): Html {
  if (errors.length === 0) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary"><p class="error-summary__title">${c.errorTitle}</p><ul>${errors.map((e) => html`<li>${e}</li>`)}</ul></div>`;
}

// ---- pages ----------------------------------------------------------------------------

export interface CheckPageInput {
  readonly lang: Lang;
  readonly brands: BrandNames;
  readonly values?: { readonly text: string; readonly sender: string };
  readonly summary?: Summary;
  /** Field → error code. */
  readonly errors?: Readonly<Partial<Record<'text' | 'sender' | 'form', string>>>;
}

export function checkPage(input: CheckPageInput): string {
  const c = COPY[input.lang];
  const errs = input.errors ?? {};
  const msg = (field: 'text' | 'sender' | 'form'): string | undefined => (errs[field] ? errorText(input.lang, errs[field] as string) : undefined);
  const textErr = msg('text');
  const senderErr = msg('sender');
  const all = [textErr, senderErr, msg('form')].filter((e): e is string => e !== undefined);
  const main = html`<div class="page">
<div class="primary">
<h1>${c.title}</h1>
<p class="lead">${c.lead}</p>
${errorSummary(c, all)}
<form class="card form" id="report-form" method="post" action="/" accept-charset="utf-8">
  <input type="hidden" name="lang" value="${input.lang}">
  <div class="field${textErr ? ' field--error' : ''}">
    <label for="text">${c.textLabel} <span class="tag tag--req">${c.required}</span></label>
    <p class="hint" id="text-hint">${c.textHint}</p>
    <p class="field__error" id="text-error" ${textErr ? '' : 'hidden'}>${textErr ?? ''}</p>
    <textarea id="text" name="text" rows="6" maxlength="${MAX_TEXT_LENGTH}" required autocomplete="off" spellcheck="false" aria-describedby="text-hint text-error"${textErr ? html` aria-invalid="true"` : ''}>${input.values?.text ?? ''}</textarea>
  </div>
  <div class="field${senderErr ? ' field--error' : ''}">
    <label for="sender">${c.senderLabel} <span class="tag">${c.optional}</span></label>
    <p class="hint" id="sender-hint">${c.senderHint}</p>
    <p class="field__error" id="sender-error" ${senderErr ? '' : 'hidden'}>${senderErr ?? ''}</p>
    <input id="sender" name="sender" type="text" maxlength="32" autocomplete="off" spellcheck="false" value="${input.values?.sender ?? ''}" aria-describedby="sender-hint sender-error"${senderErr ? html` aria-invalid="true"` : ''}>
  </div>
  <section class="result" id="result" aria-labelledby="result-title" ${input.summary ? '' : 'hidden'}>
    <h2 id="result-title">${c.live.resultTitle}</h2>
    <div id="result-body">${input.summary ? summaryHtml(input.summary, input.lang, false) : ''}</div>
  </section>
  <p class="visually-hidden" id="live-status" aria-live="polite"></p>
  <p class="form__error" id="form-error" role="alert" hidden></p>
  <div class="actions">
    <button class="button button--primary" type="submit" name="action" value="report" id="submit">${c.submit}</button>
    <button class="button button--secondary" type="submit" name="action" value="check" id="check-only">${c.checkOnly}</button>
  </div>
  <p class="privacy">${c.privacy}</p>
</form>
</div>
<div class="secondary">${stepsHtml(c)}</div>
</div>`;
  return layout({ lang: input.lang, heading: c.title, script: { brands: input.brands } }, main);
}

export function thanksPage(lang: Lang, id: string, summary: Summary, senderGiven: boolean): string {
  const c = COPY[lang];
  const main = html`<div class="page">
<div class="primary">
<section class="card thanks" id="thanks" aria-labelledby="thanks-title">
  <h1 id="thanks-title">${c.live.thanksTitle}</h1>
  <p class="reference">${c.live.reference} <strong class="reference__id" id="reference-id">${id}</strong></p>
  <p class="hint">${c.live.referenceHint}</p>
  ${senderGiven ? '' : html`<p><a class="button button--secondary" href="/?${new URLSearchParams({ report: id, lang }).toString()}">${c.live.addDetails}</a></p>`}
</section>
<section class="card result" aria-labelledby="result-title">
  <h2 id="result-title">${c.live.resultTitle}</h2>
  ${summaryHtml(summary, lang, true)}
</section>
<p><a href="/">${c.live.another}</a></p>
</div>
<div class="secondary">${stepsHtml(c)}</div>
</div>`;
  return layout({ lang, heading: c.live.thanksTitle }, main);
}

export interface DetailsPageInput {
  readonly lang: Lang;
  readonly id: string;
  readonly hasSender: boolean;
  readonly values?: { readonly sender: string; readonly receivedVia: string; readonly note: string };
  readonly error?: { readonly field: 'sender' | 'receivedVia' | 'note' | 'form'; readonly code: string };
}

export function detailsPage(input: DetailsPageInput): string {
  const c = COPY[input.lang];
  const d = c.details;
  const err = input.error ? errorText(input.lang, input.error.code) : undefined;
  const errOn = (f: string): string | undefined => (input.error?.field === f ? err : undefined);
  const v = input.values ?? { sender: '', receivedVia: '', note: '' };
  const main = html`<div class="page">
<div class="primary">
<h1>${d.title}</h1>
<p class="lead">${fill(d.lead, { id: input.id })}</p>
${errorSummary(c, err ? [err] : [])}
<form class="card form" id="details-form" method="post" action="/details" accept-charset="utf-8" data-report="${input.id}">
  <input type="hidden" name="report" value="${input.id}">
  <input type="hidden" name="lang" value="${input.lang}">
  ${input.hasSender ? html`<p class="hint">${d.senderKnown}</p>` : html`<div class="field${errOn('sender') ? ' field--error' : ''}">
    <label for="sender">${c.senderLabel}</label>
    <p class="hint" id="sender-hint">${c.senderHint}</p>
    <p class="field__error" id="sender-error" ${errOn('sender') ? '' : 'hidden'}>${errOn('sender') ?? ''}</p>
    <input id="sender" name="sender" type="text" maxlength="32" autocomplete="off" spellcheck="false" value="${v.sender}" aria-describedby="sender-hint sender-error"${errOn('sender') ? html` aria-invalid="true"` : ''}>
  </div>`}
  <div class="field">
    <label for="received-via">${d.viaLabel}</label>
    <select id="received-via" name="receivedVia">
      <option value="">${d.viaUnset}</option>
      ${RECEIVED_VIA.map((k) => html`<option value="${k}"${v.receivedVia === k ? html` selected` : ''}>${d.via[k]}</option>`)}
    </select>
  </div>
  <div class="field${errOn('note') ? ' field--error' : ''}">
    <label for="note">${d.noteLabel}</label>
    <p class="hint" id="note-hint">${d.noteHint}</p>
    <p class="field__error" id="note-error" ${errOn('note') ? '' : 'hidden'}>${errOn('note') ?? ''}</p>
    <textarea id="note" name="note" rows="4" maxlength="${NOTE_MAX}" aria-describedby="note-hint note-error">${v.note}</textarea>
  </div>
  <p class="form__error" id="form-error" role="alert" hidden></p>
  <div class="actions"><button class="button button--primary" type="submit" id="submit">${d.submit}</button></div>
</form>
</div>
<div class="secondary">${stepsHtml(c)}</div>
</div>`;
  return layout({ lang: input.lang, keep: { report: input.id }, heading: d.title, script: { brands: {} } }, main);
}

/** A page that only says something (details added, report unknown…), with a way back. */
export function messagePage(lang: Lang, title: string, body: string, keep?: Readonly<Record<string, string>>): string {
  const c = COPY[lang];
  const main = html`<div class="page">
<div class="primary">
<section class="card message" id="message" aria-labelledby="message-title">
  <h1 id="message-title">${title}</h1>
  <p>${body}</p>
  <p><a href="/">${c.details.back}</a></p>
</section>
</div>
<div class="secondary">${stepsHtml(c)}</div>
</div>`;
  return layout({ lang, keep, heading: title }, main);
}
