/**
 * Which node is under the pointer while the overlay draws (Cytoscape has not got, or not styled, the elements yet):
 * a uniform grid of screen cells over the overlay's last frame — node screen positions and radii from its typed
 * arrays, the grid built once per viewport (pan/zoom change) and each query looks at the cells the pointer's
 * neighbourhood covers. Counting sort into flat arrays: no per-node objects at 3 200+ nodes.
 */
export class OverlayHitGrid {
  private cellStart = new Int32Array(0);
  private items = new Int32Array(0);
  private cols = 0;
  private rows = 0;
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private rs = new Float64Array(0);
  private count = 0;
  private maxR = 0;
  /** The viewport the grid was built for (pan x, pan y, zoom): rebuilt when it changes. */
  private key = '';

  constructor(private readonly cell = 32) {}

  /** Valid for this viewport? */
  matches(key: string): boolean {
    return this.key === key;
  }

  /**
   * Index the shown nodes (`shown[i]`) at screen positions (xs, ys) with screen radii rs over a width × height canvas.
   * Nodes off the canvas are left out (they cannot be under the pointer).
   */
  build(
    key: string,
    xs: Float64Array,
    ys: Float64Array,
    rs: Float64Array,
    shown: Uint8Array,
    count: number,
    width: number,
    height: number,
  ): void {
    this.key = key;
    this.xs = xs.slice(0, count);
    this.ys = ys.slice(0, count);
    this.rs = rs.slice(0, count);
    this.count = count;
    this.maxR = 4;
    for (let i = 0; i < count; i++) if (shown[i] && rs[i]! > this.maxR) this.maxR = rs[i]!;
    this.cols = Math.max(1, Math.ceil(width / this.cell));
    this.rows = Math.max(1, Math.ceil(height / this.cell));
    const cells = this.cols * this.rows;
    const cellOf = new Int32Array(count).fill(-1);
    const counts = new Int32Array(cells + 1);
    for (let i = 0; i < count; i++) {
      if (!shown[i]) continue;
      const c = this.cellAt(xs[i]!, ys[i]!);
      if (c < 0) continue;
      cellOf[i] = c;
      counts[c + 1]!++;
    }
    for (let c = 0; c < cells; c++) counts[c + 1]! += counts[c]!;
    this.cellStart = counts;
    const fill = counts.slice(0, cells);
    this.items = new Int32Array(counts[cells]!);
    for (let i = 0; i < count; i++) if (cellOf[i]! >= 0) this.items[fill[cellOf[i]!]!++] = i;
  }

  /**
   * The node whose disc holds (x, y) — the one drawn last (on top) when several do — or -1. Nodes bigger than a cell
   * are found too: the search reaches as many cells as the largest radius spans.
   */
  hit(x: number, y: number): number {
    const reach = Math.ceil(this.maxR / this.cell);
    const cx = Math.floor(x / this.cell);
    const cy = Math.floor(y / this.cell);
    let best = -1;
    for (let row = Math.max(0, cy - reach); row <= Math.min(this.rows - 1, cy + reach); row++)
      for (let col = Math.max(0, cx - reach); col <= Math.min(this.cols - 1, cx + reach); col++) {
        const c = row * this.cols + col;
        for (let k = this.cellStart[c]!; k < this.cellStart[c + 1]!; k++) {
          const i = this.items[k]!;
          const dx = this.xs[i]! - x;
          const dy = this.ys[i]! - y;
          // A small floor so a 2 px node zoomed far out can still be picked.
          const r = Math.max(this.rs[i]!, 4);
          if (dx * dx + dy * dy <= r * r && i > best) best = i;
        }
      }
    return best;
  }

  get size(): number {
    return this.count;
  }

  private cellAt(x: number, y: number): number {
    if (x < 0 || y < 0) return -1;
    const col = Math.floor(x / this.cell);
    const row = Math.floor(y / this.cell);
    if (col >= this.cols || row >= this.rows) return -1;
    return row * this.cols + col;
  }
}
