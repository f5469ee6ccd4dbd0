import { useEffect } from 'react';
import { Q, type TimeAxis } from '../api/queries.ts';
import { useApi } from '../hooks/useApi.ts';
import { EDGE_STYLE } from '../network/palette.ts';
import { EntityChip } from './KindBadge.tsx';
import { ErrorBox, Loading } from './States.tsx';

/** Shortest path between two selected entities; each step opens its evidence. */
export function PathPanel({ from, to, window: win, axis, onOpenEntity, onOpenEdge, onPath }: {
  from: string;
  to: string;
  window: { from: string; to: string } | null;
  axis: TimeAxis;
  onOpenEntity: (id: string) => void;
  onOpenEdge: (a: string, b: string) => void;
  onPath: (ids: string[]) => void;
}) {
  const { data, error, loading, reload } = useApi(Q.path, { fromId: from, toId: to, timeAxis: axis, ...(win ? { window: win } : {}) });
  const path = data?.path[0];
  const ids = path ? path.nodes.map((n) => n.id).join(',') : '';
  // Report the path to the canvas so it can be drawn; clear it when the panel closes.
  useEffect(() => {
    onPath(ids ? ids.split(',') : []);
    return () => onPath([]);
  }, [ids, onPath]);
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (loading || !data) return <Loading label="Finding the shortest path…" />;
  return (
    <div className="panel-body" data-testid="path-panel">
      <header className="panel-head">
        <p className="eyebrow">Shortest path{win ? ` · ${win.from} – ${win.to}` : ''}</p>
        {!path ? <p>No path within 4 steps{win ? ' in this window' : ''}.</p> : <h2>{path.length} step{path.length === 1 ? '' : 's'}</h2>}
      </header>
      {path && (
        <ol className="path-steps">
          {path.steps.map((step, i) => (
            <li key={i} className="card">
              <div className="fact-actors">
                <EntityChip entity={step.from} onOpen={onOpenEntity} /> <span className="arrow">→</span> <EntityChip entity={step.to} onOpen={onOpenEntity} />
              </div>
              <ul className="step-edges">
                {step.edges.map((e) => (
                  <li key={e.id}>
                    <span className="edge-swatch" style={{ background: EDGE_STYLE[e.kind].color }} /> {EDGE_STYLE[e.kind].label}: {e.label}{' '}
                    <span className="muted small">
                      ×{e.weight} · {e.firstDate ?? ''}
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
