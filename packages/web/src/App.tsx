import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AddArticles } from './components/AddArticles.tsx';
import { ArticleReader } from './components/ArticleReader.tsx';
import { DyadView } from './components/DyadView.tsx';
import { EdgePanel } from './components/EdgePanel.tsx';
import { EntityPanel } from './components/EntityPanel.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { ExportMenu } from './components/ExportMenu.tsx';
import { FilterPanel, type Filters } from './components/FilterPanel.tsx';
import { NetworkCanvas, type CanvasHandlers } from './components/NetworkCanvas.tsx';
import { Overview } from './components/Overview.tsx';
import { CutNote } from './components/CutNote.tsx';
import { PathPanel } from './components/PathPanel.tsx';
import { SearchBox, type PickedEntity } from './components/SearchBox.tsx';
import { StatementHistory } from './components/StatementHistory.tsx';
import { ErrorBox, Loading } from './components/States.tsx';
import { TimeBar } from './components/TimeBar.tsx';
import { useNetworkData } from './hooks/useNetworkData.ts';
import { useViewState } from './hooks/useViewState.ts';
import { dayNumber, isoDay } from './network/dayNumber.ts';
import type { NetworkView } from './network/NetworkView.ts';
import type { ViewName } from './state/viewState.ts';

const NO_PATH: string[] = [];

/**
 * The page: the view state (URL) and the loaded data come from hooks; this lays out the panes and wires
 * them together. Each pane sits in an error boundary, so one failing panel leaves the rest usable.
 */
