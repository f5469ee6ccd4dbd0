import { describe, expect, it } from 'vitest';
import { gql } from '../support/server.ts';
import { expectRefusedWithoutCypher, useHostileServer } from '../support/hostileServer.ts';

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('aliases, fields and tokens are capped before anything runs', () => {
  const defaults = useHostileServer();

  it('20 000 aliases: refused by the token cap at parse time (400 TOKEN_LIMIT_EXCEEDED, not a masked 500)', async () => {
    const r = await expectRefusedWithoutCypher(defaults, aliases(20_000, 'stats { articles }'), 'TOKEN_LIMIT_EXCEEDED');
    expect(r.errors![0]!.message).toMatch(/more than 10000 tokens, the limit/);
    expect(r.errors![0]!.extensions).toMatchObject({ maxTokens: 10000 });
  });

  it('more aliases than allowed: ALIAS_LIMIT_EXCEEDED', async () => {
    const r = await expectRefusedWithoutCypher(defaults, aliases(51, 'stats { articles }'), 'ALIAS_LIMIT_EXCEEDED');
    expect(r.errors![0]!.extensions).toMatchObject({ aliases: 51, maxAliases: 50 });
  });

  it('aliases hidden in a fragment spread many times are counted where spread', async () => {
    const query = `{ ${Array.from({ length: 30 }, (_, i) => `e${i}: entity(id: "x") { ...Two }`).join(' ')} } fragment Two on Entity { a: id b: name }`;
    const r = await expectRefusedWithoutCypher(defaults, query, 'ALIAS_LIMIT_EXCEEDED');
    expect(r.errors![0]!.extensions).toMatchObject({ aliases: 90 });
  });

  it('the same field repeated 2 100 times (under the token cap): FIELD_LIMIT_EXCEEDED', async () => {
    await expectRefusedWithoutCypher(defaults, `{ ${'stats { articles } '.repeat(2_100)} }`, 'FIELD_LIMIT_EXCEEDED');
  });
});

describe('cost follows the transactions really run', () => {
  // Caps on aliases and tokens raised so that the cost estimate alone has to refuse.
  const loose = useHostileServer({ maxAliases: 100_000, maxFields: 100_000, maxTokens: 100_000 });

  it('4 000 aliases of statements(first: 1) are 4 000 transactions: COST_LIMIT_EXCEEDED', async () => {
    const r = await expectRefusedWithoutCypher(
      loose,
      aliases(4_000, 'statements(first: 1) { totalCount }'),
      'COST_LIMIT_EXCEEDED',
    );
    expect(r.errors![0]!.extensions).toMatchObject({ transactions: 4000, maxCost: 25000 });
  });

  it('a few aliases still run, one transaction each', async () => {
    const before = loose.graph.queries.count;
    const r = await gql(loose.server.url, aliases(5, 'statements(first: 1) { totalCount }'));
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(loose.graph.queries.count - before).toBe(5);
  });
});

describe('the query budget is enforced where transactions open', () => {
  const tight = useHostileServer({ maxQueries: 3 });

  it('a request that would open more transactions than allowed gets QUERY_LIMIT_EXCEEDED and opens no more', async () => {
    const before = tight.graph.queries.count;
    const r = await gql(tight.server.url, aliases(6, 'statements(first: 1) { totalCount }'));
    expect(tight.graph.queries.count - before).toBe(3);
    // statements is non-null, so the first refusal nulls the whole answer; graphql reports that one.
    expect(r.errors?.length).toBeGreaterThan(0);
    for (const e of r.errors!) expect(e.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', maxQueries: 3 });
  });
});
