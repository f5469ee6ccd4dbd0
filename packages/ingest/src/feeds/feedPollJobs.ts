import { randomUUID } from 'node:crypto';
import { readFeed, type FeedRow, type GraphConnection } from '@newsgraph/graph';
import { cancelFeedPolls, enqueueFeedPoll, type FeedPollProgress } from './feedPollQueue.ts';
import { FeedNotFoundError, type PollFeedOptions, type PollFeedResult } from './pollFeed.ts';

/**
 * A poll asked for by someone (the API's pollFeedNow, and through it `pnpm feeds poll` while a start runs), run in
 * the background of the server process rather than inside the request: a poll extracts and writes articles and can
 * outlast any request time limit on a loaded machine. The caller gets the job at once and follows it by id.
 */
export interface FeedPollRun {
  id: string;
  url: string;
  /**
   * QUEUED while an earlier poll (another feed's) runs — the server polls one feed at a time, in order; RUNNING until
   * the poll has recorded its outcome; ABORTED when it stopped before that (database gone, shutdown).
   */
  state: 'QUEUED' | 'RUNNING' | 'FINISHED' | 'ABORTED';
  startedAt: string;
  finishedAt: string | null;
  /** The feed as it was when the job was asked for; the API reads it fresh. */
  feed: FeedRow;
  /** Items read so far (the same object the queue updates). */
  progress: FeedPollProgress;
  result: PollFeedResult | null;
  /** Why an ABORTED job stopped. */
  error: string | null;
}

// Finished jobs are kept for a while so a client that asked can read the outcome; bounded, oldest dropped first.
const KEEP_JOBS = 200;
const jobs = new Map<string, FeedPollRun>();
/** The job of each feed whose poll is waiting or running: asked again, the same job is answered. */
const activeJobs = new Map<string, FeedPollRun>();

function remember(job: FeedPollRun): void {
  jobs.set(job.id, job);
  for (const id of jobs.keys()) {
    if (jobs.size <= KEEP_JOBS) break;
    const old = jobs.get(id)!;
    if (old.state === 'FINISHED' || old.state === 'ABORTED') jobs.delete(id);
  }
}

/**
 * Queues a poll of a subscribed feed and returns its job at once. Asked again while that feed's poll waits or runs
 * — this job's, or the scheduler's — the same job is returned (one poll, one id). Throws FeedNotFoundError — before
 * anything is queued — when the feed is not subscribed.
 */
export async function startFeedPollJob(
  graph: GraphConnection,
  url: string,
  options: PollFeedOptions,
): Promise<FeedPollRun> {
  const feed = await readFeed(graph, url);
  if (!feed) throw new FeedNotFoundError(url);
  const active = activeJobs.get(url);
  if (active) return active;
  // Joins the scheduler's poll of this feed when one waits or runs (then its options apply).
  const poll = enqueueFeedPoll(graph, url, options);
  const job: FeedPollRun = {
    id: randomUUID(),
    url,
    state: poll.state,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    feed,
    progress: poll.progress,
    result: null,
    error: null,
  };
  remember(job);
  activeJobs.set(url, job);
  void poll.started.then(() => {
    if (job.state === 'QUEUED') job.state = 'RUNNING';
  });
  poll.done.then(
    (result) => {
      activeJobs.delete(url);
      Object.assign(job, { result, feed: result.feed, state: 'FINISHED', finishedAt: new Date().toISOString() });
    },
    (error: unknown) => {
      activeJobs.delete(url);
      const reason = error instanceof Error ? error.message : String(error);
      Object.assign(job, { state: 'ABORTED', error: reason, finishedAt: new Date().toISOString() });
    },
  );
  return job;
}

/** A job asked for in this process (null when unknown: another process's, or forgotten after a restart). */
export function feedPollJob(id: string): FeedPollRun | null {
  return jobs.get(id) ?? null;
}

/**
 * Drops the queued polls writing to `graph`, cancels the fetches of its running one and waits until it has finished
 * its writes (before that graph's driver closes: the server's close, the scheduler's stop).
 */
export async function settleFeedPollJobs(graph: GraphConnection): Promise<void> {
  await cancelFeedPolls(graph);
}
