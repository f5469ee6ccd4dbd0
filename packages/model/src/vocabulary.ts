// The ontology's closed vocabularies as plain data with no imports, so the page can take them too (through
// `@newsgraph/model/vocabulary`) without bundling zod or the ontology file. ontology.ts checks
// schema/ontology.json against these lists.
export const ENTITY_KINDS = ['Person', 'Country', 'Organization', 'Location', 'Group'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const MODALITIES = ['asserted', 'threatened', 'planned', 'hypothetical', 'denied'] as const;
export type Modality = (typeof MODALITIES)[number];

export const QUAD_CLASSES = [
  'verbal_cooperation',
  'material_cooperation',
  'verbal_conflict',
  'material_conflict',
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

export const STATEMENT_KINDS = ['direct', 'indirect'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export { EDGE_KINDS, TIME_AXES, type EdgeKind, type TimeAxis } from './network.ts';
