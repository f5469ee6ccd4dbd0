import type { Position } from './networkTypes.ts';

/**
 * Where a first load's nodes stand while the layout runs (ForceAtlas2 in a worker, from these positions): a sunflower
 * (golden-angle) spiral per connected component, most connected nodes at its centre, components side by side from the
 * largest, in rows.
 *
 * Why this one: it costs a sort and a union-find (a few ms at 3 200 nodes / 43 000 edges, on the main thread that must
 * stay free), never stacks two nodes, and puts the hubs in the middle of their component as the layout will — so the
 * picture the user pans over while arranging already reads "who is central, what hangs apart", and the arranged
 * frame replaces it without everything changing place. Placing neighbours around their hubs looked closer to the end
 * result on paper but stacks the shared neighbours of two hubs and costs a pass per hub.
 * Deterministic: same nodes and edges, same positions.
 */
export function provisionalPlacement(
  ids: readonly string[],
  edges: ReadonlyArray<{ source: string; target: string }>,
  spacing: number,
): Map<string, Position> {
  const index = new Map(ids.map((id, i) => [id, i]));
  const parent = Int32Array.from(ids, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const degree = new Uint32Array(ids.length);
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    degree[s]!++;
    degree[t]!++;
    const rs = find(s);
    const rt = find(t);
    if (rs !== rt) parent[Math.max(rs, rt)] = Math.min(rs, rt);
  }
  const components = new Map<number, number[]>();
  for (let i = 0; i < ids.length; i++) {
    const root = find(i);
    (components.get(root) ?? components.set(root, []).get(root)!).push(i);
  }
  const byDegree = (a: number, b: number): number => degree[b]! - degree[a]! || (ids[a]! < ids[b]! ? -1 : 1);
  const groups = [...components.values()].map((members) => members.sort(byDegree));
  groups.sort((a, b) => b.length - a.length || byDegree(a[0]!, b[0]!));
  // A spiral of n points at this spacing fills a disc of radius spacing·√n; rows as wide as all discs side by side
  // would be if they were squared up.
  const radius = (n: number): number => spacing * Math.sqrt(n) + spacing;
  const rowWidth = Math.max(
    2 * radius(groups[0]?.length ?? 1),
    Math.sqrt(groups.reduce((s, g) => s + 4 * radius(g.length) ** 2, 0)),
  );
  const out = new Map<string, Position>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const members of groups) {
    const r = radius(members.length);
    if (x > 0 && x + 2 * r > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const cx = x + r;
    const cy = y + r;
    members.forEach((node, k) => {
      const angle = k * 2.399963229728653;
      const d = spacing * Math.sqrt(k);
      out.set(ids[node]!, { x: cx + d * Math.cos(angle), y: cy + d * Math.sin(angle) });
    });
    x += 2 * r;
    rowHeight = Math.max(rowHeight, 2 * r);
  }
  return out;
}
