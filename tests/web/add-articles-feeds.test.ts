import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { buildWeb, launchChromium, type Browser, type Page } from '../../packages/web/e2e/browserHarness.ts';
import { ARTIFACTS, networkReady, shot } from '../support/explorerPage.ts';
import { conditional, rss, startFeedServer, type FeedServer } from '../support/feedServer.ts';
import { seedTestGraph, startTestServer, type TestServer } from '../support/server.ts';

// The feed list of the "Add articles" panel in Debian's Chromium against the real stack (Neo4j with seed/ ingested,
// the real server) and a local feed host: a feed is added from the page and listed; "Poll now" is answered at once
// and the list follows the poll until it shows the last poll, the article count and the status; the feed's article
// reaches the open page through the live-update stream without a reload; a broken feed shows its error; Remove.
// All on the default start (loopback, no NEWSGRAPH_API_KEYS) with nothing typed into the API-key field: the feed
// mutations carry the server's per-start local session key (GET /api/session).
const ARTICLE_TITLE = 'Chile and Peru sign a Pacific fisheries pact';
let releasePacific: () => void = () => {};
const pacificReleased = new Promise<void>((resolve) => (releasePacific = resolve));

describe('Add articles panel: feeds (browser, real stack)', () => {
  let graph: GraphConnection;
  let server: TestServer;
  let feeds: FeedServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    await buildWeb();
    graph = await seedTestGraph();
    // No API key configured: the page must get the mutations' key itself (the local session key).
    server = await startTestServer({ graph, config: { livePollMs: 500, queryTimeoutMs: 60_000 } });
    feeds = await startFeedServer();
    const pacific = conditional('application/rss+xml', () =>
      rss('Pacific Wire', [
        {
          title: ARTICLE_TITLE,
          link: feeds.url('/pacific/1'),
          date: '2026-01-14T09:00:00Z',
          body: '<p>Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Tuesday. The two leaders signed a fisheries agreement, Boric said.</p>',
        },
      ]),
    );
    // The first answer is held until the test has seen the page follow the running poll.
    feeds.routes.set('/pacific.xml', (req, res) => void pacificReleased.then(() => pacific(req, res)));
    feeds.routes.set('/broken.xml', (_q, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end('<rss><channel><title>x</title><item><title>broken</item></channel>'),
    );
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 960 } });
    page.on('pageerror', (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await feeds?.close();
    await server?.close();
    await graph?.close();
  });

  const row = (path: string) => page.locator(`[data-testid="feed-row"][data-url="${feeds.url(path)}"]`);

  async function addFeed(path: string): Promise<void> {
    await page.locator('[data-testid="feed-url"]').fill(feeds.url(path));
    await page.locator('[data-testid="feed-add"]').click();
    await row(path).waitFor({ timeout: 30_000 });
  }

  it('adds a feed, polls it now (answered at once, followed until done), shows its article live, a broken feed’s error, and removes them', async () => {
    try {
      await feedListFlow();
    } catch (error) {
      // What the panel showed when it went wrong: the screenshot and its text.
      await shot(page, 'add-articles-feeds-failed');
      const text = await page
        .locator('[data-testid="add-articles-panel"]')
        .innerText()
        .catch(() => '(no panel)');
      throw new Error(`${(error as Error).message}\npanel: ${text.slice(0, 1500)}`, { cause: error });
    }
  }, 600_000);

  async function feedListFlow(): Promise<void> {
    await page.goto(server.url);
    await networkReady(page);
    await page.locator('[data-testid="add-articles-button"]').click();
    expect(await page.locator('[data-testid="api-key"]').inputValue()).toBe('');

    await addFeed('/pacific.xml');
    expect(await row('/pacific.xml').locator('[data-testid="feed-meta"]').innerText()).toMatch(
      /^0 articles · last poll never/,
    );

    // While the poll runs the row follows its job (feedPoll(id), which carries the feed), and the whole list is not
    // read again: the GraphQL requests the page sends from the click to the outcome are counted by operation.
    const sent = { Feeds: 0, FeedPoll: 0 };
    const order: string[] = [];
    page.on('request', (request) => {
      const op = /^\s*(?:query|mutation) (\w+)/.exec(
        (JSON.parse(request.postData() ?? '{}') as { query?: string }).query ?? '',
      )?.[1];
      if (request.url().endsWith('/graphql') && op) order.push(op);
      if (request.url().endsWith('/graphql') && (op === 'Feeds' || op === 'FeedPoll')) sent[op]++;
    });
    await row('/pacific.xml').locator('[data-testid="feed-poll"]').click();
    // The feed host holds its answer: the job runs, the page reads it again and again.
    await expect.poll(() => sent.FeedPoll, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    expect(await row('/pacific.xml').getAttribute('data-polling')).toBe('true');
    expect(await row('/pacific.xml').locator('[data-testid="feed-meta"]').innerText()).toContain(
      'polling… 0 items read',
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    await shot(page, 'add-articles-feeds-polling');
    releasePacific();
    // The row follows the background poll until it has recorded its outcome.
    await expect.poll(() => row('/pacific.xml').getAttribute('data-polling'), { timeout: 120_000 }).toBe('false');
    await expect
      .poll(() => row('/pacific.xml').locator('[data-testid="feed-outcome"]').innerText(), { timeout: 30_000 })
      .toBe('Polled: 1 new article');
    expect(sent.Feeds, order.join(' ')).toBe(0);
    const meta = await row('/pacific.xml').locator('[data-testid="feed-meta"]').innerText();
    expect(meta).toMatch(/^1 article · last poll .+ · HTTP 200$/);
    expect(meta).not.toContain('never');
    expect(await row('/pacific.xml').locator('.feed-title').innerText()).toBe('Pacific Wire');
    expect(await row('/pacific.xml').locator('[data-testid="feed-error"]').count()).toBe(0);

    // The feed's article reaches the open page through the live-update stream, no reload.
    const notice = page.locator('[data-testid="live-notice"]');
    await expect
      .poll(() => notice.innerText().catch(() => ''), { timeout: 30_000 })
      .toContain(`1 new article: ${ARTICLE_TITLE}`);

    await addFeed('/broken.xml');
    await row('/broken.xml').locator('[data-testid="feed-poll"]').click();
    await expect
      .poll(
        () =>
          row('/broken.xml')
            .locator('[data-testid="feed-error"]')
            .innerText()
            .catch(() => ''),
        {
          timeout: 60_000,
        },
      )
      .toMatch(/^BROKEN_FEED: not a readable RSS or Atom feed/);
    expect(await row('/broken.xml').locator('[data-testid="feed-outcome"]').innerText()).toBe(
      'Poll failed (the error is above)',
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('[data-testid="feed-list"]').scrollIntoViewIfNeeded();
    await shot(page, 'add-articles-feeds');

    await row('/broken.xml').locator('[data-testid="feed-remove"]').click();
    // Conditions, given time: vitest's default 1 s was too short for a remove + list read on a loaded machine.
    await expect.poll(() => row('/broken.xml').count(), { timeout: 30_000 }).toBe(0);
    await row('/pacific.xml').locator('[data-testid="feed-remove"]').click();
    await expect.poll(() => page.locator('[data-testid="feed-row"]').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.locator('[data-testid="add-articles-panel"]').innerText()).toContain('No feeds yet');
    expect(errors).toEqual([]);
  }
});
