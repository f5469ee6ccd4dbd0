// The GEXF and GraphML exports, loaded by an outside consumer: networkx (hash-pinned in
// tests/support/python/requirements.txt, installed into .tools/python by ./newsgraph). Every count and attribute
// networkx reads back is compared with what the GraphQL network query returns for the same input.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { EdgeMomentRow, NetworkResult } from '@newsgraph/graph';
import { exportNetwork } from '@newsgraph/api';
import { gql, useSeededServer } from '../support/server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PYTHON = join(ROOT, '.tools/python/bin/python');
const LOADER = join(ROOT, 'tests/support/python/load_network.py');

interface Loaded {
  graph: { networkx: string; directed: boolean; multigraph: boolean; mode: string | null };
  nodes: Record<string, Record<string, any>>;
  edges: Record<string, any>[];
}

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function loadWithNetworkx(format: 'gexf' | 'graphml', content: string): Promise<Loaded> {
  if (!existsSync(PYTHON))
    throw new Error(`${PYTHON} is missing: run ./newsgraph setup (it installs networkx for this test)`);
  const file = join(dir, `network.${format}`);
  writeFileSync(file, content, 'utf8');
  const { stdout } = await promisify(execFile)(PYTHON, [LOADER, format, file], {
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Loaded;
}

const INPUT = { centerIds: ['country:MX'], hops: 2, window: { from: '2026-01-01', to: '2026-01-31' } };
const EXPORT = `query E($format: ExportFormat!, $input: NetworkInput!) { export(format: $format, input: $input) { content nodeCount edgeCount } }`;
const NETWORK = `query N($input: NetworkInput!) { network(input: $input) {
  nodes { id kind name weight hop firstDate lastDate }
  edges { id kind source target directed weight sourceCount firstDate lastDate dates label moments { eventType modality statementKind } } } }`;

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
const listOf = (joined: string | undefined) => (joined ? joined.split(',').sort() : []);

describe('GEXF and GraphML exports load in networkx with everything intact', () => {
  // This file checks what the files hold, not how fast they come: a loaded machine's cold query plans may take long.
  const seeded = useSeededServer({ config: { queryTimeoutMs: 120_000 } });

  async function exported(format: 'GEXF' | 'GRAPHML') {
    const r = await gql(seeded.server.url, EXPORT, { format, input: INPUT });
    expect(r.errors).toBeUndefined();
    return r.data!.export as { content: string; nodeCount: number; edgeCount: number };
  }

  async function network() {
    const r = await gql(seeded.server.url, NETWORK, { input: INPUT });
    expect(r.errors).toBeUndefined();
    const net = r.data!.network as { nodes: any[]; edges: any[] };
    // The seed's network around Mexico mixes directed facts with symmetric co-mentions, and has typed events:
    // the case that broke networkx and the attribute GEXF used to drop.
    expect(net.edges.some((e) => e.directed) && net.edges.some((e) => !e.directed)).toBe(true);
    expect(net.edges.some((e) => e.moments.some((m: any) => m.eventType))).toBe(true);
    return net;
  }

  function expectSameNetwork(
    loaded: Loaded,
    net: { nodes: any[]; edges: any[] },
    dates: (e: Record<string, any>) => string[],
  ) {
    expect(loaded.graph.directed).toBe(true);
    expect(Object.keys(loaded.nodes).sort()).toEqual(net.nodes.map((n) => n.id).sort());
    for (const n of net.nodes) {
      const got = loaded.nodes[n.id]!;
      expect({
        id: n.id,
        label: got.label,
        kind: String(got.kind).toUpperCase(),
        weight: got.weight,
        hop: got.hop ?? null,
      }).toEqual({
        id: n.id,
        label: n.name,
        kind: n.kind,
        weight: n.weight,
        hop: n.hop,
      });
    }
    expect(loaded.edges).toHaveLength(net.edges.length);
    const byId = new Map(loaded.edges.map((e) => [e.id as string, e]));
    expect(byId.size).toBe(net.edges.length);
    for (const e of net.edges) {
      const got = byId.get(e.id);
      expect(got, e.id).toBeDefined();
      expect(
        {
          source: got!.source,
          target: got!.target,
          kind: got!.kind,
          directed: got!.directed,
          weight: Number(got!.weight),
          sourceCount: got!.sourceCount,
          label: got!.label,
          dates: dates(got!),
          eventTypes: listOf(got!.eventTypes),
          modalities: listOf(got!.modalities).map((m) => m.toUpperCase()),
          statementKinds: listOf(got!.statementKinds).map((k) => k.toUpperCase()),
        },
        e.id,
      ).toEqual({
        source: e.source,
        target: e.target,
        kind: e.kind,
        directed: e.directed,
        weight: e.weight,
        sourceCount: e.sourceCount,
        label: e.label,
        dates: dates === gexfDates ? distinct(e.dates) : e.dates,
        eventTypes: distinct(e.moments.map((m: any) => m.eventType)),
        modalities: distinct(e.moments.map((m: any) => m.modality)),
        statementKinds: distinct(e.moments.map((m: any) => m.statementKind)),
      });
    }
  }

  // GEXF: one spell per distinct evidence date (start = end = the day).
  const gexfDates = (e: Record<string, any>) =>
    (e.spells as [string, string][]).map(([start, end]) => (start === end ? start : `${start}..${end}`)).sort();
  // GraphML: every evidence date, repeats kept (their count is the weight).
  const graphmlDates = (e: Record<string, any>) => String(e.dates).split(' ');

  it('GEXF: nodes, edges, kinds, event types, spells and weights as the network query gives them', async () => {
    const net = await network();
    const file = await exported('GEXF');
    const loaded = await loadWithNetworkx('gexf', file.content);
    expect(loaded.graph.mode).toBe('dynamic');
    expect([file.nodeCount, file.edgeCount]).toEqual([net.nodes.length, net.edges.length]);
    expectSameNetwork(loaded, net, gexfDates);
    // Nodes live from their first to their last date.
    for (const n of net.nodes.filter((x) => x.firstDate))
      expect([loaded.nodes[n.id]!.start, loaded.nodes[n.id]!.end]).toEqual([n.firstDate, n.lastDate]);
  });

  it('GraphML: nodes, edges, kinds, event types, dates and weights as the network query gives them', async () => {
    const net = await network();
    const file = await exported('GRAPHML');
    const loaded = await loadWithNetworkx('graphml', file.content);
    expect([file.nodeCount, file.edgeCount]).toEqual([net.nodes.length, net.edges.length]);
    expectSameNetwork(loaded, net, graphmlDates);
    for (const n of net.nodes.filter((x) => x.firstDate))
      expect([loaded.nodes[n.id]!.firstDate, loaded.nodes[n.id]!.lastDate]).toEqual([n.firstDate, n.lastDate]);
  });

  it('names with markup, quotes, line breaks and characters XML cannot hold come back as written (less those)', async () => {
    const awkward = 'AT&T <Holdings> "quoted" \'single\' ]]> tab\there\nline two\u0001\uD800 Ωμέγα 🌍';
    const readable = 'AT&T <Holdings> "quoted" \'single\' ]]> tab\there\nline two Ωμέγα 🌍';
    const moment: EdgeMomentRow = {
      date: '2026-01-02',
      published: '2026-01-02',
      factId: 'f1',
      eventType: 'CONSULT',
      modality: 'asserted',
      quad: null,
      statementKind: null,
      datePrecision: null,
      roleTitle: awkward,
      sourceCount: 1,
      firstSeen: null,
      outlets: [],
    };
    const hostile: NetworkResult = {
      from: null,
      to: null,
      timeAxis: 'EVENT',
      truncated: false,
      totalEdges: 1,
      nodes: [
        {
          id: 'a&<"\'>',
          kind: 'Person',
          name: awkward,
          weight: 1,
          hop: null,
          firstDate: '2026-01-02',
          lastDate: '2026-01-02',
        },
        { id: 'b', kind: 'Country', name: 'B', weight: 1, hop: null, firstDate: '2026-01-02', lastDate: '2026-01-02' },
      ],
      edges: [
        {
          id: 'EVENT:a&<"\'>->b',
          kind: 'EVENT',
          source: 'a&<"\'>',
          target: 'b',
          directed: true,
          weight: 1,
          firstDate: '2026-01-02',
          lastDate: '2026-01-02',
          dates: ['2026-01-02'],
          moments: [moment],
          sourceCount: 1,
          firstSeen: null,
          label: awkward,
        },
      ],
    };
    for (const [format, name] of [
      ['gexf', 'GEXF'],
      ['graphml', 'GRAPHML'],
    ] as const) {
      const loaded = await loadWithNetworkx(format, exportNetwork(name, hostile).content);
      expect(loaded.nodes['a&<"\'>']!.label, format).toBe(readable);
      expect(loaded.edges[0], format).toMatchObject({
        id: 'EVENT:a&<"\'>->b',
        source: 'a&<"\'>',
        target: 'b',
        label: readable,
        roleTitles: readable,
        eventTypes: 'CONSULT',
      });
    }
  });
});
