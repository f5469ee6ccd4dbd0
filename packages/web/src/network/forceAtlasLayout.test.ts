import { describe, expect, it } from 'vitest';
import { forceAtlasIterations, forceAtlasLayout, type ForceAtlasInput } from './forceAtlasLayout.ts';

/** Two 12-node cliques joined by one edge, started interleaved on a line (the layout must pull them apart). */
function twoCommunities(): ForceAtlasInput {
  const n = 24;
  const source: number[] = [];
  const target: number[] = [];
  for (const base of [0, 12])
    for (let i = 0; i < 12; i++)
      for (let j = i + 1; j < 12; j++) {
        source.push(base + i);
        target.push(base + j);
      }
  source.push(0);
  target.push(12);
  const start = new Float64Array(2 * n);
  // Node k of community c at x = 2k + c: the communities start fully mixed.
  for (let i = 0; i < n; i++) {
    start[2 * i] = 2 * (i % 12) + (i < 12 ? 0 : 1);
    start[2 * i + 1] = (i * 7) % 5;
  }
  return {
    sizes: new Float64Array(n).fill(20),
    edgeSource: Uint32Array.from(source),
    edgeTarget: Uint32Array.from(target),
    start,
  };
}

const dist = (xy: Float64Array, a: number, b: number): number =>
  Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);

describe('forceAtlasLayout', () => {
  it('separates communities that start mixed: members end nearer each other than the other community', () => {
    const xy = forceAtlasLayout(twoCommunities());
    let within = 0;
    let withinN = 0;
    let across = 0;
    let acrossN = 0;
    for (let a = 0; a < 24; a++)
      for (let b = a + 1; b < 24; b++) {
        if (a < 12 === b < 12) {
          within += dist(xy, a, b);
          withinN++;
        } else {
          across += dist(xy, a, b);
          acrossN++;
        }
      }
    expect(across / acrossN).toBeGreaterThan(2 * (within / withinN));
  });

  it('scales the map so the median connected pair is 130 model units apart, centred on the origin', () => {
    const input = twoCommunities();
    const xy = forceAtlasLayout(input);
    const lengths = Array.from(input.edgeSource, (s, k) => dist(xy, s, input.edgeTarget[k]!)).sort((p, q) => p - q);
    expect(lengths[lengths.length >> 1]).toBeCloseTo(130, 6);
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < 24; i++) {
      cx += xy[2 * i]!;
      cy += xy[2 * i + 1]!;
    }
    expect(Math.abs(cx / 24)).toBeLessThan(1e-6);
    expect(Math.abs(cy / 24)).toBeLessThan(1e-6);
  });

  it('is deterministic: the same input gives the same positions', () => {
    expect(forceAtlasLayout(twoCommunities())).toEqual(forceAtlasLayout(twoCommunities()));
  });

  it('folds parallel drawn edges into one spring weighted by their count', () => {
    // A hub (0) tied to node 1 by three drawn edges and to node 2 by one, each leaf also tied to a filler ring.
    const source = [0, 0, 0, 0, 1, 2, 3, 4, 5];
    const target = [1, 1, 1, 2, 3, 4, 5, 6, 6];
    const n = 7;
    const start = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      start[2 * i] = 100 * Math.cos((2 * Math.PI * i) / n);
      start[2 * i + 1] = 100 * Math.sin((2 * Math.PI * i) / n);
    }
    const xy = forceAtlasLayout({
      sizes: new Float64Array(n).fill(20),
      edgeSource: Uint32Array.from(source),
      edgeTarget: Uint32Array.from(target),
      start,
    });
    expect(dist(xy, 0, 1)).toBeLessThan(0.8 * dist(xy, 0, 2));
  });

  it('ignores self-loops and leaves a network without edges where it stands', () => {
    const start = Float64Array.from([0, 0, 50, 0, 0, 50]);
    const xy = forceAtlasLayout({
      sizes: new Float64Array(3).fill(10),
      edgeSource: Uint32Array.from([1]),
      edgeTarget: Uint32Array.from([1]),
      start,
    });
    expect(Array.from(xy)).toEqual(Array.from(start));
  });
});

describe('forceAtlasIterations', () => {
  it('spends a work budget of iterations × (n·log2 n + pairs), within 100–400 iterations', () => {
    expect(forceAtlasIterations(5000, 16_400)).toBe(200);
    expect(forceAtlasIterations(200, 1500)).toBe(400);
    expect(forceAtlasIterations(50_000, 200_000)).toBe(100);
    const mid = forceAtlasIterations(3200, 50_000);
    expect(mid).toBeGreaterThan(150);
    expect(mid).toBeLessThan(200);
    expect(forceAtlasIterations(3200, 50_000)).toBeGreaterThan(forceAtlasIterations(5000, 50_000));
  });
});
