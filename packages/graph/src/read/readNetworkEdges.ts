import type { ManagedTransaction } from 'neo4j-driver';
import {
  ARTICLE_TIME,
  FACT_AXIS_DATE,
  FACT_PUBLISHED,
  IN_WINDOW,
  int,
  OUTLET,
  toPlain,
  windowParams,
  type DateWindow,
  type TimeAxisName,
} from './values.ts';

import { EDGE_KINDS, type EdgeKind, type EntityKind } from '@newsgraph/model';
import { edgeMomentRows, entityKindOf, type EdgeMomentRow } from './rows.ts';

export { EDGE_KINDS };
export type EdgeKindName = EdgeKind;

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
  kind: EntityKind;
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
  timeAxis: TimeAxisName;
  minWeight?: number | null;
  minSources?: number | null;
  /** At most this many edges per kind, heaviest first (weight, then id by code unit). */
  limit?: number | null;
}

const KIND = (x: string) => `coalesce(${x}.kind, head([l IN labels(${x}) WHERE l <> 'Entity']))`;
const ENDPOINTS = `s.id AS source, s.name AS sourceName, ${KIND('s')} AS sourceKind, t.id AS target, t.name AS targetName, ${KIND('t')} AS targetKind`;
// When the other end is a center too, the same evidence is also found from it: only the smaller id's row is kept
// (no DISTINCT over every row, and half the moments built when reading the edges among a set).
const OTHER_OK = `($entityKinds IS NULL OR ${KIND('other')} IN $entityKinds) AND ($within IS NULL OR other.id IN $within)
  AND ($exclude IS NULL OR NOT other.id IN $exclude) AND NOT (other.id < c.id AND other.id IN $ids)`;
const BOTH_OK = `($entityKinds IS NULL OR (${KIND('s')} IN $entityKinds AND ${KIND('t')} IN $entityKinds))`;
const CENTERS = 'UNWIND $ids AS cid MATCH (c:Entity {id: cid})';
const EVENT_FILTER = `($types IS NULL OR f.type IN $types) AND ($modalities IS NULL OR f.modality IN $modalities)`;
const NO_FACT = 'eventType: null, modality: null, quad: null, statementKind: null, datePrecision: null';

/**
 * How each edge kind finds its evidence, as fixed Cypher fragments (only the closed set of kinds picks among
 * them; every value travels as a parameter):
 * - `centered`: from a bound center `c`, rows `c, s, t, other, <evidence>, d` — each piece of evidence with its axis date,
 *   already inside the window (the window is checked on the fact before walking to its other end, so a busy
 *   entity's facts outside the window cost one property read each, not a walk);
 * - `all`: the same rows over the whole graph, without `other`;
 * - `moment`: the evidence as the API returns it (a `WITH` step that may compute helpers, then `AS moment`);
 * - `sources`: only what the edge filters need (outlets and source counts are read only when `minSources` > 1).
 */
interface KindCypher {
  centered: string;
  all: string;
  moment: string;
  sources: string;
  /** The variables one piece of evidence is made of, carried in a map until its edge is known to be kept. */
  evidence: readonly string[];
}

/** One piece of evidence as a map (`{f: f, d: d}`), so rows can be folded per edge before any moment is built. */
const PACK = (kind: EdgeKindName) => `{${CYPHER[kind].evidence.map((v) => `${v}: ${v}`).join(', ')}}`;
/** The evidence map `ev` back into the variables the kind's `moment` fragment reads. */
const UNPACK = (kind: EdgeKindName) => CYPHER[kind].evidence.map((v) => `ev.${v} AS ${v}`).join(', ');

const FACT_MOMENT = (kind: 'EVENT' | 'STATEMENT') => `
  WITH s, t, f, d, [(f)-[:REPORTED_IN]->(a:Article) | ${OUTLET('a')}] AS outlets
  WITH s, t, {date: toString(d), published: toString(${FACT_PUBLISHED('f')}), factId: f.id,
              eventType: ${kind === 'EVENT' ? 'f.type' : 'null'}, modality: ${kind === 'EVENT' ? 'f.modality' : 'null'},
              quad: ${kind === 'EVENT' ? 'f.quad' : 'null'}, statementKind: ${kind === 'STATEMENT' ? 'f.kind' : 'null'},
              datePrecision: CASE WHEN f.date IS NULL THEN null ELSE coalesce(f.datePrecision, 'day') END,
              roleTitle: null, sourceCount: coalesce(f.sourceCount, size(outlets)), firstSeen: toString(f.firstSeen),
              outlets: outlets} AS moment`;
