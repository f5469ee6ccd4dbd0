// Table-driven rows for every description rule, run through the real spaCy parser. Sentences are our own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../extractor.ts';
import { titleHeadKey } from '../roles/lexicon.ts';
import { DESCRIPTION_NOUNS, DESCRIPTION_RULES } from './resolveDescriptions.ts';

interface Row {
  rule: string;
  text: string;
  /** [the description as written (its last occurrence in the text), the entity it must refer to, or null for none]. */
  want: [string, string | null][];
}

const ROWS: Row[] = [
  {
    rule: 'desc.body-named',
    text: 'The Carvenian Fisheries Commission met on Monday. The commission said the quota would be cut.',
    want: [['The commission', 'Carvenian Fisheries Commission']],
  },
  {
    rule: 'desc.body-named',
    text: 'The Harbour Court of Appeals heard the case in May. The district court said the lease was void.',
    want: [['The district court', null]],
  },
  {
    rule: 'desc.body-kind',
    text: 'The Association of Harbour Pilots endorsed the plan on Monday. The union said its members would strike.',
    want: [['The union', 'Association of Harbour Pilots']],
  },
  {
    rule: 'desc.person',
    text: 'Lee Morgan toured the flooded valley on Monday. The billionaire said the dam must be rebuilt.',
    want: [['The billionaire', 'Lee Morgan']],
  },
  {
    rule: 'desc.person',
    text: 'Lee Morgan met Kim Tanaka in Osaka on Monday. The candidate said the deal was done.',
    want: [['The candidate', null]],
  },
  {
    rule: 'desc.modifier-evidence',
    text: 'Lee Morgan, a New York businessman, met Kim Tanaka in Osaka. Kim Tanaka greeted the guests. The New York businessman said the deal was done.',
    want: [['The New York businessman', 'Lee Morgan']],
  },
  {
    rule: 'desc.exclusive-words',
    text: 'Democrat Jane Roe and Republican John Doe debated in Ohio on Monday. The Republican candidate said taxes would fall.',
    want: [['The Republican candidate', 'John Doe']],
  },
  {
    rule: 'desc.exclusive-words',
    text: 'Democratic nominee Jane Roe spoke in Ohio on Monday. The Republican nominee said nothing.',
    want: [['The Republican nominee', null]],
  },
];

describe('description rules', () => {
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
      Object.values(DESCRIPTION_RULES)
        .map((r) => r.id)
        .filter((id) => !covered.has(id)),
    ).toEqual([]);
  });

  it('no description noun is a role title (the roles stage resolves those)', () => {
    expect(DESCRIPTION_NOUNS.filter((w) => titleHeadKey(w))).toEqual([]);
  });

  it.each(ROWS)('$rule: $text', async (row) => {
    const x = await extractor.extract({ text: row.text, publishedAt: '2025-06-04' });
    for (const [description, name] of row.want) {
      const start = row.text.lastIndexOf(description);
      expect(start).toBeGreaterThanOrEqual(0);
      const end = start + description.length;
      const owners = x.entities
        .filter((e) => e.references.some((r) => r.start === start && r.end === end))
        .map((e) => e.name);
      expect(owners).toEqual(name ? [name] : []);
    }
  });
});
