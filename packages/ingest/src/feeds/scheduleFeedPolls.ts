import { readDueFeeds, readNextPollAt, type GraphConnection } from '@newsgraph/graph';
import { onFeedsChanged } from './feedEvents.ts';
import { settleFeedPollJobs } from './feedPollJobs.ts';
import { enqueueFeedPoll } from './feedPollQueue.ts';
import type { PollFeedOptions, PollFeedResult } from './pollFeed.ts';

export interface FeedSchedulerOptions extends PollFeedOptions {
  /** Longest sleep between two looks at the due list (a feed added meanwhile is seen within it; default 30 s). */
  maxSleepMs?: number;
  log?: (line: string) => void;
  onPoll?: (result: PollFeedResult) => void;
}

export interface FeedScheduler {
  /** Looks at the due list now instead of at the next timer (after addFeed / pollFeedNow). */
  wake(): void;
  /**
   * Stops the timer, cancels fetches in flight and waits for the poll under way — and every poll asked for with
   * pollFeedNow (background jobs of this process) — to finish its writes.
   */
  stop(): Promise<void>;
}

/**
 * Polls every subscribed feed when its `nextPollAt` comes (stored per feed, so intervals, back-off and jitter
 * survive a restart), one feed at a time through the process's poll queue (feedPollQueue.ts), which the polls asked
 * for with pollFeedNow share: a due feed already queued or polling by request is joined, not polled twice, and a
 * request waits its turn behind the poll under way — a slow or broken feed delays the others by at most its fetch
 * time limit and never stops them. The timer is unref'd: the scheduler never keeps a process alive on its own.
 */
export function startFeedScheduler(graph: GraphConnection, options: FeedSchedulerOptions): FeedScheduler {
  const maxSleepMs = options.maxSleepMs ?? 30_000;
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());
  let stopped = false;
  // A function, not the variable: `stopped` changes while a poll awaits, which flow analysis cannot see.
  const isStopped = () => stopped;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let wakeAgain = false;

  const arm = (delayMs: number) => {
    if (isStopped()) return;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(maxSleepMs, delayMs)));
    timer.unref();
  };

  async function pollDue(): Promise<void> {
    for (const feed of await readDueFeeds(graph, now())) {
      if (isStopped()) return;
      try {
        const result = await enqueueFeedPoll(graph, feed.url, options).done;
        if (result.status === 'FAILED') log(`feed ${feed.url}: ${result.error} (next poll ${result.feed.nextPollAt})`);
        else if (result.newArticles || result.failedItems)
          log(
            `feed ${feed.url}: ${result.newArticles} new articles${result.failedItems ? `, ${result.failedItems} items failed` : ''}`,
          );
        options.onPoll?.(result);
      } catch (error) {
        // Only the database failing gets here (a bad feed is recorded on the feed): try again at the next look.
        if (!isStopped()) log(`feed ${feed.url}: poll stopped: ${(error as Error).message}`);
      }
    }
  }

  function run(): void {
    if (isStopped()) return;
    if (running) {
      wakeAgain = true;
      return;
    }
    running = (async () => {
      try {
        await pollDue();
      } catch (error) {
        if (!isStopped()) log(`feeds: could not read the due feeds: ${(error as Error).message}`);
      }
      let delay = maxSleepMs;
      try {
        const next = isStopped() ? null : await readNextPollAt(graph);
        if (next) delay = Date.parse(next) - now().getTime();
      } catch {
        // The database is unreachable: look again after the longest sleep.
      }
      running = null;
      if (wakeAgain) {
        wakeAgain = false;
        delay = 0;
      }
      arm(delay);
    })();
  }

  arm(0);
  const unsubscribe = onFeedsChanged(() => arm(0));
  return {
    wake: () => arm(0),
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      // Drops this graph's queued polls and cancels the running one's fetches; pollDue then sees `stopped`.
      await Promise.all([settleFeedPollJobs(graph), running]);
    },
  };
}
