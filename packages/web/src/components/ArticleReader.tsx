import { useEffect, useRef, useState } from 'react';
import { Q, type BodyChunk, type EvidenceItem } from '../api/queries.ts';
import { useApi } from '../hooks/useApi.ts';
import { useArticleBody } from '../hooks/useArticleBody.ts';
import { ENTITY_STYLE } from '../network/palette.ts';
import { publishedLabel, safeHref } from '../text/articleLinks.ts';
import type { Span } from '../text/highlightSegments.ts';
import { plural } from '../text/plural.ts';
import { ArticleBodyText, type TextRange } from './ArticleBodyText.tsx';
import { EventCard, StatementCard } from './FactCards.tsx';
import { EntityChip } from './KindBadge.tsx';
import { ErrorBox, Loading } from './States.tsx';

/**
 * The fact's sentence as a range of the text: the occurrence of `sentence` in the loaded chunk that holds the fact's
 * words, else just those words (a sentence spanning two chunks, or text changed since).
 */
function sentenceRange(chunks: readonly BodyChunk[], ev: Pick<EvidenceItem, 'start' | 'end' | 'sentence'>): TextRange {
  const chunk = chunks.find((c) => ev.start >= c.start && ev.start < c.end);
  if (chunk) {
    for (let at = chunk.text.indexOf(ev.sentence); at !== -1; at = chunk.text.indexOf(ev.sentence, at + 1)) {
      const start = chunk.start + at;
      if (start <= ev.start && start + ev.sentence.length >= ev.end) return { start, end: start + ev.sentence.length };
    }
  }
  return { start: ev.start, end: ev.end };
}

/**
 * The article's body with entity mentions highlighted, paged (the first page on opening, more on scroll or "Show
 * more"), then its events and statements; "Show in text" on a fact highlights its sentence, loading the page that
 * holds it. Text is rendered as React text nodes: whatever markup an article contains shows as characters, never
 * as HTML.
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
  const body = useArticleBody(id);
  const a = data?.article;
  const spans: Span[] = a
    ? a.mentions.flatMap((m) =>
        m.spans.map((s) => ({ start: s.start, end: s.end, id: m.entity.id, kind: m.entity.kind })),
      )
    : [];
  // The selected fact's evidence in this article; its sentence is highlighted once its page is loaded.
  const [selected, setSelected] = useState<EvidenceItem | null>(null);
  const focus = selected ? sentenceRange(body.chunks, selected) : null;
  const focusShown = focus !== null && body.chunks.some((c) => focus.start < c.end && focus.end > c.start);
  // The focus mark this reader drew (a ref, not a document-wide look-up that could find another reader's mark).
  const focusMark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusShown) focusMark.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [focusShown, selected]);
  // The jump is the click's, not an effect's: an effect on the loaded chunks re-jumped to the fact's page right after
  // "From the beginning" (the run no longer held the selected offset), and a second click on the same fact did nothing.
  const select = (evidence: readonly EvidenceItem[]) => {
    const ev = evidence.find((e) => e.article.id === id) ?? null;
    setSelected(ev);
    if (ev) body.openAt(ev.start);
  };
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
              {body.error && <ErrorBox error={body.error} onRetry={body.reload} />}
              <ArticleBodyText
                chunks={body.chunks}
                spans={spans}
                focus={focusShown ? focus : null}
                focusRef={focusMark}
                hasNext={body.hasNext}
                loading={body.loading}
                total={body.total}
                onMore={body.more}
                onFromStart={body.fromStart}
                onMarkClick={onOpenEntity}
              />
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
                <div key={e.id} className="reader-fact">
                  <ShowInText onShow={() => select(e.evidence)} />
                  <EventCard event={e} onOpenArticle={() => select(e.evidence)} onOpenEntity={onOpenEntity} />
                </div>
              ))}
              <h3>{plural(a.statements.length, 'statement')}</h3>
              {a.statements.map((s) => (
                <div key={s.id} className="reader-fact">
                  <ShowInText onShow={() => select(s.evidence)} />
                  <StatementCard statement={s} onOpenArticle={() => select(s.evidence)} onOpenEntity={onOpenEntity} />
                </div>
              ))}
            </aside>
          </div>
        )}
      </div>
    </div>
  );
}

function ShowInText({ onShow }: { onShow: () => void }) {
  return (
    <button type="button" className="link reader-show" onClick={onShow} data-testid="show-in-text">
      Show in text ↖
    </button>
  );
}
