import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  clearGraphData,
  connectGraph,
  countGraph,
  type GraphConnection,
  type GraphCounts,
  type WriteOptions,
} from '@newsgraph/graph';
import { ingestPaths } from '@newsgraph/ingest';
import { freshTestGraph, testNeo4j } from '../support/testGraph.ts';
import { md, NO_ORPHANS, orphanCounts, writeCorpus } from './fixtures.ts';

const CORPUS = {
  '1.md': md(
    { title: 'One', publishedAt: '2026-01-12', url: 'https://f.example/1' },
    'U.S. President Donald Trump threatened on Monday to strike drug cartels in Mexico.',
  ),
  '2.md': md(
    { title: 'Two', publishedAt: '2026-01-12', url: 'https://f.example/2' },
    'Brazilian Foreign Minister Mauro Vieira met Chinese officials on Monday. "Trade must grow," Vieira said.',
  ),
  '3.md': md(
    { title: 'Three', publishedAt: '2026-01-12', url: 'https://f.example/3' },
    'Mexican President Claudia Sheinbaum said on Monday that Mexico would not accept foreign troops.',
  ),
};

/** The open write transaction the writer hands to `afterPhase`. */
type WriteTx = Parameters<NonNullable<WriteOptions['afterPhase']>>[1];

/**
 * What the open transaction itself sees: proof that the interruption comes after real writes and before the
 * commit (the same query outside the transaction sees the committed state only).
 */
async function seenInside(
  tx: WriteTx,
): Promise<{ articles: number; titles: string[]; events: number; statements: number; mentions: number }> {
  const result = await tx.run(
    `CALL () { MATCH (a:Article) RETURN count(a) AS articles, collect(a.title) AS titles }
     CALL () { MATCH (e:Event) RETURN count(e) AS events }
     CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
     CALL () { MATCH ()-[m:MENTIONED_IN]->() RETURN count(m) AS mentions }
     RETURN articles, titles, events, statements, mentions`,
  );
  const row = result.records[0]!.toObject() as {
    articles: number;
    titles: string[];
    events: number;
    statements: number;
    mentions: number;
  };
  return { ...row, titles: [...row.titles].sort() };
}

