import type { SourceItem } from '../src/sources/sourceItem.ts';
import { seededRandom } from '@newsgraph/model';

// Real countries (so the extractor resolves them to ISO codes) and invented people, with surnames shared by
// several people and a skewed prominence, so resolution has namesakes and short names to tell apart.
const COUNTRIES: [string, string][] = [
  ['Brazil', 'Brazilian'],
  ['Chile', 'Chilean'],
  ['Peru', 'Peruvian'],
  ['Argentina', 'Argentine'],
  ['Colombia', 'Colombian'],
  ['Mexico', 'Mexican'],
  ['Canada', 'Canadian'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['Italy', 'Italian'],
  ['Spain', 'Spanish'],
  ['Poland', 'Polish'],
  ['Sweden', 'Swedish'],
  ['Norway', 'Norwegian'],
  ['Egypt', 'Egyptian'],
  ['Kenya', 'Kenyan'],
  ['Nigeria', 'Nigerian'],
  ['Ghana', 'Ghanaian'],
  ['India', 'Indian'],
  ['Japan', 'Japanese'],
  ['Indonesia', 'Indonesian'],
  ['Vietnam', 'Vietnamese'],
  ['Turkey', 'Turkish'],
  ['Greece', 'Greek'],
  ['Portugal', 'Portuguese'],
];
const TITLES = ['President', 'Foreign Minister', 'Prime Minister', 'Defense Minister', 'Finance Minister'];
const FIRST = [
  'Ana',
  'Ilan',
  'Maren',
  'Tomas',
  'Lucia',
  'Pavel',
  'Noor',
  'Kofi',
  'Elena',
  'Rafael',
  'Sofia',
  'Dmitri',
  'Amara',
  'Jonas',
  'Lina',
  'Oskar',
  'Priya',
  'Mateo',
  'Yara',
  'Emil',
  'Ines',
  'Karim',
  'Greta',
  'Hugo',
  'Zara',
  'Luca',
  'Nadia',
  'Viktor',
  'Alma',
  'Felix',
];
const LAST = [
  'Kovač',
  'Dorr',
  'Halvorsen',
  'Mbeki',
  'Quintero',
  'Novak',
  'Adeyemi',
  'Lindqvist',
  'Okafor',
  'Petrescu',
  'Ferrand',
  'Moreau',
  'Tanaka',
  'Sandoval',
  'Brandt',
  'Kaur',
  'Osei',
  'Varga',
  'Costa',
  'Ilves',
  'Marsh',
  'Nakamura',
  'Reyes',
  'Weber',
  'Zoric',
  'Álvarez',
  'Björk',
  'Castell',
  'Duval',
  'Eriksen',
];
const QUOTES = [
  'We will never accept sanctions',
  'Dialogue is the only way forward',
  'Our borders are not negotiable',
  'The agreement protects both nations',
  'We expect concrete steps this month',
  'Trade must grow',
];
const DEMANDS = [
  'withdraw its troops from the border',
  'release the detained journalists',
  'return to the negotiating table',
  'lift the export ban',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const OUTLETS = [
  'Wire One',
  'Daily Ledger',
  'Global Courier',
  'Evening Post',
  'Harbor Times',
  'Metro Herald',
  'Signal News',
  'Capital Review',
];

interface Person {
  first: string;
  last: string;
  country: number;
  title: string;
}

/**
 * Yields `count` articles lazily (constant memory): two officials meet, one is quoted, one makes a demand,
 * sometimes a country threatens another. About one article in eight re-reports an earlier meeting from
 * another outlet, so corroboration happens too.
 */
export async function* syntheticCorpus(count: number, seed = 42): AsyncGenerator<SourceItem> {
  const rand = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const peopleCount = Math.min(FIRST.length * LAST.length, Math.max(60, Math.round(count / 8)));
  const people: Person[] = [];
  const used = new Set<string>();
  while (people.length < peopleCount) {
    const p = {
      first: pick(FIRST),
      last: pick(LAST),
      country: Math.floor(rand() * COUNTRIES.length),
      title: pick(TITLES),
    };
    if (used.has(`${p.first} ${p.last}`)) continue;
    used.add(`${p.first} ${p.last}`);
    people.push(p);
  }
  // Skewed prominence: a few people appear in many articles.
  const somebody = () => people[Math.floor(peopleCount * rand() ** 2)]!;
  let previous: { a: Person; b: Person; day: number } | null = null;
  for (let i = 0; i < count; i++) {
    const repeat: boolean = previous !== null && rand() < 0.125;
    const a: Person = repeat ? previous!.a : somebody();
    let b: Person = repeat ? previous!.b : somebody();
    while (b === a) b = somebody();
    const day: number = repeat ? previous!.day : Math.floor(rand() * 360);
    previous = { a, b, day };
    const published = new Date(Date.UTC(2026, 0, 6) + day * 86_400_000);
    const weekday = WEEKDAYS[(published.getUTCDay() + 6) % 7] ?? 'Monday';
    const [countryA, demA] = COUNTRIES[a.country]!;
    const [countryB, demB] = COUNTRIES[b.country]!;
    const sentences = [
      `${demA} ${a.title} ${a.first} ${a.last} met ${demB} ${b.title} ${b.first} ${b.last} in ${countryA} on ${weekday}.`,
      `"${pick(QUOTES)}," ${a.last} said.`,
      `${b.last} urged ${countryA} to ${pick(DEMANDS)}.`,
    ];
    if (rand() < 0.4 && countryA !== countryB)
      sentences.push(`${countryB} threatened on ${weekday} to impose sanctions on ${countryA}.`);
    if (rand() < 0.3) sentences.push(`Officials from both sides said further talks were expected later in the month.`);
    const outlet = pick(OUTLETS);
    yield {
      article: {
        title: `${a.last} meets ${b.last}`,
        text: sentences.join(' '),
        publishedAt: published.toISOString().slice(0, 10),
        url: `https://bench.example/${outlet.toLowerCase().replace(/ /g, '-')}/${i}`,
        source: outlet,
        origin: `synthetic#${i}`,
      },
    };
  }
}
