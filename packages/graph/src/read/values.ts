import type { TimeAxis } from '@newsgraph/model';
import neo4j from 'neo4j-driver';

/** Options every reader accepts: the request's remaining time (Neo4j transaction timeout) and log metadata. */
export interface ReadOptions {
  timeoutMs?: number;
  metadata?: Record<string, unknown>;
  /** See TransactionOptions: the request gave up (its open transactions end), or its query budget is spent. */
  signal?: AbortSignal;
  beforeTransaction?: () => void;
  onTransaction?: (ended: Promise<void>) => void;
}

export type TimeAxisName = TimeAxis;

/** An inclusive window of ISO dates (YYYY-MM-DD); either end may be missing. */
export interface DateWindow {
  from?: string | null;
  to?: string | null;
}

/** Window parameters as every windowed query expects them ($from, $to strings or null, $axis). */
// The axis is required: its default (EVENT) is applied once, at the edge (the SDL's argument defaults in the API,
// explicit values in the CLI and other callers), never again here.
export function windowParams(window: DateWindow | null | undefined, axis: TimeAxisName) {
  return { from: window?.from ?? null, to: window?.to ?? null, axis };
}

/** Integers must be sent as Neo4j integers (JS numbers travel as floats), e.g. for SKIP/LIMIT. */
export function int(n: number) {
  return neo4j.int(Math.trunc(n));
}

/** Driver temporal values → ISO strings, recursively (records come back with driver Date/DateTime objects). */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (isTemporal(value)) return temporalToString(value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

function temporalToString(value: object): string {
  // DateTime with a zero offset prints "+00:00"? The driver prints "Z" for UTC; keep its ISO form.
  return (value as { toString(): string }).toString();
}

export const str = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : (v as { toString(): string }).toString();
export const num = (v: unknown): number | null =>
  typeof v === 'number' ? v : v === null || v === undefined ? null : Number(v);
export const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => x !== null).map(String) : []);

/** Time-axis date of a fact (Event or Statement bound to `f`): its own date, else the earliest report. */
export const FACT_PUBLISHED = (f: string) => `date(coalesce(${f}.firstSeen, ${f}.date))`;
export const FACT_AXIS_DATE = (f: string) =>
  `CASE $axis WHEN 'PUBLISHED' THEN ${FACT_PUBLISHED(f)} ELSE coalesce(${f}.date, ${FACT_PUBLISHED(f)}) END`;
/** `d` inside the window ($from/$to are ISO strings or null). */
export const IN_WINDOW = (d: string) =>
  `(${d} IS NOT NULL AND ($from IS NULL OR ${d} >= date($from)) AND ($to IS NULL OR ${d} <= date($to)))`;
/** Publication instant of an article (ingestedAt when the outlet gave none). */
export const ARTICLE_TIME = (a: string) => `coalesce(${a}.publishedAt, ${a}.ingestedAt)`;
export const OUTLET = (a: string) => `coalesce(${a}.outlet, ${a}.source, ${a}.id)`;
