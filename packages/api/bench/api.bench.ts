// `pnpm bench:api [--entities N] [--duration S] [--allow-wipe]`: loads a synthetic graph (≥ 50 000 entities,
// ≥ 500 000 relationships) into a dedicated embedded Neo4j (.data/bench-api), serves it with our API and with
// @neo4j/graphql side by side, and prints latency percentiles and throughput per query at concurrency 1 and 16.
// The 2-hop network runs twice: around hubs (countries among the most-mentioned entities, tied to thousands) and
// around tail entities, each with the PROFILEd database hits of one request. `--only <text>` runs the scenarios
// whose name contains the text; `--profile` prints the PROFILEd db hits (a figure that does not depend on the
// machine's load) and the reader timed beside its reference path, without the load runs.
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { openConfiguredGraph } from '@newsgraph/graph';
import { loadApiConfig, startApiServer } from '@newsgraph/api';
import {
  DEFAULT_SYNTHETIC_SIZE,
  loadSyntheticGraph,
  profileRead,
  readNetworkInTx,
  syntheticEntityId,
  syntheticName,
  syntheticSampleIds,
} from '@newsgraph/graph';
import { PEER_TYPE_DEFS, peerQueries } from './peerSchema.ts';

const { values } = parseArgs({
  options: {
    entities: { type: 'string' },
    duration: { type: 'string', default: '8' },
    'allow-wipe': { type: 'boolean', default: false },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const size = values.entities
  ? { ...DEFAULT_SYNTHETIC_SIZE, entities: Number(values.entities) }
  : DEFAULT_SYNTHETIC_SIZE;
const duration = Number(values.duration);
if (process.env.NEO4J_URI && !values['allow-wipe']) {
  console.error(
    'NEO4J_URI is set: the benchmark wipes the database it uses. Pass --allow-wipe to confirm, or unset NEO4J_URI to use a dedicated embedded Neo4j.',
  );
  process.exit(2);
}

const log = (l: string) => console.log(`  ${l}`);
console.log('newsgraph API benchmark');
const opened = await openConfiguredGraph({ dataName: 'bench-api', log });
const graph = opened.graph;
try {
  const info = await loadSyntheticGraph(graph, size, log);
  console.log(
    `graph: ${info.nodes.toLocaleString()} nodes (${size.entities.toLocaleString()} entities), ${info.relationships.toLocaleString()} relationships — ${info.reused ? 'reused' : `loaded in ${(info.loadMs / 1000).toFixed(1)} s`}`,
  );

  const ours = await startApiServer({
    graph,
    config: { ...loadApiConfig({}), port: 0, host: '127.0.0.1', queryTimeoutMs: 60_000, maxCost: 1_000_000 },
    log: () => {},
  });
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: graph.driver });
  const peerApollo = new ApolloServer({ schema: await neoSchema.getSchema() });
  const { url: peerUrl } = await startStandaloneServer(peerApollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: () => Promise.resolve({ sessionConfig: { database: graph.database } }),
  });
  const oursUrl = `http://127.0.0.1:${(ours.httpServer.address() as AddressInfo).port}/graphql`;

  const ids = syntheticSampleIds(size, 200);
  const names = ids.map((id) => syntheticName(Number(id.split('-').at(-1))));
  let n = 0;
  const next = <T>(list: T[]) => list[n++ % list.length]!;
  const windowFor = (i: number) => ({
    from: `2025-${String(1 + (i % 11)).padStart(2, '0')}-01`,
    to: `2025-${String(2 + (i % 11)).padStart(2, '0')}-01`,
  });
  // Entity popularity falls with the index (loadSyntheticGraph): the countries among the first 30 are hubs (each in
  // hundreds to over a thousand articles); sampled ids from 200 to 5 000 are ordinary entities (a few articles a
  // month, so their second hop reaches the hubs); past that most have no tie at all in a month.
  const hubIds = Array.from({ length: 30 }, (_, i) => syntheticEntityId(i)).filter((id) => id.startsWith('country:'));
  const index = (id: string) => Number(id.split('-').at(-1));
  const tailIds = ids.filter((id) => index(id) >= 200 && index(id) < 5000);
  const NETWORK_QUERY =
    'query($id: ID!, $w: TimeWindow) { network(input: { centerIds: [$id], hops: 2, window: $w, limit: 500 }) { truncated nodes { id name kind } edges { id kind source target weight dates } } }';

  const scenarios: { name: string; ours: () => object; peer?: () => object; peerNote?: string }[] = [
    {
      name: 'search',
      ours: () => ({
        query: 'query($q: String!) { searchEntities(query: $q, first: 10) { score entity { id name kind } } }',
        variables: { q: next(names).split(' ').slice(0, 2).join(' ') },
      }),
      peer: () => ({ query: peerQueries.search, variables: { q: next(names).split(' ').slice(0, 2).join(' ') } }),
    },
    {
      name: '2-hop network, hub centre, 1-month window',
      ours: () => ({ query: NETWORK_QUERY, variables: { id: next(hubIds), w: windowFor(n) } }),
      peerNote:
        'not expressible: edges are aggregated per pair and kind from events, statements, co-mentions and roles',
    },
    {
      name: '2-hop network, non-hub centre, 1-month window',
      ours: () => ({ query: NETWORK_QUERY, variables: { id: next(tailIds), w: windowFor(n) } }),
      peerNote: 'not expressible (see above)',
    },
    {
      name: 'statement history (50)',
      ours: () => ({
        query:
          'query($id: ID!) { statements(filter: { speakerIds: [$id] }, first: 50) { totalCount edges { node { id text date kind evidence { sentence article { title } } } } } }',
        variables: { id: next(ids) },
      }),
      peer: () => ({ query: peerQueries.statements, variables: { id: next(ids) } }),
    },
    {
      name: 'shortest path (≤4 hops, events+statements)',
      ours: () => ({
        query:
          'query($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, maxHops: 4, edgeKinds: [EVENT, STATEMENT]) { length nodes { id } } }',
        variables: { a: next(ids), b: next(ids) },
      }),
      peerNote: 'not expressible: @neo4j/graphql has no shortest-path query',
    },
  ];

  const chosen = values.only ? scenarios.filter((s) => s.name.includes(values.only!)) : scenarios;
  // One request each first: a benchmark of errors measures nothing.
  for (const s of chosen) {
    for (const [who, url, body] of [['ours', oursUrl, s.ours()], ...(s.peer ? [['peer', peerUrl, s.peer()]] : [])] as [
      string,
      string,
      object,
    ][]) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { errors?: { message: string }[] };
      if (json.errors) throw new Error(`${s.name} (${who}) fails: ${json.errors[0]!.message}`);
    }
  }

  type Figures = { p50: number; p95: number; p99: number; rps: number; errors: number };
  async function measure(url: string, body: () => object, connections: number, seconds = duration): Promise<Figures> {
    const times: number[] = [];
    const instance = autocannon({
      url,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req: Record<string, unknown>) => ({ ...req, body: JSON.stringify(body()) }),
        },
      ],
    });
    instance.on('response', (_c: unknown, _status: number, _bytes: number, responseTime: number) =>
      times.push(responseTime),
    );
    const result = await instance;
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
    return {
      p50: q(0.5),
      p95: q(0.95),
      p99: q(0.99),
      rps: times.length / seconds,
      errors: result.errors + result.non2xx,
    };
  }

  const fmt = (f: Figures) =>
    `p50 ${f.p50.toFixed(1).padStart(7)} ms  p95 ${f.p95.toFixed(1).padStart(7)} ms  p99 ${f.p99.toFixed(1).padStart(7)} ms  ${f.rps.toFixed(1).padStart(7)} req/s${f.errors ? `  (${f.errors} errors)` : ''}`;
  // Where the network's time goes: every query of one request PROFILEd (db hits summed over the plan).
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  if (chosen.some((s) => s.name.startsWith('2-hop'))) {
    // Load-independent figures: db hits per query of one request, the reader beside its reference path (every edge
    // among the chosen nodes read afresh, the frontier walked twice) on the same Neo4j, same centre and window.
    console.log(`\n2-hop network, limit 500, one request each, PROFILEd (load ${load()}):`);
    for (const [label, centre] of [
      ['hub', hubIds[0]!],
      ['hub', hubIds[1]!],
      ['non-hub', tailIds[0]!],
      ['non-hub', tailIds[1]!],
    ] as const) {
      for (const reuseLastHop of [true, false]) {
        const started = performance.now();
        const p = await profileRead(graph, (tx) =>
          readNetworkInTx(
            tx,
            { centerIds: [centre], hops: 2, window: windowFor(3), timeAxis: 'EVENT', limit: 500 },
            { reuseLastHop },
          ),
        );
        const ms = performance.now() - started;
        console.log(
          `  ${label.padEnd(7)} ${centre.padEnd(24)} ${reuseLastHop ? 'reader   ' : 'reference'} ${String(p.result.nodes.length).padStart(4)} nodes ${String(p.result.edges.length).padStart(4)} edges  ${p.queries} queries  ${p.dbHits.toLocaleString().padStart(11)} db hits  ${ms.toFixed(0).padStart(6)} ms (profiled)`,
        );
        console.log(
          `      db hits per query, in order: ${p.perQuery.map((hits) => hits.toLocaleString()).join(' · ')}`,
        );
      }
    }
  }
  if (chosen.some((s) => s.name.startsWith('2-hop'))) {
    // The same requests timed in this process, reader and reference alternating (same windows, same load), so
    // their ratio holds on a busy machine where the absolute figures do not.
    console.log(`\n2-hop network, limit 500, reader beside reference, alternating, one at a time (load ${load()}):`);
    for (const [label, centres] of [
      ['hub', hubIds],
      ['non-hub', tailIds.slice(0, 8)],
    ] as const) {
      const times = { reader: [] as number[], reference: [] as number[] };
      for (let i = 0; i < 16; i++) {
        const query = {
          centerIds: [centres[i % centres.length]!],
          hops: 2,
          window: windowFor(i),
          timeAxis: 'EVENT' as const,
          limit: 500,
        };
        for (const reuseLastHop of i % 2 ? [true, false] : [false, true]) {
          const started = performance.now();
          await graph.read((tx) => readNetworkInTx(tx, query, { reuseLastHop }));
          times[reuseLastHop ? 'reader' : 'reference'].push(performance.now() - started);
        }
      }
      const pct = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.floor(p * (list.length - 1))]!;
      const line = (list: number[]) => `p50 ${pct(list, 0.5).toFixed(0)} ms, p95 ${pct(list, 0.95).toFixed(0)} ms`;
      console.log(
        `  ${label.padEnd(7)} reader ${line(times.reader)} · reference ${line(times.reference)} · p50 ×${(pct(times.reader, 0.5) / pct(times.reference, 0.5)).toFixed(2)}  (16 each, load ${load()})`,
      );
    }
  }
  if (values.profile)
    console.log('\n--profile: no load runs (autocannon) after the plans and the side-by-side timings');
  for (const s of values.profile ? [] : chosen) {
    if (s === chosen[0])
      console.log(
        `\n${duration} s per run after a 3 s warm-up; our API = Apollo + DataLoader + graph readers; peer = @neo4j/graphql 7 on the same Neo4j; load average ${load()}\n`,
      );
    // Warm-up (discarded): Neo4j plans and caches each query shape, and the JIT settles.
    await measure(oursUrl, s.ours, 4, 3);
    if (s.peer) await measure(peerUrl, s.peer, 4, 3);
    for (const c of [1, 16]) {
      const o = await measure(oursUrl, s.ours, c);
      console.log(`${s.name.padEnd(48)} c=${String(c).padEnd(2)} ours ${fmt(o)}  (load ${load()})`);
      if (s.peer) {
        const p = await measure(peerUrl, s.peer, c);
        console.log(`${''.padEnd(48)}      peer ${fmt(p)}`);
        console.log(
          `${''.padEnd(48)}      ours/peer: p50 ×${(o.p50 / p.p50).toFixed(2)}, p99 ×${(o.p99 / p.p99).toFixed(2)}, throughput ×${(o.rps / p.rps).toFixed(2)}`,
        );
      } else if (c === 1) console.log(`${''.padEnd(48)}      peer — ${s.peerNote}`);
    }
  }
  await ours.close();
  await peerApollo.stop();
} finally {
  await opened.close();
}
