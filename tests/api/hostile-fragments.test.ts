import { describe, expect, it } from 'vitest';
import { gql } from '../support/server.ts';
import { expectRefusedWithoutCypher, useHostileServer } from '../support/hostileServer.ts';

/** n fragments, each spreading the next twice: 2^n fields once inlined, about 50 bytes per level as written. */
const bomb = (levels: number) =>
  `query Bomb { entity(id: "country:MX") { ...F0 } } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Entity { name ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${levels} on Entity { id }`;

describe('hostile fragments are refused in validation, in linear time, before any Cypher', () => {
  const state = useHostileServer();

  it('a 2^40 fragment bomb (under 2 KB) is refused at once with FIELD_LIMIT_EXCEEDED', async () => {
    const query = bomb(40);
    expect(query.length).toBeLessThan(2048);
    const r = await expectRefusedWithoutCypher(state, query, 'FIELD_LIMIT_EXCEEDED');
    console.info(`2^40 fragment bomb (${query.length} bytes) refused in ${r.ms.toFixed(0)} ms`);
    expect(r.ms).toBeLessThan(2000);
    expect(r.errors![0]!.message).toMatch(/fields, over the limit of 2000/);
  });

  it('a bomb as long as the token cap allows is still answered in time (linear, saturating counts)', async () => {
    const r = await expectRefusedWithoutCypher(state, bomb(850), 'FIELD_LIMIT_EXCEEDED');
    expect(r.ms).toBeLessThan(2000);
  });

  it('a self-spreading fragment and a two-fragment cycle give 400, not a stack overflow', async () => {
    const self = await expectRefusedWithoutCypher(
      state,
      'query { ...A } fragment A on Query { stats { articles } ...A }',
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(self.errors![0]!.message).toMatch(/Cannot spread fragment "A" within itself/);
    const pair = await expectRefusedWithoutCypher(
      state,
      'query { entity(id: "x") { ...A } } fragment A on Entity { name ...B } fragment B on Entity { id ...A }',
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(pair.errors![0]!.message).toMatch(/Cannot spread fragment "A" within itself via "B"/);
  });

  it('depth counts through fragments: a deep chain of fragments is DEPTH_LIMIT_EXCEEDED', async () => {
    const levels = 20;
    const query = `query { entity(id: "x") { ...D0 } } ${Array.from({ length: levels }, (_, i) => `fragment D${i} on Entity { neighbors { entity { ...D${i + 1} } } }`).join(' ')} fragment D${levels} on Entity { id }`;
    const r = await expectRefusedWithoutCypher(state, query, 'DEPTH_LIMIT_EXCEEDED');
    expect(r.errors![0]!.message).toMatch(/exceeds maximum operation depth of 12/);
  });

  it('a legitimate query with fragments still runs (the guard is not a blanket refusal)', async () => {
    const r = await gql(state.server.url, 'query { ...S } fragment S on Query { stats { articles entities } }');
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ stats: { articles: 0, entities: 0 } });
  });
});
