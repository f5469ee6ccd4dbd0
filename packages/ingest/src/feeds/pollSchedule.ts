export interface PollScheduleOptions {
  /** Time between two polls of a healthy feed. */
  intervalMs: number;
  /** Cap of the back-off after failures. */
  maxBackoffMs?: number;
  /** ± this share of the delay is random, so feeds added together do not stay in lock-step (default 0.1). */
  jitter?: number;
  random?: () => number;
}

/** Back-off after six or more failures in a row at the default interval: a day. */
export const DEFAULT_MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

/**
 * Delay before a feed's next poll: the interval after a success; after n failures in a row the interval × 2^n,
 * capped (a feed that is down is asked less and less often, but still asked). Jitter spreads both.
 */
export function nextPollDelay(consecutiveFailures: number, options: PollScheduleOptions): number {
  const cap = Math.max(options.intervalMs, options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS);
  const base =
    consecutiveFailures <= 0
      ? options.intervalMs
      : Math.min(cap, options.intervalMs * 2 ** Math.min(consecutiveFailures, 30));
  const jitter = options.jitter ?? 0.1;
  const random = options.random ?? Math.random;
  return Math.max(0, Math.round(base * (1 + jitter * (2 * random() - 1))));
}
