// Table-driven rows for every pronoun rule, run through the real spaCy parser. Sentences are our own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../extractor.ts';
import { PRONOUN_RULES } from './resolvePronouns.ts';

interface Row {
  rule: string;
  text: string;
  /** [text starting with the pronoun (unique in the text), the entity it must refer to, or null for none]. */
  want: [string, string | null][];
}

const ROWS: Row[] = [
  {
    rule: 'pronoun.speech-continuity',
    text: 'Jane Roe opened the hearing on Monday. The committee heard three engineers. The dam had failed twice in a decade. "Nobody in this room wanted that outcome," she said.',
    want: [['she said', 'Jane Roe']],
  },
  {
    rule: 'pronoun.speech-continuity',
    text: 'Lee Morgan agreed to a pact in which John Doe became premier. "I will not stand in the way," he declared.',
    want: [['he declared', 'Lee Morgan']],
  },
  {
    rule: 'pronoun.nearest-subject',
    text: 'Jane Roe met John Doe in Lagos on Monday. She later flew to Accra.',
    want: [['She later', 'Jane Roe']],
  },
  {
    rule: 'pronoun.nearest-subject',
    text: '"John Doe has no plan for the valley," Jane Roe told the crowd. Then she left.',
    want: [['she left', 'Jane Roe']],
  },
  {
    rule: 'pronoun.collective-body',
    text: 'The World Health Organization met in Geneva on Monday. It later declared an emergency.',
    want: [['It later', 'World Health Organization']],
  },
  {
    rule: 'gender.honorific',
    text: 'Mr. Lee Morgan met Kim Tanaka in Osaka on Monday. She said the deal was done.',
    want: [['She said', 'Kim Tanaka']],
  },
  {
    rule: 'gender.noun',
    text: 'Lee Morgan, a businessman from Osaka, met Kim Tanaka on Monday. She said the deal was done.',
    want: [['She said', 'Kim Tanaka']],
  },
  {
    rule: 'gender.pronoun-history',
    text: 'Lee Morgan arrived in Osaka and his staff followed. Lee Morgan met Kim Tanaka at the station. She said the deal was done.',
    want: [['She said', 'Kim Tanaka']],
  },
];

describe('pronoun rules', () => {
  let extractor: Extractor;
  beforeAll(async () => {
    extractor = createExtractor();
    await extractor.info();
  }, 120_000);
  afterAll(async () => {
    await extractor.close();
  });

  it('every rule has a test row', () => {
    const covered = new Set(ROWS.map((r) => r.rule));
    expect(
      Object.values(PRONOUN_RULES)
        .map((r) => r.id)
        .filter((id) => !covered.has(id)),
    ).toEqual([]);
  });

  it.each(ROWS)('$rule: $text', async (row) => {
    const x = await extractor.extract({ text: row.text, publishedAt: '2025-06-04' });
    for (const [needle, name] of row.want) {
      const at = row.text.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      const owners = x.entities.filter((e) => e.references.some((r) => r.start <= at && at < r.end)).map((e) => e.name);
      expect(owners).toEqual(name ? [name] : []);
    }
  });
});
