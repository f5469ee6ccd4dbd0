import type { GraphConnection } from '../connection.ts';

/** What the concurrency suite counts: everything that exists more than once for one real thing (0 is the goal). */
export interface DuplicateCounts {
  /** Extra Article nodes for one canonical URL. */
  articles: number;
  /** Extra entities behind one resolution key (two Person nodes for "person:full:claudia sheinbaum") or ISO code. */
  entities: number;
  /** Extra Event / Statement nodes for one id (ids are constrained; counted in case a constraint is missing). */
  facts: number;
  /** Extra evidence edges between the same two nodes for the same article (MENTIONED_IN, REPORTED_IN, ACTOR_IN …). */
  evidenceEdges: number;
}

/**
 * Duplicates by natural key, not by id: ids are constrained, so a careless writer shows up as a second node under
 * another id for the same URL or resolution key, or as a second edge where MERGE would have kept one.
 */
export async function countDuplicates(graph: GraphConnection): Promise<DuplicateCounts> {
  const [row] = await graph.readRows<DuplicateCounts>(
    `CALL () { MATCH (a:Article) WHERE a.url IS NOT NULL
               WITH a.url AS url, count(*) AS n WHERE n > 1 RETURN coalesce(sum(n - 1), 0) AS articles }
     CALL () { MATCH (k:ResolutionKey)-[:IDENTIFIES]->(e:Entity)
               WHERE NOT k.key STARTS WITH 'merged:'
               WITH k, count(DISTINCT e) AS n WHERE n > 1 RETURN count(k) AS keyDups }
     CALL () { MATCH (c:Country) WHERE c.iso2 IS NOT NULL
               WITH c.iso2 AS iso, count(*) AS n WHERE n > 1 RETURN coalesce(sum(n - 1), 0) AS isoDups }
     CALL () { MATCH (f) WHERE f:Event OR f:Statement
               WITH f.id AS id, count(*) AS n WHERE n > 1 RETURN coalesce(sum(n - 1), 0) AS facts }
     CALL () { MATCH (x)-[r:MENTIONED_IN|REPORTED_IN|ACTOR_IN|SAID|ABOUT|HOLDS_ROLE|LOCATED_IN|ON|MENTIONS]->(y)
               WITH x, y, type(r) AS t, r.articleId AS art, r.role AS role, count(*) AS n WHERE n > 1
               RETURN coalesce(sum(n - 1), 0) AS evidenceEdges }
     RETURN articles, keyDups + isoDups AS entities, facts, evidenceEdges`,
  );
  return row!;
}
