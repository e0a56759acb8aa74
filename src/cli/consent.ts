// `smishguard consent set|get|reassign|history LINE …`: the carrier's staff change a
// subscriber's consent from the command line (channel `cli`, audited like every change).
import { lineKey, openConsent, REASSIGN_REASONS, type ConsentChanges, type ConsentField, type ConsentView, type ReassignReason } from '../consent/index.js';
import { fail, failWith, parse, showUsage } from './args.js';
import { STORE_HELP, STORE_OPTIONS, storeFor } from './store-option.js';

const HELP = `usage: smishguard consent set LINE [--detection on|off] [--warnings on|off] [--filtering on|off] [--cnc-blocking on|off] [--db PATH] [--json]
       smishguard consent get LINE [--json] [--db PATH]
       smishguard consent reassign LINE --reason transfer|port-in [--db PATH] [--json]
       smishguard consent history LINE [--json] [--db PATH]

LINE is the subscriber's mobile number in any usual form (090-1234-5678, +81 90 1234 5678).
Every setting is on by default (consent by the contract terms). A number that changes hands
(transfer) or is ported in goes back to the defaults; its history is kept. get and history
need an existing store; set and reassign create it.

${STORE_HELP}`;

const FLAG: Readonly<Record<string, ConsentField>> = { detection: 'detection', warnings: 'warnings', filtering: 'filtering', 'cnc-blocking': 'cncBlocking' };
const LABEL: Readonly<Record<ConsentField, string>> = { detection: 'detection', warnings: 'warnings', filtering: 'filtering', cncBlocking: 'cnc-blocking' };

function describe(v: ConsentView): string {
  const onOff = (b: boolean): string => (b ? 'on' : 'off');
  const h = v.history;
  return [
    `line          ${v.line}`,
    ...(Object.keys(LABEL) as ConsentField[]).map((f) => `${LABEL[f].padEnd(13)} ${onOff(v.settings[f])}`),
    `since         ${v.since ?? 'never changed (contract defaults)'}`,
    `history       ${h.changes} change${h.changes === 1 ? '' : 's'}${h.lastChangedAt ? ` (last ${h.lastChangedAt})` : ''}, ${h.reassignments} reassignment${h.reassignments === 1 ? '' : 's'}${h.lastReassignedAt ? ` (last ${h.lastReassignedAt})` : ''}`,
  ].join('\n');
}

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, {
    detection: { type: 'string' }, warnings: { type: 'string' }, filtering: { type: 'string' }, 'cnc-blocking': { type: 'string' },
    reason: { type: 'string' }, ...STORE_OPTIONS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail('consent', parsed.error);
  const { values, positionals } = parsed.value;
  const [action, line, ...extra] = positionals;
  if (values.help || !action) return showUsage(HELP, values.help === true);
  if (!['set', 'get', 'reassign', 'history'].includes(action)) return fail('consent', { code: 'E_USAGE', message: `unknown action '${action}' (set, get, reassign, history; --help for more)` });
  if (!line) return fail('consent', { code: 'E_USAGE', message: `consent ${action} needs the LINE` });
  if (extra.length > 0) return fail('consent', { code: 'E_USAGE', message: `unexpected '${extra[0]}'` });

  const changes: { -readonly [K in ConsentField]?: boolean } = {};
  for (const [flag, field] of Object.entries(FLAG)) {
    const v = values[flag as keyof typeof values];
    if (v === undefined) continue;
    if (action !== 'set') return fail('consent', { code: 'E_USAGE', message: `--${flag} belongs to consent set` });
    if (v !== 'on' && v !== 'off') return fail('consent', { code: 'E_USAGE', message: `--${flag} must be on or off, not '${String(v)}'` });
    changes[field] = v === 'on';
  }
  if (action === 'set' && Object.keys(changes).length === 0) return fail('consent', { code: 'E_USAGE', message: 'consent set needs at least one of --detection, --warnings, --filtering, --cnc-blocking (on|off)' });
  if (action === 'reassign' && !REASSIGN_REASONS.includes(values.reason as ReassignReason)) return fail('consent', { code: 'E_USAGE', message: `--reason must be ${REASSIGN_REASONS.join(' or ')}` });
  if (action !== 'reassign' && values.reason !== undefined) return fail('consent', { code: 'E_USAGE', message: '--reason belongs to consent reassign' });

  const opened = await storeFor(values, { access: action === 'set' || action === 'reassign' ? 'create' : 'existing' });
  if (!opened.ok) return failWith('consent', opened.error);
  const { store } = opened;
  try {
    const consent = openConsent(store);
    const actor = { id: 'cli', channel: 'cli' } as const;
    if (action === 'history') {
      const h = await consent.history(line);
      if (!h.ok) return fail('consent', h);
      // A personal-data read, audited as the API audits it.
      await store.audit.append({ actor: actor.id, action: 'consent.read-history', subject: lineKey(line) ?? line, detail: { channel: 'cli' } });
      if (values.json) for (const e of h.value) console.log(JSON.stringify(e));
      else {
        for (const e of h.value) {
          const what = e.action === 'set'
            ? Object.entries(e.changes).map(([f, c]) => `${LABEL[f as ConsentField]} ${c.to ? 'on' : 'off'}`).join(', ')
            : `reassigned (${e.reason}): back to defaults`;
          console.log([e.at, e.channel, e.actor, what].join('\t'));
        }
      }
      return 0;
    }
    const r = action === 'get' ? await consent.get(line)
      : action === 'set' ? await consent.set(line, changes as ConsentChanges, actor)
        : await consent.reassign(line, values.reason as ReassignReason, actor);
    if (!r.ok) return fail('consent', r);
    if (action === 'get') await store.audit.append({ actor: actor.id, action: 'consent.read', subject: r.value.line, detail: { channel: 'cli' } });
    console.log(values.json ? JSON.stringify(r.value) : describe(r.value));
    return 0;
  } finally {
    await store.close();
  }
}
