// What a message asks the reader to do, one finder per kind of ask. The engine runs them once
// per message; checks weigh each ask against who the message claims to be and whose channel
// the ask goes through (src/core/checks/ask-channel.ts).
import type { Ask } from '../check.js';
import { atmNeeds, createAtmAsk } from './atm.js';
import type { LureData } from '../lures/index.js';
import { createCallAsk } from './call.js';
import { coachNeeds, createCoachAsk } from './coach.js';
import { collectNeeds, createCollectAsk } from './collect.js';
import { coerceSaleNeeds, createCoerceSaleAsk, createCreditOrderAsk, createVisitSaleAsk, creditOrderNeeds, visitSaleNeeds } from './commerce.js';
import { createExtortAsk, extortNeeds } from './extort.js';
import { createFavourAsk, favourNeeds } from './favour.js';
import { createGiftCardAsk, giftCardNeeds } from './gift-card.js';
import { createInstallAsk, installNeeds } from './install.js';
import { createJoinAsk, joinNeeds } from './join.js';
import { createKinLineAsk, kinLineNeeds } from './kin-line.js';
import { createLinkAsk } from './link.js';
import { createIsMessenger, createMessengerAsk, createMessengerNeeds, toldMoveDone } from './messenger.js';
import { createMoneyAsk, moneyNeeds } from './money.js';
import { createOfferAsk, offerNeeds } from './offer.js';
import { createOpenerAsk, openerNeeds } from './opener.js';
import { createPayeeAsk, payeeNeeds } from './payee.js';
import { createReconAsk, reconNeeds } from './recon.js';
import { createReplyDataAsk, createReplyYesNoAsk, replyDataNeeds, replyYesNoNeeds, shortCodeKeyword } from './reply.js';
import { createResolveAsk, resolveNeeds } from './resolve.js';
import { createRoleAsk, roleNeeds } from './role.js';
import { createSecretAsk, secretNeeds } from './secret.js';
import { createStrangerTieAsk, strangerTieNeeds } from './stranger-tie.js';
import { createRelayCallAsk, relayCallNeeds } from './relay-call.js';
import { createRightResaleAsk, rightResaleNeeds } from './right-resale.js';
import { createOverpaidAsk, overpaidNeeds } from './refund.js';
import type { AskFinder, AskInput, AskNeeds } from './types.js';

export type { AskFinder, AskInput } from './types.js';
export { sentenceAt } from './types.js';

/** A finder and, where one is written, what it cannot find anything without (types.ts AskNeeds). */
export interface GatedFinder {
  readonly name: string;
  readonly find: AskFinder;
  readonly needs?: AskNeeds;
}

