import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import { FEED_COLUMNS, type FeedRow } from './feedRow.ts';

export interface FeedPollRecord {
  polledAt: Date;
  nextPollAt: Date;
  /** HTTP status, or null when no answer came (timeout, refused connection). */
  status: number | null;
  error: string | null;
  consecutiveFailures: number;
  /** Validators for the next conditional GET; undefined keeps the stored ones (a failed poll must not erase them). */
  etag?: string | null;
  lastModified?: string | null;
  /** The feed's own title, when this poll read it. */
  title?: string | null;
}

/**
 * Stores a poll's outcome on the subscription. Nothing happens (null) when the feed was removed meanwhile: a poll
 * that finishes after `removeFeed` must not bring the subscription back.
 */
export async function recordFeedPoll(
  graph: GraphConnection,
  url: string,
  poll: FeedPollRecord,
): Promise<FeedRow | null> {
  const result = await graph.writeQuery(
    `MATCH (f:Feed {url: $url})
     SET f.lastPolled = $polledAt, f.nextPollAt = $nextPollAt, f.lastStatus = $status, f.lastError = $error,
         f.consecutiveFailures = $failures
     FOREACH (_ IN CASE WHEN $setValidators THEN [1] ELSE [] END | SET f.etag = $etag, f.lastModified = $lastModified)
     FOREACH (_ IN CASE WHEN $title IS NULL THEN [] ELSE [1] END | SET f.title = $title)
     RETURN ${FEED_COLUMNS}`,
    {
      url,
      polledAt: poll.polledAt.toISOString(),
      nextPollAt: poll.nextPollAt.toISOString(),
      // Integers as Neo4j integers: a JS number would be stored as a float.
      status: poll.status === null ? null : neo4j.int(poll.status),
      error: poll.error,
      failures: neo4j.int(poll.consecutiveFailures),
      setValidators: poll.etag !== undefined || poll.lastModified !== undefined,
      etag: poll.etag ?? null,
      lastModified: poll.lastModified ?? null,
      title: poll.title ?? null,
    },
  );
  return (result.records[0]?.toObject() as FeedRow | undefined) ?? null;
}

/**
 * Links the feed to the articles its items became (idempotent MERGE), so its article count is the articles still in
 * the graph that came from it. Ids not (or no longer) in the graph are skipped. Returns how many links are new.
 */
export async function linkFeedArticles(graph: GraphConnection, url: string, articleIds: string[]): Promise<number> {
  if (articleIds.length === 0) return 0;
  const result = await graph.writeQuery(
    `MATCH (f:Feed {url: $url})
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     MERGE (f)-[:DELIVERED]->(a)`,
    { url, ids: articleIds },
  );
  return result.summary.counters.updates().relationshipsCreated;
}

/** Pushes a feed's next poll to `at` (a manual poll, or the scheduler claiming a due feed). */
export async function setFeedNextPoll(graph: GraphConnection, url: string, at: Date): Promise<void> {
  await graph.writeQuery('MATCH (f:Feed {url: $url}) SET f.nextPollAt = $at', { url, at: at.toISOString() });
}
