import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isStorable, isStorableId, storableText } from './text.js';

describe('text both stores hold alike', () => {
  // [input, storable as is, what is stored]
  const table: [string, boolean, string][] = [
    ['ふつうの文', true, 'ふつうの文'],
    ['tab\tand\r\nbreaks', true, 'tab\tand\r\nbreaks'],
    ['emoji 😀', true, 'emoji 😀'],
    ['nul\u0000here', false, 'nul\ufffdhere'],
    ['bell\u0007 esc\u001b del\u007f', false, 'bell\ufffd esc\ufffd del\ufffd'],
    ['lone high \ud800 end', false, 'lone high \ufffd end'],
    ['lone low \udc00 end', false, 'lone low \ufffd end'],
    ['high at the end \ud83d', false, 'high at the end \ufffd'],
    ['swapped \ude00\ud83d', false, 'swapped \ufffd\ufffd'],
  ];
  for (const [input, ok, stored] of table) {
    it(JSON.stringify(input), () => {
      assert.equal(isStorable(input), ok);
      assert.equal(storableText(input), stored);
      assert.ok(isStorable(storableText(input)));
    });
  }
  it('ids and query parameters take no control characters at all', () => {
    assert.equal(isStorableId('R-AAAAA-BBBBB'), true);
    assert.equal(isStorableId('090\u00001234'), false);
    assert.equal(isStorableId('0901234\n'), false);
  });
});
