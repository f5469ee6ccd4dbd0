import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb, launchChromium, type Browser, type Page } from '../../packages/web/e2e/browserHarness.ts';
import { useSeededServer } from '../support/server.ts';
import { drawnEdgeIds, ownLoadOver, shot, type CyHandle } from '../support/explorerPage.ts';

// Issue 11 item 7: on a large network the moving time window is drawn on a plain canvas over Cytoscape's
// (packages/web/src/network/motionOverlay.ts) and Cytoscape's classes are applied once the window rests. What the
// user asked to see must then be exactly what Cytoscape draws: the edges with evidence in the final window.

const START = 20089; // 2025-01-01 as a day number

interface MotionReport {
  level: string;
  drawn: number;
  inMotion: boolean;
  overlayShown: boolean;
  layersHidden: boolean;
}

describe('time window in motion on a large network (browser, real stack)', () => {
  const seeded = useSeededServer();
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    await buildWeb();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the moving window on the overlay, then Cytoscape draws exactly the final window', async () => {
    await page.goto(seeded.server.url);
    // The page's own network is not what is measured here (its view is): wait until its first load is over,
    // whatever its outcome, so it cannot replace the data given below.
    await ownLoadOver(page);
    // 400 entities and 2 400 dated connections (past the 1 500 drawn edges of the 'large' style), given straight to
    // the page's view; then 40 window steps in one task — a scrub as fast as the pointer can go.
    const during = await page.evaluate((start): MotionReport => {
      const view = (window as unknown as CyHandle).__newsgraph!.view as any;
      const nodes = Array.from({ length: 400 }, (_, i) => ({
        id: `m${i}`,
        label: `Motion ${i}`,
        kind: (['PERSON', 'COUNTRY', 'ORGANIZATION', 'LOCATION', 'GROUP'] as const)[i % 5],
        activity: 1 + (i % 9),
      }));
      const edges = [];
      for (let i = 0; i < 400; i++)
        for (let k = 1; k <= 6; k++)
          edges.push({
            id: `me${i}-${k}`,
            source: `m${i}`,
            target: `m${(i + k * 37) % 400}`,
            kind: (['EVENT', 'STATEMENT', 'ROLE'] as const)[k % 3],
            weight: 1,
            days: [start + ((i * 31 + k * 97) % 365), start + ((i * 31 + k * 97 + 40) % 365)].sort((a, b) => a - b),
          });
      const positions = new Map(
        nodes.map((n, i) => [
          n.id,
          { x: 900 * Math.cos(i * 0.37) * (0.3 + (i % 7) / 10), y: 600 * Math.sin(i * 0.37) },
        ]),
      );
      view.setPinned([]);
      view.setData({ nodes, edges }, positions);
      view.fitVisible();
      for (let step = 0; step < 40; step++) view.setWindow({ from: start + step * 3, to: start + step * 3 + 29 });
      const overlay = view.cy.container().querySelector('canvas.motion-overlay') as HTMLCanvasElement | null;
      const layers = (view.cy.renderer() as { data: { canvasContainer: HTMLElement } }).data.canvasContainer;
      return {
        level: view.detailLevel,
        drawn: view.drawnEdges.length,
        inMotion: view.inMotion,
        overlayShown: overlay?.style.display === 'block',
        layersHidden: layers.style.visibility === 'hidden',
      };
    }, START);
    expect(during).toEqual({ level: 'large', drawn: 2400, inMotion: true, overlayShown: true, layersHidden: true });

    // The window rests: the view hands the drawing back to Cytoscape (a condition, not a sleep).
    await page.waitForFunction(() => !((window as unknown as CyHandle).__newsgraph!.view as any).inMotion, undefined, {
      timeout: 30_000,
    });
    const after = await page.evaluate(() => {
      const view = (window as unknown as CyHandle).__newsgraph!.view as any;
      const overlay = view.cy.container().querySelector('canvas.motion-overlay') as HTMLCanvasElement;
      const layers = (view.cy.renderer() as { data: { canvasContainer: HTMLElement } }).data.canvasContainer;
      return { overlayShown: overlay.style.display !== 'none', layersHidden: layers.style.visibility === 'hidden' };
    });
    expect(after).toEqual({ overlayShown: false, layersHidden: false });
    // Last window: days START+117 … START+146. Every edge with a day in it is drawn, and no other.
    const from = START + 39 * 3;
    const to = from + 29;
    const expected: string[] = [];
    for (let i = 0; i < 400; i++)
      for (let k = 1; k <= 6; k++) {
        const days = [START + ((i * 31 + k * 97) % 365), START + ((i * 31 + k * 97 + 40) % 365)];
        if (days.some((d) => d >= from && d <= to)) expected.push(`me${i}-${k}`);
      }
    expect(expected.length).toBeGreaterThan(100);
    expect(await drawnEdgeIds(page)).toEqual(expected.sort());
    await shot(page, 'motion-overlay-rested');
    expect(errors).toEqual([]);
  }, 240_000);

  it("draws a large network's first frame on the overlay, then Cytoscape draws every edge", async () => {
    // 3 000 connections among 500 entities arriving at once, no time window: the overlay draws the first frame in
    // setData itself (before Cytoscape has resolved a style), Cytoscape builds behind it and takes over in its own
    // first frame. What it then draws must be all of it — the overlay is a faster first frame, not a smaller one.
    const first = await page.evaluate(() => {
      const view = (window as unknown as CyHandle).__newsgraph!.view as any;
      view.setData({ nodes: [], edges: [] });
      const nodes = Array.from({ length: 500 }, (_, i) => ({
        id: `f${i}`,
        label: `First ${i}`,
        kind: (['PERSON', 'COUNTRY', 'ORGANIZATION'] as const)[i % 3],
        activity: 1 + (i % 5),
      }));
      const edges = [];
      for (let i = 0; i < 500; i++)
        for (let k = 1; k <= 6; k++)
          edges.push({
            id: `fe${i}-${k}`,
            source: `f${i}`,
            target: `f${(i + k * 53) % 500}`,
            kind: (['EVENT', 'STATEMENT', 'ROLE'] as const)[k % 3],
            weight: 1,
            days: [20089 + ((i * 7 + k) % 365)],
          });
      const positions = new Map(nodes.map((n, i) => [n.id, { x: (i % 25) * 60, y: Math.floor(i / 25) * 60 }]));
      view.setWindow(null);
      // Cytoscape draws in animation frames only: a frame counted during setData is the overlay's.
      const framesBefore = view.framesDrawn as number;
      view.setData({ nodes, edges }, positions);
      view.fitVisible();
      const overlay = view.cy.container().querySelector('canvas.motion-overlay') as HTMLCanvasElement | null;
      const layers = (view.cy.renderer() as { data: { canvasContainer: HTMLElement } }).data.canvasContainer;
      return {
        level: view.detailLevel,
        inMotion: view.inMotion,
        overlayShown: overlay?.style.display === 'block',
        layersHidden: layers.style.visibility === 'hidden',
        drawnInSetData: (view.framesDrawn as number) > framesBefore,
        visibleEdges: view.visibleEdgeCount(),
        // The overlay drew from the view's data: Cytoscape receives the elements over the next frames.
        cytoscapeElements: view.cy.elements().length as number,
        zoomedTo: view.cy.zoom((view.cy.zoom() as number) * 1.5).zoom() as number,
      };
    });
    expect(first).toEqual({
      level: 'large',
      inMotion: true,
      overlayShown: true,
      layersHidden: true,
      drawnInSetData: true,
      visibleEdges: 3000,
      cytoscapeElements: 0,
      zoomedTo: expect.any(Number),
    });
    // Zoomed (in the same task as setData, so before Cytoscape holds anything): the overlay, which is what the user
    // sees until the hand-back, follows. Its next frame is drawn before any hand-back (that takes a timer and a frame
    // after the last slice), and every later overlay frame is drawn at the same zoom.
    const followed = await page.evaluate(async (wanted) => {
      // One frame: the overlay's redraw was asked for before this one, so it has run by then.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return Math.abs(((window as unknown as CyHandle).__newsgraph!.view as any).overlay.drawnZoom - wanted) < 1e-9;
    }, first.zoomedTo);
    expect(followed).toBe(true);
    await page.waitForFunction(() => !((window as unknown as CyHandle).__newsgraph!.view as any).inMotion, undefined, {
      timeout: 60_000,
    });
    const after = await page.evaluate(() => {
      const view = (window as unknown as CyHandle).__newsgraph!.view as any;
      const overlay = view.cy.container().querySelector('canvas.motion-overlay') as HTMLCanvasElement;
      const layers = (view.cy.renderer() as { data: { canvasContainer: HTMLElement } }).data.canvasContainer;
      const node = view.cy.getElementById('f37');
      return {
        overlayShown: overlay.style.display !== 'none',
        layersHidden: layers.style.visibility === 'hidden',
        cytoscapeNodes: view.cy.nodes().length as number,
        cytoscapeEdges: view.cy.edges().length as number,
        // Where setData was told to put it (the overlay drew it there first).
        position: { ...node.position() } as { x: number; y: number },
      };
    });
    expect(after).toEqual({
      overlayShown: false,
      layersHidden: false,
      cytoscapeNodes: 500,
      cytoscapeEdges: 3000,
      position: { x: 12 * 60, y: 60 },
    });
    const expected: string[] = [];
    for (let i = 0; i < 500; i++) for (let k = 1; k <= 6; k++) expected.push(`fe${i}-${k}`);
    expect(await drawnEdgeIds(page)).toEqual(expected.sort());
    await shot(page, 'motion-overlay-first-frame-rested');
    expect(errors).toEqual([]);
  }, 240_000);
});
