import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, type GraphConnection } from '@newsgraph/graph';
import { ingestPaths } from '@newsgraph/ingest';
import { createClient } from 'graphql-sse';
import { startTestServer, type TestServer } from '../support/server.ts';
import { freshTestGraph } from '../support/testGraph.ts';

const KEY = 'upload-test-key-0123456789';

/** One file to POST /api/articles as the page sends it. */
async function upload(base: string, name: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/articles?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-newsgraph-upload': '1', ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** A raw request (fetch cannot set Host): for the DNS-rebinding guard. */
function rawPost(
  port: number,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const md = (title: string, body: string) =>
  `---\ntitle: ${title}\npublishedAt: 2026-03-04\nsource: Upload Test Wire\nurl: https://example.org/${encodeURIComponent(title)}\n---\n${body}\n`;

describe('POST /api/articles (the page upload) on loopback, no key configured', () => {
  let graph: GraphConnection;
  let server: TestServer;
  beforeAll(async () => {
    graph = await freshTestGraph();
    server = await startTestServer({ graph, config: { maxUploadBytes: 64 * 1024 } });
  });
  afterAll(() => server?.close());

  it('ingests a Markdown file, and the same file twice changes nothing', async () => {
    const file = md(
      'Lopez meets Carney',
      'Mexican President Andrés Manuel López Obrador met Canadian Prime Minister Mark Carney in Ottawa on Tuesday. "We agreed to expand trade," Carney said.',
    );
    const first = await upload(server.url, 'lopez.md', file);
    expect(first.status).toBe(200);
    expect(first.body.result).toMatchObject({ status: 'ok', articles: { total: 1, new: 1, failed: 0 }, errors: [] });
    expect(first.body.result.written.entities).toBeGreaterThan(0);
    const before = await countGraph(graph);
    const again = await upload(server.url, 'lopez.md', file);
    expect(again.body.result).toMatchObject({ status: 'ok', articles: { new: 0, unchanged: 1 } });
    expect(await countGraph(graph)).toEqual(before);
  });

  it('reads every format the CLI reads: text, HTML, JSON, JSONL and RSS', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><title>Brazil and Argentina sign accord</title><link>https://example.org/rss-1</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
      <description>Brazil and Argentina signed a trade accord in Buenos Aires on Monday.</description></item></channel></rss>`;
    const cases: [string, string, number][] = [
      ['note.txt', 'Chile protests\n\nChilean President Gabriel Boric criticised Peru on Monday.', 1],
      [
        'page.html',
        '<html><head><title>Japan visit</title><link rel="canonical" href="https://example.org/japan"></head><body><article><h1>Japan visit</h1><p>Japanese Prime Minister Shigeru Ishiba visited Seoul on Friday and met South Korean officials.</p></article></body></html>',
        1,
      ],
      [
        'one.json',
        JSON.stringify({
          title: 'Kenya aid',
          publishedAt: '2026-03-05',
          text: 'Kenya received aid from Germany on Thursday.',
        }),
        1,
      ],
      [
        'two.jsonl',
        `${JSON.stringify({ title: 'India talks', publishedAt: '2026-03-06', text: 'India and Pakistan held talks in Geneva.' })}\n${JSON.stringify({ title: 'Egypt talks', publishedAt: '2026-03-07', text: 'Egypt hosted Israeli negotiators in Cairo.' })}\n`,
        2,
      ],
      ['wire.rss', rss, 1],
    ];
    for (const [name, content, n] of cases) {
      const { status, body } = await upload(server.url, name, content);
      expect({
        name,
        status,
        result: body.result.status,
        total: body.result.articles.total,
        failed: body.result.articles.failed,
      }).toEqual({ name, status: 200, result: 'ok', total: n, failed: 0 });
    }
  });

  it('refuses a ---js front matter without running it, and writes nothing', async () => {
    const before = await countGraph(graph);
    const evil = `---js\n{ title: (globalThis.__uploadPwned = true, 'x') }\n---\nMexico and Canada signed a deal.`;
    const { status, body } = await upload(server.url, 'evil.md', evil);
    expect(status).toBe(422);
    expect(body.result.status).toBe('refused');
    expect(body.result.errors[0].code).toBe('BAD_FRONT_MATTER');
    expect((globalThis as Record<string, unknown>).__uploadPwned).toBeUndefined();
    expect(await countGraph(graph)).toEqual(before);
  });

  it('refuses a whole file when one of its lines is bad (nothing half-written), saying which line', async () => {
    const before = await countGraph(graph);
    const jsonl = `${JSON.stringify({ title: 'Good line', publishedAt: '2026-03-08', text: 'France and Italy met in Rome.' })}\n{"title": "Bad date", "publishedAt": "2026-03-010", "text": "x"}\n`;
    const { status, body } = await upload(server.url, 'mixed.jsonl', jsonl);
    expect(status).toBe(422);
    expect(body.result.errors).toHaveLength(1);
    expect(body.result.errors[0]).toMatchObject({ origin: 'mixed.jsonl:2', code: 'INVALID_ARTICLE' });
    expect(body.result.errors[0].message).toMatch(/publishedAt/);
    expect(await countGraph(graph)).toEqual(before);
  });

  it('gives clear errors for a file name without a format, an empty file, an oversized body and a missing CSRF header', async () => {
    expect((await upload(server.url, 'notes.docx', 'x')).body.result.errors[0].code).toBe('UNSUPPORTED');
    expect((await upload(server.url, 'empty.md', '')).body.result.errors[0].code).toBe('EMPTY_FILE');
    const big = await upload(server.url, 'big.txt', 'a'.repeat(65 * 1024));
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'TOO_LARGE' } } });
    const noName = await upload(server.url, '', 'x');
    expect(noName).toMatchObject({ status: 400, body: { error: { code: 'BAD_FILE_NAME' } } });
    const res = await fetch(`${server.url}/api/articles?name=a.txt`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'Mexico and Canada met.',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('CSRF_HEADER_MISSING');
    const foreign = await upload(server.url, 'a.txt', 'Mexico and Canada met.', { origin: 'https://evil.example' });
    expect(foreign).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN_ORIGIN' } } });
  });

  it('refuses a non-loopback Host header without a key (DNS rebinding)', async () => {
    const port = Number(new URL(server.url).port);
    const res = await rawPost(
      port,
      '/api/articles?name=a.txt',
      { host: 'attacker.example:80', 'x-newsgraph-upload': '1' },
      'Mexico and Canada met.',
    );
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('FORBIDDEN_HOST');
  });

  it('streams progress lines, then the result, when asked for NDJSON', async () => {
    const res = await fetch(`${server.url}/api/articles?name=stream.jsonl`, {
      method: 'POST',
      headers: { 'x-newsgraph-upload': '1', accept: 'application/x-ndjson' },
      body: [1, 2, 3]
        .map((i) =>
          JSON.stringify({
            title: `Streamed ${i}`,
            publishedAt: '2026-03-09',
            text: `Spain and Portugal met in Madrid, round ${i}.`,
          }),
        )
        .join('\n'),
    });
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ progress: { phase: 'read', articles: 3 } });
    expect(lines.filter((l) => l.progress?.phase === 'ingesting').map((l) => l.progress.done)).toEqual([1, 2, 3]);
    expect(lines.at(-1).result).toMatchObject({ status: 'ok', articles: { new: 3 } });
  });

  it('refuses queries on the stream endpoint (they belong to POST /graphql)', async () => {
    const client = createClient({ url: `${server.url}/graphql/stream`, retryAttempts: 0 });
    const events = client.iterate({ query: '{ stats { articles } }' });
    await expect(events.next()).rejects.toBeDefined();
    client.dispose();
  });
});

async function waitFor(check: () => Promise<boolean>) {
  for (;;) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Event streams the server holds open (the same process: the test reads the watcher's own count). */
async function subscriberCount(server: TestServer): Promise<number> {
  return server.liveSubscribers();
}

describe('live updates over SSE (a server that has seen no other write)', () => {
  let graph: GraphConnection;
  let server: TestServer;
  beforeAll(async () => {
    graph = await freshTestGraph();
    server = await startTestServer({ graph });
  });
  afterAll(() => server?.close());

  it('pushes an event over the SSE subscription when pnpm-ingest-style writes reach Neo4j directly', async () => {
    const client = createClient({ url: `${server.url}/graphql/stream`, retryAttempts: 0 });
    const events = client.iterate<{
      articlesWritten: {
        articles: {
          id: string;
          title: string;
          entities: number;
          facts: number;
          entityIds: string[];
          publishedAt: string | null;
        }[];
      };
    }>({
      query: 'subscription { articlesWritten { articles { id title publishedAt entities facts entityIds } } }',
    });
    try {
      const first = events.next(); // opens the stream
      // Written the way `pnpm ingest` writes into a running start: straight to Neo4j, not through this server.
      const dir = mkdtempSync(join(tmpdir(), 'live-'));
      writeFileSync(
        join(dir, 'cli.md'),
        md(
          'Sheinbaum calls Trudeau',
          'Mexican President Claudia Sheinbaum called Canadian Prime Minister Justin Trudeau on Wednesday.',
        ),
      );
      // The stream must be open before the write, or the write is before the subscription: wait for the server to
      // hold it (a stream that fails first fails the test here, with its own error).
      await Promise.race([waitFor(async () => (await subscriberCount(server)) > 0), first.then(() => undefined)]);
      const summary = await ingestPaths(graph, [dir], { workers: 0 });
      expect(summary.articles.new).toBe(1);
      type Written = {
        id: string;
        title: string;
        entities: number;
        facts: number;
        entityIds: string[];
        publishedAt: string | null;
      };
      let article: Written | undefined;
      let result = await first;
      for (;;) {
        expect(result.done).toBe(false);
        article = (
          result.value as { data: { articlesWritten: { articles: Written[] } } }
        ).data.articlesWritten.articles.find((a) => a.title === 'Sheinbaum calls Trudeau');
        if (article) break;
        result = await events.next();
      }
      expect(article.publishedAt).toMatch(/^2026-03-04/);
      expect(article.entities).toBeGreaterThan(0);
      expect(article.entityIds.length).toBe(article.entities);
    } finally {
      await events.return?.();
      client.dispose();
    }
  });
});

describe('POST /api/articles bound to another interface', () => {
  let graph: GraphConnection;
  afterAll(() => undefined);
  beforeAll(async () => {
    graph = await freshTestGraph();
  });

  it('is off without configured keys, and needs the key once keys are set', async () => {
    const open = await startTestServer({ graph, config: { host: '0.0.0.0' } });
    try {
      expect(await upload(open.url, 'a.txt', 'Mexico and Canada met.')).toMatchObject({
        status: 403,
        body: { error: { code: 'UPLOADS_DISABLED' } },
      });
    } finally {
      await open.close();
    }
    const keyed = await startTestServer({ graph, apiKeys: [KEY], config: { host: '0.0.0.0' } });
    try {
      const before = await countGraph(graph);
      expect(await upload(keyed.url, 'a.txt', 'Mexico and Canada met in Ottawa.')).toMatchObject({
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED' } },
      });
      expect(
        await upload(keyed.url, 'a.txt', 'Mexico and Canada met in Ottawa.', {
          authorization: 'Bearer wrong-key-0123456789',
        }),
      ).toMatchObject({ status: 401 });
      expect(await countGraph(graph)).toEqual(before);
      const ok = await upload(keyed.url, 'a.txt', 'Mexico and Canada met in Ottawa.', {
        authorization: `Bearer ${KEY}`,
      });
      expect(ok).toMatchObject({ status: 200, body: { result: { status: 'ok', articles: { new: 1 } } } });
    } finally {
      await keyed.close();
    }
  });
});
