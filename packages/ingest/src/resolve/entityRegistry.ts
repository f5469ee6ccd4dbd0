import type { EntityKindLabel, StoredEntity } from '@newsgraph/graph';
import { foldName } from '@newsgraph/model';
import { parsePersonName } from './normalizeName.ts';

/** An entity as the resolver sees it: from the graph, or created earlier in the same batch. */
export interface KnownEntity {
  id: string;
  kind: EntityKindLabel;
  name: string;
  folded: Set<string>;
  fulls: Set<string>;
  firsts: Set<string>;
  lasts: Set<string>;
  blocked: Set<string>;
  roleOfIds: Set<string>;
  roleTitles: Set<string>;
  articleCount: number;
  curated: boolean;
  keys: Set<string>;
  isNew: boolean;
}

/** The entities a batch can resolve to, indexed by resolution key. */
export class EntityRegistry {
  private readonly byKey = new Map<string, Set<KnownEntity>>();
  readonly byId = new Map<string, KnownEntity>();

  static fromStored(stored: StoredEntity[]): EntityRegistry {
    const registry = new EntityRegistry();
    for (const s of stored) {
      const entity: KnownEntity = {
        id: s.id,
        kind: s.kind as EntityKindLabel,
        name: s.name,
        folded: new Set(),
        fulls: new Set(),
        firsts: new Set(),
        lasts: new Set(),
        blocked: new Set(s.blockedAliases.map(foldName)),
        roleOfIds: new Set(s.roleOfIds),
        roleTitles: new Set(s.roleTitles.map(foldName)),
        articleCount: s.articleCount,
        curated: s.curated,
        keys: new Set(),
        isNew: false,
      };
      registry.add(entity, [s.name, ...s.aliases], s.keys);
    }
    return registry;
  }

  /** Registers (or enriches) an entity with more names and keys. */
  add(entity: KnownEntity, names: string[], keys: string[]): void {
    this.byId.set(entity.id, entity);
    for (const name of names) {
      const folded = foldName(name);
      if (!folded || entity.blocked.has(folded)) continue;
      entity.folded.add(folded);
      if (entity.kind === 'Person') {
        const p = parsePersonName(name);
        if (p?.full) entity.fulls.add(p.full);
        if (p?.first) entity.firsts.add(p.first);
        if (p) entity.lasts.add(p.last);
      }
    }
    for (const key of keys) {
      entity.keys.add(key);
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      set.add(entity);
    }
  }

  /** Entities of this kind reachable through any of the keys. */
  candidates(kind: EntityKindLabel, keys: string[]): KnownEntity[] {
    const out = new Set<KnownEntity>();
    for (const key of keys) for (const e of this.byKey.get(key) ?? []) if (e.kind === kind) out.add(e);
    return [...out];
  }
}
