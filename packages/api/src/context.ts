import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { GraphConnection, ReadOptions } from '@newsgraph/graph';
import type { ApiConfig } from './config.ts';
import { clientError, timeoutError } from './errors.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Everything a resolver may use for one GraphQL request. */
export interface RequestContext {
  graph: GraphConnection;
  config: ApiConfig;
  loaders: Loaders;
  /** True when the request carried a valid API key. */
  authenticated: boolean;
  /** The request's id (x-request-id or generated): in logs, in error extensions, in its Neo4j transactions' metadata. */
  requestId: string;
  /** Options for a reader: the remaining time as Neo4j transaction timeout, the abort signal and the query budget. */
  readOptions(): ReadOptions;
}

/** One request's clock: its id tags its Neo4j transactions so they can be terminated when it is given up. */
export interface RequestClock {
  requestId: string;
  deadline: number;
  signal: AbortSignal;
  /** The request's open transactions, each a promise that settles once it has ended in Neo4j. */
  open: Set<Promise<void>>;
}

export function startRequestClock(
  config: ApiConfig,
  requestId: string = randomUUID(),
): RequestClock & { controller: AbortController } {
  const controller = new AbortController();
  // Each open transaction listens for the abort (packages/graph closes its session); at most maxQueries of them.
  setMaxListeners(config.maxQueries + 10, controller.signal);
  return {
    requestId,
    deadline: Date.now() + config.queryTimeoutMs,
    signal: controller.signal,
    open: new Set(),
    controller,
  };
}

/** Resolves once every transaction the request still has open has ended in Neo4j (none opens after the abort). */
export async function requestTransactionsEnded(clock: RequestClock): Promise<void> {
  await Promise.allSettled([...clock.open]);
}

export function createRequestContext(
  graph: GraphConnection,
  config: ApiConfig,
  authenticated: boolean,
  operationName?: string | null,
  clock: RequestClock = startRequestClock(config),
): RequestContext {
  let transactions = 0;
  // Counted where each transaction opens, so the budget follows what really runs (batched loaders count once).
  const beforeTransaction = () => {
    transactions += 1;
    if (transactions > config.maxQueries) {
      throw clientError(
        'QUERY_LIMIT_EXCEEDED',
        `This request needs more than ${config.maxQueries} database queries. Ask for fewer aliases or fields with arguments.`,
        { maxQueries: config.maxQueries },
      );
    }
  };
  const readOptions = (): ReadOptions => {
    const remaining = clock.deadline - Date.now();
    if (clock.signal.aborted || remaining <= 0) throw timeoutError(config.queryTimeoutMs);
    return {
      timeoutMs: remaining,
      metadata: { app: 'newsgraph-api', operation: operationName ?? null, requestId: clock.requestId },
      signal: clock.signal,
      beforeTransaction,
      onTransaction: (ended) => {
        clock.open.add(ended);
        const done = () => clock.open.delete(ended);
        ended.then(done, done);
      },
    };
  };
  const ctx: RequestContext = {
    graph,
    config,
    authenticated,
    requestId: clock.requestId,
    readOptions,
    loaders: createLoaders(graph, readOptions),
  };
  return ctx;
}
