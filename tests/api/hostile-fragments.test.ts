import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureCounters, selectionsIn } from '@newsgraph/api';
import { gql } from '../support/server.ts';
import { expectRefusedWithoutCypher, useHostileServer } from '../support/hostileServer.ts';

/** n fragments, each spreading the next twice: 2^n fields once inlined, about 50 bytes per level as written. */
const bomb = (levels: number) =>
  `query Bomb { entity(id: "country:MX") { ...F0 } } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Entity { name ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${levels} on Entity { id }`;

describe('hostile fragments are refused in validation, in linear time, before any Cypher', () => {
  const state = useHostileServer();

  /**
   * Sends the query (refused with the code, no Cypher) and fails, naming the guard, when the server's limit rule walked
   * more selections than the document holds: linear time shown by a count, not a stopwatch. The server runs in this
   * process, so its measure bumps the same counter.
   */
  async function refusedInOneWalk(query: string, code: string) {
    const before = measureCounters.selectionsWalked;
    const r = await expectRefusedWithoutCypher(state, query, code);
    const walked = measureCounters.selectionsWalked - before;
    const written = selectionsIn(parse(query));
    expect(
      walked,
      `fragment-spread memo broken: validation walked ${walked} selections of a document that holds ${written} (each fragment must be measured once, not per spread)`,
    ).toBeLessThanOrEqual(written);
    return r;
  }

  /**
   * A broken memo expands a 2^40 bomb forever on the event loop this test runs on, so no timeout could end it: a
   * 2^14 bomb (about 2^15 walks without the memo, a bounded moment) goes first and fails the test instead.
   */
  const memoHolds = () => refusedInOneWalk(bomb(14), 'FIELD_LIMIT_EXCEEDED');

  it('each selection is walked once, however often its fragment is spread (the fragment-spread memo)', async () => {
    await memoHolds();
  });

  it('a 2^40 fragment bomb (under 2 KB) is refused in one walk with FIELD_LIMIT_EXCEEDED', async () => {
    await memoHolds();
    const query = bomb(40);
    expect(query.length).toBeLessThan(2048);
    const r = await refusedInOneWalk(query, 'FIELD_LIMIT_EXCEEDED');
    console.info(`2^40 fragment bomb (${query.length} bytes) refused in ${r.ms.toFixed(0)} ms`);
    expect(r.errors![0]!.message).toMatch(/fields, over the limit of 2000/);
  });

  it('a bomb as long as the token cap allows is refused in one walk (linear, saturating counts)', async () => {
    await memoHolds();
    const r = await refusedInOneWalk(bomb(850), 'FIELD_LIMIT_EXCEEDED');
    expect(r.errors![0]!.message).toMatch(/more than 10\^15 fields/);
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
