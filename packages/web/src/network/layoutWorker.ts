/// <reference lib="webworker" />
/**
 * fcose off the main thread: a headless Cytoscape over the nodes (id, size) and drawn edges of a first load, laid out
 * with the options the main thread uses, positions posted back as one transferred Float64Array. At 68 000 edges the
 * same layout on the main thread froze the tab for seconds to tens of seconds before anything was drawn.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { withIterationCap } from './coseIterationCap.ts';
import { fcoseOptions, type LayoutReply, type LayoutRequest } from './fcoseOptions.ts';

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>): void => {
  const { ids, sizes, edgeSource, edgeTarget, settings } = event.data;
  let reply: LayoutReply;
  try {
    const elements: cytoscape.ElementDefinition[] = ids.map((id, i) => ({
      group: 'nodes',
      data: { id, size: sizes[i] },
      position: { x: 0, y: 0 },
    }));
    for (let i = 0; i < edgeSource.length; i++)
      elements.push({
        group: 'edges',
        data: { id: `e${i}`, source: ids[edgeSource[i]!]!, target: ids[edgeTarget[i]!]! },
      });
    // Node sizes as the page draws them (fcose separates nodes by their boxes); edges need no style of their own.
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
      elements,
    });
    withIterationCap(settings.maxIterations, () =>
      cy.layout({ ...fcoseOptions(settings), animate: false, fit: false } as unknown as cytoscape.LayoutOptions).run(),
    );
    const xy = new Float64Array(ids.length * 2);
    cy.nodes().forEach((n, i) => {
      const p = n.position();
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    });
    reply = { ok: true, xy };
    (self as unknown as Worker).postMessage(reply, [xy.buffer]);
  } catch (e) {
    reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
    (self as unknown as Worker).postMessage(reply);
  }
};
