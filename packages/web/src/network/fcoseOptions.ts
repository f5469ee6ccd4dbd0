/**
 * The fcose options of a layout, shared by the main-thread run (`NetworkView.layout`) and the worker's
 * (`layoutWorker.ts`): a first load arranged off the main thread must end where the main thread would have put it.
 */
export interface FcoseSettings {
  /** Edge length fcose aims for: shorter on a 'large' network, where nodes are small and many. */
  idealEdgeLength: number;
  quality: 'draft' | 'default' | 'proof';
  numIter: number;
  randomize: boolean;
}

export function fcoseOptions(s: FcoseSettings): Record<string, unknown> {
  return {
    name: 'fcose',
    quality: s.quality,
    randomize: s.randomize,
    padding: 40,
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => s.idealEdgeLength,
    edgeElasticity: () => 0.35,
    nodeSeparation: 90,
    numIter: s.numIter,
  };
}

/** What the worker is given: nodes (id, size) and the drawn edges' endpoints as node indices. */
export interface LayoutRequest {
  ids: string[];
  sizes: Float64Array;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  settings: FcoseSettings;
}

/** The worker's answer: x, y per node in `ids` order, or why it failed. */
export type LayoutReply = { ok: true; xy: Float64Array } | { ok: false; error: string };
