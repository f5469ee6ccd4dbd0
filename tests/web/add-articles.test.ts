import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '@newsgraph/ingest';
import type { Page } from '../../packages/web/e2e/browserHarness.ts';
import { useSeededServer } from '../support/server.ts';
import { ARTIFACTS, networkReady, shot, type CyHandle } from '../support/explorerPage.ts';
import { useBrowserPage } from '../support/openBrowserPage.ts';

// "Add articles" in Debian's Chromium against the real stack (Neo4j with seed/ ingested, the real server): files
// and a pasted article go in from the page and their entities appear in the network without a reload; a bad
// file in the same drop shows its error while the good ones are added; a write straight into Neo4j (as
// `pnpm ingest` into the running start does) reaches the page through the live-update stream.

/** An article title that would run script if the notice injected it as HTML. */
const XSS_TITLE = 'Sweden joins Arctic patrols <img src=x onerror="window.__xss=1;alert(1)">';

const DOCS_SHOT = resolve(import.meta.dirname, '../../docs/screenshots/add-articles.png');

const GOOD_MD = `---
title: Norway and Finland agree on Arctic patrols
publishedAt: 2026-01-12
source: Nordic Wire
url: https://example.org/norway-finland-arctic
---
Norwegian Prime Minister Jonas Gahr Støre met Finnish President Alexander Stubb in Oslo on Monday. The two leaders agreed to hold joint Arctic patrols, Støre said.
`;
const GOOD_TXT = `Iceland hosts Baltic ministers

Icelandic Foreign Minister Thorgerdur Katrin Gunnarsdottir hosted Estonian Foreign Minister Margus Tsahkna in Reykjavik on Tuesday to discuss undersea cable security.
`;
const BAD_JSONL = `{"title": "Broken date", "publishedAt": "2026-01-010", "text": "Latvia and Lithuania met."}\n`;

/** Node id → position of every node drawn now. */
function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
    const out: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n: any) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });
}

/** Node labels loaded in the network. */
function labels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as CyHandle).__newsgraph!.view.cy.nodes().map((n: any) => String(n.data('label'))),
  );
}

/** Articles counted by the time bar's histogram (each bar's title says how many). */
async function histogramArticles(page: Page): Promise<number> {
  const titles = await page.locator('[data-testid="timebar"] .bar title').allTextContents();
  return titles.reduce((sum, t) => sum + Number(/(\d+) articles?\b/.exec(t)?.[1] ?? 0), 0);
}

const overviewArticles = async (page: Page) =>
  Number(await page.locator('[data-testid="overview"] .stat-value').first().innerText());

