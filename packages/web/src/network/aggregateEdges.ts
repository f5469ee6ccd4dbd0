import type { EdgeKind, NetEdge } from './networkTypes.ts';

/** One drawn edge standing for every parallel edge it merged. */
export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  /** The kind carrying the most weight: what the line is coloured by. */
  kind: EdgeKind;
  kinds: EdgeKind[];
  weight: number;
  days: number[];
  members: NetEdge[];
}

/**
 * Merge parallel edges so each pair (or each pair and kind) is drawn once: drawing is what costs,
 * and a pair of actors with forty events between them needs one thicker line, not forty.
 */
export function aggregateEdges(edges: readonly NetEdge[], by: 'pair' | 'pair-kind'): DrawnEdge[] {
  const groups = new Map<string, NetEdge[]>();
  for (const edge of edges) {
    const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = by === 'pair' ? `${a}\u0000${b}` : `${a}\u0000${b}\u0000${edge.kind}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const drawn: DrawnEdge[] = [];
  for (const members of groups.values()) {
    const first = members[0]!;
    if (members.length === 1) {
      drawn.push({
        id: first.id,
        source: first.source,
        target: first.target,
        kind: first.kind,
        kinds: [first.kind],
        weight: first.weight,
        days: first.days,
        members,
      });
      continue;
    }
    const byKind = new Map<EdgeKind, number>();
    let weight = 0;
    const days: number[] = [];
    for (const m of members) {
      weight += m.weight;
      byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + m.weight);
      for (const d of m.days) days.push(d);
    }
    days.sort((x, y) => x - y);
    const kinds = [...byKind.entries()].sort((p, q) => q[1] - p[1]).map(([k]) => k);
    drawn.push({
      id: `agg:${first.id}`,
      source: first.source,
      target: first.target,
      kind: kinds[0]!,
      kinds,
      weight,
      days,
      members,
    });
  }
  return drawn;
}
