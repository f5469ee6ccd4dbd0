import { describe, expect, it } from 'vitest';
import { labelBox, labelBudget, pickLabels, type Box, type LabelCandidate } from './labelBudget.ts';

const cand = (id: string, x: number, y: number, forced = false, width = 60): LabelCandidate => ({
  id,
  x,
  y,
  r: 8,
  width,
  height: 16,
  forced,
});
const overlap = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('labelBudget', () => {
  it('grows as one zooms in and never drops to zero when zoomed out', () => {
    const zooms = [0.02, 0.1, 0.3, 0.6, 1, 1.5, 2, 3, 4];
    const budgets = zooms.map((z) => labelBudget(z, 1280, 800));
    for (let i = 1; i < budgets.length; i++) expect(budgets[i]!).toBeGreaterThanOrEqual(budgets[i - 1]!);
    expect(budgets[0]!).toBeGreaterThan(0);
    expect(budgets[budgets.length - 1]!).toBeGreaterThan(budgets[0]!);
  });

  it('a larger canvas has room for more labels', () => {
    expect(labelBudget(1, 2560, 1600)).toBeGreaterThan(labelBudget(1, 640, 400));
  });
});

describe('pickLabels', () => {
  it('takes candidates in order up to the budget', () => {
    const cands = Array.from({ length: 20 }, (_, i) => cand(`n${i}`, 60 + (i % 5) * 150, 60 + Math.floor(i / 5) * 100));
    const picked = pickLabels(cands, 7, 1000, 600);
    expect([...picked.keys()]).toEqual(cands.slice(0, 7).map((c) => c.id));
  });

  it('never lets two labels overlap, trying the other sides first', () => {
    // A dense cluster: many nodes 10 px apart.
    const cands = Array.from({ length: 100 }, (_, i) =>
      cand(`n${i}`, 300 + (i % 10) * 10, 200 + Math.floor(i / 10) * 10),
    );
    const picked = pickLabels(cands, 100, 1000, 600);
    expect(picked.size).toBeGreaterThan(1);
    expect(picked.size).toBeLessThan(100);
    const boxes = [...picked].map(([id, side]) =>
      labelBox(
        cands.find((c) => c.id === id)!,
        side,
      ),
    );
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    // The second node's label went to another side rather than being dropped.
    const two = pickLabels([cand('a', 300, 200), cand('b', 300, 230)], 10, 1000, 600);
    expect(two.size).toBe(2);
  });

  it('keeps labels inside the canvas: a node at the bottom edge gets its label above, at the right edge on the left', () => {
    const picked = pickLabels([cand('bottom', 500, 595), cand('right', 995, 300, false, 120)], 10, 1000, 600);
    expect(picked.get('bottom')).toBe('top');
    expect(picked.get('right')).toBe('left');
    for (const [id, side] of picked) {
      const b = labelBox(id === 'bottom' ? cand('bottom', 500, 595) : cand('right', 995, 300, false, 120), side);
      expect(b.x1).toBeGreaterThanOrEqual(0);
      expect(b.x2).toBeLessThanOrEqual(1000);
      expect(b.y2).toBeLessThanOrEqual(600);
    }
  });

  it('reserves the pad around the text on every side, towards the node too (the outline Cytoscape draws there)', () => {
    const padded = { ...cand('p', 300, 200), pad: 4 };
    // Text 3 px below the node's edge (y 211); the drawn label starts 4 px above that.
    expect(labelBox(padded, 'bottom')).toEqual({ x1: 266, y1: 207, x2: 334, y2: 231 });
    expect(labelBox(padded, 'left')).toEqual({ x1: 225, y1: 188, x2: 293, y2: 212 });
    // The case of the corpus test: Syria's label to the left of a node 4.7 px away from the node Donald Trump's
    // label sits below, their text boxes 0.6 px apart — the outlines would cross; with the pad the second moves.
    const a = { id: 'a', x: 347.3, y: 355.35, r: 4.04, width: 84, height: 12, pad: 2.4, forced: false };
    const b = { id: 'b', x: 307.04, y: 357.41, r: 2.34, width: 31, height: 12, pad: 2.4, forced: false };
    const picked = pickLabels([a, b], 10, 1000, 600);
    expect(picked.get('a')).toBe('bottom');
    expect(overlap(labelBox(a, 'bottom'), labelBox(b, picked.get('b')!))).toBe(false);
    expect(picked.get('b')).not.toBe('left');
  });

  it('skips a node whose label cannot fit on the canvas on any side', () => {
    expect(pickLabels([cand('off', -300, -300)], 10, 1000, 600).size).toBe(0);
  });

  it('places a forced label even where it overlaps, but an unforced one not', () => {
    const picked = pickLabels([cand('hub', 300, 200), cand('sel', 300, 200, true)], 10, 1000, 600);
    expect(picked.has('sel')).toBe(true);
    const unforced = pickLabels(
      [cand('x', 300, 200), cand('y', 300, 200), cand('z', 300, 200), cand('w', 300, 200), cand('v', 300, 200)],
      10,
      1000,
      600,
    );
    expect(unforced.size).toBe(4);
  });
});
