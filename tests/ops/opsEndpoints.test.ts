// Issue 12 §4: the operator's endpoints on the real HTTP server over the real test Neo4j — /healthz, /readyz and
// /metrics shapes, the request id from x-request-id to the response header and error extensions, and /metrics
// behind an API key once the server listens beyond loopback.
import { describe, expect, it } from 'vitest';
import { gql, startTestServer, useSeededServer } from '../support/server.ts';

describe('operations endpoints', () => {
  const seeded = useSeededServer();

  it('GET /healthz: alive; GET /readyz: ready with the database up and no schema file pending', async () => {
    const health = await fetch(`${seeded.server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', uptimeSeconds: expect.any(Number) });
    const ready = await fetch(`${seeded.server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toMatchObject({ status: 'ready', database: { state: 'up', since: expect.any(String) } });
    expect((await fetch(`${seeded.server.url}/readyz`, { method: 'POST' })).status).toBe(405);
  });

  it('GET /metrics: request latency by operation, Neo4j transaction time, ingest and feed counters, process metrics', async () => {
    const named = await gql(seeded.server.url, 'query OpsProbe { stats { articles } }');
    expect(named.errors).toBeUndefined();
    const res = await fetch(`${seeded.server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(
      /^newsgraph_graphql_request_duration_seconds_bucket\{le="\+Inf",operation="OpsProbe",status="200"\} [1-9]/m,
    );
    expect(text).toMatch(
      /^newsgraph_graphql_request_duration_seconds_count\{operation="OpsProbe",status="200"\} [1-9]/m,
    );
    expect(text).toMatch(/^newsgraph_neo4j_transaction_duration_seconds_count\{mode="read",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^# TYPE newsgraph_articles_written_total counter$/m);
    expect(text).toMatch(/^# TYPE newsgraph_feed_polls_total counter$/m);
    expect(text).toMatch(/^newsgraph_neo4j_up 1$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('x-request-id: a plain token is kept, echoed and put in error extensions; anything else is replaced', async () => {
    const kept = await gql(seeded.server.url, '{ nope }', {}, { 'x-request-id': 'trace-42.a:b' });
    expect(kept.headers.get('x-request-id')).toBe('trace-42.a:b');
    expect(kept.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      requestId: 'trace-42.a:b',
    });
    const replaced = await gql(seeded.server.url, '{ nope }', {}, { 'x-request-id': 'bad id\twith "quotes"' });
    const id = replaced.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.errors?.[0]?.extensions?.requestId).toBe(id);
    const fresh = await gql(seeded.server.url, '{ stats { articles } }');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.headers.get('x-request-id')).not.toBe(id);
  });

  it('/metrics needs an API key when the server listens beyond loopback; health endpoints stay open', async () => {
    const key = 'ops-test-key-0123456789abcdef';
    const open = await startTestServer({ graph: seeded.graph, apiKeys: [key], config: { host: '0.0.0.0' } });
    try {
      const anonymous = await fetch(`${open.url}/metrics`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).toMatch(/Authorization: Bearer/);
      expect(
        (await fetch(`${open.url}/metrics`, { headers: { authorization: 'Bearer wrong-key-0123456789abcdef' } }))
          .status,
      ).toBe(401);
      const keyed = await fetch(`${open.url}/metrics`, { headers: { authorization: `Bearer ${key}` } });
      expect(keyed.status).toBe(200);
      expect(await keyed.text()).toMatch(/newsgraph_neo4j_up/);
      expect((await fetch(`${open.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${open.url}/healthz`)).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});
