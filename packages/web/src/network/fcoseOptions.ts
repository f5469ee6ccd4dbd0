/**
 * The fcose options of a main-thread layout (`NetworkView.layout`): a first load that is not 'large', a layout the user
 * asks for, newcomers settled around placed nodes. A large first load is arranged by ForceAtlas2 instead
 * (`forceAtlasLayout.ts`).
 */
export interface FcoseSettings {
  /** Edge length fcose aims for: shorter on a 'large' network, where nodes are small and many. */
  idealEdgeLength: number;
  quality: 'draft' | 'default' | 'proof';
  numIter: number;
  randomize: boolean;
  /** At most this many CoSE iterations (`coseIterationCap.ts`; fcose's own bound is 5 × nodes); none when absent. */
  maxIterations?: number;
}

export function fcoseOptions(s: FcoseSettings): Record<string, unknown> {
  return {
    name: 'fcose',
    quality: s.quality,
    randomize: s.randomize,
    padding: 40,
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => s.idealEdgeLength,
    edgeElasticity: () => 0.35,
    nodeSeparation: 90,
    numIter: s.numIter,
  };
}

/**
 * CoSE work one first load may spend on the main thread, in iterations × (nodes + drawn edges) — an iteration's cost
 * grows with both (repulsion between each node and its grid neighbours, one spring per edge): 300 iterations at 1 000
 * nodes / 3 586 drawn edges, where the capped run measured 2.9 s against fcose's own 2 133 iterations in 10.6 s, with
 * fewer overlapping nodes (1 062 vs 2 300 pairs) and the same edge lengths (median 134 vs 136, ideal 40 plus node
 * sizes).
 */
const FIRST_LOAD_WORK = 300 * 4586;
/**
 * However large the network, this many iterations: two of cose-base's cooling cycles (one per 100 iterations), so the
 * run still cools from its start temperature to fcose's final one.
 */
const FIRST_LOAD_MIN_ITERATIONS = 200;

/**
 * A first load's fcose settings on the main thread (`NetworkView.arrange`; a 'large' one with the overlay goes to
 * ForceAtlas2 instead): fcose's default quality — its spectral start, then CoSE — with CoSE bounded by a work budget
 * (`coseIterationCap.ts`). Where the time went (Node, cose-base instrumented, 27 Nov, 2 cores shared with another
 * engineer's benchmark): fcose's `numIter` is a floor, not a bound — cose-base runs up to max(5 × nodes, numIter)
 * iterations and stops earlier only when the layout has nearly stopped moving, which a dense news network does not; one
 * iteration costs ~5 ms at 1 000 / 4 000, ~25 ms at 2 000 / 8 000 and ~150 ms at 5 000 / 20 000 (repulsion between each
 * node and every node in its neighbourhood, which the compressed spectral start makes crowded), so 9 125 iterations at
 * 2 000 / 8 000 took ~58 s and 22 650 at 5 000 / 20 000 ran for minutes. The spectral pass itself is 0.6–3.6 s.
 * Networks small enough for fcose's own 2 500 iterations within the budget (a few hundred nodes and edges, the seed's)
 * keep fcose's default run unchanged.
 */
export function firstLoadSettings(nodes: number, edges: number, base: FcoseSettings): FcoseSettings {
  const own = Math.max(5 * nodes, base.numIter);
  const budget = Math.max(FIRST_LOAD_MIN_ITERATIONS, Math.round(FIRST_LOAD_WORK / Math.max(1, nodes + edges)));
  return budget >= own ? base : { ...base, maxIterations: budget };
}
