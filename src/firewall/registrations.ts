// Which ESME may present which sender: a registered brand's alphanumeric ID, a 0005 number.
// The operators keep who owns each sender in the sender registry (src/registry, by company);
// an ESME's configuration names the companies whose traffic it carries, and its registrations
// follow the registry's active entries. A list written in the policy file for an ESME stands
// instead (an override for a registration the registry does not have yet).
import type { EsmeConfig, FirewallConfig } from './config.js';

/** What the firewall needs of a registry entry. */
export interface Registration {
  readonly kind: string;
  /** National digits for 0005 numbers. */
  readonly value: string;
  readonly company: string;
  readonly brandIds: readonly string[];
  readonly state: string;
}

/** The configuration with each ESME's brands and 0005 numbers taken from the registry where the file does not list them. */
export function withRegistrations(config: FirewallConfig, entries: readonly Registration[]): FirewallConfig {
  const esmes = new Map<string, EsmeConfig>();
  for (const [id, e] of config.esmes) {
    if (e.registryCompanies.length === 0) {
      esmes.set(id, e);
      continue;
    }
    const companies = new Set(e.registryCompanies);
    const theirs = entries.filter((x) => x.state === 'active' && companies.has(x.company));
    const brands = e.listed.brands ? e.profile.brands : [...new Set(theirs.filter((x) => x.kind === 'alphanumeric').flatMap((x) => x.brandIds))].sort();
    const carrierCommon = e.listed.carrierCommon ? e.profile.carrierCommon : theirs.filter((x) => x.kind === '0005').map((x) => x.value).sort();
    esmes.set(id, { ...e, profile: { ...e.profile, brands, carrierCommon } });
  }
  return { ...config, esmes };
}
