// Addresses in SMPP PDUs: TON/NPI chosen from how a number is written, and back.
import type { Address } from './pdu.js';

/** TON/NPI for an address as we write it: `+…` international, letters alphanumeric, short codes network-specific. */
export function addressOf(addr: string): Address {
  if (addr === '') return { ton: 0, npi: 0, addr };
  if (/^\+\d+$/.test(addr)) return { ton: 1, npi: 1, addr: addr.slice(1) };
  if (/[^\d]/.test(addr)) return { ton: 5, npi: 0, addr };
  if (addr.length <= 6) return { ton: 3, npi: 0, addr };
  return { ton: 0, npi: 1, addr };
}

/** An inbound address as the subscriber would write it: `+` before international numbers. */
export function addressText(a: Address): string {
  return a.ton === 1 && /^\d+$/.test(a.addr) ? `+${a.addr}` : a.addr;
}
