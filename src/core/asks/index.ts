// What a message asks the reader to do, one finder per kind of ask. The engine runs them once
// per message; checks weigh each ask against who the message claims to be and whose channel
// the ask goes through (src/core/checks/ask-channel.ts).
import type { Ask } from '../check.js';
import { createAtmAsk } from './atm.js';
import type { LureData } from '../lures/index.js';
import { createCallAsk } from './call.js';
import { createCoachAsk } from './coach.js';
import { createCollectAsk } from './collect.js';
import { createCoerceSaleAsk, createCreditOrderAsk, createVisitSaleAsk } from './commerce.js';
import { createExtortAsk } from './extort.js';
import { createFavourAsk } from './favour.js';
import { createGiftCardAsk } from './gift-card.js';
import { createInstallAsk } from './install.js';
import { createJoinAsk } from './join.js';
import { createKinLineAsk } from './kin-line.js';
import { createLinkAsk } from './link.js';
import { createIsMessenger, createMessengerAsk, toldMoveDone } from './messenger.js';
import { createMoneyAsk } from './money.js';
import { createOfferAsk } from './offer.js';
import { createPayeeAsk } from './payee.js';
import { createReconAsk } from './recon.js';
import { createReplyDataAsk, createReplyYesNoAsk, shortCodeKeyword } from './reply.js';
import { createResolveAsk } from './resolve.js';
import { createRoleAsk } from './role.js';
import { createSecretAsk } from './secret.js';
import { createStrangerTieAsk } from './stranger-tie.js';
import type { AskFinder, AskInput } from './types.js';

export type { AskFinder, AskInput } from './types.js';
export { sentenceAt } from './types.js';

export function createAskFinder(data: LureData): (input: AskInput) => Ask[] {
  const call = createCallAsk();
  const finders: AskFinder[] = [
    createLinkAsk(),
    call,
    createReplyDataAsk(),
    createSecretAsk(),
    createReplyYesNoAsk(),
    createMessengerAsk(data.messengerHosts),
    createInstallAsk(),
    createGiftCardAsk(),
    createMoneyAsk(),
    createResolveAsk(),
    createJoinAsk(),
    createFavourAsk(),
    createPayeeAsk(),
    createCollectAsk(),
    createOfferAsk(),
    createExtortAsk(),
    createAtmAsk(),
    createReconAsk(),
    createRoleAsk(),
    createCreditOrderAsk(),
    createVisitSaleAsk(),
    createCoerceSaleAsk(),
    createCoachAsk(),
    createKinLineAsk(),
    createStrangerTieAsk(),
  ];
  const isMessenger = createIsMessenger(data.messengerHosts);
  return (input) => {
    // Most messages carry no cue, no link, no premium-rate number and no keyword for a short code: nothing to ask.
    // A number with no cue at all is still a call ask when a label or the sentence's end says what it is for ("फोन: 050-…",
    // "電話:…"): only the call finder reads those, so only it runs.
    if (input.lures.length === 0 && input.indicators.urls.length === 0 && !input.indicators.phones.some((p) => p.kind === 'premium') && shortCodeKeyword(input.norm.text) === undefined) {
      return input.indicators.phones.length === 0 ? [] : [...call(input)];
    }
    const asks: Ask[] = [];
    // Indexed loops: eighteen finders at one call site, and an iterator per answer cost more than the pushes.
    for (let f = 0; f < finders.length; f++) {
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
