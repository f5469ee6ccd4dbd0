/** Items (sorted by start) whose start lies in [from, to): binary search keeps per-sentence lookups linear overall. */
export function startingIn<T extends { start: number }>(sorted: T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) out.push(sorted[i]!);
  return out;
}
