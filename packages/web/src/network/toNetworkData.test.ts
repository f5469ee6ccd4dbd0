import { describe, expect, it } from 'vitest';
import type { NetworkEdgeResult, NetworkNodeResult } from '../api/queries.ts';
import { aggregateEdges } from './aggregateEdges.ts';
import { dayNumber, isoDay } from './dayNumber.ts';
import { placeNearNeighbours } from './placeNearNeighbours.ts';
import { mergeNetworks, toNetworkData } from './toNetworkData.ts';

const nodes: NetworkNodeResult[] = [
  { id: 'country:US', kind: 'COUNTRY', name: 'United States', weight: 3, hop: null },
  { id: 'country:MX', kind: 'COUNTRY', name: 'Mexico', weight: 3, hop: null },
];
const moment = (
  date: string,
  published: string,
  eventType: NetworkEdgeResult['moments'][number]['eventType'],
  modality: NetworkEdgeResult['moments'][number]['modality'],
  datePrecision: 'DAY' | null = 'DAY',
) => ({ date, published, eventType, modality, quad: null, statementKind: null, datePrecision });
const edges: NetworkEdgeResult[] = [
  {
    id: 'EVENT:country:US->country:MX',
    kind: 'EVENT',
    source: 'country:US',
    target: 'country:MX',
    directed: true,
    weight: 2,
    label: '',
    sourceCount: 1,
    moments: [
      moment('2026-01-08', '2026-01-09', 'THREATEN', 'THREATENED'),
      moment('2026-01-05', '2026-01-09', 'CONSULT', 'ASSERTED'),
    ],
  },
  {
    id: 'CO_MENTION:country:MX-country:US',
    kind: 'CO_MENTION',
    source: 'country:MX',
    target: 'country:US',
    directed: false,
    weight: 1,
    label: '',
    sourceCount: 1,
    moments: [moment('2026-01-09', '2026-01-09', null, null)],
  },
];

describe('toNetworkData', () => {
  it('dates evidence on the chosen axis, sorted, without a new request', () => {
    const byEvent = toNetworkData(nodes, edges, 'EVENT', { eventTypes: [], modalities: [] });
    expect(byEvent.edges[0]!.days.map(isoDay)).toEqual(['2026-01-05', '2026-01-08']);
    const byPublished = toNetworkData(nodes, edges, 'PUBLISHED', { eventTypes: [], modalities: [] });
    expect(byPublished.edges[0]!.days.map(isoDay)).toEqual(['2026-01-09', '2026-01-09']);
    expect(byEvent.nodes.find((n) => n.id === 'country:US')!.activity).toBe(3);
  });

  it('filters event evidence by type and modality; edges left with none disappear; other kinds are untouched', () => {
    const threats = toNetworkData(nodes, edges, 'EVENT', { eventTypes: [], modalities: ['THREATENED'] });
    expect(threats.edges.map((e) => [e.kind, e.weight])).toEqual([
      ['EVENT', 1],
      ['CO_MENTION', 1],
    ]);
    const aid = toNetworkData(nodes, edges, 'EVENT', { eventTypes: ['AID'], modalities: [] });
    expect(aid.edges.map((e) => e.kind)).toEqual(['CO_MENTION']);
  });

  it('marks undated events and statements and leaves them out when the switch is off', () => {
    const withUndated: NetworkEdgeResult[] = [
      {
        ...edges[0]!,
        moments: [
          moment('2026-01-08', '2026-01-09', 'THREATEN', 'THREATENED'),
          moment('2026-01-09', '2026-01-09', 'CONSULT', 'ASSERTED', null),
        ],
      },
      {
        id: 'EVENT:country:MX->country:US',
        kind: 'EVENT',
        source: 'country:MX',
        target: 'country:US',
        directed: true,
        weight: 1,
        label: '',
        sourceCount: 1,
        moments: [moment('2026-01-09', '2026-01-09', 'CONSULT', 'ASSERTED', null)],
      },
      // A co-mention has no date precision of its own: it is dated by its article, never "undated".
      { ...edges[1]!, moments: [moment('2026-01-09', '2026-01-09', null, null, null)] },
    ];
    const shown = toNetworkData(nodes, withUndated, 'EVENT', { eventTypes: [], modalities: [] });
    expect(shown.undated).toBe(2);
    expect(shown.edges.map((e) => [e.id, e.weight, e.undated])).toEqual([
      ['EVENT:country:US->country:MX', 2, false],
      ['EVENT:country:MX->country:US', 1, true],
      ['CO_MENTION:country:MX-country:US', 1, false],
    ]);
    const hidden = toNetworkData(nodes, withUndated, 'EVENT', { eventTypes: [], modalities: [], showUndated: false });
    expect(hidden.undated).toBe(2);
    expect(hidden.edges.map((e) => [e.id, e.weight])).toEqual([
      ['EVENT:country:US->country:MX', 1],
      ['CO_MENTION:country:MX-country:US', 1],
    ]);
  });

  it('merges loaded networks by id', () => {
    const merged = mergeNetworks([
      { nodes, edges: [edges[0]!] },
      { nodes: [nodes[0]!], edges },
    ]);
    expect(merged.nodes).toHaveLength(2);
    expect(merged.edges).toHaveLength(2);
  });
});

describe('aggregateEdges', () => {
  const data = toNetworkData(nodes, edges, 'EVENT', { eventTypes: [], modalities: [] });
  it('per pair folds both directions and kinds into one line coloured by the heaviest kind', () => {
    const [one, ...rest] = aggregateEdges(data.edges, 'pair');
    expect(rest).toEqual([]);
    expect(one).toMatchObject({ kind: 'EVENT', kinds: ['EVENT', 'CO_MENTION'], weight: 3 });
    expect(one!.days).toEqual([dayNumber('2026-01-05'), dayNumber('2026-01-08'), dayNumber('2026-01-09')]);
  });
  it('per pair and kind keeps kinds apart', () => {
    expect(aggregateEdges(data.edges, 'pair-kind').map((e) => e.id)).toEqual([
      'EVENT:country:US->country:MX',
      'CO_MENTION:country:MX-country:US',
    ]);
  });
});

describe('placeNearNeighbours', () => {
  it('puts newcomers around their placed neighbours, deterministically, without stacking', () => {
    const placed = new Map([
      ['a', { x: 0, y: 0 }],
      ['far', { x: 1000, y: 1000 }],
    ]);
    const adj: Record<string, string[]> = { n1: ['a'], n2: ['a'], n3: ['n1'] };
    const out = placeNearNeighbours(['n1', 'n2', 'n3'], (id) => adj[id] ?? [], placed);
    const d = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
    expect(d(out.get('n1')!, { x: 0, y: 0 })).toBeLessThan(150);
    expect(d(out.get('n2')!, { x: 0, y: 0 })).toBeLessThan(150);
    expect(d(out.get('n1')!, out.get('n2')!)).toBeGreaterThan(20);
    expect(d(out.get('n3')!, out.get('n1')!)).toBeLessThan(150);
    expect(placeNearNeighbours(['n1', 'n2', 'n3'], (id) => adj[id] ?? [], placed)).toEqual(out);
  });
});
