// The frame every public page shares (report form, lookup, appeal, consent): the document head,
// the skip link, the site header with its language switch, the footer. One place, so that the
// pages keep the same head habits: no inline script or style (their CSP allows only our own
// files), no referrer leaking a page's query, a blank favicon that costs no request.
import { html, type Html } from './form/html.js';

/** The report form's stylesheet, which every public page builds on. */
export const FORM_STYLE = '/form/assets/style.css';

/** The words of the frame, in the page's language: every page's copy has them. */
export interface ShellCopy {
  readonly htmlLang: string;
  readonly siteName: string;
  readonly skip: string;
  readonly footer: string;
  /** The other language, as its own speakers name it. */
  readonly switchTo: { readonly lang: 'ja' | 'en'; readonly label: string };
}

/** The language switch as a link to `href` (which already asks for the other language). */
export function langLink(c: ShellCopy, href: string): Html {
  return html`<a class="lang-switch" href="${href}" hreflang="${c.switchTo.lang}" lang="${c.switchTo.lang}">${c.switchTo.label}</a>`;
}

export interface Shell {
  readonly copy: ShellCopy;
  /** Shown as the document title before the site name. */
  readonly heading: string;
  /** Where the site name links to: the page's own start. */
  readonly home: string;
  /**
   * `no-referrer` where a page's URL may carry a report id; `same-origin` elsewhere, so that
   * our own pages still see where a visitor came from.
   */
  readonly referrer: 'no-referrer' | 'same-origin';
  /** Stylesheets after the form's. */
  readonly styles?: readonly string[];
  /** More of the head (the form's script and its data). */
  readonly head?: Html;
  /** The language switch: a link, or a form where the page holds a number that must stay out of URLs. */
  readonly langSwitch: Html;
  /** Wraps the content in the one-column page grid; the form lays out its own. */
  readonly column?: boolean;
}

export function pageShell(s: Shell, main: Html): string {
  const c = s.copy;
  const content = s.column ? html`<div class="page"><div class="primary">
${main}
</div></div>` : main;
  return html`<!doctype html>
<html lang="${c.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="${s.referrer}">
<title>${s.heading} | ${c.siteName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${FORM_STYLE}">
${(s.styles ?? []).map((href) => html`<link rel="stylesheet" href="${href}">
`)}${s.head ?? ''}</head>
<body>
<a class="skip" href="#main">${c.skip}</a>
<header class="site">
  <div class="site__inner">
    <a class="site__name" href="${s.home}">${c.siteName}</a>
    ${s.langSwitch}
  </div>
</header>
<main id="main" tabindex="-1">
${content}
</main>
<footer class="site-footer"><p>${c.footer}</p></footer>
</body>
</html>
`.value;
}