const FACT_SOURCES = `CASE WHEN $minSources > 1
  THEN head([outlets IN [[(f)-[:REPORTED_IN]->(a:Article) | ${OUTLET('a')}]] | {outlets: outlets, sourceCount: coalesce(f.sourceCount, size(outlets))}])
  ELSE {outlets: [], sourceCount: 1} END`;
/** A fact's date on the chosen axis, then the window, before anything else is read from it. */
const FACT_IN_WINDOW = (carry: string) => `WITH ${carry}, f, ${FACT_AXIS_DATE('f')} AS d WHERE ${IN_WINDOW('d')}`;

const CYPHER: Record<EdgeKindName, KindCypher> = {
  EVENT: {
    // One walk over the entity's ACTOR_IN relationships for both roles; the window is checked on the event before
    // the walk to its other actor. (ACTOR_IN only joins entities to events: no label checks on either end.)
    centered: `
      CALL (c) {
        MATCH (c)-[r:ACTOR_IN]->(f) WHERE ${EVENT_FILTER}
        ${FACT_IN_WINDOW('c, r')}
        // The role is read only for the events inside the window (a busy entity's year of events costs one date read each).
        WITH c, r.role AS role, f, d WHERE role IN ['source', 'target']
        MATCH (f)<-[r2:ACTOR_IN]-(o) WHERE r2.role = CASE role WHEN 'source' THEN 'target' ELSE 'source' END AND o <> c
        RETURN CASE role WHEN 'source' THEN c ELSE o END AS s, CASE role WHEN 'source' THEN o ELSE c END AS t, f, d, o AS other
      }
      WITH c, s, t, f, d, other WHERE ${OTHER_OK}`,
    all: `
      MATCH (s:Entity)-[:ACTOR_IN {role: 'source'}]->(f:Event) WHERE ${EVENT_FILTER}
      ${FACT_IN_WINDOW('s')}
      MATCH (f)<-[:ACTOR_IN {role: 'target'}]-(t:Entity) WHERE s <> t AND ${BOTH_OK}`,
    moment: FACT_MOMENT('EVENT'),
    sources: FACT_SOURCES,
    evidence: ['f', 'd'],
  },
  STATEMENT: {
    centered: `
      CALL (c) {
        MATCH (c)-[:SAID]->(f)
        ${FACT_IN_WINDOW('c')}
        MATCH (f)-[:ABOUT]->(o) WHERE o <> c
        RETURN c AS s, o AS t, f, d, o AS other
        UNION ALL
        MATCH (c)<-[:ABOUT]-(f)
        ${FACT_IN_WINDOW('c')}
        MATCH (o)-[:SAID]->(f) WHERE o <> c
        RETURN o AS s, c AS t, f, d, o AS other
      }
      WITH c, s, t, f, d, other WHERE ${OTHER_OK}`,
    all: `
      MATCH (s:Entity)-[:SAID]->(f:Statement)
      ${FACT_IN_WINDOW('s')}
      MATCH (f)-[:ABOUT]->(t:Entity) WHERE s <> t AND ${BOTH_OK}`,
    moment: FACT_MOMENT('STATEMENT'),
    sources: FACT_SOURCES,
    evidence: ['f', 'd'],
  },
  // Co-mentions are dated by the article (publication time) on either axis; stored once per pair, smaller id first.
  CO_MENTION: {
    centered: `
      MATCH (c)-[:MENTIONED_IN]->(a)
      WITH c, a, date(${ARTICLE_TIME('a')}) AS d WHERE ${IN_WINDOW('d')}
      MATCH (a)<-[:MENTIONED_IN]-(other)
      WHERE other <> c AND ${OTHER_OK}
      WITH CASE WHEN c.id < other.id THEN c ELSE other END AS s, CASE WHEN c.id < other.id THEN other ELSE c END AS t, other, a, d`,
    all: `
      MATCH (a:Article)
      WITH a, date(${ARTICLE_TIME('a')}) AS d WHERE ${IN_WINDOW('d')}
      MATCH (s:Entity)-[:MENTIONED_IN]->(a)<-[:MENTIONED_IN]-(t:Entity)
      WHERE s.id < t.id AND ${BOTH_OK}`,
    moment: `
      WITH s, t, {date: toString(d), published: toString(d), factId: a.id, ${NO_FACT}, roleTitle: null, sourceCount: 1,
                  firstSeen: toString(${ARTICLE_TIME('a')}), outlets: [${OUTLET('a')}]} AS moment`,
    sources: `CASE WHEN $minSources > 1 THEN {outlets: [${OUTLET('a')}], sourceCount: 1} ELSE {outlets: [], sourceCount: 1} END`,
    evidence: ['a', 'd'],
  },
  // A role is dated by each article asserting it (its `asOf` when the articles are unknown).
  ROLE: {
    centered: `
      CALL (c) {
        MATCH (c)-[h:HOLDS_ROLE]->(o) RETURN c AS s, o AS t, h, o AS other
        UNION ALL
        MATCH (o)-[h:HOLDS_ROLE]->(c) WHERE o <> c RETURN o AS s, c AS t, h, o AS other
      }
      WITH c, s, t, h, other WHERE ${OTHER_OK}
      UNWIND (CASE WHEN size(coalesce(h.articleIds, [])) = 0 THEN [null] ELSE h.articleIds END) AS aid
      OPTIONAL MATCH (a:Article {id: aid})
      WITH s, t, h, other, a, coalesce(date(${ARTICLE_TIME('a')}), h.asOf) AS d WHERE ${IN_WINDOW('d')}`,
    all: `
      MATCH (s:Entity)-[h:HOLDS_ROLE]->(t:Entity) WHERE ${BOTH_OK}
      UNWIND (CASE WHEN size(coalesce(h.articleIds, [])) = 0 THEN [null] ELSE h.articleIds END) AS aid
      OPTIONAL MATCH (a:Article {id: aid})
      WITH s, t, h, a, coalesce(date(${ARTICLE_TIME('a')}), h.asOf) AS d WHERE ${IN_WINDOW('d')}`,
    moment: `
      WITH s, t, {date: toString(d), published: toString(d), factId: coalesce(a.id, s.id + '|' + h.title), ${NO_FACT},
                  roleTitle: h.title, sourceCount: 1, firstSeen: toString(${ARTICLE_TIME('a')}),
                  outlets: CASE WHEN a IS NULL THEN [] ELSE [${OUTLET('a')}] END} AS moment`,
    sources: `CASE WHEN $minSources > 1 AND a IS NOT NULL THEN {outlets: [${OUTLET('a')}], sourceCount: 1} ELSE {outlets: [], sourceCount: 1} END`,
    evidence: ['h', 'a', 'd'],
  },
};

