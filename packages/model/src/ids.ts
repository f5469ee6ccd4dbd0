import { foldDiacritics } from './names.ts';
import type { EntityKind } from './ontology.ts';

/** Lower-case ASCII slug: diacritics stripped ("Nicolás Maduro" → "nicolas-maduro"). */
export function slugifyName(name: string): string {
  return foldDiacritics(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Deterministic entity id: `country:<ISO2>` for real countries, otherwise `<kind>:<slug>`.
 * Within one article these are stable; cross-article merging is the resolver's job.
 */
export function entityIdFor(kind: EntityKind, name: string, iso2?: string | null): string {
  if (kind === 'Country' && iso2 && /^[A-Z]{2}$/.test(iso2)) return `country:${iso2}`;
  const slug = slugifyName(name) || 'unnamed';
  return `${kind.toLowerCase()}:${slug}`;
}

/** Splits an entity id into kind prefix and key; null when it is not one of ours. */
export function parseEntityId(id: string): { prefix: string; key: string } | null {
  const m = /^(person|country|organization|location|group):([A-Za-z0-9-]+)$/.exec(id);
  return m ? { prefix: m[1]!, key: m[2]! } : null;
}