export function App() {
  const { state, setState, update } = useViewState();
  const net = useNetworkData(state);
  const { stats, base, expansion, timeline, data, extent, edgeFilter, nodeFilter, known, kindCounts } = net;

  const winFrom = state.window?.from;
  const winTo = state.window?.to;
  const windowDays = useMemo(
    () => (winFrom && winTo ? { from: dayNumber(winFrom), to: dayNumber(winTo) } : null),
    [winFrom, winTo],
  );
  const onWindow = useCallback(
    (w: { from: number; to: number } | null) =>
      update({ window: w ? { from: isoDay(w.from), to: isoDay(w.to) } : null }),
    [update],
  );

  const viewRef = useRef<NetworkView | null>(null);
  const [counts, setCountsRaw] = useState({ nodes: 0, edges: 0 });
  const setCounts = useCallback(
    (c: { nodes: number; edges: number }) =>
      setCountsRaw((old) => (old.nodes === c.nodes && old.edges === c.edges ? old : c)),
    [],
  );
  const [path, setPath] = useState<string[]>([]);
  const [focus, setFocus] = useState<{ id: string; nonce: number } | null>(null);

  const openEntity = useCallback(
    (id: string) => {
      setState((s) => ({
        ...s,
        view: 'network',
        selected: [id],
        edge: null,
        article: null,
        expanded: known.has(id) || s.expanded.includes(id) ? s.expanded : [...s.expanded, id],
      }));
      setFocus({ id, nonce: Date.now() });
    },
    [known, setState],
  );
  // Load these entities' neighbourhoods into the map (the path panel: every step of a path is drawn).
  const loadEntities = useCallback(
    (ids: string[]) =>
      setState((s) =>
        ids.every((id) => s.expanded.includes(id)) ? s : { ...s, expanded: [...new Set([...s.expanded, ...ids])] },
      ),
    [setState],
  );
  const handlers = useMemo<CanvasHandlers>(
    () => ({
      onSelectNode: (id, additive) =>
        setState((s) => ({
          ...s,
          edge: null,
          selected: additive && s.selected.length >= 1 && s.selected[0] !== id ? [s.selected[0]!, id] : [id],
        })),
      onSelectEdge: (a, b) => update({ edge: [a, b], selected: [] }),
      onExpand: (id) =>
        setState((s) => ({
          ...s,
          selected: [id],
          edge: null,
          expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id],
        })),
      onClear: () => update({ selected: [], edge: null }),
    }),
    [update, setState],
  );
  const openArticle = useCallback((id: string) => update({ article: id }), [update]);
  const openEdge = useCallback((a: string, b: string) => update({ edge: [a, b], selected: [] }), [update]);
  const openHistory = useCallback((id: string) => update({ view: 'statements', speaker: id, topic: null }), [update]);
  const expand = useCallback((id: string) => handlers.onExpand(id), [handlers]);

  useEffect(() => {
    if (state.view === 'network') viewRef.current?.cy.resize();
  }, [state.view]);

  const filters: Filters = {
    entityKinds: state.entityKinds,
    edgeKinds: state.edgeKinds,
    eventTypes: state.eventTypes,
    modalities: state.modalities,
    minWeight: state.minWeight,
  };

  const tab = (name: ViewName, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={state.view === name}
      className={state.view === name ? 'on' : ''}
      onClick={() => update({ view: name })}
      data-testid={`tab-${name}`}
    >
      {label}
    </button>
  );

  let side: React.ReactNode;
  // A new selection re-mounts the details boundary, so an error in one panel does not stick to the next.
  const sideKey = state.edge
    ? `edge:${state.edge.join()}`
    : state.selected.length
      ? `sel:${state.selected.join()}`
      : 'overview';
  if (state.edge)
    side = (
      <EdgePanel key={state.edge.join()} pair={state.edge} onOpenEntity={openEntity} onOpenArticle={openArticle} />
    );
  else if (state.selected.length === 2)
    side = (
      <PathPanel
        from={state.selected[0]!}
        to={state.selected[1]!}
        window={state.window}
        axis={state.axis}
        edgeKinds={state.edgeKinds}
        loadedEdges={data.edges}
        onLoad={loadEntities}
        onOpenEntity={openEntity}
        onOpenEdge={openEdge}
        onPath={setPath}
      />
    );
  else if (state.selected.length === 1)
    side = (
      <EntityPanel
        key={state.selected[0]}
        id={state.selected[0]!}
        onOpenEntity={openEntity}
        onOpenArticle={openArticle}
        onStatementHistory={openHistory}
        onExpand={expand}
      />
    );
  else side = <Overview stats={stats} onOpenEntity={openEntity} />;

  const networkError = net.error;
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
        <ExportMenu state={state} viewRef={viewRef} />
        <AddArticles
          onWritten={() => {
            net.stats.reload();
            net.timeline.reload();
          }}
          onBringIntoView={(ids) => setState((s) => ({ ...s, expanded: [...new Set([...s.expanded, ...ids])] }))}
        />
      </header>

      <main className="workspace">
        <ErrorBoundary area="the filters">
          <FilterPanel filters={filters} onChange={update} counts={kindCounts} />
        </ErrorBoundary>
        <section className="center">
          <div className="network-pane" hidden={state.view !== 'network'}>
            <ErrorBoundary area="the network">
              <NetworkCanvas
                data={data}
                pending={net.pending}
                failed={Boolean(net.error)}
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
            </ErrorBoundary>
            {net.pending && (
              <div className="canvas-overlay">
                <Loading label={expansion.loading ? 'Expanding…' : 'Loading network…'} />
              </div>
            )}
            {networkError && (
              <div className="canvas-overlay">
                <ErrorBox error={networkError} onRetry={net.reload} />
              </div>
            )}
            {!base.loading && !networkError && data.nodes.length === 0 && (
              <div className="canvas-overlay">
                <div className="state state-empty">
                  The graph is empty. Ingest articles with <code>pnpm ingest</code>.
                </div>
              </div>
            )}
            {net.cut && <CutNote {...net.cut} />}
          </div>
          <ErrorBoundary key={state.view} area={`the ${state.view} view`}>
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
            {state.view === 'dyad' && (
              <DyadView
                pair={state.dyad}
                onPair={(p) => update({ dyad: p })}
                axis={state.axis}
                onOpenArticle={openArticle}
                onOpenEntity={openEntity}
              />
            )}
          </ErrorBoundary>
        </section>
        <aside className="sidepanel" aria-label="Details" data-testid="side-panel">
          <ErrorBoundary key={sideKey} area="the details panel">
            {side}
          </ErrorBoundary>
        </aside>
      </main>

      <ErrorBoundary area="the time bar">
        <TimeBar
          buckets={timeline.data?.timeline.buckets ?? []}
          extent={extent}
          window={windowDays}
          onWindow={onWindow}
          axis={state.axis}
          onAxis={(axis) => update({ axis })}
          loading={timeline.loading}
          counts={counts}
          undated={{ count: data.undated ?? 0, shown: state.undated, onShown: (undated) => update({ undated }) }}
        />
      </ErrorBoundary>
      {timeline.error && (
        <div className="toast">
          <ErrorBox error={timeline.error} onRetry={timeline.reload} />
        </div>
      )}
      {state.article && (
        <ErrorBoundary key={state.article} area="the article reader">
          <ArticleReader id={state.article} onClose={() => update({ article: null })} onOpenEntity={openEntity} />
        </ErrorBoundary>
      )}
    </div>
  );
}
