import {
  readArticleWritesSince,
  readLatestArticleWrite,
  type ArticleWriteRow,
  type GraphConnection,
} from '@newsgraph/graph';

/** Articles read per poll at most; a full page reads on at once. */
const PAGE = 200;
/** Entity ids per article sent to the page (enough to bring an article's cast into view). */
const ENTITY_IDS = 40;
/**
 * Every poll looks back this far before the newest stamp seen. A writer stamps `ingestedAt` when its batch starts,
 * not when it commits, so a long batch can commit after a later one has moved the watermark; the look-back catches
 * it and the (id, stamp) pairs already sent keep it from being sent twice. A batch slower than this is missed.
 */
const LOOK_BACK_MS = 120_000;

export type ArticleWriteListener = (articles: ArticleWriteRow[]) => void;

export interface ArticleWriteWatcher {
  /** Reads the starting watermark: what the graph held before the server started is not news. */
  start(): Promise<void>;
  /** Registers a listener (`onClose` runs when the watcher stops). Returns the unsubscribe function. */
  subscribe(listener: ArticleWriteListener, onClose?: () => void): () => void;
  /** Listeners now registered (open event streams). */
  listenerCount(): number;
  /** Polls at once (after an upload wrote) instead of waiting for the next tick. */
  pollNow(): Promise<void>;
  close(): void;
}

/**
 * Notices article writes made by anyone — the page's upload, `pnpm ingest` into the running start (it writes to
 * Neo4j directly, not through this process), the feed poller — by polling a watermark query in Neo4j (an index
 * seek on Article.ingestedAt, schema 004). Polling the database rather than hooking our own writers is what makes
 * the CLI's writes visible at all.
 */
export function createArticleWriteWatcher(
  graph: GraphConnection,
  options: { pollMs: number; log?: (line: string) => void },
): ArticleWriteWatcher {
  const listeners = new Set<ArticleWriteListener>();
  const closers = new Map<ArticleWriteListener, () => void>();
  let startAt = 0; // ms: rows stamped at or before it were in the graph before the server started
  let newest = 0;
  const sent = new Map<string, number>(); // `${id}@${ingestedAt}` → stamp ms, pruned past the look-back
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let closed = false;
  let failing = false;
  // With no open stream nothing is polled (no background Neo4j work for nobody); the first stream after an idle
  // spell re-reads the watermark, so what was written while nobody listened is not sent as news.
  let resync: Promise<void> | null = null;

  async function readWatermark(): Promise<void> {
    const latest = await readLatestArticleWrite(graph);
    startAt = latest ? Date.parse(latest) : 0;
    newest = startAt;
    sent.clear();
  }

  async function pollOnce(): Promise<void> {
    if (resync) await resync;
    if (listeners.size === 0) return;
    const since = new Date(Math.max(0, newest - LOOK_BACK_MS)).toISOString();
    const rows = await readArticleWritesSince(graph, since, { limit: PAGE, maxEntityIds: ENTITY_IDS });
    const fresh: ArticleWriteRow[] = [];
    for (const row of rows) {
      const at = Date.parse(row.ingestedAt);
      const key = `${row.id}@${row.ingestedAt}`;
      if (at <= startAt || sent.has(key)) continue;
      sent.set(key, at);
      fresh.push(row);
      newest = Math.max(newest, at);
    }
    for (const [key, at] of sent) if (at < newest - LOOK_BACK_MS) sent.delete(key);
    if (fresh.length) for (const listener of listeners) listener(fresh);
    if (rows.length === PAGE && fresh.length > 0) await pollOnce();
  }

  function poll(): Promise<void> {
    running ??= pollOnce()
      .then(() => {
        if (failing) options.log?.('live updates: Neo4j answers again');
        failing = false;
      })
      .catch((error: unknown) => {
        // Said once per outage, not every tick; listeners keep their stream and get what comes after.
        if (!failing) options.log?.(`live updates: could not read new articles: ${(error as Error).message}`);
        failing = true;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  function schedule() {
    if (closed) return;
    timer = setTimeout(() => void poll().finally(schedule), options.pollMs);
    timer.unref(); // never what keeps the process alive
  }

  return {
    async start() {
      await readWatermark();
      schedule();
    },
    subscribe(listener, onClose) {
      if (listeners.size === 0) {
        resync = readWatermark()
          .catch((error: unknown) =>
            options.log?.(`live updates: could not read the watermark: ${(error as Error).message}`),
          )
          .finally(() => (resync = null));
      }
      listeners.add(listener);
      if (onClose) closers.set(listener, onClose);
      return () => {
        listeners.delete(listener);
        closers.delete(listener);
      };
    },
    listenerCount: () => listeners.size,
    async pollNow() {
      await running;
      await poll();
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const ending = [...closers.values()];
      listeners.clear();
      closers.clear();
      for (const end of ending) end();
    },
  };
}
