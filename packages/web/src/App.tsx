import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { request } from './api/graphqlClient.ts';
import { Q } from './api/queries.ts';
import { ArticleReader } from './components/ArticleReader.tsx';
import { DyadView } from './components/DyadView.tsx';
import { EdgePanel } from './components/EdgePanel.tsx';
import { EntityPanel } from './components/EntityPanel.tsx';
import { FilterPanel, type Filters } from './components/FilterPanel.tsx';
import { NetworkCanvas, type CanvasHandlers } from './components/NetworkCanvas.tsx';
import { Overview } from './components/Overview.tsx';
import { PathPanel } from './components/PathPanel.tsx';
import { SearchBox, type PickedEntity } from './components/SearchBox.tsx';
import { StatementHistory } from './components/StatementHistory.tsx';
import { ErrorBox, Loading } from './components/States.tsx';
import { TimeBar } from './components/TimeBar.tsx';
import { downloadBlob, downloadText } from './export/download.ts';
import { viewAsJson } from './export/viewAsJson.ts';
import { useApi } from './hooks/useApi.ts';
import type { DrawnEdge } from './network/aggregateEdges.ts';
import { dayNumber, isoDay } from './network/dayNumber.ts';
import type { NetworkView } from './network/NetworkView.ts';
import type { NetNode } from './network/networkTypes.ts';
import { mergeNetworks, toNetworkData } from './network/toNetworkData.ts';
import { decodeViewState, encodeViewState } from './state/urlState.ts';
import type { ViewName, ViewState } from './state/viewState.ts';

const NETWORK_LIMIT = 1500;
const NO_PATH: string[] = [];

