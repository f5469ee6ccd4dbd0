import type { GraphConnection } from '../connection.ts';
import type { ArticleFacts, WriteBatchResult, WriteOptions, WritePhase } from './articleFacts.ts';
import { collectOrphans } from './collectOrphans.ts';
import { DETACH_ARTICLE_FACTS, TOUCHED_COLUMNS, touchedFrom } from './detachArticleFacts.ts';
import { addFactCountsCypher, refreshFactCounts } from './refreshFactCounts.ts';
import { TxCounters } from './txCounters.ts';

const ENTITY_LABELS = `
  FOREACH (_ IN CASE WHEN row.kind = 'Person' THEN [1] ELSE [] END | SET e:Person)
  FOREACH (_ IN CASE WHEN row.kind = 'Country' THEN [1] ELSE [] END | SET e:Country)
  FOREACH (_ IN CASE WHEN row.kind = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
  FOREACH (_ IN CASE WHEN row.kind = 'Location' THEN [1] ELSE [] END | SET e:Location)
  FOREACH (_ IN CASE WHEN row.kind = 'Group' THEN [1] ELSE [] END | SET e:Group)`;

// Adds row.articleId to a relationship's articleIds once (r must be bound).
const addArticleId = (r: string) =>
  `SET ${r}.articleIds = CASE WHEN row.articleId IN coalesce(${r}.articleIds, []) THEN ${r}.articleIds ELSE coalesce(${r}.articleIds, []) + row.articleId END`;

const toDate = (v: string) => `CASE WHEN ${v} IS NULL THEN null ELSE date(${v}) END`;

/**
 * Writes a batch of articles' facts in ONE managed transaction (retried by the driver on transient errors):
 * either every article of the batch is written completely or nothing is. An article already in the graph
 * first loses the facts it contributed before, so writing the same facts twice changes nothing and new
 * content at the same id replaces the old without leaving orphans. Every MERGE is on a constrained id.
 *
 * Detach, every fact family and the incremental counts go in ONE statement (CALL subqueries run in order,
 * each seeing the previous ones' writes): a round trip costs far more than the subqueries' own work. Only a
 * batch that replaced earlier facts needs a second statement, to delete orphans and recount what lost evidence.
 */
export async function writeArticleBatch(
  graph: GraphConnection,
  batch: ArticleFacts[],
  options: WriteOptions = {},
): Promise<WriteBatchResult> {
  if (batch.length === 0) return emptyResult();
  const extractorVersion = options.extractorVersion ?? batch[0]!.article.extractorVersion;
  const now = options.now ?? new Date().toISOString();
  const rows = flatten(batch, extractorVersion);
  const prefix = options.onProfile ? 'PROFILE ' : '';
  return graph.write(async (tx) => {
    const counters = new TxCounters();
    const phaseDone = async (phase: WritePhase) => options.afterPhase?.(phase, tx);

    const written = counters.add(
      await tx.run(prefix + WRITE_BATCH_CYPHER, {
        articleIds: rows.articleIds,
        articles: batch.map((f) => f.article),
        now,
        extractorVersion,
        entities: rows.entities,
        mentions: rows.mentions,
        roles: rows.roles,
        events: rows.events,
        statements: rows.statements,
        comments: rows.comments,
        eventCounts: counted(rows.eventArticles),
        statementCounts: counted(rows.statementArticles),
        entityCounts: counted(rows.mentionArticles),
      }),
    );
    if (options.onProfile && written.summary.profile)
      options.onProfile('batch', totalDbHits(written.summary.profile), operatorDbHits(written.summary.profile));
    const touched = touchedFrom(written.records[0]);
    await phaseDone('batch');

    // Facts that lost evidence (only when an article replaced its earlier facts) are deleted when nothing
    // supports them any more, else recounted from scratch; everything else was counted incrementally above.
    if (
      touched.eventIds.length + touched.statementIds.length + touched.entityIds.length + touched.personIds.length >
      0
    ) {
      await collectOrphans(tx, touched, counters);
      await phaseDone('orphans');
      await refreshFactCounts(tx, touched, counters);
      await phaseDone('recount');
    }

    return {
      articles: batch.length,
      entities: rows.entityIds.length,
      events: rows.eventIds.length,
      statements: rows.statementIds.length,
      mentions: rows.mentions.length,
      comments: rows.comments.length,
      nodesCreated: counters.nodesCreated,
      nodesDeleted: counters.nodesDeleted,
      relationshipsCreated: counters.relationshipsCreated,
      relationshipsDeleted: counters.relationshipsDeleted,
    };
  });
}

