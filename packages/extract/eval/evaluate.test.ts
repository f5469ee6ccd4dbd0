import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateProjectGold } from './evaluate.ts';
import type { SetRun } from './printReport.ts';
import type { GoldSetReport } from './scoreGoldSet.ts';

// Floors a little below the figures measured when they were set (see packages/extract/eval/BASELINE.md);
// raise them when the extractor improves, never lower them to make a change pass. The extractor is run through its
// CLI contract (`pnpm --silent extract --jsonl`), as the held-out sets are, so this test holds across a rewrite.
// PolNeAR and PLOVER figures are printed by `pnpm eval:extract` only: those corpora live outside the repository.
const FLOORS: Record<string, number> = {
  // measured 2026-11-26 on 24 examples (newsgraph-spacy/2.2.0, junk round 2 of issue 9): entities 93.1, Country 96.5,
  // Person 96.7, Location 89.5, Organization 85.6, roles 79.8, statements 79.0, events 45.9, overall 84.6, NER 93.9.
  // newsgraph-spacy/2.1.1 (entity rules round of issue 9's junk target): entities
  // 92.7, Country 96.5, Person 96.7, Location 88.3, Organization 84.5, roles 78.1, statements 78.6, events 45.9,
  // overall 84.2, NER 93.5 (F1, %). newsgraph-spacy/2.0.0: 90.7, 96.5, 95.6, 85.3, 77.0, 77.8, 77.6, 45.2, 82.6, 91.5.
  // Before the rewrite (newsgraph-rules/0.1.0): 82.9, 91.8, 88.5, 69.2, 65.8, 59.6, 57.7, 40.0, 72.0, 83.2.
  entities: 0.92,
  'entities:Country': 0.95,
  'entities:Person': 0.95,
  'entities:Location': 0.88,
  'entities:Organization': 0.84,
  roles: 0.78,
  statements: 0.77,
  events: 0.44,
  overall: 0.83,
};
const NER_FLOOR = 0.93;
// Junk entities (fragments, wrong kinds, unmerged duplicates) on the project gold: 6.4 % of 373 measured with 2.2.0
// (7.0 % with 2.1.1, 8.8 % with 2.0.0). A ceiling just above it; the Wikinews figure (issue 9's ≤ 5 % target: 4.2 %
// with 2.2.0) is printed by the eval.
const JUNK_CEILING = 0.07;

describe('extractor (through its CLI) against the project gold', () => {
  let run: SetRun<GoldSetReport>;
  beforeAll(async () => {
    run = await evaluateProjectGold();
  }, 600_000);

  it('extracts every example through the CLI', () => {
    expect(run.failures).toEqual([]);
  });
  it('has at least 21 gold examples (seed + 20)', () => {
    expect(run.report.examples).toBeGreaterThanOrEqual(21);
    expect(run.report.skipped).toEqual([]);
  });
  for (const [category, floor] of Object.entries(FLOORS)) {
    it(`${category} F1 stays at or above ${floor}`, () => {
      const got = run.report.groups.all?.categories[category];
      expect(got, `no ${category} figures`).toBeDefined();
      expect(got!.f1).toBeGreaterThanOrEqual(floor);
    });
  }
  it(`NER (PER/LOC/ORG, exact span + type) F1 stays at or above ${NER_FLOOR}`, () => {
    expect(run.report.groups.all?.ner.all?.f1).toBeGreaterThanOrEqual(NER_FLOOR);
  });
  it(`junk entities stay at or below ${JUNK_CEILING * 100} %`, () => {
    expect(run.report.groups.all?.junk.rate).toBeLessThanOrEqual(JUNK_CEILING);
  });
  it('gets the seed article exactly right', () => {
    const seed = run.report.misses['seed-mexico-sheinbaum'];
    expect(seed).toBeDefined();
    expect([...seed!.notes, ...seed!.gold]).toEqual([]);
  });
});
