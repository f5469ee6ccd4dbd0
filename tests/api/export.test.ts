import { describe, expect, it } from 'vitest';
import { gql, useSeededServer } from '../support/server.ts';

const EXPORT = `query E($format: ExportFormat!) { export(format: $format, input: { centerIds: ["country:MX"], hops: 2, window: { from: "2026-01-01", to: "2026-01-31" } }) {
  format filename mimeType content nodeCount edgeCount } }`;

describe('export', () => {
  const seeded = useSeededServer();

  it('JSON matches the network query', async () => {
    const r = await gql(seeded.server.url, EXPORT, { format: 'JSON' });
    expect(r.errors).toBeUndefined();
    const doc = JSON.parse(r.data!.export.content);
    expect(doc.nodes.length).toBe(r.data!.export.nodeCount);
    expect(doc.edges.length).toBe(r.data!.export.edgeCount);
    const net = await gql(
      seeded.server.url,
      `{ network(input: { centerIds: ["country:MX"], hops: 2, window: { from: "2026-01-01", to: "2026-01-31" } }) { edges { id } } }`,
    );
    expect(doc.edges.map((e: any) => e.id)).toEqual(net.data!.network.edges.map((e: any) => e.id));
  });

  it('GEXF is dynamic with dated spells Gephi reads; GraphML has typed keys', async () => {
    const gexf = (await gql(seeded.server.url, EXPORT, { format: 'GEXF' })).data!.export;
    expect(gexf).toMatchObject({
      mimeType: 'application/gexf+xml',
      filename: 'newsgraph-network-2026-01-01_2026-01-31.gexf',
    });
    expect(gexf.content).toMatch(/<graph defaultedgetype="directed" mode="dynamic" timeformat="date">/);
    // The edge is present on its evidence dates only (spells), not over a start–end range.
    expect(gexf.content).toMatch(
      /<edge id="EVENT:person:marco-rubio-&gt;person:juan-ramon-de-la-fuente"[^>]*>(?:(?!<\/edge>)[\s\S])*<spell start="2026-01-08" end="2026-01-08"\/>/,
    );
    expect(gexf.content).toMatch(/<attvalue for="eventTypes" value="CONSULT"\/>/);
    expect(gexf.content).toContain('label="Juan Ramón de la Fuente"');
    expect((gexf.content.match(/<node /g) ?? []).length).toBe(gexf.nodeCount);
    const graphml = (await gql(seeded.server.url, EXPORT, { format: 'GRAPHML' })).data!.export;
    expect(graphml.content).toMatch(/<key id="e_weight" for="edge" attr.name="weight" attr.type="int"\/>/);
    expect((graphml.content.match(/<edge /g) ?? []).length).toBe(graphml.edgeCount);
  });
});
