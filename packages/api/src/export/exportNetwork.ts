import type { NetworkResult } from '@newsgraph/graph';
import { writeGexf } from './writeGexf.ts';
import { writeGraphml } from './writeGraphml.ts';

export type ExportFormatName = 'GRAPHML' | 'GEXF' | 'JSON';

const FORMATS: Record<ExportFormatName, { ext: string; mimeType: string; write: (n: NetworkResult) => string }> = {
  GRAPHML: { ext: 'graphml', mimeType: 'application/graphml+xml', write: writeGraphml },
  GEXF: { ext: 'gexf', mimeType: 'application/gexf+xml', write: (n) => writeGexf(n) },
  JSON: {
    ext: 'json',
    mimeType: 'application/json',
    write: (n) =>
      JSON.stringify(
        {
          from: n.from,
          to: n.to,
          timeAxis: n.timeAxis,
          truncated: n.truncated,
          nodes: n.nodes,
          edges: n.edges.map(({ moments: _m, ...e }) => ({ ...e, moments: _m.map(({ outlets: _o, ...m }) => m) })),
        },
        null,
        2,
      ),
  },
};

/** A network view serialised for Gephi, yEd/NetworkX or scripts. */
export function exportNetwork(format: ExportFormatName, network: NetworkResult) {
  const f = FORMATS[format];
  const stamp = [network.from, network.to].filter(Boolean).join('_') || 'all';
  return {
    format,
    filename: `newsgraph-network-${stamp}.${f.ext}`,
    mimeType: f.mimeType,
    content: f.write(network),
    nodeCount: network.nodes.length,
    edgeCount: network.edges.length,
  };
}
