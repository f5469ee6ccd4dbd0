import type { GraphConnection } from '../connection.ts';
import type { ArticleFacts } from '../write/articleFacts.ts';

/**
 * TEST ONLY — a deliberately naive writer, so the concurrency suite can show that its duplicate counter catches
 * what a careless writer does: nodes are merged on their constrained ids (CREATE would only fail on the
 * constraint), but every evidence edge is CREATEd, and an article is looked up by id, never by its content hash,
 * before writing. Two ingesters writing the same article then leave two MENTIONED_IN / ACTOR_IN / REPORTED_IN /
 * SAID edges where the real writer (writeArticleBatch: MERGE, detach-then-write in one transaction) leaves one.
 * Never used by the product; exported only through `@newsgraph/graph/testing`.
 */
export async function createOnlyWriteBatch(graph: GraphConnection, batch: ArticleFacts[]): Promise<void> {
  await graph.write(async (tx) => {
    await tx.run(
      `UNWIND $articles AS row
       MERGE (a:Article {id: row.id})
       SET a.url = row.url, a.title = row.title, a.source = row.source, a.text = row.text, a.contentHash = row.contentHash,
           a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE datetime(row.publishedAt) END`,
      { articles: batch.map((f) => f.article) },
    );
    await tx.run(
      `UNWIND $entities AS row
       MERGE (e:Entity {id: row.id}) ON CREATE SET e.name = row.name, e.aliases = row.aliases, e.iso2 = row.iso2
       FOREACH (_ IN CASE WHEN row.kind = 'Person' THEN [1] ELSE [] END | SET e:Person)
       FOREACH (_ IN CASE WHEN row.kind = 'Country' THEN [1] ELSE [] END | SET e:Country)
       FOREACH (_ IN CASE WHEN row.kind = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
       FOREACH (_ IN CASE WHEN row.kind = 'Location' THEN [1] ELSE [] END | SET e:Location)
       FOREACH (_ IN CASE WHEN row.kind = 'Group' THEN [1] ELSE [] END | SET e:Group)
       WITH e, row UNWIND row.keys AS key
       MERGE (k:ResolutionKey {key: key}) MERGE (k)-[:IDENTIFIES]->(e)`,
      { entities: batch.flatMap((f) => f.entities) },
    );
    await tx.run(
      `UNWIND $mentions AS row
       MATCH (e:Entity {id: row.entityId}), (a:Article {id: row.articleId})
       CREATE (e)-[:MENTIONED_IN {count: size(row.offsets) / 2, articleId: row.articleId}]->(a)`,
      { mentions: batch.flatMap((f) => f.mentions.map((m) => ({ ...m, articleId: f.article.id }))) },
    );
    await tx.run(
      `UNWIND $events AS row
       MERGE (ev:Event {id: row.id}) SET ev.type = row.type, ev.label = row.label, ev.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
       WITH ev, row MATCH (a:Article {id: row.articleId})
       CREATE (ev)-[:REPORTED_IN {articleId: row.articleId, sentence: row.sentence}]->(a)
       WITH ev, row UNWIND row.sourceIds AS sid MATCH (s:Entity {id: sid})
       CREATE (s)-[:ACTOR_IN {role: 'source', articleId: row.articleId}]->(ev)`,
      { events: batch.flatMap((f) => f.events.map((e) => ({ ...e, articleId: f.article.id }))) },
    );
    await tx.run(
      `UNWIND $statements AS row
       MERGE (st:Statement {id: row.id}) SET st.text = row.text, st.kind = row.kind
       WITH st, row MATCH (a:Article {id: row.articleId})
       CREATE (st)-[:REPORTED_IN {articleId: row.articleId, sentence: row.sentence}]->(a)
       WITH st, row UNWIND row.speakerIds AS sid MATCH (s:Entity {id: sid})
       CREATE (s)-[:SAID {articleId: row.articleId}]->(st)`,
      { statements: batch.flatMap((f) => f.statements.map((s) => ({ ...s, articleId: f.article.id }))) },
    );
  });
}
