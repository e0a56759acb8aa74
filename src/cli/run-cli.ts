// For tests: runs the real `smishguard` command from source (no build needed) and collects its output.
import { spawn } from 'node:child_process';
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
