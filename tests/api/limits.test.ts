import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { gql, seedTestGraph, startTestServer, type TestServer } from '../support/server.ts';

describe('limits answer with clear GraphQL errors', () => {
  let graph: GraphConnection;
  let server: TestServer;
  let fast: TestServer;
  beforeAll(async () => {
    graph = await seedTestGraph();
    server = await startTestServer({ graph, config: { maxDepth: 8, maxCost: 5000 } });
    fast = await startTestServer({ graph, config: { queryTimeoutMs: 1 } });
  });
  afterAll(async () => {
    await server?.close();
    await fast?.close();
    await graph?.close();
  });

  it('too deep', async () => {
    const r = await gql(
      server.url,
      `{ entity(id: "country:MX") { statements { edges { node { evidence { article { mentions { entity { roles { holder { name } } } } } } } } } } }`,
    );
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.extensions?.code).toBe('DEPTH_LIMIT_EXCEEDED');
    expect(r.errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 8/);
  });

  it('too costly', async () => {
    const r = await gql(
      server.url,
      `{ entities(first: 200) { edges { node { statements(first: 100) { edges { node { text evidence { sentence } } } } } } } }`,
    );
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', maxCost: 5000 });
    expect(r.errors?.[0]?.message).toMatch(/estimated cost is \d+, over the limit of 5000/);
  });

  it('page too large, bad cursor, bad window, bad hops', async () => {
    const big = await gql(server.url, `{ statements(first: 1000) { totalCount } }`);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'PAGE_SIZE_EXCEEDED', max: 200 });
    const cursor = await gql(server.url, `{ statements(after: "nonsense") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const window = await gql(
      server.url,
      `{ network(input: { window: { from: "2026-02-01", to: "2026-01-01" } }) { edges { id } } }`,
    );
    expect(window.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(window.errors?.[0]?.message).toMatch(/after/);
    const date = await gql(server.url, `query($w: TimeWindow) { network(input: { window: $w }) { edges { id } } }`, {
      w: { from: '2026-02-30' },
    });
    expect(date.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(date.errors?.[0]?.message).toMatch(/not a calendar date/);
    const literal = await gql(server.url, `{ network(input: { window: { from: "9 Jan" } }) { edges { id } } }`);
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const hops = await gql(server.url, `{ network(input: { centerIds: ["country:MX"], hops: 9 }) { edges { id } } }`);
    expect(hops.errors?.[0]?.message).toMatch(/hops must be an integer from 1 to 3/);
  });

  it('the per-request time limit stops the work and says so', async () => {
    const started = Date.now();
    const r = await gql(
      fast.url,
      `{ network(input: { hops: 3, centerIds: ["country:MX"] }) { edges { id } } centrality(measure: BETWEENNESS) { score } }`,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.errors?.length).toBeGreaterThan(0);
    for (const e of r.errors!) {
      expect(e.extensions?.code).toBe('TIMEOUT');
      expect(e.message).toMatch(/time limit of 1 ms/);
      expect(JSON.stringify(e)).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('unknown ids are null, not errors', async () => {
    const r = await gql(
      server.url,
      `{ entity(id: "person:nobody") { id } article(id: "article:none") { id } node(id: "event:none") { id } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ entity: null, article: null, node: null });
  });
});
