import type { ForceAtlasInput } from './forceAtlasLayout.ts';

/** What the worker is given: node sizes, the drawn edges' endpoints as node indices, and the nodes' start positions. */
export type LayoutRequest = ForceAtlasInput;

/** The worker's answer: x, y per node in request order, or why it failed. */
export type LayoutReply = { ok: true; xy: Float64Array } | { ok: false; error: string };

/** One layout run in its own worker: `result` settles once; `cancel` terminates the worker (its answer never comes). */
export interface WorkerLayoutRun {
  /** Nodes being arranged (the page's "Arranging N nodes…"). */
  nodes: number;
  result: Promise<Float64Array>;
  cancel(): void;
}

/** Workers exist (not in jsdom or Node): the caller falls back to the main thread otherwise. */
export const workersAvailable = (): boolean => typeof Worker !== 'undefined';

/**
 * Starts a large first load's layout in a fresh module worker (Vite bundles `layoutWorker.ts` with its own copy of
 * graphology and ForceAtlas2). A worker per run: terminating it is the only way to stop the layout mid-run, which a
 * newer `setData` or a destroyed view must do.
 */
export function layoutInWorker(request: LayoutRequest): WorkerLayoutRun {
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'network-layout' });
  let settle: { resolve(xy: Float64Array): void; reject(e: Error): void } | null = null;
  const result = new Promise<Float64Array>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (): void => {
    settle = null;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<LayoutReply>): void => {
    const s = settle;
    finish();
    if (!s) return;
    if (event.data.ok) s.resolve(event.data.xy);
    else s.reject(new Error(`layout worker: ${event.data.error}`));
  };
  worker.onerror = (event: ErrorEvent): void => {
    const s = settle;
    finish();
    s?.reject(new Error(`layout worker: ${event.message || 'failed to start'}`));
  };
  // Counted before the buffers are transferred (a transferred array reads as empty).
  const nodes = request.sizes.length;
  worker.postMessage(request, [
    request.sizes.buffer,
    request.edgeSource.buffer,
    request.edgeTarget.buffer,
    request.start.buffer,
  ]);
  return {
    nodes,
    result,
    cancel: () => {
      const s = settle;
      finish();
      s?.reject(new LayoutCancelled());
    },
  };
}

/** A run cancelled by a newer `setData` or the view's end: not an error to show. */
export class LayoutCancelled extends Error {
  constructor() {
    super('layout cancelled');
    this.name = 'LayoutCancelled';
  }
}
