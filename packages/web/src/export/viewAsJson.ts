import type { NodeSingular } from 'cytoscape';
import { isoDay } from '../network/dayNumber.ts';
import type { NetworkView } from '../network/NetworkView.ts';
import type { ViewState } from '../state/viewState.ts';

/** The view as drawn: visible nodes with positions, visible edges with their in-window dates, and the state that made it. */
export function viewAsJson(view: NetworkView, state: ViewState) {
  const cy = view.cy;
  const win = state.window;
  const nodes = cy
    .nodes()
    .filter((n: NodeSingular) => view.isNodeVisible(n.id()))
    .map((n: NodeSingular) => {
      const node = view.node(n.id());
      return {
        id: n.id(),
        name: node?.label ?? n.id(),
        kind: node?.kind,
        activity: node?.activity,
        x: Math.round(n.position('x')),
        y: Math.round(n.position('y')),
      };
    });
  const edges = view.drawnEdges
    .filter((e) => view.isEdgeVisible(e.id))
    .map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      kinds: e.kinds,
      weight: e.weight,
      members: e.members.map((m) => m.id),
      dates: e.days.map(isoDay).filter((d) => !win || (d >= win.from && d <= win.to)),
    }));
  return {
    exportedAt: new Date().toISOString(),
    window: win,
    timeAxis: state.axis,
    filters: {
      entityKinds: state.entityKinds,
      edgeKinds: state.edgeKinds,
      eventTypes: state.eventTypes,
      modalities: state.modalities,
      minWeight: state.minWeight,
    },
    selected: state.selected,
    nodes,
    edges,
  };
}
