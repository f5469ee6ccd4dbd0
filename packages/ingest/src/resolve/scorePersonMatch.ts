import type { KnownEntity } from './entityRegistry.ts';
import { firstNamesCompatible } from './normalizeName.ts';

/** What a person mention in one article tells about who it is. */
export interface PersonEvidence {
  fulls: Set<string>;
  firsts: Set<string>;
  lasts: Set<string>;
  /** Resolved ids of the countries/organisations the article gives this person a role in. */
  roleOfIds: Set<string>;
  roleTitles: Set<string>;
  /** Resolved id candidates coming from a curated merge (`merged:<id>` keys). */
  mergedHit: boolean;
}

const intersects = <T>(a: Set<T>, b: Set<T>) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/**
 * How likely a person mention is the known person: null when the context tells them apart (different first
 * names, or roles in different countries/organisations without a matching full name), otherwise a score.
 * Full-name agreement dominates; a shared surname needs compatible first names and no conflicting roles.
 */
export function scorePersonMatch(evidence: PersonEvidence, known: KnownEntity): number | null {
  if (evidence.mergedHit) return 1000;
  if (intersects(evidence.fulls, known.fulls)) return 100 + (intersects(evidence.roleOfIds, known.roleOfIds) ? 10 : 0);
  if (!intersects(evidence.lasts, known.lasts)) return null;
  let score = 10;
  if (evidence.firsts.size > 0 && known.firsts.size > 0) {
    const compatible = [...evidence.firsts].some((a) => [...known.firsts].some((b) => firstNamesCompatible(a, b)));
    if (!compatible) return null;
    score += 30;
  }
  if (evidence.roleOfIds.size > 0 && known.roleOfIds.size > 0) {
    if (!intersects(evidence.roleOfIds, known.roleOfIds)) return null;
    score += 20;
  }
  if (intersects(evidence.roleTitles, known.roleTitles)) score += 5;
  return score;
}
