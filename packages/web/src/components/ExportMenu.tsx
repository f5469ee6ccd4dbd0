import { useState, type RefObject } from 'react';
import { request } from '../api/graphqlClient.ts';
import { Q } from '../api/queries.ts';
import { downloadBlob, downloadText } from '../export/download.ts';
import { viewAsJson } from '../export/viewAsJson.ts';
import { NETWORK_LIMIT } from '../hooks/useNetworkData.ts';
import type { NetworkView } from '../network/NetworkView.ts';
import type { ViewState } from '../state/viewState.ts';
import { ErrorBox } from './States.tsx';

/** The export buttons of the top bar: PNG and JSON of what is drawn, GEXF of the same view from the API. */
export function ExportMenu({ state, viewRef }: { state: ViewState; viewRef: RefObject<NetworkView | null> }) {
  const [error, setError] = useState<Error | null>(null);

  const exportPng = async (): Promise<void> => {
    const view = viewRef.current;
    if (!view) return;
    const blob = await view.cy.png({
      output: 'blob-promise',
      full: true,
      scale: 2,
      bg: '#0f1522',
    });
    downloadBlob(`newsgraph-${state.window ? `${state.window.from}_${state.window.to}` : 'all'}.png`, blob);
  };
  const exportJson = (): void => {
    const view = viewRef.current;
    if (!view) return;
    downloadText('newsgraph-view.json', JSON.stringify(viewAsJson(view, state), null, 2), 'application/json');
  };
  const exportGexf = async (): Promise<void> => {
    setError(null);
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
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <>
      <div className="btn-row">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => void exportPng()}
          disabled={state.view !== 'network'}
          data-testid="export-png"
        >
          PNG
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={exportJson}
          disabled={state.view !== 'network'}
          data-testid="export-json"
        >
          JSON
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => void exportGexf()}
          title="GEXF with time attributes, opens in Gephi"
        >
          GEXF
        </button>
        <a className="btn btn-small" href="/graphql" target="_blank" rel="noreferrer">
          GraphQL IDE
        </a>
      </div>
      {error && (
        <div className="toast">
          <ErrorBox error={error} onRetry={() => setError(null)} />
        </div>
      )}
    </>
  );
}