/** An edge's distinct-outlet count from its moments (the same rule as aggregateEdge), for `minSources`. */
const EDGE_SOURCES = (moments: string) => `
  CASE WHEN $minSources <= 1 THEN 1 ELSE
    reduce(top = size(reduce(seen = [], o IN reduce(all = [], m IN ${moments} | all + m.outlets) | CASE WHEN o IN seen THEN seen ELSE seen + o END)),
           m IN ${moments} | CASE WHEN m.sourceCount > top THEN m.sourceCount ELSE top END)
  END`;

/**
 * Evidence folded per (source, target) as bare maps (weight = how many, `sources` only what the filters need), the
 * edge filters applied and the heaviest `$limit` edges kept — only then are their moments built (outlets walked,
 * dates printed): a hub's thousands of light edges cost a count each, not a moment each. The order is the network's
 * own (weight, then id by code unit), so a limit here keeps exactly the edges the network keeps.
 */
const EDGE_TAIL = (kind: EdgeKindName) => `
  WITH s, t, ${PACK(kind)} AS ev, ${CYPHER[kind].sources} AS src
  WITH s, t, collect(ev) AS evs, collect(src) AS srcs
  WITH s, t, evs, size(evs) AS weight
  WHERE weight >= $minWeight AND ${EDGE_SOURCES('srcs')} >= $minSources
  ORDER BY weight DESC, s.id + '->' + t.id
  LIMIT $limit
  UNWIND evs AS ev
  WITH s, t, ${UNPACK(kind)}
  ${CYPHER[kind].moment}
  WITH s, t, collect(moment) AS moments
  RETURN '${kind}' AS kind, ${ENDPOINTS}, moments`;

