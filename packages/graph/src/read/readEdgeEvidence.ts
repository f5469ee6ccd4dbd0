import { EDGE_KINDS } from '@newsgraph/model';
import type { GraphConnection } from '../connection.ts';
import { sentencesMentioningBoth, type TextSpanRow } from './coMentionSentences.ts';
import type { EdgeKindName } from './readNetworkEdges.ts';
import { eventRow, roleRow, statementRow, type EventRow, type RoleRow, type StatementRow } from './rows.ts';
import {
  ARTICLE_TIME,
  FACT_AXIS_DATE,
  IN_WINDOW,
  int,
  toPlain,
  windowParams,
  type DateWindow,
  type ReadOptions,
  type TimeAxisName,
} from './values.ts';

export interface CoMentionRow {
  articleId: string;
  sentences: TextSpanRow[];
}

export interface EdgeEvidenceResult {
  aId: string;
  bId: string;
  events: EventRow[];
  statements: StatementRow[];
  coMentions: CoMentionRow[];
  roles: RoleRow[];
}

export interface EdgeEvidenceQuery {
  aId: string;
  bId: string;
  window?: DateWindow | null;
  timeAxis: TimeAxisName;
  edgeKinds?: readonly EdgeKindName[] | null;
  first: number;
}

/** The facts behind the connection of two entities (either direction) in a window. One read transaction. */
export async function readEdgeEvidence(
  graph: GraphConnection,
  query: EdgeEvidenceQuery,
  options: ReadOptions = {},
): Promise<EdgeEvidenceResult> {
  const kinds = new Set(query.edgeKinds?.length ? query.edgeKinds : EDGE_KINDS);
  const params = { a: query.aId, b: query.bId, ...windowParams(query.window, query.timeAxis), limit: int(query.first) };
  return graph.read(async (tx) => {
    const result: EdgeEvidenceResult = {
      aId: query.aId,
      bId: query.bId,
      events: [],
      statements: [],
      coMentions: [],
      roles: [],
    };
    if (kinds.has('EVENT')) {
      const r = await tx.run(
        `MATCH (x:Entity)-[r1:ACTOR_IN]->(f:Event)<-[r2:ACTOR_IN]-(y:Entity)
         WHERE x.id = $a AND y.id = $b AND r1.role <> r2.role
         WITH DISTINCT f WITH f, ${FACT_AXIS_DATE('f')} AS d WHERE ${IN_WINDOW('d')}
         RETURN f {.*} AS props ORDER BY d, f.id LIMIT $limit`,
        params,
      );
      result.events = r.records.map((x) => eventRow(toPlain(x.get('props')) as Record<string, unknown>));
    }
    if (kinds.has('STATEMENT')) {
      const r = await tx.run(
        `MATCH (x:Entity)-[:SAID]->(f:Statement)-[:ABOUT]->(y:Entity)
         WHERE (x.id = $a AND y.id = $b) OR (x.id = $b AND y.id = $a)
         WITH DISTINCT f WITH f, ${FACT_AXIS_DATE('f')} AS d WHERE ${IN_WINDOW('d')}
         RETURN f {.*} AS props ORDER BY d, f.id LIMIT $limit`,
        params,
      );
      result.statements = r.records.map((x) => statementRow(toPlain(x.get('props')) as Record<string, unknown>));
    }
    if (kinds.has('CO_MENTION')) {
      const r = await tx.run(
        `MATCH (x:Entity {id: $a})-[ma:MENTIONED_IN]->(a:Article)<-[mb:MENTIONED_IN]-(y:Entity {id: $b})
         WITH a, ma, mb, date(${ARTICLE_TIME('a')}) AS d WHERE ${IN_WINDOW('d')}
         RETURN a.id AS articleId, a.text AS text, ma.offsets AS aOffsets, mb.offsets AS bOffsets
         ORDER BY ${ARTICLE_TIME('a')}, a.id LIMIT $limit`,
        params,
      );
      result.coMentions = r.records.map((x) => ({
        articleId: x.get('articleId') as string,
        sentences: sentencesMentioningBoth(
          (x.get('text') as string | null) ?? '',
          ((x.get('aOffsets') as unknown[] | null) ?? []).map(Number),
          ((x.get('bOffsets') as unknown[] | null) ?? []).map(Number),
        ),
      }));
    }
    if (kinds.has('ROLE')) {
      const r = await tx.run(
        `MATCH (p:Entity)-[h:HOLDS_ROLE]->(o:Entity)
         WHERE (p.id = $a AND o.id = $b) OR (p.id = $b AND o.id = $a)
         RETURN {holderId: p.id, organizationId: o.id, title: h.title, asOf: h.asOf, articleIds: h.articleIds} AS role
         ORDER BY h.asOf, h.title`,
        params,
      );
      result.roles = r.records.map((x) => roleRow(toPlain(x.get('role')) as Record<string, unknown>));
    }
    return result;
  }, options);
}
