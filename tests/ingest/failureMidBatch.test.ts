import { createConnection, createServer, type Server, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraphData, countGraph, GraphConnection, type GraphCounts } from '@newsgraph/graph';
import { ingestPaths } from '@newsgraph/ingest';
import { freshTestGraph, testNeo4j } from '../support/testGraph.ts';
import { md, NO_ORPHANS, orphanCounts, writeCorpus } from './fixtures.ts';

const CORPUS = {
  '1.md': md({ title: 'One', publishedAt: '2026-01-12', url: 'https://f.example/1' }, 'U.S. President Donald Trump threatened on Monday to strike drug cartels in Mexico.'),
  '2.md': md({ title: 'Two', publishedAt: '2026-01-12', url: 'https://f.example/2' }, 'Brazilian Foreign Minister Mauro Vieira met Chinese officials on Monday. "Trade must grow," Vieira said.'),
  '3.md': md({ title: 'Three', publishedAt: '2026-01-12', url: 'https://f.example/3' }, 'Mexican President Claudia Sheinbaum said on Monday that Mexico would not accept foreign troops.'),
};

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
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))),
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
  });
  beforeEach(async () => clearGraphData(graph));
  afterAll(async () => graph?.close());

  it('an error injected inside the transaction leaves no partial article; a re-run matches a clean run', async () => {
    const dir = writeCorpus(CORPUS);
    const failed = await ingestPaths(graph, [dir], {
      workers: 0,
      batchSize: 3,
      writeOptions: {
        onStep: (step) => {
          if (step === 'events') throw new Error('injected failure after events were written');
        },
      },
    });
    // The batch fails, then each article is retried alone and fails too: nothing half-written remains.
    expect(failed.articles.failed).toBe(3);
    expect(failed.errors.every((e) => e.code === 'WRITE_FAILED')).toBe(true);
    expect(await countGraph(graph)).toMatchObject({ nodes: 0, relationships: 0 });
    const rerun = await ingestPaths(graph, [dir], { workers: 0 });
    expect(rerun.articles.new).toBe(3);
    expect(await countGraph(graph)).toEqual(clean);
  });

  it('a failed update keeps the previous version whole', async () => {
    const dir = writeCorpus(CORPUS);
    await ingestPaths(graph, [dir], { workers: 0 });
    const changed = writeCorpus({ ...CORPUS, '1.md': md({ title: 'One v2', publishedAt: '2026-01-12', url: 'https://f.example/1' }, 'Portuguese Finance Minister Ana Vieira presented the budget on Monday.') });
    const result = await ingestPaths(graph, [changed], {
      workers: 0,
      writeOptions: { onStep: (step) => { if (step === 'orphans') throw new Error('injected failure before counts'); } },
    });
    expect(result.articles.failed).toBe(1);
    expect(result.articles.unchanged).toBe(2);
    expect(await countGraph(graph)).toEqual(clean);
    expect(await graph.readRows('MATCH (a:Article {title: "One"}) RETURN a.id AS id')).toHaveLength(1);
  });

  it('a real connection cut while writing: the driver retries on a new connection and the result equals a clean run', async () => {
    const { uri, user, password, database } = testNeo4j();
    const target = new URL(uri.replace(/^bolt/, 'http'));
    const proxy = boltProxy({ host: target.hostname, port: Number(target.port) });
    const port = await proxy.listen();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(user, password), { disableLosslessIntegers: true, maxTransactionRetryTime: 5_000 });
    const viaProxy = new GraphConnection(driver, database);
    let cuts = 0;
    try {
      const summary = await ingestPaths(viaProxy, [writeCorpus(CORPUS)], {
        workers: 0,
        batchSize: 3,
        writeOptions: {
          onStep: (step) => {
            if (step === 'statements' && cuts === 0) {
              cuts += 1;
              proxy.cut(false);
            }
          },
        },
      });
      expect(cuts).toBe(1);
      expect(summary.articles).toEqual({ new: 3, updated: 0, unchanged: 0, failed: 0 });
      expect(await countGraph(graph)).toEqual(clean);
      expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
    } finally {
      await viaProxy.close();
      await proxy.close();
    }
  });

  it('the database gone for good mid-write: the run stops, nothing partial is left, a later run completes', async () => {
    const { uri, user, password, database } = testNeo4j();
    const target = new URL(uri.replace(/^bolt/, 'http'));
    const proxy = boltProxy({ host: target.hostname, port: Number(target.port) });
    const port = await proxy.listen();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 2_000,
      connectionAcquisitionTimeout: 2_000,
    });
    const viaProxy = new GraphConnection(driver, database);
    const dir = writeCorpus(CORPUS);
    try {
      const summary = await ingestPaths(viaProxy, [dir], {
        workers: 0,
        batchSize: 3,
        writeOptions: { onStep: (step) => { if (step === 'mentions') proxy.cut(true); } },
      });
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
