import { createHash } from 'node:crypto';
import type { Extraction } from '@newsgraph/extract';
import type { EntityKindLabel, EntityRecord, StoredEntity } from '@newsgraph/graph';
import { entityIdFor, foldName } from '@newsgraph/model';
import { EntityRegistry, type KnownEntity } from './entityRegistry.ts';
import { parsePersonName } from './normalizeName.ts';
import { mergedKey, resolutionKeys } from './resolutionKeys.ts';
import { scorePersonMatch, type PersonEvidence } from './scorePersonMatch.ts';

/** Looks entities up by resolution keys and ids (one graph read per batch; tests pass an in-memory one). */
export type EntityLookup = (keys: string[], ids: string[]) => Promise<StoredEntity[]>;

export interface ArticleToResolve {
  articleId: string;
  extraction: Pick<Extraction, 'entities' | 'roles'>;
}

export interface ResolvedArticle {
  /** Extraction-local entity id → graph entity id. */
  idMap: Map<string, string>;
  entities: EntityRecord[];
}

interface Candidate {
  index: number;
  articleId: string;
  localId: string;
  kind: EntityKindLabel;
  name: string;
  names: string[];
  iso2: string | null;
  keys: string[];
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Resolves every entity of a batch of articles to graph-wide ids: first countries, organisations, locations
 * and groups (by ISO code and folded names), then people, whose roles can then be compared by resolved
 * country/organisation. People with full names go before bare surnames so "Sheinbaum" finds "Claudia
 * Sheinbaum" even when both first appear in the same batch. Deterministic for a given graph and batch order.
 */
export async function resolveEntities(articles: ArticleToResolve[], lookup: EntityLookup): Promise<ResolvedArticle[]> {
  const candidates: Candidate[][] = articles.map((a) =>
    a.extraction.entities.map((e, index) => {
      const kind = e.kind;
      const names = [...new Set([e.name, ...e.aliases].map((n) => n.trim()).filter(Boolean))];
      const iso2 = (e as { iso2?: string }).iso2 ?? null;
      return {
        index,
        articleId: a.articleId,
        localId: e.id,
        kind,
        name: e.name.trim(),
        names,
        iso2,
        keys: resolutionKeys(kind, names, iso2),
      };
    }),
  );
  const all = candidates.flat();
  const lookupKeys = all.flatMap((c) => [...c.keys, mergedKey(c.localId)]);
  const lookupIds = all.map((c) => entityIdFor(c.kind, c.name, c.iso2));
  const registry = EntityRegistry.fromStored(await lookup(lookupKeys, lookupIds));

  const results: ResolvedArticle[] = articles.map(() => ({ idMap: new Map(), entities: [] }));
  const assign = (
    articleIndex: number,
    c: Candidate,
    entity: KnownEntity,
    upgradeName: boolean,
    previousName: string | null,
  ) => {
    const names = c.names.filter((n) => !entity.blocked.has(foldName(n)));
    const keys = resolutionKeys(c.kind, names, c.iso2);
    // Keys the entity already has need no write (MERGE on them would find them anyway, at a cost).
    const newKeys = keys.filter((k) => !entity.keys.has(k));
    registry.add(entity, names, keys);
    results[articleIndex]!.idMap.set(c.localId, entity.id);
    results[articleIndex]!.entities.push({
      id: entity.id,
      kind: c.kind,
      name: upgradeName ? c.name : entity.name,
      aliases: previousName ? [...names, previousName] : names,
      iso2: c.iso2,
      keys: newKeys,
      upgradeName,
    });
    if (upgradeName) entity.name = c.name;
  };

  const createNew = (c: Candidate, disambiguation: string): KnownEntity => {
    let id = entityIdFor(c.kind, c.name, c.iso2);
    if (registry.byId.has(id)) id = `${id}-${hash(`${c.name}|${disambiguation}`).slice(0, 6)}`;
    const entity: KnownEntity = {
      id,
      kind: c.kind,
      name: c.name,
      folded: new Set(),
      fulls: new Set(),
      firsts: new Set(),
      lasts: new Set(),
      blocked: new Set(),
      roleOfIds: new Set(),
      roleTitles: new Set(),
      articleCount: 0,
      curated: false,
      keys: new Set(),
      isNew: true,
    };
    registry.byId.set(id, entity);
    return entity;
  };

  const notBlocking = (c: Candidate) => (e: KnownEntity) => !e.blocked.has(foldName(c.name));
  const byProminence = (a: KnownEntity, b: KnownEntity) => b.articleCount - a.articleCount || (a.id < b.id ? -1 : 1);

  // 1. Everything but people.
  articles.forEach((_, ai) => {
    for (const c of candidates[ai]!) {
      if (c.kind === 'Person') continue;
      const merged = registry.candidates(c.kind, [mergedKey(c.localId)]).filter(notBlocking(c));
      const matches = merged.length ? merged : registry.candidates(c.kind, c.keys).filter(notBlocking(c));
      const chosen = matches.sort(byProminence)[0] ?? createNew(c, c.articleId);
      assign(ai, c, chosen, false, null);
    }
  });

  // 2. People: full names first, then bare surnames, each in article order.
  const people = articles.flatMap((a, ai) =>
    candidates[ai]!.filter((c) => c.kind === 'Person').map((c) => ({
      ai,
      c,
      full: c.names.some((n) => parsePersonName(n)?.full),
    })),
  );
  people.sort((x, y) => Number(y.full) - Number(x.full) || x.ai - y.ai || x.c.index - y.c.index);
  for (const { ai, c } of people) {
    const roles = articles[ai]!.extraction.roles.filter((r) => r.personId === c.localId);
    const evidence = personEvidence(c, roles, results[ai]!.idMap);
    let best: { entity: KnownEntity; score: number } | null = null;
    for (const known of registry
      .candidates('Person', [...c.keys, mergedKey(c.localId)])
      .filter(notBlocking(c))
      .sort(byProminence)) {
      const score = scorePersonMatch({ ...evidence, mergedHit: known.keys.has(mergedKey(c.localId)) }, known);
      if (score !== null && (!best || score > best.score)) best = { entity: known, score };
    }
    const entity = best?.entity ?? createNew(c, `${[...evidence.roleOfIds].sort().join(',')}|${c.articleId}`);
    // A bare surname known so far gains the full name once an article gives it ("Sheinbaum" → "Claudia Sheinbaum").
    const upgrade =
      !entity.isNew && !entity.curated && !parsePersonName(entity.name)?.full && Boolean(parsePersonName(c.name)?.full);
    const previous = upgrade ? entity.name : null;
    for (const id of evidence.roleOfIds) entity.roleOfIds.add(id);
    for (const t of evidence.roleTitles) entity.roleTitles.add(t);
    assign(ai, c, entity, upgrade, previous);
  }
  return results;
}

function personEvidence(
  c: Candidate,
  roles: Pick<Extraction['roles'][number], 'ofId' | 'title'>[],
  idMap: Map<string, string>,
): PersonEvidence {
  const fulls = new Set<string>();
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  for (const name of c.names) {
    const p = parsePersonName(name);
    if (!p) continue;
    if (p.full) fulls.add(p.full);
    if (p.first) firsts.add(p.first);
    lasts.add(p.last);
  }
  const roleOfIds = new Set<string>();
  const roleTitles = new Set<string>();
  for (const r of roles) {
    const of = r.ofId ? idMap.get(r.ofId) : undefined;
    if (of) roleOfIds.add(of);
    roleTitles.add(foldName(r.title));
  }
  return { fulls, firsts, lasts, roleOfIds, roleTitles, mergedHit: false };
}
