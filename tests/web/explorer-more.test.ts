import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../packages/web/e2e/browserHarness.ts';
import { useSeededServer } from '../support/server.ts';
import { drawnEdgeIds, networkReady, shot, type CyHandle } from '../support/explorerPage.ts';
import { useBrowserPage } from '../support/openBrowserPage.ts';

// The explorer's remaining features in Debian's Chromium over the real stack (seed/ ingested): the dyad view,
// the shortest-path panel, time-bar playback, CSV / PNG / JSON export and the shareable URL.

const SHEINBAUM = 'person:claudia-sheinbaum';

/** Id of the drawn node whose label matches, and where it is on screen (after bringing it into view). */
async function nodeOnScreen(page: Page, label: RegExp): Promise<{ id: string; x: number; y: number }> {
  const found = await page.evaluate((source) => {
    const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
    const re = new RegExp(source);
    const drawn = (n: any): boolean => !n.hasClass('off') && !n.hasClass('ghost');
    const node = cy.nodes().filter((n: any) => drawn(n) && re.test(String(n.data('label') ?? n.id())))[0];
    if (!node) return null;
    return node.id() as string;
  }, label.source);
  if (!found) throw new Error(`no visible node labelled ${label}`);
  return { id: found, ...(await screenPoint(page, found)) };
}