export function App() {
  const [state, setState] = useState<ViewState>(() => decodeViewState(window.location.search));
  const update = useCallback((patch: Partial<ViewState>) => setState((s) => ({ ...s, ...patch })), []);

  // The URL holds the view: replace on every change (no history spam while scrubbing), follow back/forward.
  // A layout effect, so the URL changes in the same commit as what it describes: a link copied (or read by a
  // test) right after the page changed is never one step behind it.
  useLayoutEffect(() => {
    const search = encodeViewState(state);
    if (search !== window.location.search) window.history.replaceState(null, '', search || window.location.pathname);
  }, [state]);
  useEffect(() => {
    const onPop = (): void => setState(decodeViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const stats = useApi(Q.stats, {});
  const base = useApi(Q.network, { input: { limit: NETWORK_LIMIT } });
  const expansion = useApi(Q.network, state.expanded.length ? { input: { centerIds: state.expanded, hops: 1, limit: NETWORK_LIMIT } } : null);
  const span = useMemo(() => {
    const s = stats.data?.stats;
    if (!s?.firstEventDate || !s.lastEventDate) return 0;
    return dayNumber(s.lastEventDate) - dayNumber(s.firstEventDate);
  }, [stats.data]);
  const bucket = span <= 120 ? 'DAY' : span <= 3 * 365 ? 'WEEK' : 'MONTH';
  const timeline = useApi(Q.timeline, stats.data ? { bucket, timeAxis: state.axis } : null);

  const merged = useMemo(
    () => mergeNetworks([base.data?.network ?? { nodes: [], edges: [] }, expansion.data?.network ?? { nodes: [], edges: [] }]),
    [base.data, expansion.data],
  );
  const eventTypesKey = state.eventTypes.join(',');
  const modalitiesKey = state.modalities.join(',');
  const data = useMemo(
    () => toNetworkData(merged.nodes, merged.edges, state.axis, { eventTypes: state.eventTypes, modalities: state.modalities }),
    // Keyed on the joined lists: a new array with the same values must not rebuild the network.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [merged, state.axis, eventTypesKey, modalitiesKey],
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
  const winFrom = state.window?.from;
  const winTo = state.window?.to;
  const windowDays = useMemo(() => (winFrom && winTo ? { from: dayNumber(winFrom), to: dayNumber(winTo) } : null), [winFrom, winTo]);
  const onWindow = useCallback((w: { from: number; to: number } | null) => update({ window: w ? { from: isoDay(w.from), to: isoDay(w.to) } : null }), [update]);

  const edgeKindsKey = state.edgeKinds.join(',');
  const entityKindsKey = state.entityKinds.join(',');
  const edgeFilter = useMemo(() => {
    const kinds = new Set(state.edgeKinds);
    const min = state.minWeight;
    return (e: DrawnEdge) => (kinds.size === 0 || e.kinds.some((k) => kinds.has(k))) && e.weight >= min;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [edgeKindsKey, state.minWeight]);
  const nodeFilter = useMemo(() => {
    const kinds = new Set(state.entityKinds);
    return (n: NetNode) => kinds.size === 0 || kinds.has(n.kind);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entityKindsKey]);

  const viewRef = useRef<NetworkView | null>(null);
  const [counts, setCountsRaw] = useState({ nodes: 0, edges: 0 });
  const setCounts = useCallback((c: { nodes: number; edges: number }) => setCountsRaw((old) => (old.nodes === c.nodes && old.edges === c.edges ? old : c)), []);
  const [path, setPath] = useState<string[]>([]);
  const [focus, setFocus] = useState<{ id: string; nonce: number } | null>(null);
  const [exportError, setExportError] = useState<Error | null>(null);

  const known = useMemo(() => new Set(merged.nodes.map((n) => n.id)), [merged]);
  const openEntity = useCallback(
    (id: string) => {
      setState((s) => ({ ...s, view: 'network', selected: [id], edge: null, article: null, expanded: known.has(id) || s.expanded.includes(id) ? s.expanded : [...s.expanded, id] }));
      setFocus({ id, nonce: Date.now() });
    },
    [known],
  );
  const handlers = useMemo<CanvasHandlers>(
    () => ({
      onSelectNode: (id, additive) =>
        setState((s) => ({ ...s, edge: null, selected: additive && s.selected.length >= 1 && s.selected[0] !== id ? [s.selected[0]!, id] : [id] })),
      onSelectEdge: (a, b) => update({ edge: [a, b], selected: [] }),
      onExpand: (id) => setState((s) => ({ ...s, selected: [id], edge: null, expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id] })),
      onClear: () => update({ selected: [], edge: null }),
    }),
    [update],
  );
  const openArticle = useCallback((id: string) => update({ article: id }), [update]);
  const openEdge = useCallback((a: string, b: string) => update({ edge: [a, b], selected: [] }), [update]);
  const openHistory = useCallback((id: string) => update({ view: 'statements', speaker: id, topic: null }), [update]);
  const expand = useCallback((id: string) => handlers.onExpand(id), [handlers]);

  useEffect(() => {
    if (state.view === 'network') viewRef.current?.cy.resize();
  }, [state.view]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setState((s) => (s.article ? { ...s, article: null } : s));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const filters: Filters = { entityKinds: state.entityKinds, edgeKinds: state.edgeKinds, eventTypes: state.eventTypes, modalities: state.modalities, minWeight: state.minWeight };
  const kindCounts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const n of data.nodes) c[n.kind] = (c[n.kind] ?? 0) + 1;
    return c;
  }, [data]);

  const exportPng = async (): Promise<void> => {
    const view = viewRef.current;
    if (!view) return;
    const blob = await view.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#0f1522' });
    downloadBlob(`newsgraph-${state.window ? `${state.window.from}_${state.window.to}` : 'all'}.png`, blob);
  };
  const exportJson = (): void => {
    const view = viewRef.current;
    if (!view) return;
    downloadText('newsgraph-view.json', JSON.stringify(viewAsJson(view, state), null, 2), 'application/json');
  };
  const exportGexf = async (): Promise<void> => {
    setExportError(null);
    try {
      const file = await request(Q.exportView, {
        format: 'GEXF',
        input: {
          limit: NETWORK_LIMIT,
          timeAxis: state.axis,
          ...(state.expanded.length ? { centerIds: state.expanded } : {}),
          ...(state.window ? { window: state.window } : {}),
          ...(state.entityKinds.length ? { entityKinds: state.entityKinds } : {}),
          ...(state.edgeKinds.length ? { edgeKinds: state.edgeKinds } : {}),
          ...(state.eventTypes.length ? { eventTypes: state.eventTypes } : {}),
          ...(state.modalities.length ? { modalities: state.modalities } : {}),
          minWeight: state.minWeight,
        },
      });
      downloadText(file.export.filename, file.export.content, file.export.mimeType);
    } catch (error) {
      setExportError(error as Error);
    }
  };

  const tab = (name: ViewName, label: string) => (
    <button type="button" role="tab" aria-selected={state.view === name} className={state.view === name ? 'on' : ''} onClick={() => update({ view: name })} data-testid={`tab-${name}`}>
      {label}
    </button>
  );

  let side: React.ReactNode;
  if (state.edge) side = <EdgePanel key={state.edge.join()} pair={state.edge} onOpenEntity={openEntity} onOpenArticle={openArticle} />;
  else if (state.selected.length === 2)
    side = <PathPanel from={state.selected[0]!} to={state.selected[1]!} window={state.window} axis={state.axis} onOpenEntity={openEntity} onOpenEdge={openEdge} onPath={setPath} />;
  else if (state.selected.length === 1)
    side = <EntityPanel key={state.selected[0]} id={state.selected[0]!} onOpenEntity={openEntity} onOpenArticle={openArticle} onStatementHistory={openHistory} onExpand={expand} />;
  else side = <Overview stats={stats} onOpenEntity={openEntity} />;

  const networkError = base.error ?? expansion.error;
  return (
    <div className={`app view-${state.view}`}>
      <header className="topbar">
        <div className="brand">
          <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="5" cy="6" r="3" fill="#56B4E9" />
            <circle cx="19" cy="8" r="3" fill="#E69F00" />
            <circle cx="11" cy="19" r="3" fill="#009E73" />
            <path d="M5 6 L19 8 L11 19 Z" fill="none" stroke="#8792A8" strokeWidth="1.4" />
          </svg>
          <span>newsgraph</span>
        </div>
        <SearchBox onPick={(e: PickedEntity) => openEntity(e.id)} />
        <nav className="tabs" role="tablist" aria-label="Views">
          {tab('network', 'Network')}
          {tab('statements', 'Statements')}
          {tab('dyad', 'Dyad')}
        </nav>
        <span className="spacer" />
        <div className="btn-row">
          <button type="button" className="btn btn-small" onClick={() => void exportPng()} disabled={state.view !== 'network'} data-testid="export-png">
            PNG
          </button>
          <button type="button" className="btn btn-small" onClick={exportJson} disabled={state.view !== 'network'} data-testid="export-json">
            JSON
          </button>
          <button type="button" className="btn btn-small" onClick={() => void exportGexf()} title="GEXF with time attributes, opens in Gephi">
            GEXF
          </button>
          <a className="btn btn-small" href="/graphql" target="_blank" rel="noreferrer">
            GraphQL IDE
          </a>
        </div>
      </header>
      {exportError && (
        <div className="toast">
          <ErrorBox error={exportError} onRetry={() => setExportError(null)} />
        </div>
      )}

      <main className="workspace">
        <FilterPanel filters={filters} onChange={update} counts={kindCounts} />
        <section className="center">
          <div className="network-pane" hidden={state.view !== 'network'}>
            <NetworkCanvas
              data={data}
              pending={base.loading || expansion.loading}
              failed={Boolean(base.error ?? expansion.error)}
              windowDays={windowDays}
              edgeFilter={edgeFilter}
              nodeFilter={nodeFilter}
              selected={state.selected}
              edge={state.edge}
              path={state.selected.length === 2 ? path : NO_PATH}
              focus={focus}
              handlers={handlers}
              viewRef={viewRef}
              onCounts={setCounts}
            />
            {(base.loading || expansion.loading) && (
              <div className="canvas-overlay">
                <Loading label={expansion.loading ? 'Expanding…' : 'Loading network…'} />
              </div>
            )}
            {networkError && (
              <div className="canvas-overlay">
                <ErrorBox error={networkError} onRetry={base.error ? base.reload : expansion.reload} />
              </div>
            )}
            {!base.loading && !networkError && data.nodes.length === 0 && (
              <div className="canvas-overlay">
                <div className="state state-empty">The graph is empty. Ingest articles with <code>pnpm ingest</code>.</div>
              </div>
            )}
            {base.data?.network.truncated && <div className="canvas-note">Showing the {NETWORK_LIMIT} heaviest connections.</div>}
          </div>
          {state.view === 'statements' && (
            <StatementHistory
              speaker={state.speaker}
              topic={state.topic}
              onSpeaker={(id) => update({ speaker: id })}
              onTopic={(id) => update({ topic: id })}
              onOpenArticle={openArticle}
              onOpenEntity={openEntity}
            />
          )}
          {state.view === 'dyad' && <DyadView pair={state.dyad} onPair={(p) => update({ dyad: p })} axis={state.axis} onOpenArticle={openArticle} onOpenEntity={openEntity} />}
        </section>
        <aside className="sidepanel" aria-label="Details" data-testid="side-panel">
          {side}
        </aside>
      </main>

      <TimeBar
        buckets={timeline.data?.timeline.buckets ?? []}
        extent={extent}
        window={windowDays}
        onWindow={onWindow}
        axis={state.axis}
        onAxis={(axis) => update({ axis })}
        loading={timeline.loading}
        counts={counts}
      />
      {timeline.error && (
        <div className="toast">
          <ErrorBox error={timeline.error} onRetry={timeline.reload} />
        </div>
      )}
      {state.article && <ArticleReader id={state.article} onClose={() => update({ article: null })} onOpenEntity={openEntity} />}
    </div>
  );
}
