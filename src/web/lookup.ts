// "この番号・送信元は誰？": the public lookup of the sender registry, as the carriers opened one
// for 0005 numbers on 2025-07-22 — a page (Japanese first, English second, no script) and its
// API. It answers from the registry the engine judges by (src/registry), and says only who a
// sender is registered to: never reports, never anything about people.
import type { FastifyInstance } from 'fastify';
import type { Listing, LookupResult, RegistrySnapshot } from '../registry/index.js';
import { html, type Html } from './form/html.js';
import { langOf, sendPage } from './form/send-page.js';
import { sendError } from './errors.js';
import { langLink, pageShell } from './shell.js';

export const LOOKUP_PATH = '/lookup';
type Lang = 'ja' | 'en';

const errorSchema = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } as const;

export const listingSchema = {
  type: 'object',
  properties: {
    sender: { type: 'string', description: 'as listed' },
    kind: { type: 'string', enum: ['0005', 'short-code', 'alphanumeric', 'business-number', 'carrier-short-code', 'other'] },
    company: { type: 'string' },
    brands: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, nameEn: { type: 'string' } } } },
    sources: { type: 'array', items: { type: 'string' }, description: 'pages that document the sender' },
    verifiedAt: { type: ['string', 'null'], description: 'YYYY-MM-DD the sources were read; null when the list gives none' },
    origin: { type: 'string', enum: ['registry', 'shipped', 'brands'], description: "an operator's entry, the shipped data/senders.json, or a brand's own list" },
  },
} as const;

const lookupSchema = {
  type: 'object',
  required: ['sender', 'registered', 'advice'],
  properties: {
    sender: { type: 'string', description: 'the sender as normalised (national digits, or the ID)' },
    senderKind: { type: 'string', description: 'what the sender is: carrier-common (0005), short-code, toll-free, ip-phone, fixed, mobile, alphanumeric…' },
    registered: { type: 'boolean' },
    listing: { anyOf: [listingSchema, { type: 'null' }] },
    advice: { type: 'object', required: ['ja', 'en'], properties: { ja: { type: 'string' }, en: { type: 'string' } } },
  },
} as const;

const COPY = {
  ja: {
    htmlLang: 'ja', siteName: 'smishguard', skip: '本文へ移動',
    title: 'この番号・送信元は誰？',
    lead: 'SMSの送信元（0005で始まる番号、短い番号、英字の送信元名など）が、どの会社の送信元として登録されているかを調べられます。',
    label: 'SMSの送信元', hint: '例：0005-12-3456、157、SAGAWA', submit: '調べる',
    registered: '登録されている送信元です', notRegistered: '登録されていない送信元です',
    company: '会社', brands: 'ブランド', source: '根拠', verified: '確認日', none: '記載なし',
    bad: '番号または英数字の送信元名を入力してください。',
    privacy: 'このページは登録の有無だけを答えます。通報の内容や個人の情報は表示しません。',
    switchTo: { lang: 'en', label: 'English' },
    footer: '迷惑SMS対策', errorTitle: '入力を確認してください',
  },
  en: {
    htmlLang: 'en', siteName: 'smishguard', skip: 'Skip to content',
    title: 'Who is this sender?',
    lead: 'Look up which company an SMS sender (a number starting 0005, a short code, a letters sender ID…) is registered to.',
    label: 'The SMS sender', hint: 'e.g. 0005-12-3456, 157, SAGAWA', submit: 'Look up',
    registered: 'This sender is registered', notRegistered: 'This sender is not registered',
    company: 'Company', brands: 'Brands', source: 'Source', verified: 'Verified', none: 'not given',
    bad: 'Enter a number or an alphanumeric sender ID.',
    privacy: 'This page only says whether a sender is registered. It never shows reports or anything about people.',
    switchTo: { lang: 'ja', label: '日本語' },
    footer: 'Anti-smishing', errorTitle: 'Check what you entered',
  },
} as const;

/** What to do, in both languages: a listing proves less for a letters ID than for a number. */
export function adviceFor(r: Extract<LookupResult, { ok: true }>): { ja: string; en: string } {
  const l = r.listing;
  if (l && r.phoneKind === 'alphanumeric') {
    return {
      ja: `この送信元名は${l.company}の名前として登録されています。ただし英数字の送信元名は海外から偽装できるため、この名前で届いたSMSが本物とは限りません。身に覚えのないリンクは開かず、公式アプリや公式サイトから確かめてください。`,
      en: `This sender ID is registered to ${l.company}. Sender IDs can still be spoofed from abroad, so a message showing it is not necessarily genuine. Never open links you did not expect; check in the official app or website.`,
    };
  }
  if (l) {
    return {
      ja: `この番号は${l.company}の送信元として登録されています。それでも、身に覚えのないリンクは開かず、SMSからパスワードや暗証番号を入力しないでください。`,
      en: `This number is registered to ${l.company}. Even so, never open links you did not expect, and never enter passwords or PINs from a message.`,
    };
  }
  if (r.phoneKind === 'carrier-common') {
    return {
      ja: 'この0005番号は登録されていません。0005番号は携帯電話会社が審査した事業者の番号ですが、どの会社のものかは確認できていません。予期しないリンクは開かず、公式アプリや公式サイトから確かめてください。',
      en: 'This 0005 number is not registered here. 0005 numbers go to businesses the carriers vetted, but whose this one is could not be confirmed. Never open links you did not expect; check in the official app or website.',
    };
  }
  return {
    ja: 'この送信元は登録されていません。登録がないことは詐欺の証拠ではありませんが、送信元を確かめられません。予期しないリンクは開かず、公式アプリや公式サイトから確かめてください。',
    en: 'This sender is not registered. That alone does not make it a scam, but who sent it cannot be confirmed. Never open links you did not expect; check in the official app or website.',
  };
}

