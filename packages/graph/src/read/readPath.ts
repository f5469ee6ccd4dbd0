import type { GraphConnection } from '../connection.ts';
import { readEdges, type EdgeQuery, type NetworkEdgeRow } from './readNetworkEdges.ts';
import type { ReadOptions } from './values.ts';

export interface PathQuery extends Omit<EdgeQuery, 'ids' | 'within'> {
  fromId: string;
  toId: string;
  maxHops: number;
  /** At most this many shortest paths. */
  first: number;
}

export interface PathStepRow {
  fromId: string;
  toId: string;
  edges: NetworkEdgeRow[];
}

export interface PathRow {
  nodeIds: string[];
  steps: PathStepRow[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Shortest paths over the window's edges (any kind asked, either direction), found by bidirectional
 * breadth-first search: each step expands the smaller frontier with one edge query, so the same window,
 * kind and corroboration filters as the network apply. All steps run in one read transaction.
 */
export async function readPath(
  graph: GraphConnection,
  query: PathQuery,
  options: ReadOptions = {},
): Promise<PathRow[]> {
  if (query.fromId === query.toId) return [{ nodeIds: [query.fromId], steps: [] }];
  return graph.read(async (tx) => {
    const base = { ...query, within: null };
    interface Side {
      dist: Map<string, number>;
      parents: Map<string, Set<string>>;
      frontier: string[];
      depth: number;
    }
    const sides: [Side, Side] = [
      {
        dist: new Map([[query.fromId, 0]]),
        parents: new Map<string, Set<string>>(),
        frontier: [query.fromId],
        depth: 0,
      },
      { dist: new Map([[query.toId, 0]]), parents: new Map<string, Set<string>>(), frontier: [query.toId], depth: 0 },
    ];
    const pairEdges = new Map<string, NetworkEdgeRow[]>();
    let meeting: string[] = [];
    while (
      sides[0].depth + sides[1].depth < query.maxHops &&
      sides[0].frontier.length > 0 &&
      sides[1].frontier.length > 0
    ) {
      const side = sides[0].frontier.length <= sides[1].frontier.length ? sides[0] : sides[1];
      const frontierSet = new Set(side.frontier);
      const { edges } = await readEdges(tx, { ...base, ids: side.frontier });
      const next = new Set<string>();
      for (const e of edges) {
        const key = pairKey(e.source, e.target);
        const list = pairEdges.get(key) ?? [];
        if (!list.some((x) => x.id === e.id)) list.push(e);
        pairEdges.set(key, list);
        for (const [u, v] of [
          [e.source, e.target],
          [e.target, e.source],
        ] as const) {
          if (!frontierSet.has(u)) continue;
          const known = side.dist.get(v);
          if (known === undefined) {
            side.dist.set(v, side.depth + 1);
            next.add(v);
          }
          if ((known ?? side.depth + 1) === side.depth + 1) {
            const p = side.parents.get(v) ?? new Set<string>();
            p.add(u);
            side.parents.set(v, p);
          }
        }
      }
      side.depth += 1;
      side.frontier = [...next];
      const other = side === sides[0] ? sides[1] : sides[0];
      meeting = [...next].filter((id) => other.dist.has(id));
      if (meeting.length > 0) break;
    }
    if (meeting.length === 0) return [];
    const best = Math.min(...meeting.map((m) => sides[0].dist.get(m)! + sides[1].dist.get(m)!));
    const paths: string[][] = [];
    for (const m of meeting.sort()) {
      if (sides[0].dist.get(m)! + sides[1].dist.get(m)! !== best) continue;
      for (const head of walk(m, sides[0].parents, query.fromId, query.first)) {
        const forward = [...head].reverse();
        for (const tail of walk(m, sides[1].parents, query.toId, query.first)) {
          paths.push([...forward, ...tail.slice(1)]);
          if (paths.length >= query.first) break;
        }
        if (paths.length >= query.first) break;
      }
      if (paths.length >= query.first) break;
    }
    return paths.map((nodeIds) => ({
      nodeIds,
      steps: nodeIds.slice(1).map((to, i) => {
        const from = nodeIds[i]!;
        return { fromId: from, toId: to, edges: pairEdges.get(pairKey(from, to)) ?? [] };
      }),
    }));
  }, options);
}

/** Node lists from `node` back to `root` following parent links (at most `limit`). */
function walk(node: string, parents: Map<string, Set<string>>, root: string, limit: number): string[][] {
  if (node === root) return [[root]];
  const out: string[][] = [];
  for (const p of [...(parents.get(node) ?? [])].sort()) {
    for (const rest of walk(p, parents, root, limit)) {
      out.push([node, ...rest]);
      if (out.length >= limit) return out;
    }
  }
  return out;
}
