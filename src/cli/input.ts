// Input conventions shared by the commands that read files: `-` is stdin, a missing file or
// a directory is named plainly (not a raw EISDIR stack), and long runs show progress on a
// terminal only.
import { statSync } from 'node:fs';
import type { CliError } from './args.js';

/** Why `--input PATH` cannot be read, or null when it can (`-` is stdin). */
export function inputProblem(path: string): CliError | null {
  if (path === '-') return null;
  try {
    if (statSync(path).isDirectory()) return { code: 'E_INPUT_IS_DIRECTORY', message: `--input: ${path} is a directory; give a file (or - for stdin)` };
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { code: 'E_NO_INPUT', message: code === 'ENOENT' ? `--input: no file ${path}` : `--input: cannot read ${path}: ${(err as Error).message}` };
  }
}

export interface Progress {
  /** Passes the items through, counting them. */
  count<T>(items: AsyncIterable<T>): AsyncIterable<T>;
  /** Adds n items (for streams counted in batches). */
  add(n: number): void;
  /** Clears the progress line. */
  done(): void;
}

const EVERY_MS = 500;

/**
 * A count on stderr, redrawn at most twice a second, only when stderr is a terminal: a
 * person watching sees the run move, while logs and pipes get nothing extra. `tty` and `now`
 * are for tests.
 */
export function progressMeter(command: string, unit: string, tty: { isTTY?: boolean; write(s: string): unknown } = process.stderr, now: () => number = Date.now): Progress {
  if (!tty.isTTY) {
    return { count: (items) => items, add: () => {}, done: () => {} };
  }
  let n = 0;
  let last = now();
  let shown = false;
  const draw = (): void => {
    tty.write(`\rsmishguard ${command}: ${n.toLocaleString('en')} ${unit}…`);
    shown = true;
  };
  const tick = (): void => {
    const t = now();
    if (t - last >= EVERY_MS) {
      last = t;
      draw();
    }
  };
  return {
    async *count(items) {
      for await (const item of items) {
        n++;
        // Checked every 1,024 items: reading the clock per item would cost more than the count.
        if ((n & 1023) === 0) tick();
        yield item;
      }
    },
    add(k) {
      n += k;
      tick();
    },
    done() {
      if (shown) tty.write('\r\x1b[K');
    },
  };
}
