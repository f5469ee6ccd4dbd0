import type { LayoutReply, LayoutRequest } from './fcoseOptions.ts';

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
 * Starts fcose in a fresh module worker (Vite bundles `layoutWorker.ts` with its own copy of cytoscape and fcose). A
 * worker per run: terminating it is the only way to stop fcose mid-run, which a newer `setData` or a destroyed view
 * must do.
 */
export function layoutInWorker(request: LayoutRequest): WorkerLayoutRun {
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'fcose-layout' });
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
  worker.postMessage(request, [request.sizes.buffer, request.edgeSource.buffer, request.edgeTarget.buffer]);
  return {
    nodes: request.ids.length,
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
