import { addFactCountsCypher } from './refreshFactCounts.ts';

/** One statement of a batch write and the parameter list it walks (skipped when that list is empty). */
export interface BatchStatement {
  name: string;
  /** The row list the statement UNWINDs: an empty list means nothing to write, so no round trip. */
  rows: BatchRowsKey;
  cypher: string;
}

export type BatchRowsKey =
  | 'articles'
  | 'entities'
  | 'keys'
  | 'mentions'
  | 'roles'
  | 'events'
  | 'eventEvidence'
  | 'statements'
  | 'statementEvidence'
  | 'comments'
  | 'eventCounts'
  | 'statementCounts'
  | 'entityCounts';

// Adds row.articleId to a relationship's articleIds once (r must be bound).
const addArticleId = (r: string) =>
  `SET ${r}.articleIds = CASE WHEN row.articleId IN coalesce(${r}.articleIds, []) THEN ${r}.articleIds ELSE coalesce(${r}.articleIds, []) + row.articleId END`;

const toDate = (v: string) => `CASE WHEN ${v} IS NULL THEN null ELSE date(${v}) END`;

/**
 * `replan=skip` on each: while a graph grows from empty its statistics drift past Neo4j's divergence threshold
 * every few batches, each time throwing the cached plan away (bench: 3 of the first 10 batches re-planned, 3–20 s
 * each at load 16). Every lookup here is a MERGE or MATCH on a uniquely constrained id, which the planner turns
 * into a unique index seek whatever the statistics say, so the first plan stays right and is kept.
 */
const statement = (name: string, rows: BatchRowsKey, body: string): BatchStatement => ({
  name,
  rows,
  cypher: `CYPHER replan=skip\n${body}`,
});

/**
 * The write of a batch after its detach, as ordered statements run in the writer's one transaction. They were one
 * statement of CALL subqueries; there every subquery that read what an earlier one wrote (articles, entities,
 * labels, the counts' properties) made the planner put an Eager barrier between them — 35 to 50 in the plan. Each
 * statement sees the previous ones' writes without any, and a family with no rows costs no round trip.
 *
 * Edges that belong to one article alone — MENTIONED_IN, REPORTED_IN, a comment with its ON and MENTIONS — are
 * CREATEd, not MERGEd: the detach removed every such edge of the batch's articles, and `refuseDuplicates` (in
 * batchRows) guarantees each appears once in the batch, so a MERGE could only ever create (PROFILE: its
 * Expand(Into) check was the biggest operator, 9 755 db hits of 72 111 for 200 articles).
 */
