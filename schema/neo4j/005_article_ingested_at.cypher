// The server's live-update watcher asks "which articles were written since T" every few seconds: whoever wrote
// them (the page's upload, `pnpm ingest` into the running start, the feed poller). A range index keeps that a seek.
CREATE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt);
