// Group commit: writes that arrive while a commit is under way wait for the next one, which
// writes them all in one transaction (one fsync for many acknowledgements, and still no
// answer before the write is on disk). When a batch fails, its writes are tried one by one,
// so one bad write is refused alone and never takes the others of its batch with it.

export interface GroupCommitOptions {
  /** Most writes in one transaction. */
  readonly maxBatch: number;
  /** Told when a batch failed and is being retried one by one (never given the writes). */
  readonly onBatchFailed?: (err: unknown, size: number) => void;
}

export interface GroupCommit<I, O> {
  write(item: I): Promise<O>;
  /** Resolves once everything accepted so far is committed or refused. */
  drain(): Promise<void>;
}

/** `commit` writes a batch in one transaction, resolving with one result per item in order. */
export function groupCommit<I, O>(commit: (items: readonly I[]) => Promise<readonly O[]>, opts: GroupCommitOptions): GroupCommit<I, O> {
  interface Pending { item: I; resolve(v: O): void; reject(e: unknown): void }
  const queue: Pending[] = [];
  let flushing: Promise<void> | null = null;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, opts.maxBatch);
      try {
        const out = await commit(batch.map((p) => p.item));
        batch.forEach((p, i) => p.resolve(out[i] as O));
      } catch (err) {
        if (batch.length === 1) {
          (batch[0] as Pending).reject(err);
          continue;
        }
        opts.onBatchFailed?.(err, batch.length);
        for (const p of batch) {
          try {
            p.resolve((await commit([p.item]))[0] as O);
          } catch (e) {
            p.reject(e);
          }
        }
      }
    }
  }

  function start(): void {
    if (flushing) return;
    flushing = new Promise<void>((resolve) => setImmediate(resolve)).then(flush).finally(() => {
      flushing = null;
      if (queue.length > 0) start();
    });
  }

  return {
    write(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        start();
      });
    },
    async drain() {
      while (flushing || queue.length > 0) {
        start();
        await flushing;
      }
    },
  };
}
