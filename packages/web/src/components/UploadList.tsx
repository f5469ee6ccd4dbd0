import type { UploadProgress, UploadResult } from '../live/uploadArticles.ts';

export interface UploadItem {
  key: number;
  name: string;
  progress: UploadProgress;
  result?: UploadResult;
  /** A refusal before the file was read (auth, size, network). */
  failure?: string;
}

function fraction(item: UploadItem): number {
  if (item.result || item.failure) return 1;
  const p = item.progress;
  if (p.phase === 'ingesting') return 0.1 + (0.9 * p.done) / Math.max(1, p.total);
  return p.phase === 'read' ? 0.1 : 0.02;
}

function summary(item: UploadItem): string {
  if (item.failure) return item.failure;
  const r = item.result;
  if (!r) {
    const p = item.progress;
    if (p.phase === 'ingesting') return `extracting and writing ${p.done} / ${p.total}`;
    if (p.phase === 'read') return `${p.articles} article${p.articles === 1 ? '' : 's'} read, extracting…`;
    return 'sending…';
  }
  if (r.status === 'refused')
    return `not added: ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'} — nothing written`;
  const a = r.articles;
  const parts = [
    `${a.new} new`,
    a.updated ? `${a.updated} updated` : '',
    a.unchanged ? `${a.unchanged} unchanged` : '',
    a.failed ? `${a.failed} failed` : '',
  ].filter(Boolean);
  return `${parts.join(', ')} · ${r.written.entities} entities, ${r.written.events + r.written.statements} facts added`;
}

/** One row per uploaded file: a progress bar, what came of it, and every error (React text, never HTML). */
export function UploadList({ items }: { items: UploadItem[] }) {
  if (!items.length) return null;
  return (
    <ul className="upload-list" data-testid="upload-list">
      {items.map((item) => {
        const state =
          item.failure || item.result?.status === 'refused' || (item.result?.articles.failed ?? 0) > 0
            ? 'failed'
            : item.result
              ? 'done'
              : 'running';
        return (
          <li key={item.key} data-testid="upload-item" data-state={state} data-name={item.name}>
            <div className="upload-name">{item.name}</div>
            <progress max={1} value={fraction(item)} aria-label={`${item.name} progress`} />
            <div className="upload-summary">{summary(item)}</div>
            {item.result?.errors.map((e, i) => (
              <div key={i} className="add-error" role="alert">
                {e.code}: {e.message}
              </div>
            ))}
            {item.result?.warnings.slice(0, 5).map((w, i) => (
              <div key={i} className="add-hint">
                {w.origin}: {w.message}
              </div>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
