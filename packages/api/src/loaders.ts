import DataLoader from 'dataloader';
import {
  readArticleComments,
  readArticleFactIds,
  readArticleMentions,
  readArticlesByIds,
  readArticleTexts,
  readCommentMentions,
  readEntitiesByIds,
  readEventsByIds,
  readFactEvidence,
  readFactParties,
  readStatementsByIds,
  type GraphConnection,
  type ReadOptions,
} from '@newsgraph/graph';

/**
 * Per-request DataLoaders: every nested field that needs more data goes through one of these, so a list of N
 * parents costs one query per field, not N (graph.queries.count proves it in tests/api/n-plus-one.test.ts).
 */
export function createLoaders(graph: GraphConnection, opts: () => ReadOptions) {
  const loader = <K, V>(batch: (keys: readonly K[]) => Promise<V[]>) =>
    new DataLoader<K, V, string>(asynchronous(batch), { cacheKeyFn: (k) => JSON.stringify(k) });
  const keyed = new Map<string, DataLoader<unknown, unknown, string>>();
  return {
    entity: loader<string, Awaited<ReturnType<typeof readEntitiesByIds>>[number]>((ids) =>
      readEntitiesByIds(graph, ids, opts()),
    ),
    article: loader<string, Awaited<ReturnType<typeof readArticlesByIds>>[number]>((ids) =>
      readArticlesByIds(graph, ids, opts()),
    ),
    articleText: loader((ids: readonly string[]) => readArticleTexts(graph, ids, opts())),
    event: loader<string, Awaited<ReturnType<typeof readEventsByIds>>[number]>((ids) =>
      readEventsByIds(graph, ids, opts()),
    ),
    statement: loader<string, Awaited<ReturnType<typeof readStatementsByIds>>[number]>((ids) =>
      readStatementsByIds(graph, ids, opts()),
    ),
    eventParties: loader((ids: readonly string[]) => readFactParties(graph, ids, 'Event', opts())),
    statementParties: loader((ids: readonly string[]) => readFactParties(graph, ids, 'Statement', opts())),
    eventEvidence: loader((ids: readonly string[]) => readFactEvidence(graph, ids, 'Event', opts())),
    statementEvidence: loader((ids: readonly string[]) => readFactEvidence(graph, ids, 'Statement', opts())),
    articleMentions: loader((ids: readonly string[]) => readArticleMentions(graph, ids, opts())),
    articleEventIds: loader((ids: readonly string[]) => readArticleFactIds(graph, ids, 'Event', opts())),
    articleStatementIds: loader((ids: readonly string[]) => readArticleFactIds(graph, ids, 'Statement', opts())),
    articleComments: loader((ids: readonly string[]) => readArticleComments(graph, ids, opts())),
    commentMentions: loader((ids: readonly string[]) => readCommentMentions(graph, ids, opts())),
    /**
     * A loader for a field with arguments (Entity.statements(first, window…)): one loader per distinct
     * argument set, batching the parents' ids into one query.
     */
    keyed<V>(
      family: string,
      args: unknown,
      batch: (ids: readonly string[]) => Promise<V[]>,
    ): DataLoader<string, V, string> {
      const key = `${family}:${JSON.stringify(args)}`;
      let l = keyed.get(key);
      if (!l) {
        l = new DataLoader<string, V, string>(asynchronous(batch));
        keyed.set(key, l);
      }
      return l as unknown as DataLoader<string, V, string>;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * A batch function whose synchronous throw (readOptions() raising TIMEOUT once the deadline has passed) becomes a
 * rejection: DataLoader answers a synchronous throw with its own "errored synchronously" error, which hid the code.
 */
function asynchronous<K, V>(batch: (keys: readonly K[]) => Promise<V[]>): (keys: readonly K[]) => Promise<V[]> {
  return async (keys) => batch(keys);
}
