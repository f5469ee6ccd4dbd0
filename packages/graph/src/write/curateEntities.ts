import type { GraphConnection } from '../connection.ts';

export class CurationError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'KIND_MISMATCH' | 'INVALID',
    message: string,
  ) {
    super(message);
    this.name = 'CurationError';
  }
}

export interface MergeRecord {
  keepId: string;
  /** Entities folded into the keeper. */
  mergedIds: string[];
  /** Articles that mentioned the merged entities: the caller re-resolves them. */
  articleIds: string[];
}

/**
 * Records a merge on the keeper (mergedIds, aliases, curated) and hands it every resolution key of the merged
 * entities plus `merged:<id>` keys, so any later ingest resolves their names to the keeper. The merged nodes
 * lose their keys and their `curated` flag; re-resolving their articles then leaves them orphaned and removed.
 */
export async function recordEntityMerge(graph: GraphConnection, keepId: string, ids: string[]): Promise<MergeRecord> {
  const others = [...new Set(ids)].filter((id) => id !== keepId);
  if (others.length === 0) throw new CurationError('INVALID', 'merge needs at least one entity besides the keeper');
  return graph.write(async (tx) => {
    const found = await tx.run(`UNWIND $all AS id OPTIONAL MATCH (e:Entity {id: id}) RETURN id, e.kind AS kind`, {
      all: [keepId, ...others],
    });
    const kinds = new Map(found.records.map((r) => [r.get('id') as string, r.get('kind') as string | null]));
    const missing = [...kinds].filter(([, kind]) => !kind).map(([id]) => id);
    if (missing.length) throw new CurationError('NOT_FOUND', `no entity with id ${missing.join(', ')}`);
    const keepKind = kinds.get(keepId);
    const wrong = others.filter((id) => kinds.get(id) !== keepKind);
    if (wrong.length)
      throw new CurationError('KIND_MISMATCH', `${wrong.join(', ')} is not a ${keepKind} like ${keepId}`);
    const result = await tx.run(
      `MATCH (keep:Entity {id: $keepId})
       UNWIND $others AS oid
       MATCH (o:Entity {id: oid})
       OPTIONAL MATCH (o)-[:MENTIONED_IN]->(a:Article)
       WITH keep, o, collect(DISTINCT a.id) AS articleIds
       SET keep.mergedIds = reduce(acc = coalesce(keep.mergedIds, []), x IN [o.id] + coalesce(o.mergedIds, []) |
             CASE WHEN x IN acc THEN acc ELSE acc + x END),
           keep.aliases = reduce(acc = coalesce(keep.aliases, []), x IN [o.name] + coalesce(o.aliases, []) |
             CASE WHEN x IN acc OR x = keep.name THEN acc ELSE acc + x END),
           keep.curated = true,
           o.curated = false, o.mergedInto = keep.id
       WITH keep, o, articleIds
       CALL (keep, o) {
         MATCH (k:ResolutionKey)-[i:IDENTIFIES]->(o)
         DELETE i
         MERGE (k)-[:IDENTIFIES]->(keep)
       }
       CALL (keep, o) {
         UNWIND [o.id] + coalesce(o.mergedIds, []) AS mid
         MERGE (k:ResolutionKey {key: 'merged:' + mid})
         MERGE (k)-[:IDENTIFIES]->(keep)
       }
       UNWIND articleIds AS aid
       RETURN collect(DISTINCT aid) AS articleIds`,
      { keepId, others },
    );
    return {
      keepId,
      mergedIds: others,
      articleIds: (result.records[0]?.get('articleIds') as string[] | undefined) ?? [],
    };
  });
}

export interface SplitRecord {
  fromId: string;
  newId: string;
  articleIds: string[];
}

/**
 * Records a split: the original entity blocks the given aliases (normalised) and loses the keys they map to;
 * a new curated entity takes those aliases and keys. Returns the articles that used those names, which the
 * caller re-resolves so their facts move to the new entity.
 */
