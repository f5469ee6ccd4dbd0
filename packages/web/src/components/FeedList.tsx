import { useCallback, useEffect, useRef, useState } from 'react';
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
/** How often a "Poll now" job is read again while it waits or runs; its answer carries the feed's row. */
const FOLLOW_MS = 1000;
/**
 * How often the list is read again while only the server's schedule polls a feed (no job of ours to follow): rarely,
 * the poll's own outcome is all that changes.
 */
const SCHEDULE_FOLLOW_MS = 10_000;
const active = (job: FeedPollJob | undefined) => job?.state === 'QUEUED' || job?.state === 'RUNNING';

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
 * is answered at once with a job; its row follows the job (feedPoll(id), which carries the feed) until it ends.
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

  // A "Poll now" job is followed by its id: feedPoll(id) answers with the job and the feed's row as stored now, so
  // only that row changes — the whole list is not read again every second.
  // The timer restarts when the set of followed ids changes, not on each answer (which replaces the job objects):
  // the jobs themselves are read through a ref.
  const followedIds = Object.values(jobs)
    .filter(active)
    .map((j) => j.id)
    .join(' ');
  const jobsNow = useRef(jobs);
  useEffect(() => {
    jobsNow.current = jobs;
  }, [jobs]);
  useEffect(() => {
    if (!followedIds) return;
    const timer = setInterval(() => {
      for (const job of Object.values(jobsNow.current).filter(active))
        readFeedPoll(job.id, apiKey).then(
          (now) => {
            // A job the server forgot (it restarted): stop following it, and read the list once for the outcome.
            if (!now) {
              setJobs((all) => ({
                ...all,
                [job.feed.url]: { ...job, state: 'ABORTED', error: 'the server no longer knows this poll' },
              }));
              reload();
              return;
            }
            setJobs((all) => ({ ...all, [job.feed.url]: now }));
            setFeeds((rows) => rows && rows.map((row) => (row.url === now.feed.url ? now.feed : row)));
          },
          () => {},
        );
    }, FOLLOW_MS);
    return () => clearInterval(timer);
  }, [followedIds, apiKey, reload]);

  // A poll the server's schedule runs has no job here: the list is read again, rarely, until it ends.
  const scheduled = (feeds ?? []).some((f) => f.polling && !active(jobs[f.url]));
  useEffect(() => {
    if (!scheduled) return;
    const timer = setInterval(reload, SCHEDULE_FOLLOW_MS);
    return () => clearInterval(timer);
  }, [scheduled, reload]);

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
  // The job's answer carries the feed's row: no list read after the click either.
  const pollNow = (feedUrl: string) => {
    setBusy(true);
    pollFeedNow(feedUrl, apiKey)
      .then(
        (job) => {
          setError(null);
          setJobs((all) => ({ ...all, [feedUrl]: job }));
          setFeeds((rows) => rows && rows.map((row) => (row.url === job.feed.url ? job.feed : row)));
        },
        (e: unknown) => setError((e as Error).message),
      )
      .finally(() => setBusy(false));
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
            const polling = f.polling || active(job);
            return (
              <li key={f.url} data-testid="feed-row" data-url={f.url} data-polling={polling ? 'true' : 'false'}>
                <div className="feed-title">{f.title ?? f.url}</div>
                {f.title && <div className="feed-url">{f.url}</div>}
                <div className="feed-meta" data-testid="feed-meta">
                  {f.articleCount} article{f.articleCount === 1 ? '' : 's'} · last poll {when(f.lastPolled)}
                  {f.lastStatus !== null && ` · HTTP ${f.lastStatus}`}
                  {job?.state === 'QUEUED'
                    ? ' · queued behind another feed…'
                    : job?.state === 'RUNNING'
                      ? ` · polling… ${job.progress.itemsRead} item${job.progress.itemsRead === 1 ? '' : 's'} read`
                      : polling && ' · polling…'}
                </div>
                {f.lastError && (
                  <div className="add-error" data-testid="feed-error">
                    {f.lastError}
                  </div>
                )}
                {job && !active(job) && (
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
