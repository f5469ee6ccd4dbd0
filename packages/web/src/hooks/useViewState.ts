import { useCallback, useEffect, useLayoutEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { decodeViewState, encodeViewState } from '../state/urlState.ts';
import type { ViewState } from '../state/viewState.ts';

export interface ViewStateHandle {
  state: ViewState;
  setState: Dispatch<SetStateAction<ViewState>>;
  /** Merge a patch into the state (the common case: one control changed). */
  update: (patch: Partial<ViewState>) => void;
}

/**
 * The page's one `ViewState`, mirrored into the URL. The URL is replaced on every change (no history spam
 * while scrubbing) in a layout effect, so it changes in the same commit as what it describes: a link copied
 * (or read by a test) right after the page changed is never one step behind it. Back/forward are followed.
 */
export function useViewState(): ViewStateHandle {
  const [state, setState] = useState<ViewState>(() => decodeViewState(window.location.search));
  const update = useCallback((patch: Partial<ViewState>) => setState((s) => ({ ...s, ...patch })), []);

  useLayoutEffect(() => {
    const search = encodeViewState(state);
    if (search !== window.location.search) window.history.replaceState(null, '', search || window.location.pathname);
  }, [state]);
  useEffect(() => {
    const onPop = (): void => setState(decodeViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  // Escape closes the article reader (the one modal view).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setState((s) => (s.article ? { ...s, article: null } : s));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { state, setState, update };
}
