// Shared argument handling for subcommands: node's parseArgs, with usage errors as values.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type CliError = { code: string; message: string };

export type ParsedArgs<O extends ParseArgsConfig['options']> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O):
  { ok: true; value: ParsedArgs<O> } | { ok: false; error: CliError } {
  try {
    return { ok: true, value: parseArgs({ args, options, allowPositionals: true, strict: true }) as ParsedArgs<O> };
  } catch (err) {
    return { ok: false, error: { code: 'E_USAGE', message: (err as Error).message } };
  }
}

/** Prints a CLI error in the one format every command uses and returns the usage exit code. */
export function fail(command: string, error: CliError, exitCode = 64): number {
  process.stderr.write(`smishguard ${command}: ${error.message} (${error.code})\n`);
  return exitCode;
}
