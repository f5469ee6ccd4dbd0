// Issue 12 §4: when Neo4j dies under a running server, the server notices at once, fails requests fast with
// DATABASE_UNAVAILABLE (HTTP 503), reports not-ready, and recovers — by restarting the embedded Neo4j itself, or, for
// a database it does not own (NEO4J_URI), when that database comes back. Real JVMs, real HTTP, SIGKILL.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApiConfig, startApiServer, type ApiServer } from '@newsgraph/api';
import { applySchema, connectGraph, type GraphConnection } from '@newsgraph/graph';
import {
  DATA_ROOT,
  localNeo4jPaths,
  startLocalNeo4j,
  type LocalNeo4j,
  type Neo4jLifecycleEvent,
} from '@newsgraph/neo4j-local';
import { gql } from '../support/server.ts';

const scratch = join(DATA_ROOT, 'test-runs', `supervision-${process.pid}`);
const { cacheDir } = localNeo4jPaths();
// The product's driver settings (cli/start.ts): a lost database fails a request in about 2 s, not 30.
const FAST_DRIVER = { maxTransactionRetryTime: 2_000, connectionAcquisitionTimeout: 5_000, connectionTimeout: 3_000 };

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
  rmSync(scratch, { recursive: true, force: true });
});

async function readyz(
  url: string,
): Promise<{ status: number; body: { status: string; database: { state: string; reason?: string } } }> {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: await res.json() };
}

/** Polls until the predicate holds: the server's own detection is what is measured, the bound only ends a failure. */
async function waitFor<T>(
  what: string,
  boundMs: number,
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (ok(value)) return { value, ms: Date.now() - started };
    if (Date.now() - started > boundMs)
      throw new Error(`${what}: not within ${boundMs} ms (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function serve(
  graph: GraphConnection,
  localServer?: Awaited<ReturnType<typeof startLocalNeo4j>>,
): Promise<ApiServer> {
  const config = { ...loadApiConfig({}), port: 0, host: '127.0.0.1', apiKeys: [] };
  const server = await startApiServer({ graph, config, localServer, log: () => {} });
  cleanup.push(() => server.close());
  return server;
}

describe('Neo4j dies under a running server', () => {
  it(
    'embedded: SIGKILL of the JVM → not ready and DATABASE_UNAVAILABLE at once, restarted with back-off, serving again',
    { timeout: 300_000 },
    async () => {
      const neo4j = await startLocalNeo4j({
        dataDir: join(scratch, 'embedded'),
        cacheDir,
        heap: '512m',
        command: 'supervision test',
        restart: { initialDelayMs: 200 },
      });
      cleanup.push(() => neo4j.stop());
      const events: Neo4jLifecycleEvent[] = [];
      neo4j.onLifecycle((event) => events.push(event));
      const graph = await connectGraph({
        uri: neo4j.uri,
        user: neo4j.user,
        password: neo4j.password,
        database: 'neo4j',
        ...FAST_DRIVER,
      });
      cleanup.push(() => graph.close());
      await applySchema(graph);
      const server = await serve(graph, neo4j);
      expect(await readyz(server.url)).toMatchObject({
        status: 200,
        body: { status: 'ready', database: { state: 'up' } },
      });
      expect((await gql(server.url, '{ stats { articles } }')).data).toEqual({ stats: { articles: 0 } });

      const firstPid = neo4j.pid;
      process.kill(firstPid, 'SIGKILL');
      const down = await waitFor(
        'readyz 503 after the kill',
        10_000,
        () => readyz(server.url),
        (r) => r.status === 503,
      );
      expect(down.value.body).toMatchObject({ status: 'not-ready', database: { state: 'down' } });
      expect(down.value.body.database.reason).toMatch(/embedded Neo4j exited \(SIGKILL\)/);

      const failed = await gql(server.url, '{ stats { articles } }');
      expect(failed.status).toBe(503);
      expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      expect(failed.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
      expect(failed.headers.get('retry-after')).toBe('5');

      const up = await waitFor(
        'readyz 200 after the restart',
        120_000,
        () => readyz(server.url),
        (r) => r.status === 200,
      );
      expect(up.value.body.database.state).toBe('up');
      expect(neo4j.pid).not.toBe(firstPid);
      expect(events.map((e) => e.kind)).toEqual(['exited', 'restarting', 'restarted']);
      // Same Bolt address after the restart: the server's driver reconnects by itself.
      expect((await gql(server.url, '{ stats { articles } }')).data).toEqual({ stats: { articles: 0 } });
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(metrics).toMatch(/^newsgraph_neo4j_restarts_total\{outcome="ok"\} [1-9]/m);
      expect(metrics).toMatch(/^newsgraph_neo4j_up 1$/m);
    },
  );

  it(
    'external (a database the server does not own): not ready and fast failure while it is gone, ready again when it is back',
    { timeout: 300_000 },
    async () => {
      const dataDir = join(scratch, 'external');
      let neo4j: LocalNeo4j = await startLocalNeo4j({ dataDir, cacheDir, heap: '512m', command: 'supervision test' });
      cleanup.push(() => neo4j.stop());
      const port = Number(neo4j.uri.split(':').pop());
      const graph = await connectGraph({
        uri: neo4j.uri,
        user: neo4j.user,
        password: neo4j.password,
        database: 'neo4j',
        ...FAST_DRIVER,
      });
      cleanup.push(() => graph.close());
      await applySchema(graph);
      const server = await serve(graph);
      expect((await readyz(server.url)).status).toBe(200);

      await neo4j.stop();
      // No supervisor tells this server: the first request meets the closed port, fails with the code and makes the
      // health check look at once.
      const first = await gql(server.url, '{ stats { articles } }');
      expect(first.status).toBe(503);
      expect(first.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      const down = await waitFor(
        'readyz 503 while the database is gone',
        10_000,
        () => readyz(server.url),
        (r) => r.status === 503,
      );
      expect(down.value.body.database.state).toBe('down');
      const fast = await gql(server.url, '{ stats { articles } }');
      expect(fast.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

      neo4j = await startLocalNeo4j({ dataDir, cacheDir, heap: '512m', command: 'supervision test', boltPort: port });
      await waitFor(
        'readyz 200 once the database is back',
        30_000,
        () => readyz(server.url),
        (r) => r.status === 200,
      );
      expect((await gql(server.url, '{ stats { articles } }')).data).toEqual({ stats: { articles: 0 } });
    },
  );
});
