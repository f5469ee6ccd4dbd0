import type { ManagedTransaction } from 'neo4j-driver';
import type { TxCounters } from './txCounters.ts';

/** Ids whose support changed when articles lost their facts: candidates for orphan removal and recounts. */
export interface TouchedIds {
  eventIds: string[];
  statementIds: string[];
  entityIds: string[];
  personIds: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

/**
 * Cypher (CALL subqueries over `$articleIds`) that removes every fact edge these articles contributed
 * (evidence, mentions, roles, locations, topics, comments) but not the Article nodes nor the shared fact
 * nodes, binding touchedEventIds, touchedStatementIds, touchedEntityIds (may repeat) and touchedPersonIds.
 * Articles not in the graph match nothing, so the writer runs it for every batch. An edge several of the articles
 * support (LOCATED_IN, ABOUT, HOLDS_ROLE) is grouped first and loses all of them in one step: updated row by row,
 * the last row deleted it while an earlier row, held back by an Eager, still read it ("Relationship … has been
 * deleted in this transaction" when two articles of one batch sharing a location were rewritten).
 */
export const DETACH_ARTICLE_FACTS = `
  CALL () {
    UNWIND $articleIds AS aid
    MATCH (:Article {id: aid})<-[:REPORTED_IN]-(f)-[l:LOCATED_IN|ABOUT]->(x:Entity)
    WHERE aid IN l.articleIds
    WITH l, x, collect(aid) AS gone
    WITH l, x, [v IN l.articleIds WHERE NOT v IN gone] AS kept
    FOREACH (_ IN CASE WHEN size(kept) = 0 THEN [1] ELSE [] END | DELETE l)
    FOREACH (_ IN CASE WHEN size(kept) > 0 THEN [1] ELSE [] END | SET l.articleIds = kept)
    RETURN collect(DISTINCT x.id) AS locatedIds
  }
  CALL () {
    UNWIND $articleIds AS aid
    MATCH (:Article {id: aid})<-[r:REPORTED_IN]-(f)
    WITH r, CASE WHEN f:Event THEN f.id END AS eventId, CASE WHEN f:Statement THEN f.id END AS statementId
    DELETE r
    RETURN collect(DISTINCT eventId) AS touchedEventIds, collect(DISTINCT statementId) AS touchedStatementIds
  }
  CALL () {
    UNWIND $articleIds AS aid
    MATCH (:Article {id: aid})<-[:MENTIONED_IN]-(p:Person)-[h:HOLDS_ROLE]->(o:Entity)
    WHERE aid IN h.articleIds
    WITH p, o, h, collect(aid) AS gone
    WITH p, o, h, [v IN h.articleIds WHERE NOT v IN gone] AS kept
    FOREACH (_ IN CASE WHEN size(kept) = 0 THEN [1] ELSE [] END | DELETE h)
    FOREACH (_ IN CASE WHEN size(kept) > 0 THEN [1] ELSE [] END | SET h.articleIds = kept)
    RETURN collect(DISTINCT p.id) AS touchedPersonIds, collect(DISTINCT o.id) AS ofIds
  }
  CALL () {
    UNWIND $articleIds AS aid
    MATCH (:Article {id: aid})<-[m:MENTIONED_IN]-(e:Entity)
    DELETE m
    RETURN collect(DISTINCT e.id) AS mentionedIds
  }
  CALL () {
    UNWIND $articleIds AS aid
    MATCH (c:Comment)-[:ON]->(:Article {id: aid})
    OPTIONAL MATCH (c)-[:MENTIONS]->(e:Entity)
    WITH c, collect(e.id) AS ids
    DETACH DELETE c
    WITH ids UNWIND ids AS id
    RETURN collect(DISTINCT id) AS commentedIds
  }
  WITH touchedEventIds, touchedStatementIds, touchedPersonIds,
       locatedIds + touchedPersonIds + ofIds + mentionedIds + commentedIds AS touchedEntityIds`;

export const TOUCHED_COLUMNS = 'touchedEventIds, touchedStatementIds, touchedEntityIds, touchedPersonIds';

/** Reads the columns bound by DETACH_ARTICLE_FACTS from a result row. */
export function touchedFrom(record: { get(key: string): unknown } | undefined): TouchedIds {
  return {
    eventIds: strings(record?.get('touchedEventIds')),
    statementIds: strings(record?.get('touchedStatementIds')),
    entityIds: [...new Set(strings(record?.get('touchedEntityIds')))],
    personIds: strings(record?.get('touchedPersonIds')),
  };
}

/**
 * Removes every fact edge these articles contributed, in one statement; callers write new facts and then
 * remove what is left without support (collectOrphans), all in the same transaction.
 */
export async function detachArticleFacts(
  tx: ManagedTransaction,
  articleIds: string[],
  counters: TxCounters,
): Promise<TouchedIds> {
  if (articleIds.length === 0) return { eventIds: [], statementIds: [], entityIds: [], personIds: [] };
  const result = counters.add(await tx.run(`${DETACH_ARTICLE_FACTS} RETURN ${TOUCHED_COLUMNS}`, { articleIds }));
  return touchedFrom(result.records[0]);
}
