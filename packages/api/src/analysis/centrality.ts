import { DirectedGraph, UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import {
  readDegreeCentrality,
  readNetwork,
  type DateWindow,
  type EdgeKindName,
  type NetworkResult,
  type TimeAxisName,
} from '@newsgraph/graph';
import type { RequestContext } from '../context.ts';

export interface CentralityScoreRow {
  entityId: string;
  score: number;
  rank: number;
  degree: number;
}

export interface CentralityArgs {
  measure: 'DEGREE' | 'PAGERANK' | 'BETWEENNESS';
  window: DateWindow | null;
  timeAxis: TimeAxisName;
  kinds: readonly string[] | null;
  edgeKinds: readonly EdgeKindName[] | null;
  minSources: number;
  first: number;
}

// CommonJS modules: under Node's ESM interop the default import is module.exports, the function itself, but
// their typings declare an ES default export that NodeNext resolves to a namespace — so the call type is stated here.
type CentralityFunction = (
  graph: DirectedGraph | UndirectedGraph,
  options?: Record<string, unknown>,
) => Record<string, number>;
const pagerank = pagerankModule as unknown as CentralityFunction;
const betweenness = betweennessModule as unknown as CentralityFunction;

export const CENTRALITY_DEFAULT_EDGE_KINDS = ['EVENT', 'STATEMENT', 'ROLE'] as const;

/** Largest window subgraph PageRank/betweenness run on (heaviest edges kept); betweenness is O(V·E). */
export const MAX_CENTRALITY_EDGES = 200_000;

/**
 * Centrality over the window's edges only. Degree is an aggregate the database computes without shipping
 * edges; PageRank and betweenness need the whole window subgraph, which is read once and scored with
 * graphology-metrics (Neo4j Community has no graph algorithms library).
 */
export async function computeCentrality(ctx: RequestContext, args: CentralityArgs): Promise<CentralityScoreRow[]> {
  // Default: the facts (events, statements, roles). Co-mentions only when asked: on real news they rank whoever is
  // named in many articles ('Twitter', 'State Legislatures') above the actors.
  const edgeKinds = args.edgeKinds?.length ? args.edgeKinds : CENTRALITY_DEFAULT_EDGE_KINDS;
  if (args.measure === 'DEGREE') {
    const rows = await readDegreeCentrality(
      ctx.graph,
      {
        window: args.window,
        timeAxis: args.timeAxis,
        edgeKinds,
        kinds: args.kinds,
        minSources: args.minSources,
        first: args.first,
      },
      ctx.readOptions(),
    );
    return rows.map((r, i) => ({ entityId: r.id, score: r.degree, rank: i + 1, degree: r.degree }));
  }
  const network = await readNetwork(
    ctx.graph,
    {
      window: args.window,
      timeAxis: args.timeAxis,
      edgeKinds: [...edgeKinds],
      minSources: args.minSources,
      limit: MAX_CENTRALITY_EDGES,
    },
    ctx.readOptions(),
  );
  return scoreNetwork(network, args.measure, args.kinds, args.first);
}

/** PageRank (weighted, directed; undirected edges count both ways) or betweenness (undirected, normalised). */
export function scoreNetwork(
  network: Pick<NetworkResult, 'nodes' | 'edges'>,
  measure: 'PAGERANK' | 'BETWEENNESS',
  kinds: readonly string[] | null,
  first: number,
): CentralityScoreRow[] {
  const directed = new DirectedGraph({ allowSelfLoops: false });
  const undirected = new UndirectedGraph({ allowSelfLoops: false });
  for (const n of network.nodes) {
    directed.addNode(n.id);
    undirected.addNode(n.id);
  }
  const addWeight = (g: DirectedGraph | UndirectedGraph, a: string, b: string, w: number) => {
    if (a === b) return;
    if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, 'weight', (x: number | undefined) => (x ?? 0) + w);
    else g.addEdge(a, b, { weight: w });
  };
  for (const e of network.edges) {
    if (!directed.hasNode(e.source) || !directed.hasNode(e.target)) continue;
    addWeight(directed, e.source, e.target, e.weight);
    if (!e.directed) addWeight(directed, e.target, e.source, e.weight);
    addWeight(undirected, e.source, e.target, e.weight);
  }
  const scores: Record<string, number> =
    measure === 'PAGERANK'
      ? pagerank(directed, { getEdgeWeight: 'weight', alpha: 0.85, maxIterations: 200, tolerance: 1e-9 })
      : betweenness(undirected, { getEdgeWeight: null, normalized: true });
  const kindOf = new Map(network.nodes.map((n) => [n.id, n.kind]));
  return Object.entries(scores)
    .filter(([id]) => !kinds?.length || kinds.includes(kindOf.get(id) ?? ''))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, first)
    .map(([id, score], i) => ({ entityId: id, score, rank: i + 1, degree: undirected.degree(id) }));
}
