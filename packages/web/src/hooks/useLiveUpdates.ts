import { createClient } from 'graphql-sse';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleWrite } from '../api/generated.ts';

const SUBSCRIPTION = `subscription ArticlesWritten {
  articlesWritten { articles { id title publishedAt publishedAtPrecision source ingestedAt entities facts entityIds } }
}`;

export type LiveArticle = Pick<
  ArticleWrite,
  'id' | 'title' | 'publishedAt' | 'source' | 'ingestedAt' | 'entities' | 'facts' | 'entityIds'
>;

export interface LiveUpdates {
  /** Articles written since the page last brought them into view (or dismissed them), newest last. */
  fresh: LiveArticle[];
  /** 'open' while the event stream is up; 'retrying' after it dropped (graphql-sse reconnects). */
  status: 'connecting' | 'open' | 'retrying';
  /** Forget the fresh articles (after bringing them into view or dismissing the notice). */
  clear: () => void;
}

/**
 * Subscribes to `articlesWritten` over Server-Sent Events (graphql-sse) for as long as the page is open. Every
 * event goes to `onArticles` at once (the counts and the time bar reload) and is kept in `fresh` for the notice.
 */
export function useLiveUpdates(onArticles: (articles: LiveArticle[]) => void): LiveUpdates {
  const [fresh, setFresh] = useState<LiveArticle[]>([]);
  const [status, setStatus] = useState<LiveUpdates['status']>('connecting');
  const callback = useRef(onArticles);
  callback.current = onArticles;
  useEffect(() => {
    const client = createClient({
      url: '/graphql/stream',
      retryAttempts: Infinity,
      on: { connected: () => setStatus('open') },
    });
    const stop = client.subscribe<{ articlesWritten: { articles: LiveArticle[] } }>(
      { query: SUBSCRIPTION, operationName: 'ArticlesWritten' },
      {
        next: (result) => {
          const articles = result.data?.articlesWritten.articles ?? [];
          if (!articles.length) return;
          setFresh((old) => {
            const seen = new Set(old.map((a) => a.id));
            return [...old, ...articles.filter((a) => !seen.has(a.id))];
          });
          callback.current(articles);
        },
        error: () => setStatus('retrying'),
        complete: () => setStatus('retrying'),
      },
    );
    return () => {
      stop();
      client.dispose();
    };
  }, []);
  const clear = useCallback(() => setFresh([]), []);
  return { fresh, status, clear };
}
