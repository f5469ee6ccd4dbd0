import type { EventType, Modality, NetworkEdgeResult, NetworkNodeResult, TimeAxis } from '../api/queries.ts';
import { dayNumber } from './dayNumber.ts';
import type { NetEdge, NetworkData } from './networkTypes.ts';

export interface MomentFilter {
  /** Empty: every event type. */
  eventTypes: readonly EventType[];
  /** Empty: every modality. */
  modalities: readonly Modality[];
  /** False: leave out events and statements without a date of their own. Default true. */
  showUndated?: boolean;
}

/** An event or statement whose text gave no date: the API placed it at its publication date. */
export function isUndatedMoment(kind: string, m: { datePrecision?: string | null }): boolean {
  return (kind === 'EVENT' || kind === 'STATEMENT') && !m.datePrecision;
}

/**
 * The API's network onto what the canvas draws. Each edge's evidence dates come from its moments on the
 * chosen time axis, and EVENT evidence is filtered by type and modality here, client-side: switching
 * axis or filter needs no new request because every moment carries both dates and its type.
 */
export function toNetworkData(
  nodes: readonly NetworkNodeResult[],
  edges: readonly NetworkEdgeResult[],
  axis: TimeAxis,
  filter: MomentFilter,
): NetworkData {
  const types = new Set(filter.eventTypes);
  const modalities = new Set(filter.modalities);
  const showUndated = filter.showUndated ?? true;
  const out: NetEdge[] = [];
  const activity = new Map<string, number>();
  let undated = 0;
  for (const edge of edges) {
    const typed =
      edge.kind === 'EVENT'
        ? edge.moments.filter(
            (m) =>
              (types.size === 0 || (m.eventType !== null && types.has(m.eventType))) &&
              (modalities.size === 0 || (m.modality !== null && modalities.has(m.modality))),
          )
        : edge.moments;
    const undatedHere = typed.filter((m) => isUndatedMoment(edge.kind, m)).length;
    undated += undatedHere;
    const moments = showUndated || undatedHere === 0 ? typed : typed.filter((m) => !isUndatedMoment(edge.kind, m));
    if (moments.length === 0) continue;
    const days = moments.map((m) => dayNumber(axis === 'PUBLISHED' ? m.published : m.date)).sort((a, b) => a - b);
    out.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      kind: edge.kind,
      weight: moments.length,
      days,
      eventTypes: [...new Set(moments.flatMap((m) => (m.eventType ? [m.eventType] : [])))],
      modalities: [...new Set(moments.flatMap((m) => (m.modality ? [m.modality] : [])))],
      // Only undated evidence: the line is drawn in the undated style (its place in time is a publication date).
      undated: moments.every((m) => isUndatedMoment(edge.kind, m)),
    });
    activity.set(edge.source, (activity.get(edge.source) ?? 0) + moments.length);
    activity.set(edge.target, (activity.get(edge.target) ?? 0) + moments.length);
  }
  return {
    nodes: nodes.map((n) => ({ id: n.id, label: n.name, kind: n.kind, activity: activity.get(n.id) ?? 0 })),
    edges: out,
    undated,
  };
}

/** Merge networks loaded at different times (initial view, expansions): later answers win per id. */
export function mergeNetworks<N extends { id: string }, E extends { id: string }>(
  parts: ReadonlyArray<{ nodes: readonly N[]; edges: readonly E[] }>,
): { nodes: N[]; edges: E[] } {
  const nodes = new Map<string, N>();
  const edges = new Map<string, E>();
  for (const part of parts) {
    for (const n of part.nodes) nodes.set(n.id, n);
    for (const e of part.edges) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
