import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the part of the page in the fallback ("the network", "the details panel"). */
  area: string;
  children: ReactNode;
}

/**
 * A render error in one pane (a panel meeting data it did not expect, a Cytoscape error) shows a readable
 * message in that pane instead of unmounting the whole page; "Try again" re-mounts the pane.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever reports the problem; the page shows the message only.
    console.error(`newsgraph: ${this.props.area} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="state state-error" role="alert" data-testid="error-boundary">
        <strong>Something went wrong in {this.props.area}.</strong> <span>{error.message || String(error)}</span>
        <div className="btn-row">
          <button type="button" className="btn btn-small" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" className="btn btn-small" onClick={() => window.location.reload()}>
            Reload page
          </button>
        </div>
      </div>
    );
  }
}
