/**
 * Developer settings of the drawing, read once when the page creates its view (not page state: nothing in the URL).
 *
 * `localStorage['newsgraph.largeNetworkEdges'] = N` draws a network with more than N drawn edges the 'large' way (the
 * cheap style, the canvas overlay, a first load arranged in a Web Worker); without it, 1 500. The page's own network
 * request is capped at 1 500 edges (`NETWORK_LIMIT`), so only expansions reach that path on real data: the browser
 * test of the page's first load (`tests/web/first-load-page.test.ts`) lowers it to send the seed network through the
 * large first load, and a developer can do the same from the console to look at that path on a small graph.
 */
export const LARGE_EDGES_KEY = 'newsgraph.largeNetworkEdges';

/** The setting, or undefined when unset; a value that is not a whole number ≥ 0 is ignored with a warning. */
export function largeThresholdSetting(
  storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage(),
): number | undefined {
  const raw = storage?.getItem(LARGE_EDGES_KEY);
  if (raw === null || raw === undefined) return undefined;
  if (/^\d{1,9}$/.test(raw.trim())) return Number(raw.trim());
  console.warn(`${LARGE_EDGES_KEY} = ${JSON.stringify(raw)} is not a whole number of edges; ignored`);
  return undefined;
}

/** localStorage, or undefined where reading it throws (storage disabled) or it does not exist (jsdom without it). */
function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
