import { describe, expect, it } from 'vitest';
import { gql, useSeededServer } from '../support/server.ts';

describe('events', () => {
  const seeded = useSeededServer();

  it('the US→Mexico threat is an event with modality THREATENED, not a strike', async () => {
    const r = await gql(
      seeded.server.url,
      `{ events(filter: { targetIds: ["country:MX"], types: [THREATEN] }) { totalCount edges { node {
          type modality quad code sources { id name } targets { id } evidence { sentence article { id } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const threats = r.data!.events.edges.map((e: any) => e.node);
    expect(threats).toHaveLength(1);
    const [t] = threats;
    expect(t).toMatchObject({ type: 'THREATEN', modality: 'THREATENED', quad: 'VERBAL_CONFLICT' });
    // The threat is Trump's (the U.S. President's): the source is Trump or the United States.
    expect(
      t.sources.map((s: any) => s.id).some((id: string) => id === 'person:donald-trump' || id === 'country:US'),
    ).toBe(true);
    expect(t.targets.map((s: any) => s.id)).toContain('country:MX');
    expect(t.evidence[0].sentence).toMatch(/will now start hitting land/);
    const asserted = await gql(
      seeded.server.url,
      `{ events(filter: { targetIds: ["country:MX"], modalities: [ASSERTED], types: [THREATEN, ASSAULT] }) { totalCount } }`,
    );
    expect(asserted.data!.events.totalCount).toBe(0);
  });

  it('an article lists its events, statements and mentions with offsets that point at the names', async () => {
    const r = await gql(
      seeded.server.url,
      `{ articles(first: 5) { totalCount edges { node { id title text bodyEnd
          mentions { entity { id name aliases } count spans { start end text } }
          events { id type } statements { id } comments { index text } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const a = r.data!.articles.edges[0].node;
    expect(a.title).toMatch(/Anti-Cartel/);
    expect(a.events.length).toBeGreaterThan(0);
    expect(a.statements.length).toBeGreaterThan(0);
    expect(a.comments.length).toBe(8);
    const sheinbaum = a.mentions.find((m: any) => m.entity.id === 'person:claudia-sheinbaum');
    expect(sheinbaum.spans.length).toBe(sheinbaum.count);
    for (const s of sheinbaum.spans) {
      expect(a.text.slice(s.start, s.end)).toBe(s.text);
      expect(
        [sheinbaum.entity.name, ...sheinbaum.entity.aliases].some((n: string) => s.text.includes(n.split(' ').at(-1)!)),
      ).toBe(true);
    }
  });

  it('search finds entities by name, alias and with a typo, best first', async () => {
    const q = `query S($q: String!, $kinds: [EntityKind!]) { searchEntities(query: $q, kinds: $kinds, first: 5) { score matched entity { id kind } } }`;
    expect((await gql(seeded.server.url, q, { q: 'Sheinbaum' })).data!.searchEntities[0].entity.id).toBe(
      'person:claudia-sheinbaum',
    );
    expect((await gql(seeded.server.url, q, { q: 'Sheinbuam' })).data!.searchEntities[0].entity.id).toBe(
      'person:claudia-sheinbaum',
    );
    expect((await gql(seeded.server.url, q, { q: 'Nicolas Maduro' })).data!.searchEntities[0].entity.id).toBe(
      'person:nicolas-maduro',
    );
    expect(
      (await gql(seeded.server.url, q, { q: 'Mexico', kinds: ['COUNTRY'] })).data!.searchEntities[0].entity.id,
    ).toBe('country:MX');
    expect((await gql(seeded.server.url, q, { q: '"(' })).data!.searchEntities).toEqual([]);
  });

  it('stats and the timeline describe the seed', async () => {
    const r = await gql(
      seeded.server.url,
      `{ stats { articles events statements firstEventDate lastEventDate extractorVersions }
         timeline(bucket: DAY, window: { from: "2026-01-04", to: "2026-01-10" }) { buckets { start end events statements articles total } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.stats).toMatchObject({ articles: 1, firstEventDate: '2026-01-05', lastEventDate: '2026-01-09' });
    const buckets = r.data!.timeline.buckets;
    expect(buckets.map((b: any) => b.start)).toEqual([
      '2026-01-04',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
    ]);
    const jan9 = buckets.find((b: any) => b.start === '2026-01-09');
    expect(jan9.articles).toBe(1);
    expect(buckets.find((b: any) => b.start === '2026-01-08').events).toBe(1);
    expect(buckets.reduce((s: number, b: any) => s + b.events, 0)).toBe(r.data!.stats.events);
  });
});
