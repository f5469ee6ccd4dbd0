// Table-driven rows for every holder and owner pattern, run through the real spaCy parse. Sentences are written for
// these tests (a few are modelled on Wikinews, CC BY 2.5, Wikinews contributors).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../extractor.ts';
import type { Extraction } from '../extractionSchema.ts';
import { HOLDER_PATTERNS } from './holderPatterns.ts';
import { OWNER_PATTERNS } from './ownerPatterns.ts';

type Row = [person: string, title: string, of: string | null, former?: true];
interface Case {
  /** The pattern or rule this row exercises. */
  rule: string;
  text: string;
  roles: Row[];
}

const CASES: Case[] = [
  {
    rule: 'title-before-name',
    text: 'Mexican President Claudia Sheinbaum announced on Friday that joint efforts against the cartels were working.',
    roles: [['Claudia Sheinbaum', 'President', 'Mexico']],
  },
  {
    rule: 'title-before-name',
    text: 'Officials said on Friday that U.S. Secretary of State Marco Rubio spoke with Mexican Foreign Secretary Juan Ramón de la Fuente.',
    roles: [
      ['Marco Rubio', 'Secretary of State', 'United States'],
      ['Juan Ramón de la Fuente', 'Foreign Secretary', 'Mexico'],
    ],
  },
  {
    rule: 'title-then-appositive-name',
    text: 'Ecuador’s interior minister, Gabriel Zambrano, said the border would stay closed.',
    roles: [['Gabriel Zambrano', 'Interior Minister', 'Ecuador']],
  },
  {
    rule: 'name-then-appositive-title',
    text: 'Robert Mugabe, former president of Zimbabwe, has died at the age of 95.',
    roles: [['Robert Mugabe', 'President', 'Zimbabwe', true]],
  },
  {
    rule: 'copula-complement',
    text: 'Before entering government, Ruth Wanjala was Kenya’s ambassador to Ethiopia.',
    roles: [['Ruth Wanjala', 'Ambassador', 'Kenya']],
  },
  {
    rule: 'as-title-subject',
    text: 'Peter Novak served as prime minister of Slovakia from 2008 to 2012.',
    roles: [['Peter Novak', 'Prime Minister', 'Slovakia']],
  },
  {
    rule: 'as-title-object',
    text: 'The president of Chile appointed the diplomat Carolina Fuentes as foreign minister on Monday, after a long search.',
    roles: [['Carolina Fuentes', 'Foreign Minister', 'Chile']],
  },
  {
    rule: 'appointed-title',
    text: 'On Tuesday, the African Union named Ruth Wanjala its special envoy for the Nile Basin.',
    roles: [['Ruth Wanjala', 'special envoy', 'African Union']],
  },
  {
    rule: 'successor-as-title',
    text: 'Until May, Ruth Wanjala was the foreign minister of Kenya. Her successor as foreign minister, Daniel Kiprotich, welcomed the appointment on Wednesday.',
    roles: [
      ['Ruth Wanjala', 'Foreign Minister', 'Kenya'],
      ['Daniel Kiprotich', 'Foreign Minister', 'Kenya'],
    ],
  },
  {
    rule: 'coordinated-title',
    text: 'Ruth Wanjala was Kenya’s ambassador to Ethiopia and, earlier, a senior legal adviser at the East African Community.',
    roles: [
      ['Ruth Wanjala', 'Ambassador', 'Kenya'],
      ['Ruth Wanjala', 'senior legal adviser', 'East African Community'],
    ],
  },
  {
    rule: 'conjunct-title-then-name',
    text: 'The agreement was signed in Accra by Ghanaian Defence Minister Kwabena Asante and his Ivorian counterpart, Mariam Touré, after two days of talks.',
    roles: [
      ['Kwabena Asante', 'Defence Minister', 'Ghana'],
      ['Mariam Touré', 'Defence Minister', 'Ivory Coast'],
    ],
  },
  {
    rule: 'owner-of',
    text: 'On Wednesday, Carrie Lam, the chief executive of Hong Kong, said the bill would be withdrawn.',
    roles: [['Carrie Lam', 'Chief Executive', 'Hong Kong']],
  },
  {
    rule: 'owner-possessive',
    text: 'On Monday, Kenya’s foreign minister, Ruth Wanjala, arrived in the city for two days of talks.',
    roles: [['Ruth Wanjala', 'Foreign Minister', 'Kenya']],
  },
  {
    rule: 'owner-modifier',
    text: 'EU spokesperson Annika Berg told reporters on Friday that the sanctions would stay.',
    roles: [['Annika Berg', 'Spokesperson', 'European Union']],
  },
  {
    rule: 'owner-at-body',
    text: 'Before he was killed, the journalist Jamal Khashoggi was a columnist for The Washington Post and lived in Virginia.',
    roles: [['Jamal Khashoggi', 'columnist', 'The Washington Post']],
  },
  {
    rule: 'owner-glued-demonym',
    text: 'Indian External Affairs Minister Rohan Mehra called the decision a humanitarian exception.',
    roles: [['Rohan Mehra', 'External Affairs Minister', 'India']],
  },
  {
    rule: 'state office takes the sentence country',
    text: 'The U.S. operation in Venezuela removed President Nicolás Maduro from power.',
    roles: [['Nicolás Maduro', 'President', 'Venezuela', true]],
  },
  {
    rule: 'state office takes the article country',
    text: 'Belarus closed two border crossings on Thursday. Foreign Minister Viktar Hrynevich said the decision was final.',
    roles: [['Viktar Hrynevich', 'Foreign Minister', 'Belarus']],
  },
  {
    rule: 'legislature seat',
    text: 'Senator Ana Ribeiro, who chairs the Senate agriculture committee, is trying to block the deal in Brazil.',
    roles: [['Ana Ribeiro', 'Senator', 'Senate']],
  },
  {
    rule: 'plural title over conjuncts',
    text: 'The Senate in Brazil received a letter on Monday that was signed by Senators Ana Ribeiro and Paulo Costa.',
    roles: [
      ['Ana Ribeiro', 'Senator', 'Senate'],
      ['Paulo Costa', 'Senator', 'Senate'],
    ],
  },
  {
    rule: 'counterpart mirrors a title',
    text: 'Thai Foreign Minister Somchai Wongsakul and his Cambodian counterpart Sok Pheakdey met for three hours on Tuesday in the border town.',
    roles: [
      ['Somchai Wongsakul', 'Foreign Minister', 'Thailand'],
      ['Sok Pheakdey', 'Foreign Minister', 'Cambodia'],
    ],
  },
  {
    rule: 'then- is former, not a name',
    text: 'The deal was signed under then-President Barack Obama in the United States.',
    roles: [['Barack Obama', 'President', 'United States', true]],
  },
  {
    rule: 'a rank is not a title',
    text: 'Mali’s army spokesman, Colonel Abdoulaye Sangaré, said the posts were retaken.',
    roles: [['Abdoulaye Sangaré', 'Spokesman', 'Mali']],
  },
];

