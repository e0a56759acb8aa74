// Which addresses the well-known fetch may connect to: public unicast only. An appeal names a
// host anyone can point anywhere, so without this the server would fetch from its own
// loopback, the carrier's private network or a cloud metadata service (SSRF).
import { BlockList, isIP } from 'node:net';

const v4 = new BlockList();
// IANA special-purpose IPv4 registry (RFC 6890 and successors): none is a website's address.
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) v4.addSubnet(net, bits, 'ipv4');

const v6global = new BlockList();
v6global.addSubnet('2000::', 3, 'ipv6');
const v6reserved = new BlockList();
// Inside 2000::/3 yet not a host's own address: IETF protocol assignments (Teredo among them),
// documentation, and 6to4 (which embeds an IPv4 address of any kind).
for (const [net, bits] of [['2001::', 23], ['2001:db8::', 32], ['2002::', 16], ['3fff::', 20]] as const) v6reserved.addSubnet(net, bits, 'ipv6');

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d or ::ffff:xxxx:xxxx), if it is one. */
function mappedV4(ip: string): string | undefined {
  const m = /^(?:0{0,4}:){0,5}:?ffff:(.+)$/i.exec(ip) ?? /^::ffff:(.+)$/i.exec(ip);
  if (!m) return undefined;
  const rest = m[1] as string;
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex) return undefined;
  const a = parseInt(hex[1] as string, 16);
  const b = parseInt(hex[2] as string, 16);
  return `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
}

/** True only for a public unicast address: never private, loopback, link-local, multicast or reserved (IPv4 and IPv6). */
export function isPublicAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return !v4.check(ip, 'ipv4');
  if (family !== 6) return false;
  const inner = mappedV4(ip);
  if (inner !== undefined) return false; // a mapped IPv4 address is never what a name's AAAA should give
  return v6global.check(ip, 'ipv6') && !v6reserved.check(ip, 'ipv6');
}
