// Issue 12 §5: admission control over real HTTP and a real Neo4j. A gate holds requests inside execution (their first
// read waits on it before reaching Neo4j), so "N are running" is a fact the test controls, not a race against a slow
// query: request N+1 then waits in the queue (seen on /metrics, which itself must answer while reads queue), runs once
// a slot frees, and a queued request whose deadline passes answers TIMEOUT having opened no transaction. A full queue
// answers 503 OVERLOADED with Retry-After at once; a client that disconnects while queued leaves the queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphConnection, type TransactionOptions } from '@newsgraph/graph';
import type { ApiConfig } from '@newsgraph/api';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/server.ts';
import { freshTestGraph } from '../support/testGraph.ts';

type Transaction = Parameters<Parameters<GraphConnection['read']>[0]>[0];

/** The product's connection, except that a GraphQL request's reads (tagged with its request id) wait for `open()`. */
class GatedGraph extends GraphConnection {
  /** Request ids whose first read reached the gate, in arrival order. */
  readonly arrived: string[] = [];
  private opened!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.opened = resolve));
  open(): void {
    this.opened();
  }
  override close(): Promise<void> {
    this.open();
    return Promise.resolve(); // the driver is closed by the plain connection it was borrowed from
  }
  override async read<T>(work: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const requestId = options.metadata?.requestId;
    if (typeof requestId === 'string') {
      if (!this.arrived.includes(requestId)) this.arrived.push(requestId);
      await this.gate;
    }
    return super.read(work, options);
  }
}

const SEARCH = '{ searchEntities(query: "anything", first: 1) { score } }';

/** Polls a condition (no fixed sleep): the queue's state is seen on /metrics, the gate's in `arrived`. */
async function until(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > 60_000) throw new Error(`still waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** One series' value on the server's /metrics (0 when absent). */
async function metric(server: TestServer, series: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/** POSTs the search as `gql` does, with a request id the gate records and a signal to hang up with. */
async function send(server: TestServer, requestId: string, signal?: AbortSignal): Promise<GraphQLResponse> {
  const res = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ query: SEARCH }),
    signal,
  });
  const body = (await res.json()) as Pick<GraphQLResponse, 'data' | 'errors'>;
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

describe('admission control', () => {
  let base: GraphConnection;
  let graph: GatedGraph;
  let server: TestServer | undefined;

  beforeAll(async () => {
    base = await freshTestGraph();
  });
  afterAll(async () => {
    await server?.close();
    await base?.close();
  });

  async function serve(config: Partial<ApiConfig>): Promise<TestServer> {
    await server?.close();
    graph?.open();
    graph = new GatedGraph(base.driver, base.database);
    server = await startTestServer({ graph, config });
    return server;
  }

  it('runs N at once: request N+1 waits in the queue, then runs when a slot frees', async () => {
    const s = await serve({ maxConcurrentRequests: 2, maxQueuedRequests: 10, queryTimeoutMs: 120_000 });
    const running = [send(s, 'held-1'), send(s, 'held-2')];
    await until('two requests inside execution', () => graph.arrived.length === 2);
    const third = send(s, 'queued-3');
    await until('the third request queued', async () => (await metric(s, 'newsgraph_admission_queued')) === 1);
    expect(graph.arrived).toEqual(['held-1', 'held-2']);
    expect(await metric(s, 'newsgraph_admission_active')).toBe(2);
    graph.open();
    for (const r of await Promise.all([...running, third])) {
      expect(r.errors).toBeUndefined();
      expect(r.status).toBe(200);
    }
    expect(graph.arrived).toEqual(['held-1', 'held-2', 'queued-3']);
    expect(await metric(s, 'newsgraph_admission_queued')).toBe(0);
    expect(await metric(s, 'newsgraph_admission_wait_seconds_count')).toBe(3);
  });

  it('a request whose deadline passes while queued answers TIMEOUT and opens no transaction', async () => {
    const s = await serve({ maxConcurrentRequests: 1, maxQueuedRequests: 10, queryTimeoutMs: 5_000 });
    const held = send(s, 'held');
    await until('one request inside execution', () => graph.arrived.length === 1);
    const before = base.queries.count + graph.queries.count;
    const queued = send(s, 'expires-in-queue');
    await until('the request queued', async () => (await metric(s, 'newsgraph_admission_queued')) === 1);
    const r = await queued;
    expect(r.status).toBe(503);
    expect(r.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(await metric(s, 'newsgraph_admission_queued')).toBe(0);
    expect(await metric(s, 'newsgraph_admission_refused_total{reason="expired"}')).toBe(1);
    // Nothing of it reached the gate or Neo4j (the held request is still held, so it opened none either).
    expect(graph.arrived).toEqual(['held']);
    expect(base.queries.count + graph.queries.count).toBe(before);
    graph.open();
    await held;
  });

  it('a full queue answers 503 OVERLOADED with Retry-After at once; a client that leaves is taken out of the queue', async () => {
    const s = await serve({ maxConcurrentRequests: 1, maxQueuedRequests: 1, queryTimeoutMs: 120_000, maxCost: 1_000 });
    const held = send(s, 'held');
    await until('one request inside execution', () => graph.arrived.length === 1);
    const leaving = new AbortController();
    const queued = send(s, 'queued', leaving.signal).catch((e: unknown) => e as Error);
    await until('the request queued', async () => (await metric(s, 'newsgraph_admission_queued')) === 1);
    const before = graph.queries.count;
    const refused = await send(s, 'refused');
    expect(refused.status).toBe(503);
    expect(refused.errors?.[0]?.extensions?.code).toBe('OVERLOADED');
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await metric(s, 'newsgraph_admission_refused_total{reason="overloaded"}')).toBe(1);
    // A request the cost check refuses gets its own answer, not a place in (or a refusal from) the queue.
    const aliases = Array.from({ length: 12 }, (_, i) => `s${i}: searchEntities(query: "x", first: 1) { score }`);
    const tooCostly = await fetch(s.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${aliases.join(' ')} }` }),
    });
    expect(tooCostly.status).toBe(400);
    expect(((await tooCostly.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    // The health routes are not behind the queue.
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
    leaving.abort();
    expect(((await queued) as Error).name).toBe('AbortError');
    await until(
      'the departed request out of the queue',
      async () => (await metric(s, 'newsgraph_admission_queued')) === 0,
    );
    expect(await metric(s, 'newsgraph_admission_refused_total{reason="aborted"}')).toBe(1);
    graph.open();
    expect((await held).status).toBe(200);
    expect(graph.arrived).toEqual(['held']);
    expect(graph.queries.count - before).toBe(1); // the held request's one search, nothing of the other two
  });
});
