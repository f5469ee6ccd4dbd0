import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import { FEED_COLUMNS, type FeedRow } from './feedRow.ts';

/**
 * Subscribes a feed URL (already validated and normalised by the caller). Idempotent: an existing subscription is
 * returned as it is, with `created: false`. A new one is due at once (`nextPollAt` = now).
 */
export async function addFeed(
  graph: GraphConnection,
  url: string,
  now: Date = new Date(),
): Promise<{ feed: FeedRow; created: boolean }> {
  const rows = await graph.write(async (tx) => {
    const result = await tx.run<FeedRow & { created: boolean }>(
      `MERGE (f:Feed {url: $url})
       ON CREATE SET f.added = $now, f.nextPollAt = $now, f.consecutiveFailures = $zero, f.justCreated = true
       WITH f, coalesce(f.justCreated, false) AS created
       REMOVE f.justCreated
       RETURN ${FEED_COLUMNS}, created`,
      { url, now: now.toISOString(), zero: neo4j.int(0) },
    );
    return result.records.map((r) => r.toObject());
  });
  const { created, ...feed } = rows[0]!;
  return { feed, created };
}

/** Unsubscribes; the articles it delivered stay in the graph. False when no such feed was subscribed. */
export async function removeFeed(graph: GraphConnection, url: string): Promise<boolean> {
  const result = await graph.writeQuery('MATCH (f:Feed {url: $url}) DETACH DELETE f RETURN count(*) AS removed', {
    url,
  });
  return (result.records[0]?.get('removed') as number) > 0;
}

/** Every subscription, in URL order. */
export function listFeeds(graph: GraphConnection): Promise<FeedRow[]> {
  return graph.readRows<FeedRow>(`MATCH (f:Feed) RETURN ${FEED_COLUMNS} ORDER BY f.url`);
}

export async function readFeed(graph: GraphConnection, url: string): Promise<FeedRow | null> {
  const rows = await graph.readRows<FeedRow>(`MATCH (f:Feed {url: $url}) RETURN ${FEED_COLUMNS}`, { url });
  return rows[0] ?? null;
}

/** Feeds whose next poll is due at `now`, soonest first. */
export function readDueFeeds(graph: GraphConnection, now: Date = new Date()): Promise<FeedRow[]> {
  return graph.readRows<FeedRow>(
    `MATCH (f:Feed) WHERE f.nextPollAt <= $now RETURN ${FEED_COLUMNS} ORDER BY f.nextPollAt, f.url`,
    {
      now: now.toISOString(),
    },
  );
}

/** The earliest `nextPollAt` of any feed (null without feeds): how long the scheduler may sleep. */
export async function readNextPollAt(graph: GraphConnection): Promise<string | null> {
  const rows = await graph.readRows<{ next: string | null }>('MATCH (f:Feed) RETURN min(f.nextPollAt) AS next');
  return rows[0]?.next ?? null;
}
