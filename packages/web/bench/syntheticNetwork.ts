import { ENTITY_KINDS, EDGE_KINDS, type NetEdge, type NetNode, type NetworkData } from '../src/network/networkTypes.ts';

export interface SyntheticSpec {
  nodes: number;
  edges: number;
  /** First day (day number) of the year the evidence is spread over. */
  startDay: number;
  days: number;
  seed: number;
}

/** Deterministic PRNG (mulberry32): the same spec always yields the same network. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A news-like network: communities (regions), a heavy-tailed activity distribution (a few actors in
 * most stories), 1–4 dated pieces of evidence per edge clustered in time (stories run for days),
 * and about a fifth of the edges parallel to an existing pair with another kind — what aggregation folds.
 */
export function syntheticNetwork(spec: SyntheticSpec): NetworkData {
  const rand = prng(spec.seed);
  const communities = Math.max(4, Math.round(Math.sqrt(spec.nodes) / 3));
  const nodes: NetNode[] = [];
  const members: number[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < spec.nodes; i++) {
    const c = Math.floor(rand() * communities);
    members[c]!.push(i);
    nodes.push({
      id: `n${i}`,
      label: `Actor ${i}`,
      kind: ENTITY_KINDS[Math.floor(rand() ** 1.6 * ENTITY_KINDS.length)]!,
      activity: 0,
    });
  }
  // Zipf-like pick: low indices of a community are its prominent actors.
  const pickIn = (c: number): number => {
    const list = members[c]!;
    return list[Math.floor(rand() ** 2.2 * list.length)]!;
  };
  const edges: NetEdge[] = [];
  const pairs: Array<[number, number]> = [];
  while (edges.length < spec.edges) {
    let a: number;
    let b: number;
    if (pairs.length > 0 && rand() < 0.2) {
      [a, b] = pairs[Math.floor(rand() * pairs.length)]!;
    } else {
      const c = Math.floor(rand() * communities);
      a = pickIn(c);
      b = rand() < 0.85 ? pickIn(c) : pickIn(Math.floor(rand() * communities));
      if (a === b) continue;
      pairs.push([a, b]);
    }
    const centre = Math.floor(rand() * spec.days);
    const count = 1 + Math.floor(rand() ** 2 * 4);
    const days: number[] = [];
    for (let k = 0; k < count; k++)
      days.push(spec.startDay + Math.min(spec.days - 1, Math.max(0, centre + Math.floor((rand() - 0.5) * 14))));
    days.sort((x, y) => x - y);
    edges.push({
      id: `e${edges.length}`,
      source: `n${a}`,
      target: `n${b}`,
      kind: EDGE_KINDS[Math.floor(rand() ** 1.5 * EDGE_KINDS.length)]!,
      weight: count,
      days,
    });
    nodes[a]!.activity += count;
    nodes[b]!.activity += count;
  }
  return { nodes, edges };
}
