import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb, launchChromium, type Browser, type Page } from '../../packages/web/e2e/browserHarness.ts';
import { useSeededServer } from '../support/server.ts';
import { ownLoadOver, shot } from '../support/explorerPage.ts';

// Issue 11 items 2 and 7: the page's own first load of a large network. It has no positions, so fcose must run —
// in a Web Worker (`NetworkView.arrange`, as `NetworkCanvas` calls it), while the overlay draws a provisional
// placement at once; a newer setData cancels the run; and nodes answer hover and click on the overlay before
// Cytoscape takes over.

/** 500 entities, 6 connections each to distinct partners (3 000 drawn edges: a 'large' network, 3 500 elements). */
function network(prefix: string, stride: number) {
  const nodes = Array.from({ length: 500 }, (_, i) => ({
    id: `${prefix}${i}`,
    label: `Entity ${prefix}${i}`,
    kind: (['PERSON', 'COUNTRY', 'ORGANIZATION'] as const)[i % 3],
    activity: 1 + (i % 5),
  }));
  const edges = [];
  for (let i = 0; i < 500; i++)
    for (let k = 1; k <= 6; k++)
      edges.push({
        id: `${prefix}e${i}-${k}`,
        source: `${prefix}${i}`,
        target: `${prefix}${(i + k * stride) % 500}`,
        kind: (['EVENT', 'STATEMENT', 'ROLE'] as const)[k % 3],
        weight: 1,
        days: [20089 + ((i * 7 + k) % 365)],
      });
  return { nodes, edges };
}

