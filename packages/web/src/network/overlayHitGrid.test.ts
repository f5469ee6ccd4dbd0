import { describe, expect, it } from 'vitest';
import { OverlayHitGrid } from './overlayHitGrid.ts';

/** The brute-force answer: the last shown node whose disc (radius at least 4) holds the point. */
function bruteForce(xs: number[], ys: number[], rs: number[], shown: number[], x: number, y: number): number {
  let best = -1;
  for (let i = 0; i < xs.length; i++) {
    const r = Math.max(rs[i]!, 4);
    if (shown[i] && (xs[i]! - x) ** 2 + (ys[i]! - y) ** 2 <= r * r) best = i;
  }
  return best;
}

describe('OverlayHitGrid', () => {
  it('answers as a scan of every node would, big nodes and hidden ones included', () => {
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const n = 400;
    const xs = Array.from({ length: n }, () => rand() * 800);
    const ys = Array.from({ length: n }, () => rand() * 600);
    const rs = Array.from({ length: n }, (_, i) => (i % 50 === 0 ? 70 : 2 + rand() * 10));
    const shown = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0 : 1));
    const grid = new OverlayHitGrid(32);
    grid.build(
      'k',
      Float64Array.from(xs),
      Float64Array.from(ys),
      Float64Array.from(rs),
      Uint8Array.from(shown),
      n,
      800,
      600,
    );
    let hits = 0;
    for (let q = 0; q < 2000; q++) {
      const x = rand() * 800;
      const y = rand() * 600;
      const want = bruteForce(xs, ys, rs, shown, x, y);
      if (want >= 0) hits++;
      expect(grid.hit(x, y)).toBe(want);
    }
    expect(hits).toBeGreaterThan(100);
    expect(grid.matches('k')).toBe(true);
    expect(grid.matches('other')).toBe(false);
  });
});
