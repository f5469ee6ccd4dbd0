/**
 * Level of detail in motion for the time bar: while the window is scrubbed (or played) frame after frame on a large
 * network, the in-window nodes and edges are drawn on one plain 2D canvas over Cytoscape's, straight from typed
 * arrays, and Cytoscape is left alone. Profiling the 68 000-edge sweep showed the time going to Cytoscape's
 * per-element style bookkeeping and garbage collection on every class change (an edge's style is dirtied again each
 * time one of its endpoints is shown or hidden), not to drawing. When the window rests, the view applies the classes
 * to Cytoscape once and this canvas is hidden: what the user asked to see is then drawn by Cytoscape, as always.
 *
 * Everything drawn here is what Cytoscape would draw for the same window (same nodes, same edges, same colours,
 * shapes and widths); only its finish is simpler (one stroke per colour and width, no label collision pass — the
 * labels are those chosen before the motion started).
 */

import { LABEL_FONT_PX } from './labelBudget.ts';
import { LOOK } from './networkStyle.ts';

export interface OverlayNode {
  x: number;
  y: number;
  /** Diameter in model units. */
  size: number;
  color: string;
  shape: string;
  faded: boolean;
  /** Highlighted (selection or path): the outline colour Cytoscape's `.selected` / `.path` draw, else null. */
  outline: string | null;
}

export interface OverlayEdge {
  source: number;
  target: number;
  color: string;
  width: number;
  alpha: number;
}

/** The frozen geometry of one motion: node positions do not change while the window moves. */
export interface OverlayScene {
  nodes: OverlayNode[];
  edges: OverlayEdge[];
  /** Edges grouped by stroke (colour, alpha, width rounded to ¼): one path and one stroke per group. */
  groups: Array<{ color: string; alpha: number; width: number; edges: Uint32Array }>;
  /** Each edge's endpoints as node indices, and each node's fill (colour and fading) as an index into `fills`. */
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  nodeFill: Uint16Array;
  fills: Array<{ color: string; alpha: number }>;
}

export interface OverlayLabel {
  node: number;
  text: string;
  side: 'bottom' | 'top' | 'right' | 'left';
}

export function buildScene(nodes: OverlayNode[], edges: OverlayEdge[]): OverlayScene {
  const byStroke = new Map<string, { color: string; alpha: number; width: number; edges: number[] }>();
  edges.forEach((e, i) => {
    const width = Math.max(0.25, Math.round(e.width * 4) / 4);
    const key = `${e.color}|${e.alpha}|${width}`;
    const group =
      byStroke.get(key) ?? byStroke.set(key, { color: e.color, alpha: e.alpha, width, edges: [] }).get(key)!;
    group.edges.push(i);
  });
  const fills: Array<{ color: string; alpha: number }> = [];
  const fillIndex = new Map<string, number>();
  const nodeFill = new Uint16Array(nodes.length);
  nodes.forEach((n, i) => {
    const key = `${n.color}|${n.faded ? 1 : 0}`;
    let k = fillIndex.get(key);
    if (k === undefined) {
      k = fills.push({ color: n.color, alpha: n.faded ? LOOK.fadedNodeOpacity : 1 }) - 1;
      fillIndex.set(key, k);
    }
    nodeFill[i] = k;
  });
  return {
    nodes,
    edges,
    groups: [...byStroke.values()].map((g) => ({ ...g, edges: Uint32Array.from(g.edges) })),
    edgeSource: Uint32Array.from(edges, (e) => e.source),
    edgeTarget: Uint32Array.from(edges, (e) => e.target),
    nodeFill,
    fills,
  };
}

const LABEL_FONT = `${LOOK.fontWeight} ${LABEL_FONT_PX}px ${LOOK.fontFamily}`;

