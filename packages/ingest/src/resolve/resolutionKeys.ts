import type { EntityKindLabel } from '@newsgraph/graph';
import { foldName } from '@newsgraph/model';
import { parsePersonName } from './normalizeName.ts';

/**
 * The keys under which an entity can be found again by later articles. People: their full name(s)
 * (`person:full:claudia sheinbaum`) and surname(s) (`person:last:sheinbaum`); countries: ISO code and names;
 * others: folded names. A key may identify several entities (a shared surname); the resolver decides.
 */
export function resolutionKeys(kind: EntityKindLabel, names: string[], iso2?: string | null): string[] {
  const keys = new Set<string>();
  if (kind === 'Person') {
    for (const name of names) {
      const parsed = parsePersonName(name);
      if (!parsed) continue;
      if (parsed.full) keys.add(`person:full:${parsed.full}`);
      keys.add(`person:last:${parsed.last}`);
    }
    return [...keys];
  }
  const prefix = kind.toLowerCase();
  if (kind === 'Country' && iso2) keys.add(`country:iso:${iso2.toUpperCase()}`);
  for (const name of names) {
    const folded = foldName(name);
    if (folded) keys.add(`${prefix}:name:${folded}`);
  }
  return [...keys];
}

/** The key a merged-away entity id leaves on its keeper. */
export const mergedKey = (id: string) => `merged:${id}`;
