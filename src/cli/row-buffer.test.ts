import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RowBuffer } from './row-buffer.js';

test('rows come out as UTF-8 lines, whatever their characters and however far the buffer grows', () => {
  const rows = ['{"text":"お荷物をお届けにあがりました"}', '{"text":"emoji 📦 and a lone \\ud800 escape"}', 'x'.repeat(1_500_000), '{"text":"最後"}'];
  const b = new RowBuffer();
  for (const r of rows) b.push(r);
  const out = b.take();
  assert.equal(new TextDecoder().decode(out), rows.join('\n') + '\n');
  assert.equal(b.byteLength, 0, 'empty again after take');
  b.push('次');
  assert.equal(new TextDecoder().decode(b.take()), '次\n', 'a taken buffer is not overwritten by the next rows');
  assert.equal(new TextDecoder().decode(out).slice(-5), '"最後"}\n'.slice(-5));
});
