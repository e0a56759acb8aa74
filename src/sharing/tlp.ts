// TLP 2.0 markings as the OASIS TLP 2.0 STIX extension publishes them (cti-stix-common-objects,
// extension-definition-specifications/tlp-2.0): fixed ids every STIX tool recognises, so they
// are copied exactly, never minted.
export type Tlp = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
export const TLPS: readonly Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

export const TLP_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

const IDS: Readonly<Record<Tlp, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

export interface TlpMarking {
  readonly type: 'marking-definition';
  readonly spec_version: '2.1';
  readonly id: string;
  readonly created: string;
  readonly name: string;
  readonly extensions: Record<string, { extension_type: 'property-extension'; tlp_2_0: Tlp }>;
  readonly [k: string]: unknown;
}

export const tlpId = (t: Tlp): string => IDS[t];

export function tlpMarking(t: Tlp): TlpMarking {
  return {
    type: 'marking-definition', spec_version: '2.1', id: IDS[t], created: '2022-10-01T00:00:00.000Z', name: `TLP:${t.toUpperCase()}`,
    extensions: { [TLP_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: t } },
  };
}

export function parseTlp(s: string): Tlp | null {
  const v = s.toLowerCase().replace(/^tlp:/, '');
  return (TLPS as readonly string[]).includes(v) ? (v as Tlp) : null;
}
