import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineNumberHash } from './detector-deps.js';
import { openLineHash, sealLineHash } from './sealed-reporter.js';

describe('a reporter number kept for the detector, sealed at rest', () => {
  const hash = lineNumberHash('store-secret')('09012345678');

  it('opens to the detector hash of the number under the same secret', () => {
    assert.equal(openLineHash('store-secret')(sealLineHash('store-secret')(hash)), hash);
  });

  it('shows neither the number nor the hash, and differs every time it is sealed', () => {
    const a = sealLineHash('store-secret')(hash);
    const b = sealLineHash('store-secret')(hash);
    assert.notEqual(a, b);
    for (const s of [a, b]) {
      assert.ok(!s.includes('09012345678') && !s.includes(String(hash)));
    }
  });

  it('opens to nothing under another secret, altered, or in an older bare form', () => {
    const sealed = sealLineHash('store-secret')(hash);
    assert.equal(openLineHash('other-secret')(sealed), null);
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.at(-1);
    assert.equal(openLineHash('store-secret')(flipped), null);
    assert.equal(openLineHash('store-secret')(String(hash)), null);
  });
});