export const BATCH_STATEMENTS: BatchStatement[] = [
  statement(
    'articles',
    'articles',
    `UNWIND $articles AS row
    MERGE (a:Article {id: row.id})
    SET a.url = row.url, a.title = row.title, a.source = row.source, a.outlet = row.outlet,
        a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE datetime(row.publishedAt) END,
        a.contentHash = row.contentHash, a.text = row.text, a.language = row.language,
        a.ingestedAt = datetime($now), a.extractorVersion = row.extractorVersion,
        a.bodyStart = toInteger(row.bodyStart), a.bodyEnd = toInteger(row.bodyEnd), a.origin = row.origin,
        a.publishedAtText = row.publishedAtText, a.externalId = row.externalId,
        a.publishedAtPrecision = row.publishedAtPrecision`,
  ),
  // One SET for name, aliases, iso2 and the kind's label (a dynamic label, checked against ENTITY_KINDS before):
  // successive SETs reading what the previous one set each cost an Eager, as did the five FOREACH label steps.
  statement(
    'entities',
    'entities',
    `UNWIND $entities AS row
    MERGE (e:Entity {id: row.id})
    ON CREATE SET e.kind = row.kind, e.name = row.name, e.aliases = [], e.mergedIds = [], e.blockedAliases = [],
                  e.curated = false, e.articleCount = 0, e.sourceCount = 0, e.outlets = []
    WITH e, row, CASE WHEN row.upgradeName AND NOT coalesce(e.curated, false) THEN row.name ELSE e.name END AS name
    SET e.name = name,
        e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases |
          CASE WHEN x IN acc OR x = name THEN acc ELSE acc + x END),
        e.iso2 = coalesce(e.iso2, row.iso2),
        e:$(row.kind)`,
  ),
  statement(
    'keys',
    'keys',
    `UNWIND $keys AS row
    MATCH (e:Entity {id: row.entityId})
    MERGE (k:ResolutionKey {key: row.key})
    MERGE (k)-[:IDENTIFIES]->(e)`,
  ),
  statement(
    'mentions',
    'mentions',
    `UNWIND $mentions AS row
    MATCH (e:Entity {id: row.entityId}), (a:Article {id: row.articleId})
    CREATE (e)-[:MENTIONED_IN {count: toInteger(size(row.offsets) / 2), offsets: [x IN row.offsets | toInteger(x)],
        referenceOffsets: [x IN row.referenceOffsets | toInteger(x)], names: row.names,
        extractorVersion: $extractorVersion}]->(a)`,
  ),
  // One row per role with the batch's articles stating it; asOf = the day of the newest supporting article.
  statement(
    'roles',
    'roles',
    `UNWIND $roles AS row
    MATCH (p:Person {id: row.personId}), (o:Entity {id: row.ofId})
    MERGE (p)-[h:HOLDS_ROLE {title: row.title}]->(o)
    WITH h, row, reduce(m = h.asOf, d IN [x IN row.publishedAts WHERE x IS NOT NULL | date(datetime(x))] |
           CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS asOf
    SET h.articleIds = coalesce(h.articleIds, []) + [x IN row.articleIds WHERE NOT x IN coalesce(h.articleIds, [])],
        h.former = row.former, h.start = toInteger(row.start), h.end = toInteger(row.end), h.asOf = asOf`,
  ),
  statement(
    'events',
    'events',
    `UNWIND $events AS row
    MERGE (ev:Event {id: row.id})
    ON CREATE SET ev.type = row.type, ev.code = row.code, ev.quad = row.quad, ev.label = row.label,
                  ev.date = ${toDate('row.date')}, ev.datePrecision = row.datePrecision, ev.dateText = row.dateText,
                  ev.summary = row.summary, ev.modality = row.modality, ev.confidence = row.confidence
    ON MATCH SET ev.confidence = CASE WHEN row.confidence > ev.confidence THEN row.confidence ELSE ev.confidence END
    WITH ev, row
    CALL (ev, row) {
      UNWIND row.sourceIds AS id MATCH (x:Entity {id: id}) MERGE (x)-[:ACTOR_IN {role: 'source'}]->(ev)
    }
    CALL (ev, row) {
      UNWIND row.targetIds AS id MATCH (x:Entity {id: id}) MERGE (x)-[:ACTOR_IN {role: 'target'}]->(ev)
    }`,
  ),
  statement(
    'eventEvidence',
    'eventEvidence',
    `UNWIND $eventEvidence AS row
    MATCH (ev:Event {id: row.id}), (a:Article {id: row.articleId})
    CREATE (ev)-[:REPORTED_IN {sentence: row.sentence, start: toInteger(row.start), end: toInteger(row.end),
        confidence: row.confidence, extractorVersion: $extractorVersion, evidence: row.evidence,
        label: row.label}]->(a)
    WITH ev, row
    CALL (ev, row) {
      UNWIND row.locationIds AS id MATCH (x:Entity {id: id}) MERGE (ev)-[l:LOCATED_IN]->(x) ${addArticleId('l')}
    }`,
  ),
  statement(
    'statements',
    'statements',
    `UNWIND $statements AS row
    MERGE (s:Statement {id: row.id})
    ON CREATE SET s.text = row.text, s.kind = row.kind, s.verb = row.verb, s.date = ${toDate('row.date')},
                  s.datePrecision = row.datePrecision, s.dateText = row.dateText, s.confidence = row.confidence
    ON MATCH SET s.confidence = CASE WHEN row.confidence > s.confidence THEN row.confidence ELSE s.confidence END
    WITH s, row
    CALL (s, row) {
      UNWIND row.speakerIds AS id MATCH (x:Entity {id: id}) MERGE (x)-[:SAID]->(s)
    }`,
  ),
  statement(
    'statementEvidence',
    'statementEvidence',
    `UNWIND $statementEvidence AS row
    MATCH (s:Statement {id: row.id}), (a:Article {id: row.articleId})
    CREATE (s)-[:REPORTED_IN {sentence: row.sentence, start: toInteger(row.start), end: toInteger(row.end),
        confidence: row.confidence, extractorVersion: $extractorVersion, verb: row.verb,
        speakerText: row.speakerText, dateText: row.dateText}]->(a)
    WITH s, row
    CALL (s, row) {
      UNWIND row.aboutIds AS id MATCH (x:Entity {id: id}) MERGE (s)-[r:ABOUT]->(x) ${addArticleId('r')}
    }`,
  ),
  statement(
    'comments',
    'comments',
    `UNWIND $comments AS row
    MATCH (a:Article {id: row.articleId})
    CREATE (c:Comment {id: row.id, index: toInteger(row.index), text: row.text, start: toInteger(row.start),
        end: toInteger(row.end)})-[:ON]->(a)
    WITH c, row
    CALL (c, row) {
      UNWIND row.mentionIds AS id MATCH (x:Entity {id: id}) CREATE (c)-[:MENTIONS]->(x)
    }`,
  ),
  // Facts that lost evidence in the detach ($skipIds) are recounted from scratch afterwards instead.
  statement('eventCounts', 'eventCounts', addFactCountsCypher('Event', 'eventCounts')),
  statement('statementCounts', 'statementCounts', addFactCountsCypher('Statement', 'statementCounts')),
  statement('entityCounts', 'entityCounts', addFactCountsCypher('Entity', 'entityCounts')),
];
