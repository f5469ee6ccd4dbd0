// The product's everyday loop on the real commands: `./newsgraph start` in one terminal, `pnpm ingest` in another,
// then Ctrl-C / SIGTERM to the process the start command started. Nothing is called in-process: every step is the
// command a user types, on a scratch data folder and a free port.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j, type RuntimeRecord } from '@newsgraph/neo4j-local';
import { descendantsOf, processesMentioning, waitUntilAllGone } from '../support/processes.ts';
import { freePort, useProductCommands, type ServingProduct } from '../support/startProduct.ts';

// A data root of its own (NEWSGRAPH_DATA_DIR), sharing only the jar cache, so nothing here touches .data/neo4j.
const product = useProductCommands('start-lifecycle');
const { scratch, pnpm } = product;
const dataDir = join(scratch, 'neo4j');
const runtimeFile = join(dataDir, 'runtime.json');
const lockFile = join(dataDir, 'newsgraph.lock');
const fixture = join(scratch, 'my-articles.jsonl');
const PROBE_TITLE = 'Lifecycle probe: Norway and Chile sign a fisheries pact';

async function graphqlArticles(url: string): Promise<string[]> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles(first: 50) { edges { node { title } } } }' }),
  });
  const body = (await res.json()) as { data: { articles: { edges: { node: { title: string } }[] } } };
  return body.data.articles.edges.map((e) => e.node.title);
}

async function graphqlEntityName(url: string, id: string): Promise<string | undefined> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query ($id: ID!) { entity(id: $id) { name } }', variables: { id } }),
  });
  return ((await res.json()) as { data: { entity: { name: string } | null } }).data.entity?.name;
}

/**
 * A request in flight when the stop begins: headers and half the body sent now, the rest when `finish` is called.
 * A graceful stop must let it complete (the drain) instead of cutting it.
 *
 * `received` resolves once the server has read the request's headers (its 100 Continue answers our
 * `Expect: 100-continue`; Node sends it as it emits 'request'), i.e. once the server itself counts the request as
 * in flight. Bytes merely written to our socket are not that: on a busy machine the server may accept the
 * connection in the same event-loop turn as the SIGINT and begin its drain before it has read a byte, and a
 * connection with no request yet is idle to the drain (ended at once: "socket hang up" on the client).
 */
function beginSlowRequest(url: string): {
  received: Promise<void>;
  finish(): Promise<{ status: number; body: string }>;
} {
  const body = JSON.stringify({ query: '{ articles(first: 5) { edges { node { title } } } }' });
  const req = httpRequest(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      expect: '100-continue',
    },
  });
  const response = new Promise<{ status: number; body: string }>((done, fail) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
      res.on('error', fail);
    });
    req.on('error', fail);
  });
  // A failure before finish() is called is reported by received (or by finish's promise): never unhandled.
  response.catch(() => undefined);
  const received = new Promise<void>((done, fail) => {
    req.once('continue', () => req.write(body.slice(0, 20), () => done()));
    req.once('error', fail);
  });
  req.flushHeaders();
  return {
    received,
    finish() {
      req.end(body.slice(20));
      return response;
    },
  };
}

/** True once nothing accepts a new connection on the port (the server stopped listening: the drain has begun). */
function refusesConnections(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(false)));
    socket.once('error', () => done(true));
  });
}

function readRuntime(): RuntimeRecord {
  return JSON.parse(readFileSync(runtimeFile, 'utf8')) as RuntimeRecord;
}

/** Signals the process `./newsgraph start` started and checks the stop is clean and complete. */
async function stopAndExpectClean(started: ServingProduct, signal: 'SIGTERM' | 'SIGINT') {
  const tree = descendantsOf(started.child.pid!);
  // node (start.ts), the JVM and the spaCy worker at least.
  expect(tree.some((p) => p.cmdline.includes('EmbeddedNeo4j'))).toBe(true);
  expect(tree.some((p) => p.cmdline.includes('start.ts'))).toBe(true);
  started.child.kill(signal);
  const { code, signal: bySignal } = await started.exited;
  expect({ code, bySignal }).toEqual({ code: 0, bySignal: null });
  expect(started.output.join('\n')).not.toMatch(/Command failed|ELIFECYCLE/);
  expect(started.output.join('\n')).toMatch(/newsgraph stopped\./);
  expect(existsSync(runtimeFile)).toBe(false);
  expect(existsSync(lockFile)).toBe(false);
  expect(await waitUntilAllGone(tree, 5_000)).toEqual([]);
  expect(processesMentioning(scratch)).toEqual([]);
}

beforeAll(() => {
  writeFileSync(
    fixture,
    `${JSON.stringify({
      title: PROBE_TITLE,
      text: 'Norway and Chile signed a fisheries agreement in Oslo on Tuesday. Norwegian Prime Minister Jonas Gahr Store said the pact would protect fish stocks.',
      publishedAt: '2026-03-03',
      url: 'https://example.org/lifecycle-probe',
      source: 'Probe News',
    })}\n`,
  );
});

afterEach(product.killLeftovers);

