/// <reference lib="webworker" />
/**
 * A large first load arranged off the main thread: ForceAtlas2 (`forceAtlasLayout.ts`) from the provisional placement
 * the page is drawing, positions posted back as one transferred Float64Array. On the main thread the same layout of
 * 68 000 edges would freeze the tab for seconds.
 */
import { forceAtlasLayout } from './forceAtlasLayout.ts';
import type { LayoutReply, LayoutRequest } from './layoutInWorker.ts';

self.onmessage = (event: MessageEvent<LayoutRequest>): void => {
  let reply: LayoutReply;
  try {
    const xy = forceAtlasLayout(event.data);
    reply = { ok: true, xy };
    (self as unknown as Worker).postMessage(reply, [xy.buffer]);
  } catch (e) {
    reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
    (self as unknown as Worker).postMessage(reply);
  }
};