export function lookupView(r: Extract<LookupResult, { ok: true }>): object {
  return { sender: r.sender, senderKind: r.phoneKind, registered: r.listing !== null, listing: r.listing, advice: adviceFor(r) };
}

function listingFacts(c: (typeof COPY)[Lang], lang: Lang, l: Listing): Html {
  const brands = l.brands.map((b) => (lang === 'ja' ? b.name : b.nameEn)).join(lang === 'ja' ? '、' : ', ');
  return html`<dl class="facts">
  <div class="fact"><dt>${c.company}</dt><dd>${l.company}</dd></div>
  ${brands ? html`<div class="fact"><dt>${c.brands}</dt><dd class="fact__brands">${brands}</dd></div>` : ''}
  <div class="fact"><dt>${c.source}</dt><dd>${l.sources.map((s, i) => html`${i > 0 ? html`<br>` : ''}<a href="${s}" rel="noopener noreferrer nofollow">${s}</a>`)}</dd></div>
  <div class="fact"><dt>${c.verified}</dt><dd>${l.verifiedAt ?? c.none}</dd></div>
</dl>`;
}

/** The page: the form, and the answer when a sender was given. */
export function lookupPage(lang: Lang, value: string, result: LookupResult | null): string {
  const c = COPY[lang];
  const bad = result !== null && !result.ok;
  const answer = result?.ok
    ? html`<section class="card result" aria-live="polite" id="answer">
  <h2 class="verdict ${result.listing ? 'verdict--allow' : 'verdict--suspicious'}"><span class="verdict__title">${result.listing ? c.registered : c.notRegistered}</span></h2>
  <p class="sender">${result.sender}</p>
  ${result.listing ? listingFacts(c, lang, result.listing) : ''}
  <p class="advice__note">${adviceFor(result)[lang]}</p>
</section>`
    : '';
  const switchHref = `${LOOKUP_PATH}?${value ? `sender=${encodeURIComponent(value)}&` : ''}lang=${c.switchTo.lang}`;
  return pageShell({ copy: c, heading: c.title, home: '/', referrer: 'same-origin', langSwitch: langLink(c, switchHref), column: true }, html`<h1>${c.title}</h1>
<p class="lead">${c.lead}</p>
${bad ? html`<div class="error-summary" role="alert" id="error-summary"><p class="error-summary__title">${c.errorTitle}</p><ul><li><a href="#sender">${c.bad}</a></li></ul></div>` : ''}
<form class="card form" method="get" action="${LOOKUP_PATH}" accept-charset="utf-8">
  <input type="hidden" name="lang" value="${lang}">
  <div class="field${bad ? ' field--error' : ''}">
    <label for="sender">${c.label}</label>
    <p class="hint" id="sender-hint">${c.hint}</p>
    ${bad ? html`<p class="field__error" id="sender-error">${c.bad}</p>` : ''}
    <input id="sender" name="sender" type="text" autocomplete="off" maxlength="32" required value="${value}" aria-describedby="sender-hint${bad ? ' sender-error' : ''}"${bad ? html` aria-invalid="true"` : ''}>
  </div>
  <div class="actions"><button class="button button--primary" type="submit">${c.submit}</button></div>
</form>
${answer}
<p class="privacy">${c.privacy}</p>`);
}

// A page that runs no script and loads only our own stylesheet.
const CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function lookupRoutes(app: FastifyInstance, deps: { registry: RegistrySnapshot; publicLimit: object }): void {
  const senderQuery = { type: 'string', minLength: 1, maxLength: 32, description: 'the sender as shown on the SMS: 0005-12-3456, 157, SAGAWA' } as const;

  app.get<{ Querystring: { sender: string } }>('/api/v1/senders/lookup', {
    config: deps.publicLimit,
    schema: {
      summary: 'Who is this sender? The company and brands a 0005 number, short code, sender ID or business number is registered to, with the source and the date it was verified, or "not registered" with advice. Public and rate-limited per address. Codes: `E_BAD_SENDER` (400) when the text is no sender.',
      tags: ['senders'],
      querystring: { type: 'object', required: ['sender'], additionalProperties: false, properties: { sender: senderQuery } },
      response: { 200: lookupSchema, 400: errorSchema, 429: errorSchema },
    },
  }, async (req, reply) => {
    const r = deps.registry.lookup(req.query.sender);
    if (!r.ok) return sendError(reply, 400, 'E_BAD_SENDER', 'sender: not a phone number, short code or sender ID');
    reply.header('cache-control', 'no-store');
    return lookupView(r);
  });

  app.get<{ Querystring: { sender?: string; lang?: string } }>(LOOKUP_PATH, {
    config: deps.publicLimit,
    schema: {
      summary: 'この番号・送信元は誰？ — the lookup page (HTML, Japanese first, `?lang=en` for English; works without JavaScript). Answers as GET /api/v1/senders/lookup does.',
      tags: ['senders'],
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { sender: { type: 'string', maxLength: 1024, description: 'the sender to look up; absent: the empty form' }, lang: { type: 'string', enum: ['ja', 'en'] } },
      },
    },
  }, async (req, reply) => {
    const { lang, remember } = langOf(req, req.query.lang);
    const value = (req.query.sender ?? '').trim();
    const result = value === '' ? null : deps.registry.lookup(value);
    reply.header('content-security-policy', CSP).header('x-content-type-options', 'nosniff').header('x-frame-options', 'DENY');
    const bad = result !== null && !result.ok;
    return sendPage(reply, bad ? 400 : 200, lookupPage(lang, value, result), lang, remember, bad ? 'E_BAD_SENDER' : undefined);
  });
}
