/** A feed subscription as stored: times are UTC ISO strings (they sort as text), counts plain numbers. */
export interface FeedRow {
  url: string;
  title: string | null;
  added: string;
  lastPolled: string | null;
  /** HTTP status of the last poll (304 when nothing changed); null when the request never got an answer. */
  lastStatus: number | null;
  /** Why the last poll failed (or which items failed); null after a clean poll. */
  lastError: string | null;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: string;
  consecutiveFailures: number;
  /** Articles ingested from this feed that are still in the graph (DELIVERED edges). */
  articleCount: number;
}

/** The RETURN clause every feed reader shares, over a bound `f`. */
export const FEED_COLUMNS = `f.url AS url, f.title AS title, f.added AS added, f.lastPolled AS lastPolled,
  f.lastStatus AS lastStatus, f.lastError AS lastError, f.etag AS etag, f.lastModified AS lastModified,
  f.nextPollAt AS nextPollAt, coalesce(f.consecutiveFailures, 0) AS consecutiveFailures,
  COUNT { (f)-[:DELIVERED]->(:Article) } AS articleCount`;
