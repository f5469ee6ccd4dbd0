import type { NetworkEdgeRow, NetworkNodeRow } from '@newsgraph/graph';

/**
 * The attributes a GEXF or GraphML export declares, with their types, in one table both writers read — so the
 * two formats carry the same facts and a declared type can never disagree with the written value. Names and
 * labels are not columns: each format has its own native place for them (GEXF `label=`, GraphML a `label` key),
 * and so has the edge weight in GEXF (`weight=`).
 */
export type ColumnType = 'string' | 'integer' | 'boolean';
export type ColumnValue = string | number | boolean | null;

export interface Column<T> {
  name: string;
  type: ColumnType;
  value: (row: T) => ColumnValue;
}

/** Distinct non-empty values, sorted, joined with commas ('ACCUSE,CONSULT'): an aggregated edge may hold several. */
function distinct(values: readonly (string | null)[]): string | null {
  const set = [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  return set.length ? set.join(',') : null;
}

export const NODE_COLUMNS: readonly Column<NetworkNodeRow>[] = [
  { name: 'kind', type: 'string', value: (n) => n.kind },
  { name: 'weight', type: 'integer', value: (n) => n.weight },
  { name: 'hop', type: 'integer', value: (n) => n.hop },
  { name: 'firstDate', type: 'string', value: (n) => n.firstDate },
  { name: 'lastDate', type: 'string', value: (n) => n.lastDate },
];

export const EDGE_COLUMNS: readonly Column<NetworkEdgeRow>[] = [
  { name: 'kind', type: 'string', value: (e) => e.kind },
  // Every edge is written directed (one consistent declaration, which networkx requires); this says whether the
  // relation itself is symmetric (a co-mention, stored with the smaller id as source).
  { name: 'directed', type: 'boolean', value: (e) => e.directed },
  { name: 'weight', type: 'integer', value: (e) => e.weight },
  { name: 'sourceCount', type: 'integer', value: (e) => e.sourceCount },
  { name: 'firstDate', type: 'string', value: (e) => e.firstDate },
  { name: 'lastDate', type: 'string', value: (e) => e.lastDate },
  // One date per evidence item (repeats kept, so the count is the weight); GEXF also writes them as spells.
  { name: 'dates', type: 'string', value: (e) => e.dates.join(' ') || null },
  { name: 'eventTypes', type: 'string', value: (e) => distinct(e.moments.map((m) => m.eventType)) },
  { name: 'modalities', type: 'string', value: (e) => distinct(e.moments.map((m) => m.modality)) },
  { name: 'statementKinds', type: 'string', value: (e) => distinct(e.moments.map((m) => m.statementKind)) },
  { name: 'roleTitles', type: 'string', value: (e) => distinct(e.moments.map((m) => m.roleTitle)) },
];
