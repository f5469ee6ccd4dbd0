import { randomUUID } from 'node:crypto';
import { readFeed, type FeedRow, type GraphConnection } from '@newsgraph/graph';
import { FeedNotFoundError, pollFeed, type PollFeedOptions, type PollFeedResult } from './pollFeed.ts';

/**
 * A poll asked for by someone (the API's pollFeedNow), run in the background of the server process rather than
 * inside the request: a poll extracts and writes articles and can outlast any request time limit on a loaded
 * machine. The caller gets the job at once and follows it by id (or by the feed's `polling` flag and its stored
 * outcome).
 */
export interface FeedPollRun {
  id: string;
  url: string;
  /** RUNNING until the poll has recorded its outcome; ABORTED when it stopped before that (database gone, shutdown). */
  state: 'RUNNING' | 'FINISHED' | 'ABORTED';
  startedAt: string;
  finishedAt: string | null;
  /** The feed as it was when the job was asked for; `feedOfJob` reads it fresh. */
  feed: FeedRow;
  result: PollFeedResult | null;
  /** Why an ABORTED job stopped. */
  error: string | null;
}

// Finished jobs are kept for a while so a client that asked can read the outcome; bounded, oldest dropped first.
const KEEP_JOBS = 200;
const jobs = new Map<string, FeedPollRun>();
// The polls under way, with the graph they write to: the one who closes that graph (the server's close, the
// scheduler's stop) cancels their fetches and waits for their writes, and leaves other graphs' polls alone.
const running = new Map<Promise<void>, { graph: GraphConnection; abort: AbortController }>();

function remember(job: FeedPollRun): void {
  jobs.set(job.id, job);
  for (const id of jobs.keys()) {
    if (jobs.size <= KEEP_JOBS) break;
    if (jobs.get(id)!.state !== 'RUNNING') jobs.delete(id);
  }
}

/**
 * Starts a poll of a subscribed feed in the background and returns its job at once. A poll of the same feed already
 * under way in this process (the scheduler's, or an earlier request's) is joined, not repeated. Throws
 * FeedNotFoundError — before anything starts — when the feed is not subscribed.
 */
export async function startFeedPollJob(
  graph: GraphConnection,
  url: string,
  options: PollFeedOptions,
): Promise<FeedPollRun> {
  const feed = await readFeed(graph, url);
  if (!feed) throw new FeedNotFoundError(url);
  const job: FeedPollRun = {
    id: randomUUID(),
    url,
    state: 'RUNNING',
    startedAt: new Date().toISOString(),
    finishedAt: null,
    feed,
    result: null,
    error: null,
  };
  remember(job);
  const abort = new AbortController();
  const tracked: Promise<void> = pollFeed(graph, url, {
    ...options,
    fetch: { ...options.fetch, signal: abort.signal },
  }).then(
    (result) => {
      Object.assign(job, { result, feed: result.feed, state: 'FINISHED', finishedAt: new Date().toISOString() });
      running.delete(tracked);
    },
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      Object.assign(job, { state: 'ABORTED', error: reason, finishedAt: new Date().toISOString() });
      running.delete(tracked);
    },
  );
  running.set(tracked, { graph, abort });
  return job;
}

/** A job asked for in this process (null when unknown: another process's, or forgotten after a restart). */
export function feedPollJob(id: string): FeedPollRun | null {
  return jobs.get(id) ?? null;
}

/**
 * Cancels the fetches of every background poll writing to `graph` and waits until each has finished its writes
 * (before that graph's driver closes: the server's close, the scheduler's stop).
 */
export async function settleFeedPollJobs(graph: GraphConnection): Promise<void> {
  const mine = [...running].filter(([, run]) => run.graph === graph);
  for (const [, run] of mine) run.abort.abort();
  await Promise.all(mine.map(([done]) => done));
}
