// `pnpm feeds add <url>` | `list` | `remove <url>` | `poll [url]` — feed subscriptions. When a `./newsgraph start`
// runs on this data folder (found through its runtime file, like `pnpm ingest`), every command asks that server
// over its GraphQL with the per-run key it publishes (local-api-key.json), so polls, their counters and their live
// updates happen there; otherwise the command works on the database itself.
import { parseArgs } from 'node:util';
import { describeGraphTarget, listFeeds, openConfiguredGraph, type GraphConnection } from '@newsgraph/graph';
import { feedPollOptions, FeedConfigError, loadFeedConfig } from '../feeds/feedConfig.ts';
import { FeedUrlError, normalizeFeedUrl } from '../feeds/feedUrl.ts';
import { FeedNotFoundError, pollFeed } from '../feeds/pollFeed.ts';
import { subscribeFeed, unsubscribeFeed } from '../feeds/subscribeFeed.ts';
import { routeToRunningServer, type WorkRoute } from '../runningServer/runningServer.ts';
import {
  addFeedOnServer,
  listFeedsOnServer,
  pollFeedOnServer,
  removeFeedOnServer,
  type ServerFeedPollJob,
} from '../runningServer/serverFeeds.ts';
import { ServerRequestError } from '../runningServer/serverGraphql.ts';
import { formatFeedTable } from './formatFeedTable.ts';

const USAGE = `usage: pnpm feeds add <url>       subscribe an RSS/Atom feed (the running newsgraph polls it)
       pnpm feeds list            subscriptions: last poll, last error, articles
       pnpm feeds remove <url>    unsubscribe (its articles stay)
       pnpm feeds poll [url]      poll one feed, or every feed, now, and wait for it (progress on stderr)`;

const say = (line: string) => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);

/** The outcome line of one poll, the same whichever process ran it. */
function describePoll(
  url: string,
  r: { status: string; newArticles: number; knownItems: number; failedItems: number; error: string | null },
  articleCount: number,
): string {
  const what =
    r.status === 'FAILED'
      ? `failed: ${r.error}`
      : r.status === 'NOT_MODIFIED'
        ? 'not modified (304)'
        : `${r.newArticles} new, ${r.knownItems} already in the graph${r.failedItems ? `, ${r.failedItems} items failed: ${r.error}` : ''}`;
  return `${url}: ${what}; ${articleCount} articles from this feed`;
}

type Server = Extract<WorkRoute, { kind: 'server' }>;

/** Every command through the running server's GraphQL; the server does the work. Returns the exit code. */
async function throughServer(server: Server, command: string, arg: string | undefined): Promise<number> {
  if (command === 'add') {
    const { feed, created } = await addFeedOnServer(server, arg!);
    say(
      created
        ? `subscribed ${feed.url}; the running newsgraph (pid ${server.pid}) polls it now and then on its schedule`
        : `${feed.url} was already subscribed`,
    );
    return 0;
  }
  if (command === 'remove') {
    const removed = await removeFeedOnServer(server, arg!);
    say(removed ? `unsubscribed ${arg} (its articles stay)` : `${arg} was not subscribed`);
    return removed ? 0 : 1;
  }
  const feeds = await listFeedsOnServer(server);
  if (command === 'list') {
    say(feeds.length ? formatFeedTable(feeds) : 'no feeds subscribed (pnpm feeds add <url>)');
    return 0;
  }
  // poll: one job per feed, each followed to its end before the next is asked, in the order listed.
  const urls = arg ? [arg] : feeds.map((f) => f.url);
  if (urls.length === 0) say('no feeds subscribed (pnpm feeds add <url>)');
  let failed = 0;
  for (const url of urls) {
    const done: ServerFeedPollJob = await pollFeedOnServer(server, url, (job) => {
      const p = job.progress;
      note(
        job.state === 'QUEUED'
          ? `${url}: server job ${job.id} queued behind another feed's poll…`
          : job.state === 'RUNNING'
            ? `${url}: server job ${job.id} polling… ${p.itemsRead} items read (${p.newArticles} new, ${p.failedItems} failed)`
            : `${url}: server job ${job.id} ${job.state.toLowerCase()}`,
      );
    });
    if (done.state === 'ABORTED' || !done.result) {
      failed++;
      say(`${url}: the server's poll stopped: ${done.error ?? 'unknown reason'}`);
      continue;
    }
    if (done.result.status === 'FAILED') failed++;
    say(describePoll(done.feed.url, done.result, done.feed.articleCount));
  }
  return failed ? 1 : 0;
}

