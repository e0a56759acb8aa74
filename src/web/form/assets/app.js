// The form's live part: checks the message as it is typed or pasted (POST /api/v1/check,
// nothing stored), sends the report or the details without a reload, and announces
// results and errors. Without this script the same forms post to the server, which
// answers with pages. Text from the message is only ever set as textContent.
/* global document, window, URLSearchParams */
import { summarise } from './summary.js';

const DEBOUNCE_MS = 350;

const data = JSON.parse(document.getElementById('sg-data').textContent);
const { lang, copy, brands } = data;

/** h('p', { class: 'x' }, 'text', child…): an element; strings become text nodes. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === false || v === null || v === undefined) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (m, k) => values[k] ?? m);
const errorText = (code) => copy.errors[code] ?? copy.errors.default;

/** The same markup as the server's summaryHtml (page.ts), so one stylesheet serves both. */
function summaryNodes(s, reported) {
  const v = copy.verdict[s.verdict];
  const brandsText = s.brands.length > 0 ? s.brands.map((b) => b.name).join(lang === 'ja' ? '、' : ', ') : copy.noBrand;
  const facts = h('dl', { class: 'facts' },
    h('div', { class: 'fact' }, h('dt', null, copy.claims), h('dd', { class: 'fact__brands' }, brandsText)));
  if (s.links.length > 0) {
    facts.append(h('div', { class: 'fact' }, h('dt', null, copy.links), h('dd', null,
      h('ul', { class: 'links' }, s.links.map((l) => h('li', { class: `link link--${l.status}` },
        h('span', { class: `badge badge--${l.status}` }, copy.link[l.status]), ' ',
        h('code', { class: 'link__text' }, l.shown),
        l.brand ? [' ', h('span', { class: 'link__note' }, fill(copy.officialOf, { brand: l.brand }))] : null))),
      h('p', { class: 'hint' }, copy.defangNote))));
  }
  if (s.sender) {
    facts.append(h('div', { class: 'fact' }, h('dt', null, copy.senderTitle), h('dd', null,
      h('span', { class: `sender sender--${s.sender.status}` }, h('code', null, s.sender.shown), ' ', copy.sender[s.sender.status]))));
  }
  return [
    h('div', { class: `verdict verdict--${s.verdict}` }, h('p', { class: 'verdict__title' }, v.title), h('p', { class: 'verdict__body' }, v.body, !reported && s.verdict !== 'allow' ? ` ${copy.reportHint}` : null)),
    facts,
    s.findings.length > 0 ? [h('h3', { class: 'sub' }, copy.why), h('ul', { class: 'findings' }, s.findings.map((f) => h('li', null, f)))] : null,
    s.reassurance.length > 0 ? [h('h3', { class: 'sub' }, copy.reassurance), h('ul', { class: 'findings findings--good' }, s.reassurance.map((f) => h('li', null, f)))] : null,
  ].flat().filter(Boolean);
}

function setFieldError(name, code) {
  const input = document.getElementById(name);
  const box = document.getElementById(`${name}-error`);
  if (!input || !box) return false;
  box.textContent = code ? errorText(code) : '';
  box.hidden = !code;
  input.closest('.field')?.classList.toggle('field--error', Boolean(code));
  if (code) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  return true;
}

function setFormError(text) {
  const box = document.getElementById('form-error');
  box.textContent = text ?? '';
  box.hidden = !text;
}

async function postJson(url, body) {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    let json = null;
    try {
      json = await res.json();
    } catch {
      json = null;
    }
    return { status: res.status, json };
  } catch {
    return { status: 0, json: { code: 'E_NETWORK' } };
  }
}

