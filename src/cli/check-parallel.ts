// `check --jsonl` on worker threads: lines go out in batches, results come back in any
// order and are written in input order. At most a few batches per worker are in flight,
// so memory stays bounded however long the input is.
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';

const BATCH_LINES = 256;
const IN_FLIGHT_PER_WORKER = 4;

function startWorker(): Worker {
  // From source (tests, tsx) the worker is a .ts file and needs the same loader.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./check-worker.js', import.meta.url));
  const url = new URL('./check-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(boot, { eval: true });
}

export async function checkJsonlParallel(workerCount: number, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const workers = Array.from({ length: workerCount }, startWorker);
  const done = new Map<number, string>();
  let nextToWrite = 0;
  let sent = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const writeReady = async (): Promise<void> => {
    while (done.has(nextToWrite)) {
      const chunk = done.get(nextToWrite) as string;
      done.delete(nextToWrite++);
      if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
    }
  };
  for (const w of workers) {
    w.on('message', (m: { seq: number; out: string }) => {
      done.set(m.seq, m.out);
      signal();
    });
    w.on('error', (err) => {
      failure = err;
      signal();
    });
  }
  const waitForRoom = async (): Promise<void> => {
    while (!failure && sent - nextToWrite >= workerCount * IN_FLIGHT_PER_WORKER) {
      await new Promise<void>((resolve) => (wake = resolve));
      await writeReady();
    }
  };
  const dispatch = async (lines: string[]): Promise<void> => {
    await waitForRoom();
    (workers[sent % workerCount] as Worker).postMessage({ seq: sent++, lines });
  };

  const rl = createInterface({ input, crlfDelay: Infinity });
  let batch: string[] = [];
  let code = 0;
  try {
    for await (const line of rl) {
      if (line.trim() === '') continue;
      batch.push(line);
      if (batch.length >= BATCH_LINES) {
        await dispatch(batch);
        batch = [];
        await writeReady();
      }
    }
    if (batch.length > 0) await dispatch(batch);
  } catch (err) {
    process.stderr.write(`smishguard check: could not read input: ${(err as Error).message} (E_INPUT)\n`);
    code = 74;
  }
  while (!failure && nextToWrite < sent) {
    if (!done.has(nextToWrite)) await new Promise<void>((resolve) => (wake = resolve));
    await writeReady();
  }
  await Promise.all(workers.map((w) => w.terminate()));
  if (failure) {
    process.stderr.write(`smishguard check: a worker failed: ${failure.message} (E_WORKER)\n`);
    return 70;
  }
  return code;
}
