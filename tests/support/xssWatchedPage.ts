import type { Browser, Page } from '../../packages/web/e2e/browserHarness.ts';

/**
 * A page of the XSS attack suite: the sentinel `window.__xss` cleared before any script runs (a payload that runs
 * sets it), every dialog recorded and dismissed (a payload may alert instead), and page errors collected.
 */
export async function openXssWatchedPage(
  browser: Browser,
  viewport: { width: number; height: number },
  dialogs: string[],
  pageErrors: string[],
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(() => {
    (window as unknown as { __xss?: unknown }).__xss = undefined;
  });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}
