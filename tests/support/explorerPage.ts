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

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

/** Wait until the network has drawn and the layout has settled (no "Arranging…" badge, nodes on the canvas). */
export async function networkReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const g = (window as unknown as CyHandle).__newsgraph;
    return Boolean(g && g.view.cy.nodes().length > 0 && !document.querySelector('.canvas-badge') && !document.querySelector('.canvas-overlay'));
  }, undefined, { timeout: 30_000 });
  await page.waitForTimeout(500);
}
