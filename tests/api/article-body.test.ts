// Article.body, the paged reader's API (issue 12 §2 "the reader paged"): pages of chunks over real HTTP and a real
// Neo4j, for a ~1 MB article written with the product's writer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { withFragments } from '../../packages/web/src/api/graphqlClient.ts';
import { ARTICLE, ARTICLE_BODY } from '../../packages/web/src/api/operations.ts';
import { createHash } from 'node:crypto';
import { writeArticleBatch } from '@newsgraph/graph';
import { buildLargeArticle, LARGE_ARTICLE_ID, writeLargeArticle, type LargeArticle } from '../support/largeArticle.ts';
import { countNeo4jAnswerBytes } from '../support/neo4jAnswerBytes.ts';
import { gql, startTestServer, type TestServer } from '../support/server.ts';
import { freshTestGraph } from '../support/testGraph.ts';

interface Chunk {
  index: number;
  start: number;
  end: number;
  text: string;
}
interface BodyPage {
  chunks: Chunk[];
  totalCount: number;
  length: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const BODY = `query ($id: ID!, $first: Int, $after: String, $at: Int) {
  article(id: $id) {
    body(first: $first, after: $after, at: $at) {
      chunks { index start end text }
      totalCount
      length
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

let graph: GraphConnection;
let server: TestServer;
let layout: LargeArticle;
let neo4jBytes: () => number;

async function page(variables: Record<string, unknown>) {
  const res = await gql<{ article: { body: BodyPage } }>(server.url, BODY, { id: LARGE_ARTICLE_ID, ...variables });
  return res;
}

beforeAll(async () => {
  graph = await freshTestGraph();
  layout = await writeLargeArticle(graph);
  neo4jBytes = countNeo4jAnswerBytes(graph);
  server = await startTestServer({ graph });
});
afterAll(async () => {
  await server?.close();
  await graph?.close();
});

describe('Article.body', () => {
  it('the first page is 20 chunks from the body start (no page chrome), and a small answer for a large article', async () => {
    expect(layout.text.length).toBeGreaterThan(800_000);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: BODY, variables: { id: LARGE_ARTICLE_ID } }),
    });
    const raw = await res.text();
    expect(res.status).toBe(200);
    const body = (JSON.parse(raw) as { data: { article: { body: BodyPage } } }).data.article.body;
    expect(body.chunks).toHaveLength(20);
    expect(body.chunks[0]).toMatchObject({ index: 0, start: layout.bodyStart });
    expect(body.chunks[0]!.text.startsWith('Paragraph 0.')).toBe(true);
    expect(body.length).toBe(layout.bodyEnd - layout.bodyStart);
    expect(body.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // 20 paragraphs of ~330 characters and one 9 000-character line in pieces: tens of kilobytes, not a megabyte.
    expect(raw.length).toBeLessThan(40_000);
  });

  it('paging with after visits every chunk once, in order, each exactly its slice of the text, none over 2 000 characters', async () => {
    const seen: Chunk[] = [];
    let after: string | null = null;
    let total = -1;
    for (let guard = 0; guard < 100; guard++) {
      const res = await page({ first: 100, after });
      expect(res.errors).toBeUndefined();
      const body = res.data!.article.body;
      total = body.totalCount;
      seen.push(...body.chunks);
      expect(body.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!body.pageInfo.hasNextPage) break;
      expect(body.chunks).toHaveLength(100);
      after = body.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(seen.map((c) => c.index)).toEqual(seen.map((_, i) => i));
    for (const [i, c] of seen.entries()) {
      expect(c.text).toBe(layout.text.slice(c.start, c.end));
      expect(c.text.length).toBeLessThanOrEqual(2_000);
      expect(c.text.trim()).toBe(c.text);
      if (i > 0) expect(c.start).toBeGreaterThanOrEqual(seen[i - 1]!.end);
    }
    expect(seen.at(-1)!.end).toBe(layout.bodyEnd);
    expect(seen.some((c) => c.text.includes('Skip to content') || c.text.includes('Reader comments'))).toBe(false);
    // The one-line paragraph comes in pieces cut at spaces that together are the line.
    const pieces = seen.filter((c) => c.start >= layout.longLine.start && c.end <= layout.longLine.end);
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    expect(pieces.map((c) => c.text).join(' ')).toBe(layout.text.slice(layout.longLine.start, layout.longLine.end));
    // Every other paragraph is one chunk.
    expect(total).toBe(layout.paragraphs - 1 + pieces.length);
  });

  it('after the last cursor: an empty page that says so; first: 0 is an empty page with the totals', async () => {
    const total = (await page({ first: 1 })).data!.article.body.totalCount;
    const last = await page({ first: 1, at: layout.bodyEnd - 1 });
    const lastBody = last.data!.article.body;
    expect(lastBody.chunks[0]!.index).toBe(total - 1);
    expect(lastBody.pageInfo.hasNextPage).toBe(false);
    const beyond = (await page({ first: 5, after: lastBody.pageInfo.endCursor })).data!.article.body;
    expect(beyond.chunks).toEqual([]);
    expect(beyond.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    const none = (await page({ first: 0 })).data!.article.body;
    expect(none).toMatchObject({ chunks: [], totalCount: total });
  });

  it('at opens the page holding an offset: the late fact sentence is on it, with the chunks before it left out', async () => {
    const res = await page({ first: 3, at: layout.late.start });
    expect(res.errors).toBeUndefined();
    const body = res.data!.article.body;
    const first = body.chunks[0]!;
    expect(first.start).toBeLessThanOrEqual(layout.late.start);
    expect(first.end).toBeGreaterThanOrEqual(layout.late.end);
    expect(first.text).toContain('the late agreement would hold until spring');
    expect(body.pageInfo.hasPreviousPage).toBe(true);
    // The cursor continues from there.
    const next = (await page({ first: 1, after: body.pageInfo.endCursor })).data!.article.body;
    expect(next.chunks[0]!.index).toBe(first.index + 3);
    // An offset in the chrome before the body opens the first chunk; past the body, an empty page.
    expect((await page({ first: 1, at: 0 })).data!.article.body.chunks[0]!.index).toBe(0);
    expect((await page({ first: 1, at: layout.text.length + 10 })).data!.article.body.chunks).toEqual([]);
  });

  it('bad paging input is a 400 with a code, not a half answer', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 101 }, 'PAGE_SIZE_EXCEEDED'],
      [{ first: -1 }, 'BAD_USER_INPUT'],
      [{ after: 'not-a-cursor' }, 'BAD_USER_INPUT'],
      [{ at: -5 }, 'BAD_USER_INPUT'],
      [{ at: 10, after: 'bzo1' }, 'BAD_USER_INPUT'],
    ];
    for (const [variables, code] of cases) {
      const res = await page(variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
      expect(res.data?.article ?? null).toBeNull();
    }
  });

  it('is priced by its page size: 100 chunks pass the default cost limit, 30 aliases of them do not', async () => {
    expect((await page({ first: 100 })).errors).toBeUndefined();
    const aliases = Array.from({ length: 30 }, (_, i) => `b${i}: body(first: 100) { chunks { text } }`).join(' ');
    const res = await gql(server.url, `{ article(id: "${LARGE_ARTICLE_ID}") { ${aliases} } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('a page reads from Neo4j about what it answers, not the whole text (review finding: every page re-read 822 KB)', async () => {
    // The page's own operations: the reader's article query (facts, mention spans) and its body pages.
    const post = async (query: string, variables: Record<string, unknown>) => {
      const before = neo4jBytes();
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: withFragments(query), variables: { id: LARGE_ARTICLE_ID, ...variables } }),
      });
      const answer = await res.text();
      expect(res.status, answer.slice(0, 300)).toBe(200);
      const json = JSON.parse(answer) as { errors?: unknown; data: { article: { body?: BodyPage } } };
      expect(json.errors).toBeUndefined();
      return { answer: answer.length, neo4j: neo4jBytes() - before, body: json.data.article.body };
    };
    const reader = await post(ARTICLE, {});
    const first = await post(ARTICLE_BODY, { first: 20 });
    const second = await post(ARTICLE_BODY, { first: 20, after: first.body!.pageInfo.endCursor });
    const late = await post(ARTICLE_BODY, { first: 20, at: layout.late.start });
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `article body reads, ${kb(layout.text.length)} article (Neo4j answer bytes / HTTP answer bytes): ` +
        `reader's article query ${kb(reader.neo4j)} / ${kb(reader.answer)}; first page ${kb(first.neo4j)} / ${kb(first.answer)}; ` +
        `second page ${kb(second.neo4j)} / ${kb(second.answer)}; page at the late fact ${kb(late.neo4j)} / ${kb(late.answer)}`,
    );
    // The reader's article query asks for no text: its mention spans need offsets only.
    expect(reader.neo4j).toBeLessThan(layout.text.length / 4);
    // Once the article's chunk index is known, a page reads its own slice: a few times its answer, not the article.
    for (const p of [second, late]) expect(p.neo4j).toBeLessThan(p.answer * 2);
  });

  it('pages read as slices match the text where characters outside the BMP come first (Cypher counts code points)', async () => {
    // Emoji (two UTF-16 units, one code point) before the body and in every paragraph: a slice read with offsets
    // in the wrong unit would be shifted by one character per emoji before it.
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `Paragraph ${i} 😀 about the 🌊 harbour, ${'é𝄞'.repeat(i)}.`,
    );
    const chrome = '🏠 Home 🔍 Search\n';
    const body = paragraphs.join('\n\n');
    const text = `${chrome}${body}\n\n💬 comments`;
    const { facts } = buildLargeArticle(10);
    const id = 'article:astral-paging-test';
    await writeArticleBatch(graph, [
      {
        ...facts,
        article: {
          ...facts.article,
          id,
          url: 'https://example.org/astral-paging',
          text,
          contentHash: createHash('sha256').update(text).digest('hex'),
          bodyStart: chrome.length,
          bodyEnd: chrome.length + body.length,
        },
        entities: [],
        mentions: [],
        statements: [],
      },
    ]);
    const seen: Chunk[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const res: { data?: { article: { body: BodyPage } }; errors?: unknown } = await gql<{
        article: { body: BodyPage };
      }>(server.url, BODY, { id, first: 4, after });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.article.body.chunks);
      if (!res.data!.article.body.pageInfo.hasNextPage) break;
      after = res.data!.article.body.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(30);
    for (const c of seen) expect(c.text).toBe(text.slice(c.start, c.end));
    expect(seen.map((c) => c.text)).toEqual(paragraphs);
  });
});
