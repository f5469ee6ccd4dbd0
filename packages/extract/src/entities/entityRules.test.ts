// Table-driven: each entity rule with example sentences through the real spaCy parse (own sentences, no corpus text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../extractionSchema.ts';
import { createExtractor, type Extractor } from '../extractor.ts';
import { ENTITY_RULES } from './entityRules.ts';

type Kind = 'Person' | 'Country' | 'Organization' | 'Location' | 'Group';
interface Row {
  rule: string;
  text: string;
  /** Surfaces that must be mentions of an entity of that kind. */
  kinds?: [surface: string, kind: Kind][];
  /** Surfaces that must not be a mention of any entity. */
  absent?: string[];
  /** Surfaces that must be mentions of one and the same entity. */
  same?: [string, string][];
  /** A pronoun (by its n-th occurrence, 0-based) and the name of the entity it refers to. */
  refers?: [pronoun: string, nth: number, name: string][];
}

const ROWS: Row[] = [
  {
    rule: 'label-map',
    text: 'Jane Roe met officials of Acme Industries in Lisbon on Monday.',
    kinds: [
      ['Jane Roe', 'Person'],
      ['Acme Industries', 'Organization'],
      ['Lisbon', 'Location'],
    ],
  },
  {
    rule: 'label-map',
    text: 'Kurds and Yazidis marched while Republican senators met.',
    kinds: [['Kurds', 'Group']],
    absent: ['Republican'],
  },
  {
    rule: 'gazetteer-name',
    text: 'The U.S. and the Russian Federation met in Vienna.',
    kinds: [
      ['U.S.', 'Country'],
      ['Russian Federation', 'Country'],
    ],
    same: [],
  },
  {
    rule: 'hyphen-pair',
    text: 'U.S.-Mexico relations improved after the call.',
    kinds: [
      ['U.S.', 'Country'],
      ['Mexico', 'Country'],
    ],
    absent: ['U.S.-Mexico'],
  },
  {
    rule: 'gazetteer-fill',
    text: 'The Mexican delegation said EU officials were late.',
    kinds: [
      ['Mexican', 'Country'],
      ['EU', 'Organization'],
    ],
  },
  {
    rule: 'trim-article-possessive',
    text: "The United Nations' envoy arrived after Germany's minister left.",
    kinds: [
      ['United Nations', 'Organization'],
      ['Germany', 'Country'],
    ],
    absent: ["Germany's", 'The United Nations'],
  },
  {
    rule: 'gazetteer-long-name',
    text: 'Inspectors from the Organization for Security and Co-operation in Europe arrived, as did the United Nations Educational, Scientific and Cultural Organization.',
    kinds: [
      ['Organization for Security and Co-operation in Europe', 'Organization'],
      ['United Nations Educational, Scientific and Cultural Organization', 'Organization'],
    ],
    absent: ['Europe', 'Organization for Security and Co-operation'],
  },
  {
    rule: 'outlet-article',
    text: 'The report was first published by The Guardian on Sunday, and The New York Times followed.',
    kinds: [
      ['The Guardian', 'Organization'],
      ['The New York Times', 'Organization'],
    ],
    absent: ['Guardian', 'New York Times'],
  },
  {
    rule: 'lowercase-tail',
    text: 'The man was described by Associated Press of bank fraud and by others of theft.',
    kinds: [['Associated Press', 'Organization']],
    absent: ['Associated Press of bank'],
  },
  {
    rule: 'ordinal-prefix',
    text: 'The 118th U.S. Congress met for the first time on Tuesday.',
    kinds: [['Congress', 'Organization']],
    absent: ['118th U.S. Congress'],
  },
  {
    rule: 'split-person',
    text: "Protests began under Zine El Abidine Ben Ali's rule.",
    kinds: [['Zine El Abidine Ben Ali', 'Person']],
    absent: ['Zine El', 'Abidine Ben Ali'],
  },
  {
    rule: 'org-continuation',
    text: 'Jane Roe, the president of the Kestrian League for the Defence of Human Rights, said the law was unjust.',
    kinds: [['Kestrian League for the Defence of Human Rights', 'Organization']],
    absent: ['Kestrian League', 'Defence of Human Rights'],
  },
  {
    rule: 'org-continuation',
    text: 'The Supreme Court of the United Kingdom ruled on Tuesday.',
    kinds: [['Supreme Court of the United Kingdom', 'Organization']],
    absent: ['Supreme Court', 'United Kingdom'],
  },
  {
    rule: 'known-prefix',
    text: "The group's director, Amnesty International Wen-li Chow, condemned the arrests.",
    kinds: [
      ['Amnesty International', 'Organization'],
      ['Wen-li Chow', 'Person'],
    ],
    absent: ['Amnesty International Wen-li Chow'],
  },
  {
    rule: 'demonym-body',
    text: 'The Libyan House of Representatives and the Tunisian Parliament voted on Monday.',
    kinds: [
      ['Libyan', 'Country'],
      ['House of Representatives', 'Organization'],
      ['Tunisian', 'Country'],
      ['Parliament', 'Organization'],
    ],
    absent: ['Libyan House of Representatives', 'Tunisian Parliament'],
  },
  {
    rule: 'demonym-body',
    text: 'The U.S. Treasury Department disagreed with the U.S. Congress.',
    kinds: [
      ['U.S.', 'Country'],
      ['Treasury Department', 'Organization'],
      ['U.S. Congress', 'Organization'],
    ],
    absent: ['U.S. Treasury Department'],
  },
  {
    rule: 'conj-person',
    text: 'The talks were joined by ministers Nikos Andreou, Petros Kallis and Marios Stavrou.',
    kinds: [
      ['Marios Stavrou', 'Person'],
      ['Petros Kallis', 'Person'],
    ],
  },
  {
    rule: 'conj-person',
    text: 'Presidents Jane Roe of Kestria and Tomas Halden of Valdoria signed the deal.',
    kinds: [['Tomas Halden', 'Person']],
  },
  {
    rule: 'place-noun',
    text: 'The storm hit our biggest island Crete on Monday. Doctors at Omsk hospital said he was stable.',
    kinds: [
      ['Crete', 'Location'],
      ['Omsk', 'Location'],
    ],
  },
  {
    rule: 'descriptor-tail',
    text: 'State media outlet KCNA news agency said the test had succeeded.',
    kinds: [['KCNA', 'Organization']],
    absent: ['KCNA news agency'],
  },
  {
    rule: 'title-phrase',
    text: 'Politicians and the Archbishop of Canterbury, Justin Welby, attended the funeral.',
    kinds: [['Justin Welby', 'Person']],
    absent: ['Archbishop of Canterbury'],
  },
  {
    rule: 'coordinated-names',
    text: 'Talks on the sea between Crete and Cyprus stalled on Monday.',
    kinds: [['Cyprus', 'Country']],
    absent: ['Crete and Cyprus'],
  },
  {
    rule: 'person-appos',
    text: 'Its chief executive, Armand Loisel, said the company would appeal.',
    kinds: [['Armand Loisel', 'Person']],
  },
  {
    rule: 'person-appos',
    text: "I was moved by what I saw in Marek Tomczak's film.",
    kinds: [['Marek Tomczak', 'Person']],
  },
  {
    rule: 'place-noun',
    text: 'Troops were sent to the Putumayo region, and trucks waited at the Dresna crossing.',
    kinds: [
      ['Putumayo', 'Location'],
      ['Dresna', 'Location'],
    ],
  },
  { rule: 'place-noun', text: 'Protesters marched through Tessant on Friday.', kinds: [['Tessant', 'Location']] },
  {
    rule: 'strip-person-title',
    text: 'President-elect John Doe spoke to Senator Jane Roe on Friday.',
    kinds: [
      ['John Doe', 'Person'],
      ['Jane Roe', 'Person'],
    ],
    absent: ['President-elect John Doe', 'Senator Jane Roe'],
  },
  {
    rule: 'place-before-person',
    text: 'Voters in the district backed France Marie Dubois, the mayor said.',
    kinds: [['Marie Dubois', 'Person']],
  },
  { rule: 'title-alone-not-person', text: 'The Queen agreed to the request of the Prime Minister.', absent: ['Queen'] },
  {
    rule: 'org-head-person',
    text: 'Money came from the Jane Roe Memorial Fund, officials said.',
    kinds: [['Jane Roe Memorial Fund', 'Organization']],
  },
  {
    rule: 'facility-place',
    text: 'He was taken to John Radcliffe Hospital after the crash.',
    kinds: [['John Radcliffe Hospital', 'Location']],
  },
  {
    rule: 'place-opener',
    text: 'The trawler was escorted to Port Calder by the coast guard.',
    kinds: [['Port Calder', 'Location']],
  },
  {
    rule: 'capital-place',
    text: 'Minsk rejected the demand, and Oslo said it would wait.',
    kinds: [
      ['Minsk', 'Location'],
      ['Oslo', 'Location'],
    ],
  },
  {
    rule: 'dateline',
    text: 'NAIROBI — Kenya hosted talks on Tuesday between the two sides.',
    kinds: [
      ['NAIROBI', 'Location'],
      ['Kenya', 'Country'],
    ],
  },
  {
    rule: 'headline-known-only',
    text: 'Sheinbaum Touts Anti-Cartel Progress\n\nMexican President Claudia Sheinbaum said on Monday that arrests had risen.',
    kinds: [['Sheinbaum', 'Person']],
    absent: ['Touts Anti-Cartel', 'Touts'],
  },
  {
    rule: 'office-not-body',
    text: 'Egyptian Water Resources Minister Hossam Fathy said the talks had failed.',
    kinds: [['Hossam Fathy', 'Person']],
    absent: ['Water Resources', 'Egyptian Water Resources'],
  },
  {
    rule: 'office-not-body',
    text: 'She has been a Member of Parliament since 2010.',
    absent: ['Member of Parliament', 'Parliament'],
  },
  {
    rule: 'generic-body',
    text: 'The Court ruled against him, and the Army said it would comply.',
    absent: ['Court', 'Army'],
  },
  {
    rule: 'of-fragment',
    text: 'Secretary of State Marco Rubio spoke with his counterpart.',
    kinds: [['Marco Rubio', 'Person']],
    absent: ['State'],
  },
  {
    rule: 'noise-name',
    text: '"[W]e will not back down," said the statement from Acme Industries.',
    absent: ['[W]e', 'W]e'],
  },
  {
    rule: 'group-noun',
    text: 'Armed protesters clashed with police as drug cartels fought nearby.',
    kinds: [
      ['Armed protesters', 'Group'],
      ['drug cartels', 'Group'],
    ],
  },
  {
    rule: 'surname-person',
    text: 'Claudia Sheinbaum spoke on Monday. Sheinbaum said the plan was working.',
    same: [['Claudia Sheinbaum', 'Sheinbaum']],
  },
  {
    rule: 'middle-name',
    text: 'Robert Gabriel Mugabe was born in 1924. Robert Mugabe later led the country.',
    same: [['Robert Gabriel Mugabe', 'Robert Mugabe']],
  },
  {
    rule: 'first-full-name',
    text: 'Paulo Ribeiro met Ana Ribeiro in Brasília. Ribeiro said the deal was close.',
    same: [['Paulo Ribeiro', 'Ribeiro']],
  },
  {
    rule: 'short-org-name',
    text: 'The House of Representatives issued a subpoena on Friday. The House said the deadline was firm.',
    same: [['House of Representatives', 'House']],
  },
  {
    rule: 'short-org-name',
    text: 'The Congress of the Philippines passed the bill on Monday, and Congress adjourned.',
    same: [['Congress of the Philippines', 'Congress']],
  },
  {
    rule: 'short-org-name',
    text: 'NBC News reported the deal first. NBC said the talks had ended.',
    same: [['NBC News', 'NBC']],
  },
  {
    rule: 'short-org-name',
    text: 'Prosecutors looked into Acme Holdings last year. An inquiry into Acme found nothing.',
    same: [['Acme Holdings', 'Acme']],
    kinds: [['Acme', 'Organization']],
  },
  {
    rule: 'bracket-abbreviation',
    text: 'The International Atomic Energy Agency (IAEA) sent inspectors. The IAEA said access was limited.',
    same: [['International Atomic Energy Agency', 'IAEA']],
  },
  {
    rule: 'bracket-abbreviation',
    text: 'Ministers signed the African Continental Free Trade Area (AfCFTA) deal. The AfCFTA starts next year.',
    same: [['African Continental Free Trade Area', 'AfCFTA']],
  },
  {
    rule: 'initials-abbreviation',
    text: 'The Hollin Liberation Front claimed the attack. The HLF said more would follow.',
    same: [['Hollin Liberation Front', 'HLF']],
  },
  {
    rule: 'usage-state',
    text: "Veyra's government closed the border. Officials in Veyra and Lusmark met later.",
    kinds: [['Veyra', 'Country']],
  },
  {
    rule: 'usage-state',
    text: 'The crash happened in Yorkshire on Friday, Yorkshire police said.',
    kinds: [['Yorkshire', 'Location']],
  },
  {
    rule: 'demonym-state',
    text: 'Carvenia massed troops. Carvenian officials denied any plan to attack.',
    kinds: [
      ['Carvenia', 'Country'],
      ['Carvenian', 'Country'],
    ],
    same: [['Carvenia', 'Carvenian']],
  },
  {
    rule: 'usage-place',
    text: 'Two bombs exploded in Jolo on Sunday, killing twenty people.',
    kinds: [['Jolo', 'Location']],
  },
  {
    rule: 'usage-person-title',
    text: 'Ambassador Nikki Haley told the council the vote would fail.',
    kinds: [['Nikki Haley', 'Person']],
  },
  {
    rule: 'repeat-mention',
    text: 'Joe Biden spoke in Ohio. Later that day Biden visited a factory, and Biden thanked workers.',
    same: [['Joe Biden', 'Biden']],
  },
  {
    rule: 'event-name',
    text: 'Refugees fled during the Kestrian Civil War. Leaders of the NATO Summit met in Rome, and NATO agreed.',
    kinds: [['NATO', 'Organization']],
    absent: ['Kestrian Civil War', 'NATO Summit', 'Civil War'],
  },
  {
    rule: 'treaty-name',
    text: 'Both states signed the Minsk Protocol, and Brazil must comply with the Paris Climate Accord.',
    kinds: [
      ['Minsk Protocol', 'Organization'],
      ['Paris Climate Accord', 'Organization'],
    ],
    absent: ['Paris', 'Minsk'],
  },
  {
    rule: 'of-country',
    text: 'He vowed to destroy the Economy of Turkey. Greece asked Ankara to stop drilling in the EEZ of Cyprus. The Bank of England waited.',
    kinds: [
      ['Turkey', 'Country'],
      ['Cyprus', 'Country'],
      ['Bank of England', 'Organization'],
    ],
    absent: ['Economy of Turkey', 'EEZ of Cyprus'],
  },
  {
    rule: 'demonym-name',
    text: 'Talks with the Yemeni Houthis stalled on Monday. The Houthis said they would not attend.',
    kinds: [
      ['Yemeni', 'Country'],
      ['Houthis', 'Organization'],
    ],
    absent: ['Yemeni Houthis'],
  },
  {
    rule: 'usage-place',
    text: 'A truck bomb hit an army post in Qala Nazir on Monday.',
    kinds: [['Qala Nazir', 'Location']],
  },
  {
    rule: 'place-noun',
    text: "The raid hit the north of Pakistan's Dera Khalil province, and fires are destroying Mato rainforest.",
    kinds: [
      ['Dera Khalil', 'Location'],
      ['Mato', 'Location'],
    ],
  },
  {
    rule: 'facility-place',
    text: 'Marchers left the Civic Assembly Complex and gathered outside the Lisbon Police Headquarters.',
    kinds: [
      ['Civic Assembly Complex', 'Location'],
      ['Lisbon Police Headquarters', 'Location'],
    ],
  },
  {
    rule: 'named-place',
    text: 'On Friday the government announced the new region, to be called Kalaan, would govern itself from 2022.',
    kinds: [['Kalaan', 'Location']],
  },
  {
    rule: 'surname-person',
    text: 'The Supreme Court of Veloria ruled on Monday. Rico said the Veloria ruling was fair.',
    kinds: [['Supreme Court of Veloria', 'Organization']],
  },
  {
    rule: 'short-org-name',
    text: 'The Supreme Court of Veloria ruled on Monday. The Supreme Court said the law was void.',
    same: [['Supreme Court of Veloria', 'Supreme Court']],
  },
  {
    rule: 'facility-appos',
    text: 'Erdogan pledged converting Hagia Sophia, formerly a Greek Orthodox church and now a museum, into a mosque.',
    kinds: [['Hagia Sophia', 'Location']],
  },
  {
    rule: 'place-opener',
    text: 'Those who stay silent when Masjid Al-Aqsa is attacked are complicit.',
    kinds: [['Masjid Al-Aqsa', 'Location']],
  },
  {
    rule: 'org-appos',
    text: 'The deal between the European Union and the Andean group Comunidad holds.',
    kinds: [['Comunidad', 'Organization']],
  },
  {
    rule: 'org-appos',
    text: "He was jailed under Nowak's former party Civic Renewal's government.",
    kinds: [['Civic Renewal', 'Organization']],
  },
  {
    rule: 'title-of-body',
    text: 'Former US Ambassador to the United Nations Nikki Craft wrote on Twitter, "We must always back our allies."',
    kinds: [['Nikki Craft', 'Person']],
  },
  {
    rule: 'conj-place',
    text: 'Basilan, and the Lanao region it is within, voted against the plan.',
    kinds: [['Basilan', 'Location']],
  },
  {
    rule: 'person-alias',
    text: 'The oath of Carlos M. Ferrer Ibarra was void. Carlos Ferrer said he would leave. Ortiz Molina sued. Senate President Luis Ortiz Molina filed the lawsuit.',
    same: [
      ['Carlos M. Ferrer Ibarra', 'Carlos Ferrer'],
      ['Luis Ortiz Molina', 'Ortiz Molina'],
    ],
  },
  {
    rule: 'or-abbreviation',
    text: 'The G20, or the Group of Twenty, met in Osaka.',
    same: [['G20', 'Group of Twenty']],
  },
  {
    rule: 'party-name',
    text: 'The Pheu Samakkhi Party withdrew. "Pheu Samakkhi party complies with the royal command," the party said.',
    same: [['Pheu Samakkhi Party', 'Pheu Samakkhi']],
  },
  {
    rule: 'plural-surname',
    text: 'Joe Biden spoke on Monday. Critics said the Bidens had profited.',
    absent: ['Bidens'],
  },
  {
    rule: 'pronoun-antecedent',
    text: 'Jane Roe arrived in Paris on Monday. She said the talks would be hard.',
    refers: [['She', 0, 'Jane Roe']],
  },
];

