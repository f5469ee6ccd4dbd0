import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import type { ArticleFacts, WriteBatchResult, WriteOptions, WritePhase } from './articleFacts.ts';
import { batchRows } from './batchRows.ts';
import { ARTICLES_STATEMENT, BATCH_STATEMENTS, type BatchRowsKey } from './batchStatements.ts';
import { collectOrphans } from './collectOrphans.ts';
import { DETACH_ARTICLE_FACTS, TOUCHED_COLUMNS, touchedFrom, type TouchedIds } from './detachArticleFacts.ts';
import { sumProfiles, type StatementProfile } from './planProfile.ts';
import { refreshFactCounts } from './refreshFactCounts.ts';
import { TxCounters } from './txCounters.ts';

/**
 * Writes a batch of articles' facts in ONE managed transaction (retried by the driver on transient errors):
 * either every article of the batch is written completely or nothing is. An article already in the graph
 * first loses the facts it contributed before, so writing the same facts twice changes nothing and new
 * content at the same id replaces the old without leaving orphans. Every MERGE is on a constrained id.
 *
 * The transaction runs ordered statements: the articles, the detach of stored articles' old facts, then one per fact
 * family (`BATCH_STATEMENTS`, skipped when the batch has none of it; sent together, see `run`), each adding its
 * incremental counts. Only a batch that replaced earlier facts needs more, to delete orphans and recount what lost
 * evidence.
 */
export async function writeArticleBatch(
  graph: GraphConnection,
  batch: ArticleFacts[],
  options: WriteOptions = {},
): Promise<WriteBatchResult> {
  if (batch.length === 0) return emptyResult();
  const extractorVersion = options.extractorVersion ?? batch[0]!.article.extractorVersion;
  const now = options.now ?? new Date().toISOString();
  const rowsStarted = performance.now();
  const rows = batchRows(batch, extractorVersion);
  const prefix = options.onProfile ? 'PROFILE ' : '';
  const times = options.statementMs;
  if (times) add(times, 'rows (JS)', performance.now() - rowsStarted);
  let workEnded = 0;
  const result = await graph.write(async (tx) => {
    const counters = new TxCounters();
    const plans: { name: string; plan: StatementProfile }[] = [];
    // Sent at once, answered in order: several statements are in flight on the transaction's connection together
    // (the driver pipelines them), so Neo4j goes from one to the next without waiting for a round trip and for this
    // process to read the answer, while this process encodes the following statements' parameters.
    const run = async (name: string, cypher: string, params: Record<string, unknown>) => {
      const result = counters.add(await tx.run(prefix + cypher, params));
      // Neo4j's own time for the statement (pipelined, the wall time from sending it would include its wait behind
      // the statements sent before it).
      const { resultAvailableAfter, resultConsumedAfter } = result.summary;
      if (times)
        add(times, name, neo4j.integer.toNumber(resultAvailableAfter) + neo4j.integer.toNumber(resultConsumedAfter));
      if (result.summary.profile) plans.push({ name, plan: result.summary.profile });
      return result;
    };
    const phaseDone = async (phase: WritePhase) => options.afterPhase?.(phase, tx);

    // The articles first; only those stored before need the detach: they lose every edge they contributed. The fact
    // statements wait for that answer (the detach must run before them).
    const written = await run('articles', ARTICLES_STATEMENT, { articles: rows.articles, now });
    const storedIds = (written.records[0]?.get('storedIds') as string[] | undefined) ?? [];
    let touched: TouchedIds = { eventIds: [], statementIds: [], entityIds: [], personIds: [] };
    if (storedIds.length > 0) {
      const detached = await run('detach', `CYPHER replan=skip ${DETACH_ARTICLE_FACTS} RETURN ${TOUCHED_COLUMNS}`, {
        articleIds: storedIds,
      });
      touched = touchedFrom(detached.records[0]);
    }
    // Facts that lost evidence are recounted from scratch below, so their rows carry no counts to add.
    const recounted = new Set([...touched.eventIds, ...touched.statementIds, ...touched.entityIds]);
    const counted = <T extends { id: string; counts: unknown }>(list: T[]) =>
      list.map((r) => (recounted.has(r.id) ? { ...r, counts: null } : r));
    const params: Record<BatchRowsKey, unknown[]> = {
      entities: counted(rows.entities),
      mentions: rows.mentions,
      // Sent once the entities statement has said which people it created.
      newRoles: [],
      roles: rows.roles,
      events: counted(rows.events),
      eventEvidence: rows.eventEvidence,
      statements: counted(rows.statements),
      statementEvidence: rows.statementEvidence,
      comments: rows.comments,
      entityCounts: rows.entityCounts.filter((r) => !recounted.has(r.id)),
    };
    const statementOf = (key: BatchRowsKey) => BATCH_STATEMENTS.find((s) => s.rows === key)!;
    const send = (key: BatchRowsKey) => {
      const list = params[key];
      if (list.length === 0) return Promise.resolve(null);
      const { name, cypher } = statementOf(key);
      return run(name, cypher, { [key]: list, now, extractorVersion });
    };
    // A person created just now holds no role yet, so its roles are CREATEd rather than MERGEd: the two role
    // statements follow the entities statement's answer (they queue behind the statements already sent).
    const sendRoles = (createdIds: string[]) => {
      const created = new Set(createdIds);
      params.newRoles = rows.roles.filter((r) => created.has(r.personId));
      params.roles = rows.roles.filter((r) => !created.has(r.personId));
      return Promise.all([send('newRoles'), send('roles')]);
    };
    const sent: Promise<unknown>[] = [];
    for (const { rows: key } of BATCH_STATEMENTS) {
      if (key === 'newRoles' || key === 'roles') continue;
      if (key === 'entities')
        sent.push(
          send('entities').then((r) => sendRoles((r?.records[0]?.get('createdIds') as string[] | undefined) ?? [])),
        );
      else sent.push(send(key));
    }
    // Every promise is awaited together: a failed statement rejects this (the transaction rolls back) and the ones
    // after it, which Neo4j refuses once the transaction failed, are not left unhandled.
    await Promise.all(sent);
    if (options.onProfile) {
      const profile = sumProfiles(plans);
      options.onProfile('batch', profile.dbHits, profile.operators, profile.eagerOperators, profile.statements);
    }
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

    workEnded = performance.now();
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
  // The commit (and the session's release): what the transaction's statements changed is applied to the store and
  // its indexes and logged.
  if (times) add(times, 'commit', performance.now() - workEnded);
  return result;
}

function add(times: Map<string, number>, name: string, ms: number) {
  times.set(name, (times.get(name) ?? 0) + ms);
}

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
