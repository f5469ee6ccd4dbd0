import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { askServer, ServerRequestError } from './serverGraphql.ts';

// The feed operations of `pnpm feeds` when a start runs: the same GraphQL the page's feed list uses, so the work,
// its counters (/metrics) and its live updates happen in the server.
type Server = { httpUrl: string; key: string };

const feedSchema = z.object({
  url: z.string(),
  title: z.string().nullable(),
  lastPolled: z.string().nullable(),
  lastStatus: z.number().nullable(),
  lastError: z.string().nullable(),
  articleCount: z.number(),
  nextPollAt: z.string(),
  consecutiveFailures: z.number(),
});
export type ServerFeed = z.infer<typeof feedSchema>;
const FEED_FIELDS = 'url title lastPolled lastStatus lastError articleCount nextPollAt consecutiveFailures';

const jobSchema = z.object({
  id: z.string(),
  state: z.enum(['QUEUED', 'RUNNING', 'FINISHED', 'ABORTED']),
  error: z.string().nullable(),
  progress: z.object({ itemsRead: z.number(), newArticles: z.number(), failedItems: z.number() }),
  result: z
    .object({
      status: z.enum(['INGESTED', 'NOT_MODIFIED', 'FAILED']),
      newArticles: z.number(),
      failedItems: z.number(),
      knownItems: z.number(),
      error: z.string().nullable(),
    })
    .nullable(),
  feed: feedSchema,
});
export type ServerFeedPollJob = z.infer<typeof jobSchema>;
const JOB_FIELDS = `id state error progress { itemsRead newArticles failedItems } result { status newArticles failedItems knownItems error } feed { ${FEED_FIELDS} }`;

export const listFeedsOnServer = (server: Server) =>
  askServer(server, `{ feeds { ${FEED_FIELDS} } }`, {}, z.object({ feeds: z.array(feedSchema) })).then((d) => d.feeds);

/**
 * Subscribes `url` (already normalised by the caller) through the server, which wakes its scheduler at once;
 * `created` is false when it was subscribed before (addFeed is idempotent, so the list is read first).
 */
export async function addFeedOnServer(server: Server, url: string): Promise<{ feed: ServerFeed; created: boolean }> {
  const before = await listFeedsOnServer(server);
  const feed = (
    await askServer(
      server,
      `mutation ($url: String!) { addFeed(url: $url) { ${FEED_FIELDS} } }`,
      { url },
      z.object({ addFeed: feedSchema }),
    )
  ).addFeed;
  return { feed, created: !before.some((f) => f.url === feed.url) };
}

export const removeFeedOnServer = (server: Server, url: string) =>
  askServer(
    server,
    'mutation ($url: String!) { removeFeed(url: $url) }',
    { url },
    z.object({ removeFeed: z.boolean() }),
  ).then((d) => d.removeFeed);

/** How often a followed job is read again: a poll takes seconds to minutes; this only paces the progress lines. */
const FOLLOW_MS = 500;

/**
 * Asks the server to poll `url` (pollFeedNow) and follows the job it answers (feedPoll(id)) until it has ended,
 * calling `onUpdate` at once and whenever its state or progress changes. Resolves with the ended job.
 */
export async function pollFeedOnServer(
  server: Server,
  url: string,
  onUpdate: (job: ServerFeedPollJob) => void,
): Promise<ServerFeedPollJob> {
  let job = (
    await askServer(
      server,
      `mutation ($url: String!) { pollFeedNow(url: $url) { ${JOB_FIELDS} } }`,
      { url },
      z.object({ pollFeedNow: jobSchema }),
    )
  ).pollFeedNow;
  onUpdate(job);
  let seen = JSON.stringify([job.state, job.progress]);
  while (job.state === 'QUEUED' || job.state === 'RUNNING') {
    await sleep(FOLLOW_MS);
    const next = (
      await askServer(
        server,
        `query ($id: ID!) { feedPoll(id: $id) { ${JOB_FIELDS} } }`,
        { id: job.id },
        z.object({ feedPoll: jobSchema.nullable() }),
      )
    ).feedPoll;
    // The server forgot the job: it restarted (its polls then run on its schedule; `feeds list` shows the outcome).
    if (!next)
      throw new ServerRequestError('JOB_LOST', `the running newsgraph no longer knows poll ${job.id} (restarted?)`);
    job = next;
    const now = JSON.stringify([job.state, job.progress]);
    if (now !== seen) onUpdate(job);
    seen = now;
  }
  return job;
}
