import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '../../packages/web/e2e/browserHarness.ts';

// What every browser test of the explorer needs: where screenshots go and when the network is ready.

/** Screenshots from the browser tests (git-ignored), to be looked at. */
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** The page exposes its NetworkView on window for tests and console debugging. */
export interface CyHandle {
  __newsgraph?: { view: { cy: any } };
}

/*
 * What is drawn is read from the classes the view sets (`off`: hidden by the window or the filters, `ghost`:
 * hidden while a layout runs), never from Cytoscape's `ele.visible()`: Cytoscape caches that per element and
 * refreshes an edge's cache only when its endpoints' styles are recomputed, lazily at the next drawn frame. Right
 * after a window change it can still call an edge hidden whose endpoint just appeared (on a loaded machine the
 * shared-URL test read 1 visible edge where 17 were drawn).
 */

/** Ids of the edges drawn now (the edge and both its ends shown), sorted. */
export function drawnEdgeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (e: any): boolean => !e.hasClass('off') && !e.hasClass('ghost');
    const cy = (window as unknown as CyHandle).__newsgraph!.view.cy;
    return cy
      .edges()
      .filter((e: any) => shown(e) && shown(e.source()) && shown(e.target()))
      .map((e: any) => e.id() as string)
      .sort();
  });
}

/** Whether the element is drawn now (an edge: with both its ends); null when it is not loaded at all. */
export function isDrawn(page: Page, id: string): Promise<boolean | null> {
  return page.evaluate((elementId) => {
    const shown = (e: any): boolean => !e.hasClass('off') && !e.hasClass('ghost');
    const e = (window as unknown as CyHandle).__newsgraph!.view.cy.getElementById(elementId);
    if (e.empty()) return null;
    return shown(e) && (e.isNode() || (shown(e.source()) && shown(e.target())));
  }, id);
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

/**
 * Wait until the page's own first network load is over, whatever its outcome (ready, empty or failed), so that data a
 * test then gives the view straight cannot be replaced by it.
 */
export async function ownLoadOver(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (window as unknown as CyHandle).__newsgraph?.view !== undefined &&
      ['ready', 'empty', 'failed'].includes(
        document.querySelector('[data-testid="network-canvas"]')?.getAttribute('data-state') ?? '',
      ),
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Wait until the canvas shows exactly the page's current state: its `data-state` is `ready` only when no network
 * request is in flight, no layout or camera animation runs, and (the page applies its state to the drawing in the
 * same commit as the rest of the DOM) the drawing matches the URL, the time bar and the filters.
 */
export async function networkReady(page: Page): Promise<void> {
  const canvas = page.locator('[data-testid="network-canvas"]');
  await page.waitForFunction(
    () => {
      const state = document.querySelector('[data-testid="network-canvas"]')?.getAttribute('data-state');
      // On a large network a window change is drawn by the motion overlay first and reaches Cytoscape's classes
      // when the window rests (NetworkView.inMotion): wait for that too, since tests read the classes.
      const view = (window as unknown as CyHandle).__newsgraph?.view as { inMotion?: boolean } | undefined;
      return (state === 'ready' || state === 'empty' || state === 'failed') && !view?.inMotion;
    },
    undefined,
    { timeout: 30_000 },
  );
  const state = await canvas.getAttribute('data-state');
  if (state !== 'ready') {
    const shown = await page.locator('.canvas-overlay').allInnerTexts();
    throw new Error(`the network canvas settled as "${state}": ${shown.join(' | ') || 'nothing drawn'}`);
  }
}
