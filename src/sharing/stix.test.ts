// STIX 2.1 export: every object we emit is valid against the official OASIS JSON schemas in
// strict form (no custom properties), ids are stable across exports, patterns escape.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indicatorId, bundleChunks, hubIdentity, patternString, phoneExtension, projectIdentity, revoked, stixIndicator, type SharedIndicator } from './stix.js';
import { stixValidator } from './test-support.js';
import { tlpMarking, TLPS } from './tlp.js';
import { uuidv5 } from './ids.js';

const v = stixValidator();
const base = { firstSeen: '2026-11-30T01:02:03.456Z', confirmedAt: '2026-12-01T09:00:00.000Z', validUntil: '2027-01-26T09:00:00.000Z', reports: 12, reporters: 5 };
const samples: SharedIndicator[] = [
  { kind: 'url', value: "https://parcel-check.example.top/d/8231?q=it's\\x", ...base },
  { kind: 'domain', value: 'parcel-check.example.top', ...base },
  { kind: 'host', value: 'www.parcel-check.example.top', ...base },
  { kind: 'phone', value: '09012345678', ...base, validUntil: null },
  { kind: 'phone', value: '0120123456', ...base },
];
const opts = { org: 'Example Mobile SOC', tlp: 'amber' as const };

/** The value back out of our one-comparison patterns, by the STIX patterning grammar's string literal rule. */
function patternValue(p: string): { type: string; value: string } {
  const m = /^\[([a-z0-9-]+):value = '((?:[^'\\]|\\['\\])*)'\]$/.exec(p);
  assert.ok(m, `pattern ${p} is one comparison`);
  return { type: m[1] as string, value: (m[2] as string).replace(/\\(['\\])/g, '$1') };
}

describe('STIX 2.1 export', () => {
  it('identities, TLP 2.0 markings, the phone-number extension and indicators are valid against the OASIS schemas, strictly', () => {
    const objects = [projectIdentity(), hubIdentity(opts.org), phoneExtension(), ...TLPS.map(tlpMarking), ...samples.map((s) => stixIndicator(s, opts))];
    for (const o of objects) assert.deepEqual(v.errors(o), [], o.id);
    const bundle = JSON.parse([...bundleChunks(`bundle--${uuidv5('b')}`, objects)].join('')) as unknown;
    assert.deepEqual(v.errors(bundle), []);
  });

  it('the validator is strict: a custom property, a missing name or a bad id fail', () => {
    const good = stixIndicator(samples[0] as SharedIndicator, opts);
    assert.notDeepEqual(v.errors({ ...good, x_extra: 1 }), []);
    assert.notDeepEqual(v.errors({ ...good, note: 'internal' }), []);
    assert.notDeepEqual(v.errors({ ...good, id: 'indicator--not-a-uuid' }), []);
    assert.notDeepEqual(v.errors({ ...good, pattern_type: undefined }), []);
    const { name: _n, ...ext } = phoneExtension();
    assert.notDeepEqual(v.errors(ext), []);
  });

  it('indicators carry a name, a description without reporters, the marking and the pattern of their kind', () => {
    const [url, domain, host, mobile, tollFree] = samples.map((s) => stixIndicator(s, opts));
    assert.equal(url?.name, "Smishing URL: https://parcel-check.example.top/d/8231?q=it's\\x");
    assert.deepEqual(patternValue(url?.pattern as string), { type: 'url', value: samples[0]?.value });
    assert.deepEqual(patternValue(domain?.pattern as string), { type: 'domain-name', value: 'parcel-check.example.top' });
    assert.deepEqual(patternValue(host?.pattern as string), { type: 'domain-name', value: 'www.parcel-check.example.top' });
    assert.deepEqual(patternValue(mobile?.pattern as string), { type: 'phone-number', value: '+819012345678' });
    assert.deepEqual(patternValue(tollFree?.pattern as string), { type: 'phone-number', value: '+81120123456' });
    assert.match(url?.description as string, /12 report\(s\) from 5 independent reporter/);
    assert.deepEqual(url?.object_marking_refs, ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421']);
    assert.equal(mobile?.valid_until, undefined);
    assert.equal(url?.valid_until, '2027-01-26T09:00:00.000Z');
  });

  it('ids are deterministic: the same indicator has the same id in every export, different ones differ', () => {
    const a = stixIndicator(samples[1] as SharedIndicator, opts);
    const b = stixIndicator({ ...(samples[1] as SharedIndicator), reports: 99, confirmedAt: '2026-12-03T00:00:00.000Z' }, opts);
    assert.equal(a.id, b.id);
    assert.equal(a.id, indicatorId('domain', 'parcel-check.example.top'));
    assert.notEqual(a.id, indicatorId('host', 'parcel-check.example.top'));
    assert.match(a.id, /^indicator--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // RFC 9562's own UUIDv5 example (DNS namespace, www.example.com).
    assert.equal(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('a revoked version is valid, later, and keeps the id', () => {
    const a = stixIndicator(samples[0] as SharedIndicator, opts);
    const r = revoked(a, '2026-12-04T00:00:00.000Z');
    assert.deepEqual(v.errors(r), []);
    assert.equal(r.id, a.id);
    assert.equal(r.revoked, true);
  });

  it('pattern strings escape quotes and backslashes', () => {
    assert.equal(patternString("a'b\\c"), "'a\\'b\\\\c'");
  });
});
