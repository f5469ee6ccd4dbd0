/** DataLoader.loadMany results without the misses (null) — a loader error is rethrown, not hidden. */
export function present<T>(rows: (T | null | Error)[]): T[] {
  const out: T[] = [];
  for (const r of rows) {
    if (r instanceof Error) throw r;
    if (r !== null && r !== undefined) out.push(r);
  }
  return out;
}
