// A literal gate must be a necessary condition: wherever its pattern matches a text, the gate lets it through. The words
// are read from each pattern (literals.ts requiredLiterals); this checks the reading on a table of patterns, and every
// pattern written as a constant in src/core (gated or not, so a pattern gated later is covered already) over the Japanese
// bench messages and the case tables' texts, the gated ones over the English bench and the labelled rows too (loadDatasets: never the blind sets), in
// the forms the finders read (lower-cased, and with diacritics folded).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { englishMessages, japaneseMessages } from '../../../bench/messages.js';
import { loadDatasets } from '../../../scripts/datasets.js';
import { foldDiacritics } from '../lures/fold.js';
import { normalizeText } from '../normalize/index.js';
import { gated, gatedPatterns, literalGate, requiredLiterals } from './literals.js';
import '../engine.js';

const sorted = (re: RegExp): string[] | null => requiredLiterals(re)?.sort() ?? null;

test('the words a pattern cannot match without', () => {
  assert.deepEqual(sorted(/ロードサービス|生命|\bjaf\b|au\s*pay/), ['jaf', 'pay', 'ロードサービス', '生命'].sort());
  assert.deepEqual(sorted(/(?:振込|送金)先/), ['振込先', '送金先'].sort());
  assert.deepEqual(sorted(/a?b/), ['ab', 'b']);
  assert.deepEqual(sorted(/\d+\s*円を?/), ['円']);
  assert.deepEqual(sorted(/(?<!在留)カード(?:番号|情報)/), ['カード情報', 'カード番号']);
  assert.deepEqual(sorted(/[はが]口座/), ['が口座', 'は口座']);
  assert.deepEqual(sorted(/口座(?:に|へ)[^。]{0,6}お願い/), ['お願い']);
  assert.deepEqual(sorted(/\u53e3\u5ea7/), ['口座']);
  // Nothing required: a branch that needs no word, a part that may be absent, any character; the i flag is not read.
  assert.equal(requiredLiterals(/口座|\d{5}/), null);
  assert.equal(requiredLiterals(/(?:口座)?\d/), null);
  assert.equal(requiredLiterals(/.+/), null);
  assert.equal(requiredLiterals(/abc/i), null);
  assert.equal(requiredLiterals(/(a)\1/), null);
});

test('a gate says no only where its pattern cannot match', () => {
  const gate = literalGate(/保険(?:金)?で|\binsurance pays\b/);
  assert.equal(gate('火災保険で直せます'), true);
  assert.equal(gate('the insurance pays for it'), true);
  assert.equal(gate('お荷物をお届けにあがりました https://example.top'), false);
  // One ASCII character is no unit a text is read for: always run.
  assert.equal(literalGate(/x|口座/)('nothing'), true);
  assert.throws(() => gated(/口座/g));
  const p = gated(/振込先(?:は|が)/);
  assert.deepEqual(p.exec('新しい振込先は下記です')?.[0], '振込先は');
  assert.equal(p.exec('お荷物のお届け'), null);
  assert.equal(p.test('振込先が変わりました'), true);
});

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const core = join(import.meta.dirname, '..');
// A constant written as one pattern literal, gated or not: `const NAME = /…/flags;` or `const NAME = gated(/…/flags);`.
const CONSTANT = /^(?:export )?const ([A-Z_0-9]+) = (?:gated\()?(\/.+\/[dgimsuy]*)\)?;(?:\s*\/\/.*)?$/gm;

function patterns(): { name: string; re: RegExp; gated: boolean }[] {
  const out: { name: string; re: RegExp; gated: boolean }[] = [];
  for (const file of sourceFiles(core)) {
    if (file.endsWith('.test.ts')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(CONSTANT)) {
      let re: unknown;
      try {
        re = new Function(`return ${m[2]};`)();
      } catch {
        continue;
      }
      if (re instanceof RegExp) out.push({ name: `${file.slice(core.length + 1)} ${m[1]}`, re: new RegExp(re.source, re.flags.replace(/[gy]/g, '')), gated: m[0].includes('gated(') });
    }
  }
  return out;
}

