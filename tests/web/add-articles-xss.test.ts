import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { buildWeb, launchChromium, type Browser, type Page } from '../../packages/web/e2e/browserHarness.ts';
import { shot } from '../support/explorerPage.ts';
import { rss, startFeedServer, type FeedServer } from '../support/feedServer.ts';
import { gql, startTestServer, type TestServer } from '../support/server.ts';
import { freshTestGraph } from '../support/testGraph.ts';
import { generateXssPayloads } from '../support/xssPayloads.ts';
import { openXssWatchedPage } from '../support/xssWatchedPage.ts';

// The XSS suite's cases for the "Add articles" panel (the rest of the page: tests/web/xss-payloads.test.ts, same
// payloads). Hostile strings reach the panel from everywhere it shows text: dropped files' names, per-file error
// messages that echo what the file held (a bad line, broken front matter), upload warnings, a pasted article's
// fields, feed titles, feed URLs and the last-error strings of failing feeds (a feed host's HTTP reason phrase).
// Real Chromium, real server, real Neo4j, a real feed host. Zero executions (a sentinel and a dialog listener), no
// element or event-handler attribute from any payload in the panel, and the payloads shown as text.

const KEY = 'xss-panel-key-0123456789';
const PAYLOADS = generateXssPayloads();
/** File names cannot hold '/' (the browser keeps the last path segment only). */
const NAMES = PAYLOADS.filter((p) => !p.includes('/') && p.trim() === p).slice(0, 40);
/** An HTTP reason phrase is visible ASCII only. */
const REASONS = PAYLOADS.filter((p) => /^[\x20-\x7e]+$/.test(p) && p.trim() === p).slice(40, 55);
const FEED_TITLE = PAYLOADS.slice(100, 110).join(' ');
const ITEM_TITLE = PAYLOADS[111]!;
const PASTED = { title: PAYLOADS[120]!, source: PAYLOADS[121]!, text: PAYLOADS.slice(122, 130) };

/** Tags the panel itself renders; anything else in it came from a payload. */
const PANEL_TAGS = new Set('DIV SECTION HEADER H2 H3 BUTTON P INPUT TEXTAREA FORM UL LI PROGRESS SPAN'.split(' '));

