// Sharing groups: the partners' organisations (API keys with role partner, carriers …) that
// see the same things. Each group has its TLP 2.0 marking, and its own key for line numbers:
// a subscriber line leaves only as a keyed pseudonym (HMAC-SHA256 under the group's key), so
// one line is one pseudonym within a group, and two groups' pseudonyms of it cannot be linked
// (nor reversed by anyone without the secret). The group's key is derived from the store
// secret, which is kept outside the store (SMISHGUARD_SECRET_FILE), and the group's random
// `key_id`: a copy of the database carries neither key nor numbers. Every change is audited.
import { createHmac, randomBytes } from 'node:crypto';
import { lineKey } from '../consent/index.js';
import { base32, type Store } from '../store/index.js';
import { parseTlp, type Tlp } from './tlp.js';

type GroupTables = {
  sharing_groups: { name: string; tlp: string; key_id: string; created_at: string };
  sharing_group_members: { group_name: string; org: string; added_at: string };
};

export interface SharingGroup {
  readonly name: string;
  readonly tlp: Tlp;
  readonly createdAt: string;
  readonly members: readonly string[];
}

export type GroupErrorCode = 'E_BAD_GROUP' | 'E_GROUP_EXISTS' | 'E_NO_GROUP' | 'E_BAD_ORG' | 'E_BAD_TLP' | 'E_NOT_MEMBER';
export type GroupResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: GroupErrorCode; readonly message: string };

export interface SharingGroups {
  create(name: string, tlp: string, actor: string): Promise<GroupResult<SharingGroup>>;
  addMember(group: string, org: string, actor: string): Promise<GroupResult<SharingGroup>>;
  removeMember(group: string, org: string, actor: string): Promise<GroupResult<SharingGroup>>;
  get(name: string): Promise<SharingGroup | null>;
  list(): Promise<SharingGroup[]>;
  /** The groups an organisation belongs to, by name. */
  ofOrg(org: string): Promise<SharingGroup[]>;
  /** The group's pseudonym of each line (null for what is not a number); rejects when the store has no secret. */
  pseudonyms(group: string): Promise<GroupResult<(line: string) => string | null>>;
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
const LABEL = 'smishguard/sharing/group-line-pseudonym/v1';
// RFC 4648's base32 alphabet, lower case.
const RFC4648_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

/** The group's key: never stored, derived from the secret and the group's key id. */
export function groupKey(secret: string, keyId: string): Buffer {
  return createHmac('sha256', secret).update(`${LABEL}\u0000${keyId}`).digest();
}

/** `sgl_` + 26 base32 characters (130 bits of HMAC-SHA256 of the line's national form). */
export function pseudonymOf(key: Buffer, line: string): string | null {
  const n = lineKey(line) ?? (/^\+?[0-9][0-9 -]{5,20}$/.test(line.trim()) ? line.replace(/[^0-9]/g, '') : null);
  if (n === null) return null;
  const d = createHmac('sha256', key).update(n).digest();
  return `sgl_${base32(d, RFC4648_LOWER, 26)}`;
}

export function openSharingGroups(store: Store, clock: () => Date = () => new Date()): SharingGroups {
  const db = store.db.withTables<GroupTables>();
  const audit = (actor: string, action: string, subject: string, detail: object): Promise<void> => store.audit.append({ actor, action, subject, detail });

  async function get(name: string): Promise<SharingGroup | null> {
    const g = await db.selectFrom('sharing_groups').selectAll().where('name', '=', name).executeTakeFirst();
    if (!g) return null;
    const members = (await db.selectFrom('sharing_group_members').select('org').where('group_name', '=', name).orderBy('org').execute()).map((m) => m.org);
    return { name: g.name, tlp: g.tlp as Tlp, createdAt: g.created_at, members };
  }
  const noGroup = (name: string): GroupResult<never> => ({ ok: false, code: 'E_NO_GROUP', message: `no sharing group '${name.slice(0, 64)}'` });
  const badOrg = (org: string): GroupResult<never> | null =>
    org.trim() === '' || org.length > 200 ? { ok: false, code: 'E_BAD_ORG', message: 'an organisation: the name its API keys were created with (1–200 characters)' } : null;

  return {
    async create(name, tlpRaw, actor) {
      if (!NAME.test(name)) return { ok: false, code: 'E_BAD_GROUP', message: `group name: lower-case letters, digits, '.', '_', '-', at most 63 (got '${name.slice(0, 64)}')` };
      const tlp = parseTlp(tlpRaw);
      if (!tlp) return { ok: false, code: 'E_BAD_TLP', message: `'${tlpRaw.slice(0, 20)}' is not clear, green, amber, amber+strict or red` };
      const at = clock().toISOString();
      const r = await db.insertInto('sharing_groups').values({ name, tlp, key_id: randomBytes(16).toString('hex'), created_at: at })
        .onConflict((oc) => oc.column('name').doNothing()).executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) return { ok: false, code: 'E_GROUP_EXISTS', message: `a sharing group '${name}' exists` };
      await audit(actor, 'sharing.group.create', name, { tlp });
      return { ok: true, value: { name, tlp, createdAt: at, members: [] } };
    },
    async addMember(name, org, actor) {
      const bad = badOrg(org);
      if (bad) return bad;
      if (!(await get(name))) return noGroup(name);
      await db.insertInto('sharing_group_members').values({ group_name: name, org: org.trim(), added_at: clock().toISOString() })
        .onConflict((oc) => oc.columns(['group_name', 'org']).doNothing()).execute();
      await audit(actor, 'sharing.group.add', name, { org: org.trim() });
      return { ok: true, value: (await get(name)) as SharingGroup };
    },
    async removeMember(name, org, actor) {
      if (!(await get(name))) return noGroup(name);
      const r = await db.deleteFrom('sharing_group_members').where('group_name', '=', name).where('org', '=', org.trim()).executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) return { ok: false, code: 'E_NOT_MEMBER', message: `'${org.slice(0, 80)}' is not in '${name}'` };
      await audit(actor, 'sharing.group.remove', name, { org: org.trim() });
      return { ok: true, value: (await get(name)) as SharingGroup };
    },
    get,
    async list() {
      const names = await db.selectFrom('sharing_groups').select('name').orderBy('name').execute();
      return Promise.all(names.map(async (n) => (await get(n.name)) as SharingGroup));
    },
    async ofOrg(org) {
      const names = await db.selectFrom('sharing_group_members').select('group_name').where('org', '=', org).orderBy('group_name').execute();
      return Promise.all(names.map(async (n) => (await get(n.group_name)) as SharingGroup));
    },
    async pseudonyms(name) {
      const g = await db.selectFrom('sharing_groups').select('key_id').where('name', '=', name).executeTakeFirst();
      if (!g) return noGroup(name);
      const key = groupKey(await store.secret(), g.key_id);
      return { ok: true, value: (line) => pseudonymOf(key, line) };
    },
  };
}
