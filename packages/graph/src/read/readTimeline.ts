import type { GraphConnection } from '../connection.ts';
import { bucketEnd, bucketRange, TRUNCATE_UNIT, type BucketUnit } from './timeBuckets.ts';
import {
  ARTICLE_TIME,
  FACT_AXIS_DATE,
  IN_WINDOW,
  windowParams,
  type DateWindow,
  type ReadOptions,
  type TimeAxisName,
} from './values.ts';

export interface TimelineBucketRow {
  start: string;
  end: string;
  events: number;
  statements: number;
  articles: number;
  total: number;
}

const IN = (d: string) => `($windowed = false AND ${d} IS NOT NULL OR ${IN_WINDOW(d)})`;
const COUNT = (what: string, d: string) =>
  `RETURN '${what}' AS what, toString(date.truncate($unit, ${d})) AS bucket, count(*) AS n`;

const SCOPED = `
  CALL () {
    UNWIND $ids AS id MATCH (:Entity {id: id})-[:ACTOR_IN]->(f:Event) WITH DISTINCT f
    WITH ${FACT_AXIS_DATE('f')} AS d WHERE ${IN('d')} ${COUNT('events', 'd')}
    UNION ALL
    UNWIND $ids AS id MATCH (x:Entity {id: id})
    CALL (x) { MATCH (x)-[:SAID]->(f:Statement) RETURN f UNION MATCH (f:Statement)-[:ABOUT]->(x) RETURN f }
    WITH DISTINCT f
    WITH ${FACT_AXIS_DATE('f')} AS d WHERE ${IN('d')} ${COUNT('statements', 'd')}
    UNION ALL
    UNWIND $ids AS id MATCH (:Entity {id: id})-[:MENTIONED_IN]->(a:Article) WITH DISTINCT a
    WITH date(${ARTICLE_TIME('a')}) AS d WHERE ${IN('d')} ${COUNT('articles', 'd')}
  }
  RETURN what, bucket, n`;

const GLOBAL = `
  CALL () {
    MATCH (f:Event) WITH ${FACT_AXIS_DATE('f')} AS d WHERE ${IN('d')} ${COUNT('events', 'd')}
    UNION ALL
    MATCH (f:Statement) WITH ${FACT_AXIS_DATE('f')} AS d WHERE ${IN('d')} ${COUNT('statements', 'd')}
    UNION ALL
    MATCH (a:Article) WITH date(${ARTICLE_TIME('a')}) AS d WHERE ${IN('d')} ${COUNT('articles', 'd')}
  }
  RETURN what, bucket, n`;

const PER_ENTITY = `
  UNWIND $ids AS owner
  CALL (owner) {
    MATCH (:Entity {id: owner})-[:ACTOR_IN]->(f:Event) WITH DISTINCT f
    WITH ${FACT_AXIS_DATE('f')} AS d WHERE ${IN('d')} ${COUNT('events', 'd')}
    UNION ALL
    MATCH (x:Entity {id: owner})
    CALL (x) { MATCH (x)-[:SAID]->(f:Statement) RETURN f UNION MATCH (f:Statement)-[:ABOUT]->(x) RETURN f }
    WITH DISTINCT f
    WITH ${FACT_AXIS_DATE('f')} AS d WHERE ${IN('d')} ${COUNT('statements', 'd')}
    UNION ALL
    MATCH (:Entity {id: owner})-[:MENTIONED_IN]->(a:Article) WITH DISTINCT a
    WITH date(${ARTICLE_TIME('a')}) AS d WHERE ${IN('d')} ${COUNT('articles', 'd')}
  }
  RETURN owner, what, bucket, n`;

/** Activity histograms of several entities, each on its own (Entity.activity, batched). One query. */
export async function readEntityActivity(
  graph: GraphConnection,
  ids: readonly string[],
  args: { bucket: BucketUnit; window?: DateWindow | null; timeAxis: TimeAxisName },
  options: ReadOptions = {},
): Promise<TimelineBucketRow[][]> {
  if (ids.length === 0) return [];
  const w = windowParams(args.window, args.timeAxis);
  const rows = await graph.readRows<{
    owner: string;
    what: 'events' | 'statements' | 'articles';
    bucket: string;
    n: number;
  }>(
    PER_ENTITY,
    { ...w, windowed: Boolean(w.from || w.to), ids: [...new Set(ids)], unit: TRUNCATE_UNIT[args.bucket] },
    options,
  );
  return ids.map((id) =>
    fillBuckets(
      rows.filter((r) => r.owner === id),
      args.bucket,
      w.from,
      w.to,
    ),
  );
}

/**
 * Activity per bucket (events, statements, articles) of some entities or of the whole graph, with empty
 * buckets filled between the first and last active ones (or the window's ends when both are given).
 */
export async function readTimeline(
  graph: GraphConnection,
  args: {
    entityIds?: readonly string[] | null;
    bucket: BucketUnit;
    window?: DateWindow | null;
    timeAxis: TimeAxisName;
  },
  options: ReadOptions = {},
): Promise<TimelineBucketRow[]> {
  const w = windowParams(args.window, args.timeAxis);
  const scoped = Boolean(args.entityIds?.length);
  const rows = await graph.readRows<{ what: 'events' | 'statements' | 'articles'; bucket: string; n: number }>(
    scoped ? SCOPED : GLOBAL,
    {
      ...w,
      windowed: Boolean(w.from || w.to),
      ids: scoped ? [...new Set(args.entityIds)] : null,
      unit: TRUNCATE_UNIT[args.bucket],
    },
    options,
  );
  return fillBuckets(rows, args.bucket, w.from, w.to);
}

export function fillBuckets(
  rows: { what: 'events' | 'statements' | 'articles'; bucket: string; n: number }[],
  unit: BucketUnit,
  from: string | null,
  to: string | null,
): TimelineBucketRow[] {
  const byStart = new Map<string, TimelineBucketRow>();
  const row = (start: string) => {
    let r = byStart.get(start);
    if (!r) {
      r = { start, end: bucketEnd(start, unit), events: 0, statements: 0, articles: 0, total: 0 };
      byStart.set(start, r);
    }
    return r;
  };
  for (const r of rows) {
    const b = row(r.bucket);
    b[r.what] += r.n;
    b.total += r.n;
  }
  const starts = [...byStart.keys()].sort();
  const first = from ?? starts[0];
  const last = to ?? starts.at(-1);
  if (first && last) for (const s of bucketRange(first, last, unit) ?? []) row(s);
  return [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
}
