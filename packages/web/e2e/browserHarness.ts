/**
 * What the browser end-to-end tests in tests/web need from this package: a fresh build of the page
 * (the dist the API server serves) and Debian's Chromium through playwright-core. Lives here so that
 * vite and playwright-core resolve from packages/web's own dependencies.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

export type { Browser, Page } from 'playwright-core';

const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

// What the build reads: a change to any of these makes dist stale.
const BUILD_INPUTS = ['src', 'public', 'index.html', 'graphiql.html', 'vite.config.ts'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * `vite build` of packages/web into packages/web/dist, skipped when dist is newer than every input: `pnpm ci`
 * builds before the tests and each browser-test file asks again, so one run builds once.
 */
export async function buildWeb(): Promise<void> {
  const built = newestMtime(join(WEB_ROOT, 'dist', 'index.html'));
  const inputs = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(WEB_ROOT, input))));
  if (built > inputs) return;
  await build({ root: WEB_ROOT, configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'error' });
}

/** Headless Chromium from /usr/bin/chromium; never downloads a browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
}
