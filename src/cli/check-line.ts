// One line of `check --jsonl`: parse, validate, analyse, serialise. Shared by the
// in-thread path and the worker threads.
import type { Engine } from '../core/engine.js';

/** Longest input line analysed; longer lines get an error row (SMS are short, this bounds work). */
export const MAX_LINE_BYTES = 64 * 1024;

export function checkLine(engine: Engine, line: string): string {
  if (line.length > MAX_LINE_BYTES) return JSON.stringify({ error: `line longer than ${MAX_LINE_BYTES} characters (E_LINE_TOO_LONG)` });
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'not valid JSON (E_BAD_JSON)' });
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return JSON.stringify({ error: 'expected a JSON object (E_NOT_OBJECT)' });
  const { id, text, from } = row as { id?: unknown; text?: unknown; from?: unknown };
  const hasId = typeof id === 'string' || typeof id === 'number';
  const err = (message: string): string => JSON.stringify(hasId ? { id, error: message } : { error: message });
  if (!hasId) return err('"id" must be a string or number (E_BAD_ID)');
  if (typeof text !== 'string') return err('"text" must be a string (E_BAD_TEXT)');
  if (from !== undefined && from !== null && typeof from !== 'string') return err('"from" must be a string (E_BAD_FROM)');
  const a = engine.analyse({ text, from: from ?? undefined });
  return JSON.stringify({ id, verdict: a.verdict, score: a.score, reasons: a.reasons, indicators: a.indicators });
}