describe('first load of a large network (browser, real stack)', () => {
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
    await page.goto(seeded.server.url);
    // The page's own (small) network first, whatever its outcome: it must not replace the data given below.
    await ownLoadOver(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws a provisional placement at once, arranges in a worker, ends with every element placed', async () => {
    const during = await page.evaluate(
      async (data) => {
        const v = (window as any).__newsgraph.view;
        v.setData({ nodes: [], edges: [] });
        v.setWindow(null);
        const applied = v.arrangementsApplied as number;
        v.setData(data);
        // As NetworkCanvas does for a first load: arrange, and fit the provisional placement meanwhile.
        const w = window as any;
        w.__arranged = null;
        void v.arrange().then((ok: boolean) => (w.__arranged = ok));
        v.fitVisible();
        const arranging = v.arranging as boolean;
        const arrangingNodes = v.arrangingNodes as number;
        // The next frame: the overlay redraws at the fitted viewport first (asked for by the fit, before this one); it
        // stays on until Cytoscape has every element, a timer and one more frame have passed.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const overlay = v.cy.container().querySelector('canvas.motion-overlay') as HTMLCanvasElement;
        const pixels = overlay.getContext('2d')!.getImageData(0, 0, overlay.width, overlay.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
        return {
          arranging,
          arrangingNodes,
          overlayShown: overlay.style.display === 'block',
          painted,
          visibleEdges: v.visibleEdgeCount() as number,
          applied,
        };
      },
      network('a', 53),
    );
    expect(during).toMatchObject({
      arranging: true,
      arrangingNodes: 500,
      overlayShown: true,
      visibleEdges: 3000,
    });
    // The overlay drew the provisional placement (from setData on): nodes and edges are on its canvas.
    expect(during.painted).toBeGreaterThan(1000);
    await shot(page, 'first-load-arranging');

    await page.waitForFunction(() => (window as any).__arranged !== null, undefined, { timeout: 120_000 });
    await page.waitForFunction(() => !(window as any).__newsgraph.view.inMotion, undefined, { timeout: 60_000 });
    const after = await page.evaluate(() => {
      const v = (window as any).__newsgraph.view;
      const ps = v.cy.nodes().map((n: any) => n.position());
      const finite = ps.every((p: any) => Number.isFinite(p.x) && Number.isFinite(p.y));
      const distinct = new Set(ps.map((p: any) => `${Math.round(p.x)},${Math.round(p.y)}`)).size;
      return {
        arranged: (window as any).__arranged as boolean,
        arranging: v.arranging as boolean,
        applied: v.arrangementsApplied as number,
        nodes: ps.length as number,
        edges: v.cy.edges().length as number,
        finite,
        distinct,
        edgeIds: v.cy
          .edges()
          .map((e: any) => e.id())
          .sort() as string[],
      };
    });
    const expectedEdges = network('a', 53)
      .edges.map((e) => e.id)
      .sort();
    expect(after).toMatchObject({
      arranged: true,
      arranging: false,
      applied: during.applied + 1,
      nodes: 500,
      edges: 3000,
      finite: true,
    });
    expect(after.distinct).toBeGreaterThan(400);
    expect(after.edgeIds).toEqual(expectedEdges);
    await shot(page, 'first-load-arranged');
    expect(errors).toEqual([]);
  }, 240_000);

  it('a newer setData cancels the running arrangement: its positions are never applied', async () => {
    const results = await page.evaluate(
      async ([one, two]) => {
        const v = (window as any).__newsgraph.view;
        v.setData({ nodes: [], edges: [] });
        const applied = v.arrangementsApplied as number;
        v.setData(one);
        const first = v.arrange();
        // The same entities with other connections, before the first run can answer (same task).
        v.setData(two);
        const cancelledAtOnce = !v.arranging;
        const second = v.arrange();
        return { results: await Promise.all([first, second]), cancelledAtOnce, applied, after: v.arrangementsApplied };
      },
      [network('b', 53), network('b', 71)] as const,
    );
    expect(results.cancelledAtOnce).toBe(true);
    expect(results.results).toEqual([false, true]);
    // Only the second run's positions went in.
    expect(results.after).toBe(results.applied + 1);
    const edges = await page.evaluate(() => (window as any).__newsgraph.view.cy.edges().length as number);
    expect(edges).toBe(3000);
    expect(errors).toEqual([]);
  }, 240_000);

  it('hover and click answer on the overlay while Cytoscape is being filled; the selection is kept', async () => {
    const fill = await page.evaluate(
      (data) => {
        const v = (window as any).__newsgraph.view;
        v.setData({ nodes: [], edges: [] });
        const positions = new Map(
          data.nodes.map((n: any, i: number) => [n.id, { x: (i % 25) * 60, y: Math.floor(i / 25) * 60 }]),
        );
        v.setData(data, positions);
        v.fitVisible();
        const container = v.cy.container() as HTMLElement;
        const box = container.getBoundingClientRect();
        const p = positions.get('c37')!;
        const clientX = box.left + p.x * v.cy.zoom() + v.cy.pan().x;
        const clientY = box.top + p.y * v.cy.zoom() + v.cy.pan().y;
        // In the same task as setData: Cytoscape holds none of it yet, only the overlay can answer.
        const heldByCytoscape = v.cy.elements().length as number;
        const init = { clientX, clientY, bubbles: true };
        container.dispatchEvent(new PointerEvent('pointermove', init));
        container.dispatchEvent(new PointerEvent('pointerdown', init));
        container.dispatchEvent(new MouseEvent('click', init));
        return {
          heldByCytoscape,
          inMotion: v.inMotion as boolean,
          hit: v.overlayNodeAt(clientX - box.left, clientY - box.top),
        };
      },
      network('c', 53),
    );
    expect(fill).toEqual({ heldByCytoscape: 0, inMotion: true, hit: 'c37' });
    // The tooltip names the hovered node; the click made it the page's selection (URL and view).
    await page.waitForFunction(
      () => document.querySelector('[role="tooltip"]')?.textContent?.includes('Entity c37') ?? false,
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'c37', undefined, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => !(window as any).__newsgraph.view.inMotion, undefined, { timeout: 60_000 });
    // Handed over to Cytoscape: the selection is drawn there (and its neighbourhood emphasis).
    const handedOver = await page.evaluate(() => {
      const cy = (window as any).__newsgraph.view.cy;
      return {
        selected: cy.$('.selected').map((e: any) => e.id()) as string[],
        faded: cy.$('.faded').length > 0,
        elements: cy.elements().length as number,
      };
    });
    expect(handedOver).toEqual({ selected: ['c37'], faded: true, elements: 3500 });
    expect(errors).toEqual([]);
  }, 240_000);
});
