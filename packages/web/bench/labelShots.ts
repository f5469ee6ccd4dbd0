/**
 * Screenshots of node labels on dense synthetic networks, before and after the labels' level of detail
 * (`tsx packages/web/bench/labelShots.ts`; PNGs in tests/artifacts/labels-*.png). "Before" re-applies the old
 * label style to the same drawing: every label when the drawing is 'detailed', none past 1 500 drawn edges.
 */
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../../../tests/artifacts/', import.meta.url));
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'newsgraph-label-shots-'));
  await build({
    root: here,
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(here, 'bench.html') } },
  });
  const server = await preview({
    root: here,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  try {
    const cases = [
      { name: 'dense-detailed', nodes: 300, edges: 1100 },
      { name: 'dense-large', nodes: 900, edges: 4000 },
      { name: 'dense-large-zoomed', nodes: 900, edges: 4000, zoom: 3 },
    ];
    for (const c of cases)
      for (const legacy of [true, false]) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`${url}bench.html`);
        await page.waitForFunction(() => document.title === 'bench ready');
        const out = await page.evaluate(
          (arg) =>
            (
              window as unknown as { renderForScreenshot: (a: unknown) => Promise<{ labels: number; level: string }> }
            ).renderForScreenshot(arg),
          { nodes: c.nodes, edges: c.edges, legacy, zoom: c.zoom },
        );
        const file = join(ARTIFACTS, `labels-${c.name}-${legacy ? 'before' : 'after'}.png`);
        await page.screenshot({ path: file });
        console.log(`${file}: ${out.labels} labels (${out.level})`);
        await page.close();
      }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
