import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitTest } from './split-test.js';

test('splitTest answers as the whole pattern: a plain list of words split by script, any other pattern whole', () => {
  const patterns = [/日給|報酬|稼|earn|salary|kita/, /口座|bank accounts?|khata/, /払う(?:よ|から)|pay you/, /日給|報酬/, /earn|wage/, /日給|EARN/i];
  const texts = ['日給3万', '高額報酬です', 'earn 5万 a day', 'ku kita', 'bank account', 'bank accounts', 'khata', '口座', '払うよ', 'pay you', 'EARN', 'nothing here', '', 'salar y'];
  for (const re of patterns) for (const t of texts) assert.equal(splitTest(re)(t), re.test(t), `${re} on ${t}`);
});