/** Every finder, in the order their asks are listed, each with its gate if it has one. */
export function createAskFinders(data: LureData): readonly GatedFinder[] {
  return [
    { name: 'link', find: createLinkAsk() },
    { name: 'call', find: createCallAsk() },
    { name: 'reply-data', find: createReplyDataAsk(), needs: replyDataNeeds },
    { name: 'secret', find: createSecretAsk(), needs: secretNeeds },
    { name: 'reply-yes-no', find: createReplyYesNoAsk(), needs: replyYesNoNeeds },
    { name: 'messenger', find: createMessengerAsk(data.messengerHosts), needs: createMessengerNeeds(data.messengerHosts) },
    { name: 'install', find: createInstallAsk(), needs: installNeeds },
    { name: 'gift-card', find: createGiftCardAsk(), needs: giftCardNeeds },
    { name: 'money', find: createMoneyAsk(), needs: moneyNeeds },
    { name: 'resolve', find: createResolveAsk(), needs: resolveNeeds },
    { name: 'join', find: createJoinAsk(), needs: joinNeeds },
    { name: 'favour', find: createFavourAsk(), needs: favourNeeds },
    { name: 'payee', find: createPayeeAsk(), needs: payeeNeeds },
    { name: 'overpaid', find: createOverpaidAsk(), needs: overpaidNeeds },
    { name: 'collect', find: createCollectAsk(), needs: collectNeeds },
    { name: 'offer', find: createOfferAsk(), needs: offerNeeds },
    { name: 'extort', find: createExtortAsk(), needs: extortNeeds },
    { name: 'atm', find: createAtmAsk(), needs: atmNeeds },
    { name: 'recon', find: createReconAsk(), needs: reconNeeds },
    { name: 'role', find: createRoleAsk(), needs: roleNeeds },
    { name: 'credit-order', find: createCreditOrderAsk(), needs: creditOrderNeeds },
    { name: 'visit-sale', find: createVisitSaleAsk(), needs: visitSaleNeeds },
    { name: 'coerce-sale', find: createCoerceSaleAsk(), needs: coerceSaleNeeds },
    { name: 'coach', find: createCoachAsk(), needs: coachNeeds },
    { name: 'kin-line', find: createKinLineAsk(), needs: kinLineNeeds },
    { name: 'stranger-tie', find: createStrangerTieAsk(), needs: strangerTieNeeds },
    { name: 'relay-call', find: createRelayCallAsk(), needs: relayCallNeeds },
    { name: 'right-resale', find: createRightResaleAsk(), needs: rightResaleNeeds },
    { name: 'opener', find: createOpenerAsk(), needs: openerNeeds },
  ];
}

/** `gated: false` runs every finder on every message with a cue (asks/gate.test.ts compares the two). */
export function createAskFinder(data: LureData, gated = true): (input: AskInput) => Ask[] {
  const all = createAskFinders(data);
  const call = all.find((f) => f.name === 'call')!.find;
  const opener = all.find((f) => f.name === 'opener')!;
  const finders: AskFinder[] = all.map((f) => f.find);
  // A finder's gate is asked first, and a finder that cannot find anything is not run; most messages hold nothing most
  // finders read. No gate: the finder runs (undefined).
  const needs: (AskNeeds | undefined)[] = all.map((f) => (gated ? f.needs : undefined));
  const isMessenger = createIsMessenger(data.messengerHosts);
  return (input) => {
    // Most messages carry no cue, no link, no premium-rate number and no keyword for a short code: nothing to ask.
    // A number with no cue at all is still a call ask when a label or the sentence's end says what it is for ("फोन: 050-…",
    // "電話:…"): only the call finder reads those, so only it runs.
    // So is an opener's held matter, which may carry no cue at all ("叔父様の遺産のことで、一度お話できませんか"): only its finder reads it.
    if (input.lures.length === 0 && input.indicators.urls.length === 0 && !input.indicators.phones.some((p) => p.kind === 'premium') && shortCodeKeyword(input.norm.text) === undefined) {
      const found = input.indicators.phones.length === 0 ? [] : [...call(input)];
      if (!gated || opener.needs!(input)) found.push(...opener.find(input));
      return found;
    }
    const asks: Ask[] = [];
    // Indexed loops: eighteen finders at one call site, and an iterator per answer cost more than the pushes.
    for (let f = 0; f < finders.length; f++) {
      const gate = needs[f];
      if (gate !== undefined && !gate(input)) continue;
      const found = (finders[f] as AskFinder)(input);
      for (let k = 0; k < found.length; k++) asks.push(found[k] as Ask);
    }
    // A messenger's link beside a move the writer tells as made is the account shown, not opened on
    // the reader's behalf (messenger.ts toldMoveDone): its open-link ask goes with the move's.
    if (asks.some((a) => a.kind === 'open-link' && a.channel.type === 'url' && isMessenger(a.channel.host ?? '')) && toldMoveDone(input)) {
      return asks.filter((a) => !(a.kind === 'open-link' && a.channel.type === 'url' && isMessenger(a.channel.host ?? '')));
    }
    return asks;
  };
}