export async function recordEntitySplit(
  graph: GraphConnection,
  input: { fromId: string; newId: string; newName: string; aliases: string[]; blockedNames: string[]; keys: string[] },
): Promise<SplitRecord> {
  return graph.write(async (tx) => {
    const found = await tx.run('MATCH (e:Entity {id: $id}) RETURN e.kind AS kind', { id: input.fromId });
    const kind = found.records[0]?.get('kind') as string | undefined;
    if (!kind) throw new CurationError('NOT_FOUND', `no entity with id ${input.fromId}`);
    if (input.newId === input.fromId)
      throw new CurationError('INVALID', 'the split-off entity needs a name of its own');
    const articles = await tx.run(
      `MATCH (:Entity {id: $fromId})-[m:MENTIONED_IN]->(a:Article)
       WHERE any(n IN coalesce(m.names, []) WHERE toLower(n) IN $lowerAliases)
       RETURN collect(DISTINCT a.id) AS ids`,
      { fromId: input.fromId, lowerAliases: input.aliases.map((a) => a.toLowerCase()) },
    );
    await tx.run(
      `MATCH (from:Entity {id: $fromId})
       SET from.blockedAliases = reduce(acc = coalesce(from.blockedAliases, []), x IN $blockedNames |
             CASE WHEN x IN acc THEN acc ELSE acc + x END),
           from.aliases = [x IN coalesce(from.aliases, []) WHERE NOT toLower(x) IN $lowerAliases],
           from.curated = true
       WITH from
       CALL (from) {
         UNWIND $keys AS key
         MATCH (:ResolutionKey {key: key})-[i:IDENTIFIES]->(from)
         DELETE i
       }
       MERGE (n:Entity {id: $newId})
       ON CREATE SET n.kind = from.kind, n.name = $newName, n.aliases = [], n.mergedIds = [], n.blockedAliases = [],
                     n.articleCount = 0
       SET n.curated = true, n.splitFrom = from.id,
           n.aliases = reduce(acc = coalesce(n.aliases, []), x IN $aliases | CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END)
       WITH from, n
       CALL (from, n) {
         FOREACH (_ IN CASE WHEN from:Person THEN [1] ELSE [] END | SET n:Person)
         FOREACH (_ IN CASE WHEN from:Country THEN [1] ELSE [] END | SET n:Country)
         FOREACH (_ IN CASE WHEN from:Organization THEN [1] ELSE [] END | SET n:Organization)
         FOREACH (_ IN CASE WHEN from:Location THEN [1] ELSE [] END | SET n:Location)
         FOREACH (_ IN CASE WHEN from:Group THEN [1] ELSE [] END | SET n:Group)
       }
       WITH n
       UNWIND $keys AS key
       MERGE (k:ResolutionKey {key: key})
       MERGE (k)-[:IDENTIFIES]->(n)`,
      { ...input, lowerAliases: input.aliases.map((a) => a.toLowerCase()) },
    );
    return {
      fromId: input.fromId,
      newId: input.newId,
      articleIds: (articles.records[0]?.get('ids') as string[] | undefined) ?? [],
    };
  });
}

/** Renames an entity for good: the old name becomes an alias, the new name a resolution key, and it is curated. */
export async function renameEntityNode(
  graph: GraphConnection,
  id: string,
  name: string,
  keys: string[],
): Promise<{ id: string; name: string; previousName: string }> {
  if (!name.trim()) throw new CurationError('INVALID', 'the new name is empty');
  return graph.write(async (tx) => {
    const result = await tx.run(
      `MATCH (e:Entity {id: $id})
       WITH e, e.name AS previous
       SET e.name = $name, e.curated = true,
           e.aliases = [x IN (CASE WHEN previous IN coalesce(e.aliases, []) THEN e.aliases ELSE coalesce(e.aliases, []) + previous END) WHERE x <> $name]
       WITH e, previous
       CALL (e) {
         UNWIND $keys AS key
         MERGE (k:ResolutionKey {key: key})
         MERGE (k)-[:IDENTIFIES]->(e)
       }
       RETURN previous`,
      { id, name, keys },
    );
    const previous = result.records[0]?.get('previous') as string | undefined;
    if (previous === undefined) throw new CurationError('NOT_FOUND', `no entity with id ${id}`);
    return { id, name, previousName: previous };
  });
}
