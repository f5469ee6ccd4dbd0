import type { GraphConnection } from '@newsgraph/graph';
import { pollFeed, type PollFeedOptions, type PollFeedResult } from './pollFeed.ts';

/** Items a poll has read so far (updated as the pipeline reports each one). */
export interface FeedPollProgress {
  itemsRead: number;
  newArticles: number;
  failedItems: number;
}

/** One poll in the process's queue: waiting its turn, then running. */
export interface QueuedFeedPoll {
  readonly url: string;
  readonly graph: GraphConnection;
  state: 'QUEUED' | 'RUNNING';
  readonly progress: FeedPollProgress;
  /** Resolves when the poll starts (never, when it is cancelled while waiting). */
  readonly started: Promise<void>;
  /** The poll's outcome; rejects when it was cancelled before it started or the database failed. */
  readonly done: Promise<PollFeedResult>;
}

interface Entry extends QueuedFeedPoll {
  abort: AbortController;
  begin(): void;
  cancel(reason: string): void;
}

export class FeedPollCancelledError extends Error {
  override name = 'FeedPollCancelledError';
}

// One queue per process, shared by the scheduler's due polls and the polls asked for through the API, so the
// server polls one feed at a time in the order polls were asked for, and a feed is never polled twice at once: a
// poll of a feed that is already waiting or running is joined instead of queued again.
const waiting: Entry[] = [];
let current: Entry | null = null;

/** The poll of `url` waiting or running in this process, if any. */
export function queuedFeedPoll(url: string): QueuedFeedPoll | null {
  if (current?.url === url) return current;
  return waiting.find((e) => e.url === url) ?? null;
}

/**
 * Puts a poll of `url` at the end of the queue and returns it, or returns the one already waiting or running for
 * that feed (joined: its options stay the first asker's).
 */
export function enqueueFeedPoll(graph: GraphConnection, url: string, options: PollFeedOptions): QueuedFeedPoll {
  const existing = queuedFeedPoll(url);
  if (existing) return existing;
  const abort = new AbortController();
  const progress: FeedPollProgress = { itemsRead: 0, newArticles: 0, failedItems: 0 };
  let markStarted!: () => void;
  let settle!: { resolve: (r: PollFeedResult) => void; reject: (e: unknown) => void };
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const done = new Promise<PollFeedResult>((resolve, reject) => (settle = { resolve, reject }));
  // Nobody may be listening (a caller that only wanted the job): an unobserved rejection must not end the process.
  done.catch(() => {});
  const entry: Entry = {
    url,
    graph,
    state: 'QUEUED',
    progress,
    started,
    done,
    abort,
    begin() {
      entry.state = 'RUNNING';
      markStarted();
      pollFeed(graph, url, {
        ...options,
        fetch: { ...options.fetch, signal: abort.signal },
        ingest: {
          ...options.ingest,
          onArticle: (outcome, summary) => {
            progress.itemsRead++;
            if (outcome === 'new') progress.newArticles++;
            if (outcome === 'failed') progress.failedItems++;
            options.ingest?.onArticle?.(outcome, summary);
          },
        },
      }).then(settle.resolve, settle.reject);
    },
    cancel(reason) {
      abort.abort();
      settle.reject(new FeedPollCancelledError(reason));
    },
  };
  waiting.push(entry);
  pump();
  return entry;
}

function pump(): void {
  if (current) return;
  const next = waiting.shift();
  if (!next) return;
  current = next;
  const finish = () => {
    current = null;
    pump();
  };
  next.done.then(finish, finish);
  next.begin();
}

/**
 * Before `graph` closes (the server's close, the scheduler's stop): its waiting polls are dropped (their `done`
 * rejects with FeedPollCancelledError), its running poll has its fetches cancelled and is awaited until its writes
 * are done. Other graphs' polls are left alone.
 */
export async function cancelFeedPolls(graph: GraphConnection): Promise<void> {
  for (let i = waiting.length - 1; i >= 0; i--) {
    const entry = waiting[i]!;
    if (entry.graph !== graph) continue;
    waiting.splice(i, 1);
    entry.cancel('the server is stopping: the poll was cancelled before it started');
  }
  if (current?.graph === graph) {
    const running = current;
    running.abort.abort();
    await running.done.catch(() => {});
  }
}
