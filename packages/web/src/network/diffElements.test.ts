import { describe, expect, it } from 'vitest';
import { diffById, sameData, type ElementData } from './diffElements.ts';

const node = (id: string, size = 10, label = id): ElementData => ({ id, label, size });
const edge = (id: string, source: string, target: string, width = 1): ElementData => ({ id, source, target, width });

describe('diffById', () => {
  it('adds what is new, removes what is gone, updates only changed data and leaves the rest', () => {
    const drawn = new Map([node('a'), node('b'), node('c'), edge('ab', 'a', 'b')].map((d) => [d.id, d]));
    const diff = diffById(
      drawn,
      [node('a'), node('b', 20), node('d'), edge('ab', 'a', 'b'), edge('bd', 'b', 'd')],
      ['source', 'target'],
    );
    expect(diff.added.map((d) => d.id)).toEqual(['d', 'bd']);
    expect(diff.removed).toEqual(['c']);
    expect(diff.updated).toEqual([node('b', 20)]);
    expect(diff.unchanged).toBe(2);
  });

  it('the same data again is a no-op (an expansion that brings nothing new touches nothing)', () => {
    const items = [node('a'), node('b'), edge('ab', 'a', 'b', 3)];
    const diff = diffById(
      new Map(items.map((d) => [d.id, d])),
      items.map((d) => ({ ...d })),
      ['source', 'target'],
    );
    expect(diff).toEqual({ added: [], removed: [], updated: [], unchanged: 3 });
  });

  it('an edge whose endpoints change is removed and re-added, not updated in place', () => {
    const diff = diffById(new Map([['e', edge('e', 'a', 'b')]]), [edge('e', 'a', 'c')], ['source', 'target']);
    expect(diff.removed).toEqual(['e']);
    expect(diff.added).toEqual([edge('e', 'a', 'c')]);
    expect(diff.updated).toEqual([]);
  });

  it('everything is added onto an empty canvas and removed when the data empties', () => {
    const items = [node('a'), node('b')];
    expect(diffById(new Map(), items).added).toEqual(items);
    expect(diffById(new Map(items.map((d) => [d.id, d])), []).removed).toEqual(['a', 'b']);
  });

  it('refuses duplicate ids (two elements cannot share one)', () => {
    expect(() => diffById(new Map(), [node('a'), node('a')])).toThrow(/duplicate id a/);
  });

  it('agrees with a brute-force set comparison on random data', () => {
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const before = new Map<string, ElementData>();
      for (let i = 0; i < 30; i++) if (rnd(2)) before.set(`n${i}`, node(`n${i}`, rnd(3)));
      const after: ElementData[] = [];
      for (let i = 0; i < 30; i++) if (rnd(2)) after.push(node(`n${i}`, rnd(3)));
      const diff = diffById(before, after);
      const afterIds = new Set(after.map((d) => d.id));
      expect(new Set(diff.removed)).toEqual(new Set([...before.keys()].filter((id) => !afterIds.has(id))));
      expect(new Set(diff.added.map((d) => d.id))).toEqual(
        new Set(after.filter((d) => !before.has(d.id)).map((d) => d.id)),
      );
      expect(new Set(diff.updated.map((d) => d.id))).toEqual(
        new Set(after.filter((d) => before.has(d.id) && !sameData(before.get(d.id)!, d)).map((d) => d.id)),
      );
      expect(diff.added.length + diff.updated.length + diff.unchanged).toBe(after.length);
    }
  });
});
