import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { buildWeb, launchChromium, type Browser, type Page } from '../../packages/web/e2e/browserHarness.ts';
import { seedTestGraph, startTestServer, type TestServer } from '../support/server.ts';
import { networkReady, shot, type CyHandle } from '../support/explorerPage.ts';

// Node labels are a level of detail chosen by the view (packages/web/src/network/labelBudget.ts): the selected,
// hovered and searched nodes and the most connected visible ones, more as one zooms in, never overlapping, never
// cut by the canvas edge. Issue 11: after "Expand neighbours" every label used to vanish, and zoom did not bring
// them back (the cheap style for large graphs set every label to '').

interface LabelReport {
  count: number;
  ids: string[];
  /** Pairs of drawn labels whose boxes overlap (on screen). */
  overlaps: number;
  /** Drawn labels whose box crosses the canvas edge. */
  clipped: number;
  zoom: number;
}

/** The labels drawn now, measured on screen from Cytoscape's own label bounding boxes. */
function labelReport(page: Page): Promise<LabelReport> {
  return page.evaluate(() => {
    const view = (window as unknown as CyHandle).__newsgraph!.view as any;
    const cy = view.cy;
    const nodes = cy.nodes('.lbl').filter((n: any) => !n.hasClass('off') && !n.hasClass('ghost') && n.style('label') !== '');
    const boxes = nodes.map((n: any) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        // 1 px tolerance for the outline Cytoscape adds around the text.
        if (a.x1 + 1 < b.x2 && b.x1 + 1 < a.x2 && a.y1 + 1 < b.y2 && b.y1 + 1 < a.y2) overlaps++;
      }
    const w = cy.width();
    const h = cy.height();
    const clipped = boxes.filter((b: any) => b.x1 < -1 || b.y1 < -1 || b.x2 > w + 1 || b.y2 > h + 1).length;
    return { count: nodes.length, ids: nodes.map((n: any) => n.id()), overlaps, clipped, zoom: cy.zoom() };
  });
}

/** Labels are chosen on the frame after a change: wait until the view's pass has run for the current state. */
async function labelsSettled(page: Page): Promise<LabelReport> {
  await networkReady(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForFunction(() => !((window as unknown as CyHandle).__newsgraph!.view as any).labelsPending);
  return labelReport(page);
}

describe('node labels (browser, real stack)', () => {
  let graph: GraphConnection;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    await buildWeb();
    graph = await seedTestGraph();
    server = await startTestServer({ graph });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  it('on first load some labels are drawn — not all-or-nothing — without overlap or clipping', async () => {
    await page.goto(server.url);
    const first = await labelsSettled(page);
    expect(first.count).toBeGreaterThan(0);
    expect(first.overlaps).toBe(0);
    expect(first.clipped).toBe(0);
    await shot(page, 'labels-first-load');
    expect(errors).toEqual([]);
  });

  it('after "Expand neighbours" the expanded node and its neighbours are labelled, and zooming keeps (and adds) labels', async () => {
    const target = await page.evaluate(() => {
      const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
      const node = cy.getElementById('person:marco-rubio');
      const p = node.renderedPosition();
      const rect = cy.container().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    await page.mouse.dblclick(target.x, target.y);
    await expect.poll(() => page.url()).toContain('exp=person%3Amarco-rubio');
    const expanded = await labelsSettled(page);
    expect(expanded.ids).toContain('person:marco-rubio');
    expect(expanded.count).toBeGreaterThan(1);
    expect(expanded.overlaps).toBe(0);
    expect(expanded.clipped).toBe(0);
    await shot(page, 'labels-after-expand');

    // Zoom out far, then in on the expanded node, as a wheel would.
    await page.evaluate(() => {
      const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
      cy.zoom({ level: cy.minZoom() * 2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    const out = await labelsSettled(page);
    expect(out.count).toBeGreaterThan(0);
    expect(out.ids).toContain('person:marco-rubio');
    expect(out.overlaps).toBe(0);
    expect(out.clipped).toBe(0);

    await page.evaluate(() => {
      const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
      cy.fit(undefined, 40);
    });
    const fitted = await labelsSettled(page);
    expect(fitted.count).toBeGreaterThanOrEqual(out.count);
    await page.evaluate(() => {
      const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
      const node = cy.getElementById('person:marco-rubio');
      cy.zoom({ level: Math.min(cy.maxZoom(), cy.zoom() * 2.5), renderedPosition: node.renderedPosition() });
    });
    const zoomedIn = await labelsSettled(page);
    expect(zoomedIn.count).toBeGreaterThan(0);
    expect(zoomedIn.ids).toContain('person:marco-rubio');
    expect(zoomedIn.overlaps).toBe(0);
    expect(zoomedIn.clipped).toBe(0);
    await shot(page, 'labels-after-expand-zoomed-in');
    expect(errors).toEqual([]);
  });
});
