/** A run of text, marked when it belongs to a highlighted mention. */
export interface Segment {
  text: string;
  start: number;
  mark?: { id: string; kind?: string };
}

export interface Span {
  start: number;
  end: number;
  id: string;
  kind?: string;
}

/**
 * Cut text into plain and marked runs from character spans (overlaps resolved first-come, out-of-range
 * spans clipped). Rendered as React text nodes, so article text is never parsed as HTML.
 */
export function highlightSegments(text: string, spans: readonly Span[]): Segment[] {
  const sorted = [...spans]
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const span of sorted) {
    if (span.start < pos) continue;
    if (span.start > pos) out.push({ text: text.slice(pos, span.start), start: pos });
    out.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      mark: { id: span.id, ...(span.kind ? { kind: span.kind } : {}) },
    });
    pos = span.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), start: pos });
  return out;
}

/** Spans of whole-word, case-insensitive occurrences of any of the names (longest names first). */
export function nameSpans(
  text: string,
  names: ReadonlyArray<{ id: string; kind?: string; names: readonly string[] }>,
): Span[] {
  const spans: Span[] = [];
  const lower = text.toLowerCase();
  const candidates = names
    .flatMap((n) =>
      n.names.filter((x) => x.trim().length >= 2).map((name) => ({ name: name.toLowerCase(), id: n.id, kind: n.kind })),
    )
    .sort((a, b) => b.name.length - a.name.length);
  const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const c of candidates) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(c.name, from);
      if (at < 0) break;
      const end = at + c.name.length;
      if (!isWordChar(lower[at - 1]) && !isWordChar(lower[end]))
        spans.push({ start: at, end, id: c.id, ...(c.kind ? { kind: c.kind } : {}) });
      from = at + 1;
    }
  }
  return spans;
}
