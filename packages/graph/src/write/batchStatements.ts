/** One statement of a batch write and the parameter list it walks (skipped when that list is empty). */
export interface BatchStatement {
  name: string;
  /** The row list the statement UNWINDs: an empty list means nothing to write, so no round trip. */
  rows: BatchRowsKey;
  cypher: string;
}

export type BatchRowsKey =
  | 'entities'
  | 'mentions'
  | 'newRoles'
  | 'roles'
  | 'events'
  | 'eventEvidence'
  | 'statements'
  | 'statementEvidence'
  | 'comments'
  | 'entityCounts';

// Adds the row's articleIds (`list`, in batch order) to a relationship's articleIds, each once (r must be bound).
const addArticleIds = (r: string, list: string) =>
  `SET ${r}.articleIds = coalesce(${r}.articleIds, []) + [x IN ${list} WHERE NOT x IN coalesce(${r}.articleIds, [])]`;

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
 * Corroboration figures of a fact or entity created in this statement, from the batch alone (`c` = the row's
 * counts: {added, outlets (distinct), ats (publication times, null = undated: counted at $now, the ingestedAt the
 * writer stamps)}). The same values the incremental count gives a node that had none.
 */
const timesOf = (c: string) => `[x IN ${c}.ats | CASE WHEN x IS NULL THEN datetime($now) ELSE datetime(x) END]`;
const earliest = (c: string) => `reduce(m = null, t IN ${timesOf(c)} | CASE WHEN m IS NULL OR t < m THEN t ELSE m END)`;
const latest = (c: string) => `reduce(m = null, t IN ${timesOf(c)} | CASE WHEN m IS NULL OR t > m THEN t ELSE m END)`;
// Outlets are stored as a sorted set (see refreshFactCounts): sorted here by Cypher, as the recount sorts them. (Cypher's
// `<` compares strings by UTF-16 unit, ORDER BY by code point: an insertion with `<` disagreed with the recount.)
const sortedOutlets = (f: string, stored: string, c: string) =>
  `CALL (${f}, row) {
      UNWIND ${stored} + ${c}.outlets AS o
      WITH DISTINCT o ORDER BY o
      RETURN collect(o) AS allOutlets
    }`;

/** SET clause that adds the row's counts (`row.counts`, present) to node `f`'s figures; `entity` widens lastSeen. */
const addCounts = (f: string, entity: boolean) =>
  `WITH ${f}, row WHERE row.counts IS NOT NULL
    ${sortedOutlets(f, `coalesce(${f}.outlets, [])`, 'row.counts')}
    SET ${f}.articleCount = coalesce(${f}.articleCount, 0) + row.counts.added, ${f}.outlets = allOutlets,
        ${f}.sourceCount = size(allOutlets),
        ${f}.firstSeen = CASE WHEN ${f}.firstSeen IS NULL OR ${earliest('row.counts')} < ${f}.firstSeen
                         THEN ${earliest('row.counts')} ELSE ${f}.firstSeen END${
                           entity
                             ? `,
        ${f}.lastSeen = CASE WHEN ${f}.lastSeen IS NULL OR ${latest('row.counts')} > ${f}.lastSeen
                        THEN ${latest('row.counts')} ELSE ${f}.lastSeen END`
                             : ''
                         }`;

/**
 * A WITH binding `outlets` for a node about to be created from the row (`carry`: the variables kept) — the batch's
 * outlets, distinct and already in ORDER BY order (`batchRows`: no subquery per row) — and the map entries of its
 * first counts (none: zero, as before) to put in its CREATE.
 */
const newOutlets = (carry: string) => `WITH ${carry}, coalesce(row.counts.outlets, []) AS outlets`;
const firstCounts = (entity: boolean) =>
  `articleCount: coalesce(row.counts.added, 0), outlets: outlets, sourceCount: size(outlets),
   firstSeen: ${earliest('coalesce(row.counts, {ats: []})')}${
     entity ? `, lastSeen: ${latest('coalesce(row.counts, {ats: []})')}` : ''
   }`;

/**
 * The articles, first: MERGEd and stamped, and the ids of those that were stored before returned, so the
 * detach — which only they need — runs for them alone (a batch of new articles skips it).
 */
export const ARTICLES_STATEMENT = `CYPHER replan=skip
  UNWIND $articles AS row
  OPTIONAL MATCH (stored:Article {id: row.id})
  WITH row, stored IS NOT NULL AS wasStored
  MERGE (a:Article {id: row.id})
  SET a.url = row.url, a.title = row.title, a.source = row.source, a.outlet = row.outlet,
      a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE datetime(row.publishedAt) END,
      a.contentHash = row.contentHash, a.text = row.text, a.language = row.language,
      a.ingestedAt = datetime($now), a.extractorVersion = row.extractorVersion,
      a.bodyStart = row.bodyStart, a.bodyEnd = row.bodyEnd, a.origin = row.origin,
      a.publishedAtText = row.publishedAtText, a.externalId = row.externalId,
      a.publishedAtPrecision = row.publishedAtPrecision
  WITH row, wasStored WHERE wasStored
  RETURN collect(row.id) AS storedIds`;