describe('Add articles panel (browser, real stack)', () => {
  // A generous request limit: this machine is shared, and a 15 s network read under load would fail the page, not the panel.
  const seeded = useSeededServer({ config: { livePollMs: 500, queryTimeoutMs: 60_000 } });
  const dir = mkdtempSync(join(tmpdir(), 'add-articles-'));

  beforeAll(() => {
    writeFileSync(join(dir, 'norway-finland.md'), GOOD_MD);
    writeFileSync(join(dir, 'iceland.txt'), GOOD_TXT);
    writeFileSync(join(dir, 'broken.jsonl'), BAD_JSONL);
  });

  // After the server's hooks: opened once it serves, closed before it stops.
  const web = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = web.page;
  });

  it('adds dropped files and a pasted article; the bad file shows its error, the good ones go in, and their entities join the view without moving placed nodes', async () => {
    await page.goto(seeded.server.url);
    await networkReady(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="timebar"] .bar').length > 0);
    const articlesBefore = await overviewArticles(page);
    const histogramBefore = await histogramArticles(page);
    expect(await labels(page)).not.toContain('Jonas Gahr Støre');

    await page.locator('[data-testid="add-articles-button"]').click();
    await page
      .locator('[data-testid="file-input"]')
      .setInputFiles([join(dir, 'norway-finland.md'), join(dir, 'broken.jsonl'), join(dir, 'iceland.txt')]);
    const item = (name: string) => page.locator(`[data-testid="upload-item"][data-name="${name}"]`);
    await expect.poll(() => item('broken.jsonl').getAttribute('data-state'), { timeout: 60_000 }).toBe('failed');
    expect(await item('broken.jsonl').innerText()).toMatch(
      /nothing written[\s\S]*INVALID_ARTICLE[\s\S]*broken\.jsonl:1[\s\S]*publishedAt/,
    );
    await expect.poll(() => item('norway-finland.md').getAttribute('data-state'), { timeout: 90_000 }).toBe('done');
    await expect.poll(() => item('iceland.txt').getAttribute('data-state'), { timeout: 90_000 }).toBe('done');
    expect(await item('norway-finland.md').innerText()).toMatch(/1 new · \d+ entities/);

    await page.locator('[data-testid="paste-title"]').fill('Denmark pledges aid to Greenland');
    await page.locator('[data-testid="paste-date"]').fill('2026-01-13');
    await page.locator('[data-testid="paste-source"]').fill('Copenhagen Post');
    await page.locator('[data-testid="paste-url"]').fill('https://example.org/denmark-greenland');
    await page
      .locator('[data-testid="paste-text"]')
      .fill(
        'Danish Prime Minister Mette Frederiksen pledged new aid to Greenland on Tuesday after meeting Greenlandic Premier Jens-Frederik Nielsen in Nuuk.',
      );
    await page.locator('[data-testid="paste-submit"]').click();
    await expect.poll(() => item('pasted-article.json').getAttribute('data-state'), { timeout: 90_000 }).toBe('done');
    mkdirSync(ARTIFACTS, { recursive: true });
    await shot(page, 'add-articles');
    copyFileSync(join(ARTIFACTS, 'add-articles.png'), DOCS_SHOT);

    // The live update: a notice for the three new articles; the counts and the histogram grew without a reload.
    const notice = page.locator('[data-testid="live-notice"]');
    await expect.poll(() => notice.getAttribute('data-count'), { timeout: 30_000 }).toBe('3');
    await expect.poll(() => overviewArticles(page)).toBe(articlesBefore + 3);
    await expect.poll(() => histogramArticles(page)).toBe(histogramBefore + 3);

    await page.locator('.add-panel [aria-label="Close"]').click();
    await networkReady(page);
    const placed = await positions(page);
    await page.locator('[data-testid="live-bring"]').click();
    await networkReady(page);
    const after = await labels(page);
    expect(after).toEqual(expect.arrayContaining(['Jonas Gahr Støre', 'Mette Frederiksen']));
    const now = await positions(page);
    const moved = Object.entries(placed)
      .filter(([id, p]) => now[id] && (now[id].x !== p.x || now[id].y !== p.y))
      .map(([id]) => id);
    expect(moved).toEqual([]);
    expect(await notice.count()).toBe(0);
    await shot(page, 'add-articles-in-view');
    expect(web.errors).toEqual([]);
  });

  it('a write straight into Neo4j (pnpm ingest into the running start) reaches the open page, its title shown as text', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const cli = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(
      join(cli, 'sweden.md'),
      GOOD_MD.replace('title: Norway and Finland agree on Arctic patrols', `title: '${XSS_TITLE}'`)
        .replace('norway-finland-arctic', 'sweden-arctic')
        .replace(
          'Norwegian Prime Minister Jonas Gahr Støre met Finnish President Alexander Stubb in Oslo',
          'Swedish Prime Minister Ulf Kristersson met Finnish President Alexander Stubb in Stockholm',
        ),
    );
    const summary = await ingestPaths(seeded.graph, [cli], { workers: 0 });
    expect(summary.articles.new).toBe(1);
    const notice = page.locator('[data-testid="live-notice"]');
    await expect
      .poll(() => notice.innerText().catch(() => ''), { timeout: 30_000 })
      .toContain(`1 new article: ${XSS_TITLE}`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await notice.locator('img, script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(web.errors).toEqual([]);
  });
});
