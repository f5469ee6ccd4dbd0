/**
 * Level of detail for node labels. Which labels are drawn is decided here, in screen space, each time the
 * viewport or what is visible changes: the forced ones (selected, hovered, searched, on the shown path) always,
 * then the most central visible nodes, up to a budget that grows as one zooms in, skipping any label whose box
 * would overlap one already placed or cross the canvas edge. Never all-or-nothing: there is always a budget.
 */

/** Label font size on screen, in px, whatever the zoom (the view scales the model font by 1 / zoom). */
export const LABEL_FONT_PX = 12;
const MIN_BUDGET = 12;
const MAX_BUDGET = 400;
/** The budget at zoom 1 on a 1280 × 800 canvas. */
const BUDGET_AT_ZOOM_1 = 30;
const REFERENCE_AREA = 1280 * 800;

/** How many labels (forced ones included) may be drawn at this zoom on a canvas of this size. */
export function labelBudget(zoom: number, width: number, height: number): number {
  const area = Math.max(1, width * height) / REFERENCE_AREA;
  // Zooming in spreads the nodes apart, so there is room for more names; zooming out still keeps the hubs'.
  const raw = BUDGET_AT_ZOOM_1 * Math.sqrt(area) * Math.pow(Math.max(zoom, 1e-3), 1.5);
  return Math.max(MIN_BUDGET, Math.min(MAX_BUDGET, Math.round(raw)));
}

export type LabelSide = 'bottom' | 'top' | 'right' | 'left';
const SIDES: readonly LabelSide[] = ['bottom', 'top', 'right', 'left'];

export interface LabelCandidate {
  id: string;
  /** Node centre on screen (rendered px). */
  x: number;
  y: number;
  /** Node radius on screen. */
  r: number;
  /** The text's box on screen: its near edge is `gap` px from the node, as Cytoscape's `text-margin` puts it. */
  width: number;
  height: number;
  /**
   * What the drawn label reaches beyond its text box on every side (px): the text outline, which Cytoscape draws
   * centred on the glyphs' edge (so also towards the node), and the slack it adds to every label's bounds.
   */
  pad?: number;
  /** Always labelled when on screen (selected, hovered, searched, on the path). */
  forced: boolean;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The box a node's label covers on one side: the text `gap` px from the node's edge, grown by `pad` on every side
 * (so the pad reaches back towards the node too: that is where the outline of the text's near edge is drawn).
 */
export function labelBox(c: LabelCandidate, side: LabelSide, gap = 3): Box {
  const text = textBox(c, side, gap);
  const pad = c.pad ?? 0;
  return { x1: text.x1 - pad, y1: text.y1 - pad, x2: text.x2 + pad, y2: text.y2 + pad };
}

function textBox(c: LabelCandidate, side: LabelSide, gap: number): Box {
  switch (side) {
    case 'bottom':
      return { x1: c.x - c.width / 2, y1: c.y + c.r + gap, x2: c.x + c.width / 2, y2: c.y + c.r + gap + c.height };
    case 'top':
      return { x1: c.x - c.width / 2, y1: c.y - c.r - gap - c.height, x2: c.x + c.width / 2, y2: c.y - c.r - gap };
    case 'right':
      return { x1: c.x + c.r + gap, y1: c.y - c.height / 2, x2: c.x + c.r + gap + c.width, y2: c.y + c.height / 2 };
    case 'left':
      return { x1: c.x - c.r - gap - c.width, y1: c.y - c.height / 2, x2: c.x - c.r - gap, y2: c.y + c.height / 2 };
  }
}

/** Rough width of a label in px (no text measuring: this runs for thousands of nodes per pass). */
export function estimateLabelWidth(text: string, fontPx = LABEL_FONT_PX): number {
  return Math.ceil(text.length * fontPx * 0.58) + 4;
}

/**
 * Greedy placement. `candidates` come in priority order (forced first, then by centrality); each is placed on
 * the first side whose box lies inside the canvas (inset by `margin`) and overlaps no placed box, until
 * `budget` labels are placed. A forced label that fits nowhere without overlap is still placed (inside the
 * canvas) — the selected node's name matters more than a tidy map — but unforced ones never overlap.
 * Boxes are kept in a coarse grid, so a pass is linear in the candidates looked at.
 */
export function pickLabels(
  candidates: Iterable<LabelCandidate>,
  budget: number,
  width: number,
  height: number,
  margin = 2,
): Map<string, LabelSide> {
  const placed = new Map<string, LabelSide>();
  const cell = 64;
  const grid = new Map<number, Box[]>();
  const cols = Math.ceil(width / cell) + 1;
  const cellsOf = (b: Box): number[] => {
    const out: number[] = [];
    const cx1 = Math.max(0, Math.floor(b.x1 / cell));
    const cx2 = Math.floor(b.x2 / cell);
    const cy1 = Math.max(0, Math.floor(b.y1 / cell));
    const cy2 = Math.floor(b.y2 / cell);
    for (let gy = cy1; gy <= cy2; gy++) for (let gx = cx1; gx <= cx2; gx++) out.push(gy * cols + gx);
    return out;
  };
  const overlaps = (b: Box): boolean => {
    for (const k of cellsOf(b))
      for (const o of grid.get(k) ?? []) if (b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2) return true;
    return false;
  };
  const inside = (b: Box): boolean =>
    b.x1 >= margin && b.y1 >= margin && b.x2 <= width - margin && b.y2 <= height - margin;
  for (const c of candidates) {
    if (placed.size >= budget) break;
    if (placed.has(c.id)) continue;
    let chosen: LabelSide | null = null;
    let fallback: LabelSide | null = null;
    for (const side of SIDES) {
      const box = labelBox(c, side);
      if (!inside(box)) continue;
      fallback ??= side;
      if (!overlaps(box)) {
        chosen = side;
        break;
      }
    }
    if (chosen === null && c.forced) chosen = fallback;
    if (chosen === null) continue;
    placed.set(c.id, chosen);
    const box = labelBox(c, chosen);
    for (const k of cellsOf(box)) (grid.get(k) ?? grid.set(k, []).get(k)!).push(box);
  }
  return placed;
}
