/**
 * Admission control for GraphQL reads (issue 12 §5). At most `concurrency` requests execute at once; the others wait
 * in one FIFO queue of at most `maxQueued`, beyond which a request is refused at once (OVERLOADED, retry later).
 *
 * Why: on a small machine 64 requests that all start executing share two cores and one Neo4j, so each takes many
 * times longer than alone and the heavy ones (2-hop networks, paths) cross the request deadline — 84 TIMEOUTs in
 * 60 s of `pnpm bench:load` before this. Run a few at a time and the rest wait their turn in arrival order: each
 * runs about as fast as alone, and the waiting time is spread evenly instead of landing on the slowest requests. (Measured
 * since: warm, the unbounded server had 0 errors too — the 84 were mostly a cold page cache; see the api CONTEXT.md.)
 *
 * The wait counts toward the request's deadline (the caller's clock started before `acquire`): a request whose
 * deadline passes while queued is aborted by its signal, leaves the queue and never runs. A client that disconnects
 * while queued aborts the same way. Plain counts, no cost weights: a count keeps the order strictly FIFO (a heavy
 * request at the head needing several slots would hold back light ones, or be overtaken by them forever).
 */

/** Why a request did not get a slot. */
export type AdmissionRefusal = 'overloaded' | 'aborted';

export class AdmissionRefused extends Error {
  override name = 'AdmissionRefused';
  constructor(
    readonly reason: AdmissionRefusal,
    message: string,
  ) {
    super(message);
  }
}

export interface AdmissionOptions {
  /** Requests executing at once. */
  concurrency: number;
  /** Requests waiting at once; one more is refused with OVERLOADED. */
  maxQueued: number;
  /** Told on each admission with the time waited, and on each refusal (metrics). */
  onAdmitted?: (waitedMs: number) => void;
  onRefused?: (reason: AdmissionRefusal | 'expired') => void;
}

interface Waiter {
  admit: () => void;
}

/** One slot held by an executing request; `release` gives it to the next in line (idempotent). */
export interface AdmissionSlot {
  release: () => void;
}

export class AdmissionQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly options: AdmissionOptions) {
    if (!(options.concurrency >= 1) || !(options.maxQueued >= 0))
      throw new RangeError('admission needs concurrency >= 1 and maxQueued >= 0');
  }

  /** Requests executing now. */
  get active(): number {
    return this.running;
  }

  /** Requests waiting now. */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Resolves with a slot once this request's turn comes. Rejects with AdmissionRefused('overloaded') at once when
   * the queue is full, and with the signal's reason (or AdmissionRefused('aborted')) when the signal fires while
   * waiting — the request has then left the queue.
   */
  acquire(signal?: AbortSignal, isExpiry: () => boolean = () => false): Promise<AdmissionSlot> {
    const started = performance.now();
    const slot = (): AdmissionSlot => {
      let held = true;
      return {
        release: () => {
          if (!held) return;
          held = false;
          this.running -= 1;
          this.next();
        },
      };
    };
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (this.running < this.options.concurrency && this.waiting.length === 0) {
      this.running += 1;
      this.options.onAdmitted?.(0);
      return Promise.resolve(slot());
    }
    if (this.waiting.length >= this.options.maxQueued) {
      this.options.onRefused?.('overloaded');
      return Promise.reject(
        new AdmissionRefused(
          'overloaded',
          `The server is busy: ${this.running} requests are running and ${this.waiting.length} are waiting. Try again shortly.`,
        ),
      );
    }
    return new Promise<AdmissionSlot>((resolve, reject) => {
      const onAbort = () => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        this.options.onRefused?.(isExpiry() ? 'expired' : 'aborted');
        reject(abortReason(signal!));
      };
      const waiter: Waiter = {
        admit: () => {
          signal?.removeEventListener('abort', onAbort);
          this.running += 1;
          this.options.onAdmitted?.(performance.now() - started);
          resolve(slot());
        },
      };
      this.waiting.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Hands freed slots to the oldest waiters. */
  private next(): void {
    while (this.running < this.options.concurrency && this.waiting.length > 0) this.waiting.shift()!.admit();
  }
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new AdmissionRefused('aborted', 'The request was given up while waiting for its turn.');
}
