// The case state machine, as values: what an analyst may do to a case, and what a new flag
// does to it. suspected → warned → acknowledged | cleaned → closed; a line that offends
// again after it was cleaned or closed is reopened and escalated to the call centre.

export const CASE_STATES = ['suspected', 'warned', 'acknowledged', 'cleaned', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];

// Closing from any open state is allowed: a case an analyst finds to be a false flag ends
// there. `warned` is normally set by the warning dispatcher, but an analyst who phoned the
// subscriber may set it too.
const NEXT: Readonly<Record<CaseState, readonly CaseState[]>> = {
  suspected: ['warned', 'acknowledged', 'cleaned', 'closed'],
  warned: ['acknowledged', 'cleaned', 'closed'],
  acknowledged: ['cleaned', 'closed'],
  cleaned: ['closed'],
  closed: [],
};

export type Transition = { ok: true; from: CaseState; to: CaseState } | { ok: false; code: 'E_BAD_TRANSITION'; message: string };

export function transition(from: CaseState, to: CaseState): Transition {
  if (NEXT[from].includes(to)) return { ok: true, from, to };
  const allowed = NEXT[from];
  return {
    ok: false, code: 'E_BAD_TRANSITION',
    message: `a ${from} case cannot become ${to}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (a closed case reopens only when the line offends again)'}`,
  };
}

/** What a new flag on a line does to its existing case (or `open` when it has none). */
export type OnFlag =
  | { action: 'open' }
  | { action: 'reopen' } // cleaned or closed, offends again: back to suspected, escalated
  | { action: 'escalate' } // acknowledged yet still offending: stays, escalated
  | { action: 'note' }; // already suspected or warned: the new flag is recorded on it

export function onFlag(state: CaseState | undefined): OnFlag {
  if (state === undefined) return { action: 'open' };
  if (state === 'cleaned' || state === 'closed') return { action: 'reopen' };
  if (state === 'acknowledged') return { action: 'escalate' };
  return { action: 'note' };
}
