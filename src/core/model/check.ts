// The model's say in a verdict: one MODEL reason, explained by the n-grams and facts that pushed it.
// A model trained beside the rules' score (scripts/train.ts) learnt only what the rules miss: its
// evidence (log-odds less the bias) is turned into points at the rate the rules' own points carry
// log-odds in that training, so an ask or a mobile sender the rules already scored is not counted
// twice. (An older model without that score: points follow its probability.) Either way it is
// capped below the block threshold (data/scores.json enforces it), so the model alone never
// blocks, and its benign side is gentler than its suspicious side so it cannot hide a rule's finding.
// The probability shown is the model's alone, for a message the rules put midway.
import type { Check, Weights } from '../check.js';
import { scriptClass } from './features.js';
import { createModelScorer, type LinearModel } from './model.js';

/**
 * Training rows of a script class below which the model's say shrinks in proportion: with a few
 * dozen Korean or Nepali rows its weights for that writing are a handful of messages' topics, and
 * its named facts were learnt where the rules' register cues (a person's voice) work, which they
 * do not yet in those languages.
 */
export const FAMILIAR_ROWS = 300;

export function createModelCheck(model: LinearModel, weights: Weights): Check {
  const score = createModelScorer(model);
  const cap = weights.MODEL;
  const perPoint = model.rules ? model.rules.weight / model.rules.span : null;
  const scripts = model.scripts;
  return (ctx) => {
    const { probability: p, evidence, top } = score(ctx);
    const familiar = scripts ? Math.min(1, (scripts[scriptClass(ctx.norm.text)] ?? 0) / FAMILIAR_ROWS) : 1;
    const weight = familiar * (perPoint !== null
      ? Math.max(-cap / 3, Math.min(cap, evidence / perPoint))
      : p >= 0.5 ? (cap * (p - 0.5)) / 0.5 : (-cap / 3) * ((0.5 - p) / 0.5));
    if (Math.abs(weight) < 1) return [];
    let shown = '';
    for (const t of top) shown += shown === '' ? `"${t.feature}"` : `, "${t.feature}"`;
    const pct = Math.round(p * 100);
    const up = weight > 0;
    return [{
      code: 'MODEL',
      weight: Math.round(weight * 10) / 10,
      en: up ? `Wording resembles known smishing (model ${pct}%; ${shown})` : `Wording resembles ordinary messages (model ${pct}%; ${shown})`,
      ja: up ? `文面が既知の詐欺SMSに似ています（モデル ${pct}%、${shown}）` : `文面は通常のメッセージに近いです（モデル ${pct}%、${shown}）`,
      detail: { probability: Math.round(p * 1000) / 1000, features: top.map((t) => t.feature) },
    }];
  };
}