/**
 * The write of a batch after the articles and their detach, as ordered statements run in the writer's one
 * transaction. They were one statement of CALL subqueries; there every subquery that read what an earlier one
 * wrote (articles, entities, labels, the counts' properties) made the planner put an Eager barrier between them.
 * Each statement sees the previous ones' writes without any, and a family with no rows costs no round trip.
 *
 * Edges that belong to one article alone — MENTIONED_IN, REPORTED_IN, a comment with its ON and MENTIONS — are
 * CREATEd, not MERGEd: the detach removed every such edge of the batch's articles, and `refuseDuplicates` (in
 * batchRows) guarantees each appears once in the batch, so a MERGE could only ever create.
 *
 * Entities, events and statements are looked up first (OPTIONAL MATCH: in a writing statement a unique-index seek
 * that finds nothing locks that id until the commit, so no other transaction can create it meanwhile) and split:
 * - new ones are CREATEd with every edge that hangs on them alone — resolution keys' IDENTIFIES, ACTOR_IN, SAID,
 *   LOCATED_IN, ABOUT, a new person's HOLDS_ROLE — and their corroboration figures: no other transaction can see
 *   the node before the commit, so none of those edges can exist (a MERGE there only ever created; PROFILE: its
 *   Expand(Into) checks were the biggest operators);
 * - stored ones keep MERGE for what several articles share (keys, roles, locations, topics) and get their counts
 *   added; their actors and speakers are not touched: an event's id is a hash of its actors (a statement's of its
 *   speakers), so a stored one already has exactly those edges, written with it.
 * The counts ride on the same rows (`row.counts`, null for what the detach touched: that is recounted from the
 * edges afterwards), so no separate count statement re-reads the nodes.
 */
