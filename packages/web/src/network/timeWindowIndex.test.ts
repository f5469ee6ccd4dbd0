import { describe, expect, it } from 'vitest';
import { TimeWindowIndex } from './timeWindowIndex.ts';

/** The set of edges a full re-filter would show: the reference the incremental index must match. */
function brute(edgeDays: number[][], from: number, to: number): Set<number> {
  return new Set(edgeDays.flatMap((days, i) => (days.some((d) => d >= from && d <= to) ? [i] : [])));
}

describe('TimeWindowIndex', () => {
  const edges = [[1], [3, 9], [5], [5, 6, 7], [12], []];

  it('reports only the edges whose membership flips', () => {
    const index = new TimeWindowIndex(edges);
    expect(index.setWindow(1, 4)).toEqual({ entered: [0, 1], left: [] });
    const step = index.setWindow(2, 5);
    expect(step.left).toEqual([0]);
    expect(step.entered.sort()).toEqual([2, 3]);
    expect(index.setWindow(2, 5)).toEqual({ entered: [], left: [] });
    // Edge 1 leaves at its date 3 and stays in through date 9 — no flip.
    const jump = index.setWindow(8, 12);
    expect(jump.entered.sort()).toEqual([4]);
    expect(jump.left.sort()).toEqual([2, 3]);
    expect(index.isInWindow(1)).toBe(true);
    expect(index.countInWindow(1)).toBe(1);
  });

  it('matches a full re-filter on every step of a random sweep, forwards, backwards and jumping', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const days = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + Math.floor(rand() * 4) }, () => Math.floor(rand() * 100)).sort((a, b) => a - b),
    );
    const index = new TimeWindowIndex(days);
    const shown = new Set<number>();
    for (let step = 0; step < 400; step++) {
      const from = Math.floor(rand() * 110) - 5;
      const to = from + Math.floor(rand() * 30) - 2;
      const { entered, left } = index.setWindow(from, to);
      for (const e of entered) {
        expect(shown.has(e)).toBe(false);
        shown.add(e);
      }
      for (const e of left) {
        expect(shown.has(e)).toBe(true);
        shown.delete(e);
      }
      expect(shown).toEqual(brute(days, from, to));
    }
  });

  it('knows its extent and treats an inverted window as empty', () => {
    const index = new TimeWindowIndex(edges);
    expect(index.extent()).toEqual({ from: 1, to: 12 });
    index.setWindow(0, 100);
    expect(index.setWindow(10, 5).left.length).toBe(5);
    expect(new TimeWindowIndex([]).extent()).toBeNull();
  });
});
