/** The data of one drawn element: flat, primitive fields only, so equality is a shallow compare. */
export type ElementData = { id: string } & Record<string, string | number | boolean | null | undefined>;

export interface ElementDiff<T extends ElementData> {
  /** In `next`, not drawn yet. */
  added: T[];
  /** Drawn, absent from `next`. */
  removed: string[];
  /** Drawn and in `next` with at least one field changed (its new data). */
  updated: T[];
  /** Drawn and in `next` with identical data: nothing to do. */
  unchanged: number;
}

/**
 * What changes between the drawn elements and the next ones, by id. The view applies only this, so an
 * expansion or a filter-driven rebuild touches the few elements that changed, keeps every other element
 * (its position, its classes) and never re-adds what was already drawn.
 *
 * `structural` names fields that cannot be changed in place (an edge's endpoints): a change there is a
 * remove plus an add.
 */
export function diffById<T extends ElementData>(
  drawn: ReadonlyMap<string, T>,
  next: readonly T[],
  structural: readonly string[] = [],
): ElementDiff<T> {
  const added: T[] = [];
  const updated: T[] = [];
  const removed: string[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const item of next) {
    if (seen.has(item.id)) throw new Error(`diffById: duplicate id ${item.id}`);
    seen.add(item.id);
    const old = drawn.get(item.id);
    if (!old) added.push(item);
    else if (structural.some((k) => old[k] !== item[k])) {
      removed.push(item.id);
      added.push(item);
    } else if (sameData(old, item)) unchanged++;
    else updated.push(item);
  }
  for (const id of drawn.keys()) if (!seen.has(id)) removed.push(id);
  return { added, removed, updated, unchanged };
}

export function sameData(a: ElementData, b: ElementData): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (a[k] !== b[k]) return false;
  return true;
}