/**
 * The whole batch in one statement: detach old facts, merge every fact family, add the new evidence to counts.
 *
 * `replan=skip`: planning this statement costs seconds (it is big), and while a graph grows from empty its
 * statistics drift past Neo4j's divergence threshold every few batches, each time throwing the cached plan away
 * (bench: 3 of the first 10 batches re-planned, 3–20 s each at load 16). Every lookup in it is a MERGE or MATCH
 * on a uniquely constrained id, which the planner turns into a unique index seek whatever the statistics say, so
 * the first plan stays right and is kept.
 */
export const WRITE_BATCH_CYPHER = `CYPHER replan=skip
  ${DETACH_ARTICLE_FACTS}
  CALL () {
    UNWIND $articles AS row
    MERGE (a:Article {id: row.id})
    SET a.url = row.url, a.title = row.title, a.source = row.source, a.outlet = row.outlet,
        a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE datetime(row.publishedAt) END,
        a.contentHash = row.contentHash, a.text = row.text, a.language = row.language,
        a.ingestedAt = datetime($now), a.extractorVersion = row.extractorVersion,
        a.bodyStart = toInteger(row.bodyStart), a.bodyEnd = toInteger(row.bodyEnd), a.origin = row.origin,
        a.publishedAtText = row.publishedAtText, a.externalId = row.externalId,
        a.publishedAtPrecision = row.publishedAtPrecision
  }
  CALL () {
    UNWIND $entities AS row
    MERGE (e:Entity {id: row.id})
    ON CREATE SET e.kind = row.kind, e.name = row.name, e.aliases = [], e.mergedIds = [], e.blockedAliases = [],
                  e.curated = false, e.articleCount = 0, e.sourceCount = 0, e.outlets = []
    SET e.name = CASE WHEN row.upgradeName AND NOT coalesce(e.curated, false) THEN row.name ELSE e.name END
    SET e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases |
          CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END)
    SET e.iso2 = coalesce(e.iso2, row.iso2)
    ${ENTITY_LABELS}
    WITH e, row
    CALL (e, row) {
      UNWIND row.keys AS key
      MERGE (k:ResolutionKey {key: key})
      MERGE (k)-[:IDENTIFIES]->(e)
    }
  }
  CALL () {
    UNWIND $mentions AS row
    MATCH (e:Entity {id: row.entityId}), (a:Article {id: row.articleId})
    MERGE (e)-[m:MENTIONED_IN]->(a)
    SET m.count = toInteger(size(row.offsets) / 2), m.offsets = [x IN row.offsets | toInteger(x)],
        m.referenceOffsets = [x IN row.referenceOffsets | toInteger(x)], m.names = row.names,
        m.extractorVersion = $extractorVersion
  }
  CALL () {
    UNWIND $roles AS row
    MATCH (p:Person {id: row.personId}), (o:Entity {id: row.ofId})
    MERGE (p)-[h:HOLDS_ROLE {title: row.title}]->(o)
    ${addArticleId('h')}
    SET h.former = row.former, h.start = toInteger(row.start), h.end = toInteger(row.end)
    WITH h, row
    MATCH (a:Article {id: row.articleId})
    WITH h, CASE WHEN a.publishedAt IS NULL THEN null ELSE date(a.publishedAt) END AS day
    SET h.asOf = CASE WHEN h.asOf IS NULL OR (day IS NOT NULL AND day > h.asOf) THEN day ELSE h.asOf END
  }
  CALL () {
    UNWIND $events AS row
    MERGE (ev:Event {id: row.id})
    ON CREATE SET ev.type = row.type, ev.code = row.code, ev.quad = row.quad, ev.label = row.label,
                  ev.date = ${toDate('row.date')}, ev.datePrecision = row.datePrecision, ev.dateText = row.dateText,
                  ev.summary = row.summary, ev.modality = row.modality, ev.confidence = row.confidence
    SET ev.confidence = CASE WHEN row.confidence > ev.confidence THEN row.confidence ELSE ev.confidence END
    WITH ev, row
    MATCH (a:Article {id: row.articleId})
    MERGE (ev)-[r:REPORTED_IN]->(a)
    SET r.sentence = row.sentence, r.start = toInteger(row.start), r.end = toInteger(row.end),
        r.confidence = row.confidence, r.extractorVersion = $extractorVersion, r.evidence = row.evidence,
        r.label = row.label
    WITH ev, row
    CALL (ev, row) {
      UNWIND row.sourceIds AS id MATCH (x:Entity {id: id}) MERGE (x)-[:ACTOR_IN {role: 'source'}]->(ev)
    }
    CALL (ev, row) {
      UNWIND row.targetIds AS id MATCH (x:Entity {id: id}) MERGE (x)-[:ACTOR_IN {role: 'target'}]->(ev)
    }
    CALL (ev, row) {
      UNWIND row.locationIds AS id MATCH (x:Entity {id: id}) MERGE (ev)-[l:LOCATED_IN]->(x) ${addArticleId('l')}
    }
  }
  CALL () {
    UNWIND $statements AS row
    MERGE (s:Statement {id: row.id})
    ON CREATE SET s.text = row.text, s.kind = row.kind, s.verb = row.verb, s.date = ${toDate('row.date')},
                  s.datePrecision = row.datePrecision, s.dateText = row.dateText, s.confidence = row.confidence
    SET s.confidence = CASE WHEN row.confidence > s.confidence THEN row.confidence ELSE s.confidence END
    WITH s, row
    MATCH (a:Article {id: row.articleId})
    MERGE (s)-[r:REPORTED_IN]->(a)
    SET r.sentence = row.sentence, r.start = toInteger(row.start), r.end = toInteger(row.end),
        r.confidence = row.confidence, r.extractorVersion = $extractorVersion, r.verb = row.verb,
        r.speakerText = row.speakerText, r.dateText = row.dateText
    WITH s, row
    CALL (s, row) {
      UNWIND row.speakerIds AS id MATCH (x:Entity {id: id}) MERGE (x)-[:SAID]->(s)
    }
    CALL (s, row) {
      UNWIND row.aboutIds AS id MATCH (x:Entity {id: id}) MERGE (s)-[r:ABOUT]->(x) ${addArticleId('r')}
    }
  }
  CALL () {
    UNWIND $comments AS row
    MATCH (a:Article {id: row.articleId})
    MERGE (c:Comment {id: row.id})
    SET c.index = toInteger(row.index), c.text = row.text, c.start = toInteger(row.start), c.end = toInteger(row.end)
    MERGE (c)-[:ON]->(a)
    WITH c, row
    CALL (c, row) {
      UNWIND row.mentionIds AS id MATCH (x:Entity {id: id}) MERGE (c)-[:MENTIONS]->(x)
    }
  }
  ${addFactCountsCypher('Event', 'eventCounts', 'touchedEventIds')}
  ${addFactCountsCypher('Statement', 'statementCounts', 'touchedStatementIds')}
  ${addFactCountsCypher('Entity', 'entityCounts', 'touchedEntityIds')}
  RETURN ${TOUCHED_COLUMNS}`;

