import type { GraphConnection } from '../connection.ts';
import { bucketEnd, bucketRange, TRUNCATE_UNIT, type BucketUnit } from './timeBuckets.ts';
import {
  FACT_AXIS_DATE,
  IN_WINDOW,
  windowParams,
  type DateWindow,
  type ReadOptions,
  type TimeAxisName,
} from './values.ts';

export interface DyadBucketRow {
  start: string;
  end: string;
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
  cooperation: number;
  conflict: number;
  aToB: number;
  bToA: number;
  eventIds: string[];
}

export interface DyadResult {
  aId: string;
  bId: string;
  bucket: BucketUnit;
  buckets: DyadBucketRow[];
}

const QUAD_FIELD = {
  verbal_cooperation: 'verbalCooperation',
  material_cooperation: 'materialCooperation',
  verbal_conflict: 'verbalConflict',
  material_conflict: 'materialConflict',
} as const;

/** Events between two actors (either direction) per bucket, counted by PLOVER quad class. One query. */
export async function readDyad(
  graph: GraphConnection,
  args: {
    aId: string;
    bId: string;
    bucket: BucketUnit;
    window?: DateWindow | null;
    timeAxis: TimeAxisName;
    modalities?: readonly string[] | null;
  },
  options: ReadOptions = {},
): Promise<DyadResult> {
  const w = windowParams(args.window, args.timeAxis);
  const rows = await graph.readRows<{
    id: string;
    quad: keyof typeof QUAD_FIELD | null;
    aRole: string;
    bucket: string;
  }>(
    `MATCH (x:Entity {id: $a})-[r1:ACTOR_IN]->(f:Event)<-[r2:ACTOR_IN]-(y:Entity {id: $b})
     WHERE r1.role <> r2.role AND ($modalities IS NULL OR f.modality IN $modalities)
     WITH DISTINCT f, r1.role AS aRole
     WITH f, aRole, ${FACT_AXIS_DATE('f')} AS d
     WHERE ($windowed = false AND d IS NOT NULL) OR ${IN_WINDOW('d')}
     RETURN f.id AS id, f.quad AS quad, aRole, toString(date.truncate($unit, d)) AS bucket ORDER BY d, f.id`,
    {
      a: args.aId,
      b: args.bId,
      ...w,
      windowed: Boolean(w.from || w.to),
      unit: TRUNCATE_UNIT[args.bucket],
      modalities: args.modalities?.length ? args.modalities : null,
    },
    options,
  );
  const byStart = new Map<string, DyadBucketRow>();
  const bucket = (start: string) => {
    let b = byStart.get(start);
    if (!b) {
      b = {
        start,
        end: bucketEnd(start, args.bucket),
        verbalCooperation: 0,
        materialCooperation: 0,
        verbalConflict: 0,
        materialConflict: 0,
        cooperation: 0,
        conflict: 0,
        aToB: 0,
        bToA: 0,
        eventIds: [],
      };
      byStart.set(start, b);
    }
    return b;
  };
  for (const r of rows) {
    const b = bucket(r.bucket);
    if (b.eventIds.includes(r.id)) continue;
    b.eventIds.push(r.id);
    // An event without a quad class (null) counts only toward its direction.
    if (r.quad) b[QUAD_FIELD[r.quad]] += 1;
    if (r.quad?.endsWith('cooperation')) b.cooperation += 1;
    if (r.quad?.endsWith('conflict')) b.conflict += 1;
    if (r.aRole === 'source') b.aToB += 1;
    else b.bToA += 1;
  }
  const starts = [...byStart.keys()].sort();
  const first = w.from ?? starts[0];
  const last = w.to ?? starts.at(-1);
  if (first && last) for (const s of bucketRange(first, last, args.bucket) ?? []) bucket(s);
  return {
    aId: args.aId,
    bId: args.bId,
    bucket: args.bucket,
    buckets: [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start)),
  };
}
