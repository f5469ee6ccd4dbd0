import { useState } from 'react';
import { useLiveUpdates, type LiveArticle } from '../hooks/useLiveUpdates.ts';
import { AddArticlesPanel } from './AddArticlesPanel.tsx';

/** Entities brought into view per article, and in all (each becomes an expanded centre of the network). */
const PER_ARTICLE = 8;
const AT_MOST = 30;

export function entitiesToBring(articles: LiveArticle[]): string[] {
  const ids = new Set<string>();
  for (const a of articles) for (const id of a.entityIds.slice(0, PER_ARTICLE)) if (ids.size < AT_MOST) ids.add(id);
  return [...ids];
}

/**
 * The header's "Add articles" button with its panel, and the live-update notice. Every write (this page's upload,
 * `pnpm ingest` into the running start, a feed poll) calls `onWritten` (the counts and the time bar reload); the
 * notice offers to bring the new articles' entities into the view, which expands them as centres: the network
 * places newcomers next to their placed neighbours and moves nothing already placed.
 */
export function AddArticles({
  onWritten,
  onBringIntoView,
}: {
  onWritten: () => void;
  onBringIntoView: (entityIds: string[]) => void;
}) {
  const [open, setOpen] = useState(false);
  const live = useLiveUpdates(onWritten);
  const n = live.fresh.length;
  return (
    <>
      <button
        type="button"
        className="btn btn-add"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        data-testid="add-articles-button"
      >
        Add articles
      </button>
      {open && <AddArticlesPanel onClose={() => setOpen(false)} />}
      {n > 0 && (
        <div className="live-notice" role="status" data-testid="live-notice" data-count={n}>
          <span>
            {n} new article{n === 1 ? '' : 's'}
            {n <= 3 ? `: ${live.fresh.map((a) => a.title).join(' · ')}` : ''}
          </span>
          <button
            type="button"
            className="btn btn-small"
            data-testid="live-bring"
            onClick={() => {
              onBringIntoView(entitiesToBring(live.fresh));
              live.clear();
            }}
          >
            Add their entities to the view
          </button>
          <button type="button" className="btn btn-small" onClick={live.clear} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </>
  );
}