function setBusy(button, busy, label) {
  if (busy) {
    button.dataset.label = button.textContent;
    button.textContent = label;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
  } else {
    button.textContent = button.dataset.label ?? button.textContent;
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** Replaces the page's main column with `nodes` and moves focus to its heading. */
function showInPrimary(nodes) {
  const primary = document.querySelector('.primary');
  primary.replaceChildren(...nodes);
  const heading = primary.querySelector('h1');
  heading.setAttribute('tabindex', '-1');
  heading.focus();
  window.scrollTo({ top: 0 });
}

function setupReport(form) {
  const text = document.getElementById('text');
  const sender = document.getElementById('sender');
  const result = document.getElementById('result');
  const resultBody = document.getElementById('result-body');
  const status = document.getElementById('live-status');
  const submit = document.getElementById('submit');
  // The live check replaces the no-JS "check only" round trip.
  document.getElementById('check-only').hidden = true;
  // Our own messages (tied to the field, announced) instead of the browser's bubble.
  form.noValidate = true;

  let timer = null;
  let inflight = null;
  let lastKey = '';
  let lastSummary = null;

  async function check() {
    const body = { text: text.value };
    const from = sender.value.trim();
    if (from) body.from = from;
    const key = JSON.stringify(body);
    if (key === lastKey) return;
    lastKey = key;
    inflight?.abort();
    if (text.value.trim() === '') {
      result.hidden = true;
      resultBody.replaceChildren();
      status.textContent = '';
      lastSummary = null;
      return;
    }
    const ctrl = new AbortController();
    inflight = ctrl;
    result.setAttribute('aria-busy', 'true');
    let res;
    try {
      res = await fetch('/api/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: key, signal: ctrl.signal });
    } catch (err) {
      if (err?.name === 'AbortError') return;
      res = null;
    }
    if (ctrl !== inflight) return;
    result.removeAttribute('aria-busy');
    if (!res || !res.ok) {
      lastKey = '';
      status.textContent = copy.checkFailed;
      return;
    }
    const json = await res.json();
    if (ctrl !== inflight) return;
    lastSummary = summarise(json, { lang, brands, sender: from });
    resultBody.replaceChildren(...summaryNodes(lastSummary, false));
    result.hidden = false;
    status.textContent = copy.verdict[lastSummary.verdict].title;
  }

  const schedule = (delay) => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), delay);
  };
  text.addEventListener('input', () => {
    if (text.value.trim() !== '') setFieldError('text', null);
    schedule(DEBOUNCE_MS);
  });
  // A paste is a whole message: check it at once.
  text.addEventListener('paste', () => schedule(0));
  sender.addEventListener('input', () => {
    setFieldError('sender', null);
    schedule(DEBOUNCE_MS);
  });
  if (text.value.trim() !== '' && result.hidden) schedule(0);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    setFormError(null);
    if (text.value.trim() === '') {
      setFieldError('text', 'E_EMPTY_TEXT');
      text.focus();
      return;
    }
    const body = { text: text.value, channel: 'web' };
    const from = sender.value.trim();
    if (from) body.sender = from;
    setBusy(submit, true, copy.sending);
    const { status: code, json } = await postJson('/api/v1/reports', body);
    setBusy(submit, false);
    if (code === 201 && json?.id) {
      const summary = summarise(json, { lang, brands, sender: from });
      // The report's answer carries no indicators: the links are those the live check of this same text found.
      const checkedKey = JSON.stringify(from ? { text: text.value, from } : { text: text.value });
      const shown = lastSummary && lastKey === checkedKey ? { ...summary, links: lastSummary.links } : summary;
      showInPrimary(thanksNodes(json.id, shown, Boolean(from)));
      return;
    }
    const errCode = json?.code ?? 'default';
    if (errCode === 'E_BAD_SENDER') {
      setFieldError('sender', errCode);
      sender.focus();
    } else if (errCode === 'E_EMPTY_TEXT' || errCode === 'E_BINARY_TEXT') {
      setFieldError('text', errCode);
      text.focus();
    } else if (errCode === 'E_VALIDATION' && /^text/.test(json?.message ?? '')) {
      setFieldError('text', 'E_TEXT_TOO_LONG');
      text.focus();
    } else {
      setFormError(errorText(code === 429 ? 'E_RATE_LIMITED' : errCode));
    }
  });
}

function thanksNodes(id, summary, senderGiven) {
  const detailsHref = `/?${new URLSearchParams({ report: id, lang }).toString()}`;
  return [
    h('section', { class: 'card thanks', id: 'thanks', 'aria-labelledby': 'thanks-title' },
      h('h1', { id: 'thanks-title' }, copy.thanksTitle),
      h('p', { class: 'reference' }, `${copy.reference} `, h('strong', { class: 'reference__id', id: 'reference-id' }, id)),
      h('p', { class: 'hint' }, copy.referenceHint),
      senderGiven ? null : h('p', null, h('a', { class: 'button button--secondary', href: detailsHref }, copy.addDetails))),
    h('section', { class: 'card result', 'aria-labelledby': 'result-title' },
      h('h2', { id: 'result-title' }, copy.resultTitle), ...summaryNodes(summary, true)),
    h('p', null, h('a', { href: '/' }, copy.another)),
  ];
}

function setupDetails(form) {
  const id = form.dataset.report;
  const submit = document.getElementById('submit');
  const value = (name) => form.elements.namedItem(name)?.value ?? '';
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    setFormError(null);
    setFieldError('sender', null);
    setFieldError('note', null);
    const body = {};
    for (const name of ['sender', 'receivedVia', 'note']) if (value(name).trim() !== '') body[name] = value(name);
    if (Object.keys(body).length === 0) {
      setFormError(errorText('E_EMPTY_DETAILS'));
      return;
    }
    setBusy(submit, true, copy.sending);
    const { status, json } = await postJson(`/api/v1/reports/${encodeURIComponent(id)}/details`, body);
    setBusy(submit, false);
    if (status === 200) {
      showInPrimary([h('section', { class: 'card message', id: 'message', 'aria-labelledby': 'message-title' },
        h('h1', { id: 'message-title' }, copy.detailsDoneTitle), h('p', null, fill(copy.detailsDoneBody, { id })), h('p', null, h('a', { href: '/' }, copy.another)))]);
      return;
    }
    const code = json?.code ?? 'default';
    if (code === 'E_BAD_SENDER' && setFieldError('sender', code)) document.getElementById('sender').focus();
    else if (code === 'E_BAD_NOTE' && setFieldError('note', code)) document.getElementById('note').focus();
    else setFormError(errorText(status === 429 ? 'E_RATE_LIMITED' : code));
  });
}

const reportForm = document.getElementById('report-form');
if (reportForm) setupReport(reportForm);
const detailsForm = document.getElementById('details-form');
if (detailsForm) setupDetails(detailsForm);
