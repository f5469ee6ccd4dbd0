// Names the model cannot be trusted with, as data: every country (world-countries: names, official names,
// demonyms, ISO codes) plus curated abbreviations, organisations, regions and group nouns (data/gazetteer.json).
import worldCountries, { type Country } from 'world-countries';
import type { EntityKind } from '@newsgraph/model';
import data from '../data/gazetteer.json' with { type: 'json' };

export interface GazetteerEntry {
  kind: EntityKind;
  name: string;
  iso2?: string;
  /** A demonym or adjective ("Mexican"): names the country, but may also modify a title or organisation. */
  adjective: boolean;
}

// The package's default export is the array; its typings describe it as a module namespace.
const countries = worldCountries as unknown as Country[];

/** Lookup key: the surface without whitespace, so "U.S." and "United  States" match however they were tokenised. */
export const surfaceKey = (s: string): string => s.replace(/\s+/g, '').replace(/’/g, "'");

function build(): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  const add = (surface: string, entry: GazetteerEntry) => {
    const key = surfaceKey(surface);
    if (key && !map.has(key)) map.set(key, entry); // first writer wins: curated aliases and UN members first
  };
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  const byIso = new Map(ordered.map((c) => [c.cca2, c]));
  for (const [iso2, list] of Object.entries(data.countryAliases as Record<string, string[]>)) {
    const c = byIso.get(iso2);
    if (!c) continue;
    for (const s of list)
      add(s, {
        kind: 'Country',
        name: c.name.common,
        iso2,
        adjective: /(?:an|ish|ese|i|ch)s?$/.test(s) && !/^(?:America|Palestine|Holland)$/.test(s),
      });
  }
  for (const c of ordered) {
    const name = c.name.common;
    add(name, { kind: 'Country', name, iso2: c.cca2, adjective: false });
    if (c.name.official.split(' ').length <= 6)
      add(c.name.official, { kind: 'Country', name, iso2: c.cca2, adjective: false });
    for (const alt of c.altSpellings) {
      if (alt.length >= 4 && /^\p{Lu}/u.test(alt) && !/^[A-Z]{2,4}$/.test(alt))
        add(alt, { kind: 'Country', name, iso2: c.cca2, adjective: false });
    }
    const dem = c.demonyms.eng;
    for (const d of new Set([dem?.m, dem?.f])) {
      if (!d) continue;
      add(d, { kind: 'Country', name, iso2: c.cca2, adjective: true });
      if (/(?:an|i)$/.test(d)) add(`${d}s`, { kind: 'Country', name, iso2: c.cca2, adjective: false });
    }
  }
  for (const [name, list] of Object.entries(data.locations as Record<string, string[]>)) {
    for (const s of list) add(s, { kind: 'Location', name, adjective: s.endsWith('an') });
  }
  for (const [name, list] of Object.entries(data.organizations as Record<string, string[]>)) {
    for (const s of list) add(s, { kind: 'Organization', name, adjective: false });
  }
  // Capitals are places even where they act for their state ("Minsk rejected", "Oslo said"): the model often says ORG.
  for (const c of ordered)
    for (const cap of c.capital)
      if (cap.length > 3)
        add(cap.replace(/\s+D\.C\.$/, ''), { kind: 'Location', name: cap.replace(/\s+D\.C\.$/, ''), adjective: false });
  return map;
}

export const GAZETTEER: ReadonlyMap<string, GazetteerEntry> = build();

export function lookupGazetteer(surface: string): GazetteerEntry | undefined {
  return GAZETTEER.get(surfaceKey(surface));
}

/** The longest entry in the gazetteer, in tokens, bounds the n-gram scan. */
export const GAZETTEER_MAX_TOKENS = 12; // "United Nations Educational , Scientific and Cultural Organization"

export const GROUP_HEADS: ReadonlySet<string> = new Set(data.groupHeads);
export const GROUP_MODIFIERS: ReadonlySet<string> = new Set(data.groupModifiers.map((m) => m.toLowerCase()));
export const NON_ENTITY_CAPS: ReadonlySet<string> = new Set(data.nonEntityCaps);

/** Capital cities by name → ISO2 ("Pyongyang" → KP): a capital named as an actor speaks for its state. */
export const CAPITALS: ReadonlyMap<string, string> = new Map(
  countries
    .filter((c) => c.unMember)
    .flatMap((c) => c.capital.map((cap): [string, string] => [cap.replace(/\s+D\.C\.$/, ''), c.cca2])),
);

export const ISO2_TO_NAME: ReadonlyMap<string, string> = new Map(countries.map((c) => [c.cca2, c.name.common]));
