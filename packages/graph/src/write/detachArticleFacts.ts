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
 * Removes every fact edge these articles contributed (evidence, mentions, roles, locations, topics,
 * comments) but not the Article nodes nor the shared fact nodes: callers write new facts and then remove
 * what is left without support (collectOrphans), all in the same transaction.
 */
export async function detachArticleFacts(tx: ManagedTransaction, articleIds: string[], counters: TxCounters): Promise<TouchedIds> {
  if (articleIds.length === 0) return { eventIds: [], statementIds: [], entityIds: [], personIds: [] };
  const located = counters.add(
    await tx.run(
      `UNWIND $articleIds AS aid
       MATCH (:Article {id: aid})<-[:REPORTED_IN]-(f)-[l:LOCATED_IN|ABOUT]->(x:Entity)
       WHERE aid IN l.articleIds
       SET l.articleIds = [v IN l.articleIds WHERE v <> aid]
       WITH x, l
       FOREACH (_ IN CASE WHEN size(l.articleIds) = 0 THEN [1] ELSE [] END | DELETE l)
       RETURN collect(DISTINCT x.id) AS entityIds`,
      { articleIds },
    ),
  );
  const facts = counters.add(
    await tx.run(
      `UNWIND $articleIds AS aid
       MATCH (:Article {id: aid})<-[r:REPORTED_IN]-(f)
       WITH r, f, CASE WHEN f:Event THEN f.id END AS eventId, CASE WHEN f:Statement THEN f.id END AS statementId
       DELETE r
       RETURN collect(DISTINCT eventId) AS eventIds, collect(DISTINCT statementId) AS statementIds`,
      { articleIds },
    ),
  );
  const roles = counters.add(
    await tx.run(
      `UNWIND $articleIds AS aid
       MATCH (:Article {id: aid})<-[:MENTIONED_IN]-(p:Person)-[h:HOLDS_ROLE]->(o:Entity)
       WHERE aid IN h.articleIds
       SET h.articleIds = [v IN h.articleIds WHERE v <> aid]
       WITH p, o, h
       FOREACH (_ IN CASE WHEN size(h.articleIds) = 0 THEN [1] ELSE [] END | DELETE h)
       RETURN collect(DISTINCT p.id) AS personIds, collect(DISTINCT o.id) AS ofIds`,
      { articleIds },
    ),
  );
  const mentions = counters.add(
    await tx.run(
      `UNWIND $articleIds AS aid
       MATCH (:Article {id: aid})<-[m:MENTIONED_IN]-(e:Entity)
       DELETE m
       RETURN collect(DISTINCT e.id) AS entityIds`,
      { articleIds },
    ),
  );
  const comments = counters.add(
    await tx.run(
      `UNWIND $articleIds AS aid
       MATCH (c:Comment)-[:ON]->(:Article {id: aid})
       OPTIONAL MATCH (c)-[:MENTIONS]->(e:Entity)
       WITH c, collect(e.id) AS ids
       DETACH DELETE c
       WITH ids UNWIND ids AS id
       RETURN collect(DISTINCT id) AS entityIds`,
      { articleIds },
    ),
  );
  const f = facts.records[0];
  const r = roles.records[0];
  return {
    eventIds: strings(f?.get('eventIds')),
    statementIds: strings(f?.get('statementIds')),
    entityIds: [
      ...new Set([
        ...strings(located.records[0]?.get('entityIds')),
        ...strings(r?.get('personIds')),
        ...strings(r?.get('ofIds')),
        ...strings(mentions.records[0]?.get('entityIds')),
        ...strings(comments.records[0]?.get('entityIds')),
      ]),
    ],
    personIds: strings(r?.get('personIds')),
  };
}
