// The product's everyday loop on the real commands: `./newsgraph start` in one terminal, `pnpm ingest` in another,
// then Ctrl-C / SIGTERM to the process the start command started. Nothing is called in-process: every step is the
// command a user types, on a scratch data folder and a free port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DATA_ROOT,
  localNeo4jPaths,
  startLocalNeo4j,
  type LocalNeo4j,
  type RuntimeRecord,
} from '@newsgraph/neo4j-local';
import { descendantsOf, processesMentioning, waitUntilAllGone } from '../support/processes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// A data root of its own (NEWSGRAPH_DATA_DIR), sharing only the jar cache, so nothing here touches .data/neo4j.
const scratch = join(DATA_ROOT, 'test-runs', `start-lifecycle-${process.pid}`);
const dataDir = join(scratch, 'neo4j');
const runtimeFile = join(dataDir, 'runtime.json');
const lockFile = join(dataDir, 'newsgraph.lock');
const webDist = join(scratch, 'web');
const fixture = join(scratch, 'my-articles.jsonl');
const PROBE_TITLE = 'Lifecycle probe: Norway and Chile sign a fisheries pact';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

function commandEnv(port?: number): NodeJS.ProcessEnv {
  // The embedded default is what is under test: never a configured server.
  const unset = new Set(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']);
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !unset.has(name))),
    PATH: `${join(ROOT, '.tools/node_modules/.bin')}:${process.env.PATH}`,
    NEWSGRAPH_DATA_DIR: scratch,
    NEWSGRAPH_WEB_DIST: webDist,
    HOST: '127.0.0.1',
    ...(port ? { PORT: String(port) } : {}),
  };
}

interface Started {
  child: ChildProcess;
  url: string;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/** `./newsgraph start`, resolved once it says it serves; its own process group so only this test signals it. */
function startProduct(port: number): Promise<Started> {
  const child = spawn('./newsgraph', ['start'], {
    cwd: ROOT,
    env: commandEnv(port),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      done({ code, signal });
    }),
  );
  return new Promise((resolveStarted, reject) => {
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        if (process.env.NEWSGRAPH_TEST_LOG) console.error(`[start] ${line}`);
        const up = /newsgraph is running at (\S+)/.exec(line);
        if (up) resolveStarted({ child, url: up[1]!, output, exited });
      });
    }
    void exited.then(({ code, signal }) =>
      reject(new Error(`start exited (${signal ?? code}) before serving:\n${output.join('\n')}`)),
    );
  });
}

/** Runs `pnpm <args>` like a second terminal would, with the same data folder. */
function pnpm(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn('pnpm', args, {
    cwd: ROOT,
    env: commandEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((done) =>
    child.once('close', (code) => {
      running.delete(child);
      done({ code, stdout, stderr });
    }),
  );
}

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
async function stopAndExpectClean(started: Started, signal: 'SIGTERM' | 'SIGINT') {
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
  mkdirSync(scratch, { recursive: true });
  symlinkSync(localNeo4jPaths().cacheDir, join(scratch, 'cache'));
  // A stand-in page dated far ahead, so start never rebuilds the web page (other work may be editing its sources).
  mkdirSync(webDist, { recursive: true });
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>newsgraph test page</title>');
  const future = new Date('2100-01-01');
  utimesSync(join(webDist, 'index.html'), future, future);
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

/**
 * Whatever a test started and did not see exit (it failed or threw halfway): killed, by its process group (each
 * command runs detached in its own) and, for anything that left that group, by pid among its descendants, then
 * waited for, so the next test finds the data folder free and no process of this file outlives it.
 */
async function killLeftovers(): Promise<void> {
  const children = [...running];
  const tree = children.flatMap((child) => descendantsOf(child.pid!));
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  for (const p of tree) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await Promise.all(
    children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => new Promise((done) => child.once('exit', done))),
  );
  await waitUntilAllGone(tree, 30_000);
  for (const child of children) running.delete(child);
}

afterEach(killLeftovers);

afterAll(async () => {
  await killLeftovers();
  rmSync(scratch, { recursive: true, force: true });
});

describe('./newsgraph start and the CLI on the same data folder', () => {
  it('pnpm ingest, curate and reextract write into the running start (seen over GraphQL without a restart); SIGTERM stops everything, exit 0', async () => {
    const started = await startProduct(await freePort());
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

    const started = await startProduct(await freePort());
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
