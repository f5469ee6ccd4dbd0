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
  const [row] = await graph.readRows<{ events: number; statements: number; entities: number; keys: number; comments: number; dangling: number }>(
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
