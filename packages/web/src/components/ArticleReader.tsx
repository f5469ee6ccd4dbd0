import { Q } from '../api/queries.ts';
import { useApi } from '../hooks/useApi.ts';
import { ENTITY_STYLE } from '../network/palette.ts';
import { publishedLabel, safeHref } from '../text/articleLinks.ts';
import type { Span } from '../text/highlightSegments.ts';
import { plural } from '../text/plural.ts';
import { EventCard, StatementCard } from './FactCards.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { EntityChip } from './KindBadge.tsx';
import { ErrorBox, Loading } from './States.tsx';

/**
 * The article as text with entity mentions highlighted, then its events and statements. The text is
 * rendered as React text nodes: whatever markup an article contains shows as characters, never as HTML.
 */
export function ArticleReader({
  id,
  onClose,
  onOpenEntity,
}: {
  id: string;
  onClose: () => void;
  onOpenEntity: (id: string) => void;
}) {
  const { data, error, loading, reload } = useApi(Q.article, { id });
  const a = data?.article;
  const spans: Span[] = a
    ? a.mentions.flatMap((m) =>
        m.spans.map((s) => ({ start: s.start, end: s.end, id: m.entity.id, kind: m.entity.kind })),
      )
    : [];
  // Only the body: page chrome (navigation, share buttons, widgets) lies before bodyStart and after bodyEnd.
  const bodyStart = a?.bodyStart ?? 0;
  const bodyEnd = a?.bodyEnd ?? a?.text.length ?? 0;
  return (
    <div className="modal-backdrop" onClick={onClose} role="presentation">
      <div
        className="modal reader"
        role="dialog"
        aria-modal="true"
        aria-label="Article"
        onClick={(e) => e.stopPropagation()}
        data-testid="article-reader"
      >
        <button type="button" className="btn btn-icon modal-close" aria-label="Close article" onClick={onClose}>
          ✕
        </button>
        {error && <ErrorBox error={error} onRetry={reload} />}
        {(loading || !data) && !error && <Loading label="Loading article…" />}
        {data && !a && <ErrorBox error={new Error(`No article with id ${id}.`)} />}
        {a && (
          <div className="reader-grid">
            <div className="reader-text">
              <p className="eyebrow">
                {a.source ?? 'Unknown outlet'} · published {publishedLabel(a.publishedAt, a.publishedAtPrecision)}
                {safeHref(a.url) && (
                  <>
                    {' · '}
                    <a href={safeHref(a.url)!} target="_blank" rel="noreferrer noopener">
                      original ↗
                    </a>
                  </>
                )}
              </p>
              <h2>{a.title}</h2>
              <div className="article-text" data-testid="article-text">
                <HighlightedText
                  text={a.text.slice(bodyStart, bodyEnd)}
                  spans={spans
                    .filter((s) => s.start >= bodyStart && s.end <= bodyEnd)
                    .map((s) => ({ ...s, start: s.start - bodyStart, end: s.end - bodyStart }))}
                  onMarkClick={onOpenEntity}
                />
              </div>
              {a.comments.length > 0 && (
                <section className="comments">
                  <h3>{plural(a.comments.length, 'reader comment')} — not part of the article</h3>
                  {a.comments.map((c) => (
                    <p key={c.index} className="comment">
                      {c.text}
                    </p>
                  ))}
                </section>
              )}
            </div>
            <aside className="reader-side">
              <h3>Mentioned</h3>
              <div className="chip-cloud">
                {a.mentions.map((m) => (
                  <EntityChip key={m.entity.id} entity={m.entity} onOpen={onOpenEntity} />
                ))}
              </div>
              <p className="legend-inline">
                {Object.entries(ENTITY_STYLE).map(([k, v]) => (
                  <span key={k} className={`hl hl-${k.toLowerCase()}`}>
                    {v.label}
                  </span>
                ))}
              </p>
              <h3>{plural(a.events.length, 'event')}</h3>
              {a.events.map((e) => (
                <EventCard key={e.id} event={e} onOpenArticle={() => undefined} onOpenEntity={onOpenEntity} />
              ))}
              <h3>{plural(a.statements.length, 'statement')}</h3>
              {a.statements.map((s) => (
                <StatementCard key={s.id} statement={s} onOpenArticle={() => undefined} onOpenEntity={onOpenEntity} />
              ))}
            </aside>
          </div>
        )}
      </div>
    </div>
  );
}
