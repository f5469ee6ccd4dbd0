import type { ManagedTransaction } from 'neo4j-driver';
import { ARTICLE_TIME, FACT_PUBLISHED, IN_WINDOW, OUTLET, toPlain, windowParams, type DateWindow, type TimeAxisName } from './values.ts';

export const EDGE_KINDS = ['EVENT', 'STATEMENT', 'CO_MENTION', 'ROLE'] as const;
export type EdgeKindName = (typeof EDGE_KINDS)[number];

/** One piece of evidence behind an edge, with its dates on both axes. */
export interface EdgeMomentRow {
  date: string;
  published: string;
  factId: string;
  eventType: string | null;
  modality: string | null;
  quad: string | null;
  statementKind: string | null;
  roleTitle: string | null;
  sourceCount: number;
  firstSeen: string | null;
  /** Outlet keys of the articles behind it (for the edge's distinct-outlet count). */
  outlets: string[];
}

/** All evidence of one kind between two entities (one direction for directed kinds), inside the window. */
export interface NetworkEdgeRow {
  id: string;
  kind: EdgeKindName;
  source: string;
  target: string;
  directed: boolean;
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
  dates: string[];
  moments: EdgeMomentRow[];
  sourceCount: number;
  firstSeen: string | null;
  label: string;
}

export interface EndpointRow {
  id: string;
  name: string;
  kind: string;
}

export interface EdgeQuery {
  /** Edges touching these entities; null = every edge in the window. */
  ids: readonly string[] | null;
  /** With ids: only edges whose other end is in this set. */
  within?: readonly string[] | null;
  edgeKinds?: readonly EdgeKindName[] | null;
  /** Kinds allowed for the other end (both ends when ids is null). */
  entityKinds?: readonly string[] | null;
  eventTypes?: readonly string[] | null;
  modalities?: readonly string[] | null;
  window?: DateWindow | null;
  timeAxis?: TimeAxisName | null;
  minWeight?: number | null;
  minSources?: number | null;
}

const KIND = (x: string) => `coalesce(${x}.kind, head([l IN labels(${x}) WHERE l <> 'Entity']))`;
const ENDPOINTS = `s.id AS source, s.name AS sourceName, ${KIND('s')} AS sourceKind, t.id AS target, t.name AS targetName, ${KIND('t')} AS targetKind`;
const OTHER_OK = `($entityKinds IS NULL OR ${KIND('other')} IN $entityKinds) AND ($within IS NULL OR other.id IN $within)`;
const BOTH_OK = `($entityKinds IS NULL OR (${KIND('s')} IN $entityKinds AND ${KIND('t')} IN $entityKinds))`;
const CENTERS = 'UNWIND $ids AS cid MATCH (c:Entity {id: cid})';

const FACT_TAIL = (kind: 'EVENT' | 'STATEMENT') => `
  WITH s, t, f, ${FACT_PUBLISHED('f')} AS published
  WITH s, t, f, published, CASE $axis WHEN 'PUBLISHED' THEN published ELSE coalesce(f.date, published) END AS d
  WHERE ${IN_WINDOW('d')}
  WITH s, t, f, d, published, [(f)-[:REPORTED_IN]->(a:Article) | ${OUTLET('a')}] AS outlets
  RETURN '${kind}' AS kind, ${ENDPOINTS},
         collect({date: toString(d), published: toString(published), factId: f.id,
                  eventType: ${kind === 'EVENT' ? 'f.type' : 'null'}, modality: ${kind === 'EVENT' ? 'f.modality' : 'null'},
                  quad: ${kind === 'EVENT' ? 'f.quad' : 'null'}, statementKind: ${kind === 'STATEMENT' ? 'f.kind' : 'null'},
                  roleTitle: null, sourceCount: coalesce(f.sourceCount, size(outlets)), firstSeen: toString(f.firstSeen),
                  outlets: outlets}) AS moments`;

const EVENT_FILTER = `($types IS NULL OR f.type IN $types) AND ($modalities IS NULL OR f.modality IN $modalities)`;

