import type { ArticleWriteRow } from '@newsgraph/graph';
import type { ArticleWriteWatcher } from './articleWriteWatcher.ts';

/** Events held for one slow client before the oldest are dropped (a stalled tab must not grow the server). */
const MAX_QUEUED = 100;

const PRECISION: Record<string, string> = {
  year: 'YEAR',
  month: 'MONTH',
  day: 'DAY',
  time: 'TIME',
  unknown: 'UNKNOWN',
};

/** A stored row as the schema's ArticleWrite (enum values by name: this schema has no enum mapping). */
function toArticleWrite(row: ArticleWriteRow) {
  return {
    ...row,
    publishedAtPrecision: row.publishedAtPrecision ? (PRECISION[row.publishedAtPrecision] ?? null) : null,
  };
}

/**
 * One subscriber's stream of `articlesWritten` payloads: an async iterator over the watcher's events that
 * unsubscribes when the client goes away (graphql-sse calls `return`).
 */
export function articleWritesStream(
  watcher: ArticleWriteWatcher,
): AsyncIterableIterator<{ articlesWritten: { articles: unknown[] } }> {
  const queue: ArticleWriteRow[][] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const unsubscribe = watcher.subscribe(
    (rows) => {
      queue.push(rows);
      if (queue.length > MAX_QUEUED) queue.shift();
      wake?.();
    },
    () => finish(),
  );
  function finish() {
    done = true;
    unsubscribe();
    wake?.();
  }
  const iterator: AsyncIterableIterator<{ articlesWritten: { articles: unknown[] } }> = {
    async next() {
      while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (done) return { value: undefined, done: true };
      return { value: { articlesWritten: { articles: queue.shift()!.map(toArticleWrite) } }, done: false };
    },
    async return() {
      finish();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