function edgesCypher(kind: EdgeKindName, centered: boolean): string {
  const k = CYPHER[kind];
  return centered ? `${CENTERS} ${k.centered} ${EDGE_TAIL(kind)}` : `${k.all} ${EDGE_TAIL(kind)}`;
}

/**
 * One query for every requested kind: each newcomer's evidence with the frontier, per edge (kind, direction)
 * filtered like the network's edges, then summed per newcomer; facts (events, statements, roles) rank before
 * co-mentions, which only break ties — a busy country's 700 co-mentioned names do not crowd out its counterparts.
 */
function neighbourWeightsCypher(kinds: readonly EdgeKindName[]): string {
  const branches = kinds.map(
    (kind) => `
      ${CYPHER[kind].centered}
      WITH s, t, other, ${CYPHER[kind].sources} AS moment
      WITH s, t, other, collect(moment) AS moments
      WITH other, moments, size(moments) AS weight
      WHERE weight >= $minWeight AND ${EDGE_SOURCES('moments')} >= $minSources
      RETURN other, ${kind === 'CO_MENTION' ? '0 AS facts, weight AS co' : 'weight AS facts, 0 AS co'}`,
  );
  return `${CENTERS}
    CALL (c) {${branches.join('\n      UNION ALL')}
    }
    WITH other, sum(facts) AS facts, sum(co) AS co
    RETURN other.id AS id, facts, co
    ORDER BY facts DESC, co DESC, id
    LIMIT $limit`;
}

/**
 * The last hop of an ego network in one walk: the same ranking as `neighbourWeightsCypher` (rows to `$known` nodes
 * are edges, never candidates), plus every edge between the frontier and the nodes the network then holds — the
 * known ones and the first `$room` candidates — with its moments. Without it the frontier's evidence was walked
 * twice: once to rank its neighbours, once more to read the edges among the chosen nodes (on the bench graph a hub's
 * first hop holds ~215 entities: 3/4 of that second walk). Frontier–frontier evidence is kept from the smaller id only
 * (OTHER_OK), as in `readEdges`.
 *
 * Shape, for Neo4j's transaction memory: the evidence is grouped per neighbour and sorted by rank (each row holds its
 * own edges), collected once and unwound at the top level, so no sort or grouping ever holds a row that carries the
 * whole collection (a subquery importing it did: its rows counted the list once each, 130–640 MB on a hub).
 * One row per edge: its rank among the candidates (`newcomer`, `rank`; null for a known end) and how many candidates
 * there were.
 */
function lastHopCypher(kinds: readonly EdgeKindName[]): string {
  const branches = kinds.map(
    (kind) => `
      ${CYPHER[kind].centered}
      RETURN '${kind}' AS kind, s, t, other, ${PACK(kind)} AS ev, ${CYPHER[kind].sources} AS src`,
  );
  const moments = kinds.map(
    (kind) => `
      WITH e, ev WHERE e.kind = '${kind}'
      WITH e.s AS s, e.t AS t, ${UNPACK(kind)}
      ${CYPHER[kind].moment}
      RETURN moment`,
  );
  return `${CENTERS}
    CALL (c) {${branches.join('\n      UNION ALL')}
    }
    WITH kind, s, t, other, collect(ev) AS evs, collect(src) AS srcs
    WITH kind, s, t, other, evs, size(evs) AS weight
    WHERE weight >= $minWeight AND ${EDGE_SOURCES('srcs')} >= $minSources
    WITH other.id AS oid, other.id IN $known AS known, collect({kind: kind, s: s, t: t, evs: evs}) AS edges,
         sum(CASE kind WHEN 'CO_MENTION' THEN 0 ELSE weight END) AS facts, sum(CASE kind WHEN 'CO_MENTION' THEN weight ELSE 0 END) AS co
    ORDER BY known, facts DESC, co DESC, oid
    WITH collect({oid: oid, known: known, edges: edges}) AS groups, sum(CASE WHEN known THEN 0 ELSE 1 END) AS candidates
    UNWIND range(0, size(groups) - 1) AS rank
    WITH candidates, rank, groups[rank] AS g
    WHERE g.known OR rank < $room
    UNWIND g.edges AS e
    UNWIND e.evs AS ev
    CALL (e, ev) {${moments.join('\n      UNION ALL')}
    }
    WITH candidates, CASE WHEN g.known THEN null ELSE g.oid END AS newcomer, CASE WHEN g.known THEN null ELSE rank END AS rank,
         e.kind AS kind, e.s AS s, e.t AS t, collect(moment) AS moments
    RETURN candidates, newcomer, rank, kind, ${ENDPOINTS}, moments`;
}

