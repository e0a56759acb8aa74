// Shared argument handling for subcommands: node's parseArgs, with usage errors as values,
// and the conventions every command follows: results on stdout, usage and errors on
// stderr, sysexits(3) exit codes.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type CliError = { code: string; message: string };

/** sysexits(3): what a script calling us can tell apart. */
export const EX = Object.freeze({
  OK: 0,
  /** Something asked about was not found (e.g. `keys revoke` of no key). */
  NOT_FOUND: 1,
  USAGE: 64,
  DATAERR: 65,
  NOINPUT: 66,
  UNAVAILABLE: 69,
  SOFTWARE: 70,
  CANTCREAT: 73,
  IOERR: 74,
  CONFIG: 78,
});

export type ParsedArgs<O extends ParseArgsConfig['options']> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O):
  { ok: true; value: ParsedArgs<O> } | { ok: false; error: CliError } {
  try {
    return { ok: true, value: parseArgs({ args, options, allowPositionals: true, strict: true }) as ParsedArgs<O> };
  } catch (err) {
    return { ok: false, error: { code: 'E_USAGE', message: (err as Error).message } };
  }
}

/** Prints a CLI error in the one format every command uses (on stderr) and returns the exit code. */
export function fail(command: string, error: CliError, exitCode: number = EX.USAGE): number {
  process.stderr.write(`smishguard ${command}: ${error.message} (${error.code})\n`);
  return exitCode;
}

/** An error that carries its own exit code (store and secret failures). */
export function failWith(command: string, error: CliError & { exitCode: number }): number {
  return fail(command, error, error.exitCode);
}

/**
 * Usage text: on stdout when asked for (--help, exit 0), on stderr when the command was
 * used wrongly (exit 64), so a pipeline never takes it for a result.
 */
export function showUsage(text: string, asked: boolean): number {
  if (asked) {
    process.stdout.write(text + '\n');
    return EX.OK;
  }
  process.stderr.write(text + '\n');
  return EX.USAGE;
}
