import { z } from 'zod';

const flag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'on' || v === 'yes');

const schema = z.object({
  NEWSGRAPH_FEEDS: flag.default(true),
  NEWSGRAPH_FEED_INTERVAL_MINUTES: z.coerce
    .number()
    .positive()
    .max(7 * 24 * 60)
    .default(30),
  NEWSGRAPH_FEED_MAX_BACKOFF_HOURS: z.coerce
    .number()
    .positive()
    .max(30 * 24)
    .default(24),
  NEWSGRAPH_FEED_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(20),
  NEWSGRAPH_FEED_MAX_MB: z.coerce.number().positive().max(100).default(5),
});

export interface FeedConfig {
  enabled: boolean;
  intervalMs: number;
  maxBackoffMs: number;
  timeoutMs: number;
  maxBytes: number;
}

export class FeedConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedConfigError';
  }
}

/** The feed poller's settings from the environment (README "Feeds"); the error names the bad variable. */
export function loadFeedConfig(env: NodeJS.ProcessEnv = process.env): FeedConfig {
  const present = Object.fromEntries(
    Object.keys(schema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new FeedConfigError(`${String(issue.path[0])}: ${issue.message}`);
  }
  const c = parsed.data;
  return {
    enabled: c.NEWSGRAPH_FEEDS,
    intervalMs: c.NEWSGRAPH_FEED_INTERVAL_MINUTES * 60_000,
    maxBackoffMs: c.NEWSGRAPH_FEED_MAX_BACKOFF_HOURS * 3_600_000,
    timeoutMs: c.NEWSGRAPH_FEED_TIMEOUT_SECONDS * 1000,
    maxBytes: Math.round(c.NEWSGRAPH_FEED_MAX_MB * 1024 * 1024),
  };
}

/** Poll options from the config: what the start command, the CLI and the API share. */
export function feedPollOptions(config: FeedConfig) {
  return {
    schedule: { intervalMs: config.intervalMs, maxBackoffMs: config.maxBackoffMs },
    fetch: { timeoutMs: config.timeoutMs, maxBytes: config.maxBytes },
  };
}
