import { EDGE_KINDS, ENTITY_KINDS as MODEL_ENTITY_KINDS } from '@newsgraph/model/vocabulary';
import { asGraphqlEnum } from '../api/graphqlEnum.ts';

/** The network as the page draws it; the API adapter maps GraphQL results onto these shapes. */
export const ENTITY_KINDS = asGraphqlEnum(MODEL_ENTITY_KINDS);
export type EntityKind = (typeof ENTITY_KINDS)[number];

export { EDGE_KINDS };
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
