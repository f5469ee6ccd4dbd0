import { describe, expect, it } from 'vitest';
import { gql, useSeededServer } from '../support/server.ts';

// The journalist's question over the seed: what did Sheinbaum say, when, and where was it reported?
describe('statement history', () => {
  const seeded = useSeededServer();

  const HISTORY = `query History($id: ID!, $order: SortDirection, $first: Int, $after: String) {
    statements(filter: { speakerIds: [$id] }, order: $order, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id text kind date dateText speakers { id } about { id name }
        evidence { sentence start end article { id title publishedAt text } } } }
    }
  }`;

  it("lists Sheinbaum's statements in date order, each with its date, sentence and article", async () => {
    const r = await gql(seeded.server.url, HISTORY, { id: 'person:claudia-sheinbaum' });
    expect(r.errors).toBeUndefined();
    const edges = r.data!.statements.edges as any[];
    expect(edges.length).toBeGreaterThanOrEqual(3);
    expect(r.data!.statements.totalCount).toBe(edges.length);
    const dates = edges.map((e) => e.node.date ?? e.node.evidence[0].article.publishedAt.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    // The phone call "on Monday" (5 January) comes before Friday's press briefing (9 January).
    expect(dates[0]).toBe('2026-01-05');
    expect(dates).toContain('2026-01-09');
    for (const { node } of edges) {
      expect(node.speakers.map((s: any) => s.id)).toContain('person:claudia-sheinbaum');
      const ev = node.evidence[0];
      // The offsets locate the statement's own words, inside the sentence quoted as evidence.
      expect(ev.article.text).toContain(ev.sentence);
      expect(ev.sentence).toContain(ev.article.text.slice(ev.start, ev.end));
      expect(ev.end).toBeGreaterThan(ev.start);
    }
    expect(edges.some((e) => e.node.kind === 'DIRECT')).toBe(true);
    expect(edges.some((e) => e.node.kind === 'INDIRECT')).toBe(true);
    const quote = edges.find((e) => e.node.text.startsWith('There are very compelling results'));
    expect(quote?.node).toMatchObject({ kind: 'DIRECT', date: '2026-01-09' });
  });

  it('pages with cursors and newest-first order gives the reverse', async () => {
    const all = (await gql(seeded.server.url, HISTORY, { id: 'person:claudia-sheinbaum' })).data!.statements.edges.map(
      (e: any) => e.node.id,
    );
    const first = await gql(seeded.server.url, HISTORY, { id: 'person:claudia-sheinbaum', first: 2 });
    expect(first.data!.statements.pageInfo.hasNextPage).toBe(true);
    const second = await gql(seeded.server.url, HISTORY, {
      id: 'person:claudia-sheinbaum',
      first: 2,
      after: first.data!.statements.pageInfo.endCursor,
    });
    expect([...first.data!.statements.edges, ...second.data!.statements.edges].map((e: any) => e.node.id)).toEqual(
      all.slice(0, 4),
    );
    const desc = await gql(seeded.server.url, HISTORY, { id: 'person:claudia-sheinbaum', order: 'DESC' });
    expect(desc.data!.statements.edges.map((e: any) => e.node.id)).toEqual([...all].reverse());
  });

  it('Entity.statements gives the same history from the entity, filterable by kind and window', async () => {
    const r = await gql(
      seeded.server.url,
      `{ entity(id: "person:claudia-sheinbaum") { name
          direct: statements(kinds: [DIRECT]) { totalCount edges { node { kind } } }
          friday: statements(window: { from: "2026-01-09", to: "2026-01-09" }) { edges { node { date firstSeen } } }
          monday: statements(window: { from: "2026-01-05", to: "2026-01-05" }) { totalCount } } }`,
    );
    expect(r.errors).toBeUndefined();
    const e = r.data!.entity;
    expect(e.name).toBe('Claudia Sheinbaum');
    expect(e.direct.edges.every((x: any) => x.node.kind === 'DIRECT')).toBe(true);
    expect(e.direct.totalCount).toBeGreaterThan(0);
    // Undated statements fall back to the day they were first reported (the article of 9 January).
    expect(e.friday.edges.length).toBeGreaterThan(0);
    expect(e.friday.edges.every((x: any) => (x.node.date ?? x.node.firstSeen.slice(0, 10)) === '2026-01-09')).toBe(
      true,
    );
    expect(e.monday.totalCount).toBe(1);
  });
});
