// The walled garden: what a subscriber sees when the carrier's resolver turned a lookup of a
// C&C name (cnc.ts) to this server's address — one page, Japanese then English, for every
// host and path asked. No tracking of any kind: no cookies, no scripts, nothing loaded from
// elsewhere, no referrer, nothing cached, and nothing about the request (address, name, path)
// is logged or kept. The name asked for is shown only when it is a DNS name.
import { createServer, type Server } from 'node:http';
import { isIP } from 'node:net';
import { html } from '../web/form/html.js';
import { dnsName } from './rpz.js';

export interface GardenOptions {
  /** The carrier's name, as the subscriber knows it. */
  readonly carrier: string;
  /** Where the subscriber changes C&C blocking (the consent page, src/consent), if public. */
  readonly consentUrl?: string;
  /** The carrier's support number or page. */
  readonly support?: string;
}

const CSS = `body{font:16px/1.6 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1a1d21}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}section{background:#fff;border:1px solid #c9d1da;border-radius:10px;padding:1rem 1.25rem;margin:0 0 1rem}
h1{font-size:1.35rem;margin:.2rem 0 .6rem}code{word-break:break-all;background:#eef1f4;padding:0 .25rem;border-radius:4px}a{color:#0b5cad}`;

/** The page for a blocked lookup of `host` (as the browser sent it in Host). */
export function gardenPage(hostHeader: string | undefined, o: GardenOptions): string {
  const raw = (hostHeader ?? '').replace(/:\d+$/, '');
  const host = raw && !isIP(raw.replace(/^\[|\]$/g, '')) ? dnsName(raw) : null;
  const name = host ? html`<p><code>${host}</code></p>` : '';
  const consent = o.consentUrl;
  return `<!doctype html>${html`<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>接続を遮断しました / Connection blocked</title><style>${CSS}</style></head><body><main>
<section lang="ja"><h1>危険な接続先への通信を遮断しました</h1>${name}
<p>この接続先は、SMS で広まる不正アプリ（マルウェア）が指示を受け取るためのサーバーとして確認されています。${o.carrier}は、お客さまの端末と情報を守るため、この接続を止めました。</p>
<p>お使いのスマートフォンに不正アプリが入っている可能性があります。身に覚えのないアプリを削除し、パスワードを変更してください。${o.support ? html`ご不明な点は ${o.support} へお問い合わせください。` : ''}</p>
${consent ? html`<p>この遮断（C&amp;C 通信の遮断）はいつでも止められます：<a href="${consent}">${consent}</a></p>` : html`<p>この遮断（C&amp;C 通信の遮断）は、ご契約の窓口でいつでも止められます。</p>`}
<p>このページは何も記録しません（Cookie・解析・外部の読み込みはありません）。</p></section>
<section lang="en"><h1>A connection to a dangerous server was blocked</h1>${name}
<p>This name is confirmed as a server that malware spread by SMS calls for instructions. ${o.carrier} stopped the connection to protect your phone and your data.</p>
<p>Your phone may have a malicious app installed. Remove apps you do not recognise and change your passwords.${o.support ? html` Questions: ${o.support}.` : ''}</p>
${consent ? html`<p>You can turn this blocking (C&amp;C blocking) off at any time: <a href="${consent}">${consent}</a></p>` : html`<p>You can turn this blocking (C&amp;C blocking) off at any time through your contract's service desk.</p>`}
<p>This page records nothing (no cookies, no analytics, nothing loaded from elsewhere).</p></section>
</main></body></html>`}`;
}

/** The garden's HTTP server: the page for every request, no state, no logs. */
export function gardenServer(o: GardenOptions): Server {
  return createServer((req, res) => {
    const body = Buffer.from(gardenPage(req.headers.host, o));
    res.writeHead(403, {
      'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff', connection: 'close',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    // The request body, if any, is never read: drop it.
    req.resume();
  });
}