/** Sums db hits over a PROFILE plan tree (what the bench reports per article). */
function totalDbHits(plan: { dbHits: number; children: unknown[] }): number {
  return (
    plan.dbHits +
    (plan.children as { dbHits: number; children: unknown[] }[]).reduce((sum, child) => sum + totalDbHits(child), 0)
  );
}

type PlanNode = { operatorType: string; dbHits: number; identifiers?: string[]; children: unknown[] };

/** Db hits per operator (operator type and the variables it binds), biggest first: where the batch's work goes. */
function operatorDbHits(plan: PlanNode): { operator: string; dbHits: number }[] {
  const sums = new Map<string, number>();
  const walk = (node: PlanNode) => {
    const key = `${node.operatorType.split('@')[0]}(${(node.identifiers ?? []).filter((i) => !i.startsWith('anon')).join(',')})`;
    if (node.dbHits > 0) sums.set(key, (sums.get(key) ?? 0) + node.dbHits);
    for (const child of node.children as PlanNode[]) walk(child);
  };
  walk(plan);
  return [...sums].map(([operator, dbHits]) => ({ operator, dbHits })).sort((a, b) => b.dbHits - a.dbHits);
}

const counted = (ids: Map<string, string[]>) => [...ids].map(([id, articleIds]) => ({ id, articleIds }));

