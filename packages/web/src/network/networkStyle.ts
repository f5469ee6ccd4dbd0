import type { StylesheetJson } from 'cytoscape';

/**
 * Level of detail: 'detailed' draws curved, labelled, directed edges (a few hundred elements);
 * 'large' draws haystack lines without arrows or edge labels and shows node labels only when zoomed
 * in — the cheap form that keeps tens of thousands of edges interactive.
 */
export type DetailLevel = 'detailed' | 'large';

export function networkStyle(level: DetailLevel): StylesheetJson {
  const large = level === 'large';
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': large ? 0 : 1.5,
        'border-color': '#0b0f17',
        label: large ? '' : 'data(label)',
        color: '#dfe6f2',
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-size': 11,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#0f1522',
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
        'text-max-width': '120px',
        'text-wrap': 'ellipsis',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'line-style': large ? 'solid' : ('data(lineStyle)' as never),
        opacity: large ? 0.28 : 0.75,
        'curve-style': large ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        'target-arrow-shape': large ? 'none' : ('data(arrow)' as never),
        'target-arrow-color': 'data(color)',
        'arrow-scale': 0.7,
        'control-point-step-size': 22,
      },
    },
    // Co-mentions are the weakest evidence (same article): thin and quiet, so events and statements read first.
    { selector: 'edge[kind = "CO_MENTION"]', style: { width: 1, opacity: large ? 0.18 : 0.32 } },
    { selector: '.off', style: { display: 'none' } },
    // Hidden elements while a layout runs: laid out (fcose skips only display:none) but never drawn.
    { selector: '.ghost', style: { visibility: 'hidden' } },
    { selector: 'node.hover', style: { 'border-width': 2, 'border-color': '#ffffff' } },
    {
      selector: 'node.selected',
      style: { 'border-width': 3, 'border-color': '#ffffff', 'overlay-opacity': 0, 'z-index': 20 },
    },
    {
      selector: 'edge.selected',
      style: { opacity: 1, width: 'mapData(width, 0, 12, 3, 14)', 'z-index': 20, 'overlay-opacity': 0 },
    },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#FFD166' } },
    { selector: 'edge.path', style: { 'line-color': '#FFD166', 'target-arrow-color': '#FFD166', opacity: 1, width: 4, 'z-index': 15 } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    { selector: 'node.fresh', style: { 'border-width': 2, 'border-color': '#9be9a8', 'border-style': 'dashed' } },
  ];
}
