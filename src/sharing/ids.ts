// Deterministic STIX identifiers (RFC 9562 UUIDv5 under our own namespace): the same
// indicator gets the same id in every export, so partners' tools update an object instead of
// piling up copies, and two smishguard hubs never mint the same id for different things
// unless they name the same thing.
import { createHash } from 'node:crypto';

/** smishguard's namespace for STIX ids (a fixed random UUIDv4; never change it once shipped). */
export const SMISHGUARD_NAMESPACE = '2f6c1b7e-3d0a-4a5e-9b61-6c0f7a8d2e13';

const nsBytes = (ns: string): Buffer => Buffer.from(ns.replace(/-/g, ''), 'hex');

export function uuidv5(name: string, namespace: string = SMISHGUARD_NAMESPACE): string {
  const h = createHash('sha1').update(nsBytes(namespace)).update(name, 'utf8').digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** `type--uuidv5(type:name)`. */
export function stixId(type: string, name: string): string {
  return `${type}--${uuidv5(`${type}:${name}`)}`;
}
