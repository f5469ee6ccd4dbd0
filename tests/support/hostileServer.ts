import { afterAll, beforeAll, expect } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import type { ApiConfig } from '@newsgraph/api';
import { gql, startTestServer, type GraphQLResponse, type TestServer } from './server.ts';
import { freshTestGraph } from './testGraph.ts';

/**
 * The real HTTP server over an empty test graph, for attack tests: a refused request must be refused before
 * it reaches the graph, so no data is needed, and `graph.queries.count` (every transaction the connection
 * opens) shows whether any Cypher ran.
 */
export function useHostileServer(config: Partial<ApiConfig> = {}) {
  const state = {} as { graph: GraphConnection; server: TestServer };
  beforeAll(async () => {
    state.graph = await freshTestGraph();
    state.server = await startTestServer({ graph: state.graph, config });
  });
  afterAll(async () => {
    await state.server?.close();
    await state.graph?.close();
  });
  return state;
}

/** Sends the request and checks it was refused with HTTP 400 and this code, having run no Cypher at all. */
export async function expectRefusedWithoutCypher(
  state: { graph: GraphConnection; server: TestServer },
  query: string,
  code: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse & { ms: number }> {
  const before = state.graph.queries.count;
  const started = performance.now();
  const r = await gql(state.server.url, query, variables);
  const ms = performance.now() - started;
  expect(r.status).toBe(400);
  expect(r.data).toBeUndefined();
  expect(r.errors?.map((e) => e.extensions?.code)).toContain(code);
  expect(state.graph.queries.count - before).toBe(0);
  return { ...r, ms };
}
