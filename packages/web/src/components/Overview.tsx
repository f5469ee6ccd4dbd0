import type { StatsQuery } from '../api/generated.ts';
import type { ApiState } from '../hooks/useApi.ts';
import { ErrorBox, Loading } from './States.tsx';

/** The side panel before anything is selected: what the graph holds and how to use the page. */
export function Overview({ stats }: { stats: ApiState<StatsQuery>; onOpenEntity: (id: string) => void }) {
  if (stats.error) return <ErrorBox error={stats.error} onRetry={stats.reload} />;
  if (stats.loading || !stats.data) return <Loading label="Loading graph statistics…" />;
  const s = stats.data.stats;
  return (
    <div className="panel-body" data-testid="overview">
      <header className="panel-head">
        <p className="eyebrow">The graph</p>
        <h2>Who did and said what to whom</h2>
      </header>
      <div className="stat-grid">
        <div className="stat">
          <span className="stat-value">{s.articles}</span>
          <span className="stat-label">articles</span>
        </div>
        <div className="stat">
          <span className="stat-value">{s.entities}</span>
          <span className="stat-label">entities</span>
        </div>
        <div className="stat">
          <span className="stat-value">{s.events}</span>
          <span className="stat-label">events</span>
        </div>
        <div className="stat">
          <span className="stat-value">{s.statements}</span>
          <span className="stat-label">statements</span>
        </div>
      </div>
      <p className="muted small">
        Events dated {s.firstEventDate ?? '—'} to {s.lastEventDate ?? '—'} · published{' '}
        {s.firstPublished?.slice(0, 10) ?? '—'} to {s.lastPublished?.slice(0, 10) ?? '—'} · extractor{' '}
        {s.extractorVersions.join(', ') || '—'}
      </p>
      <section>
        <h3>How to read the map</h3>
        <ul className="howto">
          <li>
            <b>Click</b> an entity for its roles, timeline and articles; click a line for the evidence behind it.
          </li>
          <li>
            <b>Double-click</b> to pull in its neighbours; they appear next to it, the rest stays put.
          </li>
          <li>
            <b>Shift-click</b> a second entity for the shortest path between the two.
          </li>
          <li>
            <b>Drag across the time bar</b> to choose a window, drag it to scrub, ▶ to play. Only connections with
            evidence inside the window are drawn.
          </li>
          <li>Size follows activity; line width follows the number of events, statements and shared articles.</li>
        </ul>
      </section>
    </div>
  );
}