export function emptyResult(): WriteBatchResult {
  return {
    articles: 0,
    entities: 0,
    events: 0,
    statements: 0,
    mentions: 0,
    comments: 0,
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
  };
}

const byId = (rows: { id: string; articleId: string }[]) => {
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const list = map.get(r.id) ?? [];
    if (!list.includes(r.articleId)) list.push(r.articleId);
    map.set(r.id, list);
  }
  return map;
};

/** Parameter rows for the UNWIND queries; entities merged by id across the batch (aliases and keys unioned). */
function flatten(batch: ArticleFacts[], extractorVersion: string) {
  const entities = new Map<string, ArticleFacts['entities'][number]>();
  for (const facts of batch) {
    for (const e of facts.entities) {
      const seen = entities.get(e.id);
      if (!seen) entities.set(e.id, { ...e, aliases: [...e.aliases], keys: [...e.keys] });
      else {
        seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
        seen.keys = [...new Set([...seen.keys, ...e.keys])];
        if (e.upgradeName && (!seen.upgradeName || e.name.length > seen.name.length)) {
          seen.name = e.name;
          seen.upgradeName = true;
        }
      }
    }
  }
  const withArticle = <T>(facts: ArticleFacts, items: T[]) =>
    items.map((item) => ({ ...item, articleId: facts.article.id }));
  const persons = new Set<string>();
  for (const f of batch) for (const r of f.roles) persons.add(r.personId);
  return {
    articleIds: batch.map((f) => f.article.id),
    entities: [...entities.values()],
    entityIds: [...entities.keys()],
    mentions: batch.flatMap((f) => withArticle(f, f.mentions)),
    roles: batch.flatMap((f) => withArticle(f, f.roles)),
    events: batch.flatMap((f) => withArticle(f, f.events)),
    statements: batch.flatMap((f) => withArticle(f, f.statements)),
    comments: batch.flatMap((f) => withArticle(f, f.comments)),
    eventIds: [...new Set(batch.flatMap((f) => f.events.map((e) => e.id)))],
    statementIds: [...new Set(batch.flatMap((f) => f.statements.map((s) => s.id)))],
    personIds: [...persons],
    eventArticles: byId(batch.flatMap((f) => f.events.map((e) => ({ id: e.id, articleId: f.article.id })))),
    statementArticles: byId(batch.flatMap((f) => f.statements.map((e) => ({ id: e.id, articleId: f.article.id })))),
    mentionArticles: byId(batch.flatMap((f) => f.mentions.map((m) => ({ id: m.entityId, articleId: f.article.id })))),
    extractorVersion,
  };
}
