import { useCallback, useEffect, useState } from 'react';
import { request, type Operation } from '../api/graphqlClient.ts';

export interface ApiState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload: () => void;
}

/** Run an operation whenever its variables change (null skips); stale answers are dropped via AbortController. */
export function useApi<T, V>(op: Operation<T, V>, variables: V | null): ApiState<T> {
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<{ key: string | null; data: T | null; error: Error | null; loading: boolean }>({
    key: null,
    data: null,
    error: null,
    loading: variables !== null,
  });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (key === null) {
      setState({ key, data: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ key, data: s.key === key ? s.data : null, error: null, loading: true }));
    request(op, JSON.parse(key) as V, { signal: controller.signal }).then(
      (data) => setState({ key, data, error: null, loading: false }),
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        if (failure.name !== 'AbortError') setState({ key, data: null, error: failure, loading: false });
      },
    );
    return () => controller.abort();
  }, [op, key, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return {
    data: state.key === key ? state.data : null,
    error: state.key === key ? state.error : null,
    loading: state.key !== key || state.loading,
    reload,
  };
}
