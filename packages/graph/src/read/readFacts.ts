import type { GraphConnection } from '../connection.ts';
import { groupBy } from './readArticles.ts';
import {
  entityRow,
  eventRow,
  evidenceRow,
  statementRow,
  type EntityRow,
  type EventRow,
  type EvidenceRow,
  type StatementRow,
} from './rows.ts';
import { ARTICLE_TIME, toPlain, type ReadOptions } from './values.ts';

/** Events by id, in the order asked (null for unknown ids). One query per batch. */
export async function readEventsByIds(
  graph: GraphConnection,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<(EventRow | null)[]> {
  if (ids.length === 0) return [];
  const rows = await graph.readRows<{ props: Record<string, unknown> }>(
    `UNWIND $ids AS id MATCH (f:Event {id: id}) RETURN f {.*} AS props`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(
    rows.map((r) => {
      const e = eventRow(toPlain(r.props) as Record<string, unknown>);
      return [e.id, e];
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

/** Statements by id, in the order asked (null for unknown ids). One query per batch. */
export async function readStatementsByIds(
  graph: GraphConnection,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<(StatementRow | null)[]> {
  if (ids.length === 0) return [];
  const rows = await graph.readRows<{ props: Record<string, unknown> }>(
    `UNWIND $ids AS id MATCH (f:Statement {id: id}) RETURN f {.*} AS props`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(
    rows.map((r) => {
      const s = statementRow(toPlain(r.props) as Record<string, unknown>);
      return [s.id, s];
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

export interface FactParties {
  /** Event: source actors; statement: speakers. */
  sources: EntityRow[];
  /** Event: target actors; statement: entities it is about. */
  targets: EntityRow[];
  /** Event: locations; statement: empty. */
  locations: EntityRow[];
}

/** Who took part in each event (sources, targets, locations) or statement (speakers, about). One query per batch. */
export async function readFactParties(
  graph: GraphConnection,
  ids: readonly string[],
  label: 'Event' | 'Statement',
  options: ReadOptions = {},
): Promise<FactParties[]> {
  if (ids.length === 0) return [];
  const cypher =
    label === 'Event'
      ? `UNWIND $ids AS id
         MATCH (f:Event {id: id})
         CALL (f) {
           MATCH (x:Entity)-[r:ACTOR_IN]->(f) RETURN CASE r.role WHEN 'target' THEN 'targets' ELSE 'sources' END AS side, x
           UNION
           MATCH (f)-[:LOCATED_IN]->(x:Entity) RETURN 'locations' AS side, x
         }
         RETURN f.id AS factId, side, x {.*} AS props, labels(x) AS labels ORDER BY factId, side, x.name`
      : `UNWIND $ids AS id
         MATCH (f:Statement {id: id})
         CALL (f) {
           MATCH (x:Entity)-[:SAID]->(f) RETURN 'sources' AS side, x
           UNION
           MATCH (f)-[:ABOUT]->(x:Entity) RETURN 'targets' AS side, x
         }
         RETURN f.id AS factId, side, x {.*} AS props, labels(x) AS labels ORDER BY factId, side, x.name`;
  const rows = await graph.readRows<{
    factId: string;
    side: keyof FactParties;
    props: Record<string, unknown>;
    labels: string[];
  }>(cypher, { ids: [...new Set(ids)] }, options);
  return groupBy(ids, rows, (r) => r.factId).map((list) => {
    const parties: FactParties = { sources: [], targets: [], locations: [] };
    for (const r of list) parties[r.side].push(entityRow(toPlain(r.props) as Record<string, unknown>, r.labels));
    return parties;
  });
}

/** Every report of each event or statement (article, sentence, offsets), earliest first. One query per batch. */
export async function readFactEvidence(
  graph: GraphConnection,
  ids: readonly string[],
  label: 'Event' | 'Statement',
  options: ReadOptions = {},
): Promise<EvidenceRow[][]> {
  if (ids.length === 0) return [];
  const match =
    label === 'Event'
      ? 'MATCH (f:Event {id: id})-[r:REPORTED_IN]->(a:Article)'
      : 'MATCH (f:Statement {id: id})-[r:REPORTED_IN]->(a:Article)';
  const rows = await graph.readRows<{ factId: string; ev: Record<string, unknown> }>(
    `UNWIND $ids AS id
     ${match}
     RETURN f.id AS factId, {articleId: a.id, sentence: r.sentence, start: r.start, end: r.end, confidence: r.confidence,
                             extractorVersion: r.extractorVersion, published: ${ARTICLE_TIME('a')}} AS ev
     ORDER BY factId, ${ARTICLE_TIME('a')}, a.id, r.start`,
    { ids: [...new Set(ids)] },
    options,
  );
  return groupBy(ids, rows, (r) => r.factId).map((list) =>
    list.map((r) => evidenceRow(toPlain(r.ev) as Record<string, unknown>)),
  );
}
