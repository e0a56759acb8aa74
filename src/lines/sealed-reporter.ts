// A 7726 reporter's number under the detector's keyed hash is kept beside the report so the
// detector can check that the reported line texted that reporter. That hash is fast, not
// cryptographic: with a copy of the database and a few known number/hash pairs its key could be
// worked out, and then every reporter's number tested against the ~3×10⁸ possible. So it is
// stored sealed (AES-256-GCM, a key derived from the store secret, which lives outside the
// store): a database copy alone shows random bytes, different for every report.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const VERSION = 'v1';

function sealKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('smishguard/lines/reporter-line-hash-seal/v1').digest();
}

/** Seals a detector line hash for storage: `v1.` + base64url(iv ‖ ciphertext ‖ tag). */
export function sealLineHash(secret: string): (hash: number) => string {
  const key = sealKey(secret);
  return (hash) => {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key, iv);
    const plain = Buffer.alloc(8);
    plain.writeBigUInt64BE(BigInt(hash));
    const body = Buffer.concat([c.update(plain), c.final()]);
    return `${VERSION}.${Buffer.concat([iv, body, c.getAuthTag()]).toString('base64url')}`;
  };
}

/** Opens what `sealLineHash` stored; null when it was sealed under another secret or altered. */
export function openLineHash(secret: string): (sealed: string) => number | null {
  const key = sealKey(secret);
  return (sealed) => {
    if (!sealed.startsWith(`${VERSION}.`)) return null;
    const raw = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
    if (raw.length !== 12 + 8 + 16) return null;
    try {
      const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      d.setAuthTag(raw.subarray(20));
      const plain = Buffer.concat([d.update(raw.subarray(12, 20)), d.final()]);
      const n = Number(plain.readBigUInt64BE());
      return Number.isSafeInteger(n) ? n : null;
    } catch {
      return null;
    }
  };
}
