// Feeds on the real commands: `./newsgraph start` polls what `pnpm feeds add` subscribes in another terminal (found
// through start's runtime file), sees a new item at its next poll, and still stops cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_ROOT, localNeo4jPaths } from '@newsgraph/neo4j-local';
import { conditional, rss, startFeedServer, type FeedServer, type TestItem } from '../support/feedServer.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const scratch = join(DATA_ROOT, 'test-runs', `feeds-start-${process.pid}`);
const webDist = join(scratch, 'web');
const running = new Set<ChildProcess>();
let server: FeedServer;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

function commandEnv(port?: number): NodeJS.ProcessEnv {
  const unset = new Set(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']);
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !unset.has(name))),
    PATH: `${join(ROOT, '.tools/node_modules/.bin')}:${process.env.PATH}`,
    NEWSGRAPH_DATA_DIR: scratch,
    NEWSGRAPH_WEB_DIST: webDist,
    HOST: '127.0.0.1',
    // Every 1.2 s, so the test sees the server's second poll.
    NEWSGRAPH_FEED_INTERVAL_MINUTES: '0.02',
    ...(port ? { PORT: String(port) } : {}),
  };
}

/** `./newsgraph start` in its own process group; `waitFor(re)` resolves on the first output line (from now) matching. */
function startProduct(port: number) {
  const child = spawn('./newsgraph', ['start'], {
    cwd: ROOT,
    env: commandEnv(port),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  const output: string[] = [];
  const waiters: { re: RegExp; done: (line: string) => void }[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      done({ code, signal });
    }),
  );
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      if (process.env.NEWSGRAPH_TEST_LOG) console.error(`[start] ${line}`);
      for (const w of [...waiters]) {
        if (w.re.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.done(line);
        }
      }
    });
  }
  const waitFor = (re: RegExp) =>
    new Promise<string>((done, reject) => {
      waiters.push({ re, done });
      void exited.then(({ code, signal }) =>
        reject(new Error(`start exited (${signal ?? code}) while waiting for ${re}:\n${output.join('\n')}`)),
      );
    });
  return { child, output, exited, waitFor };
}

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

beforeAll(async () => {
  mkdirSync(scratch, { recursive: true });
  symlinkSync(localNeo4jPaths().cacheDir, join(scratch, 'cache'));
  // A stand-in page dated far ahead, so start never rebuilds the web page.
  mkdirSync(webDist, { recursive: true });
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>newsgraph test page</title>');
  const future = new Date('2100-01-01');
  utimesSync(join(webDist, 'index.html'), future, future);
  server = await startFeedServer();
});

afterAll(async () => {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('feeds in the running product', () => {
  it('pnpm feeds add → the server polls it → a new item arrives at its next poll → list shows it → SIGTERM exits 0', async () => {
    const items: TestItem[] = [
      {
        title: 'Feed probe one',
        link: server.url('/probe/1'),
        date: '2026-11-25T09:00:00Z',
        body: '<p>Norwegian Prime Minister Jonas Gahr Store met Chilean President Gabriel Boric in Oslo on Monday.</p>',
      },
    ];
    server.routes.set(
      '/probe.xml',
      conditional('application/rss+xml', () => rss('Probe Wire', items)),
    );
    const feedUrl = server.url('/probe.xml');

    const start = startProduct(await freePort());
    // Printed once the server listens and the scheduler runs.
    await start.waitFor(/Feeds: polled every 0\.02 min/);

    const firstPoll = start.waitFor(/feed .*probe\.xml: 1 new articles/);
    const add = await pnpm(['feeds', 'add', feedUrl]);
    expect(add.stderr).toMatch(/writing to the running newsgraph at bolt:\/\/127\.0\.0\.1:\d+ \(pid \d+\)/);
    expect(add.stdout).toContain(`subscribed ${feedUrl}; the running newsgraph`);
    expect(add.code).toBe(0);
    await firstPoll;

    const secondItem = start.waitFor(/feed .*probe\.xml: 1 new articles/);
    items.unshift({
      title: 'Feed probe two',
      link: server.url('/probe/2'),
      date: '2026-11-26T09:00:00Z',
      body: '<p>Chilean Foreign Minister Alberto van Klaveren visited Norway on Tuesday to sign a fisheries pact.</p>',
    });
    await secondItem;
    // The server's polls between the two were conditional and answered 304.
    expect(
      server
        .requestsTo('/probe.xml')
        .slice(1)
        .every((r) => r.ifNoneMatch !== undefined),
    ).toBe(true);

    const list = await pnpm(['feeds', 'list']);
    expect(list.code).toBe(0);
    const row = list.stdout.split('\n').find((l) => l.startsWith(feedUrl))!;
    // After pnpm's own banner lines.
    expect(list.stdout).toMatch(
      /^URL\s+TITLE\s+LAST POLL \(UTC\)\s+STATUS\s+ARTICLES\s+NEXT POLL \(UTC\)\s+LAST ERROR$/m,
    );
    expect(row).toMatch(/Probe Wire\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+(200|304)\s+2\s+/);

    const remove = await pnpm(['feeds', 'remove', feedUrl]);
    expect(remove.stdout).toContain(`unsubscribed ${feedUrl} (its articles stay)`);

    process.kill(start.child.pid!, 'SIGTERM');
    expect(await start.exited).toEqual({ code: 0, signal: null });
    expect(start.output.join('\n')).not.toContain('Command failed');
    // A Neo4j start and the seed ingest on a shared, loaded machine: minutes, not seconds.
  }, 600_000);
});
