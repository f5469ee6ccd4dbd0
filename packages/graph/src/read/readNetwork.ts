import type { EntityKind } from '@newsgraph/model';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import {
  countEdges,
  readEdges,
  readLastHop,
  readNeighbourWeights,
  type EdgeKindName,
  type EdgeQuery,
  type EndpointRow,
  type NetworkEdgeRow,
} from './readNetworkEdges.ts';
import { entityKindOf } from './rows.ts';
import { type DateWindow, type ReadOptions, type TimeAxisName } from './values.ts';

export interface NetworkQuery {
  centerIds?: readonly string[] | null;
  hops?: number | null;
  window?: DateWindow | null;
  timeAxis: TimeAxisName;
  entityKinds?: readonly string[] | null;
  edgeKinds?: readonly EdgeKindName[] | null;
  eventTypes?: readonly string[] | null;
  modalities?: readonly string[] | null;
  minWeight?: number | null;
  minSources?: number | null;
  /** Keep at most this many edges (heaviest first). */
  limit: number;
  /** Stop expanding once this many nodes are reached (the most connected are kept). Default: max(100, 0.6 × limit), then
   *  max(limit, 500) when that cut nodes but fewer than `limit` edges came back. */
  maxNodes?: number;
}

export interface NetworkNodeRow {
  id: string;
  kind: EntityKind;
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
  /** Edges of the asked kinds in the window before the `limit` cut: counted for the whole network; for an ego
   *  network only when nothing was cut (its full size would mean walking every hub it reaches), else null. */
  totalEdges: number | null;
  from: string | null;
  to: string | null;
  timeAxis: TimeAxisName;
}

/**
 * The network in a window: every edge (no centers), or the ego network of the centers up to `hops` away — at most
 * `maxNodes` nodes, the strongest ties first — with every edge among its nodes. All queries run in one read
 * transaction (one timeout).
 */
export async function readNetwork(
  graph: GraphConnection,
  query: NetworkQuery,
  options: ReadOptions = {},
): Promise<NetworkResult> {
  return graph.read((tx) => readNetworkInTx(tx, query), options);
}

/**
 * `reuseLastHop: false` reads every edge among the chosen nodes afresh (the frontier walked twice, as before the last
 * hop returned its edges): the reference the equivalence test compares the default with.
 */
