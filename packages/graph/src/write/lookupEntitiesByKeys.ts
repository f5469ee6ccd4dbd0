import type { GraphConnection } from '../connection.ts';

/** What the resolver needs to know about an entity already in the graph. */
export interface StoredEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  blockedAliases: string[];
  mergedIds: string[];
  curated: boolean;
  articleCount: number;
  iso2: string | null;
  /** Ids of the countries/organisations this person holds a role in (context that tells namesakes apart). */
  roleOfIds: string[];
  roleTitles: string[];
  /** The looked-up keys that identify it (not all its keys: only those asked about). */
  keys: string[];
}

/**
 * Every entity identified by any of these resolution keys or having one of these ids, in one read: the
 * resolver batches all the keys of a batch of articles into one call (ids tell it which new ids are taken).
 */
export async function lookupEntitiesByKeys(
  graph: GraphConnection,
  keys: string[],
  ids: string[] = [],
): Promise<StoredEntity[]> {
  if (keys.length === 0 && ids.length === 0) return [];
  return graph.readRows<StoredEntity & Record<string, unknown>>(
    `CALL () {
       UNWIND $keys AS key
       MATCH (:ResolutionKey {key: key})-[:IDENTIFIES]->(e:Entity)
       RETURN e, key
       UNION
       UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       RETURN e, null AS key
     }
     WITH e, collect(key) AS keys
     RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases,
            coalesce(e.blockedAliases, []) AS blockedAliases, coalesce(e.mergedIds, []) AS mergedIds,
            coalesce(e.curated, false) AS curated, coalesce(e.articleCount, 0) AS articleCount, e.iso2 AS iso2,
            [(e)-[:HOLDS_ROLE]->(o) | o.id] AS roleOfIds,
            [(e)-[h:HOLDS_ROLE]->() | h.title] AS roleTitles,
            keys`,
    { keys: [...new Set(keys)], ids: [...new Set(ids)] },
  );
}
