import type { EdgeKind, EntityKind, EventType, Modality, TimeAxis } from '../api/queries.ts';

export type ViewName = 'network' | 'statements' | 'dyad';

/** Everything a shared link must reproduce. */
export interface ViewState {
  view: ViewName;
  /** Selected entities (two selected: the shortest path between them is shown). */
  selected: string[];
  /** Selected connection as its two entity ids. */
  edge: [string, string] | null;
  /** Entities whose neighbourhoods were expanded into the network. */
  expanded: string[];
  /** Inclusive ISO dates; null = the whole range. */
  window: { from: string; to: string } | null;
  axis: TimeAxis;
  /** Empty = all kinds. */
  entityKinds: EntityKind[];
  edgeKinds: EdgeKind[];
  eventTypes: EventType[];
  modalities: Modality[];
  minWeight: number;
  /** Draw events and statements whose text gave no date (at their publication date, marked as undated). */
  undated: boolean;
  speaker: string | null;
  topic: string | null;
  dyad: [string, string] | null;
  article: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  view: 'network',
  selected: [],
  edge: null,
  expanded: [],
  window: null,
  axis: 'EVENT',
  entityKinds: [],
  // Co-mentions (same article) are off by default: they are the weakest evidence and crowd out the rest.
  edgeKinds: ['EVENT', 'STATEMENT', 'ROLE'],
  eventTypes: [],
  modalities: [],
  minWeight: 1,
  undated: true,
  speaker: null,
  topic: null,
  dyad: null,
  article: null,
};
