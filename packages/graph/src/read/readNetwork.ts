import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import { readEdges, type EdgeKindName, type EdgeQuery, type EndpointRow, type NetworkEdgeRow } from './readNetworkEdges.ts';
import { type DateWindow, type ReadOptions, type TimeAxisName } from './values.ts';

export interface NetworkQuery {
  centerIds?: readonly string[] | null;
  hops?: number | null;
  window?: DateWindow | null;
  timeAxis?: TimeAxisName | null;
  entityKinds?: readonly string[] | null;
  edgeKinds?: readonly EdgeKindName[] | null;
  eventTypes?: readonly string[] | null;
  modalities?: readonly string[] | null;
  minWeight?: number | null;
  minSources?: number | null;
  /** Keep at most this many edges (heaviest first). */
  limit: number;
  /** Stop expanding once this many nodes are reached (the most connected are kept). */
  maxNodes?: number;
}

export interface NetworkNodeRow {
  id: string;
  kind: string;
  name: string;
  weight: number;
  hop: number | null;
  firstDate: string | null;
  lastDate: string | null;
}

export interface NetworkResult {
  nodes: NetworkNodeRow[];
  edges: NetworkEdgeRow[];
  truncated: boolean;
  from: string | null;
  to: string | null;
  timeAxis: TimeAxisName;
}

/**
 * The network in a window: every edge (no centers), or the ego network of the centers up to `hops` away,
 * including the edges among the outermost ring. All queries run in one read transaction (one timeout).
 */
export async function readNetwork(graph: GraphConnection, query: NetworkQuery, options: ReadOptions = {}): Promise<NetworkResult> {
  return graph.read((tx) => readNetworkInTx(tx, query), options);
}

export async function readNetworkInTx(tx: ManagedTransaction, query: NetworkQuery): Promise<NetworkResult> {
  const base: EdgeQuery = {
    ids: null,
    edgeKinds: query.edgeKinds,
    entityKinds: query.entityKinds,
    eventTypes: query.eventTypes,
    modalities: query.modalities,
    window: query.window,
    timeAxis: query.timeAxis,
    minWeight: query.minWeight,
    minSources: query.minSources,
  };
  const centers = [...new Set(query.centerIds ?? [])];
  const hopOf = new Map<string, number>();
  const endpoints = new Map<string, EndpointRow>();
  const edges = new Map<string, NetworkEdgeRow>();
  const maxNodes = query.maxNodes ?? Math.max(query.limit, 500);
  let truncated = false;

  if (centers.length === 0) {
    const all = await readEdges(tx, base);
    for (const e of all.edges) edges.set(e.id, e);
    for (const [id, p] of all.endpoints) endpoints.set(id, p);
  } else {
    const known = await tx.run(
      `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.name AS name, coalesce(e.kind, head([l IN labels(e) WHERE l <> 'Entity'])) AS kind`,
      { ids: centers },
    );
    for (const r of known.records) {
      endpoints.set(r.get('id'), { id: r.get('id'), name: r.get('name'), kind: r.get('kind') });
      hopOf.set(r.get('id'), 0);
    }
    let frontier = [...hopOf.keys()];
    const hops = Math.max(1, Math.min(3, query.hops ?? 1));
    for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
      const found = await readEdges(tx, { ...base, ids: frontier });
      const strength = new Map<string, number>();
      for (const e of found.edges) {
        for (const end of [e.source, e.target]) if (!hopOf.has(end)) strength.set(end, (strength.get(end) ?? 0) + e.weight);
      }
      // Bound the expansion: the most strongly connected newcomers are kept.
      let next = [...strength.keys()];
      const room = maxNodes - hopOf.size;
      if (next.length > room) {
        truncated = true;
        next = next.sort((a, b) => strength.get(b)! - strength.get(a)! || a.localeCompare(b)).slice(0, Math.max(0, room));
      }
      for (const id of next) hopOf.set(id, hop);
      for (const e of found.edges) if (hopOf.has(e.source) && hopOf.has(e.target)) edges.set(e.id, e);
      for (const [id, p] of found.endpoints) if (hopOf.has(id)) endpoints.set(id, p);
      frontier = next;
    }
    // Edges among the outermost ring (e.g. two neighbours of the center talking to each other).
    if (frontier.length > 1) {
      const ring = await readEdges(tx, { ...base, ids: frontier, within: frontier });
      for (const e of ring.edges) edges.set(e.id, e);
    }
  }

  let kept = [...edges.values()];
  if (kept.length > query.limit) {
    truncated = true;
    kept = kept.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id)).slice(0, query.limit);
  }
  kept.sort((a, b) => a.id.localeCompare(b.id));
  return { nodes: buildNodes(kept, endpoints, hopOf, centers), edges: kept, truncated, from: query.window?.from ?? null, to: query.window?.to ?? null, timeAxis: query.timeAxis ?? 'EVENT' };
}

function buildNodes(edges: NetworkEdgeRow[], endpoints: Map<string, EndpointRow>, hopOf: Map<string, number>, centers: string[]): NetworkNodeRow[] {
  const nodes = new Map<string, NetworkNodeRow>();
  const touch = (id: string) => {
    let node = nodes.get(id);
    if (!node) {
      const p = endpoints.get(id);
      if (!p) return undefined;
      node = { id, kind: p.kind, name: p.name, weight: 0, hop: centers.length ? (hopOf.get(id) ?? null) : null, firstDate: null, lastDate: null };
      nodes.set(id, node);
    }
    return node;
  };
  for (const id of centers) touch(id);
  for (const e of edges) {
    for (const id of [e.source, e.target]) {
      const node = touch(id);
      if (!node) continue;
      node.weight += e.weight;
      if (e.firstDate && (!node.firstDate || e.firstDate < node.firstDate)) node.firstDate = e.firstDate;
      if (e.lastDate && (!node.lastDate || e.lastDate > node.lastDate)) node.lastDate = e.lastDate;
    }
  }
  return [...nodes.values()].sort((a, b) => (a.hop ?? 0) - (b.hop ?? 0) || b.weight - a.weight || a.id.localeCompare(b.id));
}

export interface NeighborRow {
  entityId: string;
  weight: number;
  edges: NetworkEdgeRow[];
}

/** Direct neighbours of each entity in the window, heaviest first. One transaction per batch. */
export async function readNeighbors(
  graph: GraphConnection,
  ids: readonly string[],
  query: Omit<EdgeQuery, 'ids' | 'within'> & { first: number },
  options: ReadOptions = {},
): Promise<NeighborRow[][]> {
  if (ids.length === 0) return [];
  const { edges } = await graph.read((tx) => readEdges(tx, { ...query, ids }), options);
  return ids.map((owner) => {
    const byOther = new Map<string, NeighborRow>();
    for (const e of edges) {
      if (e.source !== owner && e.target !== owner) continue;
      const other = e.source === owner ? e.target : e.source;
      const row = byOther.get(other) ?? { entityId: other, weight: 0, edges: [] };
      row.weight += e.weight;
      row.edges.push(e);
      byOther.set(other, row);
    }
    return [...byOther.values()].sort((a, b) => b.weight - a.weight || a.entityId.localeCompare(b.entityId)).slice(0, query.first);
  });
}
