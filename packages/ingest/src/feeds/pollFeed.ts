import {
  findArticleVersions,
  linkFeedArticles,
  readFeed,
  recordFeedPoll,
  type GraphConnection,
} from '@newsgraph/graph';
import { runIngest, type IngestOptions } from '../pipeline/runIngest.ts';
import type { SourceItem } from '../sources/sourceItem.ts';
import { feedPolled } from './feedEvents.ts';
import type { PollFeedResult } from './pollFeedResult.ts';
import { FETCH_DEFAULTS, FetchError, fetchResource, type FetchOptions } from './fetchResource.ts';
import { itemToArticle, planFeedItem, type FeedItemContext } from './itemToArticle.ts';
import { FeedParseError, parseFeedDocument } from './parseFeedDocument.ts';
import { nextPollDelay, type PollScheduleOptions } from './pollSchedule.ts';

export interface PollFeedOptions {
  schedule: PollScheduleOptions;
  fetch?: Omit<FetchOptions, 'etag' | 'lastModified'>;
  /** Items read per poll (newest feeds list newest first); the rest wait for later polls. */
  maxItems?: number;
  /**
   * Time one poll may spend fetching linked pages (default: 6 × the fetch time limit). Items left when it is spent
   * wait for the next poll: a feed of stalling pages cannot hold the scheduler, and the other feeds, for long.
   */
  pageBudgetMs?: number;
  /** Pipeline options (default: the process's shared spaCy worker, as the API mutation uses). */
  ingest?: Omit<IngestOptions, 'dryRun'>;
  now?: () => Date;
}

export type { PollFeedResult };

export class FeedNotFoundError extends Error {
  readonly code = 'FEED_NOT_FOUND';
  constructor(url: string) {
    super(`no feed ${url} is subscribed`);
    this.name = 'FeedNotFoundError';
  }
}

const ACCEPT_FEED =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';
const DEFAULT_MAX_ITEMS = 100;

// One poll per feed at a time in this process: the scheduler and "poll now" share the one in flight.
const inFlight = new Map<string, Promise<PollFeedResult>>();

/**
 * Polls one subscribed feed: conditional GET (ETag / Last-Modified), parse without entities, skip items the graph
 * already holds (by canonical URL, before any page is fetched), turn the rest into articles (linked pages fetched
 * when an item has no body) and ingest them through the pipeline (one transaction per batch, idempotent), then
 * link the feed to its articles and record the outcome with the next poll time (back-off after failures). A feed
 * that fails only records its own error; it never throws for a bad feed.
 */
export function pollFeed(graph: GraphConnection, url: string, options: PollFeedOptions): Promise<PollFeedResult> {
  const running = inFlight.get(url);
  if (running) return running;
  const poll = runPoll(graph, url, options)
    .then((result) => {
      feedPolled(result);
      return result;
    })
    .finally(() => inFlight.delete(url));
  inFlight.set(url, poll);
  return poll;
}

/** Whether this process is polling the feed now (its scheduler, a background job or a CLI poll). */
export function isFeedPolling(url: string): boolean {
  return inFlight.has(url);
}

