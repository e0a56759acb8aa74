// The OASIS STIX 2.1 JSON schemas (vendored in stix-schemas/, see SOURCE.md) as a validator
// for tests, in strict form: Ajv refuses unknown keywords and formats, and beyond the schemas
// (which let any lower-case name through as a custom property, common/properties.json) no
// object may carry a top-level property its type's schema does not declare.
// Also: real resolvers for the RPZ and C&C tests (at the end).
import { spawn } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
import type { TestContext } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const DIR = fileURLToPath(new URL('./stix-schemas/', import.meta.url));
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

/** The schema file for each object type we emit. */
const FILES: Readonly<Record<string, string>> = {
  bundle: 'common/bundle.json', indicator: 'sdos/indicator.json', identity: 'sdos/identity.json', campaign: 'sdos/campaign.json',
  'marking-definition': 'common/marking-definition.json', 'extension-definition': 'common/extension-definition.json', relationship: 'sros/relationship.json', sighting: 'sros/sighting.json',
};

export interface StixValidator {
  /** The errors of one object (or bundle) against its type's schema; [] when valid. */
  errors(obj: unknown): string[];
}

/** Every property name declared under `properties` in a schema file and the files it refers to (bar properties.json). */
function declared(file: string, seen = new Set<string>(), out = new Set<string>()): Set<string> {
  if (seen.has(file) || file.endsWith('common/properties.json')) return out;
  seen.add(file);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) out.add(name);
      if (k === '$ref' && typeof v === 'string' && !v.startsWith('#')) declared(join(dirname(file), v), seen, out);
      else if (k !== 'not') walk(v);
    }
  };
  walk(JSON.parse(readFileSync(file, 'utf8')));
  return out;
}

export function stixValidator(): StixValidator {
  // strictSchema: unknown keywords are errors. The official schemas leave `type` implicit
  // beside `pattern` and name `required` properties inside `not`, which Ajv's strictTypes and
  // strictRequired refuse: those two stay off. `\-` in core.json is invalid under the u flag.
  const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('idn-hostname', true);
  for (const dir of ['common', 'sdos', 'sros', 'observables']) {
    for (const f of readdirSync(join(DIR, dir))) ajv.addSchema(JSON.parse(readFileSync(join(DIR, dir, f), 'utf8')) as object);
  }
  const compiled = new Map<string, ValidateFunction>();
  const props = new Map<string, Set<string>>();
  const declaredOf = (type: string): Set<string> => {
    let p = props.get(type);
    if (!p) { p = declared(join(DIR, FILES[type] ?? 'missing')); props.set(type, p); }
    return p;
  };
  const forType = (type: string): ValidateFunction => {
    let v = compiled.get(type);
    if (!v) {
      const file = FILES[type];
      if (!file) throw new Error(`no schema for STIX type ${type}`);
      // No custom properties: every property must be one the schema evaluates.
      v = ajv.compile({ $ref: BASE + file, unevaluatedProperties: false });
      compiled.set(type, v);
    }
    return v;
  };
  const errors = (obj: unknown): string[] => {
    const type = (obj as { type?: unknown }).type;
    if (typeof type !== 'string') return ['no type'];
    const v = forType(type);
    const id = (obj as { id?: string }).id ?? '';
    // The bundle schema's catch-all branch for other objects requires exactly one of core and
    // cyber-observable-core to match, which an extension-definition (it matches both) never
    // does. Every object is checked against its own type's schema below; the envelope is
    // checked with the first object of each other type (the bundle schema tries each object
    // against all 37 object schemas: minutes for 100,000).
    const firsts = new Map<string, unknown>();
    for (const o of (obj as { objects?: { type?: string }[] }).objects ?? []) if (o.type !== 'extension-definition' && !firsts.has(String(o.type))) firsts.set(String(o.type), o);
    const checked = type === 'bundle' ? { ...(obj as object), objects: [...firsts.values()] } : obj;
    const out = v(checked) ? [] : (v.errors ?? []).map((e) => `${type} ${id}${e.instancePath}: ${e.message} ${JSON.stringify(e.params)}`);
    if (type !== 'bundle') {
      const known = declaredOf(type);
      for (const k of Object.keys(obj as object)) if (!known.has(k)) out.push(`${type} ${id}: custom property ${k}`);
    }
    if (type === 'bundle') for (const o of (obj as { objects?: unknown[] }).objects ?? []) out.push(...errors(o));
    return out;
  };
  return { errors };
}

// Real resolvers (BIND's named, Unbound) for the RPZ and C&C tests: start one on a free port,
// wait until its log says the zones are loaded, and ask it names.

/** A UDP/TCP port nothing listens on now (the daemon binds it next). */
export const freePort = (): Promise<number> => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
});

/** Starts `command` in the foreground, stopped when the test ends; resolves once `ready(log)` holds. */
export async function startResolver(t: TestContext, name: string, command: string, args: readonly string[], ready: (log: string) => boolean): Promise<void> {
  const proc = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stderr.on('data', (d: Buffer) => { log += d.toString(); });
  t.after(() => { proc.kill('SIGTERM'); });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${log}`)), 20_000);
    proc.stderr.on('data', () => { if (ready(log)) { clearTimeout(timer); resolve(); } });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${name} exited ${code}:\n${log}`)); });
  });
}

/** Asks the resolver on `port` (from `local`, if given) for a name's A records: the addresses, or the error code (ENOTFOUND for NXDOMAIN). */
export function askResolver(port: number, local?: string): (name: string) => Promise<string> {
  const r = new Resolver({ timeout: 3000, tries: 2 });
  r.setServers([`127.0.0.1:${port}`]);
  if (local !== undefined) r.setLocalAddress(local);
  return (name) => r.resolve4(name).then((a) => a.join(','), (e: NodeJS.ErrnoException) => String(e.code));
}
