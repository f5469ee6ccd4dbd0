import { describe, expect, it } from 'vitest';
import { gql, useSeededServer } from '../support/server.ts';

const NETWORK = `query N($input: NetworkInput!) { network(input: $input) { truncated timeAxis from to
  nodes { id kind name hop weight }
  edges { id kind source target directed weight firstDate lastDate dates sourceCount firstSeen label
          moments { date published factId eventType modality } } } }`;

const CALL = 'EVENT:person:marco-rubio->person:juan-ramon-de-la-fuente';

describe('network in a time window', () => {
  const seeded = useSeededServer();

  const around = (window: Record<string, string>, extra: Record<string, unknown> = {}) =>
    gql(seeded.server.url, NETWORK, { input: { centerIds: ['country:MX'], hops: 2, window, ...extra } });

  it('around Mexico, a window including 8 January has the Rubio–de la Fuente call, dated, with its evidence dates', async () => {
    const r = await around({ from: '2026-01-01', to: '2026-01-31' });
    expect(r.errors).toBeUndefined();
    const net = r.data!.network;
    expect(net.nodes.find((n: any) => n.id === 'country:MX')).toMatchObject({ hop: 0, kind: 'COUNTRY' });
    const call = net.edges.find((e: any) => e.id === CALL);
    expect(call).toMatchObject({
      kind: 'EVENT',
      directed: true,
      weight: 1,
      firstDate: '2026-01-08',
      lastDate: '2026-01-08',
      dates: ['2026-01-08'],
      sourceCount: 1,
    });
    expect(call.moments[0]).toMatchObject({ eventType: 'CONSULT', modality: 'ASSERTED', published: '2026-01-09' });
    const ids = new Set(net.nodes.map((n: any) => n.id));
    for (const e of net.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(net.edges.some((e: any) => e.kind === 'CO_MENTION' && e.directed === false)).toBe(true);
    expect(net.edges.some((e: any) => e.kind === 'ROLE')).toBe(true);
  });

  it('a window that ends before 8 January leaves the call out; one that starts after it too', async () => {
    const before = (await around({ from: '2026-01-01', to: '2026-01-07' })).data!.network;
    expect(before.edges.find((e: any) => e.id === CALL)).toBeUndefined();
    // Monday's Sheinbaum–Trump call (5 January) is inside this window.
    expect(before.edges.some((e: any) => e.id === 'EVENT:person:claudia-sheinbaum->person:donald-trump')).toBe(true);
    const after = (await around({ from: '2026-01-09', to: '2026-01-31' })).data!.network;
    expect(after.edges.find((e: any) => e.id === CALL)).toBeUndefined();
    expect(after.edges.every((e: any) => e.dates.every((d: string) => d >= '2026-01-09'))).toBe(true);
  });

  it('publication time puts the call on 9 January (when it was reported)', async () => {
    const r = await around({ from: '2026-01-09', to: '2026-01-09' }, { timeAxis: 'PUBLISHED' });
    const call = r.data!.network.edges.find((e: any) => e.id === CALL);
    expect(call).toMatchObject({ dates: ['2026-01-09'] });
  });

  it('edge kind, modality and minSources filters apply', async () => {
    const events = (await around({}, { edgeKinds: ['EVENT'] })).data!.network;
    expect(events.edges.every((e: any) => e.kind === 'EVENT')).toBe(true);
    const threats = (await around({}, { edgeKinds: ['EVENT'], modalities: ['THREATENED'] })).data!.network;
    expect(threats.edges.length).toBeGreaterThan(0);
    expect(threats.edges.every((e: any) => e.moments.every((m: any) => m.modality === 'THREATENED'))).toBe(true);
    const corroborated = (await around({}, { minSources: 2 })).data!.network;
    expect(corroborated.edges).toEqual([]);
  });

  it('edgeEvidence returns the call and the sentence behind it', async () => {
    const r = await gql(
      seeded.server.url,
      `{ edgeEvidence(sourceId: "person:marco-rubio", targetId: "person:juan-ramon-de-la-fuente") {
          a { name } b { name } events { type date evidence { sentence } } statements { text }
          coMentions { article { id } sentences { text } } roles { title } } }`,
    );
    expect(r.errors).toBeUndefined();
    const ev = r.data!.edgeEvidence;
    expect(ev.events[0]).toMatchObject({ type: 'CONSULT', date: '2026-01-08' });
    expect(ev.events[0].evidence[0].sentence).toMatch(/Rubio and Mexican Foreign Secretary Juan Ramón de la Fuente/);
    expect(ev.coMentions[0].sentences[0].text).toMatch(/Rubio/);
    const outside = await gql(
      seeded.server.url,
      `{ edgeEvidence(sourceId: "person:marco-rubio", targetId: "person:juan-ramon-de-la-fuente", window: { to: "2026-01-07" }, edgeKinds: [EVENT]) { events { id } } }`,
    );
    expect(outside.data!.edgeEvidence.events).toEqual([]);
  });

  it('neighbors, centrality and the dyad read the same window', async () => {
    const r = await gql(
      seeded.server.url,
      `{ entity(id: "country:MX") { neighbors(edgeKinds: [EVENT, STATEMENT]) { entity { id } weight edges { kind } } }
         degree: centrality(measure: DEGREE, first: 3) { entity { id } score rank degree }
         pagerank: centrality(measure: PAGERANK, first: 3) { entity { id } score rank }
         betweenness: centrality(measure: BETWEENNESS, kinds: [COUNTRY], first: 3) { entity { id kind } score }
         early: centrality(measure: DEGREE, window: { to: "2026-01-07" }, edgeKinds: [EVENT]) { entity { id } degree }
         dyad(aId: "person:donald-trump", bId: "country:MX", bucket: WEEK) { buckets { start end conflict cooperation verbalConflict aToB bToA events { type modality } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!;
    // Mexico's fact neighbours: Trump threatened it, Sheinbaum spoke about it.
    expect(d.entity.neighbors.map((n: any) => n.entity.id)).toEqual(
      expect.arrayContaining(['person:donald-trump', 'person:claudia-sheinbaum']),
    );
    expect(
      d.entity.neighbors.every((n: any) => n.edges.every((e: any) => e.kind === 'EVENT' || e.kind === 'STATEMENT')),
    ).toBe(true);
    expect(d.degree[0].rank).toBe(1);
    expect(d.degree[0].score).toBeGreaterThanOrEqual(d.degree[1].score);
    expect(d.pagerank.length).toBe(3);
    expect(d.betweenness.every((x: any) => x.entity.kind === 'COUNTRY')).toBe(true);
    // Before 8 January only Monday's call (Sheinbaum→Trump) is an event edge: two entities of degree 1.
    expect(d.early.map((x: any) => x.entity.id).sort()).toEqual(['person:claudia-sheinbaum', 'person:donald-trump']);
    // Trump's threat against Mexico: verbal conflict, from a to b, in the week of 5 January (its report).
    expect(d.dyad.buckets).toEqual([
      {
        start: '2026-01-05',
        end: '2026-01-11',
        conflict: 1,
        cooperation: 0,
        verbalConflict: 1,
        aToB: 1,
        bToA: 0,
        events: [{ type: 'THREATEN', modality: 'THREATENED' }],
      },
    ]);
  });
});