describe('XSS payloads in the Add articles panel (browser, real stack)', () => {
  let graph: GraphConnection;
  let server: TestServer;
  let feeds: FeedServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const AUTH = { authorization: `Bearer ${KEY}` };

  async function pollAndWait(url: string): Promise<void> {
    const job = await gql<{ pollFeedNow: { id: string } }>(
      server.url,
      'mutation ($u: String!) { pollFeedNow(url: $u) { id } }',
      { u: url },
      AUTH,
    );
    const id = job.data!.pollFeedNow.id;
    await expect
      .poll(
        async () =>
          (
            await gql<{ feedPoll: { state: string } }>(server.url, 'query ($id: ID!) { feedPoll(id: $id) { state } }', {
              id,
            })
          ).data?.feedPoll.state,
        { timeout: 120_000, interval: 200 },
      )
      .toBe('FINISHED');
  }

  beforeAll(async () => {
    await buildWeb();
    graph = await freshTestGraph();
    server = await startTestServer({ graph, apiKeys: [KEY], config: { livePollMs: 500, queryTimeoutMs: 60_000 } });
    feeds = await startFeedServer();
    feeds.routes.set('/hostile.xml', (_q, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        rss(FEED_TITLE, [
          {
            title: ITEM_TITLE,
            link: feeds.url('/hostile/1'),
            date: '2026-01-14T09:00:00Z',
            body: `<p>Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Tuesday.</p><p>${ITEM_TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
          },
        ]),
      ),
    );
    REASONS.forEach((reason, i) => feeds.routes.set(`/fails/${i}.xml`, (_q, res) => res.writeHead(500, reason).end()));
    browser = await launchChromium();
    page = await openXssWatchedPage(browser, { width: 1400, height: 1000 }, dialogs, pageErrors);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await feeds?.close();
    await server?.close();
    await graph?.close();
  });

  /** The sentinel, and every element or on* attribute in the panel that the panel does not render itself. */
  const panelReport = () =>
    page.evaluate(
      (allowed) => {
        const panel = document.querySelector('[data-testid="add-articles-panel"]')!;
        const elements = [...panel.querySelectorAll('*')];
        return {
          sentinel: (window as unknown as { __xss?: unknown }).__xss,
          strayTags: [...new Set(elements.map((e) => e.tagName).filter((t) => !allowed.includes(t)))],
          handlers: elements.flatMap((e) => e.getAttributeNames().filter((a) => a.toLowerCase().startsWith('on'))),
          links: [...panel.querySelectorAll('[href],[src],[srcdoc],[action]')].length,
          text: (panel as HTMLElement).innerText,
          errors: [...panel.querySelectorAll<HTMLElement>('.add-error')].map((e) => e.innerText),
        };
      },
      [...PANEL_TAGS],
    );

  it('runs none of them: hostile file names, echoed file errors, a pasted article, feed titles, URLs and errors', async () => {
    // Feeds with payloads in their title, URL and error, polled to their end (the panel shows what they recorded).
    const urls = [
      feeds.url('/hostile.xml'),
      ...REASONS.map((_r, i) => feeds.url(`/fails/${i}.xml`)),
      // Payloads in the feed URL itself (its query); the host answers 404, so the error names the URL's fate too.
      ...PAYLOADS.slice(200, 210).map((p) => `${feeds.url('/q.xml')}?t=${p}`),
    ];
    for (const u of urls) {
      const added = await gql(server.url, 'mutation ($u: String!) { addFeed(url: $u) { url } }', { u }, AUTH);
      expect(added.errors, u).toBeUndefined();
    }
    for (const u of (await gql<{ feeds: { url: string }[] }>(server.url, '{ feeds { url } }')).data!.feeds)
      await pollAndWait(u.url);

    await page.goto(server.url);
    await page.locator('[data-testid="add-articles-button"]').click();
    await page.locator('[data-testid="api-key"]').fill(KEY);
    await page.locator('[data-testid="feed-list"]').waitFor({ timeout: 60_000 });

    // Files: a payload as the name and in every field of a bad JSONL line (refused: the error names the file and
    // line); Markdown whose front matter is broken around a payload (the YAML error quotes the line); HTML whose
    // only text is a payload.
    const files = [
      ...NAMES.map((name, i) => ({
        name: `${name}.jsonl`,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(`${JSON.stringify({ title: name, publishedAt: PAYLOADS[300 + i], text: name })}\n`),
      })),
      ...PAYLOADS.slice(400, 410).map((p, i) => ({
        name: `front-${i}.md`,
        mimeType: 'text/markdown',
        buffer: Buffer.from(`---\ntitle: ${p}\n  publishedAt: : [${p}\n---\n${p}\n`),
      })),
      ...PAYLOADS.slice(410, 415).map((p, i) => ({
        name: `page-${i}.html`,
        mimeType: 'text/html',
        buffer: Buffer.from(`<!doctype html><title>${p}</title><body>${p}</body>`),
      })),
    ];
    await page.locator('[data-testid="file-input"]').setInputFiles(files);
    const items = page.locator('[data-testid="upload-item"]');
    await expect.poll(() => items.count(), { timeout: 60_000 }).toBe(files.length);
    await expect
      .poll(() => page.locator('[data-testid="upload-item"][data-state="running"]').count(), { timeout: 300_000 })
      .toBe(0);

    // A pasted article with payloads in every field (the URL field: a payload in the query of an http URL).
    await page.locator('[data-testid="paste-title"]').fill(PASTED.title);
    await page.locator('[data-testid="paste-date"]').fill('2026-01-15');
    await page.locator('[data-testid="paste-source"]').fill(PASTED.source);
    await page.locator('[data-testid="paste-url"]').fill(`https://xss.example/a?q=${PAYLOADS[130]}`);
    await page
      .locator('[data-testid="paste-text"]')
      .fill(`Chilean President Gabriel Boric spoke in Lima on Tuesday. ${PASTED.text.join(' ')}`);
    await page.locator('[data-testid="paste-submit"]').click();
    const pasted = page.locator('[data-testid="upload-item"][data-name="pasted-article.json"]');
    await expect.poll(() => pasted.getAttribute('data-state'), { timeout: 180_000 }).not.toBe('running');
    await page.waitForTimeout(400); // handlers of an injected element (onerror, onload, timers) would fire by now

    const report = await panelReport();
    await shot(page, 'add-articles-xss');
    const shown = (list: readonly string[]) => list.filter((p) => report.text.includes(p)).length;
    // The per-file errors echo the file's name (their origin, `name:line`), and whatever else they quote.
    const namesInErrors = NAMES.filter((n) => report.errors.some((e) => e.includes(n))).length;
    const echoed = PAYLOADS.slice(300, 415).filter((p) => report.errors.some((e) => e.includes(p))).length;
    console.log(
      `add-articles xss: ${files.length + 1} uploads, ${REASONS.length + 11} feeds; shown as text: ` +
        `${shown(NAMES)}/${NAMES.length} file names, ${namesInErrors}/${NAMES.length} echoed in their errors, ` +
        `${echoed} file contents quoted in errors, ${report.errors.length} error lines, ` +
        `${shown(REASONS)}/${REASONS.length} feed errors, feed title ${report.text.includes(FEED_TITLE)}, ` +
        `${dialogs.length} dialogs, stray tags [${report.strayTags.join(' ')}], ${report.handlers.length} on* attributes`,
    );
    expect(report.sentinel).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(report.strayTags).toEqual([]);
    expect(report.handlers).toEqual([]);
    expect(report.links).toBe(0);
    // Shown, as text: a view that stopped showing them could not pass as safe.
    expect(shown(NAMES)).toBe(NAMES.length);
    expect(shown(REASONS)).toBe(REASONS.length);
    expect(report.text).toContain(FEED_TITLE);
    expect(namesInErrors).toBe(NAMES.length);
    expect(pageErrors).toEqual([]);
  }, 900_000);
});