async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
    const p = cy.getElementById(nodeId).renderedPosition();
    const rect = cy.container().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('explorer page, more features (browser, real stack)', () => {
  const seeded = useSeededServer();
  const web = useBrowserPage({ acceptDownloads: true });
  let page: Page;
  beforeAll(() => {
    page = web.page;
  });

  it('dyad Trump ↔ Mexico: one conflict bar, in the week of 5 Jan 2026, and it lists the THREATEN event', async () => {
    await page.goto(`${seeded.server.url}/?view=dyad&dyad=person%3Adonald-trump,country%3AMX`);
    const view = page.locator('[data-testid="dyad-view"]');
    // Wait for the chart or for what the page says instead (an error, "no events"), so a failure names its cause
    // rather than timing out on a chart that will never come.
    await view.locator('.dyad-bar, .state-error, .state-empty').first().waitFor({ timeout: 20_000 });
    expect(await view.locator('.state-error, .state-empty').allInnerTexts()).toEqual([]);
    expect(await view.locator('h2').innerText()).toMatch(/Donald Trump ↔ Mexico/);
    // The pickers show the charted pair (a shared link may pair a person with a country).
    await expect.poll(() => view.locator('.state-loading').count(), { timeout: 15_000 }).toBe(0);
    expect(
      await view.getByLabel('Entity A').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).toBe('Donald Trump (person)');
    expect(
      await view.getByLabel('Entity B').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).toBe('Mexico (country)');
    const labels = await view
      .locator('.dyad-bar')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
    const withConflict = labels.filter((l) => !/, 0 conflict$/.test(l));
    expect(withConflict).toHaveLength(1);
    expect(withConflict[0]).toMatch(/^Week of 2026-01-05: \d+ cooperation, 1 conflict$/);
    // The conflict bar is drawn with a height (orange, below the axis).
    const bar = view.locator('.dyad-bar', { has: page.locator('title', { hasText: 'Week of 2026-01-05' }) });
    expect(Number(await bar.locator('rect.conflict').getAttribute('height'))).toBeGreaterThan(0);

    await bar.locator('rect.hit').click();
    const section = view.locator('section');
    await section.locator('h3').waitFor();
    // textContent: the heading is upper-cased by CSS.
    expect(await section.locator('h3').textContent()).toBe('Week of 5 Jan 2026 — 1 event');
    const cards = section.locator('[data-testid="event-card"]');
    const texts = await cards.allInnerTexts();
    const threat = texts.filter((t) => /threat/i.test(t));
    expect(threat).toHaveLength(1);
    expect(threat[0]).toMatch(/Donald Trump|Trump/);
    expect(threat[0]).toMatch(/Mexico/);
    expect(threat[0]).toMatch(/threatened/i);
    await shot(page, 'explorer-dyad-trump-mexico');
    expect(web.errors).toEqual([]);
  });

  it('shift-clicking a second entity opens the shortest path Sheinbaum → Maduro with its steps', async () => {
    await page.goto(seeded.server.url);
    await networkReady(page);
    const from = await nodeOnScreen(page, /Sheinbaum/);
    expect(from.id).toBe(SHEINBAUM);
    await page.mouse.click(from.x, from.y);
    await page.locator('[data-testid="entity-panel"]').waitFor();
    const to = await nodeOnScreen(page, /Maduro/);
    const p = await screenPoint(page, to.id);
    await page.keyboard.down('Shift');
    await page.mouse.click(p.x, p.y);
    await page.keyboard.up('Shift');

    const panel = page.locator('[data-testid="path-panel"]');
    await panel.waitFor({ timeout: 20_000 });
    expect(page.url()).toContain(`sel=${encodeURIComponent(`${SHEINBAUM},${to.id}`)}`);
    const heading = await panel.locator('h2').innerText();
    const stepCount = Number(/^(\d+) step/.exec(heading)?.[1]);
    expect(stepCount).toBeGreaterThanOrEqual(1);
    const steps = panel.locator('ol.path-steps > li');
    expect(await steps.count()).toBe(stepCount);
    // The steps chain from Sheinbaum to Maduro, each with at least one connection and its evidence button.
    const chain = await steps.evaluateAll((lis) =>
      lis.map((li) =>
        [...li.querySelectorAll('.fact-actors > *')]
          .map((c) => (c as HTMLElement).innerText.trim())
          .filter((t) => t && t !== '→'),
      ),
    );
    expect(chain[0]![0]).toMatch(/Sheinbaum/);
    expect(chain[chain.length - 1]!.at(-1)).toMatch(/Maduro/);
    for (let i = 0; i + 1 < chain.length; i++) expect(chain[i]!.at(-1)).toBe(chain[i + 1]![0]);
    for (let i = 0; i < stepCount; i++) {
      expect(await steps.nth(i).locator('.step-edges li').count()).toBeGreaterThan(0);
      expect(await steps.nth(i).getByRole('button', { name: 'Evidence' }).count()).toBe(1);
    }
    // The canvas draws the path: both ends and every intermediate node carry the path class.
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as CyHandle).__newsgraph!.view.cy.nodes('.path').map((n: any) => n.id() as string),
        ),
      )
      .toEqual(expect.arrayContaining([SHEINBAUM, to.id]));
    const pathNodes = await page.evaluate(
      () => (window as unknown as CyHandle).__newsgraph!.view.cy.nodes('.path').length as number,
    );
    expect(pathNodes).toBe(stepCount + 1);
    await shot(page, 'explorer-path-sheinbaum-maduro');

    // A step's Evidence button opens that edge's evidence.
    await steps.first().getByRole('button', { name: 'Evidence' }).click();
    await page.locator('[data-testid="edge-panel"]').waitFor();
    expect(await page.locator('[data-testid="edge-panel"]').innerText()).toMatch(/Sheinbaum/);
    expect(web.errors).toEqual([]);
  });

  it('playback slides the window a day at a time, keeping its width, and pause stops it', async () => {
    await page.goto(`${seeded.server.url}/?win=2026-01-03..2026-01-05`);
    await networkReady(page);
    expect(await page.locator('[data-testid="window-label"]').innerText()).toMatch(/3 Jan 2026 – 5 Jan 2026/);
    await page.locator('[data-testid="play"]').click();
    expect(await page.locator('[data-testid="play"]').getAttribute('aria-label')).toBe('Pause');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/win=2026-01-0[5-9]\.\.2026-01-(0[7-9]|1\d)/);
    await page.locator('[data-testid="play"]').click();
    expect(await page.locator('[data-testid="play"]').getAttribute('aria-label')).toBe('Play');
    const paused = new URL(page.url()).searchParams.get('win')!;
    const [a, b] = paused.split('..').map((d) => Date.parse(`${d}T00:00:00Z`) / 86_400_000);
    expect(b! - a!).toBe(2);
    await page.waitForTimeout(1200);
    expect(new URL(page.url()).searchParams.get('win')).toBe(paused);
    // The brush and the label follow the window.
    expect(await page.locator('[data-testid="window-label"]').innerText()).not.toMatch(/^3 Jan/);
    expect(await page.locator('[data-testid="brush-window"]').count()).toBe(1);
    await shot(page, 'explorer-playback-paused');
    expect(web.errors).toEqual([]);
  });

  it("exports Sheinbaum's statement history as CSV: a header, then her statements in date order", async () => {
    await page.goto(`${seeded.server.url}/?view=statements&speaker=${encodeURIComponent(SHEINBAUM)}`);
    const cards = page.locator('[data-testid="statement-history"] [data-testid="statement-card"]');
    await cards.first().waitFor({ timeout: 20_000 });
    const shown = await cards.count();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('statements-claudia-sheinbaum.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'date',
      'date_text',
      'speaker',
      'kind',
      'verb',
      'statement',
      'about',
      'sentence',
      'article_title',
      'outlet',
      'url',
      'published',
      'outlets',
    ]);
    const body = rows.slice(1);
    expect(body).toHaveLength(shown);
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (const r of body) {
      expect(r).toHaveLength(13);
      expect(r[2]).toMatch(/Claudia Sheinbaum/);
      expect(['direct', 'indirect']).toContain(r[3]);
    }
    const dates = body.map((r) => r[0]!).filter(Boolean);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
    expect(body.some((r) => r[3] === 'direct' && /There are very compelling results/.test(r[5]!))).toBe(true);
    expect(body.some((r) => r[3] === 'indirect')).toBe(true);
    expect(web.errors).toEqual([]);
  });

  it('exports the network view as a PNG image', async () => {
    await page.goto(`${seeded.server.url}/?win=2026-01-08..2026-01-09`);
    await networkReady(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-png"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('newsgraph-2026-01-08_2026-01-09.png');
    const png = readFileSync(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: a real picture, not an empty 0×0 canvas.
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBeGreaterThan(100);
    expect(png.readUInt32BE(20)).toBeGreaterThan(100);
    expect(web.errors).toEqual([]);
  });

  it('exports the view as JSON: the visible nodes and edges, the window and the selection', async () => {
    await page.goto(`${seeded.server.url}/?sel=${encodeURIComponent(SHEINBAUM)}&win=2026-01-08..2026-01-09`);
    await networkReady(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-json"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('newsgraph-view.json');
    const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(json.window).toEqual({ from: '2026-01-08', to: '2026-01-09' });
    expect(json.selected).toEqual([SHEINBAUM]);
    expect(json.timeAxis).toBe('EVENT');
    const visible = await drawnEdgeIds(page);
    expect(json.edges.map((e: { id: string }) => e.id).sort()).toEqual(visible);
    expect(json.edges.length).toBeGreaterThan(0);
    for (const e of json.edges) for (const d of e.dates) expect(d >= '2026-01-08' && d <= '2026-01-09').toBe(true);
    const ids = new Set(json.nodes.map((n: { id: string }) => n.id));
    for (const e of json.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(json.nodes.every((n: { x: number; y: number }) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(web.errors).toEqual([]);
  });

  it('reloading a shared URL restores the selection, the window and the filters', async () => {
    await page.goto(seeded.server.url);
    await networkReady(page);
    // Build a view by hand: select Sheinbaum, switch off the Organisation kind, narrow the window by dragging.
    const s = await nodeOnScreen(page, /Sheinbaum/);
    await page.mouse.click(s.x, s.y);
    await page.locator('[data-testid="entity-panel"]').waitFor();
    await page.locator('[data-testid="filters"] label', { hasText: 'Organisation' }).locator('input').uncheck();
    const svg = page.locator('[data-testid="timebar-svg"]');
    const box = (await svg.boundingBox())!;
    const [d0, d1] = await svg.evaluate((el) => [
      Number(el.getAttribute('data-day-from')),
      Number(el.getAttribute('data-day-to')),
    ]);
    const jan6 = Date.UTC(2026, 0, 6) / 86_400_000;
    const xOf = (day: number): number => box.x + ((day - d0) / (d1 - d0)) * box.width;
    await page.mouse.move(xOf(jan6) + 2, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(xOf(jan6 + 3) - 2, box.y + 30, { steps: 5 });
    await page.mouse.up();
    // The drag's last position (3 days right of 6 Jan, less 4 px) rounds to 9 Jan. Wait for that final window,
    // not the first URL starting on 6 Jan: pointer moves render after the pointer-up, so earlier windows show first.
    await expect.poll(() => page.url()).toMatch(/win=2026-01-06\.\.2026-01-09(&|$)/);
    const shared = page.url();
    expect(shared).toContain(`sel=${encodeURIComponent(SHEINBAUM)}`);
    expect(shared).toMatch(/kinds=/);
    const before = {
      label: await page.locator('[data-testid="window-label"]').innerText(),
      panel: await page.locator('[data-testid="entity-panel"] h2').innerText(),
      edges: await drawnEdgeIds(page),
      orgChecked: await page
        .locator('[data-testid="filters"] label', { hasText: 'Organisation' })
        .locator('input')
        .isChecked(),
    };
    expect(before.orgChecked).toBe(false);
    // One kind switched off is one active filter.
    expect(await page.locator('[data-testid="filters"] .filters-head button').innerText()).toBe('Reset 1');
    await shot(page, 'explorer-shared-before');

    // A fresh tab opening the shared link sees the same view.
    const other = await page.context().newPage();
    await other.setViewportSize({ width: 1600, height: 960 });
    other.on('pageerror', (e) => web.errors.push(e.message));
    await other.goto(shared);
    await networkReady(other);
    await other.locator('[data-testid="entity-panel"]').waitFor();
    expect(other.url()).toBe(shared);
    expect(await other.locator('[data-testid="window-label"]').innerText()).toBe(before.label);
    expect(await other.locator('[data-testid="entity-panel"] h2').innerText()).toBe(before.panel);
    expect(
      await other.locator('[data-testid="filters"] label', { hasText: 'Organisation' }).locator('input').isChecked(),
    ).toBe(false);
    expect(await other.locator('[data-testid="filters"] .filters-head button').innerText()).toBe('Reset 1');
    expect(await drawnEdgeIds(other)).toEqual(before.edges);
    const selected = await other.evaluate(() =>
      (window as unknown as CyHandle).__newsgraph!.view.cy.nodes('.selected').map((n: any) => n.id() as string),
    );
    expect(selected).toEqual([SHEINBAUM]);
    await shot(other, 'explorer-shared-after-reload');
    await other.close();

    // And a plain reload of the same tab, too.
    await page.reload();
    await networkReady(page);
    expect(page.url()).toBe(shared);
    expect(await page.locator('[data-testid="window-label"]').innerText()).toBe(before.label);
    expect(await drawnEdgeIds(page)).toEqual(before.edges);
    expect(web.errors).toEqual([]);
  });
});
