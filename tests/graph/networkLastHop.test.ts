import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadSyntheticGraph,
  profileRead,
  readNetworkInTx,
  syntheticEntityId,
  type GraphConnection,
  type NetworkQuery,
} from '@newsgraph/graph';
import { freshTestGraph } from '../support/testGraph.ts';

// The ego network's last hop returns the frontier's edges with the nodes it chose (readLastHop), so only the edges
// among the other chosen nodes are read afterwards. The answer must be the one of reading every edge among the
// chosen nodes afresh (`reuseLastHop: false`, the reader before): same nodes, hops, weights, edges and moments —
// on a skewed synthetic graph with hubs, where networks are cut by the node budget and by the edge limit.

const SIZE = { entities: 1_500, articles: 1_200, mentionsPerArticle: 6, events: 4_000, statements: 2_000 };
// Index 1 is a country (syntheticEntityId cycles through the entity kinds) and among the most mentioned: a hub.
const HUB = syntheticEntityId(1);
const SECOND_HUB = syntheticEntityId(6);
const TAIL = syntheticEntityId(603);

let graph: GraphConnection;
beforeAll(async () => {
  graph = await freshTestGraph();
  await loadSyntheticGraph(graph, SIZE);
  // Both paths once, so Neo4j has planned their queries (seconds each for the four-kind unions on a loaded machine)
  // in this hook's longer timeout rather than in the first case's.
  for (const reuseLastHop of [true, false])
    await read({ centerIds: [TAIL], hops: 2, timeAxis: 'EVENT', limit: 10 }, reuseLastHop);
});
afterAll(async () => {
  await graph?.close();
});

const read = (query: NetworkQuery, reuseLastHop: boolean) =>
  graph.read((tx) => readNetworkInTx(tx, query, { reuseLastHop }));

const may = { from: '2025-05-01', to: '2025-05-31' };
const spring = { from: '2025-03-01', to: '2025-04-30' };
// A node budget of 400 (the default for limit 150 is 100) lets the hub's network reach its second hop.
const CASES: [string, NetworkQuery][] = [
  [
    'hub, 2 hops, cut by the edge limit',
    { centerIds: [HUB], hops: 2, window: may, timeAxis: 'EVENT', limit: 150, maxNodes: 400 },
  ],
  ['hub, 1 hop, publication axis', { centerIds: [HUB], hops: 1, window: spring, timeAxis: 'PUBLISHED', limit: 300 }],
  ['hub, 3 hops', { centerIds: [HUB], hops: 3, window: may, timeAxis: 'EVENT', limit: 300 }],
  ['two hubs as centres', { centerIds: [HUB, SECOND_HUB], hops: 2, window: may, timeAxis: 'EVENT', limit: 400 }],
  ['tail entity, 2 hops', { centerIds: [TAIL], hops: 2, window: spring, timeAxis: 'EVENT', limit: 500 }],
  [
    'node budget spent at hop 1',
    { centerIds: [HUB], hops: 2, window: spring, timeAxis: 'EVENT', limit: 500, maxNodes: 20 },
  ],
  [
    'filters: edge kinds, event types, modalities, weights',
    {
      centerIds: [HUB],
      hops: 2,
      timeAxis: 'EVENT',
      limit: 300,
      edgeKinds: ['EVENT', 'STATEMENT', 'ROLE'],
      eventTypes: ['ACCUSE', 'AID', 'CONSULT', 'SANCTION', 'THREATEN'],
      modalities: ['asserted', 'threatened'],
      minWeight: 2,
    },
  ],
  [
    'minSources 2, entity kinds that include the centre',
    {
      centerIds: [HUB],
      hops: 2,
      window: spring,
      timeAxis: 'EVENT',
      limit: 300,
      minSources: 2,
      entityKinds: ['Country', 'Person'],
    },
  ],
];

describe('ego network: the last hop read once', () => {
  it.each(CASES)('%s: the same network as reading every edge afresh', async (_name, query) => {
    const reference = await read(query, false);
    const reader = await read(query, true);
    expect(reader).toEqual(reference);
  });

  it('the cases reach hubs: a network cut by its edge limit with a second hop, and an uncut one', async () => {
    const cut = await read(CASES[0]![1], true);
    expect(cut.truncated).toBe(true);
    expect(cut.edges).toHaveLength(150);
    expect(cut.nodes.filter((n) => n.hop === 2).length).toBeGreaterThan(0);
    const tail = await read(CASES[4]![1], true);
    expect(tail.truncated).toBe(false);
    expect(tail.nodes.filter((n) => n.hop === 2).length).toBeGreaterThan(0);
  });

  it("walks the last hop's frontier once: fewer database hits than the reference on a hub", async () => {
    const query = CASES[0]![1];
    const reader = await profileRead(graph, (tx) => readNetworkInTx(tx, query, { reuseLastHop: true }));
    const reference = await profileRead(graph, (tx) => readNetworkInTx(tx, query, { reuseLastHop: false }));
    console.log(`hub 2-hop db hits: reader ${reader.dbHits}, reference ${reference.dbHits}`);
    expect(reader.result).toEqual(reference.result);
    expect(reader.dbHits).toBeLessThan(reference.dbHits);
  });
});
