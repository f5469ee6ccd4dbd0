import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { loadApiConfig, startApiServer, type ApiConfig } from '@newsgraph/api';
import { ingestPaths } from '@newsgraph/ingest';
import { freshTestGraph } from './testGraph.ts';

export const SEED_DIR = resolve(import.meta.dirname, '../../seed');
/** 22 real Wikinews articles (CC BY 2.5) from three storylines of 2019–2020: the explorer on a real corpus. */
export const WIKINEWS_SAMPLE = resolve(import.meta.dirname, '../fixtures/wikinews-sample/articles.jsonl');

export interface TestServer {
  /** Base URL, e.g. http://localhost:43121 (GraphQL at `${url}/graphql`). */
  url: string;
  graphqlUrl: string;
  config: ApiConfig;
  /** Open live-update (SSE) streams on the server. */
  liveSubscribers(): number;
  close(): Promise<void>;
}

/**
 * The real HTTP server (Apollo, limits, auth, web files) on a free loopback port over the given graph.
 * `config` overrides individual settings (e.g. production: true, queryTimeoutMs: 200).
 */
export async function startTestServer(options: {
  graph: GraphConnection;
  apiKeys?: string[];
  config?: Partial<ApiConfig>;
}): Promise<TestServer> {
  const config: ApiConfig = {
    ...loadApiConfig({}),
    port: 0,
    host: '127.0.0.1',
    apiKeys: options.apiKeys ?? [],
    ...options.config,
  };
  const logs: string[] = [];
  const server = await startApiServer({
    graph: options.graph,
    config,
    log: (l) => {
      logs.push(l);
      if (process.env.NEWSGRAPH_TEST_LOG) console.error(l);
    },
  });
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    config,
    liveSubscribers: () => server.liveSubscribers(),
    close: () => server.close(),
  };
}

/** A fresh test graph holding the ingested seed corpus (the demo data every API and browser test reads), or `corpus`. */
export async function seedTestGraph(corpus: readonly string[] = [SEED_DIR]): Promise<GraphConnection> {
  const graph = await freshTestGraph();
  const summary = await ingestPaths(graph, [...corpus], { workers: 0 });
  if (summary.articles.failed > 0)
    throw new Error(`seed ingest failed: ${summary.errors.map((e) => e.message).join('; ')}`);
  return graph;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  headers: Headers;
}

/** POSTs a GraphQL request as a browser or script would (application/json). */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url.endsWith('/graphql') ? url : `${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: T; errors?: GraphQLResponse['errors'] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`non-JSON response ${res.status}: ${text.slice(0, 300)}`);
  }
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

export interface SeededServer {
  readonly graph: GraphConnection;
  readonly server: TestServer;
}

/**
 * Registers beforeAll/afterAll for the usual set-up: a fresh graph with seed/ ingested and the real HTTP server
 * over it. Read `.graph` / `.server` inside tests (they are set once beforeAll has run).
 */
export function useSeededServer(
  options: { apiKeys?: string[]; config?: Partial<ApiConfig>; corpus?: readonly string[] } = {},
): SeededServer {
  const state = {} as { graph: GraphConnection; server: TestServer };
  const { corpus, ...serverOptions } = options;
  beforeAll(async () => {
    state.graph = await seedTestGraph(corpus);
    state.server = await startTestServer({ graph: state.graph, ...serverOptions });
  });
  afterAll(async () => {
    await state.server?.close();
    await state.graph?.close();
  });
  return state;
}
