import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { gql, seedTestGraph, startTestServer, type TestServer } from '../support/server.ts';

const KEY = 'test-key-0123456789abcdef';
const RENAME = `mutation { renameEntity(id: "person:nicolas-maduro", name: "Nicolás Maduro Moros") { id name aliases curated } }`;

describe('mutations need an API key', () => {
  let graph: GraphConnection;
  let server: TestServer;
  let noKeys: TestServer;
  beforeAll(async () => {
    graph = await seedTestGraph();
    server = await startTestServer({ graph, apiKeys: [KEY, 'another-key-abcdefghijkl'] });
    noKeys = await startTestServer({ graph });
  });
  afterAll(async () => {
    await server?.close();
    await noKeys?.close();
    await graph?.close();
  });

  it('rejects a mutation without a key, with a wrong key, or when no keys are configured', async () => {
    for (const [url, headers] of [
      [server.url, {}],
      [server.url, { authorization: 'Bearer wrong-key-0123456789abcdef' }],
      [server.url, { authorization: `Basic ${KEY}` }],
      [noKeys.url, { authorization: `Bearer ${KEY}` }],
    ] as const) {
      const r = await gql(url, RENAME, {}, headers);
      expect(r.status).toBe(401);
      expect(r.data).toBeUndefined();
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const still = await gql(server.url, `{ entity(id: "person:nicolas-maduro") { name } }`);
    expect(still.data!.entity.name).toBe('Nicolás Maduro');
  });

  it('queries need no key', async () => {
    const r = await gql(server.url, `{ stats { articles } }`);
    expect(r.data!.stats.articles).toBe(1);
  });

  it('with a key: rename, ingest an article, merge entities', async () => {
    const auth = { authorization: `Bearer ${KEY}` };
    const renamed = await gql(server.url, RENAME, {}, auth);
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.renameEntity).toMatchObject({ name: 'Nicolás Maduro Moros', curated: true });
    expect(renamed.data!.renameEntity.aliases).toContain('Nicolás Maduro');

    const ingested = await gql(
      server.url,
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status entities events statements article { id title publishedAt mentions { entity { id } } } } }`,
      {
        input: {
          title: 'Rubio meets Sheinbaum',
          text: 'U.S. Secretary of State Marco Rubio met Mexican President Claudia Sheinbaum in Mexico City on Tuesday. "We will keep working together," Sheinbaum said.',
          publishedAt: '2026-01-14T10:00:00Z',
          url: 'https://example.org/rubio-sheinbaum',
          source: 'Example Wire',
        },
      },
      auth,
    );
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data!.ingestArticle.status).toBe('NEW');
    expect(ingested.data!.ingestArticle.article.mentions.map((m: any) => m.entity.id)).toContain(
      'person:claudia-sheinbaum',
    );
    const again = await gql(
      server.url,
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }`,
      {
        input: {
          title: 'Rubio meets Sheinbaum',
          text: 'U.S. Secretary of State Marco Rubio met Mexican President Claudia Sheinbaum in Mexico City on Tuesday. "We will keep working together," Sheinbaum said.',
          publishedAt: '2026-01-14T10:00:00Z',
          url: 'https://example.org/rubio-sheinbaum',
          source: 'Example Wire',
        },
      },
      auth,
    );
    expect(again.data!.ingestArticle.status).toBe('UNCHANGED');

    const mismatch = await gql(
      server.url,
      `mutation { mergeEntities(keepId: "country:US", mergeIds: ["organization:usmca"]) { mergedIds } }`,
      {},
      auth,
    );
    expect(mismatch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'KIND_MISMATCH' });
    // A (deliberately wrong) merge of two people, to see the merged id resolve to the keeper.
    const merged = await gql(
      server.url,
      `mutation { mergeEntities(keepId: "person:marco-rubio", mergeIds: ["person:juan-ramon-de-la-fuente"]) { entity { id aliases mergedIds } mergedIds } }`,
      {},
      auth,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeEntities.mergedIds).toContain('person:juan-ramon-de-la-fuente');
    const resolved = await gql(server.url, `{ entity(id: "person:juan-ramon-de-la-fuente") { id } }`);
    expect(resolved.data!.entity.id).toBe('person:marco-rubio');
    const missing = await gql(server.url, `mutation { renameEntity(id: "person:nobody", name: "X") { id } }`, {}, auth);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
