// The well-known fetch under the production policy refuses address literals that are not
// public, IPv4 and IPv6, before any connection is tried (the resolver is never asked either).
import assert from 'node:assert/strict';
import { Resolver } from 'node:dns/promises';
import { test } from 'node:test';
import { PRODUCTION_FETCH, fetchWellKnown } from './well-known.js';

test('address literals that are not public are refused outright', async () => {
  // A resolver pointed at a closed port: any question to it would fail with another code.
  const resolver = new Resolver({ timeout: 200, tries: 1 });
  resolver.setServers(['127.0.0.1:9']);
  for (const host of ['127.0.0.1', '10.0.0.1', '172.20.1.1', '192.168.0.1', '169.254.169.254', '100.64.1.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1']) {
    const r = await fetchWellKnown(host, resolver, PRODUCTION_FETCH);
    assert.ok(!r.ok && r.code === 'E_ADDRESS_REFUSED', `${host}: ${JSON.stringify(r)}`);
  }
});
