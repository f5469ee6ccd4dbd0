import type { EdgeMomentRow, NetworkResult } from '@newsgraph/graph';
import { describe, expect, it } from 'vitest';
import { scoreNetwork } from '../analysis/centrality.ts';
import { exportNetwork } from './exportNetwork.ts';

const moment = (date: string): EdgeMomentRow => ({
  date,
  published: date,
  factId: `f${date}`,
  eventType: 'CONSULT',
  modality: 'asserted',
  quad: 'verbal_cooperation',
  statementKind: null,
  datePrecision: null,
  roleTitle: null,
  sourceCount: 1,
  firstSeen: null,
  outlets: ['x'],
});
const network: NetworkResult = {
  from: '2026-01-01',
  to: '2026-01-31',
  timeAxis: 'EVENT',
  truncated: false,
  totalEdges: 2,
  nodes: [
    { id: 'a', kind: 'Person', name: 'A & <B>', weight: 2, hop: 0, firstDate: '2026-01-02', lastDate: '2026-01-05' },
    { id: 'b', kind: 'Country', name: 'B', weight: 3, hop: 1, firstDate: '2026-01-02', lastDate: '2026-01-07' },
    { id: 'c', kind: 'Country', name: 'C', weight: 1, hop: 1, firstDate: '2026-01-07', lastDate: '2026-01-07' },
  ],
  edges: [
    {
      id: 'EVENT:a->b',
      kind: 'EVENT',
      source: 'a',
      target: 'b',
      directed: true,
      weight: 2,
      firstDate: '2026-01-02',
      lastDate: '2026-01-05',
      dates: ['2026-01-02', '2026-01-05'],
      moments: [moment('2026-01-02'), moment('2026-01-05')],
      sourceCount: 1,
      firstSeen: null,
      label: 'CONSULT ×2',
    },
    {
      id: 'CO_MENTION:b->c',
      kind: 'CO_MENTION',
      source: 'b',
      target: 'c',
      directed: false,
      weight: 1,
      firstDate: '2026-01-07',
      lastDate: '2026-01-07',
      dates: ['2026-01-07'],
      moments: [moment('2026-01-07')],
      sourceCount: 1,
      firstSeen: null,
      label: 'co-mentioned ×1',
    },
  ],
};

describe('exportNetwork', () => {
  it('GEXF escapes text, keeps time as spells, declares every edge directed and marks symmetric ones', () => {
    const { content } = exportNetwork('GEXF', network);
    expect(content).toContain('label="A &amp; &lt;B&gt;"');
    expect(content).toContain('<spell start="2026-01-05" end="2026-01-05"/>');
    // networkx refuses `type="undirected"` in a directed graph: the symmetry is an attribute instead.
    expect(content).not.toMatch(/type="undirected"/);
    expect(content).toMatch(
      /<edge id="CO_MENTION:b-&gt;c" source="b" target="c"[^>]*>\s*<attvalues>\s*<attvalue for="kind" value="CO_MENTION"\/>\s*<attvalue for="directed" value="false"\/>/,
    );
    expect(content).toContain('<attvalue for="eventTypes" value="CONSULT"/>');
    expect(content).toMatch(/<node id="a" label="[^"]*" start="2026-01-02" end="2026-01-05">/);
  });
  it('GraphML declares every attribute it writes, with its type, and never overrides the edge default', () => {
    const { content } = exportNetwork('GRAPHML', network);
    const declared = new Set([...content.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const [, key] of content.matchAll(/<data key="([^"]+)"/g)) expect(declared.has(key)).toBe(true);
    expect(content).toContain('<key id="e_directed" for="edge" attr.name="directed" attr.type="boolean"/>');
    expect(content).not.toMatch(/<edge [^>]*directed=/);
    expect(content).toContain('<data key="e_dates">2026-01-02 2026-01-05</data>');
  });
  it('escapes line breaks as character references and drops characters XML cannot hold', () => {
    const odd: NetworkResult = {
      ...network,
      nodes: [{ ...network.nodes[0]!, name: 'x\ny\u0001\uD800"\'' }, ...network.nodes.slice(1)],
    };
    expect(exportNetwork('GRAPHML', odd).content).toContain('<data key="n_label">x&#10;y&quot;&apos;</data>');
  });
  it('JSON drops internal outlet keys', () => {
    const doc = JSON.parse(exportNetwork('JSON', network).content);
    expect(doc.edges[0].moments[0].outlets).toBeUndefined();
    expect(doc.nodes).toHaveLength(3);
  });
});

describe('scoreNetwork', () => {
  it('betweenness puts the bridge first; PageRank favours the node pointed at', () => {
    const between = scoreNetwork(network, 'BETWEENNESS', null, 3);
    expect(between[0]).toMatchObject({ entityId: 'b', rank: 1, degree: 2 });
    const pr = scoreNetwork(network, 'PAGERANK', ['Country'], 3);
    expect(pr.map((s) => s.entityId)).toEqual(['b', 'c']);
  });
});
