// `pnpm feeds add <url>` | `list` | `remove <url>` | `poll [url]` — feed subscriptions in the running newsgraph's
// Neo4j (found through its runtime file, like `pnpm ingest`), which polls them on its schedule.
import { parseArgs } from 'node:util';
import { describeGraphTarget, listFeeds, openConfiguredGraph, type FeedRow, type GraphTarget } from '@newsgraph/graph';
import { feedPollOptions, FeedConfigError, loadFeedConfig } from '../feeds/feedConfig.ts';
import { FeedUrlError } from '../feeds/feedUrl.ts';
import { FeedNotFoundError, pollFeed } from '../feeds/pollFeed.ts';
import { subscribeFeed, unsubscribeFeed } from '../feeds/subscribeFeed.ts';
import { formatFeedTable } from './formatFeedTable.ts';

const USAGE = `usage: pnpm feeds add <url>       subscribe an RSS/Atom feed (the running newsgraph polls it)
       pnpm feeds list            subscriptions: last poll, last error, articles
       pnpm feeds remove <url>    unsubscribe (its articles stay)
       pnpm feeds poll [url]      poll one feed, or every feed, now, and wait for it (progress on stderr)`;

/** What happens to a new subscription, depending on where it was written. */
function whenPolled(target: GraphTarget): string {
  if (target.kind === 'running')
    return `the running newsgraph (pid ${target.ownerPid}) polls it within its next look (≤ 30 s)`;
  return 'no newsgraph server runs on this data folder: it is polled once `./newsgraph start` runs, or now with `pnpm feeds poll <url>`';
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const valid =
    ((command === 'add' || command === 'remove') && rest.length === 1) ||
    (command === 'list' && rest.length === 0) ||
    (command === 'poll' && rest.length <= 1);
  if (!valid) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadFeedConfig();
  const opened = await openConfiguredGraph({
    command: 'pnpm feeds',
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  process.stderr.write(`${describeGraphTarget(opened.target)}\n`);
  try {
    const graph = opened.graph;
    if (command === 'add') {
      const { feed, created } = await subscribeFeed(graph, rest[0]!);
      process.stdout.write(
        created ? `subscribed ${feed.url}; ${whenPolled(opened.target)}\n` : `${feed.url} was already subscribed\n`,
      );
      return 0;
    }
    if (command === 'remove') {
      const removed = await unsubscribeFeed(graph, rest[0]!);
      process.stdout.write(
        removed ? `unsubscribed ${rest[0]} (its articles stay)\n` : `${rest[0]} was not subscribed\n`,
      );
      return removed ? 0 : 1;
    }
    if (command === 'list') {
      const feeds = await listFeeds(graph);
      process.stdout.write(
        feeds.length ? `${formatFeedTable(feeds)}\n` : 'no feeds subscribed (pnpm feeds add <url>)\n',
      );
      return 0;
    }
    // poll: the named feed, or every subscription, in order; one failing feed does not stop the others.
    const urls = rest.length ? rest : (await listFeeds(graph)).map((f: FeedRow) => f.url);
    let failed = 0;
    for (const url of urls) {
      // The poll runs here and the command waits for it (no request time limit applies), saying what it does: a
      // feed of many new items takes a while to extract.
      process.stderr.write(`${url}: polling…\n`);
      const result = await pollFeed(graph, url, {
        ...feedPollOptions(config),
        ingest: {
          onArticle: (_outcome, summary) => {
            const a = summary.articles;
            process.stderr.write(
              `${url}: ${a.new + a.updated + a.unchanged + a.failed} items read (${a.new} new, ${a.failed} failed)\n`,
            );
          },
        },
      });
      if (result.status === 'FAILED') failed++;
      const what =
        result.status === 'FAILED'
          ? `failed: ${result.error}`
          : result.status === 'NOT_MODIFIED'
            ? 'not modified (304)'
            : `${result.newArticles} new, ${result.knownItems} already in the graph${result.failedItems ? `, ${result.failedItems} items failed: ${result.error}` : ''}`;
      process.stdout.write(`${result.feed.url}: ${what}; ${result.feed.articleCount} articles from this feed\n`);
    }
    if (urls.length === 0) process.stdout.write('no feeds subscribed (pnpm feeds add <url>)\n');
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof FeedUrlError || error instanceof FeedNotFoundError) {
      process.stderr.write(`feeds ${command}: ${error.message}\n`);
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
    process.stderr.write(
      `feeds failed: ${error instanceof FeedConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
