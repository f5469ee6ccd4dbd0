import type { Position } from './networkTypes.ts';

/**
 * Initial positions for nodes that arrive after the layout ran (expansion, a wider window): each goes
 * on a small ring around the centroid of its already-placed neighbours, so the picture grows where
 * the new nodes belong instead of jumping. Deterministic: same input, same positions.
 */
export function placeNearNeighbours(
  newIds: readonly string[],
  neighbours: (id: string) => readonly string[],
  placed: ReadonlyMap<string, Position>,
  spacing = 60,
): Map<string, Position> {
  const out = new Map<string, Position>();
  const all = (id: string): Position | undefined => placed.get(id) ?? out.get(id);
  const centre = centroid([...placed.values()]) ?? { x: 0, y: 0 };
  const ringSlot = new Map<string, number>();
  // Nodes with the most placed neighbours go first so later ones can lean on them.
  const order = [...newIds].sort((a, b) => placedCount(b) - placedCount(a) || a.localeCompare(b));
  function placedCount(id: string): number {
    return neighbours(id).filter((n) => placed.has(n)).length;
  }
  for (const id of order) {
    const anchors = neighbours(id)
      .map(all)
      .filter((p): p is Position => p !== undefined);
    const anchor = centroid(anchors) ?? centre;
    const key = `${Math.round(anchor.x)},${Math.round(anchor.y)}`;
    const slot = ringSlot.get(key) ?? 0;
    ringSlot.set(key, slot + 1);
    // Golden-angle spiral around the anchor: neighbours of the same anchor never stack.
    const angle = slot * 2.399963;
    const radius = spacing * (1 + Math.sqrt(slot) * 0.6);
    out.set(id, { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
  }
  return out;
}

function centroid(points: readonly Position[]): Position | undefined {
  if (points.length === 0) return undefined;
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}
