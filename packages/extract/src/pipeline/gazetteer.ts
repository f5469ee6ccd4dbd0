import worldCountries, { type Country } from 'world-countries';
import type { EntityKind } from '@newsgraph/model';
import data from '../data/gazetteer.json' with { type: 'json' };
import { tokenize } from './tokenize.ts';

export interface GazetteerEntry {
  tokens: string[];
  kind: EntityKind;
  name: string;
  iso2?: string;
  /** A demonym or adjective ("Mexican"): names the country but may also modify a title or organisation. */
  adjective: boolean;
}

/** Entries keyed by their first token, longest first, so matching is one map lookup per token. */
export type Gazetteer = Map<string, GazetteerEntry[]>;

// The package's default export is the array; its typings describe it as a module namespace.
const countries = worldCountries as unknown as Country[];

function tokensOf(surface: string): string[] {
  return tokenize(surface, 0, surface.length).map((t) => t.text);
}

function buildGazetteer(): Gazetteer {
  const map: Gazetteer = new Map();
  const seen = new Set<string>();
  const add = (surface: string, entry: Omit<GazetteerEntry, 'tokens'>) => {
    const tokens = tokensOf(surface);
    const key = tokens.join(' ');
    if (!tokens.length || seen.has(key)) return; // first writer wins: preferred countries are added first
    seen.add(key);
    const list = map.get(tokens[0]!) ?? [];
    list.push({ ...entry, tokens });
    map.set(tokens[0]!, list);
  };
  const aliases = data.countryAliases as Record<string, string[]>;
  // UN members first so an ambiguous demonym ("Dominican") goes to the sovereign state.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  const byIso = new Map(ordered.map((c) => [c.cca2, c]));
  for (const [iso2, list] of Object.entries(aliases)) {
    const c = byIso.get(iso2);
    if (!c) continue;
    for (const s of list) add(s, { kind: 'Country', name: c.name.common, iso2, adjective: /(?:an|ish|ese|i|ch)s?$/.test(s) && !/^(?:America|Palestine|Holland)$/.test(s) });
  }
  for (const c of ordered) {
    const name = c.name.common;
    add(name, { kind: 'Country', name, iso2: c.cca2, adjective: false });
    if (c.name.official.split(' ').length <= 6) add(c.name.official, { kind: 'Country', name, iso2: c.cca2, adjective: false });
    for (const alt of c.altSpellings) {
      if (alt.length >= 4 && /^\p{Lu}/u.test(alt) && !/^[A-Z]{2,4}$/.test(alt)) add(alt, { kind: 'Country', name, iso2: c.cca2, adjective: false });
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        if (!d) continue;
        add(d, { kind: 'Country', name, iso2: c.cca2, adjective: true });
        if (/(?:an|i)$/.test(d)) add(`${d}s`, { kind: 'Country', name, iso2: c.cca2, adjective: false });
      }
    }
  }
  for (const [name, list] of Object.entries(data.locations as Record<string, string[]>)) {
    for (const s of list) add(s, { kind: 'Location', name, adjective: s.endsWith('an') });
  }
  for (const [name, list] of Object.entries(data.organizations as Record<string, string[]>)) {
    for (const s of list) add(s, { kind: 'Organization', name, adjective: false });
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return map;
}

export const GAZETTEER: Gazetteer = buildGazetteer();

export const GROUP_HEADS = new Set(data.groupHeads);
export const GROUP_MODIFIERS = new Set(data.groupModifiers.map((m) => m.toLowerCase()));
export const NON_ENTITY_CAPS = new Set(data.nonEntityCaps);

/** Longest gazetteer entry whose tokens match `texts` from index i. */
export function matchGazetteer(texts: string[], i: number, extra?: Map<string, GazetteerEntry>): GazetteerEntry | undefined {
  const list = GAZETTEER.get(texts[i]!);
  if (!list) return extra?.get(texts[i]!);
  for (const e of list) {
    if (i + e.tokens.length > texts.length) continue;
    let ok = true;
    for (let k = 1; k < e.tokens.length; k++) if (texts[i + k] !== e.tokens[k]) { ok = false; break; }
    if (ok) return e;
  }
  return undefined;
}

/** Capital cities by name → ISO2 ("Pyongyang" → KP): a capital named as an actor speaks for its state. */
export const CAPITALS: Map<string, string> = new Map(
  countries.filter((c) => c.unMember).flatMap((c) => (c.capital ?? []).map((cap): [string, string] => [cap.replace(/\s+D\.C\.$/, ''), c.cca2])),
);
