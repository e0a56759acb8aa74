// `smishguard smsc-sim`: a local SMSC for trying the 7726 short code by hand. It accepts the
// platform's bind, sends each line typed on stdin as a subscriber's SMS (deliver_sm, UCS-2,
// concatenated when long) to the short code, and prints what the platform sends back.
import { createInterface } from 'node:readline';
import { parsePhoneNumber } from '../core/sender/index.js';
import { SmscServer, describeStatus } from '../smpp/index.js';
import { fail, parse } from './args.js';

const HELP = `usage: smishguard smsc-sim [options]

  --port N            port to listen on (default 2775; 0 = any free port)
  --host ADDR         address to listen on (default 127.0.0.1)
  --system-id ID      system_id the platform must bind with (default smishguard)
  --password PW       its password (default secret; at most 8 characters)
  --short-code CODE   where the subscriber's texts go (default 7726)
  --from NUMBER       the subscriber's number (default 09012345678)
  --linger MS         after stdin ends, wait this long for replies before exiting (default 3000)

Each line on stdin is one SMS from the subscriber ("\\n" inside a line is a line break).
A line "/from NUMBER" changes the subscriber. Start the platform against it with
  smishguard serve --smsc smpp://smishguard:secret@127.0.0.1:2775`;

export async function run(args: string[]): Promise<number> {
  const parsed = parse(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    'system-id': { type: 'string' },
    password: { type: 'string' },
    'short-code': { type: 'string' },
    from: { type: 'string' },
    linger: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail('smsc-sim', parsed.error);
  const { values, positionals } = parsed.value;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length > 0) return fail('smsc-sim', { code: 'E_USAGE', message: `unexpected argument '${positionals[0]}'` });
  const port = Number(values.port ?? 2775);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail('smsc-sim', { code: 'E_USAGE', message: '--port must be a whole number from 0 to 65535' });
  const linger = Number(values.linger ?? 3000);
  if (!Number.isInteger(linger) || linger < 0) return fail('smsc-sim', { code: 'E_USAGE', message: '--linger must be a whole number of milliseconds' });
  const systemId = values['system-id'] ?? 'smishguard';
  const password = values.password ?? 'secret';
  if (systemId.length > 15 || password.length > 8) return fail('smsc-sim', { code: 'E_USAGE', message: 'system_id is at most 15 characters, the password at most 8' });
  const shortCode = values['short-code'] ?? '7726';
  if (!/^\d{3,8}$/.test(shortCode)) return fail('smsc-sim', { code: 'E_USAGE', message: '--short-code must be 3 to 8 digits' });
  let subscriber = values.from ?? '09012345678';
  if (!parsePhoneNumber(subscriber)) return fail('smsc-sim', { code: 'E_BAD_NUMBER', message: `--from ${subscriber} is not a phone number` });

  const server = new SmscServer({ systemId, password });
  let listening: number;
  try {
    listening = await server.listen(port, values.host ?? '127.0.0.1');
  } catch (err) {
    return fail('smsc-sim', { code: 'E_LISTEN', message: `cannot listen on port ${port}: ${(err as Error).message}` }, 69);
  }
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  out(`smsc-sim listening on ${values.host ?? '127.0.0.1'}:${listening} (system_id ${systemId}); subscriber ${subscriber} → ${shortCode}`);
  out(`  start the platform: smishguard serve --smsc smpp://${systemId}:${password}@127.0.0.1:${listening} --short-code ${shortCode}`);
  server.on('bind', (e) => out(e.status === 0 ? `* ${e.systemId} bound as ${e.mode}` : `* bind by ${e.systemId} refused: ${describeStatus(e.status)}`));
  server.on('unbind', (id) => out(`* ${id} unbound`));
  server.on('nack', (status) => out(`* generic_nack from the platform: ${describeStatus(status)}`));
  server.on('submit', (m) => out(`← ${m.from} → ${m.to}${m.parts > 1 ? ` (${m.parts} parts)` : ''}:\n${m.text.replace(/^/gm, '  ')}`));

  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const lines = createInterface({ input: process.stdin, terminal: false });
  const typed = (async () => {
    for await (const raw of lines) {
      const line = raw.trim();
      if (line === '') continue;
      const switchTo = /^\/from\s+(\S+)$/.exec(line);
      if (switchTo) {
        if (parsePhoneNumber(switchTo[1] as string)) {
          subscriber = switchTo[1] as string;
          out(`* subscriber is now ${subscriber}`);
        } else out(`* ${switchTo[1]} is not a phone number (E_BAD_NUMBER)`);
        continue;
      }
      if (server.boundReceivers === 0) {
        out('* waiting for the platform to bind…');
        while (!(await server.waitForBind(60_000))) out('* still waiting for the platform to bind…');
      }
      const text = line.replace(/\\n/g, '\n');
      const r = await server.deliver({ from: subscriber, to: shortCode, text });
      const parts = r.statuses.length > 1 ? ` (${r.statuses.length} parts)` : '';
      out(r.ok ? `→ ${subscriber} → ${shortCode}${parts}: accepted` : `→ ${subscriber} → ${shortCode}${parts}: not accepted: ${r.message}${r.statuses.length ? ` [${r.statuses.map(describeStatus).join(', ')}]` : ''}`);
    }
  })();
  await Promise.race([typed.then(() => new Promise((r) => setTimeout(r, linger))), stop]);
  lines.close();
  await server.close();
  return 0;
}
