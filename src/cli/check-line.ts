// One line of `check --jsonl`: parse, validate, analyse, serialise. Shared by the
// in-thread path and the worker threads.
import type { Engine } from '../core/engine.js';

/** Longest input line analysed; longer lines get an error row (SMS are short, this bounds work). */
export const MAX_LINE_BYTES = 64 * 1024;

export type LineErrorCode = 'E_LINE_TOO_LONG' | 'E_BAD_JSON' | 'E_NOT_OBJECT' | 'E_BAD_ID' | 'E_BAD_TEXT' | 'E_EMPTY_TEXT' | 'E_BAD_FROM';

/** An error row: `{"id"?, "line", "error": {"code", "message"}}`; `line` counts every input line from 1, blank ones included. */
function errorRow(lineNo: number, code: LineErrorCode, message: string, id?: string | number): string {
  return JSON.stringify(id === undefined ? { line: lineNo, error: { code, message } } : { id, line: lineNo, error: { code, message } });
}

/**
 * What each answered row holds. 'full': `{"id","verdict","score","reasons","indicators"}`, every
 * reason with its points, details and Japanese and English text (some 16 times the input's
 * bytes). 'brief': `{"id","verdict","score","codes"}`, the reason codes strongest first, for a
 * filter that acts on verdicts and has no one to explain them to.
 */
export type RowShape = 'full' | 'brief';

/** The output row of input line `lineNo` (not blank), and whether it is an error row. */
export function checkLine(engine: Engine, line: string, lineNo: number, shape: RowShape = 'full'): { row: string; error: boolean } {
  if (line.length > MAX_LINE_BYTES) return { row: errorRow(lineNo, 'E_LINE_TOO_LONG', `line longer than ${MAX_LINE_BYTES} characters`), error: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { row: errorRow(lineNo, 'E_BAD_JSON', 'not valid JSON'), error: true };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { row: errorRow(lineNo, 'E_NOT_OBJECT', 'expected a JSON object'), error: true };
  const { id, text, from } = parsed as { id?: unknown; text?: unknown; from?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return { row: errorRow(lineNo, 'E_BAD_ID', '"id" must be a string or number'), error: true };
  if (typeof text !== 'string') return { row: errorRow(lineNo, 'E_BAD_TEXT', '"text" must be a string', id), error: true };
  // Nothing to judge: a verdict on no text would be a made-up "allow".
  if (text.trim() === '') return { row: errorRow(lineNo, 'E_EMPTY_TEXT', '"text" is empty', id), error: true };
  if (from !== undefined && from !== null && typeof from !== 'string') return { row: errorRow(lineNo, 'E_BAD_FROM', '"from" must be a string', id), error: true };
  const a = engine.analyse({ text, from: from ?? undefined });
  if (shape === 'brief') {
    // Written by hand: codes are [A-Z_] words and the verdict one of three, so only the id
    // needs escaping (the same text JSON.stringify would write, without its object walk).
    let codes = '';
    for (const r of a.reasons) codes += codes === '' ? `"${r.code}"` : `,"${r.code}"`;
    return { row: `{"id":${JSON.stringify(id)},"verdict":"${a.verdict}","score":${JSON.stringify(a.score)},"codes":[${codes}]}`, error: false };
  }
  return { row: JSON.stringify({ id, verdict: a.verdict, score: a.score, reasons: a.reasons, indicators: a.indicators }), error: false };
}
