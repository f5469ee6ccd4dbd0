import { describe, expect, it } from 'vitest';
import { provisionalPlacement } from './provisionalPlacement.ts';

describe('provisionalPlacement', () => {
  const ids = ['hub', 'a', 'b', 'c', 'x', 'y', 'lone'];
  const edges = [
    { source: 'hub', target: 'a' },
    { source: 'hub', target: 'b' },
    { source: 'hub', target: 'c' },
    { source: 'a', target: 'b' },
    { source: 'x', target: 'y' },
  ];

  it('places every node, no two on the same spot, deterministically', () => {
    const out = provisionalPlacement(ids, edges, 40);
    expect([...out.keys()].sort()).toEqual([...ids].sort());
    const spots = new Set([...out.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(spots.size).toBe(ids.length);
    expect(provisionalPlacement(ids, edges, 40)).toEqual(out);
  });

  it('puts the most connected node at the centre of its component and keeps components apart', () => {
    const out = provisionalPlacement(ids, edges, 40);
    const d = (a: string, b: string): number =>
      Math.hypot(out.get(a)!.x - out.get(b)!.x, out.get(a)!.y - out.get(b)!.y);
    // The hub is the spiral's first point; its component's members lie within its disc (radius 40·√4 + 40).
    for (const id of ['a', 'b', 'c']) expect(d('hub', id)).toBeLessThanOrEqual(40 * Math.sqrt(3) + 1e-9);
    // Other components start beyond that disc.
    expect(d('hub', 'x')).toBeGreaterThan(40 * 2 + 40);
    expect(d('hub', 'lone')).toBeGreaterThan(40 * 2 + 40);
  });
});
