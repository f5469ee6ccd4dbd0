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
 * The transaction runs ordered statements: the detach of stored articles' old facts, then one per fact family
 * (`BATCH_STATEMENTS`, skipped when the batch has none of it), then the incremental counts. Only a batch that
 * replaced earlier facts needs more, to delete orphans and recount what lost evidence.
 */
export async function writeArticleBatch(
  graph: GraphConnection,
  batch: ArticleFacts[],
  options: WriteOptions = {},
): Promise<WriteBatchResult> {
  if (batch.length === 0) return emptyResult();
  const extractorVersion = options.extractorVersion ?? batch[0]!.article.extractorVersion;
  const now = options.now ?? new Date().toISOString();
  const rows = batchRows(batch, extractorVersion);
  const prefix = options.onProfile ? 'PROFILE ' : '';
  return graph.write(async (tx) => {
    const counters = new TxCounters();
    const plans: { name: string; plan: StatementProfile }[] = [];
    const run = async (name: string, cypher: string, params: Record<string, unknown>) => {
      const started = performance.now();
      const result = counters.add(await tx.run(prefix + cypher, params));
      const times = options.statementMs;
      if (times) times.set(name, (times.get(name) ?? 0) + performance.now() - started);
      if (result.summary.profile) plans.push({ name, plan: result.summary.profile });
      return result;
    };
    const phaseDone = async (phase: WritePhase) => options.afterPhase?.(phase, tx);

    // The articles first; only those stored before need the detach: they lose every edge they contributed.
    const written = await run('articles', ARTICLES_STATEMENT, { articles: batch.map((f) => f.article), now });
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
      // Filled once the entities statement has said which people it created.
      newRoles: [],
      roles: rows.roles,
      events: counted(rows.events),
      eventEvidence: rows.eventEvidence,
      statements: counted(rows.statements),
      statementEvidence: rows.statementEvidence,
      comments: rows.comments,
      entityCounts: rows.entityCounts.filter((r) => !recounted.has(r.id)),
    };
    for (const { name, rows: key, cypher } of BATCH_STATEMENTS) {
      const list = params[key];
      if (list.length === 0) continue;
      const result = await run(name, cypher, { [key]: list, now, extractorVersion });
      if (key === 'entities') {
        // A person created just now holds no role yet, so its roles are CREATEd rather than MERGEd.
        const created = new Set((result.records[0]?.get('createdIds') as string[] | undefined) ?? []);
        params.newRoles = rows.roles.filter((r) => created.has(r.personId));
        params.roles = rows.roles.filter((r) => !created.has(r.personId));
      }
    }
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
