import type { NetworkResult } from '@newsgraph/graph';
import { xmlText } from './xmlText.ts';

const NODE_KEYS = [['label', 'string'], ['kind', 'string'], ['weight', 'int'], ['hop', 'int'], ['firstDate', 'string'], ['lastDate', 'string']] as const;
const EDGE_KEYS = [['kind', 'string'], ['label', 'string'], ['weight', 'int'], ['sourceCount', 'int'], ['firstDate', 'string'], ['lastDate', 'string'], ['dates', 'string']] as const;

/** GraphML (yEd, Cytoscape desktop, NetworkX): one node per entity, one edge per aggregated network edge. */
export function writeGraphml(network: NetworkResult): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS) out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push(`  <graph id="newsgraph" edgedefault="directed">`);
  for (const n of network.nodes) {
    out.push(`    <node id="${xmlText(n.id)}">`);
    const values: Record<string, unknown> = { label: n.name, kind: n.kind, weight: n.weight, hop: n.hop, firstDate: n.firstDate, lastDate: n.lastDate };
    for (const [name] of NODE_KEYS) if (values[name] !== null && values[name] !== undefined) out.push(`      <data key="n_${name}">${xmlText(values[name])}</data>`);
    out.push('    </node>');
  }
  for (const e of network.edges) {
    out.push(`    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" directed="${e.directed}">`);
    const values: Record<string, unknown> = { kind: e.kind, label: e.label, weight: e.weight, sourceCount: e.sourceCount, firstDate: e.firstDate, lastDate: e.lastDate, dates: e.dates.join(' ') };
    for (const [name] of EDGE_KEYS) if (values[name] !== null && values[name] !== undefined) out.push(`      <data key="e_${name}">${xmlText(values[name])}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
