import { describe, expect, it } from 'vitest';
import { connection, decodeCursor, encodeCursor, pageWindow } from './pagination.ts';

describe('pagination', () => {
  it('cursors round-trip and pages follow each other', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    const page = pageWindow({ first: 2, after: encodeCursor(1) }, 20, 100, 'x');
    expect(page).toEqual({ skip: 2, limit: 2 });
    const c = connection(['c', 'd'], 5, page);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true, endCursor: encodeCursor(3) });
    expect(connection(['e'], 5, { skip: 4, limit: 2 }).pageInfo.hasNextPage).toBe(false);
  });
  it('rejects foreign cursors and oversized pages', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(/not a cursor/);
    expect(() => pageWindow({ first: 101 }, 20, 100, 'Query.x')).toThrow(/maximum page size of 100/);
    expect(() => pageWindow({ first: -1 }, 20, 100, 'Query.x')).toThrow(/non-negative/);
  });
});