/** Every command on the database itself: no server runs (or it cannot be asked). Returns the exit code. */
async function inThisProcess(
  graph: GraphConnection,
  command: string,
  arg: string | undefined,
  whenPolled: string,
): Promise<number> {
  if (command === 'add') {
    const { feed, created } = await subscribeFeed(graph, arg!);
    say(created ? `subscribed ${feed.url}; ${whenPolled}` : `${feed.url} was already subscribed`);
    return 0;
  }
  if (command === 'remove') {
    const removed = await unsubscribeFeed(graph, arg!);
    say(removed ? `unsubscribed ${arg} (its articles stay)` : `${arg} was not subscribed`);
    return removed ? 0 : 1;
  }
  if (command === 'list') {
    const feeds = await listFeeds(graph);
    say(feeds.length ? formatFeedTable(feeds) : 'no feeds subscribed (pnpm feeds add <url>)');
    return 0;
  }
  // poll: the named feed, or every subscription, in order; one failing feed does not stop the others.
  const config = loadFeedConfig();
  const urls = arg ? [arg] : (await listFeeds(graph)).map((f) => f.url);
  if (urls.length === 0) say('no feeds subscribed (pnpm feeds add <url>)');
  let failed = 0;
  for (const url of urls) {
    // The poll runs here and the command waits for it (no request time limit applies), saying what it does: a
    // feed of many new items takes a while to extract.
    note(`${url}: polling in this process…`);
    const result = await pollFeed(graph, url, {
      ...feedPollOptions(config),
      ingest: {
        onArticle: (_outcome, summary) => {
          const a = summary.articles;
          note(`${url}: ${a.new + a.updated + a.unchanged + a.failed} items read (${a.new} new, ${a.failed} failed)`);
        },
      },
    });
    if (result.status === 'FAILED') failed++;
    say(describePoll(result.feed.url, result, result.feed.articleCount));
  }
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    say(USAGE);
    return command ? 0 : 2;
  }
  const valid =
    ((command === 'add' || command === 'remove') && rest.length === 1) ||
    (command === 'list' && rest.length === 0) ||
    (command === 'poll' && rest.length <= 1);
  if (!valid) {
    note(USAGE);
    return 2;
  }
  let arg: string | undefined;
  try {
    // Checked here, before any database or server is asked: the same rules either way.
    arg = rest[0] === undefined ? undefined : normalizeFeedUrl(rest[0]);
  } catch (error) {
    if (!(error instanceof FeedUrlError)) throw error;
    note(`feeds ${command}: ${error.message}`);
    return 1;
  }
  if (command === 'poll') loadFeedConfig(); // a bad NEWSGRAPH_FEED_* variable is named before anything runs
  const opened = await openConfiguredGraph({ command: 'pnpm feeds', log: (line) => note(`[neo4j] ${line}`) });
  try {
    const route = routeToRunningServer(opened.target);
    if (route.kind === 'server') {
      // The driver opened for discovery is not used: the server's own does the work.
      await opened.close();
      note(
        `asking the running newsgraph at ${route.httpUrl} (pid ${route.pid}): ${command === 'poll' ? 'the poll runs in the server' : 'the server does it'}`,
      );
      return await throughServer(route, command, arg);
    }
    note(describeGraphTarget(opened.target));
    if (command === 'poll') note(`polling in this process: ${route.reason}`);
    else if (opened.target.kind !== 'embedded') note(`not through the server: ${route.reason}`);
    const whenPolled =
      opened.target.kind === 'running'
        ? `the running newsgraph (pid ${opened.target.ownerPid}) polls it within its next look (≤ 30 s)`
        : 'no newsgraph server runs on this data folder: it is polled once `./newsgraph start` runs, or now with `pnpm feeds poll <url>`';
    return await inThisProcess(opened.graph, command, arg, whenPolled);
  } catch (error) {
    if (error instanceof FeedUrlError || error instanceof FeedNotFoundError || error instanceof ServerRequestError) {
      note(`feeds ${command}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await opened.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    note(
      `feeds failed: ${error instanceof FeedConfigError ? error.message : error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
