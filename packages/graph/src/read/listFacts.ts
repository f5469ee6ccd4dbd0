import type { GraphConnection } from '../connection.ts';
import { eventRow, statementRow, type EventRow, type StatementRow } from './rows.ts';
import {
  FACT_AXIS_DATE,
  IN_WINDOW,
  int,
  toPlain,
  windowParams,
  type DateWindow,
  type ReadOptions,
  type TimeAxisName,
} from './values.ts';

export interface FactPage<T> {
  /** The entity the page belongs to (Entity.statements / Entity.events), null for a top-level list. */
  owner: string | null;
  items: T[];
  total: number;
}

interface PageArgs {
  window?: DateWindow | null;
  timeAxis: TimeAxisName;
  order: 'ASC' | 'DESC';
  minSources?: number | null;
  skip: number;
  limit: number;
}

export interface StatementListArgs extends PageArgs {
  /** Batch one page per owner entity (DataLoader); omit for a top-level list. */
  owners?: readonly string[] | null;
  ownerRole?: 'SPEAKER' | 'ABOUT' | null;
  speakerIds?: readonly string[] | null;
  aboutIds?: readonly string[] | null;
  kinds?: readonly string[] | null;
  text?: string | null;
}

export interface EventListArgs extends PageArgs {
  owners?: readonly string[] | null;
  /** With owners: only events where the owner is on this side ('source' | 'target'); both when null. */
  ownerRole?: 'source' | 'target' | null;
  types?: readonly string[] | null;
  modalities?: readonly string[] | null;
  quads?: readonly string[] | null;
  actorIds?: readonly string[] | null;
  sourceIds?: readonly string[] | null;
  targetIds?: readonly string[] | null;
}

const ORDER = {
  ASC: 'ORDER BY d ASC, f.firstSeen ASC, f.id ASC',
  DESC: 'ORDER BY d DESC, f.firstSeen DESC, f.id DESC',
} as const;

const STATEMENT_FILTER = `
  WITH DISTINCT f
  WITH f, ${FACT_AXIS_DATE('f')} AS d
  WHERE ($windowed = false OR ${IN_WINDOW('d')})
    AND ($kinds IS NULL OR f.kind IN $kinds)
    AND ($text IS NULL OR toLower(f.text) CONTAINS $text)
    AND ($minSources IS NULL OR coalesce(f.sourceCount, 0) >= $minSources)
    AND ($speakerIds IS NULL OR EXISTS { MATCH (sp:Entity)-[:SAID]->(f) WHERE sp.id IN $speakerIds })
    AND ($aboutIds IS NULL OR EXISTS { MATCH (f)-[:ABOUT]->(ab:Entity) WHERE ab.id IN $aboutIds })`;

const STATEMENT_START = {
  SPEAKER: 'MATCH (:Entity {id: owner})-[:SAID]->(f:Statement)',
  ABOUT: 'MATCH (f:Statement)-[:ABOUT]->(:Entity {id: owner})',
  SPEAKERS: 'MATCH (sp0:Entity)-[:SAID]->(f:Statement) WHERE sp0.id IN $speakerIds',
  ALL: 'MATCH (f:Statement)',
} as const;

const EVENT_FILTER = `
  WITH DISTINCT f
  WITH f, ${FACT_AXIS_DATE('f')} AS d
  WHERE ($windowed = false OR ${IN_WINDOW('d')})
    AND ($types IS NULL OR f.type IN $types)
    AND ($modalities IS NULL OR f.modality IN $modalities)
    AND ($quads IS NULL OR f.quad IN $quads)
    AND ($minSources IS NULL OR coalesce(f.sourceCount, 0) >= $minSources)
    AND ($actorIds IS NULL OR EXISTS { MATCH (x:Entity)-[:ACTOR_IN]->(f) WHERE x.id IN $actorIds })
    AND ($sourceIds IS NULL OR EXISTS { MATCH (x:Entity)-[:ACTOR_IN {role: 'source'}]->(f) WHERE x.id IN $sourceIds })
    AND ($targetIds IS NULL OR EXISTS { MATCH (x:Entity)-[:ACTOR_IN {role: 'target'}]->(f) WHERE x.id IN $targetIds })`;