let extractor: Extractor;
const cache = new Map<string, Extraction>();
beforeAll(async () => {
  extractor = createExtractor();
  await extractor.info(); // the worker's start-up is not any row's time
}, 120_000);
afterAll(() => extractor.close());

async function extract(text: string): Promise<Extraction> {
  const hit = cache.get(text);
  if (hit) return hit;
  const x = await extractor.extract({ text, publishedAt: '2026-01-09' });
  cache.set(text, x);
  return x;
}

const holderOf = (x: Extraction, surface: string) =>
  x.entities.find((e) => e.mentions.some((m) => x.text.slice(m.start, m.end) === surface));

describe('entity rules', () => {
  it('every rule has at least one example row, and every row names a rule', () => {
    const ids = new Set(ENTITY_RULES.map((r) => r.id));
    expect(ids.size).toBe(ENTITY_RULES.length);
    for (const r of ROWS) expect(ids, r.rule).toContain(r.rule);
    for (const id of ids)
      expect(
        ROWS.some((r) => r.rule === id),
        id,
      ).toBe(true);
  });

  it.each(ROWS.map((r) => [r.rule, r] as const))('%s: %#', async (_rule, row) => {
    const x = await extract(row.text);
    for (const [surface, kind] of row.kinds ?? [])
      expect(holderOf(x, surface)?.kind, `${surface} as ${kind}`).toBe(kind);
    for (const surface of row.absent ?? []) expect(holderOf(x, surface), `${surface} is no entity`).toBeUndefined();
    for (const [a, b] of row.same ?? []) {
      expect(holderOf(x, a), a).toBeDefined();
      expect(holderOf(x, b)?.id, `${b} = ${a}`).toBe(holderOf(x, a)!.id);
    }
    for (const [pronoun, nth, name] of row.refers ?? []) {
      let at = -1;
      for (let k = 0; k <= nth; k++) at = x.text.indexOf(pronoun, at + 1);
      const e = x.entities.find((en) => en.references.some((r) => r.start === at));
      expect(e?.name, `${pronoun} → ${name}`).toBe(name);
    }
  });
});
