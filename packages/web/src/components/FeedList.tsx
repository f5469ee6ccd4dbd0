import { useCallback, useEffect, useState } from 'react';
import {
  addFeed,
  listFeeds,
  pollFeedNow,
  readFeedPoll,
  removeFeed,
  type FeedPollJob,
  type FeedRow,
} from '../live/feedsClient.ts';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');
/** How often the list is read again while a poll runs (the server answers "Poll now" before the poll ends). */
const FOLLOW_MS = 1000;

/** One line on how a "Poll now" ended. */
function outcome(job: FeedPollJob): string {
  if (job.state === 'ABORTED') return `Poll stopped: ${job.error ?? 'unknown reason'}`;
  const r = job.result;
  if (!r) return 'Polling…';
  if (r.status === 'NOT_MODIFIED') return 'Polled: unchanged since the last poll';
  // The reason is the feed's last error, shown just above.
  if (r.status === 'FAILED') return 'Poll failed (the error is above)';
  return `Polled: ${r.newArticles} new article${r.newArticles === 1 ? '' : 's'}`;
}

/**
 * Subscribed feeds: add by URL, poll now, remove; each with its last poll, last error and article count. "Poll now"
 * is answered at once with a job; the list follows it (and any poll the server's schedule runs) until it ends.
 */
export function FeedList({ apiKey, refreshKey }: { apiKey: string; refreshKey: number }) {
  const [feeds, setFeeds] = useState<FeedRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  /** The last "Poll now" per feed URL. */
  const [jobs, setJobs] = useState<Record<string, FeedPollJob>>({});
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

  const following = Object.values(jobs).some((j) => j.state === 'RUNNING') || (feeds ?? []).some((f) => f.polling);
  useEffect(() => {
    if (!following) return;
    const timer = setInterval(() => {
      for (const job of Object.values(jobs).filter((j) => j.state === 'RUNNING'))
        readFeedPoll(job.id, apiKey).then(
          (now) => {
            // A job the server forgot (it restarted): stop following it; the list shows the feed's outcome.
            const next = now ?? { ...job, state: 'ABORTED' as const, error: 'the server no longer knows this poll' };
            if (next.state !== 'RUNNING') setJobs((all) => ({ ...all, [job.feed.url]: next }));
          },
          () => {},
        );
      reload();
    }, FOLLOW_MS);
    return () => clearInterval(timer);
  }, [following, jobs, apiKey, reload]);

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
  const pollNow = (feedUrl: string) =>
    act(() => pollFeedNow(feedUrl, apiKey).then((job) => setJobs((all) => ({ ...all, [feedUrl]: job }))));
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
        <button type="submit" className="btn btn-small" disabled={busy || !url.trim()} data-testid="feed-add">
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
          {feeds.map((f) => {
            const job = jobs[f.url];
            const polling = f.polling || job?.state === 'RUNNING';
            return (
              <li key={f.url} data-testid="feed-row" data-url={f.url} data-polling={polling ? 'true' : 'false'}>
                <div className="feed-title">{f.title ?? f.url}</div>
                {f.title && <div className="feed-url">{f.url}</div>}
                <div className="feed-meta" data-testid="feed-meta">
                  {f.articleCount} article{f.articleCount === 1 ? '' : 's'} · last poll {when(f.lastPolled)}
                  {f.lastStatus !== null && ` · HTTP ${f.lastStatus}`}
                  {polling && ' · polling…'}
                </div>
                {f.lastError && (
                  <div className="add-error" data-testid="feed-error">
                    {f.lastError}
                  </div>
                )}
                {job && job.state !== 'RUNNING' && (
                  <div className="add-hint" data-testid="feed-outcome">
                    {outcome(job)}
                  </div>
                )}
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy || polling}
                  onClick={() => pollNow(f.url)}
                  data-testid="feed-poll"
                >
                  {polling ? 'Polling…' : 'Poll now'}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  onClick={() => act(() => removeFeed(f.url, apiKey))}
                  data-testid="feed-remove"
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
