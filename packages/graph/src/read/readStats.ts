import type { EntityKind } from '@newsgraph/model';
import type { GraphConnection } from '../connection.ts';
import { entityKindOf } from './rows.ts';
import { ARTICLE_TIME, toPlain, type ReadOptions } from './values.ts';

export interface StatsRow {
  articles: number;
  entities: number;
  entitiesByKind: { kind: EntityKind; count: number }[];
  events: number;
  statements: number;
  comments: number;
  relationships: number;
  firstEventDate: string | null;
  lastEventDate: string | null;
  firstPublished: string | null;
  lastPublished: string | null;
  extractorVersions: string[];
  schemaVersion: number | null;
}

/** What the graph holds: counts, date ranges, extractor versions. One read transaction. */
export async function readStats(graph: GraphConnection, options: ReadOptions = {}): Promise<StatsRow> {
  return graph.read(async (tx) => {
    const one = async (cypher: string) =>
      toPlain((await tx.run(cypher)).records[0]?.toObject() ?? {}) as Record<string, unknown>;
    const articles = await one(
      `MATCH (a:Article) RETURN count(a) AS n, min(${ARTICLE_TIME('a')}) AS first, max(${ARTICLE_TIME('a')}) AS last,
              [v IN collect(DISTINCT a.extractorVersion) WHERE v IS NOT NULL] AS versions`,
    );
    const kinds = (
      await tx.run(
        `MATCH (e:Entity) RETURN coalesce(e.kind, head([l IN labels(e) WHERE l <> 'Entity'])) AS kind, count(*) AS n ORDER BY kind`,
      )
    ).records.map((r) => ({ kind: entityKindOf(r.get('kind'), null), count: Number(r.get('n')) }));
    const facts = await one(
      `CALL () { MATCH (f:Event) RETURN count(f) AS events, min(coalesce(f.date, date(f.firstSeen))) AS e1, max(coalesce(f.date, date(f.firstSeen))) AS e2 }
       CALL () { MATCH (f:Statement) RETURN count(f) AS statements, min(coalesce(f.date, date(f.firstSeen))) AS s1, max(coalesce(f.date, date(f.firstSeen))) AS s2 }
       CALL () { MATCH (c:Comment) RETURN count(c) AS comments }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL () { OPTIONAL MATCH (m:SchemaMigration) RETURN max(toInteger(m.id)) AS schemaVersion }
       RETURN events, statements, comments, relationships, schemaVersion, e1, e2, s1, s2`,
    );
    const min = (a: unknown, b: unknown) =>
      ([a, b].filter((x) => x !== null && x !== undefined) as string[]).sort()[0] ?? null;
    const max = (a: unknown, b: unknown) =>
      ([a, b].filter((x) => x !== null && x !== undefined) as string[]).sort().at(-1) ?? null;
    return {
      articles: Number(articles.n ?? 0),
      entities: kinds.reduce((s, k) => s + k.count, 0),
      entitiesByKind: kinds,
      events: Number(facts.events ?? 0),
      statements: Number(facts.statements ?? 0),
      comments: Number(facts.comments ?? 0),
      relationships: Number(facts.relationships ?? 0),
      firstEventDate: min(facts.e1, facts.s1),
      lastEventDate: max(facts.e2, facts.s2),
      firstPublished: (articles.first as string | null) ?? null,
      lastPublished: (articles.last as string | null) ?? null,
      extractorVersions: (articles.versions as string[] | null) ?? [],
      schemaVersion:
        facts.schemaVersion === null || facts.schemaVersion === undefined ? null : Number(facts.schemaVersion),
    };
  }, options);
}
