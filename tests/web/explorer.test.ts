import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../packages/web/e2e/browserHarness.ts';
import { useSeededServer } from '../support/server.ts';
import { isDrawn, networkReady, shot, type CyHandle } from '../support/explorerPage.ts';
import { useBrowserPage } from '../support/openBrowserPage.ts';

// The explorer in Debian's Chromium against the real stack: Neo4j with seed/ ingested, the real API server
// serving a fresh build of packages/web. Screenshots go to tests/artifacts/ (git-ignored) to be looked at.

const CALL = 'EVENT:person:marco-rubio->person:juan-ramon-de-la-fuente';

describe('explorer page (browser, real stack)', () => {
  const seeded = useSeededServer();
  // After the server's hooks: opened once it serves, closed before it stops.
  const web = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = web.page;
  });

  it('loads the network with a legend, a time bar and the graph overview', async () => {
    await page.goto(seeded.server.url);
    await networkReady(page);
    await expect.poll(() => page.locator('[data-testid="overview"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="filters"]').innerText()).toMatch(
      /Person[\s\S]*Country[\s\S]*Organisation/,
    );
    // The timeline is its own request, not part of the network's \`ready\` (with the API's admission queue it can
    // answer after the network has been drawn): wait for its bars.
    await expect.poll(() => page.locator('[data-testid="timebar"] .bar').count()).toBeGreaterThan(0);
    expect(await isDrawn(page, CALL)).toBe(true);
    await shot(page, 'explorer-overview');
    expect(web.errors).toEqual([]);
  });

  it('search "Sheinbaum" → her statement history, in date order, direct and reported told apart', async () => {
    await page.locator('[data-testid="search"] input').first().fill('Sheinbaum');
    const option = page.locator('.search-list [role="option"]').first();
    await option.waitFor();
    expect(await option.innerText()).toMatch(/Claudia Sheinbaum[\s\S]*Person/i);
    await option.click();
    await page.locator('[data-testid="entity-panel"]').waitFor();
    expect(page.url()).toContain('sel=person%3Aclaudia-sheinbaum');
    await networkReady(page);
    await shot(page, 'explorer-entity-sheinbaum');

    await page.locator('[data-testid="open-statements"]').click();
    const cards = page.locator('[data-testid="statement-history"] [data-testid="statement-card"]');
    await cards.first().waitFor();
    const dates = await cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-date') ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    const text = await page.locator('[data-testid="statement-history"]').innerText();
    expect(text).toMatch(/Direct quote/);
    expect(text).toMatch(/Reported speech/);
    expect(text).toMatch(/There are very compelling results/);
    await shot(page, 'statement-history-sheinbaum');
  });

  it('narrowing the time window so the Rubio–de la Fuente call (8 Jan) falls outside hides that edge', async () => {
    await page.locator('[data-testid="tab-network"]').click();
    await networkReady(page);
    expect(await isDrawn(page, CALL)).toBe(true);

    // Drag a window over 9–10 January on the time bar, as a user would.
    const svg = page.locator('[data-testid="timebar-svg"]');
    const box = (await svg.boundingBox())!;
    const [d0, d1] = await svg.evaluate((el) => [
      Number(el.getAttribute('data-day-from')),
      Number(el.getAttribute('data-day-to')),
    ]);
    const jan9 = Date.UTC(2026, 0, 9) / 86_400_000;
    const xOf = (day: number): number => box.x + ((day - d0) / (d1 - d0)) * box.width;
    await page.mouse.move(xOf(jan9) + 2, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(xOf(jan9 + 1) - 2, box.y + 30, { steps: 5 });
    await page.mouse.up();
    // Wait for the drag's final window (pointer moves may render after the pointer-up), then read the page:
    // the URL, the label and the drawing change in one commit.
    await expect.poll(() => page.url()).toMatch(/win=2026-01-09\.\.2026-01-10(&|$)/);
    expect(await page.locator('[data-testid="window-label"]').innerText()).toBe('9 Jan 2026 – 10 Jan 2026');
    expect(await isDrawn(page, CALL)).toBe(false);
    await shot(page, 'explorer-window-after-call');

    // Widening it back to include 8 January brings the edge back without reloading anything.
    await page.goto(`${seeded.server.url}/?win=2026-01-08..2026-01-09`);
    await networkReady(page);
    expect(await isDrawn(page, CALL)).toBe(true);
  });

  it('double-click expands a node: its neighbours are loaded and placed, the URL records it', async () => {
    await page.goto(seeded.server.url);
    await networkReady(page);
    const target = await page.evaluate(() => {
      const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
      const node = cy.getElementById('person:marco-rubio');
      const p = node.renderedPosition();
      const rect = cy.container().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y, before: cy.nodes().length };
    });
    await page.mouse.dblclick(target.x, target.y);
    await expect.poll(() => page.url()).toContain('exp=person%3Amarco-rubio');
    await networkReady(page);
    const after = await page.evaluate(() => {
      const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
      const shown = (e: any): boolean => !e.hasClass('off') && !e.hasClass('ghost');
      const node = cy.getElementById('person:marco-rubio');
      // Neighbours over the connections drawn by default (co-mentions are off until the filter turns them on).
      const neighbours = node.connectedEdges().filter(shown).connectedNodes().not(node);
      return { count: cy.nodes().length, neighbours: neighbours.length, allVisible: neighbours.every(shown) };
    });
    expect(after.count).toBeGreaterThanOrEqual(target.before);
    expect(after.neighbours).toBeGreaterThan(0);
    expect(after.allVisible).toBe(true);
    await page.locator('[data-testid="entity-panel"]').waitFor();
    expect(await page.locator('[data-testid="entity-panel"] h2').innerText()).toMatch(/Rubio/);
  });

  it('clicking an edge opens its evidence with both names highlighted; the article opens as text', async () => {
    await page.goto(seeded.server.url);
    await networkReady(page);
    const mid = await page.evaluate((id) => {
      const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
      const e = cy.getElementById(id);
      cy.fit(e.connectedNodes(), 200);
      const p = e.renderedMidpoint();
      const rect = cy.container().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, CALL);
    // No wait needed after the fit: Cytoscape hit-tests against the model, not the last drawn frame.
    await page.mouse.click(mid.x, mid.y);
    const panel = page.locator('[data-testid="edge-panel"]');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toMatch(/Marco Rubio/);
    expect(text).toMatch(/Juan Ramón de la Fuente/);
    expect(text).toMatch(/Thursday night/);
    const marks = await panel.locator('mark').allInnerTexts();
    expect(marks.some((m) => /Rubio/.test(m))).toBe(true);
    expect(marks.some((m) => /de la Fuente/.test(m))).toBe(true);
    await shot(page, 'explorer-edge-evidence');

    await panel.locator('.evidence footer button.link').first().click();
    const reader = page.locator('[data-testid="article-reader"]');
    await reader.locator('[data-testid="article-text"]').waitFor();
    // The body comes a paragraph (p.article-chunk) at a time; inside a paragraph, only text, marks and spans.
    const chunkTags = await reader
      .locator('[data-testid="article-text"] > *')
      .evaluateAll((els) => [
        ...new Set(els.map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`)),
      ]);
    expect(chunkTags).toEqual(['p.article-chunk']);
    const tags = await reader
      .locator('[data-testid="article-chunk"] *')
      .evaluateAll((els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
    expect(tags.every((t) => t === 'mark' || t === 'span')).toBe(true);
    expect(await reader.locator('[data-testid="article-text"] mark').count()).toBeGreaterThan(5);
    expect(page.url()).toContain('article=');
    await shot(page, 'article-reader');
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });
    expect(web.errors).toEqual([]);
  });
});
