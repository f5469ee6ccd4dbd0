// Precision / recall / F1 from true-positive, false-positive and false-negative counts, shared by every scorer.
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  p: number;
  r: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  return into;
}

export function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, ...c };
}

/** A share with its numerator and denominator, so reports can print "46.1 % (286/620)". */
export interface Ratio {
  n: number;
  of: number;
  value: number;
}

export const ratio = (n: number, of: number): Ratio => ({ n, of, value: of ? n / of : 0 });
