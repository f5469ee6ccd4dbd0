export interface TextSpanRow {
  start: number;
  end: number;
  text: string;
}

/** Sentence spans of a text: split after . ! ? … (optionally followed by a closing quote) and at line breaks. */
export function sentenceSpans(text: string): TextSpanRow[] {
  const spans: TextSpanRow[] = [];
  const boundary = /(?<=[.!?…]["”’»)]?)\s+|\n+/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index;
    if (end > start) spans.push(trimmed(text, start, end));
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push(trimmed(text, start, text.length));
  return spans.filter((s) => s.text.length > 0);
}

function trimmed(text: string, start: number, end: number): TextSpanRow {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/** The sentences containing a mention of each of two entities (offsets are flattened start,end pairs). */
export function sentencesMentioningBoth(text: string, aOffsets: number[], bOffsets: number[]): TextSpanRow[] {
  const starts = (offsets: number[]) => offsets.filter((_, i) => i % 2 === 0);
  const a = starts(aOffsets);
  const b = starts(bOffsets);
  return sentenceSpans(text).filter(
    (s) => a.some((x) => x >= s.start && x < s.end) && b.some((x) => x >= s.start && x < s.end),
  );
}
