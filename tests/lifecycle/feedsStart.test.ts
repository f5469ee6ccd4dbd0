// Feeds on the real commands: `./newsgraph start` polls what `pnpm feeds add` subscribes in another terminal (found
// through start's runtime file; the CLI asks the server over GraphQL with the per-run key start writes beside it),
// sees a new item at its next poll, runs `pnpm feeds poll` as its own job (the CLI prints the server's job id,
// the server knows it, its poll counter moves), and still stops cleanly on SIGTERM, removing the key file.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditional, rss, startFeedServer, type FeedServer, type TestItem } from '../support/feedServer.ts';
import { freePort, useProductCommands } from '../support/startProduct.ts';

// Every 1.2 s, so the test sees the server's second poll.
const product = useProductCommands('feeds-start', { NEWSGRAPH_FEED_INTERVAL_MINUTES: '0.02' });
const { pnpm } = product;
const keyFile = join(product.scratch, 'neo4j', 'local-api-key.json');

/** newsgraph_feed_polls_total summed over its outcomes, from one scrape of the server's /metrics. */
async function feedPollsCounted(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return [...text.matchAll(/^newsgraph_feed_polls_total\{[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
}
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
});

afterAll(async () => {
  await server?.close();
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

    const start = product.start(await freePort());
    // Printed once the server listens and the scheduler runs.
    await start.waitFor(/Feeds: polled every 0\.02 min/);

    const url = /newsgraph is running at (\S+)/.exec(start.output.join('\n'))![1]!;
    // The server's own pid (its JSON log lines name it), under pnpm's.
    const serverPid = /"pid":(\d+)/.exec(start.output.join('\n'))![1]!;
    // The per-run key for local CLIs: readable by this user only.
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    const firstPoll = start.waitFor(/feed .*probe\.xml: 1 new articles/);
    const add = await pnpm(['feeds', 'add', feedUrl]);
    expect(add.stderr).toContain(`asking the running newsgraph at ${url} (pid ${serverPid}): the server does it`);
    expect(add.stdout).toContain(`subscribed ${feedUrl}; the running newsgraph (pid ${serverPid}) polls it now`);
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

    // `pnpm feeds poll` with a start running: the server polls (its job, its counter), the CLI follows and prints.
    const countedBefore = await feedPollsCounted(url);
    const poll = await pnpm(['feeds', 'poll', feedUrl]);
    expect(poll.code).toBe(0);
    expect(poll.stderr).toContain(
      `asking the running newsgraph at ${url} (pid ${serverPid}): the poll runs in the server`,
    );
    const jobId = /server job ([0-9a-f-]{36}) /.exec(poll.stderr)?.[1];
    expect(jobId, poll.stderr).toBeDefined();
    expect(poll.stdout).toMatch(
      /probe\.xml: (not modified \(304\)|0 new, 2 already in the graph); 2 articles from this feed/,
    );
    const job = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($id: ID!) { feedPoll(id: $id) { id state } }', variables: { id: jobId } }),
    });
    expect(((await job.json()) as { data: unknown }).data).toEqual({ feedPoll: { id: jobId, state: 'FINISHED' } });
    expect(await feedPollsCounted(url)).toBeGreaterThan(countedBefore);

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
    expect(existsSync(keyFile)).toBe(false);
    // A Neo4j start and the seed ingest on a shared, loaded machine: minutes, not seconds.
  }, 600_000);
});
