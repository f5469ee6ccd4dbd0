/** The network as the page draws it; the API adapter maps GraphQL results onto these shapes. */
export const ENTITY_KINDS = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'LOCATION', 'GROUP'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EDGE_KINDS = ['EVENT', 'STATEMENT', 'CO_MENTION', 'ROLE'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export interface NetNode {
  id: string;
  label: string;
  kind: EntityKind;
  /** Activity in the loaded range (mentions, events, statements); drives node size. */
  activity: number;
}

export interface NetEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
  /** Day numbers (see dayNumber.ts) of every piece of evidence, ascending: what time-window filtering slices. */
  days: number[];
  /** Event types behind the edge (EVENT edges), for the event-type filter. */
  eventTypes?: string[];
  /** Modalities behind the edge (EVENT edges), for the modality filter. */
  modalities?: string[];
  /** Every piece of evidence is an event or statement without a date of its own (placed at its publication date). */
  undated?: boolean;
}

export interface NetworkData {
  nodes: NetNode[];
  edges: NetEdge[];
  /** Undated events and statements among the loaded evidence (whether shown or not). */
  undated?: number;
}

export interface Position {
  x: number;
  y: number;
}
