import { foldDiacritics as fold } from '@newsgraph/model';
import type { GraphConnection } from '../connection.ts';
import { entityRow, roleRow, type EntityRow, type RoleRow } from './rows.ts';
import {
  int,
  toPlain,
  type DateWindow,
  type ReadOptions,
  type TimeAxisName,
  windowParams,
  FACT_AXIS_DATE,
  IN_WINDOW,
  ARTICLE_TIME,
} from './values.ts';

const ENTITY_RETURN = `e {.*} AS props, labels(e) AS labels`;

/**
 * Entities by id, in the order asked; an id merged into another entity (curation) resolves to the survivor.
 * Unknown ids give null. One query for the whole batch.
 */
export async function readEntitiesByIds(
  graph: GraphConnection,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<(EntityRow | null)[]> {
  if (ids.length === 0) return [];
  const rows = await graph.readRows<{ asked: string; props: Record<string, unknown>; labels: string[] }>(
    `UNWIND $ids AS asked
     OPTIONAL MATCH (direct:Entity {id: asked})
     OPTIONAL MATCH (m:Entity) WHERE direct IS NULL AND asked IN coalesce(m.mergedIds, [])
     WITH asked, coalesce(direct, m) AS e WHERE e IS NOT NULL
     WITH asked, head(collect(e)) AS e
     RETURN asked, ${ENTITY_RETURN}`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(rows.map((r) => [r.asked, entityRow(toPlain(r.props) as Record<string, unknown>, r.labels)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface SearchHitRow {
  entity: EntityRow;
  score: number;
  matched: string;
}

/**
 * Full-text search over names and aliases (index `entity_names`), typo-tolerant: each word is tried exactly,
 * as a prefix and fuzzily (edit distance ≤ 1, ≤ 2 for long words). Exact and prefix matches of the whole
 * query are ranked above Lucene's score so "Mexico" finds the country before "Mexico City".
 */
export async function searchEntities(
  graph: GraphConnection,
  args: { query: string; kinds?: readonly string[] | null; first: number },
  options: ReadOptions = {},
): Promise<SearchHitRow[]> {
  const exact = luceneQuery(args.query, { fuzzy: false });
  if (!exact) return [];
  const params = { fetch: int(Math.max(50, args.first * 5)), kinds: args.kinds?.length ? args.kinds : null };
  const cypher = `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $fetch}) YIELD node AS e, score
     WHERE $kinds IS NULL OR e.kind IN $kinds OR any(l IN labels(e) WHERE l IN $kinds)
     RETURN ${ENTITY_RETURN}, score`;
  type Row = { props: Record<string, unknown>; labels: string[]; score: number };
  // Fuzzy terms are what a full-text query spends most on (an automaton walk of the term dictionary per word), and
  // a name typed right never needs them: words exactly and as prefixes first, the typo-tolerant query only when
  // that finds nothing. Both in one transaction (one timeout, one query budget).
  const rows = await graph.read(async (tx) => {
    const first = (await tx.run<Row>(cypher, { ...params, lucene: exact })).records.map((r) => r.toObject());
    const fuzzy = luceneQuery(args.query);
    if (first.length > 0 || fuzzy === exact) return first;
    return (await tx.run<Row>(cypher, { ...params, lucene: fuzzy })).records.map((r) => r.toObject());
  }, options);
  const q = fold(args.query.trim());
  const hits = rows.map((r) => {
    const entity = entityRow(toPlain(r.props) as Record<string, unknown>, r.labels);
    const names = [entity.name, ...entity.aliases];
    const matched = bestName(q, names);
    const f = fold(matched);
    const boost = f === q ? 100 : f.startsWith(q) ? 50 : f.split(/\s+/).some((w) => w.startsWith(q)) ? 20 : 0;
    // Ties (e.g. two people named alike) go to the more-mentioned entity.
    return { entity, matched, score: boost + r.score + Math.log1p(entity.articleCount) * 0.1 };
  });
  hits.sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name));
  return hits.slice(0, args.first);
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A Lucene query from free text: each word exact (boosted), as prefix, and fuzzy (unless told not to). Empty when no words. */
export function luceneQuery(text: string, { fuzzy: withFuzzy = true }: { fuzzy?: boolean } = {}): string {
  const words = fold(text)
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !['and', 'or', 'not', 'to'].includes(w))
    .slice(0, 8);
  if (words.length === 0) return '';
  return words
    .map((w) => {
      const fuzzy = !withFuzzy ? '' : w.length >= 8 ? '~2' : w.length >= 4 ? '~1' : '';
      const alts = [`${w}^3`, `${w}*^2`];
      if (fuzzy) alts.push(`${w}${fuzzy}`);
      return `(${alts.join(' OR ')})`;
    })
    .join(' AND ');
}

function bestName(q: string, names: string[]): string {
  let best = names[0] ?? '';
  let bestScore = -1;
  for (const name of names) {
    const f = fold(name);
    const score = f === q ? 3 : f.startsWith(q) ? 2 : f.includes(q) ? 1 : 0;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

export interface EntityListArgs {
  kinds?: readonly string[] | null;
  nameContains?: string | null;
  activeIn?: DateWindow | null;
  timeAxis: TimeAxisName;
  minArticles?: number | null;
  orderBy: 'NAME' | 'ARTICLE_COUNT_DESC' | 'LAST_SEEN_DESC';
  skip: number;
  limit: number;
}

const ENTITY_ORDER: Record<EntityListArgs['orderBy'], string> = {
  NAME: 'toLower(e.name), e.id',
  ARTICLE_COUNT_DESC: 'coalesce(e.articleCount, 0) DESC, e.id',
  LAST_SEEN_DESC: 'e.lastSeen DESC, e.id',
};

const ENTITY_FILTER = `
  WHERE ($kinds IS NULL OR e.kind IN $kinds)
    AND ($name IS NULL OR toLower(e.name) CONTAINS $name OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $name))
    AND ($minArticles IS NULL OR coalesce(e.articleCount, 0) >= $minArticles)
    AND ($active = false OR
         EXISTS { MATCH (e)-[:ACTOR_IN]->(f:Event) WITH f, ${FACT_AXIS_DATE('f')} AS d WHERE ${IN_WINDOW('d')} } OR
         EXISTS { MATCH (e)-[:SAID]->(f:Statement) WITH f, ${FACT_AXIS_DATE('f')} AS d WHERE ${IN_WINDOW('d')} } OR
         EXISTS { MATCH (e)-[:MENTIONED_IN]->(a:Article) WITH a, date(${ARTICLE_TIME('a')}) AS d WHERE ${IN_WINDOW('d')} })`;

/** A page of entities matching a filter, with the total count (one transaction). */
export async function listEntities(
  graph: GraphConnection,
  args: EntityListArgs,
  options: ReadOptions = {},
): Promise<{ items: EntityRow[]; total: number }> {
  const params = {
    kinds: args.kinds?.length ? args.kinds : null,
    name: args.nameContains ? args.nameContains.toLowerCase() : null,
    minArticles: args.minArticles ?? null,
    active: Boolean(args.activeIn && (args.activeIn.from || args.activeIn.to)),
    ...windowParams(args.activeIn, args.timeAxis),
    skip: int(args.skip),
    limit: int(args.limit),
  };
  return graph.read(async (tx) => {
    const page = await tx.run(
      `MATCH (e:Entity) ${ENTITY_FILTER}
       RETURN ${ENTITY_RETURN} ORDER BY ${ENTITY_ORDER[args.orderBy]} SKIP $skip LIMIT $limit`,
      params,
    );
    const total = await tx.run(`MATCH (e:Entity) ${ENTITY_FILTER} RETURN count(e) AS n`, params);
    return {
      items: page.records.map((r) => entityRow(toPlain(r.get('props')) as Record<string, unknown>, r.get('labels'))),
      total: Number(total.records[0]?.get('n') ?? 0),
    };
  }, options);
}

/** Roles held by (person) or in (country/organisation) each entity, oldest first. One query per batch. */
export async function readEntityRoles(
  graph: GraphConnection,
  ids: readonly string[],
  window: DateWindow | null | undefined,
  options: ReadOptions = {},
): Promise<RoleRow[][]> {
  if (ids.length === 0) return [];
  const rows = await graph.readRows<{ owner: string; roles: Record<string, unknown>[] }>(
    `UNWIND $ids AS owner
     MATCH (x:Entity {id: owner})
     CALL (x) {
       MATCH (p:Entity)-[h:HOLDS_ROLE]->(o:Entity) WHERE p = x OR o = x
       WITH p, o, h WHERE ($from IS NULL OR h.asOf IS NULL OR h.asOf >= date($from)) AND ($to IS NULL OR h.asOf IS NULL OR h.asOf <= date($to))
       RETURN collect({holderId: p.id, organizationId: o.id, title: h.title, asOf: h.asOf, articleIds: h.articleIds}) AS roles
     }
     RETURN owner, roles`,
    { ids: [...new Set(ids)], ...windowParams(window, 'EVENT') },
    options,
  );
  const byId = new Map(rows.map((r) => [r.owner, (toPlain(r.roles) as Record<string, unknown>[]).map(roleRow)]));
  return ids.map((id) =>
    (byId.get(id) ?? []).sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.title.localeCompare(b.title)),
  );
}
