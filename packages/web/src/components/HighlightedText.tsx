import { highlightSegments, type Span } from '../text/highlightSegments.ts';

/** Text with marked spans, built from React text nodes only (never HTML). */
export function HighlightedText({
  text,
  spans,
  onMarkClick,
}: {
  text: string;
  spans: readonly Span[];
  onMarkClick?: (id: string) => void;
}) {
  return (
    <>
      {highlightSegments(text, spans).map((seg) =>
        seg.mark ? (
          <mark
            key={seg.start}
            className={`hl hl-${(seg.mark.kind ?? 'entity').toLowerCase()}`}
            onClick={onMarkClick ? () => onMarkClick(seg.mark!.id) : undefined}
            title={seg.mark.id}
          >
            {seg.text}
          </mark>
        ) : (
          <span key={seg.start}>{seg.text}</span>
        ),
      )}
    </>
  );
}