describe('./newsgraph start and the CLI on the same data folder', () => {
  it('pnpm ingest, curate and reextract write into the running start (seen over GraphQL without a restart); SIGTERM stops everything, exit 0', async () => {
    const started = await product.startServing(await freePort());
    const runtime = readRuntime();
    expect(runtime.boltUri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(runtime.httpUrl).toBe(started.url);
    expect(runtime.passwordFile).toBe(join(dataDir, 'password'));
    expect(started.output.join('\n')).toContain(`started embedded Neo4j`);

    const ingest = await pnpm(['ingest', fixture]);
    expect(ingest.stderr).toContain(`writing to the running newsgraph at ${runtime.boltUri} (pid ${runtime.pid})`);
    expect(ingest.stdout).toMatch(/articles: 1 new/);
    expect(ingest.code).toBe(0);
    expect(await graphqlArticles(started.url)).toContain(PROBE_TITLE);

    // curate and reextract find the same running Neo4j (the seed article names Mexico).
    const curate = await pnpm(['curate', 'rename', 'country:MX', 'United Mexican States']);
    expect(curate.stderr).toContain(`writing to the running newsgraph at ${runtime.boltUri} (pid ${runtime.pid})`);
    expect(curate.code).toBe(0);
    expect(await graphqlEntityName(started.url, 'country:MX')).toBe('United Mexican States');
    const reextract = await pnpm(['reextract']);
    expect(reextract.stderr).toContain(`writing to the running newsgraph at ${runtime.boltUri} (pid ${runtime.pid})`);
    expect(reextract.code).toBe(0);

    await stopAndExpectClean(started, 'SIGTERM');
  }, 600_000);

  it('a stale runtime file (its process is dead) is detected and replaced; SIGINT stops everything, exit 0', async () => {
    const dead = spawnSync('true').pid;
    const stale: RuntimeRecord = {
      pid: dead,
      command: 'newsgraph start',
      boltUri: 'bolt://127.0.0.1:9',
      user: 'neo4j',
      passwordFile: join(dataDir, 'password'),
      version: '5.26.0',
      dataDir,
      startedAt: '2026-01-01T00:00:00.000Z',
    };
    writeFileSync(runtimeFile, JSON.stringify(stale));
    writeFileSync(
      lockFile,
      JSON.stringify({ pid: dead, command: 'newsgraph start', shared: true, startedAt: stale.startedAt }),
    );

    const started = await product.startServing(await freePort());
    expect(started.output.join('\n')).toContain(
      `removed a stale runtime file in ${dataDir} (pid ${dead} is not running)`,
    );
    const runtime = readRuntime();
    expect(runtime.pid).not.toBe(dead);
    expect(runtime.httpUrl).toBe(started.url);
    // The data of the first run is still there (same store, taken over cleanly).
    expect(await graphqlArticles(started.url)).toContain(PROBE_TITLE);

    // Graceful drain: a request in flight when SIGINT arrives completes after the server stopped accepting new
    // connections, and only then do the driver and Neo4j close.
    const slow = beginSlowRequest(started.url);
    await slow.received;
    const stopped = stopAndExpectClean(started, 'SIGINT');
    const port = Number(new URL(started.url).port);
    const answered = (async () => {
      const drainStart = Date.now();
      while (!(await refusesConnections(port))) {
        if (Date.now() - drainStart > 30_000) throw new Error('the server still accepts connections 30 s after SIGINT');
        await new Promise((r) => setTimeout(r, 50));
      }
      return slow.finish();
    })();
    // Both awaited together: whichever fails first fails the test, and the other's rejection is handled too.
    const [answer] = await Promise.all([answered, stopped]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({
      data: { articles: { edges: expect.arrayContaining([{ node: { title: PROBE_TITLE } }]) } },
    });
  }, 600_000);

  it('with nothing running, pnpm ingest starts its own embedded Neo4j, says so, and leaves nothing behind', async () => {
    const ingest = await pnpm(['ingest', fixture]);
    expect(ingest.stderr).toMatch(
      /started embedded Neo4j \S+ at bolt:\/\/127\.0\.0\.1:\d+ \(data in .*\); no newsgraph was running/,
    );
    // The article is already stored (updated only if the extractor changed since): none new, none failed.
    expect(ingest.stdout).toMatch(/articles: 0 new, \d+ updated, \d+ unchanged, 0 failed/);
    expect(ingest.code).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
    expect(existsSync(runtimeFile)).toBe(false);
    expect(processesMentioning(scratch)).toEqual([]);
  }, 600_000);

  it('a store held by something that ignores newsgraph’s lock is refused with a clear message, not a Java trace', async () => {
    // An older newsgraph or a hand-started Neo4j: simulated by a server whose lock file is then removed.
    let server: LocalNeo4j | undefined;
    try {
      server = await startLocalNeo4j({ dataDir, cacheDir: join(scratch, 'cache'), command: 'tests' });
      rmSync(lockFile);
      const ingest = await pnpm(['ingest', fixture]);
      expect(ingest.code).toBe(1);
      expect(ingest.stderr).toContain(`The Neo4j store in ${dataDir} is locked by another process`);
      expect(ingest.stderr).not.toMatch(/Exception|\bat org\.neo4j/);
    } finally {
      await server?.stop();
    }
    expect(
      await waitUntilAllGone(
        processesMentioning(scratch).map(({ pid }) => ({ pid })),
        30_000,
      ),
    ).toEqual([]);
  }, 600_000);
});
