import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** A large first load to arrange: node sizes, drawn edges as node indices, and where each node stands now (x, y). */
export interface ForceAtlasInput {
  sizes: Float64Array;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  start: Float64Array;
}

/**
 * ForceAtlas2 work one large first load spends, in iterations × (n·log2 n + node pairs): an iteration costs one
 * Barnes–Hut repulsion pass (n log n) and one spring per connected pair. 200 iterations at 5 000 nodes / 16 400 pairs
 * (about 5 s in Node): at that size 150 and 300 iterations left nearly the same number of overlapping node pairs
 * (6 858 vs 6 389), so more buys little.
 */
const WORK = 200 * (5000 * Math.log2(5000) + 16_400);
const MIN_ITERATIONS = 100;
const MAX_ITERATIONS = 400;

/** Iterations for a network of this size: the work budget, within [100, 400]. */
export function forceAtlasIterations(nodes: number, pairs: number): number {
  const perIteration = nodes * Math.log2(Math.max(2, nodes)) + pairs;
  return Math.min(MAX_ITERATIONS, Math.max(MIN_ITERATIONS, Math.round(WORK / Math.max(1, perIteration))));
}

/**
 * The arranged map is scaled so that the median connected pair is this far apart, in model units — fcose's spacing
 * on the same network (median drawn edge 134 at 1 000 / 4 000), so a large network reads at the zoom a small one does.
 */
const MEDIAN_PAIR_DISTANCE = 130;

/**
 * A large first load arranged with ForceAtlas2 (graphology's, Barnes–Hut repulsion) from the provisional placement
 * the page is already drawing. Why not fcose here: cose-base's repulsion is a fixed-range grid, and a dense news
 * network collapses into a blob where each node has hundreds of neighbours in range — 105–150 ms an iteration at
 * 5 000 / 20 000, 38 s for its 200 capped iterations in Node, with 24 500 overlapping node pairs. Barnes–Hut repulsion
 * reaches every node at n log n cost: the budgeted run takes 1.4–5 s in Node from 1 000 to 5 000 nodes and leaves a
 * quarter of the overlaps or fewer. Parallel drawn edges become one spring per pair weighted by their count, so a
 * pair tied by three kinds of connection pulls harder.
 * Deterministic: the same input gives the same positions.
 */
export function forceAtlasLayout(input: ForceAtlasInput): Float64Array {
  const n = input.sizes.length;
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++)
    graph.addNode(String(i), { x: input.start[2 * i]!, y: input.start[2 * i + 1]!, size: input.sizes[i]! / 2 });
  for (let k = 0; k < input.edgeSource.length; k++) {
    const s = String(input.edgeSource[k]!);
    const t = String(input.edgeTarget[k]!);
    if (s === t) continue;
    const edge = graph.edge(s, t);
    if (edge === undefined) graph.addEdge(s, t, { weight: 1 });
    else graph.updateEdgeAttribute(edge, 'weight', (w: number | undefined) => (w ?? 0) + 1);
  }
  const xy = new Float64Array(2 * n);
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: forceAtlasIterations(n, graph.size),
      getEdgeWeight: 'weight',
      settings: {
        // graphology's own settings for a graph of this order (strong gravity 0.05, scaling 10, slow-down 1 + ln n):
        // strong gravity keeps lone nodes and small components beside the main one — with plain gravity a lone node
        // drifted 5 000 units out at 1 000 / 4 000 and the fitted map shrank to a corner of the canvas.
        ...forceAtlas2.inferSettings(graph),
        // Barnes–Hut at every size this path sees (its networks start at 1 500 drawn edges; graphology's cut is 2 000).
        barnesHutOptimize: true,
      },
    });
  }
  graph.forEachNode((key, a) => {
    const i = Number(key);
    xy[2 * i] = a.x as number;
    xy[2 * i + 1] = a.y as number;
  });
  scaleToMedianPair(xy, graph);
  return xy;
}

/** Scales positions about their centre so the median connected pair is `MEDIAN_PAIR_DISTANCE` apart. */
function scaleToMedianPair(xy: Float64Array, graph: Graph): void {
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attrs, s, t) => {
    const a = Number(s);
    const b = Number(t);
    lengths.push(Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!));
  });
  if (lengths.length === 0) return;
  lengths.sort((p, q) => p - q);
  const median = lengths[lengths.length >> 1]!;
  if (!(median > 0)) return;
  const k = MEDIAN_PAIR_DISTANCE / median;
  const n = xy.length / 2;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += xy[2 * i]!;
    cy += xy[2 * i + 1]!;
  }
  cx /= n;
  cy /= n;
  for (let i = 0; i < n; i++) {
    xy[2 * i] = (xy[2 * i]! - cx) * k;
    xy[2 * i + 1] = (xy[2 * i + 1]! - cy) * k;
  }
}
