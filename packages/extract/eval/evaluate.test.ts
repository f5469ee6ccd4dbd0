import { describe, expect, it } from 'vitest';
import { evaluateAll } from './evaluate.ts';

// Floors a little below the figures measured when they were set (see packages/extract/CONTEXT.md);
// raise them when the extractor improves, never lower them to make a change pass.
const FLOORS: Record<string, number> = {
  entities: 0.7,
  'entities:Country': 0.72,
  'entities:Person': 0.76,
  'entities:Location': 0.64,
  'entities:Organization': 0.6,
  roles: 0.25,
  statements: 0.47,
  events: 0.09,
  overall: 0.57,
};

describe('extractor against the gold annotations', () => {
  const report = evaluateAll();
  it('has at least 21 gold examples (seed + 20)', () => {
    expect(report.examples).toBeGreaterThanOrEqual(21);
  });
  for (const [category, floor] of Object.entries(FLOORS)) {
    it(`${category} F1 stays at or above ${floor}`, () => {
      const got = report.categories[category];
      expect(got, `no ${category} figures`).toBeDefined();
      expect(got!.f1).toBeGreaterThanOrEqual(floor);
    });
  }
  it('gets the seed article exactly right', () => {
    expect(report.misses['seed-mexico-sheinbaum']).toEqual([]);
  });
});
