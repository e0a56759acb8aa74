// The model's say in a verdict: one MODEL reason whose points follow its probability,
// explained by the n-grams and facts that pushed it. It is capped below the block
// threshold (data/scores.json enforces it), so the model alone never blocks, and its
// benign side is gentler than its suspicious side so it cannot hide a rule's finding.
// A message with no word in any script and no link (a bare number, a smiley) has no wording to
// resemble anything: masked, a number is only its count of digits, so the model stays silent.
import { reason } from '../reason.js';
import type { Check, CheckContext, Weights } from '../check.js';
import { createModelScorer, type LinearModel } from './model.js';

const LETTER = /\p{L}/u;

/** A letter in any script, or a link: something the model's n-grams can read as wording. */
export function hasWording(ctx: CheckContext): boolean {
  return ctx.indicators.urls.length > 0 || LETTER.test(ctx.norm.text);
}

export function createModelCheck(model: LinearModel, weights: Weights): Check {
  const score = createModelScorer(model);
  const cap = weights.MODEL;
  return (ctx) => {
    if (!hasWording(ctx)) return [];
    const scored = score(ctx);
    const p = scored.probability;
    const weight = p >= 0.5 ? (cap * (p - 0.5)) / 0.5 : (-cap / 3) * ((0.5 - p) / 0.5);
    if (Math.abs(weight) < 1) return [];
    const pct = Math.round(p * 100);
    return [reason('MODEL', Math.round(weight * 10) / 10, () => {
      // Read here, not above: the explanation is built only when the words are read.
      const top = scored.top;
      let shown = '';
      for (const t of top) shown += shown === '' ? `"${t.feature}"` : `, "${t.feature}"`;
      return {
        en: p >= 0.5 ? `Wording resembles known smishing (model ${pct}%; ${shown})` : `Wording resembles ordinary messages (model ${pct}%; ${shown})`,
        ja: p >= 0.5 ? `文面が既知の詐欺SMSに似ています（モデル ${pct}%、${shown}）` : `文面は通常のメッセージに近いです（モデル ${pct}%、${shown}）`,
        detail: { probability: Math.round(p * 1000) / 1000, features: top.map((t) => t.feature) },
      };
    })];
  };
}