describe('findRoles', () => {
  let extractor: Extractor;
  const results = new Map<string, Extraction>();
  beforeAll(async () => {
    extractor = createExtractor();
    const texts = [...new Set([...CASES.map((c) => c.text), ...REFERENCE_CASES.map((c) => c.text)])];
    const out = await extractor.extractMany(texts.map((text) => ({ text, publishedAt: '2026-01-09' })));
    texts.forEach((t, k) => {
      const o = out[k]!;
      if (!o.ok) throw new Error(o.message);
      results.set(t, o.extraction);
    });
  }, 120_000);
  afterAll(async () => extractor.close());

  const rows = (x: Extraction): Row[] => {
    const name = (id: string | null) => (id === null ? null : x.entities.find((e) => e.id === id)!.name);
    return x.roles.map((r): Row =>
      r.former
        ? [name(r.personId)!, r.title.toLowerCase(), name(r.ofId), true]
        : [name(r.personId)!, r.title.toLowerCase(), name(r.ofId)],
    );
  };

  it.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    expect(rows(results.get(c.text)!).sort()).toEqual(
      c.roles
        .map((r): Row => (r[3] ? [r[0], r[1].toLowerCase(), r[2], true] : [r[0], r[1].toLowerCase(), r[2]]))
        .sort(),
    );
  });

  it.each(REFERENCE_CASES.map((c) => [c.rule, c] as const))('reference: %s', (_rule, c) => {
    const x = results.get(c.text)!;
    const e = x.entities.find((en) => en.name === c.person)!;
    expect(e.references.map((r) => x.text.slice(r.start, r.end))).toEqual(expect.arrayContaining(c.references));
    for (const not of c.not ?? []) expect(e.references.map((r) => x.text.slice(r.start, r.end))).not.toContain(not);
  });

  it('has a row for every holder and owner pattern', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    for (const p of [...HOLDER_PATTERNS, ...OWNER_PATTERNS]) expect(covered, p.id).toContain(p.id);
  });
});

interface ReferenceCase {
  rule: string;
  text: string;
  person: string;
  references: string[];
  not?: string[];
}

const REFERENCE_CASES: ReferenceCase[] = [
  {
    rule: 'a definite title refers to its holder',
    text: 'Mexican President Claudia Sheinbaum spoke to reporters on Friday about the talks. The president said the talks had gone well.',
    person: 'Claudia Sheinbaum',
    references: ['The president'],
  },
  {
    rule: 'a title with its country refers to that country’s holder',
    text: 'On Monday, U.S. President Donald Trump called his neighbour, Mexican President Claudia Sheinbaum, about the border. The Mexican president’s comments came a day later.',
    person: 'Claudia Sheinbaum',
    references: ['The Mexican president'],
  },
  {
    rule: 'the nearest holder mentioned before wins',
    text: 'In Brazil, the senator Ana Ribeiro has opposed the deal for months. The finance minister, Paulo Costa, defended it. Asked about the senator’s remarks, Costa said he respected her.',
    person: 'Ana Ribeiro',
    references: ['the senator'],
  },
];
