import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GraphConnection } from '@newsgraph/graph';

/** Writes files under a fresh temporary folder and returns it. */
export function writeCorpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-it-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A markdown article with front matter. */
export function md(meta: { title: string; publishedAt: string; url?: string; source?: string }, body: string): string {
  const lines = Object.entries(meta).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

/** Everything that would be an orphan: facts without evidence, entities without edges, keys without entity. */
export async function orphanCounts(graph: GraphConnection) {
  const [row] = await graph.readRows<{
    events: number;
    statements: number;
    entities: number;
    keys: number;
    comments: number;
    dangling: number;
  }>(
    `CALL () { MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->() RETURN count(e) AS events }
     CALL () { MATCH (s:Statement) WHERE NOT (s)-[:REPORTED_IN]->() RETURN count(s) AS statements }
     CALL () { MATCH (e:Entity) WHERE NOT coalesce(e.curated, false)
                 AND NOT (e)-[:MENTIONED_IN|HOLDS_ROLE|ACTOR_IN|LOCATED_IN|SAID|ABOUT|MENTIONS]-() RETURN count(e) AS entities }
     CALL () { MATCH (k:ResolutionKey) WHERE NOT (k)-[:IDENTIFIES]->() RETURN count(k) AS keys }
     CALL () { MATCH (c:Comment) WHERE NOT (c)-[:ON]->() RETURN count(c) AS comments }
     CALL () { MATCH ()-[r:LOCATED_IN|ABOUT|HOLDS_ROLE]->() WHERE size(coalesce(r.articleIds, [])) = 0 RETURN count(r) AS dangling }
     RETURN events, statements, entities, keys, comments, dangling`,
  );
  return row!;
}

export const NO_ORPHANS = { events: 0, statements: 0, entities: 0, keys: 0, comments: 0, dangling: 0 };

/** Facts whose stored corroboration figures differ from a recount of their evidence (should be none). */
export async function miscountedFacts(graph: GraphConnection): Promise<number> {
  const [row] = await graph.readRows<{ n: number }>(
    `CALL () {
       MATCH (f) WHERE f:Event OR f:Statement
       OPTIONAL MATCH (f)-[:REPORTED_IN]->(a:Article)
       WITH f, count(DISTINCT a) AS articles, count(DISTINCT a.outlet) AS outlets, min(a.publishedAt) AS first
       WHERE f.articleCount <> articles OR f.sourceCount <> outlets OR f.firstSeen <> first
       RETURN count(f) AS bad
       UNION ALL
       MATCH (e:Entity)
       OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
       WITH e, count(DISTINCT a) AS articles, count(DISTINCT a.outlet) AS outlets, min(a.publishedAt) AS first, max(a.publishedAt) AS last
       WHERE e.articleCount <> articles OR e.sourceCount <> outlets
          OR (articles > 0 AND (e.firstSeen <> first OR e.lastSeen <> last))
       RETURN count(e) AS bad
     }
     RETURN sum(bad) AS n`,
  );
  return row!.n;
}