/** A TCP proxy in front of Neo4j whose connections the test can cut. */
function boltProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection(target);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  return {
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
      ),
    /** Cuts every open connection; with `refuse`, also stops accepting new ones (the database is "gone"). */
    cut(refuse: boolean) {
      for (const s of sockets) s.destroy();
      sockets.clear();
      if (refuse) server.close();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('a failure in the middle of a batch', () => {
  let graph: GraphConnection;
  let clean: GraphCounts;
  beforeAll(async () => {
    graph = await freshTestGraph();
    await ingestPaths(graph, [writeCorpus(CORPUS)], { workers: 0 });
    clean = await countGraph(graph);
    expect(clean.byLabel.Article).toBe(3);
    expect(clean.byLabel.Event).toBeGreaterThan(0);
    expect(clean.byLabel.Statement).toBeGreaterThan(0);
  });
  beforeEach(async () => clearGraphData(graph));
  afterAll(async () => graph?.close());

  it('an error inside the transaction, after the batch statement wrote all three articles, leaves nothing; a re-run matches a clean run', async () => {
    const dir = writeCorpus(CORPUS);
    const inside: Awaited<ReturnType<typeof seenInside>>[] = [];
    const failed = await ingestPaths(graph, [dir], {
      workers: 0,
      batchSize: 3,
      writeOptions: {
        afterPhase: async (phase, tx) => {
          if (phase !== 'batch') return;
          inside.push(await seenInside(tx));
          throw new Error('injected failure after the batch statement, before commit');
        },
      },
    });
    // The transaction had written the whole batch (articles, events, statements, mentions) when it failed...
    expect(inside[0]).toMatchObject({ articles: 3, titles: ['One', 'Three', 'Two'] });
    expect(inside[0]!.events).toBeGreaterThan(0);
    expect(inside[0]!.statements).toBeGreaterThan(0);
    expect(inside[0]!.mentions).toBeGreaterThan(0);
    // ...then each article was retried alone and failed the same way: 1 batch + 3 single-article transactions.
    expect(inside.map((s) => s.articles)).toEqual([3, 1, 1, 1]);
    expect(failed.articles.failed).toBe(3);
    expect(failed.errors.every((e) => e.code === 'WRITE_FAILED')).toBe(true);
    expect(await countGraph(graph)).toMatchObject({ nodes: 0, relationships: 0 });
    const rerun = await ingestPaths(graph, [dir], { workers: 0 });
    expect(rerun.articles.new).toBe(3);
    expect(await countGraph(graph)).toEqual(clean);
  });

  it('an update that fails after its orphans were deleted, before the recount, keeps the previous version whole', async () => {
    const dir = writeCorpus(CORPUS);
    await ingestPaths(graph, [dir], { workers: 0 });
    // Facts only the first version of article One supports: the update must delete them (orphans).
    const onlyInOne = (
      await graph.readRows<{ id: string }>(
        `MATCH (f)-[:REPORTED_IN]->(:Article {title: 'One'}) WHERE (f:Event OR f:Statement) AND COUNT { (f)-[:REPORTED_IN]->() } = 1 RETURN f.id AS id`,
      )
    ).map((r) => r.id);
    expect(onlyInOne.length).toBeGreaterThan(0);
    const changed = writeCorpus({
      ...CORPUS,
      '1.md': md(
        { title: 'One v2', publishedAt: '2026-01-12', url: 'https://f.example/1' },
        'Portuguese Finance Minister Ana Vieira presented the budget on Monday.',
      ),
    });
    const phases: string[] = [];
    let inside: Awaited<ReturnType<typeof seenInside>> | undefined;
    let oldFactsInside = -1;
    const result = await ingestPaths(graph, [changed], {
      workers: 0,
      writeOptions: {
        afterPhase: async (phase, tx) => {
          phases.push(phase);
          if (phase !== 'orphans') return;
          inside = await seenInside(tx);
          oldFactsInside = (
            await tx.run('MATCH (f) WHERE f.id IN $ids RETURN count(f) AS n', { ids: onlyInOne })
          ).records[0]!.get('n') as number;
          throw new Error('injected failure between deleting orphans and recounting');
        },
      },
    });
    // Inside the transaction the new version had replaced the old one and the facts only it supported were deleted...
    expect(phases).toEqual(['batch', 'orphans']);
    expect(inside!.titles).toEqual(['One v2', 'Three', 'Two']);
    expect(oldFactsInside).toBe(0);
    // ...and none of it was committed.
    expect(result.articles.failed).toBe(1);
    expect(result.articles.unchanged).toBe(2);
    expect(await countGraph(graph)).toEqual(clean);
    expect(await graph.readRows('MATCH (a:Article {title: "One"}) RETURN a.id AS id')).toHaveLength(1);
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
  });

  it('a real connection cut inside the transaction, after the batch statement ran: the driver retries on a new connection and the result equals a clean run', async () => {
    const { uri, user, password, database } = testNeo4j();
    const target = new URL(uri.replace(/^bolt/, 'http'));
    const proxy = boltProxy({ host: target.hostname, port: Number(target.port) });
    const port = await proxy.listen();
    const viaProxy = await connectGraph({
      uri: `bolt://127.0.0.1:${port}`,
      user,
      password,
      database,
      maxTransactionRetryTime: 5_000,
    });
    const attempts: number[] = [];
    try {
      const summary = await ingestPaths(viaProxy, [writeCorpus(CORPUS)], {
        workers: 0,
        batchSize: 3,
        writeOptions: {
          afterPhase: async (phase, tx) => {
            if (phase !== 'batch') return;
            attempts.push((await seenInside(tx)).articles);
            // The first attempt loses its connection with the whole batch written but not committed.
            if (attempts.length === 1) proxy.cut(false);
          },
        },
      });
      // Two attempts of the same batch transaction, both with all three articles written: the cut one and the retry.
      expect(attempts).toEqual([3, 3]);
      expect(summary.articles).toEqual({ new: 3, updated: 0, unchanged: 0, failed: 0 });
      expect(await countGraph(graph)).toEqual(clean);
      expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
    } finally {
      await viaProxy.close();
      await proxy.close();
    }
  });

  it('the database gone for good inside the transaction: the run stops, nothing partial is left, a later run completes', async () => {
    const { uri, user, password, database } = testNeo4j();
    const target = new URL(uri.replace(/^bolt/, 'http'));
    const proxy = boltProxy({ host: target.hostname, port: Number(target.port) });
    const port = await proxy.listen();
    const viaProxy = await connectGraph({
      uri: `bolt://127.0.0.1:${port}`,
      user,
      password,
      database,
      maxTransactionRetryTime: 2_000,
      connectionAcquisitionTimeout: 2_000,
    });
    const dir = writeCorpus(CORPUS);
    let writtenWhenCut = 0;
    try {
      const summary = await ingestPaths(viaProxy, [dir], {
        workers: 0,
        batchSize: 3,
        writeOptions: {
          afterPhase: async (phase, tx) => {
            if (phase !== 'batch' || writtenWhenCut > 0) return;
            writtenWhenCut = (await seenInside(tx)).articles;
            proxy.cut(true);
          },
        },
      });
      expect(writtenWhenCut).toBe(3);
      expect(summary.aborted).toBe(true);
      expect(summary.articles.failed).toBe(3);
      expect(summary.errors.some((e) => e.code === 'DB_UNAVAILABLE')).toBe(true);
    } finally {
      await viaProxy.close().catch(() => {});
    }
    expect(await countGraph(graph)).toMatchObject({ nodes: 0, relationships: 0 });
    const rerun = await ingestPaths(graph, [dir], { workers: 0 });
    expect(rerun.articles.new).toBe(3);
    expect(await countGraph(graph)).toEqual(clean);
  });
});
