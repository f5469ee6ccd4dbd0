import { useMemo } from 'react';
import { Q } from '../api/queries.ts';
import type { DrawnEdge } from '../network/aggregateEdges.ts';
import { dayNumber } from '../network/dayNumber.ts';
import type { NetNode } from '../network/networkTypes.ts';
import { mergeNetworks, toNetworkData } from '../network/toNetworkData.ts';
import type { ViewState } from '../state/viewState.ts';
import { useApi } from './useApi.ts';
import { useListByValue } from './useListByValue.ts';

/** How many connections one network request asks for (the base map and each expansion). */
export const NETWORK_LIMIT = 1500;

const EMPTY = { nodes: [], edges: [] };

/**
 * Everything the page loads for the network view, and what is derived from it: the stats, the base network
 * plus the expanded neighbourhoods merged into one drawn network, the timeline histogram, the time extent,
 * and the edge/node filters the canvas applies without a new request.
 */
export function useNetworkData(state: ViewState) {
  const stats = useApi(Q.stats, {});
  // Loaded = drawn: the request spends its edge budget on the kinds that are switched on (co-mentions only when
  // shown), so 1 500 loaded co-mentions can no longer leave 14 events on screen. A kind switched on asks again.
  const edgeKinds = state.edgeKinds.length ? { edgeKinds: state.edgeKinds } : {};
  const base = useApi(Q.network, { input: { limit: NETWORK_LIMIT, ...edgeKinds } });
  const expansion = useApi(
    Q.network,
    state.expanded.length
      ? { input: { centerIds: state.expanded, hops: 1, limit: NETWORK_LIMIT, ...edgeKinds } }
      : null,
  );
  const span = useMemo(() => {
    const s = stats.data?.stats;
    if (!s?.firstEventDate || !s.lastEventDate) return 0;
    return dayNumber(s.lastEventDate) - dayNumber(s.firstEventDate);
  }, [stats.data]);
  const bucket = span <= 120 ? 'DAY' : span <= 3 * 365 ? 'WEEK' : 'MONTH';
  const timeline = useApi(Q.timeline, stats.data ? { bucket, timeAxis: state.axis } : null);

  const merged = useMemo(
    () => mergeNetworks([base.data?.network ?? EMPTY, expansion.data?.network ?? EMPTY]),
    [base.data, expansion.data],
  );
  // A new array with the same values must not rebuild the network.
  const eventTypes = useListByValue(state.eventTypes);
  const modalities = useListByValue(state.modalities);
  const data = useMemo(
    () => toNetworkData(merged.nodes, merged.edges, state.axis, { eventTypes, modalities, showUndated: state.undated }),
    [merged, state.axis, eventTypes, modalities, state.undated],
  );
  const extent = useMemo(() => {
    let from = Infinity;
    let to = -Infinity;
    for (const e of data.edges) {
      from = Math.min(from, e.days[0] ?? Infinity);
      to = Math.max(to, e.days[e.days.length - 1] ?? -Infinity);
    }
    for (const b of timeline.data?.timeline.buckets ?? []) {
      from = Math.min(from, dayNumber(b.start));
      to = Math.max(to, dayNumber(b.end));
    }
    return Number.isFinite(from) ? { from, to } : null;
  }, [data, timeline.data]);

  const shownEdgeKinds = useListByValue(state.edgeKinds);
  const shownEntityKinds = useListByValue(state.entityKinds);
  const edgeFilter = useMemo(() => {
    const kinds = new Set(shownEdgeKinds);
    const min = state.minWeight;
    return (e: DrawnEdge) => (kinds.size === 0 || e.kinds.some((k) => kinds.has(k))) && e.weight >= min;
  }, [shownEdgeKinds, state.minWeight]);
  const nodeFilter = useMemo(() => {
    const kinds = new Set(shownEntityKinds);
    return (n: NetNode) => kinds.size === 0 || kinds.has(n.kind);
  }, [shownEntityKinds]);

  const known = useMemo(() => new Set(merged.nodes.map((n) => n.id)), [merged]);
  const kindCounts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const n of data.nodes) c[n.kind] = (c[n.kind] ?? 0) + 1;
    return c;
  }, [data]);

  return {
    stats,
    base,
    expansion,
    timeline,
    data,
    extent,
    edgeFilter,
    nodeFilter,
    /** Entity ids already loaded (opening one of them needs no expansion). */
    known,
    kindCounts,
    /** What the base request left out: shown / total connections of the kinds asked for (total null = unknown). */
    cut: base.data?.network.truncated
      ? { shown: base.data.network.edges.length, total: base.data.network.totalEdges ?? null, kinds: state.edgeKinds }
      : null,
    pending: base.loading || expansion.loading,
    error: base.error ?? expansion.error,
    reload: base.error ? base.reload : expansion.reload,
  };
}
