import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];

/**
 * A server's Prometheus registry, served at its GET /metrics: made by `startApiServer` (`ApiServer.metrics`), so
 * importing this module registers nothing and two servers in one process (tests, an embedding app) each have their
 * own series instead of clashing on one global registry. Uploads and feed polls are counted by `ingestCounters.ts`
 * (articlesWritten / articlesFailed by source, feedPolls by outcome). Label values are a small fixed set each,
 * except `operation`, which is bounded below.
 */
export function createMetrics() {
  const registry = new Registry();
  const metrics = {
    requestDuration: new Histogram({
      name: 'newsgraph_graphql_request_duration_seconds',
      help: 'GraphQL requests by operation name and HTTP status, from the first byte read to the reply',
      labelNames: ['operation', 'status'] as const,
      buckets: SECONDS,
      registers: [registry],
    }),
    neo4jTransactionDuration: new Histogram({
      name: 'newsgraph_neo4j_transaction_duration_seconds',
      help: 'Neo4j transactions run by this process (retries included), by access mode and outcome',
      labelNames: ['mode', 'outcome'] as const,
      buckets: SECONDS,
      registers: [registry],
    }),
    articlesWritten: new Counter({
      name: 'newsgraph_articles_written_total',
      help: 'Articles written to the graph by this process (new or updated), by source (upload, reextract, feed)',
      labelNames: ['source'] as const,
      registers: [registry],
    }),
    articlesFailed: new Counter({
      name: 'newsgraph_articles_failed_total',
      help: 'Articles this process could not write (refused uploads, feed items without an article), by source (upload, feed)',
      labelNames: ['source'] as const,
      registers: [registry],
    }),
    feedPolls: new Counter({
      name: 'newsgraph_feed_polls_total',
      help: 'Feed polls by outcome (ok, not-modified, error)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    neo4jUp: new Gauge({
      name: 'newsgraph_neo4j_up',
      help: '1 while Neo4j answers and its schema is current, else 0',
      registers: [registry],
    }),
    neo4jRestarts: new Counter({
      name: 'newsgraph_neo4j_restarts_total',
      help: 'Restarts of the embedded Neo4j after it exited unexpectedly, by outcome (ok, failed)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
  };
  return {
    registry,
    metrics,
    /** The Prometheus text of a scrape: this server's series and the process's (CPU, memory, event loop, GC). */
    scrape: () => Registry.merge([processRegistry(), registry]).metrics(),
    contentType: registry.contentType,
  };
}

// Process metrics are the process's whatever the number of servers: collected into one registry, made when the first
// server starts (not on import), as each collection adds its own event-loop monitor and GC observer.
let processMetrics: Registry | undefined;
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics });
  }
  return processMetrics;
}

export type ServerMetrics = ReturnType<typeof createMetrics>;
export type Metrics = ServerMetrics['metrics'];

// Operation names come from clients: any name becomes a label only while few distinct ones have been seen, so a
// client inventing names cannot grow the registry without bound.
const MAX_OPERATION_LABELS = 200;
const seenOperations = new Set<string>();

export function operationLabel(name: unknown): string {
  if (typeof name !== 'string' || !/^[A-Z_]\w{0,63}$/i.test(name)) return 'anonymous';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
  seenOperations.add(name);
  return name;
}

/** The operation's name: the body's operationName, else the name of the document's first operation (`query Name`). */
export function operationNameOf(body: unknown, search: URLSearchParams): unknown {
  const b = body as { operationName?: unknown; query?: unknown } | undefined;
  if (typeof b?.operationName === 'string') return b.operationName;
  const query = typeof b?.query === 'string' ? b.query : search.get('query');
  return query
    ? /^\s*(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/.exec(query.slice(0, 200))?.[1]
    : search.get('operationName');
}