function edgeParams(query: EdgeQuery & { exclude?: readonly string[] | null; limit?: number | null }) {
  return {
    ids: query.ids ? [...new Set(query.ids)] : null,
    within: query.within ? [...new Set(query.within)] : null,
    exclude: query.exclude ? [...new Set(query.exclude)] : null,
    entityKinds: query.entityKinds?.length ? query.entityKinds : null,
    types: query.eventTypes?.length ? query.eventTypes : null,
    modalities: query.modalities?.length ? query.modalities : null,
    minWeight: query.minWeight ?? 1,
    minSources: query.minSources ?? 1,
    limit: int(query.limit ?? NO_LIMIT),
    ...windowParams(query.window, query.timeAxis),
  };
}

const NO_LIMIT = 2 ** 31 - 1;

interface EdgeRecord {
  kind: EdgeKindName;
  source: string;
  sourceName: string | null;
  sourceKind: unknown;
  target: string;
  targetName: string | null;
  targetKind: unknown;
  moments: unknown;
}

/**
 * The aggregated network edges touching `ids` (or all edges) inside the window, one query per edge kind, all
 * in the caller's transaction. Weight = evidence items in the window; sourceCount = distinct outlets. With
 * `limit`, each kind returns at most its `limit` heaviest edges (the caller merges the kinds).
 */
export async function readEdges(
  tx: ManagedTransaction,
  query: EdgeQuery,
): Promise<{ edges: NetworkEdgeRow[]; endpoints: Map<string, EndpointRow> }> {
  const kinds = query.edgeKinds?.length ? query.edgeKinds : EDGE_KINDS;
  const params = edgeParams(query);
  const edges: NetworkEdgeRow[] = [];
  const endpoints = new Map<string, EndpointRow>();
  if (params.ids && params.ids.length === 0) return { edges, endpoints };
  for (const kind of kinds) {
    const result = await tx.run(edgesCypher(kind, params.ids !== null), params);
    for (const record of result.records) addEdge(toPlain(record.toObject()) as EdgeRecord, edges, endpoints);
  }
  return { edges, endpoints };
}

function addEdge(r: EdgeRecord, edges: NetworkEdgeRow[], endpoints: Map<string, EndpointRow>): void {
  endpoints.set(r.source, { id: r.source, name: r.sourceName ?? r.source, kind: entityKindOf(r.sourceKind, r.source) });
  endpoints.set(r.target, { id: r.target, name: r.targetName ?? r.target, kind: entityKindOf(r.targetKind, r.target) });
  edges.push(aggregateEdge(r.kind, r.source, r.target, edgeMomentRows(edgeId(r.kind, r.source, r.target), r.moments)));
}

/**
 * How many edges `readEdges` would return without a limit (the whole network in the window; no `ids`): what a cut
 * network left out, so the page can say "showing 1 500 of 4 210". Only folded weights and the edge filters are
 * computed, no moments.
 */
export async function countEdges(
  tx: ManagedTransaction,
  query: Omit<EdgeQuery, 'ids' | 'within' | 'limit'>,
): Promise<number> {
  const kinds = query.edgeKinds?.length ? query.edgeKinds : EDGE_KINDS;
  const params = edgeParams({ ...query, ids: null });
  let total = 0;
  for (const kind of kinds) {
    const result = await tx.run(
      `${CYPHER[kind].all}
       WITH s, t, ${CYPHER[kind].sources} AS moment
       WITH s, t, collect(moment) AS moments
       WITH moments, size(moments) AS weight
       WHERE weight >= $minWeight AND ${EDGE_SOURCES('moments')} >= $minSources
       RETURN count(*) AS n`,
      params,
    );
    total += Number(result.records[0]?.get('n') ?? 0);
  }
  return total;
}