export async function readNetworkInTx(
  tx: ManagedTransaction,
  query: NetworkQuery,
  { reuseLastHop = true }: { reuseLastHop?: boolean } = {},
): Promise<NetworkResult> {
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
  // Node budget: every chosen node's evidence is walked once more to read the edges among them, so choosing far more
  // nodes than the heaviest `limit` edges touch is what made a hub's network slow (on the bench graph a hub's 500
  // heaviest edges touch about 330 nodes). The small budget first; the old, larger one only when nodes were left
  // out and yet fewer than `limit` edges came back — then the edge limit was not what bounded the network, and a
  // medium network must not come back cut for a budget it did not need (such networks are cheap to read twice).
  const budgets = query.maxNodes
    ? [query.maxNodes]
    : [Math.max(100, Math.ceil(query.limit * 0.6)), Math.max(query.limit, 500)];
  let truncated = false;
  let found: NetworkEdgeRow[];
  let totalEdges: number | null = null;

  if (centers.length === 0) {
    const all = await readEdges(tx, { ...base, limit: query.limit + 1 });
    found = all.edges;
    for (const [id, p] of all.endpoints) endpoints.set(id, p);
    // Each kind stopped at limit + 1: past the limit, count what the cut leaves out (no moments read).
    totalEdges = found.length > query.limit ? await countEdges(tx, base) : found.length;
  } else {
    const known = await tx.run(
      `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.name AS name, coalesce(e.kind, head([l IN labels(e) WHERE l <> 'Entity'])) AS kind`,
      { ids: centers },
    );
    for (const r of known.records) {
      const id = r.get('id') as string;
      endpoints.set(id, { id, name: r.get('name') as string, kind: entityKindOf(r.get('kind'), id) });
      hopOf.set(id, 0);
    }
    // Choose the nodes first, hop by hop, from per-neighbour weights ranked and cut in the query (a hub's thousands
    // of neighbours never leave Neo4j); then read the edges once, among the chosen nodes only. The last hop's query
    // also returns the frontier's edges with every chosen node (readLastHop), so the edges still to read are those
    // among the other chosen nodes: the frontier's evidence is walked once, not twice.
    const hops = Math.max(1, Math.min(3, query.hops ?? 1));
    const centerIds = [...hopOf.keys()];
    found = [];
    for (const maxNodes of budgets) {
      for (const id of [...hopOf.keys()]) if (hopOf.get(id) !== 0) hopOf.delete(id);
      let nodesCut = false;
      let frontier = centerIds;
      let walked: { frontier: Set<string>; edges: NetworkEdgeRow[] } | null = null;
      for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
        const room = maxNodes - hopOf.size;
        if (room <= 0) {
          // The node budget ran out before the last hop: the expansion stopped short.
          nodesCut = true;
          break;
        }
        const asked = { ...base, ids: frontier, exclude: [...hopOf.keys()] };
        if (hop === hops && reuseLastHop) {
          const last = await readLastHop(tx, { ...asked, room });
          if (last.cut) nodesCut = true;
          frontier = last.added;
          walked = { frontier: new Set(asked.ids), edges: last.edges };
          for (const [id, p] of last.endpoints) endpoints.set(id, p);
        } else {
          const ranked = await readNeighbourWeights(tx, { ...asked, limit: room + 1 });
          if (ranked.length > room) nodesCut = true;
          frontier = ranked.slice(0, room).map((r) => r.id);
        }
        for (const id of frontier) hopOf.set(id, hop);
      }
      // Edges already read with the last hop (those touching its frontier) are not read again.
      const rest = [...hopOf.keys()].filter((id) => !walked?.frontier.has(id));
      const among = await readEdges(tx, { ...base, ids: rest, within: rest, limit: query.limit + 1 });
      found = [...(walked?.edges ?? []), ...among.edges];
      for (const [id, p] of among.endpoints) endpoints.set(id, p);
      truncated = nodesCut;
      if (!nodesCut || found.length > query.limit) break;
    }
  }

  // Each kind brought at most limit + 1 edges in this same order; the heaviest `limit` of them all are kept.
  let kept = found.sort((a, b) => b.weight - a.weight || byCodeUnit(a.id, b.id));
  if (kept.length > query.limit) {
    truncated = true;
    kept = kept.slice(0, query.limit);
  }
  kept.sort((a, b) => a.id.localeCompare(b.id));
  if (centers.length > 0) totalEdges = truncated ? null : kept.length;
  return {
    nodes: buildNodes(kept, endpoints, hopOf, centers),
    edges: kept,
    truncated,
    totalEdges,
    from: query.window?.from ?? null,
    to: query.window?.to ?? null,
    timeAxis: query.timeAxis,
  };
}

/** Neo4j orders strings by code unit; the same order here keeps the cut made in the query and the one made here equal. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildNodes(
  edges: NetworkEdgeRow[],
  endpoints: Map<string, EndpointRow>,
  hopOf: Map<string, number>,
  centers: string[],
): NetworkNodeRow[] {
  const nodes = new Map<string, NetworkNodeRow>();
  const touch = (id: string) => {
    let node = nodes.get(id);
    if (!node) {
      const p = endpoints.get(id);
      if (!p) return undefined;
      node = {
        id,
        kind: p.kind,
        name: p.name,
        weight: 0,
        hop: centers.length ? (hopOf.get(id) ?? null) : null,
        firstDate: null,
        lastDate: null,
      };
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
  return [...nodes.values()].sort(
    (a, b) => (a.hop ?? 0) - (b.hop ?? 0) || b.weight - a.weight || a.id.localeCompare(b.id),
  );
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
    return [...byOther.values()]
      .sort((a, b) => b.weight - a.weight || a.entityId.localeCompare(b.entityId))
      .slice(0, query.first);
  });
}
