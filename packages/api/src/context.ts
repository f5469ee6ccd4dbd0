import type { GraphConnection, ReadOptions } from '@newsgraph/graph';
import type { ApiConfig } from './config.ts';
import { timeoutError } from './errors.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Everything a resolver may use for one GraphQL request. */
export interface RequestContext {
  graph: GraphConnection;
  config: ApiConfig;
  loaders: Loaders;
  /** True when the request carried a valid API key. */
  authenticated: boolean;
  /** Options for a reader: the request's remaining time as the Neo4j transaction timeout. */
  readOptions(): ReadOptions;
}

export function createRequestContext(graph: GraphConnection, config: ApiConfig, authenticated: boolean, operationName?: string | null): RequestContext {
  const deadline = Date.now() + config.queryTimeoutMs;
  const readOptions = (): ReadOptions => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw timeoutError(config.queryTimeoutMs);
    return { timeoutMs: remaining, metadata: { app: 'newsgraph-api', operation: operationName ?? null } };
  };
  const ctx: RequestContext = { graph, config, authenticated, readOptions, loaders: undefined as unknown as Loaders };
  ctx.loaders = createLoaders(graph, readOptions);
  return ctx;
}