const CYPHER: Record<EdgeKindName, { centered: string; all: string }> = {
  EVENT: {
    centered: `${CENTERS}
      CALL (c) {
        MATCH (c)-[:ACTOR_IN {role: 'source'}]->(f:Event)<-[:ACTOR_IN {role: 'target'}]-(o:Entity) RETURN c AS s, o AS t, f, o AS other
        UNION
        MATCH (c)-[:ACTOR_IN {role: 'target'}]->(f:Event)<-[:ACTOR_IN {role: 'source'}]-(o:Entity) RETURN o AS s, c AS t, f, o AS other
      }
      WITH s, t, f, other WHERE s <> t AND ${OTHER_OK} AND ${EVENT_FILTER}
      WITH DISTINCT s, t, f ${FACT_TAIL('EVENT')}`,
    all: `MATCH (s:Entity)-[:ACTOR_IN {role: 'source'}]->(f:Event)<-[:ACTOR_IN {role: 'target'}]-(t:Entity)
      WHERE s <> t AND ${BOTH_OK} AND ${EVENT_FILTER}
      WITH s, t, f ${FACT_TAIL('EVENT')}`,
  },
  STATEMENT: {
    centered: `${CENTERS}
      CALL (c) {
        MATCH (c)-[:SAID]->(f:Statement)-[:ABOUT]->(o:Entity) RETURN c AS s, o AS t, f, o AS other
        UNION
        MATCH (o:Entity)-[:SAID]->(f:Statement)-[:ABOUT]->(c) RETURN o AS s, c AS t, f, o AS other
      }
      WITH s, t, f, other WHERE s <> t AND ${OTHER_OK}
      WITH DISTINCT s, t, f ${FACT_TAIL('STATEMENT')}`,
    all: `MATCH (s:Entity)-[:SAID]->(f:Statement)-[:ABOUT]->(t:Entity)
      WHERE s <> t AND ${BOTH_OK}
      WITH s, t, f ${FACT_TAIL('STATEMENT')}`,
  },
  CO_MENTION: {
    centered: `${CENTERS}
      MATCH (c)-[:MENTIONED_IN]->(a:Article)
      WITH c, a, date(${ARTICLE_TIME('a')}) AS d WHERE ${IN_WINDOW('d')}
      MATCH (a)<-[:MENTIONED_IN]-(other:Entity)
      WHERE other <> c AND ${OTHER_OK}
      WITH CASE WHEN c.id < other.id THEN c ELSE other END AS s, CASE WHEN c.id < other.id THEN other ELSE c END AS t, a, d
      WITH DISTINCT s, t, a, d
      RETURN 'CO_MENTION' AS kind, ${ENDPOINTS}, collect({date: toString(d), published: toString(d), factId: a.id,
             eventType: null, modality: null, quad: null, statementKind: null, roleTitle: null, sourceCount: 1,
             firstSeen: toString(${ARTICLE_TIME('a')}), outlets: [${OUTLET('a')}]}) AS moments`,
    all: `MATCH (a:Article)
      WITH a, date(${ARTICLE_TIME('a')}) AS d WHERE ${IN_WINDOW('d')}
      MATCH (s:Entity)-[:MENTIONED_IN]->(a)<-[:MENTIONED_IN]-(t:Entity)
      WHERE s.id < t.id AND ${BOTH_OK}
      RETURN 'CO_MENTION' AS kind, ${ENDPOINTS}, collect({date: toString(d), published: toString(d), factId: a.id,
             eventType: null, modality: null, quad: null, statementKind: null, roleTitle: null, sourceCount: 1,
             firstSeen: toString(${ARTICLE_TIME('a')}), outlets: [${OUTLET('a')}]}) AS moments`,
  },
  ROLE: {
    centered: `${CENTERS}
      CALL (c) {
        MATCH (c)-[h:HOLDS_ROLE]->(o:Entity) RETURN c AS s, o AS t, h, o AS other
        UNION
        MATCH (o:Entity)-[h:HOLDS_ROLE]->(c) RETURN o AS s, c AS t, h, o AS other
      }
      WITH s, t, h, other WHERE ${OTHER_OK}
      WITH DISTINCT s, t, h ROLE_TAIL`,
    all: `MATCH (s:Entity)-[h:HOLDS_ROLE]->(t:Entity) WHERE ${BOTH_OK}
      WITH s, t, h ROLE_TAIL`,
  },
};

// A role is dated by each article asserting it (its `asOf` when the articles are unknown).
const ROLE_TAIL = `
  UNWIND (CASE WHEN size(coalesce(h.articleIds, [])) = 0 THEN [null] ELSE h.articleIds END) AS aid
  OPTIONAL MATCH (a:Article {id: aid})
  WITH s, t, h, a, coalesce(date(${ARTICLE_TIME('a')}), h.asOf) AS d
  WHERE ${IN_WINDOW('d')}
  RETURN 'ROLE' AS kind, ${ENDPOINTS}, collect({date: toString(d), published: toString(d), factId: coalesce(a.id, s.id + '|' + h.title),
         eventType: null, modality: null, quad: null, statementKind: null, roleTitle: h.title, sourceCount: 1,
         firstSeen: toString(${ARTICLE_TIME('a')}), outlets: CASE WHEN a IS NULL THEN [] ELSE [${OUTLET('a')}] END}) AS moments`;
