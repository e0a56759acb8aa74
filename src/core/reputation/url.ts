// URL shapes the trust model needs, on the engine's normalised URLs (no parsing library on the hot path).

/** Host of a normalised URL (`https://host[:port]/…`), lower-case; '' when there is none. */
export function hostOf(url: string): string {
  const s = url.indexOf('://');
  const from = s < 0 ? 0 : s + 3;
  let end = url.length;
  for (let i = from; i < url.length; i++) {
    const c = url.charCodeAt(i);
    // '/', '?', '#', ':'
    if (c === 47 || c === 63 || c === 35 || c === 58) { end = i; break; }
  }
  const at = url.lastIndexOf('@', end);
  return url.slice(at >= from ? at + 1 : from, end).toLowerCase();
}

/** A URL that names nothing but its host (`https://bit.ly/`, `google.com`): it is the host. */
export function isBareUrl(url: string): boolean {
  const s = url.indexOf('://');
  const rest = url.slice(s < 0 ? 0 : s + 3);
  const slash = rest.search(/[/?#]/);
  if (slash < 0) return true;
  const tail = rest.slice(slash);
  return tail === '/' || tail === '/?' || tail === '/#' || tail === '?' || tail === '#';
}
