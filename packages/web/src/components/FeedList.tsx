import { useCallback, useEffect, useState } from 'react';
import { addFeed, listFeeds, pollFeedNow, removeFeed, type FeedRow } from '../live/feedsClient.ts';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');

/** Subscribed feeds: add by URL, poll now, remove; each with its last poll, last error and article count. */
export function FeedList({ apiKey, refreshKey }: { apiKey: string; refreshKey: number }) {
  const [feeds, setFeeds] = useState<FeedRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const reload = useCallback(() => {
    listFeeds(apiKey).then(
      (rows) => {
        setFeeds(rows);
        setError(null);
      },
      (e: unknown) => setError(`Feeds are not available: ${(e as Error).message}`),
    );
  }, [apiKey]);
  useEffect(reload, [reload, refreshKey]);
  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .then(
        () => setError(null),
        (e: unknown) => setError((e as Error).message),
      )
      .finally(() => {
        setBusy(false);
        reload();
      });
  };
  return (
    <section className="add-section" aria-label="Feeds">
      <h3>Feeds</h3>
      <form
        className="feed-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (url.trim()) act(() => addFeed(url.trim(), apiKey).then(() => setUrl('')));
        }}
      >
        <input
          type="url"
          placeholder="https://example.org/feed.xml"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-label="Feed URL"
          data-testid="feed-url"
        />
        <button type="submit" className="btn btn-small" disabled={busy || !url.trim()}>
          Add feed
        </button>
      </form>
      {error && (
        <p className="add-error" role="alert">
          {error}
        </p>
      )}
      {feeds && feeds.length === 0 && (
        <p className="add-hint">No feeds yet. The server polls each one on a schedule.</p>
      )}
      {feeds && feeds.length > 0 && (
        <ul className="feed-list" data-testid="feed-list">
          {feeds.map((f) => (
            <li key={f.url}>
              <div className="feed-title">{f.title ?? f.url}</div>
              <div className="feed-meta">
                {f.articleCount} articles · last poll {when(f.lastPolled)}
                {f.lastError && <span className="add-error"> · {f.lastError}</span>}
              </div>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => act(() => pollFeedNow(f.url, apiKey))}
              >
                Poll now
              </button>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => act(() => removeFeed(f.url, apiKey))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
