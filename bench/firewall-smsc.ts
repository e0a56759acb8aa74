// The SMSC of `npm run bench:firewall`, in a process of its own so that it does not share a
// core's event loop with the load generator: our simulator, answering every submit_sm at once.
import { SmscServer } from '../src/smpp/index.js';

const smsc = new SmscServer({ systemId: 'bench', password: 'bench' });
const port = await smsc.listen(0);
process.stdout.write(`smsc listening on ${port}\n`);
process.once('SIGTERM', () => void smsc.close().then(() => process.exit(0)));
