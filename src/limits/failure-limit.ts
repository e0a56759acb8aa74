// Counts only the events it is told of (failed API keys per client address, appeals per
// address, notices per reporter), where @fastify/rate-limit counts every request it sees: the
// HTTP layer asks it before a key is checked, so an address past its allowance gets 429 without
// its guesses reaching the store, and services use it for their own budgets. Outside src/web so
// that business code need not import the HTTP layer. Memory of one process: windows are not
// shared between processes and start again at a restart.

export interface FailureLimit {
  /** Seconds until the address may try again, or 0 when it may try now. */
  blockedFor(address: string): number;
  /** Counts one failure. */
  fail(address: string): void;
}

/** Fixed windows per address; at most `maxAddresses` tracked (the oldest window is dropped first). */
export function failureLimit(opts: { max: number; windowMs: number; now?: () => number; maxAddresses?: number }): FailureLimit {
  const now = opts.now ?? Date.now;
  const cap = opts.maxAddresses ?? 100_000;
  // Map keeps insertion order: the first entry is the oldest window.
  const windows = new Map<string, { start: number; count: number }>();
  const current = (address: string): { start: number; count: number } | undefined => {
    const w = windows.get(address);
    if (w && now() - w.start >= opts.windowMs) {
      windows.delete(address);
      return undefined;
    }
    return w;
  };
  return {
    blockedFor(address) {
      const w = current(address);
      return w && w.count >= opts.max ? Math.max(1, Math.ceil((w.start + opts.windowMs - now()) / 1000)) : 0;
    },
    fail(address) {
      const w = current(address);
      if (w) {
        w.count++;
        return;
      }
      if (windows.size >= cap) windows.delete(windows.keys().next().value as string);
      windows.set(address, { start: now(), count: 1 });
    },
  };
}