const EVENT_START = {
  OWNER: 'MATCH (:Entity {id: owner})-[r0:ACTOR_IN]->(f:Event) WHERE $ownerRole IS NULL OR r0.role = $ownerRole',
  ACTORS: 'MATCH (x0:Entity)-[:ACTOR_IN]->(f:Event) WHERE x0.id IN $startIds',
  ALL: 'MATCH (f:Event)',
} as const;

/** One page (and total) per owner: the page query and the count query share the start and the filter. */
function pageQuery(start: string, filter: string, order: 'ASC' | 'DESC', batched: boolean): string {
  const head = batched ? 'UNWIND $owners AS owner' : 'WITH null AS owner';
  return `${head}
    CALL (owner) { ${start} ${filter} RETURN count(f) AS total }
    CALL (owner) { ${start} ${filter} WITH f, d ${ORDER[order]} SKIP $skip LIMIT $limit RETURN collect(f {.*}) AS items }
    RETURN owner, items, total`;
}

const nonEmpty = <T>(list: readonly T[] | null | undefined): readonly T[] | null =>
  list && list.length > 0 ? list : null;

function commonParams(args: PageArgs) {
  const w = windowParams(args.window, args.timeAxis);
  return {
    ...w,
    windowed: Boolean(w.from || w.to),
    minSources: args.minSources && args.minSources > 1 ? args.minSources : null,
    skip: int(args.skip),
    limit: int(args.limit),
  };
}

/** Statements in date order on the chosen axis: the journalist's statement history. One query per batch. */
export async function listStatements(
  graph: GraphConnection,
  args: StatementListArgs,
  options: ReadOptions = {},
): Promise<FactPage<StatementRow>[]> {
  const batched = Boolean(args.owners);
  const start = batched
    ? STATEMENT_START[args.ownerRole === 'ABOUT' ? 'ABOUT' : 'SPEAKER']
    : nonEmpty(args.speakerIds)
      ? STATEMENT_START.SPEAKERS
      : STATEMENT_START.ALL;
  const rows = await graph.readRows<{ owner: string | null; items: Record<string, unknown>[]; total: number }>(
    pageQuery(start, STATEMENT_FILTER, args.order, batched),
    {
      ...commonParams(args),
      owners: args.owners ? [...new Set(args.owners)] : null,
      speakerIds: nonEmpty(args.speakerIds),
      aboutIds: nonEmpty(args.aboutIds),
      kinds: nonEmpty(args.kinds),
      text: args.text ? args.text.toLowerCase() : null,
    },
    options,
  );
  return toPages(args.owners, rows, statementRow);
}

/** Events in date order on the chosen axis. One query per batch. */
export async function listEvents(
  graph: GraphConnection,
  args: EventListArgs,
  options: ReadOptions = {},
): Promise<FactPage<EventRow>[]> {
  const batched = Boolean(args.owners);
  const startIds = nonEmpty(args.actorIds) ?? nonEmpty(args.sourceIds) ?? nonEmpty(args.targetIds);
  const start = batched ? EVENT_START.OWNER : startIds ? EVENT_START.ACTORS : EVENT_START.ALL;
  const rows = await graph.readRows<{ owner: string | null; items: Record<string, unknown>[]; total: number }>(
    pageQuery(start, EVENT_FILTER, args.order, batched),
    {
      ...commonParams(args),
      owners: args.owners ? [...new Set(args.owners)] : null,
      ownerRole: args.ownerRole ?? null,
      startIds,
      types: nonEmpty(args.types),
      modalities: nonEmpty(args.modalities),
      quads: nonEmpty(args.quads),
      actorIds: nonEmpty(args.actorIds),
      sourceIds: nonEmpty(args.sourceIds),
      targetIds: nonEmpty(args.targetIds),
    },
    options,
  );
  return toPages(args.owners, rows, eventRow);
}

function toPages<T>(
  owners: readonly string[] | null | undefined,
  rows: { owner: string | null; items: Record<string, unknown>[]; total: number }[],
  map: (p: Record<string, unknown>) => T,
): FactPage<T>[] {
  const pages = rows.map((r) => ({
    owner: r.owner,
    items: (toPlain(r.items) as Record<string, unknown>[]).map(map),
    total: r.total,
  }));
  if (!owners) return pages;
  const byOwner = new Map(pages.map((p) => [p.owner, p]));
  return owners.map((o) => byOwner.get(o) ?? { owner: o, items: [], total: 0 });
}
