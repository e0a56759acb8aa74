// For tests: runs the real `smishguard` command from source (no build needed) and collects its
// output, or starts one that keeps running (serve, firewall) as an operator does.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface CliResult { code: number; stdout: string; stderr: string }

const MAIN = join(import.meta.dirname, 'main.ts');
// Resolved here, so a test may run the command from any folder (`--import tsx` alone is looked up from the cwd).
const TSX = import.meta.resolve('tsx');

export function runCli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args], {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

export interface Started {
  readonly child: ChildProcess;
  /** The `ready` match: the URL or port the command printed. */
  readonly match: RegExpExecArray;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
}

/** Starts `smishguard ARGS`, left running, and resolves once its output matches `ready` (30 s at most). */
export async function startCommand(args: readonly string[], ready: RegExp, env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${args[0]} printed nothing like ${ready} in 30 s:\n${out}`));
    }, 30_000);
    const look = (d: string): void => {
      out += d;
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout!.setEncoding('utf8').on('data', look);
    child.stderr!.setEncoding('utf8').on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args[0]} exited with ${code}:\n${out}`));
    });
  });
  return { child, match, output: () => out };
}

/** Ends a started command and waits for it to exit. */
export async function stopCommand(s: { readonly child: ChildProcess } | undefined): Promise<void> {
  if (!s || s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await exited;
}

/** Whether `ok` comes true within `ms`, asked every 200 ms (other processes poll the store). */
export async function within(ms: number, ok: () => Promise<boolean>): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return ok();
}
