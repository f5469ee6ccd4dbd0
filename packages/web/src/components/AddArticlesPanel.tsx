import { useRef, useState } from 'react';
import { readApiKey, storeApiKey } from '../live/apiKey.ts';
import { pastedArticleFile, uploadFailureText, uploadFile } from '../live/uploadArticles.ts';
import { FeedList } from './FeedList.tsx';
import { UploadList, type UploadItem } from './UploadList.tsx';

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.json,.jsonl,.ndjson,.rss,.atom,.xml';
const EMPTY_PASTE = { title: '', publishedAt: '', url: '', source: '', text: '' };

/**
 * "Add articles": drop or pick files (every format `pnpm ingest` reads), paste one article, or subscribe a feed.
 * Files go one request each (POST /api/articles), so each has its own progress bar and its own errors, and a
 * bad file never holds back the good ones in the same drop.
 */
export function AddArticlesPanel({ onClose }: { onClose: () => void }) {
  const [apiKey, setApiKey] = useState(readApiKey);
  const [items, setItems] = useState<UploadItem[]>([]);
  const [paste, setPaste] = useState(EMPTY_PASTE);
  const [dragging, setDragging] = useState(false);
  const [feedsRefresh, setFeedsRefresh] = useState(0);
  const nextKey = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);

  const patch = (key: number, change: Partial<UploadItem>) =>
    setItems((all) => all.map((it) => (it.key === key ? { ...it, ...change } : it)));

  function send(files: { name: string; body: Blob | string }[]) {
    for (const file of files) {
      const key = nextKey.current++;
      setItems((all) => [{ key, name: file.name, progress: { phase: 'sending' } }, ...all]);
      uploadFile(file, apiKey, (progress) => patch(key, { progress })).then(
        (result) => {
          patch(key, { result });
          setFeedsRefresh((n) => n + 1);
        },
        (error: unknown) => patch(key, { failure: uploadFailureText(error) }),
      );
    }
  }

  const pasteReady = paste.title.trim() && paste.text.trim() && paste.publishedAt;
  return (
    <div className="add-panel" role="dialog" aria-label="Add articles" data-testid="add-articles-panel">
      <header className="add-head">
        <h2>Add articles</h2>
        <button type="button" className="btn btn-small" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <div className="add-body">
        <section
          className={`dropzone${dragging ? ' over' : ''}`}
          data-testid="dropzone"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            send([...e.dataTransfer.files].map((f) => ({ name: f.name, body: f })));
          }}
        >
          <p>Drop files here — Markdown (YAML front matter), text, HTML, JSON, JSONL, RSS/Atom.</p>
          <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
            Choose files…
          </button>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept={ACCEPT}
            hidden
            data-testid="file-input"
            onChange={(e) => {
              send([...(e.target.files ?? [])].map((f) => ({ name: f.name, body: f })));
              e.target.value = '';
            }}
          />
        </section>
        <UploadList items={items} />

        <section className="add-section" aria-label="Paste an article">
          <h3>Paste an article</h3>
          <form
            className="paste-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!pasteReady) return;
              send([pastedArticleFile(paste)]);
              setPaste(EMPTY_PASTE);
            }}
          >
            <input
              placeholder="Title"
              value={paste.title}
              onChange={(e) => setPaste({ ...paste, title: e.target.value })}
              aria-label="Title"
              data-testid="paste-title"
              required
            />
            <input
              type="date"
              value={paste.publishedAt}
              onChange={(e) => setPaste({ ...paste, publishedAt: e.target.value })}
              aria-label="Publication date"
              data-testid="paste-date"
              required
            />
            <input
              type="url"
              placeholder="https://… (optional)"
              value={paste.url}
              onChange={(e) => setPaste({ ...paste, url: e.target.value })}
              aria-label="URL"
              data-testid="paste-url"
            />
            <input
              placeholder="Source (optional)"
              value={paste.source}
              onChange={(e) => setPaste({ ...paste, source: e.target.value })}
              aria-label="Source"
              data-testid="paste-source"
            />
            <textarea
              placeholder="Article text"
              rows={5}
              value={paste.text}
              onChange={(e) => setPaste({ ...paste, text: e.target.value })}
              aria-label="Text"
              data-testid="paste-text"
              required
            />
            <button type="submit" className="btn" disabled={!pasteReady} data-testid="paste-submit">
              Add article
            </button>
          </form>
        </section>

        <FeedList apiKey={apiKey} refreshKey={feedsRefresh} />

        <section className="add-section" aria-label="API key">
          <h3>API key</h3>
          <p className="add-hint">
            Needed only when the server has NEWSGRAPH_API_KEYS or is reachable from other machines (HOST set): on the
            default local start the page uses the server&apos;s own per-run key. Kept in this tab only.
          </p>
          <input
            type="password"
            autoComplete="off"
            placeholder="NEWSGRAPH_API_KEYS key"
            value={apiKey}
            aria-label="API key"
            data-testid="api-key"
            onChange={(e) => {
              setApiKey(e.target.value);
              storeApiKey(e.target.value);
            }}
          />
        </section>
      </div>
    </div>
  );
}
