import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPublicAddress } from './address-policy.js';

test('only public unicast addresses may be fetched from (case table)', () => {
  const cases: [string, boolean][] = [
    ['93.184.215.14', true], ['8.8.8.8', true], ['2606:4700:4700::1111', true], ['2400:cb00::1', true],
    ['127.0.0.1', false], ['127.8.9.10', false], ['10.0.0.1', false], ['10.255.255.255', false], ['172.16.0.1', false], ['172.31.255.1', false],
    ['192.168.1.1', false], ['169.254.169.254', false], ['100.64.0.1', false], ['0.0.0.0', false], ['224.0.0.1', false], ['255.255.255.255', false],
    ['192.0.2.1', false], ['198.18.0.1', false],
    ['::1', false], ['::', false], ['fe80::1', false], ['fc00::1', false], ['fd12:3456::1', false], ['ff02::1', false],
    ['::ffff:127.0.0.1', false], ['::ffff:10.0.0.1', false], ['::ffff:7f00:1', false], ['::ffff:8.8.8.8', false],
    ['64:ff9b::a00:1', false], ['2001:db8::1', false], ['2002:a00:1::1', false], ['2001:0:4136:e378::1', false],
    ['not an address', false], ['', false],
  ];
  for (const [ip, expected] of cases) assert.equal(isPublicAddress(ip), expected, ip);
});