export const BATCH_STATEMENTS: BatchStatement[] = [
  // One SET for name, aliases, iso2 and the kind's label (a dynamic label, checked against ENTITY_KINDS before).
  // Returns the ids it created: their roles are CREATEd below (newRoles), the others' MERGEd (roles).
  statement(
    'entities',
    'entities',
    `UNWIND $entities AS row
    OPTIONAL MATCH (stored:Entity {id: row.id})
    CALL (row, stored) {
      WITH row, stored WHERE stored IS NULL
      ${newOutlets('row')}
      CREATE (e:Entity {id: row.id, kind: row.kind, name: row.name, aliases: row.newAliases, mergedIds: [],
                        blockedAliases: [], curated: false, iso2: row.iso2, ${firstCounts(true)}})
      SET e:$(row.kind)
      WITH e, row
      CALL (e, row) {
        UNWIND row.keys AS key
        MERGE (k:ResolutionKey {key: key})
        CREATE (k)-[:IDENTIFIES]->(e)
      }
    }
    CALL (row, stored) {
      WITH row, stored AS e WHERE stored IS NOT NULL
      WITH e, row, CASE WHEN row.upgradeName AND NOT coalesce(e.curated, false) THEN row.name ELSE e.name END AS name
      SET e.name = name,
          e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases |
            CASE WHEN x IN acc OR x = name THEN acc ELSE acc + x END),
          e.iso2 = coalesce(e.iso2, row.iso2),
          e:$(row.kind)
      WITH e, row
      CALL (e, row) {
        UNWIND row.keys AS key
        MERGE (k:ResolutionKey {key: key})
        MERGE (k)-[:IDENTIFIES]->(e)
      }
      ${addCounts('e', true)}
    }
    WITH row, stored WHERE stored IS NULL
    RETURN collect(row.id) AS createdIds`,
  ),
  statement(
    'mentions',
    'mentions',
    `UNWIND $mentions AS row
    MATCH (e:Entity {id: row.entityId}), (a:Article {id: row.articleId})
    CREATE (e)-[:MENTIONED_IN {count: row.count, offsets: row.offsets, referenceOffsets: row.referenceOffsets,
        names: row.names,
        extractorVersion: $extractorVersion}]->(a)`,
  ),
  // One row per role with the batch's articles stating it; asOf = the day of the newest supporting article.
  // A person created in this batch has no role yet: CREATE.
  statement(
    'newRoles',
    'newRoles',
    `UNWIND $newRoles AS row
    MATCH (p:Person {id: row.personId}), (o:Entity {id: row.ofId})
    CREATE (p)-[:HOLDS_ROLE {title: row.title, articleIds: row.articleIds, former: row.former,
        start: row.start, end: row.end,
        asOf: reduce(m = null, d IN [x IN row.publishedAts WHERE x IS NOT NULL | date(datetime(x))] |
          CASE WHEN m IS NULL OR d > m THEN d ELSE m END)}]->(o)`,
  ),
  statement(
    'roles',
    'roles',
    `UNWIND $roles AS row
    MATCH (p:Person {id: row.personId}), (o:Entity {id: row.ofId})
    MERGE (p)-[h:HOLDS_ROLE {title: row.title}]->(o)
    WITH h, row, reduce(m = h.asOf, d IN [x IN row.publishedAts WHERE x IS NOT NULL | date(datetime(x))] |
           CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS asOf
    SET h.articleIds = coalesce(h.articleIds, []) + [x IN row.articleIds WHERE NOT x IN coalesce(h.articleIds, [])],
        h.former = row.former, h.start = row.start, h.end = row.end, h.asOf = asOf`,
  ),
  // One row per event: its actors, its locations with the batch's articles placing it there, its counts.
  statement(
    'events',
    'events',
    `UNWIND $events AS row
    OPTIONAL MATCH (stored:Event {id: row.id})
    CALL (row, stored) {
      WITH row, stored WHERE stored IS NULL
      ${newOutlets('row')}
      CREATE (ev:Event {id: row.id, type: row.type, code: row.code, quad: row.quad, label: row.label,
                        date: ${toDate('row.date')}, datePrecision: row.datePrecision, dateText: row.dateText,
                        summary: row.summary, modality: row.modality, confidence: row.confidence,
                        ${firstCounts(false)}})
      WITH ev, row
      CALL (ev, row) {
        UNWIND row.sourceIds AS id MATCH (x:Entity {id: id}) CREATE (x)-[:ACTOR_IN {role: 'source'}]->(ev)
      }
      CALL (ev, row) {
        UNWIND row.targetIds AS id MATCH (x:Entity {id: id}) CREATE (x)-[:ACTOR_IN {role: 'target'}]->(ev)
      }
      CALL (ev, row) {
        UNWIND row.locations AS l MATCH (x:Entity {id: l.id}) CREATE (ev)-[:LOCATED_IN {articleIds: l.articleIds}]->(x)
      }
    }
    CALL (row, stored) {
      WITH row, stored AS ev WHERE stored IS NOT NULL
      SET ev.confidence = CASE WHEN row.confidence > ev.confidence THEN row.confidence ELSE ev.confidence END
      WITH ev, row
      CALL (ev, row) {
        UNWIND row.locations AS l MATCH (x:Entity {id: l.id}) MERGE (ev)-[r:LOCATED_IN]->(x)
        ${addArticleIds('r', 'l.articleIds')}
      }
      ${addCounts('ev', false)}
    }`,
  ),
  statement(
    'eventEvidence',
    'eventEvidence',
    `UNWIND $eventEvidence AS row
    MATCH (ev:Event {id: row.id}), (a:Article {id: row.articleId})
    CREATE (ev)-[:REPORTED_IN {sentence: row.sentence, start: row.start, end: row.end,
        confidence: row.confidence, extractorVersion: $extractorVersion, evidence: row.evidence,
        label: row.label}]->(a)`,
  ),
  statement(
    'statements',
    'statements',
    `UNWIND $statements AS row
    OPTIONAL MATCH (stored:Statement {id: row.id})
    CALL (row, stored) {
      WITH row, stored WHERE stored IS NULL
      ${newOutlets('row')}
      CREATE (s:Statement {id: row.id, text: row.text, kind: row.kind, verb: row.verb, date: ${toDate('row.date')},
                           datePrecision: row.datePrecision, dateText: row.dateText, confidence: row.confidence,
                           ${firstCounts(false)}})
      WITH s, row
      CALL (s, row) {
        UNWIND row.speakerIds AS id MATCH (x:Entity {id: id}) CREATE (x)-[:SAID]->(s)
      }
      CALL (s, row) {
        UNWIND row.abouts AS t MATCH (x:Entity {id: t.id}) CREATE (s)-[:ABOUT {articleIds: t.articleIds}]->(x)
      }
    }
    CALL (row, stored) {
      WITH row, stored AS s WHERE stored IS NOT NULL
      SET s.confidence = CASE WHEN row.confidence > s.confidence THEN row.confidence ELSE s.confidence END
      WITH s, row
      CALL (s, row) {
        UNWIND row.abouts AS t MATCH (x:Entity {id: t.id}) MERGE (s)-[r:ABOUT]->(x)
        ${addArticleIds('r', 't.articleIds')}
      }
      ${addCounts('s', false)}
    }`,
  ),
  statement(
    'statementEvidence',
    'statementEvidence',
    `UNWIND $statementEvidence AS row
    MATCH (s:Statement {id: row.id}), (a:Article {id: row.articleId})
    CREATE (s)-[:REPORTED_IN {sentence: row.sentence, start: row.start, end: row.end,
        confidence: row.confidence, extractorVersion: $extractorVersion, verb: row.verb,
        speakerText: row.speakerText, dateText: row.dateText}]->(a)`,
  ),
  statement(
    'comments',
    'comments',
    `UNWIND $comments AS row
    MATCH (a:Article {id: row.articleId})
    CREATE (c:Comment {id: row.id, index: row.index, text: row.text, start: row.start, end: row.end})-[:ON]->(a)
    WITH c, row
    CALL (c, row) {
      UNWIND row.mentionIds AS id MATCH (x:Entity {id: id}) CREATE (c)-[:MENTIONS]->(x)
    }`,
  ),
  // Only for mentions of entities without a row of their own (none from the fact builder).
  statement(
    'entityCounts',
    'entityCounts',
    `UNWIND $entityCounts AS row
    MATCH (e:Entity {id: row.id})
    ${addCounts('e', true)}`,
  ),
];
