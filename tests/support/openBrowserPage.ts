// One Chromium page for a browser-test file: the page built (once per run), Debian's Chromium launched with the house
// flags (browserHarness), one page opened, and every uncaught page error collected so a test can assert there were none.
import { afterAll, beforeAll } from 'vitest';
import { buildWeb, launchChromium, type Browser, type Page } from '../../packages/web/e2e/browserHarness.ts';

/** The window most explorer tests look at (wide enough for the panels beside the network). */
export const DEFAULT_VIEWPORT = { width: 1600, height: 960 };

/** What a page's context may set (viewport, downloads…), as the harness's Browser takes it. */
export type BrowserContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;

export interface BrowserPage {
  browser: Browser;
  page: Page;
  /** Messages of uncaught errors on the page ('pageerror'), in order. */
  errors: string[];
}

/**
 * Builds packages/web if its dist is stale, launches Chromium and opens one page in a context of its own
 * (`context` adds to the default viewport, e.g. `acceptDownloads`); page errors are pushed to `errors`. The caller
 * closes `browser`.
 */
export async function openBrowserPage(
  context: BrowserContextOptions = {},
  errors: string[] = [],
): Promise<BrowserPage> {
  await buildWeb();
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: DEFAULT_VIEWPORT, ...context })).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    return { browser, page, errors };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * `openBrowserPage` for the tests of one file or describe block: opened before them, the browser closed after. The
 * returned object is filled in by the hook, so read `.page` inside tests and hooks, not at registration time;
 * `errors` is the same array throughout.
 */
export function useBrowserPage(context: BrowserContextOptions = {}): BrowserPage {
  const state = { errors: [] as string[] } as BrowserPage;
  beforeAll(async () => {
    Object.assign(state, await openBrowserPage(context, state.errors));
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return state;
}