async function runPoll(graph: GraphConnection, url: string, options: PollFeedOptions): Promise<PollFeedResult> {
  const now = options.now ?? (() => new Date());
  const feed = await readFeed(graph, url);
  if (!feed) throw new FeedNotFoundError(url);
  const polledAt = now();
  const after = (failures: number) => new Date(polledAt.getTime() + nextPollDelay(failures, options.schedule));

  const failed = async (error: unknown): Promise<PollFeedResult> => {
    const failures = feed.consecutiveFailures + 1;
    const code = (error as { code?: string }).code;
    const message = `${code ? `${code}: ` : ''}${(error as Error).message}`.slice(0, 500);
    const status = error instanceof FetchError ? error.httpStatus : null;
    const stored = await recordFeedPoll(graph, url, {
      polledAt,
      nextPollAt: after(failures),
      status,
      error: message,
      consecutiveFailures: failures,
    });
    return { status: 'FAILED', feed: stored ?? feed, newArticles: 0, failedItems: 0, knownItems: 0, error: message };
  };

  let fetched;
  try {
    fetched = await fetchResource(url, {
      ...options.fetch,
      accept: ACCEPT_FEED,
      etag: feed.etag,
      lastModified: feed.lastModified,
    });
  } catch (error) {
    if (error instanceof FetchError) return failed(error);
    throw error;
  }
  if (fetched.status === 'not-modified') {
    const stored = await recordFeedPoll(graph, url, {
      polledAt,
      nextPollAt: after(0),
      status: 304,
      error: null,
      consecutiveFailures: 0,
    });
    return { status: 'NOT_MODIFIED', feed: stored ?? feed, newArticles: 0, failedItems: 0, knownItems: 0, error: null };
  }

  let parsed;
  try {
    parsed = parseFeedDocument(fetched.body);
  } catch (error) {
    if (error instanceof FeedParseError) return failed(error);
    throw error;
  }

  const ctx = (index: number): FeedItemContext => ({ feedUrl: url, feedTitle: parsed.feedTitle, index });
  const plans = parsed.entries
    .slice(0, options.maxItems ?? DEFAULT_MAX_ITEMS)
    .map((entry, i) => planFeedItem(entry, ctx(i + 1)));
  const known = await findArticleVersions(graph, [...new Set(plans.map((p) => p.id))]);
  const fresh = plans.filter((p, i) => !known.has(p.id) && plans.findIndex((q) => q.id === p.id) === i);

  // Pages are fetched one at a time as the pipeline asks for the next item: memory holds one page, not all.
  const failures: string[] = [];
  const pagesUntil = Date.now() + (options.pageBudgetMs ?? 6 * (options.fetch?.timeoutMs ?? FETCH_DEFAULTS.timeoutMs));
  let deferred = 0;
  async function* items(): AsyncGenerator<SourceItem> {
    for (const plan of fresh) {
      // Only items that need their page wait for the next poll; items with a body cost no fetch.
      if (!plan.entry.html && Date.now() > pagesUntil) {
        deferred++;
        continue;
      }
      const item = await itemToArticle(plan, ctx(plans.indexOf(plan) + 1), options.fetch);
      if (item.error) failures.push(item.error.message);
      yield item;
    }
  }
  const summary = await runIngest(graph, items(), { workers: 0, ...options.ingest });
  // Every item the graph now holds belongs to this feed, the ones skipped as known included (idempotent MERGE).
  await linkFeedArticles(
    graph,
    url,
    plans.map((p) => p.id),
  );

  const ingestFailures = summary.errors.filter((e) => !failures.some((f) => f.startsWith(e.origin)));
  const failedItems = summary.articles.failed;
  const error = failedItems
    ? `${failedItems} of ${fresh.length} new items failed (tried again next poll)${deferred ? `, ${deferred} wait for it` : ''}; first: ${failures[0] ?? `${ingestFailures[0]?.origin}: ${ingestFailures[0]?.message}`}`.slice(
        0,
        500,
      )
    : deferred
      ? `${deferred} new items wait for the next poll (this poll's time for fetching pages was spent)`
      : summary.aborted
        ? 'the database became unreachable during the ingest'
        : null;
  const stored = await recordFeedPoll(graph, url, {
    polledAt,
    nextPollAt: after(0),
    status: fetched.httpStatus,
    error,
    consecutiveFailures: 0,
    // Items that failed are retried next poll only if that poll is not answered 304: keep no validators then.
    etag: error ? null : fetched.etag,
    lastModified: error ? null : fetched.lastModified,
    title: parsed.feedTitle ?? null,
  });
  return {
    status: 'INGESTED',
    feed: stored ?? feed,
    newArticles: summary.articles.new + summary.articles.updated,
    failedItems,
    knownItems: plans.length - fresh.length,
    error,
    summary,
  };
}
