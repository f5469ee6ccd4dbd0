import { useEffect, useRef, type Ref } from 'react';
import type { BodyChunk } from '../api/queries.ts';
import type { Span } from '../text/highlightSegments.ts';
import { HighlightedText } from './HighlightedText.tsx';

/** A range of `Article.text` to show as the selected fact's source sentence. */
export interface TextRange {
  start: number;
  end: number;
}

/** Spans inside [start, end), moved to that range's own coordinates. */
function spansIn(spans: readonly Span[], start: number, end: number): Span[] {
  return spans
    .filter((s) => s.start >= start && s.end <= end)
    .map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
}

/**
 * One chunk of the body: its text with the entity mentions marked, and the selected fact's sentence (when it falls in
 * this chunk) wrapped in a focus mark. React text nodes only: whatever markup an article holds shows as characters.
 */
function Chunk({
  chunk,
  spans,
  focus,
  focusRef,
  onMarkClick,
}: {
  chunk: BodyChunk;
  spans: readonly Span[];
  focus: TextRange | null;
  focusRef?: Ref<HTMLElement>;
  onMarkClick: (id: string) => void;
}) {
  const inChunk = focus && focus.start < chunk.end && focus.end > chunk.start;
  if (!inChunk) {
    return (
      <p className="article-chunk" data-testid="article-chunk" data-index={chunk.index}>
        <HighlightedText text={chunk.text} spans={spansIn(spans, chunk.start, chunk.end)} onMarkClick={onMarkClick} />
      </p>
    );
  }
  // Three runs: before the sentence, the sentence (marked), after it — each with its own mentions.
  const from = Math.max(focus.start, chunk.start);
  const to = Math.min(focus.end, chunk.end);
  const run = (start: number, end: number) => (
    <HighlightedText
      text={chunk.text.slice(start - chunk.start, end - chunk.start)}
      spans={spansIn(spans, start, end)}
      onMarkClick={onMarkClick}
    />
  );
  return (
    <p className="article-chunk" data-testid="article-chunk" data-index={chunk.index}>
      {run(chunk.start, from)}
      <mark className="fact-focus" data-testid="fact-focus" ref={focusRef}>
        {run(from, to)}
      </mark>
      {run(to, chunk.end)}
    </p>
  );
}

/**
 * The loaded run of the body, chunk by chunk, and what loads more: a sentinel that asks for the next page when it
 * scrolls into view (inside the reader's scrolling box), and a "Show more" button for keyboards and for browsers
 * without IntersectionObserver.
 */
export function ArticleBodyText({
  chunks,
  spans,
  focus,
  focusRef,
  hasNext,
  loading,
  total,
  onMore,
  onFromStart,
  onMarkClick,
}: {
  chunks: readonly BodyChunk[];
  spans: readonly Span[];
  focus: TextRange | null;
  /** Set to the focus mark while one is drawn (the reader scrolls it into view). */
  focusRef?: Ref<HTMLElement>;
  hasNext: boolean;
  loading: boolean;
  total: number;
  onMore: () => void;
  onFromStart: () => void;
  onMarkClick: (id: string) => void;
}) {
  const sentinel = useRef<HTMLDivElement>(null);
  const onMoreRef = useRef(onMore);
  onMoreRef.current = onMore;
  const canLoad = useRef(false);
  canLoad.current = hasNext && !loading;
  // One observer for the reader's life: it calls back only when the sentinel comes into view (or leaves it), so
  // a page is asked for each time the reader scrolls to the end — never in a loop while the end stays in view
  // (Chromium's scroll anchoring keeps it in view as a page is added above it).
  useEffect(() => {
    const node = sentinel.current;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (canLoad.current && entries.some((e) => e.isIntersecting)) onMoreRef.current();
      },
      { root: node.closest('.modal'), rootMargin: '0px 0px 400px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  const focusIndex = focus ? chunks.find((c) => focus.start < c.end && focus.end > c.start)?.index : undefined;
  const firstIndex = chunks[0]?.index ?? 0;
  const lastIndex = chunks[chunks.length - 1]?.index ?? -1;
  return (
    <>
      {firstIndex > 0 && (
        <p className="reader-paging">
          <button type="button" className="link" onClick={onFromStart} data-testid="reader-from-start">
            ↑ From the beginning
          </button>{' '}
          <span className="muted">({firstIndex} earlier paragraphs)</span>
        </p>
      )}
      <div className="article-text" data-testid="article-text">
        {chunks.map((c) => (
          <Chunk
            key={c.index}
            chunk={c}
            spans={spans}
            focus={focus}
            // A sentence across two chunks is two marks: the ref is the first one's, where reading starts.
            focusRef={c.index === focusIndex ? focusRef : undefined}
            onMarkClick={onMarkClick}
          />
        ))}
      </div>
      <div ref={sentinel} aria-hidden="true" />
      <p className="reader-paging" data-testid="reader-paging">
        <span className="muted">
          {chunks.length ? `Paragraphs ${firstIndex + 1}–${lastIndex + 1} of ${total}` : ''}
          {loading ? ' · loading…' : ''}
        </span>{' '}
        {hasNext && (
          <button type="button" className="btn" onClick={onMore} disabled={loading} data-testid="reader-more">
            Show more
          </button>
        )}
      </p>
    </>
  );
}
