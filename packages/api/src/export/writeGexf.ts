import type { NetworkResult } from '@newsgraph/graph';
import { xmlText } from './xmlText.ts';

/**
 * GEXF 1.3 in dynamic mode with dates: each node and edge carries start/end and one spell per evidence date,
 * so Gephi's timeline replays when each connection was active.
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
    '    <attributes class="node" mode="static">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="hop" title="hop" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="sourceCount" title="sourceCount" type="integer"/>',
    '      <attribute id="label" title="label" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  const span = (first: string | null, last: string | null) => (first && last ? ` start="${first}" end="${last}"` : '');
  for (const n of network.nodes) {
    out.push(`      <node id="${xmlText(n.id)}" label="${xmlText(n.name)}"${span(n.firstDate, n.lastDate)}>`);
    out.push('        <attvalues>', `          <attvalue for="kind" value="${xmlText(n.kind)}"/>`);
    if (n.hop !== null) out.push(`          <attvalue for="hop" value="${n.hop}"/>`);
    out.push('        </attvalues>', '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of network.edges) {
    out.push(
      `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" type="${e.directed ? 'directed' : 'undirected'}" weight="${e.weight}" label="${xmlText(e.kind)}"${span(e.firstDate, e.lastDate)}>`,
      '        <attvalues>',
      `          <attvalue for="kind" value="${xmlText(e.kind)}"/>`,
      `          <attvalue for="sourceCount" value="${e.sourceCount}"/>`,
      `          <attvalue for="label" value="${xmlText(e.label)}"/>`,
      '        </attvalues>',
      '        <spells>',
      ...[...new Set(e.dates)].map((d) => `          <spell start="${d}" end="${d}"/>`),
      '        </spells>',
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