/** The case tables' texts (the first string of each row of every *.test.ts under src/core and src/engine). */
function tableTexts(): string[] {
  const out: string[] = [];
  const ROW = /\[\s*'((?:\\.|[^'\\])*)'/g;
  for (const file of [...sourceFiles(core), ...sourceFiles(join(core, '..', 'engine'))]) {
    if (!file.endsWith('.test.ts')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(ROW)) {
      try {
        out.push(JSON.parse(`"${(m[1] as string).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string);
      } catch {
        // A row with an escape JSON does not read: skipped.
      }
    }
  }
  return out;
}

test('every pattern constant of src/core: matched ⇒ its gate passes (the gated ones over the English bench and the labelled rows too)', () => {
  const forms = (raw: readonly string[]): string[] => {
    const out = new Set<string>();
    for (const t of raw) {
      const lower = normalizeText(t.slice(0, 4096)).lower;
      out.add(lower);
      out.add(foldDiacritics(lower));
    }
    return [...out];
  };
  const common = forms(japaneseMessages().map((m) => m.text).concat(tableTexts()));
  const dev = forms(englishMessages().map((m) => m.text).concat(loadDatasets().map((m) => m.text)));
  const all = patterns();
  assert.ok(all.length > 500, `only ${all.length} patterns read`);
  assert.ok(all.filter((p) => p.gated).length >= 20, 'the gated patterns were not found');
  const checked = all.filter((p) => requiredLiterals(p.re) !== null).map((p) => ({ ...p, gate: literalGate(p.re) }));
  const read = checked.length;
  const wrong = new Set<string>();
  // Text by text (a gate reads its text once, for every pattern after it); the gate first: the pattern is run only where
  // the gate says no, where it must not match.
  const check = (t: string, onlyGated: boolean): void => {
    for (const { name, re, gated: isGated, gate } of checked) {
      if (onlyGated && !isGated) continue;
      if (!gate(t) && re.test(t)) wrong.add(`${name}: ${JSON.stringify(t.slice(0, 80))}`);
    }
  };
  for (const t of common) check(t, false);
  for (const t of dev) check(t, true);
  assert.ok(read > 400, `only ${read} patterns had words read`);
  assert.deepEqual([...wrong], []);
});

test('every gated pattern of the engine, as built (composed ones too): its gate passes wherever it matches, over every text', () => {
  const forms = new Set<string>();
  const raw = [...japaneseMessages(), ...englishMessages()].map((m) => m.text).concat(tableTexts(), loadDatasets().map((m) => m.text));
  for (const t of raw) {
    const lower = normalizeText(t.slice(0, 4096)).lower;
    forms.add(lower);
    forms.add(foldDiacritics(lower));
    forms.add(t);
  }
  const patterns = gatedPatterns();
  assert.ok(patterns.length >= 35, `only ${patterns.length} gated patterns loaded`);
  const wrong = new Set<string>();
  for (const t of forms) {
    for (const p of patterns) {
      if (!p.may(t) && p.re.test(t)) wrong.add(`/${p.source.slice(0, 40)}…/: ${JSON.stringify(t.slice(0, 80))}`);
    }
  }
  assert.deepEqual([...wrong], []);
});

test('a gate finds each word by its first unit among many (second units looked up by rank, across words of ids)', () => {
  // Eighty two-kanji words from a block no other pattern uses: their units get fresh ids, spread over several 32-bit words
  // of the present set (bit 31 among them), and some first units share a word with others or stand first in two words.
  const base = 0x9f00;
  const words: string[] = [];
  for (let k = 0; k < 80; k++) words.push(String.fromCharCode(base + k) + String.fromCharCode(base + 80 + (k % 7)));
  words.push(String.fromCharCode(base + 3) + String.fromCharCode(base + 95));
  const p = gated(new RegExp(words.join('|')));
  for (const w of words) {
    assert.equal(p.test(`前${w}後`), true, w);
    // The first unit alone, or the second alone, cannot hold the word: the gate says no.
    assert.equal(p.may(`前${w[0] as string}後`), false, `${w} first`);
    assert.equal(p.may(`前${w[1] as string}後`), false, `${w} second`);
  }
  // A word's two characters apart do not pass the gate: it reads the pair side by side (a unit of its own), not each
  // character somewhere in the text. Side by side they do.
  const crossed = String.fromCharCode(base + 3) + '・' + String.fromCharCode(base + 95);
  assert.equal(p.may(crossed), false);
  assert.equal(p.test(crossed), false);
  assert.equal(p.may(`・${String.fromCharCode(base + 3)}${String.fromCharCode(base + 95)}・`), true);
});

test('a gate answers the same whichever texts were read before (the last few texts\' tables are kept and taken up again)', () => {
  const texts = japaneseMessages().slice(0, 60).map((m) => m.text.toLowerCase());
  const patterns = gatedPatterns();
  // Each text's answers with another text read between every two patterns (each answer from a table just taken up again),
  // then in a shuffled order over more texts than the tables kept, so that some come back from a kept table and some are
  // read anew: the same answers.
  const alone = texts.map((t) => patterns.map((g) => {
    g.may('\u0000');
    return g.may(t);
  }));
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < texts.length; i++) {
      const k = (i * 7 + round * 3) % texts.length;
      const t = texts[k] as string;
      patterns.forEach((g, p) => assert.equal(g.may(t), alone[k]?.[p], `${g.source.slice(0, 40)} on text ${k}`));
    }
  }
});
