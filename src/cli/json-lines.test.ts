import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { jsonLines } from './json-lines.js';

async function lines(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const l of jsonLines(Readable.from(chunks))) out.push(l);
  return out;
}

test('JSON lines split at \\r\\n, \\n and a lone \\r, also across chunks, never at U+2028 or U+2029 inside a string', async () => {
  assert.deepEqual(await lines(['{"id":"a\u2028b"}\r', '\n{"id":"c\u2029d"}\r{"id":3}\n', '\n{"id":4}']),
    ['{"id":"a\u2028b"}', '{"id":"c\u2029d"}', '{"id":3}', '', '{"id":4}']);
});

test('a character cut between two chunks is read whole', async () => {
  const bytes = Buffer.from('{"text":"詐欺"}\n');
  assert.deepEqual(await lines([bytes.subarray(0, 11), bytes.subarray(11)]), ['{"text":"詐欺"}']);
});