export interface NeighbourWeightRow {
  id: string;
  /** Evidence items of events, statements and roles with the frontier (in the window, through filtered edges). */
  facts: number;
  /** Articles co-mentioning it with the frontier. */
  co: number;
}

/**
 * The entities next to `ids` that are not in `exclude`, strongest first (facts, then co-mentions, then id), at
 * most `limit`: how an ego network chooses whom to add at each hop without reading the edges it will not keep.
 */
export async function readNeighbourWeights(
  tx: ManagedTransaction,
  query: Omit<EdgeQuery, 'within' | 'limit'> & { ids: readonly string[]; exclude: readonly string[]; limit: number },
): Promise<NeighbourWeightRow[]> {
  const kinds = query.edgeKinds?.length ? query.edgeKinds : EDGE_KINDS;
  if (query.ids.length === 0 || query.limit <= 0) return [];
  const result = await tx.run(neighbourWeightsCypher(kinds), edgeParams(query));
  return result.records.map((r) => ({
    id: r.get('id') as string,
    facts: Number(r.get('facts')),
    co: Number(r.get('co')),
  }));
}

export interface LastHopResult {
  /** The newcomers the hop adds: the first `room` of `readNeighbourWeights`'s ranking. */
  added: string[];
  /** More candidates than `room` (the node budget cut the hop). */
  cut: boolean;
  /** Every edge between `ids` and the known nodes or the added ones (uncut: the caller merges and cuts). */
  edges: NetworkEdgeRow[];
  endpoints: Map<string, EndpointRow>;
}

/**
 * `readNeighbourWeights` for the last hop, which also returns the edges of the frontier `ids` with the nodes the
 * network holds once the first `room` candidates are added (`exclude` = the nodes already chosen, `ids` among them):
 * the caller then reads only the edges among the other chosen nodes, and the frontier is walked once.
 */
export async function readLastHop(
  tx: ManagedTransaction,
  query: Omit<EdgeQuery, 'within' | 'limit'> & { ids: readonly string[]; exclude: readonly string[]; room: number },
): Promise<LastHopResult> {
  const kinds = query.edgeKinds?.length ? query.edgeKinds : EDGE_KINDS;
  const edges: NetworkEdgeRow[] = [];
  const endpoints = new Map<string, EndpointRow>();
  if (query.ids.length === 0 || query.room <= 0) return { added: [], cut: false, edges, endpoints };
  // Known nodes stay in the walk (their rows are edges); `$known` tells them from the candidates.
  const params = {
    ...edgeParams({ ...query, exclude: null }),
    known: [...new Set(query.exclude)],
    room: int(query.room),
  };
  const result = await tx.run(lastHopCypher(kinds), params);
  const rankOf = new Map<string, number>();
  let candidates = 0;
  for (const record of result.records) {
    const r = toPlain(record.toObject()) as EdgeRecord & {
      candidates: number;
      newcomer: string | null;
      rank: number | null;
    };
    candidates = r.candidates;
    if (r.newcomer !== null && r.rank !== null) rankOf.set(r.newcomer, r.rank);
    addEdge(r, edges, endpoints);
  }
  const added = [...rankOf].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  return { added, cut: candidates > query.room, edges, endpoints };
}

export function edgeId(kind: EdgeKindName, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

/** Folds the evidence of one (kind, source, target) into an edge: dates sorted, outlets counted once. */
export function aggregateEdge(
  kind: EdgeKindName,
  source: string,
  target: string,
  moments: EdgeMomentRow[],
): NetworkEdgeRow {
  const sorted = [...moments].sort((a, b) => a.date.localeCompare(b.date) || a.factId.localeCompare(b.factId));
  const outlets = new Set<string>();
  let firstSeen: string | null = null;
  for (const m of sorted) {
    for (const o of m.outlets) outlets.add(o);
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
    kind === 'EVENT'
      ? `${m.eventType}${m.modality && m.modality !== 'asserted' ? ` (${m.modality})` : ''}`
      : kind === 'STATEMENT'
        ? `${m.statementKind ?? 'statement'} statement`
        : kind === 'ROLE'
          ? (m.roleTitle ?? 'role')
          : 'co-mentioned';
  for (const m of moments) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ×${n}`).join(', ');
}
