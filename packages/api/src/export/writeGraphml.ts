import type { NetworkResult } from '@newsgraph/graph';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column, type ColumnType, type ColumnValue } from './networkColumns.ts';
import { xmlText } from './xmlText.ts';

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', integer: 'int', boolean: 'boolean' };

/**
 * GraphML (yEd, Cytoscape desktop, NetworkX, Gephi): one node per entity, one edge per aggregated network edge.
 * Every edge inherits `edgedefault="directed"` — no edge says otherwise (networkx refuses an undirected edge in a
 * directed graph); the `directed` key tells a symmetric co-mention apart. Parallel edges of different kinds between
 * the same pair stay separate edges with their own ids (networkx reads them into a MultiDiGraph).
 */
export function writeGraphml(network: NetworkResult): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    ...NODE_COLUMNS.map(
      (c) => `  <key id="n_${c.name}" for="node" attr.name="${c.name}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
    ),
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
    ...EDGE_COLUMNS.map(
      (c) => `  <key id="e_${c.name}" for="edge" attr.name="${c.name}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
    ),
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  for (const n of network.nodes) {
    out.push(
      `    <node id="${xmlText(n.id)}">`,
      `      <data key="n_label">${xmlText(n.name)}</data>`,
      ...dataLines('n', NODE_COLUMNS, n),
      '    </node>',
    );
  }
  for (const e of network.edges) {
    out.push(
      `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">`,
      `      <data key="e_label">${xmlText(e.label)}</data>`,
      ...dataLines('e', EDGE_COLUMNS, e),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** A missing value is left out (GraphML has no null), never written as an empty string a typed reader rejects. */
function dataLines<T>(prefix: string, columns: readonly Column<T>[], row: T): string[] {
  const lines: string[] = [];
  for (const c of columns) {
    const v: ColumnValue = c.value(row);
    if (v !== null) lines.push(`      <data key="${prefix}_${c.name}">${xmlText(v)}</data>`);
  }
  return lines;
}
