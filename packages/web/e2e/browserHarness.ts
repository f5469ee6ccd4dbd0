/**
 * What the browser end-to-end tests in tests/web need from this package: a fresh build of the page
 * (the dist the API server serves) and Debian's Chromium through playwright-core. Lives here so that
 * vite and playwright-core resolve from packages/web's own dependencies.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { webDistIsStale, WEB_ROOT } from '../buildState.ts';

export type { Browser, Page } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * `vite build` of packages/web into packages/web/dist, skipped when dist is newer than every input: `pnpm ci`
 * builds before the tests and each browser-test file asks again, so one run builds once.
 */
export async function buildWeb(): Promise<void> {
  if (!webDistIsStale()) return;
  await build({
    root: WEB_ROOT,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'error',
  });
}

/** Headless Chromium from /usr/bin/chromium; never downloads a browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    headless: true,
  });
}
