import type { GraphConnection } from '../connection.ts';
import type { EdgeKindName } from './readNetworkEdges.ts';
import {
  ARTICLE_TIME,
  FACT_AXIS_DATE,
  IN_WINDOW,
  OUTLET,
  int,
  windowParams,
  type DateWindow,
  type ReadOptions,
  type TimeAxisName,
} from './values.ts';

export interface DegreeRow {
  id: string;
  degree: number;
}

// One branch per edge kind; a branch whose kind was not asked for stops before matching anything.
const PAIRS = `
  CALL () {
    WITH $edgeKinds AS k WHERE 'EVENT' IN k
    MATCH (s:Entity)-[:ACTOR_IN {role: 'source'}]->(f:Event)<-[:ACTOR_IN {role: 'target'}]-(t:Entity) WHERE s <> t
    WITH s, t, f, ${FACT_AXIS_DATE('f')} AS d WHERE ${IN_WINDOW('d')}
    RETURN s.id AS x, t.id AS y, [(f)-[:REPORTED_IN]->(a:Article) | ${OUTLET('a')}] AS outlets
    UNION ALL
    WITH $edgeKinds AS k WHERE 'STATEMENT' IN k
    MATCH (s:Entity)-[:SAID]->(f:Statement)-[:ABOUT]->(t:Entity) WHERE s <> t
    WITH s, t, f, ${FACT_AXIS_DATE('f')} AS d WHERE ${IN_WINDOW('d')}
    RETURN s.id AS x, t.id AS y, [(f)-[:REPORTED_IN]->(a:Article) | ${OUTLET('a')}] AS outlets
    UNION ALL
    WITH $edgeKinds AS k WHERE 'CO_MENTION' IN k
    MATCH (a:Article) WITH a, date(${ARTICLE_TIME('a')}) AS d WHERE ${IN_WINDOW('d')}
    MATCH (s:Entity)-[:MENTIONED_IN]->(a)<-[:MENTIONED_IN]-(t:Entity) WHERE s.id < t.id
    RETURN s.id AS x, t.id AS y, [${OUTLET('a')}] AS outlets
    UNION ALL
    WITH $edgeKinds AS k WHERE 'ROLE' IN k
    MATCH (s:Entity)-[h:HOLDS_ROLE]->(t:Entity)
    UNWIND (CASE WHEN size(coalesce(h.articleIds, [])) = 0 THEN [null] ELSE h.articleIds END) AS aid
    OPTIONAL MATCH (a:Article {id: aid})
    WITH s, t, a, coalesce(date(${ARTICLE_TIME('a')}), h.asOf) AS d WHERE ${IN_WINDOW('d')}
    RETURN s.id AS x, t.id AS y, CASE WHEN a IS NULL THEN [] ELSE [${OUTLET('a')}] END AS outlets
  }`;

/**
 * Degree centrality over the window's edges, computed in the database: distinct neighbours of each entity
 * through any edge of the asked kinds whose evidence (all kinds together, per pair) comes from at least
 * `minSources` outlets. Only entities of `kinds` are ranked; their neighbours may be of any kind.
 */
export async function readDegreeCentrality(
  graph: GraphConnection,
  args: {
    window?: DateWindow | null;
    timeAxis: TimeAxisName;
    edgeKinds: readonly EdgeKindName[];
    kinds?: readonly string[] | null;
    minSources: number;
    first: number;
  },
  options: ReadOptions = {},
): Promise<DegreeRow[]> {
  return graph.readRows<DegreeRow>(
    `${PAIRS}
     WITH CASE WHEN x < y THEN x ELSE y END AS x, CASE WHEN x < y THEN y ELSE x END AS y, outlets
     UNWIND (CASE WHEN size(outlets) = 0 THEN [null] ELSE outlets END) AS outlet
     WITH x, y, count(DISTINCT outlet) AS sources
     WHERE sources >= $minSources
     UNWIND [[x, y], [y, x]] AS pair
     WITH pair[0] AS id, count(DISTINCT pair[1]) AS degree
     MATCH (e:Entity {id: id}) WHERE $kinds IS NULL OR e.kind IN $kinds
     RETURN id, degree ORDER BY degree DESC, id LIMIT $first`,
    {
      ...windowParams(args.window, args.timeAxis),
      edgeKinds: [...args.edgeKinds],
      kinds: args.kinds?.length ? args.kinds : null,
      minSources: Math.max(0, args.minSources),
      first: int(args.first),
    },
    options,
  );
}