for (const mode of ['centered', 'all'] as const) CYPHER.ROLE[mode] = CYPHER.ROLE[mode].replace('ROLE_TAIL', ROLE_TAIL);

interface EdgeRecord {
  kind: EdgeKindName;
  source: string;
  sourceName: string;
  sourceKind: string;
  target: string;
  targetName: string;
  targetKind: string;
  moments: EdgeMomentRow[];
}

/**
 * The aggregated network edges touching `ids` (or all edges) inside the window, one query per edge kind, all
 * in the caller's transaction. Weight = evidence items in the window; sourceCount = distinct outlets.
 */
export async function readEdges(tx: ManagedTransaction, query: EdgeQuery): Promise<{ edges: NetworkEdgeRow[]; endpoints: Map<string, EndpointRow> }> {
  const kinds = query.edgeKinds?.length ? query.edgeKinds : EDGE_KINDS;
  const params = {
    ids: query.ids ? [...new Set(query.ids)] : null,
    within: query.within ? [...new Set(query.within)] : null,
    entityKinds: query.entityKinds?.length ? query.entityKinds : null,
    types: query.eventTypes?.length ? query.eventTypes : null,
    modalities: query.modalities?.length ? query.modalities : null,
    ...windowParams(query.window, query.timeAxis),
  };
  const edges: NetworkEdgeRow[] = [];
  const endpoints = new Map<string, EndpointRow>();
  if (params.ids && params.ids.length === 0) return { edges, endpoints };
  for (const kind of kinds) {
    const result = await tx.run(params.ids ? CYPHER[kind].centered : CYPHER[kind].all, params);
    for (const record of result.records) {
      const r = toPlain(record.toObject()) as unknown as EdgeRecord;
      endpoints.set(r.source, { id: r.source, name: r.sourceName ?? r.source, kind: r.sourceKind });
      endpoints.set(r.target, { id: r.target, name: r.targetName ?? r.target, kind: r.targetKind });
      const edge = aggregateEdge(kind, r.source, r.target, r.moments);
      if (edge.weight >= (query.minWeight ?? 1) && edge.sourceCount >= (query.minSources ?? 1)) edges.push(edge);
    }
  }
  return { edges, endpoints };
}

export function edgeId(kind: EdgeKindName, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

/** Folds the evidence of one (kind, source, target) into an edge: dates sorted, outlets counted once. */
export function aggregateEdge(kind: EdgeKindName, source: string, target: string, moments: EdgeMomentRow[]): NetworkEdgeRow {
  const sorted = [...moments].sort((a, b) => a.date.localeCompare(b.date) || a.factId.localeCompare(b.factId));
  const outlets = new Set<string>();
  let firstSeen: string | null = null;
  for (const m of sorted) {
    for (const o of m.outlets ?? []) outlets.add(o);
    if (m.firstSeen && (!firstSeen || m.firstSeen < firstSeen)) firstSeen = m.firstSeen;
  }
  return {
    id: edgeId(kind, source, target),
    kind,
    source,
    target,
    directed: kind !== 'CO_MENTION',
    weight: sorted.length,
    firstDate: sorted[0]?.date ?? null,
    lastDate: sorted.at(-1)?.date ?? null,
    dates: sorted.map((m) => m.date),
    moments: sorted,
    sourceCount: Math.max(outlets.size, ...sorted.map((m) => m.sourceCount), 0),
    firstSeen,
    label: edgeLabel(kind, sorted),
  };
}

function edgeLabel(kind: EdgeKindName, moments: EdgeMomentRow[]): string {
  const counts = new Map<string, number>();
  const key = (m: EdgeMomentRow) =>
    kind === 'EVENT' ? `${m.eventType}${m.modality && m.modality !== 'asserted' ? ` (${m.modality})` : ''}`
      : kind === 'STATEMENT' ? `${m.statementKind ?? 'statement'} statement`
        : kind === 'ROLE' ? (m.roleTitle ?? 'role')
          : 'co-mentioned';
  for (const m of moments) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ×${n}`).join(', ');
}
