// Each finder's gate (types.ts AskNeeds) must be a necessary condition: wherever a gate says no, its finder, run
// anyway, finds nothing, and the asks of the gated finder equal the ungated ones. Read over every [text, sender] row
// of the case tables (the *.test.ts files of src/core and src/engine) and over the bench's messages (Japanese-market
// and English). A finder edited to find an ask through something its gate does not name fails here, on any row
// that shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { englishMessages, japaneseMessages } from '../../../bench/messages.js';
import type { Message } from '../types.js';
import { contextOf, testData } from '../test-support.js';
import { createAskFinder, createAskFinders } from './index.js';

const src = join(import.meta.dirname, '..', '..');

function testFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) testFiles(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** A string literal's text: the escapes the tables use (\n, \', \", \\, \uXXXX, \u{…}). */
function unescape(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.startsWith('u') || e.startsWith('x')) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
  });
}

// A row opening with a text and, in most tables, a sender: ['…', '090…' | undefined, …]. (A row's second string that is not
// a sender is read as one: one more input, no harm.)
const LITERAL = String.raw`(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)")`;
const ROW = new RegExp(String.raw`\[\s*${LITERAL}\s*,\s*(?:(?:undefined|${LITERAL})\s*[,\]])?`, 'g');

function tableMessages(): Message[] {
  const out: Message[] = [];
  for (const file of [...testFiles(join(src, 'core')), ...testFiles(join(src, 'engine'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(ROW)) {
      const text = unescape(m[1] ?? m[2] ?? '');
      const from = m[3] ?? m[4];
      if (text.length > 0) out.push(from === undefined ? { text } : { text, from: unescape(from) });
    }
  }
  return out;
}

test('every finder gated finds what it finds ungated, over the case tables and the bench', () => {
  const messages = [...tableMessages(), ...japaneseMessages(), ...englishMessages()];
  assert.ok(messages.length > 5000, `only ${messages.length} messages read`);
  const finders = createAskFinders(testData.lures);
  const gated = createAskFinder(testData.lures, true);
  const ungated = createAskFinder(testData.lures, false);
  const wrong: string[] = [];
  for (const message of messages) {
    // The context's facts are the finders' input (the engine passes brand names' places too; no gate reads them).
    const input = contextOf(message.text, message.from);
    for (const f of finders) {
      if (f.needs === undefined || f.needs(input)) continue;
      const found = f.find(input);
      if (found.length > 0) wrong.push(`${f.name} gated out but finds ${found.map((a) => a.kind).join(', ')}: ${message.text.slice(0, 120)}`);
    }
    assert.deepEqual(gated(input), ungated(input), message.text);
  }
  assert.deepEqual(wrong, []);
});
