import type { GraphConnection } from '../connection.ts';
import type { ArticleFacts, WriteBatchResult, WriteOptions, WritePhase } from './articleFacts.ts';
import { batchRows } from './batchRows.ts';
import { BATCH_STATEMENTS } from './batchStatements.ts';
import { collectOrphans } from './collectOrphans.ts';
import { DETACH_ARTICLE_FACTS, TOUCHED_COLUMNS, touchedFrom } from './detachArticleFacts.ts';
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

    // New articles match nothing here; stored ones lose every edge they contributed.
    const detached = await run('detach', `CYPHER replan=skip ${DETACH_ARTICLE_FACTS} RETURN ${TOUCHED_COLUMNS}`, {
      articleIds: rows.articleIds,
    });
    const touched = touchedFrom(detached.records[0]);
    // Facts that lost evidence are recounted from scratch below, so the incremental counts leave them out.
    const recounted = new Set([...touched.eventIds, ...touched.statementIds, ...touched.entityIds]);
    const params: Record<string, unknown[]> = {
      articles: batch.map((f) => f.article),
      entities: rows.entities,
      keys: rows.keys,
      mentions: rows.mentions,
      roles: rows.roles,
      events: rows.events,
      eventEvidence: rows.eventEvidence,
      statements: rows.statements,
      statementEvidence: rows.statementEvidence,
      comments: rows.comments,
      eventCounts: rows.eventCounts.filter((r) => !recounted.has(r.id)),
      statementCounts: rows.statementCounts.filter((r) => !recounted.has(r.id)),
      entityCounts: rows.entityCounts.filter((r) => !recounted.has(r.id)),
    };
    for (const { name, rows: key, cypher } of BATCH_STATEMENTS) {
      const list = params[key]!;
      if (list.length > 0) await run(name, cypher, { [key]: list, now, extractorVersion });
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
