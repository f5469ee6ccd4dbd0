/** Which edges changed visibility when the time window moved. */
export interface WindowDelta {
  entered: number[];
  left: number[];
}

/**
 * Incremental time-window membership for edges with dated evidence.
 *
 * All evidence dates sit in one sorted array, so moving the window from [a, b] to [c, d] only visits
 * the dates that crossed a window boundary — the cost follows the change, not the graph size. An edge
 * is in the window while at least one of its dates is; only edges whose membership flips are reported,
 * which is what lets the renderer touch a few elements per frame instead of all of them.
 */
export class TimeWindowIndex {
  private readonly dates: Int32Array;
  private readonly owner: Int32Array;
  private readonly inWindowCount: Int32Array;
  private readonly visible: Uint8Array;
  private lo = 0;
  private hi = 0;
  private touched = new Int32Array(0);

  constructor(edgeDays: ReadonlyArray<ReadonlyArray<number>>) {
    let total = 0;
    for (const days of edgeDays) total += days.length;
    this.dates = new Int32Array(total);
    this.owner = new Int32Array(total);
    // One number per date (day × span + edge, span the power of two above the edge count) sorted as a typed array: no
    // [day, edge] pair per date, which at 68 000 edges was a few hundred thousand short-lived arrays in the first render
    // of a large network. Exact in a double: |day| < 2^21 (any date within ±5 700 years) times span ≤ 2^32.
    const span = 2 ** Math.ceil(Math.log2(Math.max(2, edgeDays.length)));
    const keys = new Float64Array(total);
    let k = 0;
    edgeDays.forEach((days, edge) => {
      for (const day of days) keys[k++] = day * span + edge;
    });
    keys.sort();
    for (let i = 0; i < total; i++) {
      const day = Math.floor(keys[i]! / span);
      this.dates[i] = day;
      this.owner[i] = keys[i]! - day * span;
    }
    this.inWindowCount = new Int32Array(edgeDays.length);
    this.visible = new Uint8Array(edgeDays.length);
  }

  /** Earliest and latest evidence day, or null when there is no dated evidence. */
  extent(): { from: number; to: number } | null {
    if (this.dates.length === 0) return null;
    return { from: this.dates[0]!, to: this.dates[this.dates.length - 1]! };
  }

  isInWindow(edge: number): boolean {
    return this.visible[edge] === 1;
  }

  /** Evidence dates of one edge inside the current window. */
  countInWindow(edge: number): number {
    return this.inWindowCount[edge] ?? 0;
  }

  /** Move the window to the inclusive day range [from, to]; returns the edges whose membership flipped. */
  setWindow(from: number, to: number): WindowDelta {
    const newLo = this.firstAtLeast(from);
    const newHi = to < from ? newLo : this.firstAtLeast(to + 1);
    // The dates that crossed a boundary, in a buffer reused step after step (a sweep is one step per frame).
    let touchedCount = 0;
    const oldLo = this.lo;
    const oldHi = this.hi;
    // Index ranges [oldLo, oldHi) and [newLo, newHi): visit only their symmetric difference.
    const ranges = [
      Math.max(0, Math.min(newHi, oldLo) - newLo),
      Math.max(0, newHi - Math.max(newLo, oldHi)),
      Math.max(0, Math.min(oldHi, newLo) - oldLo),
      Math.max(0, oldHi - Math.max(oldLo, newHi)),
    ];
    const needed = ranges[0]! + ranges[1]! + ranges[2]! + ranges[3]!;
    if (this.touched.length < needed) this.touched = new Int32Array(Math.max(needed, this.touched.length * 2));
    const touched = this.touched;
    const visit = (start: number, end: number, delta: 1 | -1): void => {
      for (let i = start; i < end; i++) {
        const edge = this.owner[i]!;
        this.inWindowCount[edge]! += delta;
        touched[touchedCount++] = edge;
      }
    };
    visit(newLo, Math.min(newHi, oldLo), 1);
    visit(Math.max(newLo, oldHi), newHi, 1);
    visit(oldLo, Math.min(oldHi, newLo), -1);
    visit(Math.max(oldLo, newHi), oldHi, -1);
    this.lo = newLo;
    this.hi = newHi;

    const entered: number[] = [];
    const left: number[] = [];
    for (let k = 0; k < touchedCount; k++) {
      const edge = touched[k]!;
      const now = this.inWindowCount[edge]! > 0 ? 1 : 0;
      if (now === this.visible[edge]) continue;
      this.visible[edge] = now;
      (now ? entered : left).push(edge);
    }
    return { entered, left };
  }

  private firstAtLeast(day: number): number {
    let lo = 0;
    let hi = this.dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.dates[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
