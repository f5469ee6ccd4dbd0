import { CoSELayout } from 'cose-base';

/**
 * A bound on fcose's force-directed (CoSE) iterations. fcose's `numIter` is only a floor: cose-base sets
 * `maxIterations = max(5 × nodes, numIter)` and stops earlier only when the total displacement falls under 1.2 px per
 * node, which a dense news network of a few thousand nodes never reaches — so at 2 000 nodes / 8 000 edges fcose ran its
 * 10 000 iterations (58 s in the worker) and at 5 000 / 20 000 its 25 000 (> 9 min). Under the cap the cooling schedule
 * is spread over the capped run (`maxCoolingCycle` follows), so the layout still cools down to fcose's final
 * temperature instead of being cut off hot.
 *
 * cose-base offers no option for it, hence the wrapper around its `initSpringEmbedder` (where both numbers are set):
 * it changes nothing unless a run asks for a cap through `withIterationCap`, and fcose runs synchronously, so the cap
 * applies to exactly that run. The worker has its own copy of the module; on the main thread small networks never
 * ask for a cap.
 */
let cap = 0;

const initSpringEmbedder = CoSELayout.prototype.initSpringEmbedder;
CoSELayout.prototype.initSpringEmbedder = function (this: { maxIterations: number; maxCoolingCycle: number }): void {
  initSpringEmbedder.call(this);
  if (cap > 0 && this.maxIterations > cap) {
    this.maxIterations = cap;
    // cose-base's own ratio: one cooling step per convergence check (every 100 iterations).
    this.maxCoolingCycle = cap / 100;
  }
};

/** Runs `layout` (a synchronous fcose run) with at most `maxIterations` CoSE iterations; unbounded when undefined. */
export function withIterationCap<T>(maxIterations: number | undefined, layout: () => T): T {
  cap = maxIterations ?? 0;
  try {
    return layout();
  } finally {
    cap = 0;
  }
}
