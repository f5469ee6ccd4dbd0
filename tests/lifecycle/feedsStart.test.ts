// Feeds on the real commands: `./newsgraph start` polls what `pnpm feeds add` subscribes in another terminal (found
// through start's runtime file), sees a new item at its next poll, and still stops cleanly on SIGTERM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditional, rss, startFeedServer, type FeedServer, type TestItem } from '../support/feedServer.ts';
import { freePort, useProductCommands } from '../support/startProduct.ts';

// Every 1.2 s, so the test sees the server's second poll.
const product = useProductCommands('feeds-start', { NEWSGRAPH_FEED_INTERVAL_MINUTES: '0.02' });
const { pnpm } = product;
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