/** A regular polygon's outline added to the current path (a module function: no closure per node per frame). */
function polygonPath(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  sides: number,
  rotation: number,
): void {
  for (let k = 0; k < sides; k++) {
    const a = rotation + (k * 2 * Math.PI) / sides;
    const px = x + r * Math.cos(a);
    const py = y + r * Math.sin(a);
    if (k === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
}

/** Adds a node's outline to the current path at screen position (x, y), radius r, in its Cytoscape shape. */
function shapePath(ctx: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number): void {
  if (shape.endsWith('rectangle')) ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else if (shape.endsWith('hexagon')) polygonPath(ctx, x, y, r, 6, 0);
  else if (shape.endsWith('diamond')) polygonPath(ctx, x, y, r, 4, -Math.PI / 2);
  else if (shape.endsWith('triangle')) polygonPath(ctx, x, y, r, 3, -Math.PI / 2);
  else {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

export class MotionOverlay {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D | null;
  private shown = false;
  /** Screen positions of the scene's nodes, reused frame after frame (no per-frame garbage while scrubbing). */
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  /** Frames this overlay has drawn (the bench counts them with Cytoscape's). */
  frames = 0;
  /** The zoom of the last frame drawn (tests: the overlay follows pan and zoom while Cytoscape is filled in). */
  drawnZoom = 0;

  constructor(container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'motion-overlay';
    // Above Cytoscape's layers, never in the way of the pointer.
    Object.assign(this.canvas.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      pointerEvents: 'none',
      zIndex: '10',
      display: 'none',
    });
    container.appendChild(this.canvas);
    this.ctx = this.canvas.getContext('2d');
  }

  get visible(): boolean {
    return this.shown;
  }

  show(width: number, height: number): void {
    if (this.canvas.width !== width) this.canvas.width = width;
    if (this.canvas.height !== height) this.canvas.height = height;
    this.canvas.style.display = 'block';
    this.shown = true;
  }

  hide(): void {
    this.canvas.style.display = 'none';
    this.shown = false;
  }

  draw(
    scene: OverlayScene,
    edgeShown: Uint8Array,
    nodeShown: Uint8Array,
    labels: readonly OverlayLabel[],
    pan: { x: number; y: number },
    zoom: number,
  ): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const { width, height } = this.canvas;
    ctx.clearRect(0, 0, width, height);
    const count = scene.nodes.length;
    if (this.xs.length < count) {
      this.xs = new Float64Array(count);
      this.ys = new Float64Array(count);
    }
    const { xs, ys } = this;
    for (let i = 0; i < count; i++) {
      const n = scene.nodes[i]!;
      xs[i] = n.x * zoom + pan.x;
      ys[i] = n.y * zoom + pan.y;
    }
    const { edgeSource, edgeTarget } = scene;
    ctx.lineCap = 'butt';
    for (const group of scene.groups) {
      ctx.beginPath();
      let any = false;
      const members = group.edges;
      for (let k = 0; k < members.length; k++) {
        const i = members[k]!;
        if (!edgeShown[i]) continue;
        const s = edgeSource[i]!;
        const t = edgeTarget[i]!;
        ctx.moveTo(xs[s]!, ys[s]!);
        ctx.lineTo(xs[t]!, ys[t]!);
        any = true;
      }
      if (!any) continue;
      ctx.globalAlpha = group.alpha;
      ctx.strokeStyle = group.color;
      ctx.lineWidth = group.width * zoom;
      ctx.stroke();
    }
    // Nodes in Cytoscape's order (later ones on top), one fill per run of the same colour and fading; emphasised ones
    // outlined after. Filling per colour over the whole set put one kind on top of all others.
    let run = -1;
    for (let i = 0; i < count; i++) {
      if (!nodeShown[i]) continue;
      const fill = scene.nodeFill[i]!;
      if (fill !== run) {
        if (run >= 0) this.fill(ctx, scene.fills[run]!);
        run = fill;
        ctx.beginPath();
      }
      const n = scene.nodes[i]!;
      shapePath(ctx, n.shape, xs[i]!, ys[i]!, (n.size / 2) * zoom);
    }
    if (run >= 0) this.fill(ctx, scene.fills[run]!);
    ctx.globalAlpha = 1;
    ctx.lineWidth = LOOK.selectedBorder.width;
    for (let i = 0; i < count; i++) {
      const n = scene.nodes[i]!;
      if (!nodeShown[i] || !n.outline) continue;
      ctx.beginPath();
      shapePath(ctx, n.shape, xs[i]!, ys[i]!, (n.size / 2) * zoom);
      ctx.strokeStyle = n.outline;
      ctx.stroke();
    }
    // The labels chosen before the motion, on their sides (12 px on screen, as Cytoscape draws them).
    ctx.font = LABEL_FONT;
    ctx.lineWidth = 2;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = LOOK.labelOutlineColor;
    ctx.fillStyle = LOOK.labelColor;
    for (const { node, text, side } of labels) {
      if (!nodeShown[node]) continue;
      const r = (scene.nodes[node]!.size / 2) * zoom + 3;
      let x = xs[node]!;
      let y = ys[node]!;
      ctx.textAlign = side === 'right' ? 'left' : side === 'left' ? 'right' : 'center';
      ctx.textBaseline = side === 'bottom' ? 'top' : side === 'top' ? 'bottom' : 'middle';
      if (side === 'bottom') y += r;
      else if (side === 'top') y -= r;
      else if (side === 'right') x += r;
      else x -= r;
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
    }
    this.drawnZoom = zoom;
    this.frames++;
  }

  private fill(ctx: CanvasRenderingContext2D, fill: { color: string; alpha: number }): void {
    ctx.globalAlpha = fill.alpha;
    ctx.fillStyle = fill.color;
    ctx.fill();
  }

  destroy(): void {
    this.canvas.remove();
  }
}
