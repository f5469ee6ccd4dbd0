import { describe, expect, it } from 'vitest';
import { gql, useSeededServer } from '../support/server.ts';

const NESTED = `query Nested($first: Int) { entities(first: $first) { edges { node { id name
  roles { title organization { name } articles { title } }
  statements(first: 10) { edges { node { text speakers { name } about { name } evidence { sentence article { title } } } } }
  events(first: 10) { edges { node { type sources { name } targets { name } evidence { article { title } } } } }
  mentions(first: 5) { edges { node { count spans { text } article { title } } } }
  activity(bucket: DAY) { start total }
} } } }`;

describe('no N+1: nested fields are batched', () => {
  const seeded = useSeededServer();

  async function transactionsFor(first: number) {
    const before = seeded.graph.queries.count;
    const r = await gql(seeded.server.url, NESTED, { first });
    expect(r.errors).toBeUndefined();
    expect(r.data!.entities.edges).toHaveLength(first);
    return seeded.graph.queries.count - before;
  }

  it('one nested request over 12 entities runs a fixed, small number of transactions', async () => {
    const twelve = await transactionsFor(12);
    // entities, roles, statements, events, mentions, activity, statement parties, statement evidence, event parties,
    // event evidence, articles, article texts (a span's text: article rows carry none) — one each at most, whatever
    // the number of parents. Listing every entity primes the entity loader, so no entity lookup here.
    expect(twelve).toBeLessThanOrEqual(12);
    // Fewer parents cannot need fewer batches than more parents need, plus that one entity lookup: a role's
    // organization outside the three listed is read by the entity loader (seen on every clean-clone run).
    const three = await transactionsFor(3);
    expect(three).toBeLessThanOrEqual(13);
    expect(Math.abs(twelve - three)).toBeLessThanOrEqual(1);
  });
});
