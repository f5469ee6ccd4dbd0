import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../api/graphqlClient.ts';
import { Q, type BodyChunk } from '../api/queries.ts';

/** Chunks per page: about 20 paragraphs, at most 40 000 characters (the API cuts chunks at 2 000). */
export const BODY_PAGE = 20;

export interface ArticleBodyState {
  /** Loaded chunks: one contiguous run of the body, in text order (from the start, or from a fact's page on). */
  chunks: BodyChunk[];
  total: number;
  hasNext: boolean;
  loading: boolean;
  error: Error | null;
}

const EMPTY: ArticleBodyState = { chunks: [], total: 0, hasNext: false, loading: true, error: null };

/**
 * An article's body a page at a time (`Article.body`): the first page when the article opens, `more()` for the next,
 * `openAt(offset)` for the page holding a text offset when it is not loaded (a fact's sentence late in a large
 * article: the run then starts there, and `fromStart()` goes back). One request at a time: a jump aborts the request
 * in flight, a next page waits for it; answers for an article no longer shown, or superseded, are dropped.
 */
export function useArticleBody(id: string) {
  const [state, setState] = useState<ArticleBodyState>(EMPTY);
  const cursor = useRef<string | null>(null);
  const busy = useRef(false);
  const current = useRef(id);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    async (variables: { after?: string | null; at?: number }, replace: boolean) => {
      // A next page waits for the load in flight; a jump (from the start, to a fact's page) is the user's newer
      // wish and replaces it — dropping it left "From the beginning" dead while the scroll sentinel was loading.
      if (busy.current && !replace) return;
      controller.current?.abort();
      busy.current = true;
      const forId = id;
      const abort = new AbortController();
      controller.current = abort;
      setState((s) => ({ ...s, loading: true, error: null }));
      try {
        const data = await request(Q.articleBody, { id, first: BODY_PAGE, ...variables }, { signal: abort.signal });
        if (current.current !== forId || controller.current !== abort) return; // superseded
        const body = data.article?.body;
        if (!body) throw new Error(`No article with id ${forId}.`);
        if (replace && variables.at !== undefined && body.chunks.length === 0) {
          // No paragraph holds that offset (evidence from an older text of the article): keep what is shown.
          setState((s) => ({ ...s, loading: false }));
          return;
        }
        cursor.current = body.pageInfo.endCursor ?? null;
        setState((s) => ({
          chunks: replace ? body.chunks : [...s.chunks, ...body.chunks],
          total: body.totalCount,
          hasNext: body.pageInfo.hasNextPage,
          loading: false,
          error: null,
        }));
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        if (failure.name !== 'AbortError' && current.current === forId && controller.current === abort)
          setState((s) => ({ ...s, loading: false, error: failure }));
      } finally {
        if (controller.current === abort) {
          busy.current = false;
          controller.current = null;
        }
      }
    },
    [id],
  );

  useEffect(() => {
    current.current = id;
    cursor.current = null;
    setState(EMPTY);
    void load({}, true);
    return () => {
      controller.current?.abort();
      controller.current = null;
      busy.current = false;
    };
  }, [id, load]);

  const more = useCallback(() => {
    if (state.hasNext) void load({ after: cursor.current }, false);
  }, [load, state.hasNext]);

  const fromStart = useCallback(() => void load({}, true), [load]);

  const shown = useRef(state.chunks);
  shown.current = state.chunks;
  /** Loads the page holding `offset` unless the loaded run already holds it. */
  const openAt = useCallback(
    (offset: number) => {
      const first = shown.current[0];
      const last = shown.current[shown.current.length - 1];
      if (first && last && offset >= first.start && offset < last.end) return;
      void load({ at: offset }, true);
    },
    [load],
  );

  return { ...state, more, fromStart, openAt, reload: fromStart };
}
