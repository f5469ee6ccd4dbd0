// GET /api/session — the per-start local session key that lets the page's feed buttons (GraphQL mutations, which
// always need a key) work on the default keyless loopback start. Real server, real Neo4j, real HTTP: the key is
// handed only to this machine's own page (CSRF header, same Origin, loopback Host), and a mutation with it succeeds
// while one without any key is 401. With configured keys, or bound beyond loopback, there is no local key.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { gql, startTestServer, type TestServer } from '../support/server.ts';
import { freshTestGraph } from '../support/testGraph.ts';

const PAGE = { 'x-newsgraph-upload': '1' };

/** A raw GET (fetch cannot set Host): what a DNS-rebinding page's request looks like to the server. */
function rawGet(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: Record<string, any> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function session(base: string, headers: Record<string, string> = PAGE) {
  const res = await fetch(`${base}/api/session`, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
}

const ADD_FEED = 'mutation ($url: String!) { addFeed(url: $url) { url } }';

describe('GET /api/session on the default start (loopback, no keys)', () => {
  let graph: GraphConnection;
  let server: TestServer;
  beforeAll(async () => {
    graph = await freshTestGraph();
    // A configured CORS origin must still not receive the key (the route is same-origin only).
    server = await startTestServer({ graph, config: { corsOrigins: ['http://allowed.example'] } });
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });
  const port = () => Number(new URL(server.url).port);

  it('gives this machine’s page a random key, not cached, with no CORS header', async () => {
    const res = await session(server.url, { ...PAGE, origin: server.url });
    expect(res.status).toBe(200);
    expect(res.body.key).toMatch(/^[\w-]{43}$/); // 32 random bytes, base64url
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    // Asked again: the same key for the lifetime of this process.
    expect((await session(server.url)).body.key).toBe(res.body.key);
  });

  it('refuses a request without the CSRF header', async () => {
    const res = await session(server.url, {});
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('CSRF_HEADER_MISSING');
    expect(res.body.key).toBeUndefined();
  });

  it('refuses a foreign Origin — even one configured for CORS — and adds no CORS header', async () => {
    for (const origin of ['http://evil.example', 'http://allowed.example']) {
      const res = await session(server.url, { ...PAGE, origin });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN_ORIGIN');
      expect(res.body.key).toBeUndefined();
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('refuses a non-loopback Host (DNS rebinding), with or without a matching Origin', async () => {
    const host = `rebind.example:${port()}`;
    for (const headers of [
      { ...PAGE, host },
      { ...PAGE, host, origin: `http://${host}` },
    ]) {
      const res = await rawGet(port(), '/api/session', headers);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN_HOST');
      expect(res.body.key).toBeUndefined();
    }
    // The same raw request with a loopback Host is answered: the Host header is what was refused.
    const ok = await rawGet(port(), '/api/session', { ...PAGE, host: `127.0.0.1:${port()}` });
    expect(ok.status).toBe(200);
  });

  it('a mutation (addFeed) with the session key succeeds; without a key, or with a wrong one, it is 401', async () => {
    const url = 'http://127.0.0.1:9/session-test.xml';
    const none = await gql(server.url, ADD_FEED, { url });
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await gql(server.url, ADD_FEED, { url }, { authorization: 'Bearer not-the-session-key' });
    expect(wrong.status).toBe(401);
    const { key } = (await session(server.url)).body;
    const added = await gql<{ addFeed: { url: string } }>(
      server.url,
      ADD_FEED,
      { url },
      { authorization: `Bearer ${key}` },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addFeed.url).toBe(url);
    const listed = await gql<{ feeds: { url: string }[] }>(server.url, '{ feeds { url } }');
    expect(listed.data?.feeds.map((f) => f.url)).toEqual([url]);
  });

  it('accepts only GET', async () => {
    const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: PAGE });
    expect(res.status).toBe(405);
  });
});

describe('GET /api/session with API keys configured', () => {
  let graph: GraphConnection;
  let server: TestServer;
  const KEY = 'session-test-key-0123456789';
  beforeAll(async () => {
    graph = await freshTestGraph();
    server = await startTestServer({ graph, apiKeys: [KEY] });
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('is absent (404 with the way forward), and mutations take only the configured key', async () => {
    const res = await session(server.url, { ...PAGE, origin: server.url });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NO_LOCAL_SESSION');
    expect(res.body.error.message).toContain('API key');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const url = 'http://127.0.0.1:9/keyed.xml';
    expect((await gql(server.url, ADD_FEED, { url })).status).toBe(401);
    const added = await gql(server.url, ADD_FEED, { url }, { authorization: `Bearer ${KEY}` });
    expect(added.errors).toBeUndefined();
  });
});
