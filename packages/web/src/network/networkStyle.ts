import type { StylesheetJson } from 'cytoscape';

/**
 * Level of detail: 'detailed' draws curved, directed edges (a few hundred elements); 'large' draws haystack
 * lines without arrows — the cheap form that keeps tens of thousands of edges interactive. Node labels are
 * the same at both levels: drawn only on nodes the view gave the `lbl` class (see labelBudget.ts), at a
 * size in model units the view keeps at 1 / zoom so they read the same at every zoom.
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
        label: '',
        color: '#dfe6f2',
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-weight': 500,
        'text-outline-color': '#0f1522',
      },
    },
    {
      selector: 'node.lbl',
      // Above unlabelled nodes, so a neighbour drawn later cannot cover the name.
      style: {
        label: 'data(label)',
        'font-size': 'data(lfs)',
        'text-outline-width': 'data(lo)',
        'min-zoomed-font-size': 0,
        'text-events': 'no',
        'z-index': 10,
      } as never,
    },
    {
      selector: 'node.lbl-bottom',
      style: { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 'data(lm)' } as never,
    },
    {
      selector: 'node.lbl-top',
      style: { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': 'data(lmn)' } as never,
    },
    {
      selector: 'node.lbl-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 'data(lm)' } as never,
    },
    {
      selector: 'node.lbl-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': 'data(lmn)' } as never,
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
    // Undated evidence (the text gave no date; placed at the publication date): a hollow circle mid-line and a
    // fainter line, whatever the kind's own line style.
    {
      selector: 'edge[?undated]',
      style: {
        'mid-target-arrow-shape': 'circle',
        'mid-target-arrow-fill': 'hollow',
        'mid-target-arrow-color': 'data(color)',
        'arrow-scale': 0.9,
        opacity: large ? 0.2 : 0.5,
      },
    },
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
    {
      selector: 'edge.path',
      style: { 'line-color': '#FFD166', 'target-arrow-color': '#FFD166', opacity: 1, width: 4, 'z-index': 15 },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    { selector: 'node.fresh', style: { 'border-width': 2, 'border-color': '#9be9a8', 'border-style': 'dashed' } },
  ];
}
