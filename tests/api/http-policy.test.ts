import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { startApiServer, loadApiConfig, PortInUseError } from '@newsgraph/api';
import { freshTestGraph } from '../support/testGraph.ts';
import { gql, startTestServer, type TestServer } from '../support/server.ts';

// CSRF prevention, CORS, error masking in production, the offline GraphiQL page and the web files.
describe('HTTP policy', () => {
  let graph: GraphConnection;
  let server: TestServer;
  let production: TestServer;
  let cors: TestServer;
  beforeAll(async () => {
    graph = await freshTestGraph();
    server = await startTestServer({ graph });
    production = await startTestServer({ graph, config: { production: true } });
    cors = await startTestServer({ graph, config: { corsOrigins: ['http://localhost:5173'] } });
  });
  afterAll(async () => {
    await server?.close();
    await production?.close();
    await cors?.close();
    await graph?.close();
  });

  it('CSRF: a simple (form-like) request is refused; JSON and preflighted GETs pass', async () => {
    const simple = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF|preflight/i);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { articles } }')}`);
    expect(get.status).toBe(400);
    const getOk = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { articles } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(getOk.status).toBe(200);
    const json = await gql(server.url, '{ stats { articles } }');
    expect(json.data!.stats.articles).toBe(0);
  });

  it('CORS: only configured origins get access headers; preflight answered', async () => {
    const allowed = await fetch(`${cors.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const other = await gql(cors.url, '{ stats { articles } }', {}, { origin: 'http://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const none = await gql(server.url, '{ stats { articles } }', {}, { origin: 'http://localhost:5173' });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('production masks internal errors but keeps client errors; never a stack trace', async () => {
    // A connection closed under the server is an internal failure.
    const broken = await freshTestGraph();
    const srv = await startTestServer({ graph: broken, config: { production: true } });
    const dev = await startTestServer({ graph: broken });
    await broken.close();
    try {
      const masked = await gql(srv.url, '{ stats { articles } }');
      expect(masked.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(masked.errors)).not.toMatch(/stacktrace|Pool|driver|closed/i);
      const shown = await gql(dev.url, '{ stats { articles } }');
      expect(shown.errors?.[0]?.message).not.toBe('Internal server error');
      expect(JSON.stringify(shown.errors)).not.toMatch(/stacktrace/);
    } finally {
      await srv.close();
      await dev.close();
    }
    const client = await gql(production.url, '{ statements(first: 5000) { totalCount } }');
    expect(client.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
    const syntax = await gql(production.url, '{ stats { ');
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const broken2 = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(broken2.status).toBe(400);
  });

  it('GET /graphql from a browser serves the offline GraphiQL page; / serves the web page with SPA fallback', async () => {
    const ide = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(ide.status).toBe(200);
    const html = await ide.text();
    expect(html).toMatch(/graphiql/i);
    // Offline: every script and stylesheet is served by us, none from a CDN.
    const external = [...html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual([]);
    for (const [, asset] of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) {
      expect((await fetch(`${server.url}${asset}`)).status).toBe(200);
    }
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toMatch(/<div id="root"|<html/i);
    const deep = await fetch(`${server.url}/entity/person:claudia-sheinbaum`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('a busy port is a clear error', async () => {
    const port = Number(new URL(server.url).port);
    await expect(
      startApiServer({ graph, config: { ...loadApiConfig({}), host: '127.0.0.1', port }, log: () => {} }),
    ).rejects.toBeInstanceOf(PortInUseError);
  });
});
