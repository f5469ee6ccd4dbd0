import type { NetworkResult } from '@newsgraph/graph';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from './networkColumns.ts';
import { xmlText } from './xmlText.ts';

// GEXF carries the edge weight natively (`weight=`), so it is not declared again as an attribute.
const GEXF_EDGE_COLUMNS = EDGE_COLUMNS.filter((c) => c.name !== 'weight');

/**
 * GEXF 1.3 in dynamic mode with dates (Gephi's timeline, networkx's `read_gexf`). A node lives from its first to its
 * last date (`start`/`end`); an edge is present on each date it has evidence (one `<spell>` per distinct date, no
 * `start`/`end` of its own, which would make it present in between too). Every edge is directed, as the graph
 * declares (networkx refuses an undirected edge in a directed graph); the `directed` attribute tells a symmetric
 * co-mention apart. Attribute ids are their titles, so a reader keyed either way sees the same names.
 */
export function writeGexf(network: NetworkResult, now = new Date()): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">`,
    '    <creator>newsgraph</creator>',
    `    <description>${xmlText(`Entity network, ${network.timeAxis === 'PUBLISHED' ? 'publication' : 'event'} time, window ${network.from ?? '…'} to ${network.to ?? '…'}`)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    ...declarations('node', NODE_COLUMNS),
    ...declarations('edge', GEXF_EDGE_COLUMNS),
    '    <nodes>',
  ];
  for (const n of network.nodes) {
    const span = n.firstDate && n.lastDate ? ` start="${xmlText(n.firstDate)}" end="${xmlText(n.lastDate)}"` : '';
    out.push(
      `      <node id="${xmlText(n.id)}" label="${xmlText(n.name)}"${span}>`,
      ...attvalues(NODE_COLUMNS, n),
      '      </node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of network.edges) {
    out.push(
      `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" weight="${e.weight}" label="${xmlText(e.label)}">`,
      ...attvalues(GEXF_EDGE_COLUMNS, e),
      '        <spells>',
      ...[...new Set(e.dates)].map((d) => `          <spell start="${xmlText(d)}" end="${xmlText(d)}"/>`),
      '        </spells>',
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

function declarations<T>(cls: 'node' | 'edge', columns: readonly Column<T>[]): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${c.name}" title="${c.name}" type="${c.type}"/>`),
    '    </attributes>',
  ];
}

/** A missing value is left out rather than written empty (an empty integer or boolean is not a value). */
function attvalues<T>(columns: readonly Column<T>[], row: T): string[] {
  const lines = ['        <attvalues>'];
  for (const c of columns) {
    const v = c.value(row);
    if (v !== null) lines.push(`          <attvalue for="${c.name}" value="${xmlText(v)}"/>`);
  }
  lines.push('        </attvalues>');
  return lines;
}
