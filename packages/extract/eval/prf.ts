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

const harmonicMean = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: harmonicMean(p, r), ...c };
}

/**
 * P/R/F1 when precision and recall count different things: `hit` of `predicted` predictions match a gold item,
 * `found` of `gold` gold items are matched (several predictions may hit one gold item), so F1 comes from the two
 * rates; tp is the found side.
 */
export function prfFromRates(hit: number, predicted: number, found: number, gold: number): Prf {
  const p = predicted ? hit / predicted : 0;
  const r = gold ? found / gold : 0;
  return { p, r, f1: harmonicMean(p, r), tp: found, fp: predicted - hit, fn: gold - found };
}

/** A share with its numerator and denominator, so reports can print "46.1 % (286/620)". */
export interface Ratio {
  n: number;
  of: number;
  value: number;
}

export const ratio = (n: number, of: number): Ratio => ({ n, of, value: of ? n / of : 0 });
