import { useEffect, useRef } from 'react';
import { Q, type EdgeKind, type TimeAxis } from '../api/queries.ts';
import { useApi } from '../hooks/useApi.ts';
import { EDGE_STYLE } from '../network/palette.ts';
import { plural } from '../text/plural.ts';
import { EntityChip } from './KindBadge.tsx';
import { ErrorBox, Loading } from './States.tsx';

/**
 * Shortest path between two selected entities over the connections that are shown (the page's edge kinds), each
 * step with its evidence. A step whose connection is not loaded on the map (beyond the base network's cut) has
 * its entities expanded, so every step is drawn, not only the ones that happened to be loaded.
 */
export function PathPanel({
  from,
  to,
  window: win,
  axis,
  edgeKinds,
  loadedEdges,
  onLoad,
  onOpenEntity,
  onOpenEdge,
  onPath,
}: {
  from: string;
  to: string;
  window: { from: string; to: string } | null;
  axis: TimeAxis;
  /** Empty: every kind. */
  edgeKinds: readonly EdgeKind[];
  loadedEdges: ReadonlyArray<{ source: string; target: string }>;
  onLoad: (ids: string[]) => void;
  onOpenEntity: (id: string) => void;
  onOpenEdge: (a: string, b: string) => void;
  onPath: (ids: string[]) => void;
}) {
  const { data, error, loading, reload } = useApi(Q.path, {
    fromId: from,
    toId: to,
    timeAxis: axis,
    ...(win ? { window: win } : {}),
    ...(edgeKinds.length ? { edgeKinds: [...edgeKinds] } : {}),
  });
  const path = data?.path[0];
  const ids = path ? path.nodes.map((n) => n.id).join(',') : '';
  // Steps with no loaded connection between their two entities: load the path's entities' neighbourhoods.
  const missing = path
    ? path.steps.filter(
        (s) =>
          !loadedEdges.some(
            (e) => (e.source === s.from.id && e.target === s.to.id) || (e.source === s.to.id && e.target === s.from.id),
          ),
      ).length
    : 0;
  // Once per path: if a step is still missing after its entities were loaded (cut by the limit), asking again
  // would not bring it.
  const asked = useRef('');
  useEffect(() => {
    if (missing > 0 && ids && asked.current !== ids) {
      asked.current = ids;
      onLoad(ids.split(','));
    }
  }, [missing, ids, onLoad]);
  // Report the path to the canvas so it can be drawn; clear it when the panel closes.
  useEffect(() => {
    onPath(ids ? ids.split(',') : []);
    return () => onPath([]);
  }, [ids, onPath]);
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (loading || !data) return <Loading label="Finding the shortest path…" />;
  return (
    <div className="panel-body" data-testid="path-panel" data-path={ids} data-missing-steps={missing}>
      <header className="panel-head">
        <p className="eyebrow">Shortest path{win ? ` · ${win.from} – ${win.to}` : ''}</p>
        {!path ? (
          <p>No path within 4 steps over the connections shown{win ? ' in this window' : ''}.</p>
        ) : (
          <h2>{plural(path.length, 'step')}</h2>
        )}
      </header>
      {path && (
        <ol className="path-steps">
          {path.steps.map((step, i) => (
            <li key={i} className="card">
              <div className="fact-actors">
                <EntityChip entity={step.from} onOpen={onOpenEntity} /> <span className="arrow">→</span>{' '}
                <EntityChip entity={step.to} onOpen={onOpenEntity} />
              </div>
              <ul className="step-edges">
                {step.edges.map((e) => (
                  <li key={e.id}>
                    <span className="edge-swatch" style={{ background: EDGE_STYLE[e.kind].color }} />{' '}
                    {EDGE_STYLE[e.kind].label}: {e.label}{' '}
                    <span className="muted small">
                      {e.firstDate ?? ''}
                      {e.lastDate && e.lastDate !== e.firstDate ? ` – ${e.lastDate}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
              <button type="button" className="btn btn-small" onClick={() => onOpenEdge(step.from.id, step.to.id)}>
                Evidence
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
