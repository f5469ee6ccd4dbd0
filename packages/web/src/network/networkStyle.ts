import type { StylesheetJson } from 'cytoscape';

/**
 * Level of detail: 'detailed' draws curved, directed edges (a few hundred elements); 'large' draws haystack
 * lines without arrows — the cheap form that keeps tens of thousands of edges interactive. Node labels are
 * the same at both levels: drawn only on nodes the view gave the `lbl` class (see labelBudget.ts), at a
 * size in model units the view keeps at 1 / zoom so they read the same at every zoom.
 */
export type DetailLevel = 'detailed' | 'large';

/**
 * The look both drawings share: Cytoscape's stylesheet below and the motion overlay (`motionOverlay.ts`), which draws
 * the same network while the time window moves or while Cytoscape builds its first frame. One source, so the two
 * cannot drift apart.
 */
export const LOOK = {
  fontFamily: 'Inter, "Segoe UI", system-ui, sans-serif',
  fontWeight: 500,
  labelColor: '#dfe6f2',
  labelOutlineColor: '#0f1522',
  /** Edge opacity in the 'large' style, by what the line stands for. */
  largeEdgeOpacity: { base: 0.28, coMention: 0.18, undated: 0.2 },
  fadedNodeOpacity: 0.12,
  fadedEdgeOpacity: 0.05,
  selectedBorder: { color: '#ffffff', width: 3 },
  pathColor: '#FFD166',
  pathEdgeWidth: 4,
} as const;

/**
 * The 'large' rules set only what differs from Cytoscape's defaults (no border, no label, solid lines, no arrows,
 * haystack radius 0), and the text properties live on `node.lbl`: every property an element's first style pass sets
 * makes Cytoscape dirty the element's connected edges once (a new collection each time), which was ~1 s of a 15 000-edge
 * first frame (`BENCH_WEB_PROFILE=first pnpm bench:web`, `checkTriggers`). Switching level replaces the whole sheet,
 * so an omitted property is back at its default.
 */
export function networkStyle(level: DetailLevel): StylesheetJson {
  const large = level === 'large';
  return [
    {
      selector: 'node',
      style: large
        ? {
            'background-color': 'data(color)',
            shape: 'data(shape)' as never,
            width: 'data(size)',
            height: 'data(size)',
          }
        : {
            'background-color': 'data(color)',
            shape: 'data(shape)' as never,
            width: 'data(size)',
            height: 'data(size)',
            'border-width': 1.5,
            'border-color': '#0b0f17',
          },
    },
    {
      selector: 'node.lbl',
      // Above unlabelled nodes, so a neighbour drawn later cannot cover the name.
      style: {
        color: LOOK.labelColor,
        'font-family': LOOK.fontFamily,
        'font-weight': LOOK.fontWeight,
        'text-outline-color': LOOK.labelOutlineColor,
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
      style: large
        ? {
            width: 'data(width)',
            'line-color': 'data(color)',
            opacity: LOOK.largeEdgeOpacity.base,
            'curve-style': 'haystack',
          }
        : {
            width: 'data(width)',
            'line-color': 'data(color)',
            'line-style': 'data(lineStyle)' as never,
            opacity: 0.75,
            'curve-style': 'bezier',
            'target-arrow-shape': 'data(arrow)' as never,
            'target-arrow-color': 'data(color)',
            'arrow-scale': 0.7,
            'control-point-step-size': 22,
          },
    },
    // Co-mentions are the weakest evidence (same article): thin and quiet, so events and statements read first.
    {
      selector: 'edge[kind = "CO_MENTION"]',
      style: { width: 1, opacity: large ? LOOK.largeEdgeOpacity.coMention : 0.32 },
    },
    // Undated evidence (the text gave no date; placed at the publication date): a hollow circle mid-line and a
    // fainter line, whatever the kind's own line style.
    {
      selector: 'edge[?undated]',
      style: {
        'mid-target-arrow-shape': 'circle',
        'mid-target-arrow-fill': 'hollow',
        'mid-target-arrow-color': 'data(color)',
        'arrow-scale': 0.9,
        opacity: large ? LOOK.largeEdgeOpacity.undated : 0.5,
      },
    },
    { selector: '.off', style: { display: 'none' } },
    // Hidden elements while a layout runs: laid out (fcose skips only display:none) but never drawn.
    { selector: '.ghost', style: { visibility: 'hidden' } },
    { selector: 'node.hover', style: { 'border-width': 2, 'border-color': '#ffffff' } },
    {
      selector: 'node.selected',
      style: {
        'border-width': LOOK.selectedBorder.width,
        'border-color': LOOK.selectedBorder.color,
        'overlay-opacity': 0,
        'z-index': 20,
      },
    },
    {
      selector: 'edge.selected',
      style: { opacity: 1, width: 'mapData(width, 0, 12, 3, 14)', 'z-index': 20, 'overlay-opacity': 0 },
    },
    { selector: 'node.path', style: { 'border-width': LOOK.selectedBorder.width, 'border-color': LOOK.pathColor } },
    {
      selector: 'edge.path',
      style: {
        'line-color': LOOK.pathColor,
        'target-arrow-color': LOOK.pathColor,
        opacity: 1,
        width: LOOK.pathEdgeWidth,
        'z-index': 15,
      },
    },
    { selector: '.faded', style: { opacity: LOOK.fadedNodeOpacity } },
    { selector: 'edge.faded', style: { opacity: LOOK.fadedEdgeOpacity } },
    { selector: 'node.fresh', style: { 'border-width': 2, 'border-color': '#9be9a8', 'border-style': 'dashed' } },
  ];
}
