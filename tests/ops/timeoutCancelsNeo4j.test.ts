// Issue 12 §2: the time limit is a limit. A request over it answers TIMEOUT at the limit, and its queries do not
// keep running in Neo4j afterwards: SHOW TRANSACTIONS (graph's listRequestTransactions, by the request id that the
// API puts in every transaction's metadata) lists them while the request runs; once the reply is read, none of them
// is still running (Neo4j may list a terminated one until its rollback is done, so those must be gone soon after),
// and no transaction of the request starts after its limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listRequestTransactions,
  loadSyntheticGraph,
  syntheticEntityId,
  type GraphConnection,
  type RequestTransaction,
} from '@newsgraph/graph';
import { gql, startTestServer, type TestServer } from '../support/server.ts';
import { freshTestGraph } from '../support/testGraph.ts';

const LIMIT_MS = 400;

describe('a request over the time limit', () => {
  let graph: GraphConnection;
  let server: TestServer;
  beforeAll(async () => {
    graph = await freshTestGraph();
    await loadSyntheticGraph(graph, {
      entities: 2_000,
      articles: 4_000,
      mentionsPerArticle: 8,
      events: 20_000,
      statements: 10_000,
    });
    // Cost and alias limits opened up: the point is a request that passes validation and is slow in Neo4j.
    server = await startTestServer({
      graph,
      config: { queryTimeoutMs: LIMIT_MS, maxCost: 10_000_000, maxQueries: 1_000 },
    });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('answers TIMEOUT and leaves no transaction of its own running in Neo4j', async () => {
    // 30 two-hop networks around the biggest hubs, resolved in parallel: far more Neo4j work than 400 ms allows.
    const fields = Array.from(
      { length: 30 },
      (_, i) =>
        `n${i}: network(input: { centerIds: ["${syntheticEntityId(i % 10)}"], hops: 2, limit: 2000, minWeight: ${1 + (i % 3)} }) { edges { id } }`,
    );
    const requestId = `timeout-probe-${Date.now()}`;
    const seen: RequestTransaction[][] = [];
    let replied = false;
    // One listing before the request: the first SHOW TRANSACTIONS of a connection is planned cold and can take longer
    // than the whole 400 ms request, so the watcher below would never look while the request ran.
    await listRequestTransactions(graph, requestId);
    const watching = (async () => {
      while (!replied) {
        seen.push(await listRequestTransactions(graph, requestId));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const reply = await gql(server.url, `{ ${fields.join('\n')} }`, {}, { 'x-request-id': requestId });
    replied = true;
    const opened = graph.queries.count;
    const atReply = await listRequestTransactions(graph, requestId);
    // Terminated transactions leave SHOW TRANSACTIONS once rolled back: poll (no sleep) until none is listed.
    const later: RequestTransaction[][] = [];
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      const listed = await listRequestTransactions(graph, requestId);
      later.push(listed);
      if (listed.length === 0) break;
    }
    await watching;

    expect(reply.status).toBe(503);
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT', limitMs: LIMIT_MS, requestId });
    // The request did reach Neo4j (its transactions were listed while it ran) …
    expect(seen.some((listed) => listed.length > 0)).toBe(true);
    // … none of its transactions is still running once the client has its answer …
    expect(atReply.filter((tx) => !tx.terminated)).toEqual([]);
    expect(later.flat().filter((tx) => !tx.terminated)).toEqual([]);
    // … the terminated ones are gone shortly after …
    expect(later.at(-1)).toEqual([]);
    // … and none opened after the limit: no transaction admitted after the reply, none listed that was not terminated.
    expect(graph.queries.count).toBe(opened);
  });
});
